import type { Figure } from '../model';
import { dayDistance } from './event-date';
import { pairModelBound } from './pair-model';
import { hamming, NEAR_DUPLICATE_BITS } from './simhash';
import { combinedScore, diceOfShared, eventDistance, PARAPHRASED_LEAD, SAME_STORY_SCORE, sharedNames, sharedNamesBound, sharedNumbersOf, type TextFeatures } from './similarity';
import { idGeneration, idsOfSet, sharedOfSets } from './token-ids';

/**
 * A cheap test, before the full same-story comparison, that two texts cannot tell the same story: most of an
 * item's candidates (stories that share a common word or name with it) fail it, and are never scored in full.
 *
 * Sound by construction against compareTexts / compareWithStory (src/stories/similarity.ts), and checked by
 * test/stories/prefilter.test.ts on every pair of the labelled eval items: when `cannotBeSame(a, b)`, then
 * compareTexts(a, b) is not "same" and its score is below WHOLE_SUMMARY_SCORE (so compareWithStory never
 * falls back to the story's whole summary for it either). The "same" paths of compareTexts are: a
 * near-duplicate SimHash (≤ NEAR_DUPLICATE_BITS); a combined score ≥ SAME_STORY_SCORE; "same people, place
 * and day" (lead overlap ≥ MIN_PARAPHRASE_LEAD, a shared name, two names or a name and a figure, event days
 * ≤ 1 apart); "same account, other words" (lead overlap ≥ PARAPHRASED_LEAD, event days ≤ 1 apart; both read as
 * eventDistance reads them). A pair
 * that meets none of these necessary conditions, and whose combined score stays below WHOLE_SUMMARY_SCORE,
 * takes none of them; nor the learned pair scorer's path (pair-model.ts, when one is in use; same or next day), whose
 * bound over what the pre-filter does not compute (shared names, name context) is checked before the names
 * are compared. Change this with compareTexts.
 * `bFigures`: the figures `b` is compared with (a story's, with a source's figure-free features);
 * `agreeingFigures`: agreeingFigureCount(a.figures, bFigures) when known (else bounded by the smaller count).
 */
export function cannotBeSame(a: TextFeatures, b: TextFeatures, bFigures: readonly Figure[] = b.figures, agreeingFigures?: number): boolean {
  const h = hamming(a.simhash, b.simhash);
  if (a.simhash !== 0n && h <= NEAR_DUPLICATE_BITS) return false;
  const gen = markItem(a);
  const leadDice = diceOfShared(a.leadTokens, b.leadTokens, sharedTokens(a.leadTokens, b.leadTokens, LEAD, gen), a.numbers, b.numbers);
  const days = dayDistance(a.eventDays, b.eventDays);
  // The paraphrase paths read the days as eventDistance does (a day inside a period the other report covers: 0).
  const near = days <= 1 ? days : eventDistance(a, b);
  // "Same account, other words" needs PARAPHRASED_LEAD of the lead and event days at most a day apart.
  if (leadDice >= PARAPHRASED_LEAD && near <= 1) return false;
  const titleDice = diceOfShared(a.titleTokens, b.titleTokens, sharedTokens(a.titleTokens, b.titleTokens, TITLE, gen), a.numbers, b.numbers);
  const sharedNumbers = sharedNumbersOf(a.numbers, b.numbers);
  // Agreeing figures (compareTexts counts the fewer of both directions), else at most the smaller side's count.
  const figs = agreeingFigures ?? Math.min(a.figures.length, bFigures.length);
  // The score without any shared name already reaches WHOLE_SUMMARY_SCORE: not rejected, whatever names are
  // shared (the score never falls with more of them; sharedNames, the dearest part, is not computed).
  if (combinedScore(leadDice, titleDice, 0, sharedNumbers, figs) >= WHOLE_SUMMARY_SCORE) return false;
  // The learned pair scorer (pair-model.ts) needs the same or the next day; it may say "same" for some shared-name count.
  if (days <= 1 && pairModelBound({ leadDice, titleDice, sharedNumbers, sharedFigures: figs, hamming: h, days }, a, b)) return false;
  // "Same people, place and day" needs MIN_PARAPHRASE_LEAD, a shared name, two names or a name and a figure or number, the same day.
  const samePeople = (names: number): boolean => leadDice >= MIN_PARAPHRASE_LEAD && names >= 1 && names + Math.min(figs + sharedNumbers, 1) >= 2 && near <= 1;
  // Both tests below only grow with the shared names: when even their upper bound (sharedNamesBound, counted
  // from the look-ups alone) passes neither, the pair is rejected without sharedNames' own matching.
  const bound = sharedNamesBound(a.entities, b.entities);
  if (!samePeople(bound) && combinedScore(leadDice, titleDice, bound, sharedNumbers, figs) < WHOLE_SUMMARY_SCORE) return true;
  const sharedEntities = bound === 0 ? 0 : sharedNames(a.entities, b.entities);
  if (samePeople(sharedEntities)) return false;
  // compareTexts' own score, with `figs` exact or at its upper bound.
  return combinedScore(leadDice, titleDice, sharedEntities, sharedNumbers, figs) < WHOLE_SUMMARY_SCORE;
}

