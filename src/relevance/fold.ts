/**
 * Text folding and tokenizing shared by rule queries and item text, so both sides
 * see words the same way: lower case, accents removed, split on anything that is
 * not a letter or a digit ("cross-border" → cross, border; "EE.UU." → ee, uu).
 */

import { foldAccents } from '../text/fold';
import { letterAndNumberRuns } from '../text/words';

/** English possessive: "Biden's", "Mexico’s" → "Biden", "Mexico". */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/gu;

/** Lower-case and strip accents ("Deportación" → "deportacion", "Ñ" → "n"): the toolkit's one fold. */
export const foldText = foldAccents;

/** Folded words of `text`, in order. */
export function tokenize(text: string): string[] {
  // Runs of letters and digits (\p{L}, \p{N}) of the folded text; a text without an apostrophe has no possessive.
  return letterAndNumberRuns(foldText(text.indexOf("'") < 0 && text.indexOf('’') < 0 ? text : text.replace(POSSESSIVE, '')));
}
