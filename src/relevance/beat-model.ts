/**
 * The beat model: a small linear text classifier (trained by eval/beat-training.ts)
 * saying how much an item's title and summary read like the migration/border beat.
 *
 * Features are built from the shared text toolkit: the folded words (./fold.ts `tokenize`), each reduced
 * to its one stem (src/text `stem`), as unigrams and adjacent bigrams per field, plus the title's
 * unigrams once more under their own names (a title word weighs on its own). Features are present or
 * absent (no counts). The score is a dot product: bias + the sum of the weights of the features present,
 * so it costs one map look-up per feature of the item.
 */
import { stem } from '../text/stem';
import { tokenize } from './fold';
import type { TextIndex } from './text-index';
import shipped from './data/beat-model.json';

export interface BeatModel {
  /** Free text: how and from what the model was trained. */
  readonly about?: string;
  /** Which features beyond the base ones (stems, bigrams, title stems) the model reads; absent: none. */
  readonly features?: FeatureSpec;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * Extra feature kinds. `prefix: N`: the first N letters of each folded word longer than N (`p:migra`), shared by
 * inflections and derivations the stemmer keeps apart and by spellings a set never had (rohinyás / rohingya);
 * `skip`: pairs of stems one word apart (`s:a b`); `titleBigrams`: the title's bigrams once more (`t:a b`).
 */
export interface FeatureSpec {
  readonly prefix?: number;
  readonly skip?: boolean;
  readonly titleBigrams?: boolean;
}

const DIGIT = /^\d/;

/** Stem of each folded word met (bounded: cleared when full); numbers become `#`. */
const STEMS = new Map<string, string>();
const STEMS_MAX = 20_000;

function stemOf(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    s = /^\d/.test(w) ? '#' : stem(w);
    if (STEMS.size >= STEMS_MAX) STEMS.clear();
    STEMS.set(w, s);
  }
  return s;
}

/** Folded words → stems. */
function stems(words: readonly string[]): string[] {
  return words.map(stemOf);
}

/** The distinct features of an item (title, summary; content is not read: feeds fill it unevenly). */
export function beatFeatures(text: { title: string; summary?: string }, spec?: FeatureSpec): string[] {
  return featuresOfWords(tokenize(text.title), text.summary ? tokenize(text.summary) : [], spec);
}

/** The distinct features of the folded words of the title and of the body (summary). */
function featuresOfWords(titleWords: readonly string[], bodyWords: readonly string[], spec?: FeatureSpec): string[] {
  const out = new Set<string>();
  const title = stems(titleWords);
  for (const field of [title, stems(bodyWords)]) {
    for (let i = 0; i < field.length; i++) {
      out.add(field[i]!);
      if (i + 1 < field.length) out.add(`${field[i]} ${field[i + 1]}`);
    }
  }
  for (const w of title) out.add(`t:${w}`);
  if (spec) for (const f of extraFeatures(titleWords, bodyWords, title, spec)) out.add(f);
  return [...out];
}

/** The features of `spec` (not deduplicated). `title`: the title's stems. */
function extraFeatures(titleWords: readonly string[], bodyWords: readonly string[], title: readonly string[], spec: FeatureSpec): string[] {
  const out: string[] = [];
  const n = spec.prefix ?? 0;
  if (n > 0) for (const field of [titleWords, bodyWords]) for (const w of field) if (w.length > n && !DIGIT.test(w)) out.push(`p:${w.slice(0, n)}`);
  if (spec.skip) {
    for (const field of [title, stems(bodyWords)]) for (let i = 0; i + 2 < field.length; i++) out.push(`s:${field[i]} ${field[i + 2]}`);
  }
  if (spec.titleBigrams) for (let i = 0; i + 1 < title.length; i++) out.push(`t:${title[i]} ${title[i + 1]}`);
  return out;
}

/** Each model's weights as a Map, built on first use. */
const WEIGHTS = new WeakMap<BeatModel, Map<string, number>>();

function weightsOf(model: BeatModel): Map<string, number> {
  let w = WEIGHTS.get(model);
  if (!w) {
    w = new Map(Object.entries(model.weights));
    WEIGHTS.set(model, w);
  }
  return w;
}

/** Log-odds that the item is on the beat (positive: more likely on it). */
export function beatScore(model: BeatModel, features: Iterable<string>): number {
  const w = weightsOf(model);
  let s = model.bias;
  for (const f of features) {
    const x = w.get(f);
    if (x !== undefined) s += x;
  }
  return s;
}

/** The committed model (src/relevance/data/beat-model.json, written by `npm run train:beat`). */
export const SHIPPED_BEAT_MODEL: BeatModel = shipped as BeatModel;

/**
 * A model laid out for scoring without building feature strings: every weighted feature has a number;
 * unigrams and title words by stem, bigrams by first then second stem. `seen[n] === stamp` marks a
 * feature already counted for the current item (features are present or absent).
 */
