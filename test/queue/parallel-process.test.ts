/**
 * Process jobs run in parallel across worker processes; only the cluster step is serialized (a Redis lock).
 * Two worker services share one Redis prefix and an LLM summary stand-in that holds chosen requests until the
 * test releases them: a slow summary does not stall other feeds' items, and two reports of one event whose
 * summaries return at the same moment still end up in ONE story.
 */
import type http from 'node:http';
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService, type Service } from '../../src/main';
import type { FeedItem } from '../../src/model';
import { RedisClusterLock } from '../../src/store/redis/cluster-lock';
import { RedisStoryStore } from '../../src/store/redis/story-store';
import { RedisSeenStore } from '../../src/store/redis/seen-store';
import { RedisFigureStore } from '../../src/store/redis/figure-store';
import { LockBusyError } from '../../src/stories/cluster-lock';
import { listen } from '../support/http';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';

/** Requests whose text contains a held marker wait until `release(marker)`. */
interface LlmStandIn {
  url: string;
  received: string[];
  release(marker: string): void;
  close(): Promise<void>;
}

async function startLlmStandIn(heldMarkers: string[]): Promise<LlmStandIn> {
  const received: string[] = [];
  const waiting = new Map<string, Array<() => void>>();
  const released = new Set<string>();
  const srv = await listen((req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const source = (JSON.parse(body) as { messages: Array<{ content: string }> }).messages[1]!.content;
      const title = source.split('\n')[0]!;
      received.push(title);
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { content: title } }] }));
      };
      const marker = heldMarkers.find((m) => source.includes(m) && !released.has(m));
      if (!marker) return answer();
      waiting.set(marker, [...(waiting.get(marker) ?? []), answer]);
    });
  });
  return {
    url: `${srv.url}/v1/chat/completions`,
    received,
    release: (marker) => {
      released.add(marker);
      for (const answer of waiting.get(marker) ?? []) answer();
      waiting.delete(marker);
    },
    close: srv.close,
  };
}

const now = new Date();
function item(feed: string, guid: string, title: string, summary: string): FeedItem {
  return { id: guid, guid, title, link: `https://${feed}.example/${guid}`, summary, published: now.toISOString(), feedUrl: `https://${feed}.example/rss`, feedName: `Outlet ${feed}`, lang: 'en' };
}

const slow = item('slow', 's-1', 'Asylum seekers SLOWMARK wait at Tijuana shelters for appointments', 'Migrants at shelters in Tijuana wait for asylum appointments, shelter directors said.');
const quick1 = item('q1', 'q-1', 'Border Patrol reports drop in migrant crossings in the Tucson sector', 'Border Patrol agents in the Tucson sector recorded fewer migrant crossings this week.');
const quick2 = item('q2', 'q-2', 'Texas buoy barrier in the Rio Grande draws new federal lawsuit over migrants', 'The Justice Department sued Texas over a floating barrier for migrants near Eagle Pass.');
const eventA = item('ea', 'e-1', 'CBP reports more than 250,000 migrant encounters at the southwest border in December RACEMARK', 'Border Patrol agents recorded more than 250,000 encounters with migrants at the southwest border in December, CBP said.');
const eventB = item('eb', 'e-2', 'More than 250,000 migrant encounters at southwest border in December, CBP says RACEMARK', 'Border Patrol recorded more than 250,000 encounters with migrants at the southwest border in December, according to CBP.');

let llm: LlmStandIn;
let prefix: string;
let config: Config;
let workers: Service[];

