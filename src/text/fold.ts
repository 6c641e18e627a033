/**
 * The one accent/case fold: lower case, accents removed (NFKD, combining marks dropped):
 * "Deportación" → "deportacion", "Ñ" → "n". Relevance, stories and figures all fold through it, so
 * rules, fingerprints and entity names see words the same way.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Characters NFKD leaves alone and that are no combining marks: ASCII and the typographic dashes and quotes
 * (– — ‘ ’ “ ”) of English copy. A text made of them only is its own NFKD form, without marks
 * (test/text/fold.test.ts checks every one).
 */
export const NFKD_INVARIANT = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** Lower-case and strip accents. */
export function foldAccents(text: string): string {
  // Most English texts: nothing to decompose (the normalization and the mark scan are most of the cost).
  if (NFKD_INVARIANT.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}
