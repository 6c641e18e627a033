import type { Lang } from '../model';

/** Words the renderers put around feed text, per story language (the digest's own headings are English). */
export const STORY_LABELS: Record<Lang, { figures: string; alsoBy: string; more: (n: number) => string }> = {
  en: { figures: 'Key figures', alsoBy: 'Also reported by', more: (n) => `and ${n} more` },
  es: { figures: 'Cifras clave', alsoBy: 'También lo reportaron', more: (n) => `y ${n} más` },
};
