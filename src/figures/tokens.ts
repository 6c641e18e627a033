/** Tokens of one sentence, with their offsets, for the figure extractor. */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-case, trailing period dropped ("Nov." → "nov"). */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// ("C$250 million", "CA$14 million": Canadian dollars, a prefix written onto the dollar sign.)
const TOKEN_RE = /US\$|MX\$|(?<![\p{L}])(?:C|CA|CAN)\$|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[.'’-][\p{L}\p{M}]+)*\.?|\S/gu;

/** Split a sentence into number, word and punctuation tokens. */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN_RE)) {
    const text = m[0];
    const kind: TokenKind = /^\d/.test(text) ? 'num' : /^[\p{L}\p{M}]/u.test(text) ? 'word' : 'punct';
    const norm = kind === 'word' ? text.toLowerCase().replace(/\.$/, '').replace(/’/g, "'") : text.toLowerCase();
    out.push({ text, norm, kind, start: m.index ?? 0, end: (m.index ?? 0) + text.length });
  }
  return out;
}

/** True when token b starts exactly where token a ends (no space between). */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}
