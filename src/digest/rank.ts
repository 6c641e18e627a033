/**
 * Which figures go into "By the numbers": a transparent importance score, the top figures of
 * each story, and deduplication of the same figure reported by several stories.
 */
import type { DigestMessage, Figure, Lang, Story } from '../model';

/** One "By the numbers" entry. */
export interface NumberEntry {
  figure: Figure;
  storyTitle: string;
  url: string;
}

/**
 * Importance of a figure within a story (higher first). A documented heuristic, not a model:
 * attributed figures (source) and dated ones (period) matter more, then scoped ones, then
 * magnitude (log10), and a figure counted per day/month or as a percentage gets a small bonus
 * because those are the "rate" figures readers quote.
 */
export function figureImportance(f: Figure): number {
  let score = 0;
  if (f.source) score += 3;
  if (f.period) score += 2;
  if (f.scope) score += 1;
  if (f.per) score += 0.5;
  if (f.unit && /percent|%/i.test(f.unit)) score += 0.5;
  score += Math.log10(Math.abs(f.value) + 1) / 2;
  return score;
}

/** Same metric, scope and period: the same figure, whoever reported it. */
export function figureKey(f: Figure): string {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
  return `${norm(f.metric)}|${norm(f.scope)}|${norm(f.period)}`;
}

/**
 * The key figures of a set of stories: the `perStory` most important figures of each story,
 * deduplicated by metric+scope+period (the more important, then the newer story's, wins),
 * ordered by importance, then by story recency; at most `max`.
 * `stories` must already be ordered newest first.
 */
export function pickNumbers(stories: Story[], max: number, perStory = 2): NumberEntry[] {
  const best = new Map<string, { entry: NumberEntry; score: number; order: number }>();
  stories.forEach((story, order) => {
    const top = [...story.figures]
      .map((figure, i) => ({ figure, i, score: figureImportance(figure) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, perStory);
    for (const { figure, score } of top) {
      const key = figureKey(figure);
      const seen = best.get(key);
      if (seen && seen.score >= score) continue;
      best.set(key, { entry: { figure, storyTitle: story.title, url: story.url }, score, order });
    }
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(0, max))
    .map((b) => b.entry);
}

/** Language of each digest story by URL, so a Spanish story's figure reads in Spanish in "By the numbers". */
export function storyLangs(msg: DigestMessage): Map<string, Lang> {
  const m = new Map<string, Lang>();
  for (const s of msg.stories) if (s.lang && !m.has(s.url)) m.set(s.url, s.lang);
  return m;
}
