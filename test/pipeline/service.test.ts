/**
 * The service end to end through BullMQ on real Redis: poll → process → deliver, with a local feed server
 * and the Discord stand-in (real discord.js REST). First poll posts nothing; a new item is alerted once;
 * the same story from another outlet does not re-alert; a repeated poll slot is not polled twice.
 */
import type { Config } from '../../src/config/schema';
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService, type Service } from '../../src/main';
import { listen } from '../support/http';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { waitUntil } from '../support/wait';

const CHANNEL = '222222222222222222';

function rss(items: Array<{ guid: string; title: string; link: string; description: string; pubDate: Date }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${i.pubDate.toUTCString()}</pubDate><description>${i.description}</description></item>`)
    .join('')}</channel></rss>`;
}

const old = new Date(Date.now() - 3 * 3600_000);
const existing = [
  { guid: 'a-1', title: 'Asylum seekers wait at Tijuana shelters for CBP One appointments', link: 'https://a.example/1', description: 'Migrants at shelters in Tijuana wait for asylum appointments, shelter directors said.', pubDate: old },
  { guid: 'a-2', title: 'Border Patrol reports drop in migrant encounters in Arizona', link: 'https://a.example/2', description: 'Border Patrol agents in the Tucson sector recorded fewer migrant encounters.', pubDate: old },
];
const fresh = {
  guid: 'a-3',
  title: 'CBP reports more than 250,000 migrant encounters at the southwest border in December',
  link: 'https://a.example/3?utm_source=rss',
  description: 'U.S. Customs and Border Protection said Border Patrol agents recorded more than 250,000 encounters with migrants at the southwest border in December.',
  pubDate: new Date(),
};
const sameStoryOtherOutlet = {
  guid: 'b-9',
  title: 'More than 250,000 migrant encounters at southwest border in December, CBP says',
  link: 'https://b.example/news/cbp-december',
  description: 'Border Patrol recorded more than 250,000 encounters with migrants at the southwest border in December, according to U.S. Customs and Border Protection.',
  pubDate: new Date(),
};

let feeds: Record<string, string>;
let feedServer: Awaited<ReturnType<typeof listen>>;
let feedRequests: string[];
let discord: DiscordStandIn;
let service: Service;
let prefix: string;
let config: Config;

beforeAll(async () => {
  feedRequests = [];
  feeds = { '/a.xml': rss(existing), '/b.xml': rss([]) };
  feedServer = await listen((req, res) => {
    feedRequests.push(req.url ?? '');
    // Failures whose text would mislead a message parser: "Gateway Timeout" is an HTTP error, not a timeout;
    // "…not an RSS or Atom feed" is a page that is not XML at all.
    if (req.url === '/gateway.xml') return void res.writeHead(504).end('upstream timeout');
    if (req.url === '/home.xml') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Home</body></html>');
    const body = feeds[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/rss+xml' });
    res.end(body ?? '');
  });
  discord = await startDiscordStandIn({ channels: [CHANNEL] });
  prefix = uniquePrefix('svc');
  config = parseConfig({
    keyPrefix: prefix,
    fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 5000 },
    feeds: [
      { name: 'Outlet A', url: `${feedServer.url}/a.xml` },
      { name: 'Outlet B', url: `${feedServer.url}/b.xml` },
      { name: 'Gateway', url: `${feedServer.url}/gateway.xml` },
      { name: 'Homepage', url: `${feedServer.url}/home.xml` },
    ],
    keywords: {
      rules: [{ name: 'beat', match: '"border patrol" OR migrant* OR asylum OR cbp' }],
      exclude: [],
    },
    subscriptions: [{ platform: 'discord', channel: CHANNEL, mode: 'instant' }],
  });
  const env = readEnv({
    REDIS_URL: testRedisUrl(),
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    HTTP_PORT: '0',
  });
  service = await startService({ config, env, handleSignals: false, schedule: false, logger: createLogger({ level: 'silent' }) });
});

afterAll(async () => {
  await service?.stop();
  await discord?.close();
  await feedServer?.close();
  const r = testRedis();
  await deletePrefix(r, prefix);
  await closeTestRedis();
});

async function drained(): Promise<boolean> {
  for (const q of service.queues.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if ((c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) > 0) return false;
  }
  return true;
}

const alerts = () => discord.messages.filter((m) => m.channelId === CHANNEL);

