import type { Redis } from 'ioredis';
import type { Story } from '../../src/model';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { RedisSeenStore } from '../../src/store/redis/seen-store';
import { INDEX_MAINTENANCE_FRACTION, RedisStoryStore } from '../../src/store/redis/story-store';
import type { SeenStore } from '../../src/stories/seen-store';
import { KeyHits, MAX_SOURCE_TEXTS, rankByHits, type StoryStore } from '../../src/stories/story-store';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';

/** A settable clock shared by a store under test. */
function clock(start = Date.parse('2024-03-01T12:00:00Z')) {
  const c = { t: start, now: () => c.t };
  return c;
}

let redis: Redis;
const prefixes: string[] = [];
beforeAll(() => {
  redis = testRedis();
});
afterAll(async () => {
  for (const p of prefixes) await deletePrefix(redis, p);
  await closeTestRedis();
});
function prefix(): string {
  const p = uniquePrefix('stories');
  prefixes.push(p);
  return p;
}

const seenImpls: Array<[string, (now: () => number) => SeenStore]> = [
  ['memory', (now) => new MemorySeenStore(now)],
  ['redis', (now) => new RedisSeenStore(redis, prefix(), { now })],
];

describe.each(seenImpls)('SeenStore contract: %s', (_name, make) => {
  test('checkAndMark is true once, then false for any overlapping key', async () => {
    const s = make(Date.now);
    expect(await s.checkAndMark(['g:a', 'u:example.com/a'], 3600)).toBe(true);
    expect(await s.checkAndMark(['g:a', 'u:example.com/a'], 3600)).toBe(false);
    expect(await s.checkAndMark(['g:changed-guid', 'u:example.com/a'], 3600)).toBe(false);
    // the new guid was marked too, even though the call answered "seen"
    expect(await s.has(['g:changed-guid'])).toBe(true);
    expect(await s.checkAndMark(['g:b', 'u:example.com/b'], 3600)).toBe(true);
  });

  test('has and markSeen', async () => {
    const s = make(Date.now);
    expect(await s.has(['x', 'y'])).toBe(false);
    await s.markSeen(['y'], 3600);
    expect(await s.has(['x', 'y'])).toBe(true);
    expect(await s.has(['x'])).toBe(false);
    expect(await s.has([])).toBe(false);
  });

  test('keys expire after their TTL, and marking again refreshes it', async () => {
    const c = clock();
    const s = make(c.now);
    await s.markSeen(['k1', 'k2'], 600);
    c.t += 300_000;
    await s.markSeen(['k2'], 600); // refresh k2 only
    c.t += 360_000; // 11 minutes after the first mark
    expect(await s.has(['k1'])).toBe(false);
    expect(await s.has(['k2'])).toBe(true);
    c.t += 300_000;
    expect(await s.has(['k2'])).toBe(false);
    expect(await s.checkAndMark(['k1', 'k2'], 600)).toBe(true);
  });

  test('two concurrent checkAndMark calls with the same keys: exactly one is true', async () => {
    const s = make(Date.now);
    for (let round = 0; round < 20; round++) {
      const keys = [`race:${round}`, `race-url:${round}`];
      const results = await Promise.all([s.checkAndMark(keys, 3600), s.checkAndMark([...keys].reverse(), 3600)]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });
});

test('RedisSeenStore: two clients racing on one key set never both see "new"', async () => {
  const p = prefix();
  const other = testRedis();
  const a = new RedisSeenStore(redis, p);
  const b = new RedisSeenStore(other, p);
  for (let round = 0; round < 30; round++) {
    const keys = [`g:${round}`, `u:${round}`, `t:${round}`];
    const results = await Promise.all([a.checkAndMark(keys, 3600), b.checkAndMark(keys, 3600)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  }
});

test('RedisSeenStore keeps keys as compact hash fields with a bucket TTL', async () => {
  const p = prefix();
  const s = new RedisSeenStore(redis, p);
  await s.markSeen(['g:compact'], 3600);
  const { bucket, field } = s.slot('g:compact');
  expect(field).toHaveLength(8);
  expect(await redis.hexists(bucket, field)).toBe(1);
  const ttl = await redis.ttl(bucket);
  expect(ttl).toBeGreaterThan(3600);
  expect(ttl).toBeLessThanOrEqual(3600 + 120);
});

function story(id: string, published: string, title = `Story ${id}`): Story {
  return {
    id,
    title,
    url: `https://example.com/${id}`,
    published,
    summary: `Summary of ${title}.`,
    figures: [],
    sources: [{ name: 'Outlet', title, url: `https://example.com/${id}`, itemId: id, published }],
  };
}

const storyImpls: Array<[string, (now: () => number) => StoryStore]> = [
  ['memory', (now) => new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now })],
  ['redis', (now) => new RedisStoryStore(redis, prefix(), { indexWindowSeconds: 72 * 3600, now })],
];

describe.each(storyImpls)('StoryStore contract: %s', (_name, make) => {
  test('get returns what put stored, and put replaces', async () => {
    const s = make(Date.now);
    const st = story('a1', new Date().toISOString());
    expect(await s.get('a1')).toBeUndefined();
    await s.put(st, { at: st.published, keys: ['t:caravan'] });
    expect(await s.get('a1')).toEqual(st);
    const merged = { ...st, sources: [...st.sources, { name: 'Other', title: 'Other take', url: 'https://other.example/x' }] };
    await s.put(merged, { at: st.published, keys: ['t:tapachula'] });
    expect((await s.get('a1'))?.sources).toHaveLength(2);
  });

  test('candidates: by shared index keys within the time bounds, most shared first', async () => {
    const c = clock();
    const s = make(c.now);
    const at = (h: number) => new Date(c.t + h * 3600_000).toISOString();
    await s.put(story('one', at(-1)), { at: at(-1), keys: ['b0:1', 't:caravan'] });
    await s.put(story('two', at(-2)), { at: at(-2), keys: ['b0:1', 't:caravan', 'e:tapachula'] });
    await s.put(story('old', at(-100)), { at: at(-100), keys: ['b0:1', 't:caravan', 'e:tapachula'] });
    await s.put(story('other', at(-1)), { at: at(-1), keys: ['t:buoys'] });
    const got = await s.candidates({ keys: ['b0:1', 't:caravan', 'e:tapachula'], since: at(-72), until: at(72), limit: 10 });
    expect(got.map((x) => x.id)).toEqual(['two', 'one']);
    const limited = await s.candidates({ keys: ['b0:1', 't:caravan', 'e:tapachula'], since: at(-72), until: at(72), limit: 1 });
    expect(limited.map((x) => x.id)).toEqual(['two']);
    expect(await s.candidates({ keys: ['t:nothing'], since: at(-72), until: at(72), limit: 10 })).toEqual([]);
  });

  test('lookup answers what candidates, sourceTexts and get answer, in one call', async () => {
    const c = clock();
    const s = make(c.now);
    const at = (h: number) => new Date(c.t + h * 3600_000).toISOString();
    const text = (t: string, h: number) => ({ title: t, lead: `Lead of ${t}`, at: at(h) });
    await s.put(story('one', at(-1)), { at: at(-1), keys: ['b0:1', 't:caravan'], text: text('one', -1) });
    await s.put(story('two', at(-2)), { at: at(-2), keys: ['b0:1', 't:caravan', 'e:tapachula'], text: text('two', -2) });
    await s.put(story('two', at(-2)), { at: at(-1), keys: ['t:caravan'], text: text('two again', -1) });
    await s.put(story('three', at(-3)), { at: at(-3), keys: ['e:tapachula'] });
    await s.put(story('other', at(-1)), { at: at(-1), keys: ['t:buoys'], text: text('other', -1) });
    const q = { keys: ['b0:1', 't:caravan', 'e:tapachula'], since: at(-72), until: at(72), limit: 10 };
    const got = await s.lookup!({ ...q, id: 'other' });
    const cands = await s.candidates(q);
    expect(got.candidates.map((x) => x.id)).toEqual(cands.map((x) => x.id));
    expect(got.candidates.map((x) => x.id)).toEqual(['two', 'one', 'three']);
    expect(Object.fromEntries(got.texts)).toEqual(Object.fromEntries(await s.sourceTexts(cands.map((x) => x.id))));
    expect(got.texts.get('two')?.map((t) => t.title)).toEqual(['two', 'two again']);
    expect(got.texts.has('three')).toBe(false);
    expect(got.story).toEqual(await s.get('other'));
    expect((await s.lookup!({ ...q, id: 'missing' })).story).toBeUndefined();
    expect((await s.lookup!({ ...q, keys: ['t:nothing'] })).candidates).toEqual([]);
  });

  test('index entries older than the window are dropped when the key is written again', async () => {
    const c = clock();
    const s = make(c.now);
    const iso = (t: number) => new Date(t).toISOString();
    await s.put(story('early', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
    c.t += 80 * 3600_000;
    await s.put(story('late', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
    const got = await s.candidates({ keys: ['t:shared'], since: iso(0), until: iso(c.t + 1), limit: 10 });
    expect(got.map((x) => x.id)).toEqual(['late']);
  });

  test('sourceTexts: every put with a text appends it; the first is kept when the cap drops older ones', async () => {
    const s = make(Date.now);
    const at = new Date().toISOString();
    const st = story('tx', at);
    expect(await s.sourceTexts(['tx'])).toEqual(new Map());
    await s.put(st, { at, keys: ['t:a'], text: { title: 'First report', lead: 'The first lead.', at } });
    await s.put(st, { at, keys: ['t:b'] });
    await s.put(st, { at, keys: ['t:c'], text: { title: 'Second report', lead: 'Another lead.', at } });
    const got = await s.sourceTexts(['tx', 'missing']);
    expect([...got.keys()]).toEqual(['tx']);
    expect(got.get('tx')).toEqual([
      { title: 'First report', lead: 'The first lead.', at },
      { title: 'Second report', lead: 'Another lead.', at },
    ]);
    for (let i = 0; i < MAX_SOURCE_TEXTS + 5; i++) await s.put(st, { at, keys: [], text: { title: `Update ${i}`, lead: '', at } });
    const capped = (await s.sourceTexts(['tx'])).get('tx')!;
    expect(capped).toHaveLength(MAX_SOURCE_TEXTS);
    expect(capped[0].title).toBe('First report');
    expect(capped[1].title).toBe('Update 6'); // the MAX_SOURCE_TEXTS - 1 most recent follow the first
    expect(capped[capped.length - 1].title).toBe(`Update ${MAX_SOURCE_TEXTS + 4}`);
  });

  test('recent: newest first, since, limit and an accent-insensitive query', async () => {
    const s = make(Date.now);
    const base = Date.now();
    const iso = (h: number) => new Date(base - h * 3600_000).toISOString();
    await s.put(story('r1', iso(5), 'Caravana sale de Tapachula'), { at: iso(5), keys: [] });
    await s.put(story('r2', iso(1), 'Texas buoys in the Rio Grande'), { at: iso(1), keys: [] });
    await s.put(story('r3', iso(3), 'CBP monthly update'), { at: iso(3), keys: [] });
    await s.put(story('r0', iso(50), 'Old caravan story'), { at: iso(50), keys: [] });
    expect((await s.recent({ since: iso(24), limit: 10 })).map((x) => x.id)).toEqual(['r2', 'r3', 'r1']);
    expect((await s.recent({ since: iso(24), limit: 2 })).map((x) => x.id)).toEqual(['r2', 'r3']);
    expect((await s.recent({ since: iso(100), limit: 10, query: 'CARAVANÁ' })).map((x) => x.id)).toEqual(['r1']);
    expect((await s.recent({ since: iso(100), limit: 10, query: 'caravan' })).map((x) => x.id)).toEqual(['r1', 'r0']);
  });
});

test('MemoryStoryStore: candidates are frozen snapshots; get hands out a private copy', async () => {
  const c = clock();
  const s = new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now: c.now });
  const at = new Date(c.t).toISOString();
  const st = story('snap', at);
  await s.put(st, { at, keys: ['t:snap'], text: { title: 'Snap', lead: 'Lead.', at } });
  st.sources.push({ name: 'Later', title: 'Changed after put', url: 'https://example.com/later' });
  const [cand] = await s.candidates({ keys: ['t:snap'], since: at, until: at, limit: 5 });
  expect(cand.sources).toHaveLength(1);
  expect(Object.isFrozen(cand)).toBe(true);
  expect(Object.isFrozen(cand.sources[0])).toBe(true);
  expect(() => cand.sources.push(st.sources[1])).toThrow(/not extensible/);
  const texts = (await s.sourceTexts(['snap'])).get('snap')!;
  expect(() => {
    texts[0].title = 'x';
  }).toThrow(/read only/);
  const copy = (await s.get('snap'))!;
  copy.sources.push(st.sources[1]);
  copy.title = 'Edited copy';
  expect((await s.get('snap'))?.sources).toHaveLength(1);
  expect((await s.get('snap'))?.title).toBe(st.title);
});

test('RedisStoryStore sets a TTL on stories and on index keys', async () => {
  const p = prefix();
  const s = new RedisStoryStore(redis, p, { ttlSeconds: 1000, indexWindowSeconds: 100 });
  const st = story('ttl', new Date().toISOString());
  await s.put(st, { at: st.published, keys: ['t:ttl'], text: { title: 't', lead: 'l', at: st.published } });
  const textsTtl = await redis.ttl(`${p}stext:ttl`);
  expect(textsTtl).toBeGreaterThan(900);
  expect(textsTtl).toBeLessThanOrEqual(1000);
  const storyTtl = await redis.ttl(`${p}story:ttl`);
  expect(storyTtl).toBeGreaterThan(900);
  expect(storyTtl).toBeLessThanOrEqual(1000);
  const indexTtl = await redis.ttl(`${p}sx:t:ttl`);
  expect(indexTtl).toBeGreaterThan(100 + 3600 - 5);
  expect(indexTtl).toBeLessThanOrEqual(100 + 3600 + Math.ceil(100 * INDEX_MAINTENANCE_FRACTION));
});

test('RedisStoryStore maintains an index key (trim + TTL) only when its TTL has run down; lookups never see past the window', async () => {
  const p = prefix();
  const c = clock();
  const windowS = 72 * 3600;
  const least = windowS + 3600;
  const most = least + Math.ceil(windowS * INDEX_MAINTENANCE_FRACTION);
  const s = new RedisStoryStore(redis, p, { indexWindowSeconds: windowS, now: c.now });
  const key = `${p}sx:t:shared`;
  const iso = (t: number) => new Date(t).toISOString();
  const q = () => ({ keys: ['t:shared'], since: iso(0), until: iso(c.t + 1), limit: 10 });
  await s.put(story('early', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
  // A new key: maintained at once (TTL = window + 1 h + the maintenance interval).
  expect(await redis.ttl(key)).toBeGreaterThan(most - 5);
  expect(await redis.ttl(key)).toBeLessThanOrEqual(most);
  // Past the window (store clock) but the key was maintained recently: the old entry stays, unread.
  c.t += 80 * 3600_000;
  await s.put(story('late', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
  expect(await redis.zscore(key, 'early')).not.toBeNull();
  expect((await s.candidates(q())).map((x) => x.id)).toEqual(['late']);
  expect((await s.lookup(q())).candidates.map((x) => x.id)).toEqual(['late']);
  // The interval has passed (its TTL ran down below window + 1 h): the next write trims and refreshes it.
  await redis.expire(key, least - 1);
  c.t += 1000;
  await s.put(story('later', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
  expect(await redis.zscore(key, 'early')).toBeNull();
  expect(await redis.zrange(key, '0', '-1')).toEqual(['late', 'later']);
  expect(await redis.ttl(key)).toBeGreaterThan(most - 5);
  // A key's TTL never drops below window + 1 h after a write: a write with a TTL still above it leaves it.
  await redis.expire(key, least + 10);
  await s.put(story('last', iso(c.t)), { at: iso(c.t), keys: ['t:shared'] });
  expect(await redis.ttl(key)).toBeGreaterThan(least);
  expect(await redis.ttl(key)).toBeLessThanOrEqual(least + 10);
});

test('RedisStoryStore lookup: a story this client wrote comes from its own copy while current; one written since by another client is read again', async () => {
  const p = prefix();
  const c = clock();
  const a = new RedisStoryStore(redis, p, { indexWindowSeconds: 72 * 3600, now: c.now });
  const b = new RedisStoryStore(redis, p, { indexWindowSeconds: 72 * 3600, now: c.now });
  const at = (h: number) => new Date(c.t + h * 3600_000).toISOString();
  const text = (t: string, h: number) => ({ title: t, lead: `Lead of ${t}`, at: at(h) });
  const q = { keys: ['t:caravan', 'e:tapachula'], since: at(-72), until: at(72), limit: 10 };
  const answer = async (s: RedisStoryStore) => {
    const got = await s.lookup(q);
    return { ids: got.candidates.map((x) => x.id), stories: got.candidates.map((x) => JSON.parse(JSON.stringify(x))), texts: Object.fromEntries([...got.texts].map(([k, v]) => [k, v.map((t) => ({ ...t }))])) };
  };
  const truth = async () => {
    const cands = await b.candidates(q);
    return { ids: cands.map((x) => x.id), stories: cands, texts: Object.fromEntries(await b.sourceTexts(cands.map((x) => x.id))) };
  };
  let st = story('one', at(-1));
  await a.put(st, { at: at(-1), keys: ['t:caravan'], text: text('one', -1) });
  await a.put(story('two', at(-2)), { at: at(-2), keys: ['e:tapachula'], text: text('two', -2) });
  expect(await answer(a)).toEqual(await truth());
  // More texts than the cap, every one written by `a`: its own copy stays exact (first + most recent).
  for (let i = 0; i < MAX_SOURCE_TEXTS + 3; i++) {
    st = { ...st, sources: [...st.sources, { name: `O${i}`, title: `t${i}`, url: `https://example.com/${i}` }] };
    await a.put(st, { at: at(-1), keys: ['t:caravan'], text: text(`one ${i}`, -1) });
  }
  const own = await answer(a);
  expect(own).toEqual(await truth());
  expect(own.texts.one).toHaveLength(MAX_SOURCE_TEXTS);
  // Another client (process) writes the story: `a` reads the new version, not its copy.
  const other = { ...st, title: 'Rewritten elsewhere', sources: [...st.sources, { name: 'B', title: 'from b', url: 'https://b.example/x' }] };
  await b.put(other, { at: at(-1), keys: ['t:caravan'], text: text('from b', -1) });
  const after = await answer(a);
  expect(after).toEqual(await truth());
  expect(after.stories.find((x) => x.id === 'one')?.title).toBe('Rewritten elsewhere');
  expect(after.texts.one[after.texts.one.length - 1].title).toBe('from b');
  // And `a` writing on top of b's version (its copy is behind): still exact.
  await a.put({ ...other, title: 'Back to a' }, { at: at(-1), keys: ['t:caravan'], text: text('a again', -1) });
  expect(await answer(a)).toEqual(await truth());
  expect((await a.lookup(q)).candidates.find((x) => x.id === 'one')?.title).toBe('Back to a');
  // A put without a text, and a story whose texts were written before versions existed.
  await a.put({ ...other, title: 'No text' }, { at: at(-1), keys: ['t:caravan'] });
  await redis.rpush(`${p}stext:legacy`, JSON.stringify(text('legacy', -3)));
  await a.put(story('legacy', at(-3)), { at: at(-3), keys: ['e:tapachula'], text: text('legacy 2', -3) });
  expect(await answer(a)).toEqual(await truth());
  const got = await a.lookup(q);
  expect(got.texts.get('legacy')?.map((t) => t.title)).toEqual(['legacy', 'legacy 2']);
  expect(Object.isFrozen(got.candidates[0])).toBe(true);
});

test('RedisStoryStore lookup: candidates a client holds at their version come from its copy, the rest are read in full and then held', async () => {
  const p = prefix();
  const c = clock();
  const at = (h: number) => new Date(c.t + h * 3600_000).toISOString();
  const a = new RedisStoryStore(redis, p, { now: c.now });
  const b = new RedisStoryStore(redis, p, { now: c.now });
  const small = new RedisStoryStore(redis, p, { now: c.now, knownStories: 1 });
  const q = { keys: ['t:wall', 'e:nogales'], since: at(-72), until: at(72), limit: 10 };
  const truth = async () => {
    const cands = await a.candidates(q);
    return { stories: cands, texts: Object.fromEntries(await a.sourceTexts(cands.map((x) => x.id))) };
  };
  const plain = (l: { candidates: Story[]; texts: Map<string, unknown> }) => ({ stories: JSON.parse(JSON.stringify(l.candidates)), texts: JSON.parse(JSON.stringify(Object.fromEntries(l.texts))) });
  for (const [i, id] of ['w1', 'w2', 'w3'].entries()) {
    await a.put(story(id, at(-i)), { at: at(-i), keys: ['t:wall', ...(i ? ['e:nogales'] : [])], text: { title: id, lead: `lead ${id}`, at: at(-i) } });
    await small.put(story(`s${id}`, at(-i)), { at: at(-i), keys: ['e:nogales'], text: { title: `s${id}`, lead: 'small', at: at(-i) } });
  }
  // The writer answers from its copies: the same frozen objects on every lookup.
  const a1 = await a.lookup(q);
  const a2 = await a.lookup(q);
  expect(plain(a1)).toEqual(await truth());
  expect(a2.candidates.every((s, i) => s === a1.candidates[i] && Object.isFrozen(s))).toBe(true);
  // Another client holds none of them: it reads them in full, then holds them too.
  const b1 = await b.lookup(q);
  expect(plain(b1)).toEqual(await truth());
  expect((await b.lookup(q)).candidates.every((s, i) => s === b1.candidates[i])).toBe(true);
  // A client holding fewer stories than it wrote reads the others again: the same answer.
  expect(plain(await small.lookup(q))).toEqual(await truth());
  // A story written by one client is read again by the others; a removed one is gone for all.
  await a.put({ ...story('w2', at(-1)), title: 'Rewritten' }, { at: at(-1), keys: ['t:wall'] });
  await b.remove('w3');
  for (const s of [a, b, small]) {
    const got = await s.lookup(q);
    expect(plain(got)).toEqual(await truth());
    expect(got.candidates.find((x) => x.id === 'w2')?.title).toBe('Rewritten');
    expect(got.candidates.some((x) => x.id === 'w3')).toBe(false);
  }
  // Written again after its removal (by a client other than the one holding its first and only version): a
  // new version, so no client answers with the old content.
  await b.put({ ...story('w3', at(-2)), title: 'Written again' }, { at: at(-2), keys: ['t:wall'] });
  for (const s of [a, b, small]) {
    const got = await s.lookup(q);
    expect(plain(got)).toEqual(await truth());
    expect(got.candidates.find((x) => x.id === 'w3')?.title).toBe('Written again');
  }
});

test('KeyHits ranks as rankByHits: most keys first, then the newest, ties in first-hit order', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < 50; round++) {
    const packed = new KeyHits();
    const plain = new Map<string, { n: number; at: number }>();
    for (let key = 0; key < 12; key++) {
      const counted = new Set<string>();
      for (let e = 0; e < 30; e++) {
        const id = `s${Math.floor(rand() * 40)}`;
        const at = 1_700_000_000_000 + Math.floor(rand() * 5) * 60_000;
        const again = counted.has(id);
        packed.add(id, at, again);
        counted.add(id);
        const h = plain.get(id) ?? { n: 0, at };
        if (!again) h.n++;
        h.at = Math.max(h.at, at);
        plain.set(id, h);
      }
    }
    for (const limit of [1, 5, 40, 100]) expect(packed.top(limit)).toEqual(rankByHits(plain, limit));
  }
});

test('Redis lookup ranks many candidates as the memory store does (most keys, then newest), top `limit` only', async () => {
  const t = Date.parse('2024-03-01T12:00:00Z');
  const now = () => t;
  const mem = new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now });
  const red = new RedisStoryStore(redis, prefix(), { indexWindowSeconds: 72 * 3600, now });
  let seed = 3;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const keys = Array.from({ length: 12 }, (_, i) => `t:k${i}`);
  for (let i = 0; i < 150; i++) {
    // Distinct times: the ranking has no ties, so both stores must agree exactly.
    const at = new Date(t - (i * 7 + 1) * 60_000).toISOString();
    const own = keys.filter(() => rand() < 0.3);
    for (const st of [mem, red]) await st.put(story(`s${i}`, at), { at, keys: own });
  }
  for (let round = 0; round < 20; round++) {
    const q = { keys: keys.filter(() => rand() < 0.5), since: new Date(t - 72 * 3600_000).toISOString(), until: new Date(t).toISOString(), limit: 1 + Math.floor(rand() * 45) };
    const [a, b] = await Promise.all([mem.lookup(q), red.lookup(q)]);
    expect(b.candidates.map((x) => x.id)).toEqual(a.candidates.map((x) => x.id));
    expect(b.candidates.length).toBe(Math.min(q.limit, a.candidates.length));
  }
});

test('MemoryStoryStore ranks candidates as rankByHits over the entries it reads: ties, rewrites and lookups in a row', async () => {
  const t = Date.parse('2024-03-01T12:00:00Z');
  const mem = new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now: () => t });
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const keys = Array.from({ length: 8 }, (_, i) => `t:k${i}`);
  // Entries per key in write order (few enough that no compaction happens: the store reads them all).
  const written = new Map<string, Array<{ id: string; at: number }>>();
  for (let i = 0; i < 40; i++) {
    const id = `s${Math.floor(rand() * 14)}`; // stories written again: the same story hit twice by one key
    const at = t - Math.floor(rand() * 6) * 3600_000; // coarse times: ties in count and time
    const own = [...new Set(keys.filter(() => rand() < 0.2))];
    if (own.some((k) => (written.get(k)?.length ?? 0) >= 15)) continue;
    await mem.put(story(id, new Date(at).toISOString()), { at: new Date(at).toISOString(), keys: own });
    for (const k of own) written.set(k, [...(written.get(k) ?? []), { id, at }]);
  }
  for (let round = 0; round < 30; round++) {
    const qk = keys.filter(() => rand() < 0.5);
    const since = t - Math.floor(rand() * 4) * 3600_000;
    const limit = 1 + Math.floor(rand() * 10);
    const hits = new Map<string, { n: number; at: number }>();
    for (const k of qk) {
      const counted = new Set<string>();
      for (const e of [...(written.get(k) ?? [])].reverse()) {
        if (e.at < since || e.at > t) continue;
        const h = hits.get(e.id) ?? { n: 0, at: -Infinity };
        if (!counted.has(e.id)) h.n++;
        h.at = Math.max(h.at, e.at);
        hits.set(e.id, h);
        counted.add(e.id);
      }
    }
    const got = await mem.candidates({ keys: qk, since: new Date(since).toISOString(), until: new Date(t).toISOString(), limit });
    expect(got.map((s) => s.id)).toEqual(rankByHits(hits, limit));
  }
});
