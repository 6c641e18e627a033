/**
 * The race behind "a request before Retry-After": a job checks the hold-off, sends, and another job's 429 is
 * already on its way back. The stand-ins hold their answers back (a slow network, a loaded machine), so a second
 * request sent before the first one's 429 arrives lands inside the window it announces. The shared send gate
 * keeps one request in flight per rate-limit scope, so that can never happen: across two service instances on
 * one Redis (Discord: discord.js's per-process bucket queue cannot see the other instance), and inside one
 * process (Slack: the WebClient queues nothing).
 */
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { drained, makeStories, quiet } from './fixtures';

const CHANNEL = '555555555555555501';
const SLACK_CHANNEL = 'C0RACE';
const ALERTS = 12;

let discord: DiscordStandIn;
let slack: SlackStandIn;
const services: Service[] = [];
let prefix: string;

async function rateLimitedCount(service: Service, platform: string): Promise<number> {
  const metric = await service.metrics.rateLimited.get();
  return metric.values.filter((v) => v.labels.platform === platform).reduce((n, v) => n + v.value, 0);
}

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [CHANNEL] });
  slack = await startSlackStandIn({ botTokens: ['xoxb-race'] });
  prefix = uniquePrefix('race');
  const config = parseConfig({
    keyPrefix: prefix,
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant*' }], exclude: [] },
    subscriptions: [
      { id: 'd', platform: 'discord', channel: CHANNEL, mode: 'instant' },
      { id: 's', platform: 'slack', channel: SLACK_CHANNEL, mode: 'instant' },
    ],
  });
  const env = readEnv({
    REDIS_URL: testRedisUrl(),
    BORDERWATCH_ROLE: 'worker',
    DISCORD_TOKEN: discord.botToken,
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: 'xoxb-race',
    SLACK_API_URL: slack.apiUrl,
  });
  // Two instances: two sets of workers, two discord.js REST clients, one Redis.
  for (let i = 0; i < 2; i++) {
    services.push(await startService({ config, env, handleSignals: false, schedule: false, logger: quiet(), slackChannelIntervalMs: 40 }));
  }
});

afterAll(async () => {
  for (const s of services) await s.stop();
  await discord?.close();
  await slack?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('no request lands inside a Retry-After whose 429 was still on its way back; only real 429s are counted', async () => {
  // Every delivery answer takes 150 ms; a third of them are 429 with a 0.2 s Retry-After.
  discord.responseDelayMs = 150;
  discord.setFaults({ rate429: 0.35, retryAfterSec: 0.2, seed: 5 });
  // Slack: pacing lets a request go every 40 ms, but a 429 takes 150 ms to come back.
  slack.setFaults({ rate: 0.35, kinds: ['429'], retryAfterSec: 1, seed: 3, delay429Ms: 150, paths: ['/api/chat.postMessage'] });

  const stories = makeStories(ALERTS, new Date(), 60_000, 'race');
  // Half the alerts are queued through each instance; both instances' workers take jobs from the one queue.
  for (const [i, story] of stories.entries()) {
    const s = services[i % 2]!;
    await s.queues.addDeliveries(await s.pipeline.alertDeliveries(story));
  }

  await waitUntil(() => discord.messages.length >= ALERTS && slack.messages.length >= ALERTS, 'every alert on both platforms', 60_000);
  await waitUntil(() => drained(services[0]!.queues), 'the queues to drain', 20_000);

  const discord429s = discord.requests.filter((r) => r.status === 429).length;
  const slack429s = slack.requests.filter((r) => r.status === 429).length;
  expect(discord.requests.filter((r) => r.fault === '429').length).toBeGreaterThan(0);
  expect(slack.faultCounts['429']).toBeGreaterThan(0);

  expect(discord.requests.filter((r) => r.early)).toEqual([]);
  expect(slack.earlyRequests).toBe(0);
  expect(discord.messages).toHaveLength(ALERTS);
  expect(new Set(discord.messages.map((m) => m.nonce)).size).toBe(ALERTS);
  expect(slack.messages).toHaveLength(ALERTS);

  // borderwatch_rate_limited_total counts the platforms' own 429 answers, summed over both instances.
  const counted = async (platform: string) => (await rateLimitedCount(services[0]!, platform)) + (await rateLimitedCount(services[1]!, platform));
  expect(await counted('discord')).toBe(discord429s);
  expect(await counted('slack')).toBe(slack429s);
}, 90_000);
