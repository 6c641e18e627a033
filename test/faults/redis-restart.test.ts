/**
 * Redis restarts while deliveries are queued and running: a private redis-server with an append-only file
 * is stopped (SIGTERM) in the middle of the deliveries and started again on the same port and directory.
 * The service reconnects by itself; every message arrives exactly once and nothing is lost.
 */
import { Redis } from 'ioredis';
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { Pipeline } from '../../src/pipeline/pipeline';
import { configuredSubscriptions } from '../../src/pipeline/subscriptions';
import { createRedisStores } from '../../src/store/redis';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { waitUntil } from '../support/wait';
import { drained, makeStories, putStories, quiet, sleep, withoutNonce } from './fixtures';

const ALERT_CHANNELS = ['888888888888888801', '888888888888888802'];
const DIGEST_CH = '888888888888888809';
const ALERTS = 30;

let redisServer: RedisServer;
let seeder: Redis;
let discord: DiscordStandIn;
let service: Service;
let config: Config;

beforeAll(async () => {
  redisServer = await startRedisServer({ persistent: true });
  seeder = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  discord = await startDiscordStandIn({ channels: [...ALERT_CHANNELS, DIGEST_CH], responseDelayMs: 100 });
  config = parseConfig({
    keyPrefix: 'bw:',
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant*' }], exclude: [] },
    subscriptions: [
      ...ALERT_CHANNELS.map((channel) => ({ platform: 'discord', channel, mode: 'instant' })),
      { id: 'digest', platform: 'discord', channel: DIGEST_CH, mode: 'digest', schedule: '0 8 * * *' },
    ],
  });
  // A job Redis had handed to a worker when it went down (the reply was lost) stays "active" until its lock
  // expires and a stalled check returns it to the queue: a short lock keeps that recovery within the test.
  const env = readEnv({
    REDIS_URL: redisServer.url,
    BORDERWATCH_ROLE: 'worker',
    BORDERWATCH_JOB_LOCK_MS: '2000',
    DISCORD_TOKEN: discord.botToken,
    DISCORD_API_BASE: discord.apiBase,
  });
  service = await startService({ config, env, handleSignals: false, schedule: false, logger: quiet() });
});

afterAll(async () => {
  await service?.stop();
  seeder?.disconnect();
  await discord?.close();
  await redisServer?.cleanup();
});

test('a Redis restart mid-delivery loses nothing and duplicates nothing', async () => {
  const now = new Date();
  const stores = createRedisStores(seeder, config.keyPrefix);
  await putStories(stores.stories, makeStories(60, now, 60_000, 'digest'));
  const sub = configuredSubscriptions(config).find((s) => s.id === 'digest')!;
  const from = new Date(now.getTime() - 24 * 3_600_000);
  const inWindow = (await stores.stories.recent({ since: from.toISOString(), limit: 500 })).filter((s) => s.published <= now.toISOString());
  const [digest] = await new Pipeline(config, stores, quiet(), 'service').digestDeliveries(sub, { from, to: now }, inWindow);
  const digestParts = digest!.messages.map((m) => m.payload);
  expect(digestParts.length).toBeGreaterThan(3);

  const alerts = makeStories(ALERTS, now, 60_000, 'alert');
  for (const story of alerts) await service.queues.addDeliveries(await service.pipeline.alertDeliveries(story));
  await service.queues.addDigest('digest', now);

  const total = ALERTS * ALERT_CHANNELS.length + digestParts.length;
  await discord.waitFor(() => discord.messages.length >= 10, 15_000);
  await redisServer.stop();
  const duringOutage = discord.messages.length;
  expect(duringOutage).toBeLessThan(total);
  await sleep(1_000);
  await redisServer.restart();

  await waitUntil(() => discord.messages.length >= total, 'every message after the restart', 30_000).catch(async (e: Error) => {
    // Say where the missing messages are: which queue holds their jobs, in which state.
    const counts = await Promise.all(service.queues.all().map(async (q) => `${q.name} ${JSON.stringify(await q.getJobCounts())}`));
    throw new Error(`${e.message}: ${discord.messages.length} of ${total} arrived\n${counts.join('\n')}`);
  });
  await waitUntil(() => drained(service.queues), 'the queues to drain', 15_000);

  const titles = alerts.map((s) => s.title).sort();
  for (const channel of ALERT_CHANNELS) {
    const got = discord.messages.filter((m) => m.channelId === channel).map((m) => (m.body.embeds as Array<{ title: string }>)[0]!.title);
    expect(got.sort()).toEqual(titles);
  }
  const digestGot = discord.messages.filter((m) => m.channelId === DIGEST_CH).map((m) => withoutNonce(m.body));
  expect(digestGot).toEqual(digestParts);
  expect(discord.messages).toHaveLength(total);
}, 90_000);
