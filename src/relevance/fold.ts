/**
 * Text folding and tokenizing shared by rule queries and item text, so both sides
 * see words the same way: lower case, accents removed, split on anything that is
 * not a letter or a digit ("cross-border" → cross, border; "EE.UU." → ee, uu).
 */

import { foldAccents } from '../text/fold';

/** English possessive: "Biden's", "Mexico’s" → "Biden", "Mexico". */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case and strip accents ("Deportación" → "deportacion", "Ñ" → "n"): the toolkit's one fold. */
export const foldText = foldAccents;

/** Folded words of `text`, in order. */
export function tokenize(text: string): string[] {
  return foldText(text.replace(POSSESSIVE, '')).match(WORD) ?? [];
}