test('first poll records items as seen and posts nothing', async () => {
  await service.queues.addPoll(config.feeds[0]!.url, 1);
  await service.queues.addPoll(config.feeds[1]!.url, 1);
  await waitUntil(async () => (await service.pipeline.stores.feedState.get(config.feeds[0]!.url))?.initialized, 'first poll of feed A');
  await waitUntil(drained, 'queues to drain');
  expect(alerts()).toHaveLength(0);
  // …but the items became stories (quiet ones), so /border stories answers from the first minute.
  const stories = await service.pipeline.stores.stories.recent({ since: new Date(Date.now() - 24 * 3600_000).toISOString(), limit: 10 });
  expect(stories.map((s) => s.title).sort()).toEqual(existing.map((i) => i.title).sort());
  expect(stories.every((s) => s.quiet === true)).toBe(true);
});

test('a new relevant item is alerted once, through BullMQ and the real discord.js REST', async () => {
  feeds['/a.xml'] = rss([...existing, fresh]);
  await service.queues.addPoll(config.feeds[0]!.url, 2);
  await waitUntil(() => alerts().length >= 1, 'the instant alert');
  await waitUntil(drained, 'queues to drain');
  expect(alerts()).toHaveLength(1);
  const body = alerts()[0]!.body as { embeds: Array<{ title?: string }>; allowed_mentions: unknown; nonce?: string; enforce_nonce?: boolean };
  expect(body.embeds[0]!.title).toContain('250,000');
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.enforce_nonce).toBe(true);
});

test('the same story from another outlet joins the story and does not re-alert', async () => {
  feeds['/b.xml'] = rss([sameStoryOtherOutlet]);
  await service.queues.addPoll(config.feeds[1]!.url, 2);
  await waitUntil(async () => (await service.pipeline.stores.feedState.get(config.feeds[1]!.url))?.lastOkAt, 'poll of feed B');
  await waitUntil(drained, 'queues to drain');
  expect(alerts()).toHaveLength(1);
  const stories = await service.pipeline.stores.stories.recent({ since: new Date(Date.now() - 3600_000).toISOString(), limit: 10 });
  const story = stories.find((s) => s.title.includes('250,000'));
  expect(story?.sources.map((s) => s.name).sort()).toEqual(['Outlet A', 'Outlet B']);
});

test('a poll slot already taken is not polled again (deterministic job id)', async () => {
  const before = feedRequests.length;
  await service.queues.addPoll(config.feeds[0]!.url, 2);
  await new Promise((r) => setTimeout(r, 300));
  await waitUntil(drained, 'queues to drain');
  expect(feedRequests.length).toBe(before);
});

test('fetch errors are counted by their typed kind, not by words in their message', async () => {
  await service.queues.addPoll(`${feedServer.url}/gateway.xml`, 1);
  await service.queues.addPoll(`${feedServer.url}/home.xml`, 1);
  await waitUntil(async () => (await service.pipeline.stores.feedState.get(`${feedServer.url}/home.xml`))?.failures === 1, 'poll of the homepage feed');
  await waitUntil(async () => (await service.pipeline.stores.feedState.get(`${feedServer.url}/gateway.xml`))?.failures === 1, 'poll of the gateway feed');
  await waitUntil(drained, 'queues to drain');
  const metrics = await (await fetch(`${service.httpUrl}/metrics`)).text();
  expect(metrics).toContain('borderwatch_fetch_errors_total{feed="Gateway",kind="http"} 1');
  expect(metrics).toContain('borderwatch_fetch_errors_total{feed="Homepage",kind="not-xml"} 1');
});

test('health and metrics are served', async () => {
  const health = await fetch(`${service.httpUrl}/healthz`);
  const hb = (await health.json()) as { checks: Record<string, string> };
  expect(hb.checks.redis).toBe('ok');
  expect(hb.checks.workers).toBe('ok');
  const metrics = await (await fetch(`${service.httpUrl}/metrics`)).text();
  expect(metrics).toMatch(/borderwatch_polls_total\{status="ok"\} [1-9]/);
  expect(metrics).toMatch(/borderwatch_deliveries_total\{platform="discord",outcome="sent"\} 1/);
  expect(metrics).toMatch(/borderwatch_queue_jobs\{queue="poll",state="waiting"\} 0/);
});
