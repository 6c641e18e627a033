/**
 * An item's text, tokenized and stemmed once: the folded words in order, word positions by stem, and
 * which of the stems and prefixes that rules look for the text contains.
 *
 * Rule words are numbered (`stemAtom`, `prefixAtom`): every stem or prefix a compiled rule looks for gets
 * a small integer. What each distinct word of any text contributes (its stem candidates, and the numbered
 * stems and prefixes it matches) is worked out once per word and remembered; indexing an item then only
 * marks the numbers its words carry, with their positions. The evaluator (./evaluate.ts) answers a term by
 * reading `atoms` rather than by string look-ups (a profile holds over a thousand terms), and a phrase by
 * comparing the positions of its words.
 */
import { tokenize } from './fold';
import { stemVariants } from '../text/stem';

export interface TextIndex {
  /** Folded words; fields are separated by an empty slot so no phrase spans two fields. */
  readonly words: readonly string[];
  /** Stem candidate → positions in `words` (every stem of every word; built on first use). */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /**
   * `atoms[n] === 1` when the text contains the stem (or a word with the prefix) numbered n, for every
   * number given before the index was built; numbers given later are past the end (see `byStem`, `words`).
   */
  readonly atoms: Uint8Array;
  /** The numbers with `atoms[n] === 1`, each once, in the order the text first carries them. */
  readonly present: readonly number[];
  /** Positions of the words that carry number `atom` (ascending); empty when none, or numbered later. */
  atomPositions(atom: number): readonly number[];
  /** Positions of the words that start with `prefix` (ascending). */
  prefixPositions(prefix: string): readonly number[];
  /**
   * Per-index memo of the evaluator: phrase terms recur across rules, and an index lives only as long as
   * the matching of one item.
   */
  readonly memo: Map<unknown, boolean>;
}

/** Numbers of the stems (`word`) and prefixes (`*prefix`) rules look for. Grows only when rules with new words are compiled. */
const ATOMS = new Map<string, number>();
/** The numbered prefixes, for words met from now on. */
const PREFIXES: Array<{ prefix: string; atom: number }> = [];
/** Bumped whenever a number is given: remembered words recompute theirs when it moved. */
let generation = 0;

function numberOf(key: string): number {
  let id = ATOMS.get(key);
  if (id === undefined) {
    id = ATOMS.size;
    ATOMS.set(key, id);
    generation++;
  }
  return id;
}

/** The number of a stem a rule looks for (numbered on first use). */
export function stemAtom(stem: string): number {
  return numberOf(stem);
}

/** The number of a prefix a rule looks for (`migra*` → the number of "migra"). */
export function prefixAtom(prefix: string): number {
  const before = ATOMS.size;
  const id = numberOf(`*${prefix}`);
  if (ATOMS.size > before) PREFIXES.push({ prefix, atom: id });
  return id;
}

interface WordEntry {
  readonly variants: readonly string[];
  /** Numbers of the variants and of the prefixes of the word that rules look for, as of `generation`. */
  atoms: number[];
  generation: number;
}

/**
 * Recent words. Item text repeats the same few thousand words ("the", "border", "said"), and stemVariants
 * builds a set for each call. Bounded: cleared when full.
 */
const WORDS = new Map<string, WordEntry>();
const WORDS_MAX = 20_000;

function wordEntry(word: string): WordEntry {
  let e = WORDS.get(word);
  if (e === undefined) {
    e = { variants: stemVariants(word), atoms: [], generation: -1 };
    if (WORDS.size >= WORDS_MAX) WORDS.clear();
    WORDS.set(word, e);
  }
  if (e.generation !== generation) {
    const atoms: number[] = [];
    for (const v of e.variants) {
      const id = ATOMS.get(v);
      if (id !== undefined) atoms.push(id);
    }
    for (const p of PREFIXES) if (word.startsWith(p.prefix)) atoms.push(p.atom);
    e.atoms = atoms;
    e.generation = generation;
  }
  return e;
}

const NONE: readonly number[] = [];

class IndexedText implements TextIndex {
  readonly memo = new Map<unknown, boolean>();
  private stems?: Map<string, number[]>;
  private prefixes?: Map<string, readonly number[]>;

  constructor(
    readonly words: readonly string[],
    readonly atoms: Uint8Array,
    readonly present: readonly number[],
    private readonly positions: Map<number, number[]>,
  ) {}

  get byStem(): ReadonlyMap<string, readonly number[]> {
    if (!this.stems) {
      const byStem = new Map<string, number[]>();
      this.words.forEach((w, pos) => {
        if (!w) return;
        for (const v of wordEntry(w).variants) {
          const list = byStem.get(v);
          if (list) {
            if (list[list.length - 1] !== pos) list.push(pos);
          } else byStem.set(v, [pos]);
        }
      });
      this.stems = byStem;
    }
    return this.stems;
  }

  atomPositions(atom: number): readonly number[] {
    return this.positions.get(atom) ?? NONE;
  }

  prefixPositions(prefix: string): readonly number[] {
    const id = ATOMS.get(`*${prefix}`);
    if (id !== undefined && id < this.atoms.length) return this.atomPositions(id);
    let out = this.prefixes?.get(prefix);
    if (!out) {
      const found: number[] = [];
      this.words.forEach((w, i) => {
        if (w && w.startsWith(prefix)) found.push(i);
      });
      (this.prefixes ??= new Map()).set(prefix, found);
      out = found;
    }
    return out;
  }
}

/**
 * The last text indexed. One item is matched against the global profile and then, when that does not
 * want it, against each subscription's own profile, each time with the same strings: it is indexed once.
 * (An index depends only on its text; numbers given since are answered the slow way, see `atoms`.)
 */
let last: { fields: ReadonlyArray<string | undefined>; index: TextIndex } | undefined;

function sameFields(a: ReadonlyArray<string | undefined>, b: ReadonlyArray<string | undefined>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Index title, summary and content (in that order) for matching. */
export function indexText(fields: ReadonlyArray<string | undefined>): TextIndex {
  if (last && sameFields(last.fields, fields)) return last.index;
  const index = buildIndex(fields);
  last = { fields: [...fields], index };
  return index;
}

function buildIndex(fields: ReadonlyArray<string | undefined>): TextIndex {
  const words: string[] = [];
  const atoms = new Uint8Array(ATOMS.size);
  const positions = new Map<number, number[]>();
  const present: number[] = [];
  for (const field of fields) {
    if (!field) continue;
    if (words.length > 0) words.push('');
    for (const w of tokenize(field)) {
      const pos = words.length;
      words.push(w);
      const ids = wordEntry(w).atoms;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        // Every id is below ATOMS.size: numbers are given only by compiling, never while indexing.
        atoms[id] = 1;
        const list = positions.get(id);
        if (list) list.push(pos);
        else {
          positions.set(id, [pos]);
          present.push(id);
        }
      }
    }
  }
  return new IndexedText(words, atoms, present, positions);
}