beforeAll(async () => {
  llm = await startLlmStandIn(['SLOWMARK', 'RACEMARK']);
  prefix = uniquePrefix('par');
  config = parseConfig({ keyPrefix: prefix, feeds: [], keywords: { rules: [{ name: 'beat', match: 'migrant* OR asylum OR "border patrol"' }], exclude: [] } });
  workers = await Promise.all(
    [0, 1].map(() =>
      startService({
        config,
        env: readEnv({ REDIS_URL: testRedisUrl(), BORDERWATCH_ROLE: 'worker', LOG_LEVEL: 'silent' }),
        handleSignals: false,
        schedule: false,
        logger: createLogger({ level: 'silent' }),
        processEnv: { LLM_SUMMARY_URL: llm.url },
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await llm.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

const storyTitled = async (title: string) => {
  const stories = await workers[0]!.pipeline.stores.stories.recent({ since: new Date(now.getTime() - 3_600_000).toISOString(), limit: 50 });
  return stories.find((s) => s.sources.some((src) => src.title === title));
};

test('a slow LLM summary does not stall other feeds: their items are clustered while it waits', async () => {
  await workers[0]!.queues.addItems([slow]);
  await waitUntil(() => llm.received.includes(slow.title), 'the slow item to reach the LLM');
  await workers[0]!.queues.addItems([quick1, quick2]);
  await waitUntil(async () => (await storyTitled(quick1.title)) && (await storyTitled(quick2.title)), 'the quick items to become stories');
  expect(await storyTitled(slow.title)).toBeUndefined();
  llm.release('SLOWMARK');
  await waitUntil(() => storyTitled(slow.title), 'the slow item to become a story');
});

test('two reports of one event finishing their summaries at once still join one story (the cluster step is locked)', async () => {
  await workers[0]!.queues.addItems([eventA, eventB]);
  // Both are held at the LLM at the same time, each by one job (possibly in different worker processes)...
  await waitUntil(() => llm.received.includes(eventA.title) && llm.received.includes(eventB.title), 'both reports to reach the LLM');
  // ...and released together, so both reach the cluster step at once.
  llm.release('RACEMARK');
  await waitUntil(async () => (await storyTitled(eventA.title)) && (await storyTitled(eventB.title)), 'both reports to be clustered');
  const a = await storyTitled(eventA.title);
  const b = await storyTitled(eventB.title);
  expect(a!.id).toBe(b!.id);
  expect(a!.sources.map((s) => s.name).sort()).toEqual(['Outlet ea', 'Outlet eb']);
});

describe('RedisClusterLock', () => {
  test('steps of two holders (two connections, as two processes) never overlap', async () => {
    const keyPrefix = `${prefix}lock-test:`;
    const locks = [new RedisClusterLock(testRedis(), keyPrefix), new RedisClusterLock(testRedis(), keyPrefix)];
    const redis = testRedis();
    let inside = 0;
    let maxInside = 0;
    const step = async () => {
      inside++;
      maxInside = Math.max(maxInside, inside);
      await redis.ping(); // a real await inside the step
      await redis.ping();
      inside--;
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => locks[i % 2]!.run(step)));
    for (const l of locks) l.close();
    expect(maxInside).toBe(1);
  });

  test('a lock left by a holder that died is taken once its lease expires', async () => {
    const keyPrefix = `${prefix}lock-dead:`;
    const redis = testRedis();
    await redis.set(`${keyPrefix}lock:cluster`, 'dead-holder', 'PX', 300);
    const lock = new RedisClusterLock(redis, keyPrefix);
    const t0 = Date.now();
    expect(await lock.run(async () => 'ran')).toBe('ran');
    lock.close();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  test('a story put handed the held lock releases it in the same script, only while this holder owns it', async () => {
    const keyPrefix = `${prefix}lock-put:`;
    const redis = testRedis();
    const lock = new RedisClusterLock(redis, keyPrefix);
    const stories = new RedisStoryStore(redis, keyPrefix);
    const at = new Date().toISOString();
    const st = { id: 'lp', title: 'T', url: 'https://example.com/lp', published: at, summary: 'S', figures: [], sources: [] };
    const out = await lock.run(async (held) => {
      expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(1);
      await stories.put(st, { at, keys: ['t:lockput'] }, { release: held });
      // Released by the put itself: another process may take the lock now, and sees the story.
      return { released: held?.released, exists: await redis.exists(`${keyPrefix}lock:cluster`), wake: await redis.llen(`${keyPrefix}lock:cluster:wake`) };
    });
    expect(out).toEqual({ released: true, exists: 0, wake: 1 });
    expect((await stories.get('lp'))?.id).toBe('lp');
    // A holder whose lease expired and whose lock another took: its put leaves the other's lock alone.
    const other = await lock.run(async (held) => {
      await redis.set(`${keyPrefix}lock:cluster`, 'another-holder', 'PX', 5000);
      await stories.put(st, { at, keys: ['t:lockput'] }, { release: held });
      return redis.get(`${keyPrefix}lock:cluster`);
    });
    expect(other).toBe('another-holder');
    await redis.del(`${keyPrefix}lock:cluster`);
    // Without a hand-over the lock releases itself after the step, as before.
    await lock.run(async () => {
      await stories.put(st, { at, keys: ['t:lockput'] });
      expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(1);
    });
    expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(0);
    lock.close();
  });

  test('a deferred lock is taken by the story lookup in its own script, with the seen check; busy: nothing read', async () => {
    const keyPrefix = `${prefix}lock-lookup:`;
    const redis = testRedis();
    const lock = new RedisClusterLock(redis, keyPrefix);
    const stories = new RedisStoryStore(redis, keyPrefix);
    const seen = new RedisSeenStore(redis, keyPrefix);
    const at = new Date().toISOString();
    const q = { keys: ['t:locklookup'], since: new Date(Date.now() - 3_600_000).toISOString(), until: new Date(Date.now() + 3_600_000).toISOString(), limit: 10 };
    await stories.put({ id: 'll', title: 'T', url: 'https://example.com/ll', published: at, summary: 'S', figures: [], sources: [] }, { at, keys: ['t:locklookup'] });
    await seen.markSeen(['seen-key'], 60);
    const out = await lock.run(
      async (held) => {
        expect(held?.pending).toBe(true);
        expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(0);
        const fresh = await stories.lookup({ ...q, lock: held, seen: seen.probe(['other-key']) });
        const taken = { pending: held?.pending, exists: await redis.exists(`${keyPrefix}lock:cluster`) };
        const dup = await stories.lookup({ ...q, seen: seen.probe(['other-key', 'seen-key']) });
        return { ids: fresh.candidates.map((s) => s.id), seen: fresh.seen, taken, dup: { seen: dup.seen, ids: dup.candidates.length } };
      },
      { deferred: true },
    );
    expect(out).toEqual({ ids: ['ll'], seen: false, taken: { pending: false, exists: 1 }, dup: { seen: true, ids: 0 } });
    expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(0);
    // Held by another: the lookup reads nothing and throws; acquire() then waits for the other's release.
    await redis.set(`${keyPrefix}lock:cluster`, 'another-holder', 'PX', 300);
    const t0 = Date.now();
    const busy = await lock.run(
      async (held) => {
        const err = await stories.lookup({ ...q, lock: held }).catch((e: unknown) => e);
        await held!.acquire!();
        return { busy: err instanceof LockBusyError, owner: await redis.get(`${keyPrefix}lock:cluster`), ids: (await stories.lookup({ ...q, lock: held })).candidates.length };
      },
      { deferred: true },
    );
    expect(busy.busy).toBe(true);
    expect(busy.owner).not.toBe('another-holder');
    expect(busy.ids).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(0);
    // A deferred step that never reads leaves no lock behind.
    expect(await lock.run(async () => 'none', { deferred: true })).toBe('none');
    expect(await redis.exists(`${keyPrefix}lock:cluster`)).toBe(0);
    lock.close();
  });

  test('a story put carries other stores\' writes (riders) in order, in its own script, up to the first it cannot', async () => {
    const keyPrefix = `${prefix}riders:`;
    const redis = testRedis();
    const stories = new RedisStoryStore(redis, keyPrefix);
    const seen = new RedisSeenStore(redis, keyPrefix);
    const figures = new RedisFigureStore(redis, keyPrefix);
    const at = new Date().toISOString();
    const st = { id: 'rd', title: 'T', url: 'https://example.com/rd', published: at, summary: 'S', figures: [], sources: [] };
    const figure = { value: 1200, text: '1,200 encounters', sentence: 'Agents logged 1,200 encounters.', qualifier: null, per: null, metric: 'encounters', scope: 'rider sector', period: null, source: null, unit: null };
    const entry = { figure, storyId: 'rd', storyTitle: 'T', url: st.url, sourceName: 'Outlet', primary: false, published: at };
    const riders = [figures.rider([entry]), seen.rider(['rider-key'], 60)];
    await stories.put(st, { at, keys: ['t:riders'] }, { riders });
    expect(riders.map((r) => r.done)).toEqual([true, true]);
    expect(await seen.has(['rider-key'])).toBe(true);
    expect((await figures.history('encounters', 'rider sector')).map((e) => e.storyId)).toEqual(['rd']);
    // A rider another store cannot carry (here: memory) stops the carrying: it and every later one are left.
    const rest = [{ done: false }, seen.rider(['rider-key-2'], 60)];
    await stories.put(st, { at, keys: ['t:riders'] }, { riders: rest });
    expect(rest.map((r) => r.done)).toEqual([false, false]);
    expect(await seen.has(['rider-key-2'])).toBe(false);
  });

  test('a step that throws releases the lock', async () => {
    const keyPrefix = `${prefix}lock-throw:`;
    const lock = new RedisClusterLock(testRedis(), keyPrefix);
    await expect(lock.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await testRedis().exists(`${keyPrefix}lock:cluster`)).toBe(0);
    expect(await lock.run(async () => 2)).toBe(2);
  });
});
