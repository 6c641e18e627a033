/**
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` without the regular expression: the text's runs
 * of letters and numbers, lower-cased, joined by one space. BMP characters are classed once each (by the
 * same \p{L} / \p{N} tests) and remembered; a text with characters outside the BMP (surrogate pairs, which
 * the expression reads as code points) takes the expression itself. test/text/words.test.ts checks both agree.
 */
export function lettersAndNumbers(s: string): string {
  const t = s.toLowerCase();
  let out = '';
  let start = -1; // start of the current run of letters and numbers
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    if (c >= 0xd800 && c <= 0xdfff) return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const keep = c < 0 ? false : c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : classOf(c) !== 0;
    if (keep) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out.length === 0 ? t.slice(start, i) : `${out} ${t.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/**
 * `text.match(/[\p{L}\p{N}]+/gu) ?? []` without the regular expression (the same classes, see
 * lettersAndNumbers; a text with surrogate pairs takes the expression itself).
 */
export function letterAndNumberRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0xd800 && c <= 0xdfff) return text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const keep = c < 0 ? false : c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : classOf(c) !== 0;
    if (keep) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** 1 letter, 2 number, 0 neither, for BMP code units, filled as characters are met. */
const CLASS = new Int8Array(0x10000).fill(-1);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k < 0) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    CLASS[c] = k;
  }
  return k;
}
