import type { Figure } from '../model';
import { dayDistance } from './event-date';
import { sharedFigures } from './figure-match';
import { hamming, NEAR_DUPLICATE_BITS } from './simhash';
import { combinedScore, dice, PARAPHRASED_LEAD, SAME_STORY_SCORE, sharedNames, sharedNumbersOf, type TextFeatures } from './similarity';

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
 * ≤ 1 apart); "same account, other words" (lead overlap ≥ PARAPHRASED_LEAD, event days ≤ 1 apart). A pair
 * that meets none of these necessary conditions, and whose combined score stays below WHOLE_SUMMARY_SCORE,
 * takes none of them. Change this with compareTexts.
 * `bFigures`: the figures `b` is compared with (a story's, with a source's figure-free features);
 * `agreeingFigures`: agreeingFigures(a.figures, bFigures) when known (else bounded by the smaller count).
 */
export function cannotBeSame(a: TextFeatures, b: TextFeatures, bFigures: readonly Figure[] = b.figures, agreeingFigures?: number): boolean {
  if (a.simhash !== 0n && hamming(a.simhash, b.simhash) <= NEAR_DUPLICATE_BITS) return false;
  const leadDice = dice(a.leadTokens, b.leadTokens, a.numbers, b.numbers);
  const days = dayDistance(a.eventDays, b.eventDays);
  // "Same account, other words" needs PARAPHRASED_LEAD of the lead and event days at most a day apart.
  if (leadDice >= PARAPHRASED_LEAD && days <= 1) return false;
  const titleDice = dice(a.titleTokens, b.titleTokens, a.numbers, b.numbers);
  const sharedNumbers = sharedNumbersOf(a.numbers, b.numbers);
  // Agreeing figures (compareTexts counts the fewer of both directions), else at most the smaller side's count.
  const figs = agreeingFigures ?? Math.min(a.figures.length, bFigures.length);
  const sharedEntities = sharedNames(a.entities, b.entities);
  // "Same people, place and day" needs MIN_PARAPHRASE_LEAD, a shared name, two names or a name and a figure or number, the same day.
  if (leadDice >= MIN_PARAPHRASE_LEAD && sharedEntities >= 1 && sharedEntities + Math.min(figs + sharedNumbers, 1) >= 2 && days <= 1) return false;
  // compareTexts' own score, with `figs` exact or at its upper bound.
  return combinedScore(leadDice, titleDice, sharedEntities, sharedNumbers, figs) < WHOLE_SUMMARY_SCORE;
}

/**
 * How many figures agree between an item's and a story's (the fewer of both directions, as compareTexts
 * counts them): the same for every source of the story, so computed once per candidate.
 */
export function agreeingFigures(a: readonly Figure[], b: readonly Figure[]): number {
  return a.length === 0 || b.length === 0 ? 0 : Math.min(sharedFigures(a as Figure[], b as Figure[]), sharedFigures(b as Figure[], a as Figure[]));
}

/** The least lead overlap of compareTexts' paraphrase paths ("same people, place and day"; "same account" needs PARAPHRASED_LEAD). */
export const MIN_PARAPHRASE_LEAD = Math.min(0.15, PARAPHRASED_LEAD);

/** compareWithStory compares with the story's whole summary when the best source scores at least this. */
export const WHOLE_SUMMARY_SCORE = SAME_STORY_SCORE - 0.15;
