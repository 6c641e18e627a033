/**
 * Word lists for key-figure extraction (English and Spanish): the counted things (metrics),
 * qualifiers, rate words, and words that show a number is not a key figure. The tables are data:
 * src/figures/data/lexicon.json (and the additions in data/vocabulary.json); this module only types them.
 */
import lexicon from './data/lexicon.json';
import vocabulary from './data/vocabulary.json';

/**
 * Counted things, as written (lower-case) → canonical metric. Multi-word entries are matched
 * before single words ("asylum claims" before "claims"). Generic metrics are listed in GENERIC_METRICS.
 */
export const METRIC_WORDS: Record<string, string> = {
  ...(lexicon.metricWords as Record<string, string>),
  ...(vocabulary.metrics as Record<string, string>),
  ...Object.fromEntries((vocabulary.demonyms as string[]).map((d) => [d, d])),
};

/** A verb right after a number with no noun of its own names what it counts: "25 resultaron heridos" → heridos. */
export const VERB_METRICS: Record<'en' | 'es', Array<[string, string]>> = {
  en: Object.entries(vocabulary.verbMetrics.en).sort((a, b) => b[0].length - a[0].length),
  es: Object.entries(vocabulary.verbMetrics.es).sort((a, b) => b[0].length - a[0].length),
};
/** "1,250 pounds of methamphetamine": a weight of a drug counts the drug seized. */
export const DRUGS: readonly string[] = [...vocabulary.drugs].sort((a, b) => b.length - a.length);
export const WEIGHT_WORDS = new Set(vocabulary.weights);

/** Metrics that say little on their own; a figure with one ranks below one with a specific metric. */
export const GENERIC_METRICS = new Set(lexicon.genericMetrics);

/** Longest metric phrase in words. */
export const MAX_METRIC_WORDS = Math.max(...Object.keys(METRIC_WORDS).map((k) => k.split(/\s+/).length));

/** Qualifiers before a number, lower-case; longest first when matching. */
export const QUALIFIERS: string[] = lexicon.qualifiers;

/** Qualifiers that do not change the value's meaning and are reported as null. */
export const NEUTRAL_QUALIFIERS = new Set(lexicon.neutralQualifiers);

const rules = (list: Array<{ pattern: string; flags: string; per: string }>): Array<[RegExp, string]> =>
  list.map(({ pattern, flags, per }) => [new RegExp(pattern, flags), per]);

/** Rate words → per. */
export const PER_PHRASES: Array<[RegExp, string]> = rules(lexicon.perPhrases);

/** Rate words standing before the number ("a daily average of 10,000", "un promedio diario de"). */
export const PER_BEFORE: Array<[RegExp, string]> = rules(lexicon.perBefore);

/** A number followed by one of these is a duration, a measure, an age or page chrome, not a key figure. */
export const NON_FIGURE_NEXT = new Set(lexicon.nonFigureNext);

/** Words before a number that name a law, program, road, or document rather than count anything. */
export const NON_FIGURE_PREV = new Set(lexicon.nonFigurePrev);

/** Street suffixes: "1200 Main Street" is an address. */
export const STREET_WORDS = new Set(lexicon.streetWords);

export { MONTHS_EN, MONTHS_ES, MONTH_ABBR_EN, monthNumber } from '../text/months';
