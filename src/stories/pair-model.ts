import type { TextFeatures } from './similarity';
import trained from './data/pair-model.json';

/**
 * A learned same-story pair scorer: logistic regression over the pair features the clusterer already
 * computes (lead and title token overlap as Dice and as containment, shared names, shared numbers and
 * agreeing figures, names on both sides and none shared,
 * same event day, SimHash distance, a bare headline on either side). It decides only the pairs the rules
 * leave "not similar" and only after every veto and guard of compareTexts (conflicting figures, months,
 * years, days, places, incident kinds, counts, numbers unmatched, headlines naming others): it can make a
 * pair the same story, never keep one apart that the rules merge, nor merge one a veto keeps apart.
 *
 * Weights: ./data/pair-model.json, written by eval/train-pair-model.ts (deterministic full-batch gradient
 * descent on the labelled pairs of the spent clustering sets; the threshold is set above every training
 * pair of two stories). The features use only what the pre-filter (prefilter.ts) knows cheaply, except the
 * shared-name count, which it bounds by trying every value (pairModelBound).
 */
export interface PairModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Probability at or above which a pair is the same story. */
  threshold: number;
  /**
   * The trainer's leave-one-out validation met the adoption rule (must-merge rose on some left-out file or
   * probe round, and no left-out one lost a must-stay-apart pair or a wire copy): only then is it used.
   */
  adopted?: boolean;
}

/** What the scorer reads of a pair, besides the two texts' features. */
export interface PairParts {
  leadDice: number;
  titleDice: number;
  sharedEntities: number;
  sharedNumbers: number;
  sharedFigures: number;
  hamming: number;
  /** Event days apart (Infinity when unknown). */
  days: number;
}

/** What the scorer reads of two texts beyond the pair's scores (similarity.ts pairContext). */
export interface PairContext {
  /** [a names someone or somewhere, b does]. */
  hasNames: readonly [boolean, boolean];
  /** How many of the two headlines name words the other text never writes (0–2), and of the event's places. */
  headlinesUnwritten: number;
  placesUnwritten: number;
}

export const PAIR_FEATURES = [
  'leadDice', 'titleDice', 'leadContainment', 'titleContainment', 'sharedNames', 'numbersAndFigures',
  'namesMismatch', 'headlinesUnwritten', 'placesUnwritten', 'sameDay', 'simhashDistance', 'bareHeadline',
] as const;

/** A model of these features (the data file may hold none yet). */
function valid(m: PairModel): boolean {
  return m.weights.length === PAIR_FEATURES.length;
}

let current: PairModel | undefined = valid(trained as PairModel) && (trained as PairModel).adopted === true ? (trained as PairModel) : undefined;

/** The model in use (undefined: none, as when the data file's model was not adopted). */
export function pairModel(): PairModel | undefined {
  return current;
}

/** Use `m` (undefined: no model; adopted or not) from now on; returns the previous one. For the trainer's validation and tests. */
export function usePairModel(m: PairModel | undefined): PairModel | undefined {
  const prev = current;
  current = m && valid(m) ? m : undefined;
  return prev;
}

/** Dice 2n/(|A|+|B|) back to the shared count n, over the smaller set: how much of the shorter text the other says. */
function containment(d: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  return small === 0 ? 0 : Math.min(1, (d * (sizeA + sizeB)) / 2 / small);
}

export function pairFeatureVector(p: PairParts, a: TextFeatures, b: TextFeatures, c: PairContext): number[] {
  const se = Math.min(p.sharedEntities, 4);
  const bare = a.leadTokens.size <= a.titleTokens.size + 3 || b.leadTokens.size <= b.titleTokens.size + 3;
  return [
    p.leadDice,
    p.titleDice,
    containment(p.leadDice, a.leadTokens.size, b.leadTokens.size),
    containment(p.titleDice, a.titleTokens.size, b.titleTokens.size),
    se / 4,
    Math.min(p.sharedNumbers + p.sharedFigures, 3) / 3,
    se === 0 && c.hasNames[0] && c.hasNames[1] ? 1 : 0,
    c.headlinesUnwritten / 2,
    c.placesUnwritten / 2,
    p.days === 0 ? 1 : 0,
    Math.min(p.hamming, 64) / 64,
    bare ? 1 : 0,
  ];
}

export function probabilityOf(m: PairModel, x: readonly number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The pair is the same story by the model (undefined model: never). */
export function pairModelSays(p: PairParts, a: TextFeatures, b: TextFeatures, c: PairContext): boolean {
  const m = current;
  if (!m) return false;
  return probabilityOf(m, pairFeatureVector(p, a, b, c)) >= m.threshold;
}

/**
 * The model could say "same" for some value of what the pre-filter does not compute (the shared names, the
 * dearest part, and the context read from the names) and, when `p.sharedFigures` is an upper bound and
 * fewer figures could score more, some smaller figure count; the other parts as given: the pre-filter's
 * bound. Each unknown feature is taken at its best value for the score (the features are linear in them).
 */
export function pairModelBound(p: Omit<PairParts, 'sharedEntities'>, a: TextFeatures, b: TextFeatures): boolean {
  const m = current;
  if (!m) return false;
  const x = pairFeatureVector({ ...p, sharedEntities: 0, sharedFigures: 0 }, a, b, NO_CONTEXT);
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * x[i]!;
  // Unknown features, here at 0, range over [0, 1]: at best their weight when it is positive.
  for (const i of UNKNOWN_TO_PREFILTER) z += Math.max(0, m.weights[i]!);
  // Numbers and figures: x[NUMBERS] holds the numbers alone; up to p.sharedFigures more.
  const wNum = m.weights[NUMBERS]!;
  const withFigs = (Math.min(p.sharedNumbers + p.sharedFigures, 3) / 3) * wNum;
  z += Math.max(withFigs, x[NUMBERS]! * wNum) - x[NUMBERS]! * wNum;
  return z >= Math.log(m.threshold / (1 - m.threshold));
}

const NO_CONTEXT: PairContext = { hasNames: [false, false], headlinesUnwritten: 0, placesUnwritten: 0 };
const UNKNOWN_TO_PREFILTER = (['sharedNames', 'namesMismatch', 'headlinesUnwritten', 'placesUnwritten'] as const).map((f) => PAIR_FEATURES.indexOf(f));
const NUMBERS = PAIR_FEATURES.indexOf('numbersAndFigures');
