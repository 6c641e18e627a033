/**
 * The faster structures of same-story features compute exactly what the plain definitions do, over the
 * labelled eval texts: SimHash without building bigram strings, shared names with per-set look-up tables,
 * entities read from memoized headline and body parts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities, SENTENCE_START } from '../../src/stories/entities';
import { featureHash64, simhash64, simhashFeatures } from '../../src/stories/simhash';
import { dice, leadOf, sharedNames, textFeatures } from '../../src/stories/similarity';
import { setMaxIdsForTesting } from '../../src/stories/token-ids';
import { conceptTokens } from '../../src/stories/bilingual';

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

const GENERIC = new Set(['county', 'city', 'state', 'states', 'department', 'river', 'sector', 'border', 'park', 'court', 'office', 'house', 'agency', 'service', 'police', 'guard', 'patrol', 'president', 'minister', 'secretary', 'university', 'center', 'centre', 'bridge', 'port', 'condado', 'ciudad', 'estado', 'departamento', 'rio', 'frontera', 'parque', 'corte', 'oficina', 'casa', 'policia', 'guardia', 'patrulla', 'presidente', 'presidenta', 'secretario', 'secretaria', 'puente', 'puerto', 'gobierno', 'government', 'nacional', 'national', 'central', 'north', 'south', 'east', 'west', 'eastern', 'western', 'este', 'oeste', 'oriental', 'occidental']);
const refKey = (n: string): string => [...new Set(conceptTokens(n))].sort().join(' ');
const refCore = (n: string): string => {
  const k = refKey(n);
  const core = k.split(' ').filter((w) => !GENERIC.has(w));
  return core.length > 0 ? core.join(' ') : k;
};
const isName = (e: string): boolean => !e.startsWith('role') && !e.startsWith(SENTENCE_START);

/** sharedNames as first written: maps of `b` built on every call (the greedy matching order is the point). */
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
    const y = (l ? lastB.get(l) : undefined) ?? keyB.get(refKey(x)) ?? coreB.get(refCore(x));
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
  return n;
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

  test('dice of token sets (counted on sorted ids) equals the plain count, also when the id table starts over', () => {
    const feats = all.slice(0, 300).map((x) => textFeatures(x.title, x.summary, []));
    const plainDice = (a: Set<string>, b: Set<string>): number => {
      if (a.size === 0 || b.size === 0) return 0;
      let n = 0;
      for (const t of a) if (b.has(t)) n++;
      return (2 * n) / (a.size + b.size);
    };
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
