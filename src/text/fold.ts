/**
 * The one accent/case fold: lower case, accents removed (NFKD, combining marks dropped):
 * "Deportación" → "deportacion", "Ñ" → "n". Relevance, stories and figures all fold through it, so
 * rules, fingerprints and entity names see words the same way.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case and strip accents. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}
