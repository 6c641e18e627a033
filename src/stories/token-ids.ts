/**
 * Small integer ids for strings (tokens, names), so that the sets same-story scoring compares again and again
 * (an item against each of its ~40 candidates' texts) are compared as sorted id arrays: a merge over
 * integers instead of a hash look-up per element. Ids are only compared with ids of the same generation:
 * the table is emptied (a new generation) once it holds 2^18 strings (a few MB), and arrays of an older
 * generation are rebuilt on use.
 */

let maxIds = 1 << 18;
let ids = new Map<string, number>();
let generation = 0;

/** Tests: a table this small empties (starts a new generation) often. */
export function setMaxIdsForTesting(n: number): void {
  maxIds = n;
}

/** The current generation of ids (arrays carry the one they were built in). */
export function idGeneration(): number {
  return generation;
}

function idOf(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    if (ids.size >= maxIds) {
      ids = new Map();
      generation++;
    }
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

/** Sorted ids of distinct strings (the strings of one generation: see idGeneration). */
export interface IdArray {
  ids: Int32Array;
  generation: number;
}

/** The sorted, distinct ids of `strings`. */
export function sortedIds(strings: Iterable<string>): IdArray {
  const gen0 = generation;
  const out: number[] = [];
  for (const s of strings) out.push(idOf(s));
  // The table was emptied on the way: ids from before and after do not compare; take all of them anew.
  if (generation !== gen0) return sortedIds(strings);
  const a = Int32Array.from(out).sort();
  // Distinct (an iterable of a Set has no repeats, a list may).
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i]!;
  return { ids: n === a.length ? a : a.slice(0, n), generation: gen0 };
}

/**
 * Sorted distinct ids of (string, tag) pairs, tags 0-7, as id · 8 + tag: the same string under two tags
 * (two look-up tables) gives two ids. Compared only with other tagged ids. `repeats`: every pair's id kept
 * (sorted, not made distinct).
 */
export function sortedTaggedIds(strings: readonly string[], tags: readonly number[], repeats = false): IdArray {
  const gen0 = generation;
  const a = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) a[i] = idOf(strings[i]!) * 8 + tags[i]!;
  if (generation !== gen0) return sortedTaggedIds(strings, tags, repeats);
  a.sort();
  if (repeats) return { ids: a, generation: gen0 };
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i]!;
  return { ids: n === a.length ? a : a.slice(0, n), generation: gen0 };
}

const SET_IDS = new WeakMap<ReadonlySet<string>, IdArray>();

/** sortedIds of a set, kept with the set (sets given here must never change); of the current generation. */
export function idsOfSet(set: ReadonlySet<string>): IdArray {
  let x = SET_IDS.get(set);
  if (!x || x.generation !== generation) {
    x = sortedIds(set);
    SET_IDS.set(set, x);
  }
  return x;
}

/** How many strings two sets share (each set's sorted ids kept with it; the sets must never change). */
export function sharedOfSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let ia = idsOfSet(a);
  const ib = idsOfSet(b);
  // b's ids started a new generation: a's are taken again, in it.
  if (ia.generation !== ib.generation) ia = idsOfSet(a);
  return sharedCount(ia.ids, ib.ids);
}

/** How many ids two sorted id arrays share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Two sorted id arrays share an id. */
export function anyShared(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}
