/**
 * Breakdowns: a part of a count stated before it, with no counted noun of its own, counts what the whole counts.
 * "Cubans made up 3,106 of the October total", "Hondurans filed the most, 24,318, followed by Cubans with 13,605",
 * "Syrians lodged 7,210 of them", "Los mexicanos representaron 3 mil 415 del total, y los guatemaltecos, mil 204",
 * "Of the injured, 12 were …". The category that names the part (a nationality, a place) is not the counted thing
 * when a whole was stated before it; with no whole, the category is all the text gives and is kept.
 */
import type { Figure } from '../model';
import { metricAt } from './metric';
import { METRIC_WORDS } from './lexicon';
import type { Token } from './tokens';
import vocabulary from './data/vocabulary.json';

/** Words inside a written number ("11 mil 300", "1.2 million"). */
const SCALE_WORDS = new Set(['mil', 'millones', 'millón', 'million', 'millions', 'billion', 'thousand']);

const DEMONYMS = new Set(vocabulary.demonyms as string[]);
const CONVEYANCES = new Set(vocabulary.conveyanceMetrics as string[]);

/** Is this metric only the category of a part (a nationality), not a counted thing? */
export const isCategoryMetric = (metric: string): boolean => DEMONYMS.has(metric);

/**
 * "… 3,106 of the October total", "… 2 mil 118 del total", "… of that total": a count right before "of the (…) total"
 * is a part of the whole stated before it.
 */
export const PART_OF_TOTAL_AFTER = /^\s*(?:of\s+(?:the|that|this|their|its)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:total|tally|count)|del\s+total|de\s+(?:ese|este|esa|esta)\s+(?:total|cifra)|del\s+(?:total|conteo)\s+(?:de\s+)?\p{L}*)(?![\p{L}])/iu;

/** "Of the injured, …", "De los detenidos, …": an opener that names the whole the number after it is a part of. */
export const OF_THE_WHOLE_BEFORE = /(?:^|[;:]\s*)(?:[Oo]f\s+(?:the|those|these)|[Dd]e\s+(?:l[oa]s|es[oa]s|est[oa]s)|[Ee]ntre\s+l[oa]s)\s+((?:\p{Ll}[\p{L}-]*\s*){1,2}),\s*(?:(?:about|some|nearly|almost|more\s+than|at\s+least|casi|unos|unas|m[aá]s\s+de|al\s+menos)\s+)?$/u;

/**
 * The whole a part counts: the last count (not a change, not money, not a vehicle, not itself a category) before it in
 * the sentence, else in the sentence before.
 */
export function wholeOfPart(out: readonly Figure[], moneyFlags: readonly boolean[], previousSentence: readonly Figure[]): Figure | null {
  const isWhole = (f: Figure): boolean => f.unit === null && f.kind !== 'change' && !CONVEYANCES.has(f.metric) && !isCategoryMetric(f.metric);
  for (let i = out.length - 1; i >= 0; i--) if (!moneyFlags[i] && isWhole(out[i]!)) return out[i]!;
  for (let i = previousSentence.length - 1; i >= 0; i--) if (isWhole(previousSentence[i]!)) return previousSentence[i]!;
  return null;
}

/**
 * "Hondurans filed the most, 24,318", "Guatemala tuvo la mayor parte, 3 mil 100": a superlative part, then the number
 * (data: vocabulary.json superlativeParts).
 */
export const SUPERLATIVE_PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${(vocabulary.superlativeParts as string[]).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\s*,\\s*(?:(?:about|some|nearly|almost|more\\s+than|casi|unos|unas|m[aá]s\\s+de)\\s+)?$`, 'iu');

/**
 * "Venezuelans accounted for 7,300 of the encounters", "sumaron 6 mil 120 de las detenciones": a bare number that is a
 * part "of the <counted thing>" counts that thing (not the nationality that names the part).
 */
export function partOfNamedWhole(tokens: Token[], endTok: number): string | null {
  const of = tokens[endTok]?.norm;
  const art = tokens[endTok + 1]?.norm;
  if (!(of === 'of' || of === 'de') || !['the', 'those', 'these', 'los', 'las', 'esos', 'esas', 'estos', 'estas'].includes(art ?? '')) return null;
  // ("2,811 of the 9,440 asylum claims", "4 mil 120 de las 11 mil 300 solicitudes": the whole's own count is passed over.)
  let at = endTok + 2;
  while (tokens[at] && (tokens[at]!.kind === 'num' || (at > endTok + 2 && SCALE_WORDS.has(tokens[at]!.norm)))) at++;
  const hit = metricAt(tokens, at);
  return hit && !isCategoryMetric(hit[0]) ? hit[0] : null;
}

/**
 * "Four of those rescued were children", "Tres de ellas fueron llevadas …", "Five of the bodies were recovered": a number
 * opening its sentence as a part of what was counted before it.
 */
export const OPENING_PARTITIVE_AFTER = /^\s+(?:of\s+(?:those|these|them|the)|de\s+(?:ell[oa]s|es[oa]s|est[oa]s|l[oa]s))(?![\p{L}])/iu;

/** Only a qualifier (or nothing) before the number in its sentence. */
export const OPENS_SENTENCE = /^\s*(?:(?:about|some|nearly|almost|more\s+than|at\s+least|casi|unos|unas|m[aá]s\s+de|al\s+menos)\s+)?$/iu;

/** "Another 1,930 were returned by land", "Otros 412 fueron …": more of what was counted before. */
export const ANOTHER_OPENS = /^\s*(?:another|other|otros|otras)\s+(?:(?:about|some|nearly|almost|more\s+than|casi|unos|unas|m[aá]s\s+de)\s+)?$/iu;

/**
 * "El año pasado recibió 80 mil 12.", "En octubre de 2025 habían sido 41 mil 880.": a sentence that is only a period, a
 * verb and a bare number ending it states the count of the sentence before for another time. `between` is the text
 * before the number with its periods taken out.
 */
const OPENING_PREPOSITIONS = new Set(['en', 'in', 'during', 'durante', 'for', 'para', 'a']);

export function isPeriodOnlySentence(between: string, after: string): boolean {
  if (!/^\s*[.!]?\s*$/.test(after)) return false;
  const words = between.replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
  // (The preposition of a period that opens the sentence is capitalized: "En …", "In …".)
  if (words.length > 1 && OPENING_PREPOSITIONS.has(words[0]!.toLowerCase())) words.shift();
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Ll}+$/u.test(w));
}

/**
 * "4 mil 210 guatemaltecos deportados", "18 mil 600 mexicanos repatriados": a nationality followed by a participle that is
 * itself a counted thing ("deportados", "repatriados") counts the people that participle names, so the metric is the
 * phrase. `j` is the token after the nationality.
 */
export function categoryParticiple(tokens: Token[], j: number, metric: string): string | null {
  if (!isCategoryMetric(metric)) return null;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Ll}+(?:ad[oa]s|id[oa]s)$/u.test(t.text)) return null;
  const counted = METRIC_WORDS[t.norm];
  return counted && !isCategoryMetric(counted) ? `${metric} ${counted}` : null;
}
