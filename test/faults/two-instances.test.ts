/**
 * Two complete service instances (scheduler + workers each) against one Redis and one key prefix, both
 * scheduling the same slots: every feed is fetched once per slot, every alert and digest is posted once.
 */
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { currentSlot, minuteOf, slotStartingAt } from '../../src/queue/scheduler';
import { listen } from '../support/http';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { quiet } from './fixtures';

const ALERT_CH = '777777777777777701';
const DIGEST_CH = '777777777777777702';
/** A long interval: the real minute cron of either instance practically never starts a slot during the test. */
const INTERVAL = 1440;

interface Item {
  guid: string;
  title: string;
  description: string;
  pubDate: Date;
}

function rss(items: Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>${items
    .map((i) => `<item><title>${i.title}</title><link>https://x.example/${i.guid}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${i.pubDate.toUTCString()}</pubDate><description>${i.description}</description></item>`)
    .join('')}</channel></rss>`;
}

const old = new Date(Date.now() - 3 * 3_600_000);
const feedA: Item[] = [{ guid: 'a-1', title: 'Asylum seekers wait at Tijuana shelters', description: 'Migrants wait for asylum appointments in Tijuana.', pubDate: old }];
const feedB: Item[] = [{ guid: 'b-1', title: 'Border Patrol agents in Arizona report fewer crossings', description: 'Border Patrol agents in the Tucson sector recorded fewer migrant encounters.', pubDate: old }];
const fresh1: Item = {
  guid: 'a-2',
  title: 'CBP reports 250,000 migrant encounters at the southwest border in December',
  description: 'Border Patrol agents recorded 250,000 encounters with migrants at the southwest border in December, CBP said.',
  pubDate: new Date(),
};
const fresh2: Item = {
  guid: 'a-3',
  title: 'Texas buoy barrier in the Rio Grande draws new federal lawsuit',
  description: 'The Justice Department sued Texas over a floating barrier for migrants in the Rio Grande near Eagle Pass.',
  pubDate: new Date(),
};

let feeds: Record<string, string>;
let feedServer: Awaited<ReturnType<typeof listen>>;
const fetches: Record<string, number> = {};
let discord: DiscordStandIn;
let prefix: string;
let config: Config;
let a: Service;
let b: Service;

beforeAll(async () => {
  feeds = { '/a.xml': rss(feedA), '/b.xml': rss(feedB) };
  feedServer = await listen((req, res) => {
    const path = req.url ?? '';
    fetches[path] = (fetches[path] ?? 0) + 1;
    const body = feeds[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/rss+xml' });
    res.end(body ?? '');
  });
  discord = await startDiscordStandIn({ channels: [ALERT_CH, DIGEST_CH] });
  prefix = uniquePrefix('two');
  config = parseConfig({
    keyPrefix: prefix,
    fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 5000 },
    feeds: [
      { name: 'Outlet A', url: `${feedServer.url}/a.xml`, intervalMinutes: INTERVAL },
      { name: 'Outlet B', url: `${feedServer.url}/b.xml`, intervalMinutes: INTERVAL },
    ],
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant* OR asylum OR cbp' }], exclude: [] },
    subscriptions: [
      { id: 'alerts', platform: 'discord', channel: ALERT_CH, mode: 'instant' },
      { id: 'daily', platform: 'discord', channel: DIGEST_CH, mode: 'digest', schedule: '0 8 1 1 *' },
    ],
  });
  const env = () =>
    readEnv({ REDIS_URL: testRedisUrl(), DISCORD_TOKEN: discord.botToken, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_BASE: discord.apiBase, HTTP_PORT: '0' });
  // Both start their schedulers, which poll every feed for its current slot at start.
  [a, b] = await Promise.all([0, 1].map(() => startService({ config, env: env(), handleSignals: false, logger: quiet() })));
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await discord?.close();
  await feedServer?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

async function drained(): Promise<boolean> {
  for (const s of [a, b]) {
    for (const q of s.queues.all()) {
      const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(c).some((n) => n > 0)) return false;
    }
  }
  return true;
}

/** Poll slots enqueued per feed path (the last 1,000 completed poll slot jobs are kept; a job holds a slot's batch of feeds). */
async function slotsByFeed(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const job of await a.queues.poll.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed'])) {
    for (const url of job.data.feeds ?? [job.data.feedUrl!]) {
      const path = new URL(url).pathname;
      out[path] = (out[path] ?? 0) + 1;
    }
  }
  return out;
}

const titles = (ch: string) => discord.messages.filter((m) => m.channelId === ch).map((m) => (m.body.embeds as Array<{ title?: string }>)[0]!.title);

test('each feed is fetched once per slot and each message posted once, with two instances scheduling', async () => {
  const urlA = config.feeds[0]!.url;
  const urlB = config.feeds[1]!.url;
  await waitUntil(async () => (await a.pipeline.stores.feedState.get(urlA))?.initialized && (await a.pipeline.stores.feedState.get(urlB))?.initialized, 'the first polls');
  await waitUntil(drained, 'the queues to drain');
  expect(titles(ALERT_CH)).toEqual([]);

  // The next slot of every feed, scheduled by both instances.
  feeds['/a.xml'] = rss([...feedA, fresh1]);
  const nextSlots = new Date(Date.now() + INTERVAL * 60_000);
  await Promise.all([a.scheduler!.pollAllNow(nextSlots), b.scheduler!.pollAllNow(nextSlots)]);
  await waitUntil(() => titles(ALERT_CH).length >= 1, 'the first alert');
  await waitUntil(drained, 'the queues to drain');

  // The minute tick at which feed A's slot after that starts, on both instances.
  feeds['/a.xml'] = rss([...feedA, fresh1, fresh2]);
  const minute = currentSlot(urlA, INTERVAL, minuteOf(new Date()) + 2 * INTERVAL);
  const tickAt = new Date(minute * 60_000 + 5_000);
  const [addedA, addedB] = await Promise.all([a.scheduler!.tick(tickAt), b.scheduler!.tick(tickAt)]);
  const bStartsToo = slotStartingAt(urlB, INTERVAL, minute) !== undefined;
  expect(addedA).toBe(bStartsToo ? 2 : 1);
  expect(addedB).toBe(addedA);
  await waitUntil(() => titles(ALERT_CH).length >= 2, 'the second alert');

  // A digest firing seen by both instances' schedulers.
  const firedAt = new Date(Date.now() + 60_000);
  await Promise.all([a.queues.addDigest('daily', firedAt), b.queues.addDigest('daily', firedAt)]);
  await waitUntil(() => titles(DIGEST_CH).length >= 1, 'the digest');
  await waitUntil(drained, 'the queues to drain');

  expect(titles(ALERT_CH)).toEqual([fresh1.title, fresh2.title]);
  expect(titles(DIGEST_CH)).toEqual(['By the numbers']);
  const slots = await slotsByFeed();
  expect(slots['/a.xml']).toBeGreaterThanOrEqual(3);
  expect(slots['/b.xml']).toBeGreaterThanOrEqual(bStartsToo ? 3 : 2);
  expect(fetches['/a.xml']).toBe(slots['/a.xml']);
  expect(fetches['/b.xml']).toBe(slots['/b.xml']);
});
