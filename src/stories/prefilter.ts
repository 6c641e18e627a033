import { hamming, NEAR_DUPLICATE_BITS } from './simhash';
import { dice, PARAPHRASED_LEAD, SAME_STORY_SCORE, shared, sharedNames, type TextFeatures } from './similarity';

/**
 * A cheap test, before the full same-story comparison, that two texts cannot tell the same story: most of an
 * item's candidates (stories that share a common word or name with it) fail it, and are never scored in full.
 *
 * Sound by construction against compareTexts / compareWithStory (src/stories/similarity.ts), and checked by
 * test/stories/prefilter.test.ts on every pair of the labelled eval items: when `cannotBeSame(a, b)`, then
 * compareTexts(a, b) is not "same" and its score is below WHOLE_SUMMARY_SCORE (so compareWithStory never
 * falls back to the story's whole summary for it either). The "same" paths of compareTexts are: a
 * near-duplicate SimHash (≤ NEAR_DUPLICATE_BITS); a combined score ≥ SAME_STORY_SCORE; and two paraphrase
 * paths that both need a lead overlap ≥ MIN_PARAPHRASE_LEAD. A pair far (in bits) from a near-duplicate,
 * with less lead overlap than that, and whose combined score — figures counted at their most, every other
 * term exact — stays below WHOLE_SUMMARY_SCORE, takes none of them. Change this with compareTexts.
 * `bFigures`: the figures `b` is compared with (a story's, with a source's figure-free features).
 */
export function cannotBeSame(a: TextFeatures, b: TextFeatures, bFigures: readonly unknown[] = b.figures): boolean {
  if (a.simhash !== 0n && hamming(a.simhash, b.simhash) <= NEAR_DUPLICATE_BITS) return false;
  const leadDice = dice(a.leadTokens, b.leadTokens);
  if (leadDice >= MIN_PARAPHRASE_LEAD) return false;
  const titleDice = dice(a.titleTokens, b.titleTokens);
  const sharedNumbers = shared(a.numbers, b.numbers);
  // Agreeing figures: at most as many as the smaller side has (compareTexts counts min of both directions).
  const figs = Math.min(a.figures.length, bFigures.length);
  const sharedEntities = sharedNames(a.entities, b.entities);
  // The very expression of compareTexts' score (same terms, same order), with `figs` at its upper bound.
  const bound = 0.55 * leadDice + 0.35 * titleDice + 0.09 * Math.min(sharedEntities, 4) + 0.12 * Math.min(sharedNumbers + figs, 3);
  return bound < WHOLE_SUMMARY_SCORE;
}

/** The least lead overlap of compareTexts' paraphrase paths ("same people, place and day"; "same account" needs PARAPHRASED_LEAD). */
export const MIN_PARAPHRASE_LEAD = Math.min(0.15, PARAPHRASED_LEAD);

/** compareWithStory compares with the story's whole summary when the best source scores at least this. */
export const WHOLE_SUMMARY_SCORE = SAME_STORY_SCORE - 0.15;
