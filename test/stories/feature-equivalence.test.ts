/**
 * The faster structures of same-story features compute exactly what the plain definitions do, over the
 * labelled eval texts and texts naming the places of names.json at two scales: SimHash without building bigram
 * strings, shared names with per-set look-up tables (and the shortcut that skips them when no look-up can
 * hit), token overlap on sorted ids, entities read from memoized headline and body parts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities, SENTENCE_START } from '../../src/stories/entities';
import { featureHash64, simhash64, simhashFeatures } from '../../src/stories/simhash';
import { dice, leadOf, sameNumber, sharedNames, textFeatures } from '../../src/stories/similarity';
import { setMaxIdsForTesting } from '../../src/stories/token-ids';
import { conceptTokens } from '../../src/stories/bilingual';
import { isStopWord } from '../../src/stories/normalize-text';
import names from '../../src/stories/data/names.json';
import { setGazetteerEnabled } from '../../src/stories/places';

// The reference definitions below follow names.json's `within` alone: the gazetteer's towns (places.ts, one
// more source of places around a name, tested in places.test.ts) are left out of this comparison.
setGazetteerEnabled(false);

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');

function texts(): Array<{ title: string; summary: string }> {
  const out: Array<{ title: string; summary: string }> = [];
  for (const f of ['clustering.json', 'clustering-tune2.json', 'clustering-holdout2.json', 'clustering-holdout3.json']) {
    out.push(...(JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string }> }).items);
  }
  for (const f of ['relevance.jsonl', 'relevance-tune2.jsonl']) {
    for (const line of readFileSync(path.join(DATA, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as { title: string; summary: string });
  }
  return out.map((x) => ({ title: x.title, summary: x.summary ?? '' }));
}

/**
 * Texts naming a town of names.json `within` and the place around it, another town of that place, and
 * twin towns across the border (the place-at-two-scales count of sharedNames), with a named official.
 */
function placeTexts(): Array<{ title: string; summary: string }> {
  const cap = (s: string): string => s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  const out: Array<{ title: string; summary: string }> = [];
  for (const [outer, inner] of Object.entries(names.within as Record<string, string[]>)) {
    inner.forEach((town, i) => {
      const other = cap(inner[(i + 1) % inner.length]!);
      out.push({ title: `Agents find migrants near ${cap(town)}`, summary: `Border Patrol agents found 14 migrants near ${cap(town)} on Tuesday. Whitfield visited.` });
      out.push({ title: `${outer}: migrants found`, summary: `Authorities in ${outer} said migrants were found. Secretary Dana Whitfield spoke.` });
      out.push({ title: `Hallan migrantes en ${other}`, summary: `Agentes hallaron migrantes en ${other}, ${outer}, y en ${cap(town)}.` });
    });
  }
  for (const towns of names.twins as string[][]) {
    for (const t of towns) out.push({ title: `Migrants cross the river at ${cap(t)}`, summary: `Migrants crossed the Rio Grande at ${cap(t)} on Monday.` });
  }
  return out;
}

/** Charikar's SimHash over simhashFeatures, each hashed by featureHash64: the definition. */
function referenceSimhash(text: string): bigint {
  const feats = simhashFeatures(text);
  if (feats.length === 0) return 0n;
  const acc = new Int32Array(64);
  const h = new Uint32Array(2);
  for (const f of feats) {
    featureHash64(f, h);
    for (let bit = 0; bit < 32; bit++) {
      acc[bit] += ((h[0]! >>> bit) & 1) * 2 - 1;
      acc[bit + 32] += ((h[1]! >>> bit) & 1) * 2 - 1;
    }
  }
  let lo = 0n;
  for (let bit = 0; bit < 64; bit++) if (acc[bit]! > 0) lo |= 1n << BigInt(bit);
  return lo;
}

