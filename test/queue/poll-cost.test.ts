/**
 * What a 304 poll costs, through the real service path (poll slot jobs in bulk, the poll worker, Redis stores)
 * against a private redis-server (so INFO commandstats counts only this test's commands, Lua-internal ones
 * included): at most 20 Redis commands per feed, no new TCP connection to the feed server (keep-alive pool)
 * and none to Redis per poll, no exception thrown or promise rejected on borderwatch's path while the 304s are
 * polled (and none per poll inside the libraries).
 */
import diagnostics from 'node:diagnostics_channel';
import inspector from 'node:inspector';
import type net from 'node:net';
import { Redis } from 'ioredis';
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService, type Service } from '../../src/main';
import { POLL_BATCH } from '../../src/queue/jobs';
import { listen } from '../support/http';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { waitUntil } from '../support/wait';

const FEEDS = 120;
const rss = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>f${n}</title><link>https://f${n}.example/</link><description>d</description><item><title>Item of feed ${n}</title><link>https://f${n}.example/1</link><guid>f${n}-1</guid><description>text</description></item></channel></rss>`;

let redisServer: RedisServer;
let redis: Redis;
let feedServer: Awaited<ReturnType<typeof listen>>;
let service: Service;
const served = { ok: 0, notModified: 0 };
let urls: string[];
let done = { jobs: 0, ok: 0, notModified: 0, errors: 0 };

beforeAll(async () => {
  redisServer = await startRedisServer();
  redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  feedServer = await listen((req, res) => {
    const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? '')?.[1]);
    const etag = `"f${n}"`;
    if (req.headers['if-none-match'] === etag) {
      served.notModified++;
      res.writeHead(304, { etag }).end();
    } else {
      served.ok++;
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(n));
    }
  });
  feedServer.server.keepAliveTimeout = 60_000;
  urls = Array.from({ length: FEEDS }, (_, i) => `${feedServer.url}/f/${i}.xml`);
  const config = parseConfig({ keyPrefix: 'bwcost:', fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 10_000 }, feeds: urls.map((url, i) => ({ url, name: `F${i}` })) });
  service = await startService({ config, env: readEnv({ REDIS_URL: redisServer.url, BORDERWATCH_ROLE: 'worker', LOG_LEVEL: 'silent' }), handleSignals: false, schedule: false, logger: createLogger({ level: 'silent' }), processEnv: {} });
  service.workers
    .find((w) => w.name === 'poll')!
    .on('completed', (_job, r: { ok: number; notModified: number; errors: number }) => {
      done = { jobs: done.jobs + 1, ok: done.ok + r.ok, notModified: done.notModified + r.notModified, errors: done.errors + r.errors };
    });
});

afterAll(async () => {
  await service?.stop();
  await feedServer?.close();
  redis?.disconnect();
  await redisServer?.cleanup();
});

async function drained(): Promise<boolean> {
  for (const q of service.queues.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  return true;
}

async function commandCalls(): Promise<number> {
  const info = await redis.info('commandstats');
  let total = 0;
  for (const m of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) total += Number(m[1]);
  return total;
}

/** One pass over every feed for `slot`, added as the scheduler adds a tick's feeds (in bulk). */
async function pass(slot: number): Promise<void> {
  const before = done.jobs;
  const jobs = await service.queues.addPolls([{ slot, intervalMinutes: 5, feeds: urls }]);
  expect(jobs).toBe(Math.ceil(FEEDS / POLL_BATCH));
  await waitUntil(() => done.jobs - before >= jobs, `poll pass ${slot}`, 60_000);
  await waitUntil(drained, 'the queues to drain', 60_000);
}

test('a 304 poll: at most 20 Redis commands, no new connection, no exception', async () => {
  await pass(1); // first poll: 200s, items recorded as seen, connections pooled
  expect(done.ok).toBe(FEEDS);

  // Every TCP connection this process opens during the 304 pass.
  const opened: Array<number | undefined> = [];
  const onSocket = (m: unknown) => {
    const socket = (m as { socket: net.Socket }).socket;
    opened.push(undefined);
    const i = opened.length - 1;
    socket.once('connect', () => (opened[i] = socket.remotePort));
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  // Every exception thrown (caught or not) and every promise rejected in this process.
  const session = new inspector.Session();
  session.connect();
  // Each with where it was thrown, and whether any frame of the stack is borderwatch's own code.
  const thrown: Array<{ what: string; ours: boolean }> = [];
  session.on('Debugger.paused', (m) => {
    const frames = m.params.callFrames;
    const where = frames.slice(0, 4).map((f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '')}:${f.location.lineNumber + 1}`);
    const ours = frames.some((f) => /\/(?:src|dist)\//.test(f.url) && !f.url.includes('node_modules'));
    thrown.push({ what: `${String((m.params.data as { description?: string } | undefined)?.description ?? m.params.reason).split('\n')[0]!} at ${where.join(' < ')}`, ours });
    session.post('Debugger.resume');
  });
  await new Promise<void>((resolve) => session.post('Debugger.enable', () => session.post('Debugger.setPauseOnExceptions', { state: 'all' }, () => resolve())));

  const calls0 = await commandCalls();
  try {
    await pass(2);
  } finally {
    session.post('Debugger.setPauseOnExceptions', { state: 'none' });
    session.disconnect();
    diagnostics.unsubscribe('net.client.socket', onSocket);
  }
  const calls = (await commandCalls()) - calls0;

  expect(done.notModified).toBe(FEEDS);
  expect(served.notModified).toBe(FEEDS);
  const perPoll = calls / FEEDS;
  expect(perPoll).toBeLessThanOrEqual(20);
  // No TCP connection to the feed server was opened during the pass (keep-alive pool), and none to Redis per
  // poll. The one exception is BullMQ's own: a worker whose blocking BZPOPMIN comes back more than a second
  // late (a loaded machine) has its blocking connection reset by BullMQ's watchdog, at most once per worker
  // here — never one per poll (120 polls).
  const workers = service.workers.length;
  expect(opened.filter((p) => p !== redisServer.port)).toEqual([]);
  expect(opened.filter((p) => p === redisServer.port).length).toBeLessThanOrEqual(workers);
  // None thrown on borderwatch's path; none per poll inside the libraries either (BullMQ's own timers and watchdog
  // may throw and catch once in a while on a loaded machine: at most one per worker here, against 120 polls).
  expect(thrown.filter((t) => t.ours).map((t) => t.what)).toEqual([]);
  // (Listed when over: what was thrown, and where.)
  expect(thrown.length <= workers ? [] : thrown.map((t) => t.what)).toEqual([]);
}, 120_000);
