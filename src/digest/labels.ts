import type { Lang, Story, StorySource } from '../model';

/**
 * Every fixed word of digests and alerts, in the channel's language (a subscription's `language`): the
 * stories themselves keep their own language.
 */
export interface DigestLabels {
  figures: string;
  alsoBy: string;
  more: (n: number) => string;
  byTheNumbers: string;
  noStories: string;
  noFigures: string;
  /** The note closing a digest that did not fit: "…and 3 more stories in this window (see /border stories)." */
  moreStories: (n: number) => string;
  /** Slack fallback text: "12 stories". */
  storyCount: (n: number) => string;
  /** Slack fallback text of a digest's later pages. */
  continued: (page: number, pages: number) => string;
  digestTitle: string;
  previewTitle: string;
  howToChange: string;
}

export const LABELS: Record<Lang, DigestLabels> = {
  en: {
    figures: 'Key figures',
    alsoBy: 'Also reported by',
    more: (n) => `and ${n} more`,
    byTheNumbers: 'By the numbers',
    noStories: 'No new stories in this window.',
    noFigures: 'No key figures in this window.',
    moreStories: (n) => `…and ${n} more ${n === 1 ? 'story' : 'stories'} in this window (see /border stories).`,
    storyCount: (n) => `${n} ${n === 1 ? 'story' : 'stories'}`,
    continued: (page, pages) => `continued (${page}/${pages})`,
    digestTitle: 'Border & migration digest',
    previewTitle: 'borderwatch preview',
    howToChange: 'Change: /border subscribe … · Stop: /border unsubscribe',
  },
  es: {
    figures: 'Cifras clave',
    alsoBy: 'También lo publicó',
    more: (n) => `y ${n} más`,
    byTheNumbers: 'En cifras',
    noStories: 'Sin noticias nuevas en este periodo.',
    noFigures: 'Sin cifras clave en este periodo.',
    moreStories: (n) => `…y ${n} ${n === 1 ? 'noticia más' : 'noticias más'} en este periodo (ver /border noticias).`,
    storyCount: (n) => `${n} ${n === 1 ? 'noticia' : 'noticias'}`,
    continued: (page, pages) => `continuación (${page}/${pages})`,
    digestTitle: 'Resumen de frontera y migración',
    previewTitle: 'vista previa de borderwatch',
    howToChange: 'Cambiar: /border suscribir … · Dejar: /border cancelar',
  },
};

/** Kept for callers of the per-language story labels (figures, also reported by, "and N more"). */
export const STORY_LABELS = LABELS;

/**
 * The language a story's figures are written in: a Spanish story's figures read in Spanish on every
 * channel ("más de 7.500 detenciones"); others follow the channel.
 */
export function figureLang(storyLang: Lang | undefined, channel: Lang): Lang {
  return storyLang === 'es' ? 'es' : channel;
}

/** Reports of a story counted but not kept among its sources (past the cap): announced as "and N more". */
export function unlistedSources(story: Story): number {
  return Math.max(0, (story.sourceCount ?? 0) - story.sources.length);
}

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
