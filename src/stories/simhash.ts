import { isStopWord, stem, stripDateline, words } from './normalize-text';

const MASK64 = (1n << 64n) - 1n;
const MASK32 = 0xffffffffn;

/** Murmur3's 32-bit finalizer: every input bit affects every output bit (avalanche). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A fast non-cryptographic 64-bit hash of a feature, as two independent 32-bit halves: two FNV-1a-style
 * passes over the UTF-16 code units (different seeds and multipliers), each finished with the Murmur3
 * finalizer so that every bit is close to a fair coin (what SimHash needs). Writes into `out` [lo, hi].
 */
export function featureHash64(feature: string, out: Uint32Array): void {
  out[0] = finishA(hashPart(SEED_A, feature, FNV_A), feature.length);
  out[1] = finishB(hashPart(SEED_B, feature, FNV_B), feature.length);
}

const SEED_A = 0x811c9dc5;
const SEED_B = 0x9747b28c;
const FNV_A = 0x01000193;
const FNV_B = 0x5bd1e995;

/** The running state of one half of featureHash64 after the code units of `s` (from `h`). */
function hashPart(h: number, s: string, mul: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), mul);
  return h;
}

/** The finished halves of featureHash64, from their running states and the feature's length. */
function finishA(a: number, length: number): number {
  return fmix32(a ^ length);
}
function finishB(b: number, length: number): number {
  return fmix32(b ^ Math.imul(length, 0x27d4eb2d));
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
 * The features are simhashFeatures(text), hashed as featureHash64 hashes them (a bigram's hash is taken
 * over its two words and the space between, without building the string).
 */
export function simhash64(text: string): bigint {
  // An item's headline + summary and its stored headline + lead are most often one text: the last answer is kept.
  if (lastSimhash?.text !== text) lastSimhash = { text, hash: readSimhash(text) };
  return lastSimhash.hash;
}

let lastSimhash: { text: string; hash: bigint } | undefined;

function readSimhash(text: string): bigint {
  return simhashOfWords(words(stripDateline(text)));
}

/**
 * simhash64 of a text given its folded words (`words(stripDateline(text))`), for a caller that has them already
 * (textFeatures: an item's headline words, folded once for its fingerprint, its SimHash and its dates).
 */
export function simhashOfWords(w: readonly string[]): bigint {
  const acc = new Int32Array(64);
  let features = 0;
  for (const x of w) {
    if (x.length > 1 && !isStopWord(x)) {
      const f = stem(x);
      accumulate(acc, hashPart(SEED_A, f, FNV_A), hashPart(SEED_B, f, FNV_B), f.length);
      features++;
    }
  }
  for (let i = 0; i + 1 < w.length; i++) {
    const x = w[i]!;
    const y = w[i + 1]!;
    // the bigram "x y": x, then the space (32), then y
    let a = Math.imul(hashPart(SEED_A, x, FNV_A) ^ 32, FNV_A);
    let b = Math.imul(hashPart(SEED_B, x, FNV_B) ^ 32, FNV_B);
    a = hashPart(a, y, FNV_A);
    b = hashPart(b, y, FNV_B);
    accumulate(acc, a, b, x.length + 1 + y.length);
    features++;
  }
  if (features === 0) return 0n;
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (acc[bit]! > 0) lo |= 1 << bit;
    if (acc[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Adds one feature's finished hash (featureHash64 of a feature of `length` code units) to the bit counts. */
function accumulate(acc: Int32Array, a: number, b: number, length: number): void {
  const lo = finishA(a, length);
  const hi = finishB(b, length);
  for (let bit = 0; bit < 32; bit++) {
    acc[bit] += ((lo >>> bit) & 1) * 2 - 1;
    acc[bit + 32] += ((hi >>> bit) & 1) * 2 - 1;
  }
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of differing bits between two 64-bit hashes. */
export function hamming(a: bigint, b: bigint): number {
  const x = (a ^ b) & MASK64;
  return popcount32(Number(x & MASK32)) + popcount32(Number(x >> 32n));
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
