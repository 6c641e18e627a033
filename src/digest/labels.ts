import type { Lang, Story, StorySource } from '../model';

/** Words the renderers put around feed text, per story language (the digest's own headings are English). */
export const STORY_LABELS: Record<Lang, { figures: string; alsoBy: string; more: (n: number) => string }> = {
  en: { figures: 'Key figures', alsoBy: 'Also reported by', more: (n) => `and ${n} more` },
  es: { figures: 'Cifras clave', alsoBy: 'También lo reportaron', more: (n) => `y ${n} más` },
};

/** The other outlets of a story for "Also reported by": sources after the first, one per outlet name. */
export function otherOutlets(story: Story): StorySource[] {
  const first = story.sources[0]?.name;
  const seen = new Set<string>(first ? [first.toLowerCase()] : []);
  return story.sources.slice(1).filter((s) => {
    const k = s.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
