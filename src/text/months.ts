/**
 * The one month table (data: src/text/data/months.json), used by figures (periods), stories (dates
 * named in a report, the EN/ES concept table) and money purposes.
 */
import table from './data/months.json';

export type MonthLang = 'en' | 'es';

/** Full month names, January first. */
export const MONTHS_EN: readonly string[] = table.en;
export const MONTHS_ES: readonly string[] = table.es;
/** English abbreviations in calendar order ("jan" … "dec"). */
export const MONTH_ABBR_EN: readonly string[] = Object.entries(table.abbreviations.en)
  .filter(([k]) => k.length === 3)
  .map(([k]) => k);

const VARIANTS: Record<string, number> = { ...table.variants.en, ...table.variants.es };
const ABBREVIATIONS: Record<string, number> = { ...table.abbreviations.en, ...table.abbreviations.es };

/** Full names and spelling variants (no abbreviations) → 1..12: "october", "noviembre", "setiembre". */
export const FULL_MONTH_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(MONTHS_EN.map((m, i) => [m, i + 1])),
  ...Object.fromEntries(MONTHS_ES.map((m, i) => [m, i + 1])),
  ...VARIANTS,
});

/** Month name (English, Spanish, abbreviation, "Sept"/"setiembre") → 1..12, or 0. Case and a final "." ignored. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return FULL_MONTH_NUMBERS[w] ?? ABBREVIATIONS[w] ?? 0;
}

/** Every full name and spelling variant of a language ("septiembre", "setiembre"), for regular expressions. */
export function monthNames(lang: MonthLang): string[] {
  return [...(lang === 'en' ? MONTHS_EN : MONTHS_ES), ...Object.keys(table.variants[lang])];
}

/** Abbreviations read as months only when written with a dot ("Jan.", "Sept."): capitalised, without the dot. */
export const DOTTED_ABBR_EN: readonly string[] = table.writtenWithDot.en;

/** The Spanish names of an English month name ("september" → ["septiembre", "setiembre"]). */
export function spanishMonthNames(english: string): string[] {
  const n = MONTHS_EN.indexOf(english);
  if (n < 0) return [];
  return [MONTHS_ES[n]!, ...Object.entries(table.variants.es as Record<string, number>).filter(([, m]) => m === n + 1).map(([w]) => w)];
}
