import { createHash } from 'node:crypto';
import { isStopWord, stem, stripDateline, words } from './normalize-text';

const MASK64 = (1n << 64n) - 1n;

function hash64(feature: string): bigint {
  return createHash('md5').update(feature).digest().readBigUInt64BE(0);
}

/**
 * The features of a text: word unigrams (stop words dropped, lightly stemmed) and word bigrams
 * (stop words kept, so "in Texas" and "from Texas" differ only a little).
 */
export function simhashFeatures(text: string): string[] {
  const w = words(stripDateline(text));
  const out: string[] = [];
  for (const x of w) if (x.length > 1 && !isStopWord(x)) out.push(stem(x));
  for (let i = 0; i + 1 < w.length; i++) out.push(`${w[i]} ${w[i + 1]}`);
  return out;
}

/**
 * 64-bit SimHash (Charikar) of a text over its normalized word features (lower-case, accents folded,
 * punctuation stripped). Near-identical texts (wire copies with a few edited words) land a few bits apart.
 */
export function simhash64(text: string): bigint {
  const acc = new Int32Array(64);
  const feats = simhashFeatures(text);
  if (feats.length === 0) return 0n;
  for (const f of feats) {
    const h = hash64(f);
    for (let bit = 0; bit < 64; bit++) acc[bit] += (h >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let out = 0n;
  for (let bit = 0; bit < 64; bit++) if (acc[bit] > 0) out |= 1n << BigInt(bit);
  return out & MASK64;
}

/** Number of differing bits between two 64-bit hashes. */
export function hamming(a: bigint, b: bigint): number {
  let x = (a ^ b) & MASK64;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Near-duplicate threshold: wire copies with small edits stay within this many bits. */
export const NEAR_DUPLICATE_BITS = 3;

/**
 * The 4 bands of 16 bits of a SimHash, as index keys ("b0:3fa2"). Two hashes within 3 bits differ in
 * at most 3 bands, so by pigeonhole they share at least one band: looking up the 4 bands finds every
 * near-duplicate without scanning history.
 */
export function simhashBands(h: bigint): string[] {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) out.push(`b${i}:${((h >> BigInt(16 * i)) & 0xffffn).toString(16)}`);
  return out;
}

/** SimHash as a fixed-width hex string (for storage). */
export function simhashHex(h: bigint): string {
  return h.toString(16).padStart(16, '0');
}