const GENERIC_WORDS = ['county', 'city', 'state', 'states', 'department', 'river', 'sector', 'border', 'park', 'court', 'office', 'house', 'agency', 'service', 'police', 'guard', 'patrol', 'president', 'minister', 'secretary', 'university', 'center', 'centre', 'bridge', 'port', 'condado', 'ciudad', 'estado', 'departamento', 'rio', 'frontera', 'parque', 'corte', 'oficina', 'casa', 'policia', 'guardia', 'patrulla', 'presidente', 'presidenta', 'secretario', 'secretaria', 'puente', 'puerto', 'gobierno', 'government', 'nacional', 'national', 'foreign', 'affairs', 'ministry', 'ministerio', 'relaciones', 'exteriores', 'security', 'seguridad', 'palace', 'palacio', 'central', 'north', 'south', 'east', 'west', 'eastern', 'western', 'este', 'oeste', 'oriental', 'occidental', 'side', 'lado', 'northwest', 'northeast', 'southwest', 'southeast', 'noroeste', 'noreste', 'suroeste', 'sureste', 'facility', 'detention', 'processing', 'detencion'];
const GENERIC = new Set([...GENERIC_WORDS, ...GENERIC_WORDS.flatMap((w) => conceptTokens(w))]);
const refKey = (n: string): string => [...new Set(conceptTokens(n))].sort().join(' ');
const refCore = (n: string): string => {
  const k = refKey(n);
  const core = k.split(' ').filter((w) => !GENERIC.has(w));
  return core.length > 0 ? core.join(' ') : k;
};
const isName = (e: string): boolean => !e.startsWith('role') && !e.startsWith(SENTENCE_START);

/** Core words of the border rivers (names.json `rivers`). */
const REF_RIVERS = new Set((names.rivers as string[]).flatMap((r) => conceptTokens(r)).filter((w) => !GENERIC.has(w)));

/** Place (core key) → every place it lies in (names.json `within`, followed to the end), and its twin towns. */
const REF_WITHIN = ((): Map<string, Set<string>> => {
  const direct = new Map<string, Set<string>>();
  for (const [outer, inner] of Object.entries(names.within as Record<string, string[]>)) {
    for (const p of inner) {
      // a town whose core is a border river's name ("Rio Grande City" → riogrand) is not the river
      if (refCore(p) === refCore(outer) || (REF_RIVERS.has(refCore(p)) && refCore(p) !== refKey(p))) continue;
      if (!direct.has(refCore(p))) direct.set(refCore(p), new Set());
      direct.get(refCore(p))!.add(refCore(outer));
    }
  }
  const out = new Map<string, Set<string>>();
  for (const k of direct.keys()) {
    const seen = new Set<string>();
    const todo = [...direct.get(k)!];
    while (todo.length > 0) {
      const o = todo.pop()!;
      if (o === k || seen.has(o)) continue;
      seen.add(o);
      todo.push(...(direct.get(o) ?? []));
    }
    out.set(k, seen);
  }
  for (const towns of names.twins as string[][]) {
    for (const t of towns) {
      if (!out.has(refCore(t))) out.set(refCore(t), new Set());
      for (const o of towns) if (refCore(o) !== refCore(t)) out.get(refCore(t))!.add(refCore(o));
    }
  }
  return out;
})();

/**
 * A name of `a` lies in a place `b` names (no shared name used for it, neither naming that name or its key),
 * and `b` names no other unused place in it: the place at two scales, without the per-set cache or early exits.
 */
function referencePlaceAround(a: Set<string>, b: Set<string>, used: Set<string>): boolean {
  const keysB = new Set([...b].filter(isName).map(refCore));
  const around = new Set<string>();
  for (const x of a) {
    if (!isName(x) || !REF_WITHIN.has(refCore(x)) || b.has(x) || keysB.has(refCore(x))) continue;
    for (const o of REF_WITHIN.get(refCore(x))!) around.add(o);
  }
  for (const y of b) {
    if (!isName(y) || used.has(y) || a.has(y) || !around.has(refCore(y))) continue;
    const k = refCore(y);
    const otherInside = [...b].some((z) => isName(z) && z !== y && !used.has(z) && (REF_WITHIN.get(refCore(z))?.has(k) ?? false));
    if (!otherInside) return true;
  }
  return false;
}

/**
 * sharedNames as written without look-up tables: maps of `b` built on every call (the greedy matching order
 * is the point), then one place at two scales counted once.
 */
