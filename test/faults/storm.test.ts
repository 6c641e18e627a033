/**
 * A 429/500 storm through the queue: the Discord and Slack stand-ins answer about 30 % of delivery requests
 * with 429 (Retry-After) or 500, seeded. Forty instant alerts fan out to three Discord channels, a Slack
 * channel (bot token) and a Slack incoming webhook, through startService's BullMQ workers.
 * Every message arrives exactly once, and no request arrives before an announced Retry-After has passed.
 */
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { DELIVERY_EVENT_TYPE } from '../../src/platforms/slack/sender';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { drained, makeStories, quiet } from './fixtures';

const DISCORD_CHANNELS = ['444444444444444401', '444444444444444402', '444444444444444403'];
const SLACK_CHANNEL = 'C0STORM';
const HOOK = '/services/T0STORM/B0STORM/stormsecret';
const ALERTS = 40;

let discord: DiscordStandIn;
let slack: SlackStandIn;
let slackHooks: SlackStandIn;
let service: Service;
let prefix: string;

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: DISCORD_CHANNELS });
  slack = await startSlackStandIn({ botTokens: ['xoxb-storm'] });
  // The webhook gets its own stand-in: a stand-in's Retry-After window covers every request it serves.
  slackHooks = await startSlackStandIn({ hooks: [HOOK] });
  prefix = uniquePrefix('storm');
  const config = parseConfig({
    keyPrefix: prefix,
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant*' }], exclude: [] },
    subscriptions: [
      ...DISCORD_CHANNELS.map((channel) => ({ platform: 'discord', channel, mode: 'instant' })),
      { id: 'slack-bot', platform: 'slack', channel: SLACK_CHANNEL, mode: 'instant' },
      { id: 'slack-hook', platform: 'slack', webhook: 'env:BW_STORM_HOOK', mode: 'instant' },
    ],
  });
  const env = readEnv({
    REDIS_URL: testRedisUrl(),
    BORDERWATCH_ROLE: 'worker',
    DISCORD_TOKEN: discord.botToken,
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: 'xoxb-storm',
    SLACK_API_URL: slack.apiUrl,
    SLACK_WEBHOOK_BASE: slackHooks.hooksBase,
  });
  service = await startService({
    config,
    env,
    handleSignals: false,
    schedule: false,
    logger: quiet(),
    slackChannelIntervalMs: 100,
    processEnv: { BW_STORM_HOOK: `https://hooks.slack.com${HOOK}` },
  });
});

afterAll(async () => {
  await service?.stop();
  await discord?.close();
  await slack?.close();
  await slackHooks?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('40 alerts to five channels through a seeded 429/500 storm: each exactly once, no request early', async () => {
  // No warm-up: the very first requests to each channel may already be answered 429. Every rate limit is held
  // off in Redis per route (or globally), so no worker sends inside a Retry-After even before discord.js has
  // learned the route's bucket.
  const stories = makeStories(ALERTS + 1, new Date(), 60_000, 'storm');

  discord.setFaults({ rate429: 0.15, rate500: 0.15, retryAfterSec: 0.2, seed: 7 });
  slack.setFaults({ rate: 0.3, kinds: ['429', '500'], retryAfterSec: 1, seed: 11 });
  slackHooks.setFaults({ rate: 0.3, kinds: ['429', '500'], retryAfterSec: 1, seed: 13 });

  for (const story of stories) await service.queues.addDeliveries(await service.pipeline.alertDeliveries(story));

  const titles = stories.map((s) => s.title).sort();
  const discordIn = (channel: string) => discord.messages.filter((m) => m.channelId === channel);
  await waitUntil(
    () => DISCORD_CHANNELS.every((c) => discordIn(c).length >= ALERTS + 1) && slack.messages.length >= ALERTS + 1 && slackHooks.webhookPosts.length >= ALERTS + 1,
    'every alert on every channel',
    60_000,
    50,
  );
  await waitUntil(() => drained(service.queues), 'the queues to drain', 20_000);

  // The storm happened: both kinds of fault on every stand-in.
  expect(discord.requests.filter((r) => r.fault === '429').length).toBeGreaterThan(0);
  expect(discord.requests.filter((r) => r.fault === '500').length).toBeGreaterThan(0);
  for (const s of [slack, slackHooks]) {
    expect(s.faultCounts['429']).toBeGreaterThan(0);
    expect(s.faultCounts['500']).toBeGreaterThan(0);
  }

  for (const channel of DISCORD_CHANNELS) {
    const got = discordIn(channel);
    expect(got).toHaveLength(ALERTS + 1);
    expect(got.map((m) => (m.body.embeds as Array<{ title: string }>)[0]!.title).sort()).toEqual(titles);
  }
  expect(slack.messages).toHaveLength(ALERTS + 1);
  expect(slack.messages.every((m) => m.channel === SLACK_CHANNEL && m.metadata?.event_type === DELIVERY_EVENT_TYPE)).toBe(true);
  expect(new Set(slack.messages.map((m) => m.metadata?.event_payload.delivery_id)).size).toBe(ALERTS + 1);
  expect(slack.messages.map((m) => m.text ?? '').filter((t) => titles.some((title) => t.includes(title)))).toHaveLength(ALERTS + 1);
  expect(slackHooks.webhookPosts).toHaveLength(ALERTS + 1);
  expect(new Set(slackHooks.webhookPosts.map((p) => JSON.stringify(p.body))).size).toBe(ALERTS + 1);

  // Retry-After respected everywhere.
  expect(discord.requests.filter((r) => r.early)).toEqual([]);
  expect(slack.earlyRequests).toBe(0);
  expect(slackHooks.earlyRequests).toBe(0);
}, 90_000);
