/** Number → clause: the part of the sentence a figure belongs to (semicolons, "while", ", and 10,000 more"). */


/** ", and 10,000 more …" / ", y más de 10.000 …": a new clause with a figure of its own. */
export const FIGURE_CLAUSE_BREAK = /,\s+(?:and|y|e)\s+(?=(?:[\p{L}]+\s+){0,8}(?:\$|US\$)?\d)/giu;

/** The part of the sentence between semicolons around [start, end). */
export const CLAUSE_BREAK = /;|,?\s+(?:while|whereas|mientras\s+que|en\s+tanto\s+que)\s+|,\s+(?:but|pero|aunque|although)\s+/gi;

export function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const s = m.index ?? 0;
    if (s + m[0].length <= start) from = s + m[0].length;
    else if (s >= end && to === sentence.length) to = s;
  }
  return [from, to];
}

/** "1,800 elementos de la Guardia Nacional": an agency right after the counted thing belongs to it. */
export function extendOverAgency(sentence: string, end: number): number {
  const m = /^\s+(?:of\s+the\s+|of\s+|de\s+la\s+|del\s+|de\s+los\s+|de\s+)((?:\p{Lu}[\p{L}.]*\s*){1,5})/u.exec(sentence.slice(end));
  return m ? end + m[0].length : end;
}