function referenceSharedNames(a: Set<string>, b: Set<string>): number {
  const last = (e: string): string | null => {
    const l = e.slice(e.lastIndexOf(' ') + 1);
    return l.length >= 4 && !GENERIC.has(l) ? l : null;
  };
  const lastB = new Map<string, string>();
  for (const y of b) {
    const l = last(y);
    if (l) lastB.set(l, y);
  }
  const keyB = new Map<string, string>();
  for (const y of b) if (isName(y)) keyB.set(refKey(y), y);
  const coreB = new Map<string, string>();
  for (const y of b) if (isName(y)) coreB.set(refCore(y), y);
  // A name written out in 3 to 6 words besides stop words, and its initials as the other side's name ("bcr").
  const initials = (e: string): string | null => {
    const ws = e.split(/[\s-]+/).filter((w) => w && !isStopWord(w));
    return e.includes(' ') && ws.length >= 3 && ws.length <= 6 && ws.every((w) => /^\p{L}/u.test(w)) ? ws.map((w) => w[0]).join('') : null;
  };
  const initialsB = new Map<string, string>();
  for (const y of b) if (isName(y) && initials(y)) initialsB.set(initials(y)!, y);
  // A name of 2+ words that another name of 3+ words begins with ("otero county" / "otero county processing center"),
  // compared by core keys; the longer one's first word distinctive.
  const leadingParts = (e: string): string[] => {
    const ws = e.split(' ');
    if (ws.length < 3 || GENERIC.has(ws[0]!) || isStopWord(ws[0]!) || ws[0]!.length < 3) return [];
    const out: string[] = [];
    for (let n = 2; n < ws.length; n++) {
      const c = refCore(ws.slice(0, n).join(' '));
      if (c !== refCore(e) && !c.split(' ').every((w) => GENERIC.has(w)) && !out.includes(c)) out.push(c);
    }
    return out;
  };
  const leadingB = new Map<string, string>();
  const longCoreB = new Map<string, string>();
  for (const y of b) {
    if (!isName(y)) continue;
    for (const c of leadingParts(y)) leadingB.set(c, y);
    if (y.includes(' ')) longCoreB.set(refCore(y), y);
  }
  const leadingPart = (x: string): string | undefined =>
    (x.includes(' ') ? leadingB.get(refCore(x)) : undefined) ?? leadingParts(x).map((c) => longCoreB.get(c)).find((y) => y !== undefined);
  const office = (named: Set<string>, other: Set<string>): boolean =>
    [...named].some((e) => e.startsWith('role*:') && other.has(`role:${e.slice(6)}`) && !other.has(`role*:${e.slice(6)}`));
  const used = new Set<string>();
  let n = office(a, b) || office(b, a) ? 1 : 0;
  for (const x of a) {
    if (!isName(x)) continue;
    if (b.has(x) && !used.has(x)) {
      used.add(x);
      n++;
      continue;
    }
    const l = last(x);
    const ini = initials(x);
    const y = (l ? lastB.get(l) : undefined) ?? keyB.get(refKey(x)) ?? coreB.get(refCore(x)) ?? (ini && b.has(ini) ? ini : undefined) ?? initialsB.get(x) ?? leadingPart(x);
    if (y && !used.has(y)) {
      used.add(y);
      n++;
    }
  }
  const starts = (x: Set<string>, y: Set<string>, lastY: Map<string, string>): void => {
    for (const e of x) {
      if (!e.startsWith(SENTENCE_START)) continue;
      const w = e.slice(SENTENCE_START.length);
      const m = y.has(w) ? w : lastY.get(w);
      if (m && !used.has(m)) {
        used.add(m);
        n++;
      }
    }
  };
  starts(a, b, lastB);
  const lastA = new Map<string, string>();
  for (const y of a) if (isName(y)) lastA.set(y.slice(y.lastIndexOf(' ') + 1), y);
  starts(b, a, lastA);
  return n + (referencePlaceAround(a, b, used) || referencePlaceAround(b, a, used) ? 1 : 0);
}

/** Dice of two token sets counted plainly, a number of one written rounded in the other counting as shared. */
function referenceDice(a: Set<string>, b: Set<string>, numbersA: Set<string>, numbersB: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  const taken = new Set<string>();
  for (const x of numbersA) {
    if (!a.has(x) || b.has(x)) continue;
    const y = [...numbersB].find((z) => z !== x && b.has(z) && !a.has(z) && !taken.has(z) && sameNumber(x, z));
    if (y === undefined) continue;
    taken.add(y);
    n++;
  }
  return (2 * n) / (a.size + b.size);
}

