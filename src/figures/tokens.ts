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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m !== null; m = TOKEN_RE.exec(sentence)) {
    const text = m[0];
    const kind = kindOf(text);
    let norm = text.toLowerCase();
    if (kind === 'word') {
      if (norm.endsWith('.')) norm = norm.slice(0, -1);
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    }
    out.push({ text, norm, kind, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** 'num' when the token starts with an ASCII digit, 'word' with a letter or mark (\p{L}, \p{M}), else 'punct'. */
function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'num';
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'word' : 'punct';
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_MARK.test(text) ? 'word' : 'punct';
  let k = WORD_START[c]!;
  if (k < 0) WORD_START[c] = k = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return k === 1 ? 'word' : 'punct';
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
/** Whether a BMP character is a letter or mark (1) or not (0), filled as characters are met (-1). */
const WORD_START = new Int8Array(0x10000).fill(-1);

/** True when token b starts exactly where token a ends (no space between). */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}