/**
 * The item side of the pairs (`a`: one item against its candidates' ~70 source texts): its lead and title
 * tokens marked by their ids in MARKS (bit LEAD, bit TITLE), so that the tokens a source text shares with it
 * are counted by one look-up per token of the source (its sorted ids, kept with its sets), not by a merge of
 * both id arrays. Marked for one item at a time, of one id generation (see token-ids.ts): a new item (or a new
 * generation) clears the old marks and sets its own.
 */
let MARKS: Uint8Array<ArrayBufferLike> = new Uint8Array(1 << 18);
let marked: { lead: ReadonlySet<string>; title: ReadonlySet<string>; generation: number; ids: Int32Array[] } | undefined;
const LEAD = 0;
const TITLE = 1;

/** Marks `a`'s lead and title tokens (unless marked already); the id generation of the marks. */
function markItem(a: TextFeatures): number {
  const gen = idGeneration();
  if (marked && marked.lead === a.leadTokens && marked.title === a.titleTokens && marked.generation === gen) return gen;
  if (marked) for (const ids of marked.ids) for (let i = 0; i < ids.length; i++) MARKS[ids[i]!] = 0;
  marked = undefined;
  let lead = idsOfSet(a.leadTokens);
  let title = idsOfSet(a.titleTokens);
  // The title's ids started a new generation: the lead's are taken again, in it.
  if (lead.generation !== title.generation) lead = idsOfSet(a.leadTokens);
  if (lead.generation !== title.generation) title = idsOfSet(a.titleTokens);
  if (lead.generation !== title.generation) return -1;
  for (const ids of [lead.ids, title.ids]) for (let i = 0; i < ids.length; i++) if (ids[i]! >= MARKS.length) MARKS = grown(MARKS, ids[i]!);
  for (let i = 0; i < lead.ids.length; i++) MARKS[lead.ids[i]!]! |= 1 << LEAD;
  for (let i = 0; i < title.ids.length; i++) MARKS[title.ids[i]!]! |= 1 << TITLE;
  marked = { lead: a.leadTokens, title: a.titleTokens, generation: lead.generation, ids: [lead.ids, title.ids] };
  return lead.generation;
}

function grown(marks: Uint8Array<ArrayBufferLike>, id: number): Uint8Array<ArrayBufferLike> {
  const out = new Uint8Array(Math.max(2 * marks.length, id + 1));
  out.set(marks);
  return out;
}

/**
 * How many tokens `b` shares with `a` (the marked item's lead or title set, `bit`): by the marks when `b`'s ids
 * are of the marks' generation `gen`, else as dice counts them (sharedOfSets).
 */
function sharedTokens(a: ReadonlySet<string>, b: ReadonlySet<string>, bit: number, gen: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  const ib = idsOfSet(b);
  if (gen < 0 || ib.generation !== gen || !marked || marked.generation !== gen) return sharedOfSets(a, b);
  const ids = ib.ids;
  let n = 0;
  for (let i = 0; i < ids.length; i++) n += ((MARKS[ids[i]!] ?? 0) >> bit) & 1;
  return n;
}

/** The least lead overlap of compareTexts' paraphrase paths ("same people, place and day"; "same account" needs PARAPHRASED_LEAD). */
export const MIN_PARAPHRASE_LEAD = Math.min(0.15, PARAPHRASED_LEAD);

/** compareWithStory compares with the story's whole summary when the best source scores at least this. */
export const WHOLE_SUMMARY_SCORE = SAME_STORY_SCORE - 0.15;