describe('same-story feature structures equal their definitions', () => {
  const all = texts();

  test('SimHash of every text (headline + summary, headline + lead) equals the definition', () => {
    for (const x of all) {
      for (const t of [`${x.title}\n${x.summary}`, `${x.title}\n${leadOf(x.summary)}`, x.title]) expect(simhash64(t).toString(16)).toBe(referenceSimhash(t).toString(16));
    }
  });

  test('shared names of every pair of texts (entities of headline + summary) equal the definition', () => {
    const sets = all.slice(0, 400).map((x) => extractEntities(x.title, x.summary));
    let named = 0;
    for (let i = 0; i < sets.length; i++) {
      for (let j = 0; j < sets.length; j += 3) {
        const got = sharedNames(sets[i]!, sets[j]!);
        expect(got).toBe(referenceSharedNames(sets[i]!, sets[j]!));
        if (got > 0) named++;
      }
    }
    expect(named).toBeGreaterThan(1000);
  });

  test('shared names of texts naming places at two scales and twin towns equal the definition', () => {
    const sets = placeTexts().map((x) => extractEntities(x.title, x.summary));
    let named = 0;
    let withoutLookups = 0;
    for (let i = 0; i < sets.length; i++) {
      for (let j = Math.max(0, i - 30); j < Math.min(sets.length, i + 30); j++) {
        const got = sharedNames(sets[i]!, sets[j]!);
        expect(got).toBe(referenceSharedNames(sets[i]!, sets[j]!));
        if (got > 0) named++;
        // counted by the place at two scales alone (no name of one in the other's tables)
        if (got === 1 && referencePlaceAround(sets[i]!, sets[j]!, new Set()) && ![...sets[i]!].some((e) => sets[j]!.has(e))) withoutLookups++;
      }
    }
    expect(named).toBeGreaterThan(1000);
    expect(withoutLookups).toBeGreaterThan(100);
  });

  test('dice of token sets (counted on sorted ids) equals the plain count, also when the id table starts over', () => {
    const feats = all.slice(0, 300).map((x) => textFeatures(x.title, x.summary, []));
    const none = new Set<string>();
    const plainDice = (a: Set<string>, b: Set<string>): number => referenceDice(a, b, none, none);
    let overlapping = 0;
    for (const small of [false, true]) {
      // A table of 200 ids starts a new generation every few sets: ids of older ones must be rebuilt, never mixed.
      if (small) setMaxIdsForTesting(200);
      try {
        for (let i = 0; i < feats.length; i += 2) {
          for (let j = 0; j < feats.length; j += 7) {
            const [a, b] = [feats[i]!, feats[j]!];
            expect(dice(a.leadTokens, b.leadTokens)).toBe(plainDice(a.leadTokens, b.leadTokens));
            expect(dice(a.titleTokens, b.titleTokens)).toBe(plainDice(a.titleTokens, b.titleTokens));
            expect(dice(a.leadTokens, b.leadTokens, a.numbers, b.numbers)).toBe(referenceDice(a.leadTokens, b.leadTokens, a.numbers, b.numbers));
            expect(dice(a.titleTokens, b.titleTokens, a.numbers, b.numbers)).toBe(referenceDice(a.titleTokens, b.titleTokens, a.numbers, b.numbers));
            expect(sharedNames(a.entities, b.entities)).toBe(referenceSharedNames(a.entities, b.entities));
            if (dice(a.leadTokens, b.leadTokens) > 0) overlapping++;
          }
        }
      } finally {
        setMaxIdsForTesting(1 << 18);
      }
    }
    expect(overlapping).toBeGreaterThan(1000);
  });

  test('the last conceptTokens and SimHash answers, kept, are the answers: a fresh array each time', () => {
    for (const x of all.slice(0, 200)) {
      const text = `${x.title} ${x.summary}`;
      const first = conceptTokens(text);
      first.push('mutated');
      const again = conceptTokens(text);
      expect(again).not.toContain('mutated');
      conceptTokens(x.title);
      expect(conceptTokens(text)).toEqual(again);
      expect(simhash64(`${x.title}\n${x.summary}`)).toBe(referenceSimhash(`${x.title}\n${x.summary}`));
      expect(simhash64(`${x.title}\n${x.summary}`)).toBe(referenceSimhash(`${x.title}\n${x.summary}`));
    }
  });

  test('entities are the same read cold or from the memoized headline and body parts, in the same order', () => {
    const cold = all.map((x) => [...extractEntities(x.title, x.summary)]);
    // Interleaved with the headline alone and with its lead: the parts are shared between these calls.
    all.forEach((x, i) => {
      expect([...extractEntities(x.title, '')]).toEqual([...extractEntities(x.title, '')]);
      extractEntities(x.title, leadOf(x.summary));
      expect([...extractEntities(x.title, x.summary)]).toEqual(cold[i]);
    });
  });
});
