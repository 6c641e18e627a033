import type { Figure, Story } from '../model';
import { extractEntities } from './entities';
import { figuresConflict, sharedFigures } from './figure-match';
import { contentTokens, monthsNamed, stripDateline, words } from './normalize-text';
import { hamming, NEAR_DUPLICATE_BITS, simhash64 } from './simhash';

/** What same-story scoring knows about one text (an item, or a story's first item). Pure data. */
export interface TextFeatures {
  simhash: bigint;
  titleTokens: Set<string>;
  /** Title + the first ~40 words of the summary. */
  leadTokens: Set<string>;
  entities: Set<string>;
  /** Distinctive numbers written in the text (≥ 100, not years): "240988", "3000". */
  numbers: Set<string>;
  /** Months named in the title. */
  titleMonths: Set<number>;
  /** Years named in the title (and fiscal years: "FY2024"). */
  titleYears: Set<string>;
  figures: Figure[];
}

const LEAD_WORDS = 40;

/** Features of a title + summary + the figures found in it. */
export function textFeatures(title: string, rawSummary: string, figures: Figure[]): TextFeatures {
  const summary = stripDateline(rawSummary);
  const lead = summary.split(/\s+/).slice(0, LEAD_WORDS).join(' ');
  return {
    simhash: simhash64(`${title}\n${summary}`),
    titleTokens: new Set(contentTokens(title)),
    leadTokens: new Set(contentTokens(`${title} ${lead}`)),
    entities: extractEntities(title, summary),
    numbers: new Set(words(`${title} ${summary}`).filter((w) => /^\d{3,}$/.test(w) && !/^(?:19|20)\d\d$/.test(w))),
    titleMonths: monthsNamed(title),
    titleYears: new Set(words(title).filter((w) => /^(?:fy)?(?:19|20)\d\d$/.test(w)).map((w) => w.replace(/^fy/, ''))),
    figures,
  };
}

/** Features of a stored story (its first item's title and the story summary and figures). */
export function storyFeatures(story: Story): TextFeatures {
  return textFeatures(story.title, story.summary, story.figures);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function disjointNonEmpty<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size > 0 && b.size > 0 && shared(a, b) === 0;
}

/** The evidence of a pairwise comparison, for decisions, tests and the eval's failure list. */
export interface PairScore {
  same: boolean;
  /** Why: "near-duplicate", "similar", "conflicting figures", "different months", … */
  reason: string;
  hamming: number;
  leadDice: number;
  titleDice: number;
  sharedEntities: number;
  sharedNumbers: number;
  sharedFigures: number;
  /** Combined similarity in [0, ~1.5]; used to pick the best candidate. */
  score: number;
}

/** Combined score at or above which two texts of different outlets tell the same event. */
export const SAME_STORY_SCORE = 0.5;

/**
 * Do two texts tell the same story? Pure. Vetoes first (conflicting figures for the same metric, different
 * months or years in the titles), then near-duplicate SimHash (≤ 3 bits), then a combined score of
 * title/lead token overlap strengthened by shared named entities, shared numbers and agreeing figures.
 */
export function compareTexts(a: TextFeatures, b: TextFeatures): PairScore {
  const h = hamming(a.simhash, b.simhash);
  const leadDice = dice(a.leadTokens, b.leadTokens);
  const titleDice = dice(a.titleTokens, b.titleTokens);
  const sharedEntities = shared(a.entities, b.entities);
  const sharedNumbers = shared(a.numbers, b.numbers);
  const figs = Math.min(sharedFigures(a.figures, b.figures), sharedFigures(b.figures, a.figures));
  const score =
    0.55 * leadDice +
    0.35 * titleDice +
    0.09 * Math.min(sharedEntities, 4) +
    0.12 * Math.min(sharedNumbers + figs, 3);
  const base = { hamming: h, leadDice, titleDice, sharedEntities, sharedNumbers, sharedFigures: figs, score };
  if (figuresConflict(a.figures, b.figures)) return { ...base, same: false, reason: 'conflicting figures' };
  if (disjointNonEmpty(a.titleMonths, b.titleMonths)) return { ...base, same: false, reason: 'different months' };
  if (disjointNonEmpty(a.titleYears, b.titleYears)) return { ...base, same: false, reason: 'different years' };
  if (h <= NEAR_DUPLICATE_BITS && a.simhash !== 0n) return { ...base, same: true, reason: 'near-duplicate', score: score + 1 };
  if (score >= SAME_STORY_SCORE && (leadDice >= 0.2 || titleDice >= 0.25 || sharedEntities + sharedNumbers + figs >= 3)) {
    return { ...base, same: true, reason: 'similar' };
  }
  return { ...base, same: false, reason: 'not similar' };
}

/** A title-only comparison with one source of a story (other outlets' headlines), vetoes included. */
export function compareWithSourceTitle(item: TextFeatures, title: string, storyScore = 0): PairScore {
  const t = textFeatures(title, '', []);
  const titleDice = dice(item.titleTokens, t.titleTokens);
  const months = disjointNonEmpty(item.titleMonths, t.titleMonths) || disjointNonEmpty(item.titleYears, t.titleYears);
  // A close headline alone, or a fair one backed by what the item shares with the story's first report.
  const same = !months && (titleDice >= 0.6 || (titleDice >= 0.4 && storyScore >= 0.3));
  return {
    same,
    reason: same ? 'same headline as a source' : months ? 'different months' : 'not similar',
    hamming: 64,
    leadDice: 0,
    titleDice,
    sharedEntities: 0,
    sharedNumbers: 0,
    sharedFigures: 0,
    score: titleDice,
  };
}

/**
 * Compare an item with a stored story: with the story's first item (full features) and with each
 * source's headline. The story's figures (union of its sources) veto in both cases.
 */
export function compareWithStory(item: TextFeatures, story: Story): PairScore {
  const main = compareTexts(item, storyFeatures(story));
  if (main.same || main.reason === 'conflicting figures') return main;
  let best = main;
  for (const s of story.sources.slice(1)) {
    const p = compareWithSourceTitle(item, s.title, main.score);
    if (p.same && (!best.same || p.score > best.score)) best = p;
  }
  return best;
}