interface Compiled {
  readonly weight: Float64Array;
  readonly uni: Map<string, number>;
  readonly title: Map<string, number>;
  readonly bi: Map<string, Map<string, number>>;
  /** Word-prefix features (`p:` dropped), and the other features of the model's FeatureSpec by name. */
  readonly prefix: Map<string, number>;
  readonly extra: Map<string, number>;
  readonly seen: Int32Array;
  stamp: number;
  /** What scoreWords reads of each word met (see WordFeatures); bounded: cleared when full. */
  readonly words: Map<string, WordFeatures>;
}

/**
 * One word's features in a compiled model, looked up once per distinct word rather than once per occurrence
 * (items repeat the same few thousand words): the numbers of its prefix, unigram and title features (-1: not
 * weighted), its stem, and the bigrams it starts (by second stem).
 */
interface WordFeatures {
  readonly prefix: number;
  readonly uni: number;
  readonly title: number;
  readonly stem: string;
  readonly bi: Map<string, number> | undefined;
}
const WORDS_MAX = 20_000;

function wordFeatures(c: Compiled, model: BeatModel, word: string): WordFeatures {
  let f = c.words.get(word);
  if (f === undefined) {
    const n = c.prefix.size > 0 ? (model.features?.prefix ?? 0) : 0;
    const st = stemOf(word);
    f = {
      prefix: n > 0 && word.length > n && !DIGIT.test(word) ? (c.prefix.get(word.slice(0, n)) ?? -1) : -1,
      uni: c.uni.get(st) ?? -1,
      title: c.title.get(st) ?? -1,
      stem: st,
      bi: c.bi.get(st),
    };
    if (c.words.size >= WORDS_MAX) c.words.clear();
    c.words.set(word, f);
  }
  return f;
}
const COMPILED = new WeakMap<BeatModel, Compiled>();

function compiled(model: BeatModel): Compiled {
  let c = COMPILED.get(model);
  if (!c) {
    const entries = Object.entries(model.weights);
    c = { weight: Float64Array.from(entries, ([, w]) => w), uni: new Map(), title: new Map(), bi: new Map(), prefix: new Map(), extra: new Map(), seen: new Int32Array(entries.length), stamp: 0, words: new Map() };
    entries.forEach(([f], n) => {
      const space = f.indexOf(' ');
      if (f.startsWith('p:')) c!.prefix.set(f.slice(2), n);
      else if (f.startsWith('s:') || (f.startsWith('t:') && space >= 0)) c!.extra.set(f, n);
      else if (f.startsWith('t:')) c!.title.set(f.slice(2), n);
      else if (space < 0) c!.uni.set(f, n);
      else {
        const first = f.slice(0, space);
        let m = c!.bi.get(first);
        if (!m) c!.bi.set(first, (m = new Map()));
        m.set(f.slice(space + 1), n);
      }
    });
    COMPILED.set(model, c);
  }
  return c;
}

/** The same sum as beatScore(model, featuresOfWords(title, body)), without building the features. */
function scoreWords(model: BeatModel, titleWords: readonly string[], bodyWords: readonly string[]): number {
  const c = compiled(model);
  const stamp = ++c.stamp;
  if (stamp === 0x7fffffff) {
    c.seen.fill(0);
    c.stamp = 1;
  }
  let s = model.bias;
  const add = (n: number | undefined): void => {
    if (n !== undefined && n >= 0 && c.seen[n] !== c.stamp) {
      c.seen[n] = c.stamp;
      s += c.weight[n]!;
    }
  };
  for (const field of [titleWords, bodyWords]) {
    let prev: Map<string, number> | undefined;
    for (let i = 0; i < field.length; i++) {
      const f = wordFeatures(c, model, field[i]!);
      add(f.prefix);
      add(f.uni);
      if (prev) add(prev.get(f.stem));
      prev = f.bi;
      if (field === titleWords) add(f.title);
    }
  }
  if (model.features && c.extra.size > 0) {
    for (const f of extraFeatures(titleWords, bodyWords, stems(titleWords), { ...model.features, prefix: 0 })) add(c.extra.get(f));
  }
  return s;
}

const BY_INDEX = new WeakMap<TextIndex, number>();

/**
 * The shipped model's probability for an indexed item, computed once per index. The index holds the
 * fields in order separated by an empty slot; the model reads the first (title) and the second (the
 * summary, or the content when there is no summary), as it was trained on title + summary.
 */
export function beatProbabilityOfIndex(index: TextIndex): number {
  let p = BY_INDEX.get(index);
  if (p === undefined) {
    const words = index.words;
    const end = words.indexOf('');
    const title = end < 0 ? words : words.slice(0, end);
    let body: readonly string[] = [];
    if (end >= 0) {
      const next = words.indexOf('', end + 1);
      body = words.slice(end + 1, next < 0 ? words.length : next);
    }
    p = 1 / (1 + Math.exp(-scoreWords(SHIPPED_BEAT_MODEL, title, body)));
    BY_INDEX.set(index, p);
  }
  return p;
}

/** Probability from the item's text, for any model (training and the experiment use it). */
export function beatProbabilityOfText(model: BeatModel, text: { title: string; summary?: string }): number {
  return 1 / (1 + Math.exp(-scoreWords(model, tokenize(text.title), text.summary ? tokenize(text.summary) : [])));
}
