/**
 * What same-story scoring looks up in a text's set of names, built once per set (a text's features are
 * compared with many others: an item with up to 40 candidate stories, a stored source with every later
 * item) instead of once per comparison. Pure data, derived only from the set; the sets of TextFeatures are
 * never modified once built, so an index is cached by the set object itself.
 */
export interface NameIndex {
  /** Names other than offices ("role:…"), in the set's order, each with its last word and its key. */
  names: Array<{ name: string; last: string | null; key: string }>;
  /** Last word → the last name of the set (offices included) that ends with it. */
  byLast: Map<string, string>;
  /** Key → the last name of the set (offices aside) with that key. */
  byKey: Map<string, string>;
}

const indexes = new WeakMap<Set<string>, NameIndex>();

/**
 * The index of `set`, with `lastOf` (a name's distinctive last word, or null) and `keyOf` (a name's
 * language-neutral key): both pure, and the same functions at every call (the cache does not key on them).
 */
export function nameIndex(set: Set<string>, lastOf: (name: string) => string | null, keyOf: (name: string) => string): NameIndex {
  let ix = indexes.get(set);
  if (ix) return ix;
  ix = { names: [], byLast: new Map(), byKey: new Map() };
  for (const name of set) {
    const last = lastOf(name);
    if (last) ix.byLast.set(last, name);
    if (name.startsWith('role')) continue;
    const key = keyOf(name);
    ix.byKey.set(key, name);
    ix.names.push({ name, last, key });
  }
  indexes.set(set, ix);
  return ix;
}
