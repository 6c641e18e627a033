/**
 * A stop does not hang on a job that does not finish (a send whose answer never comes, or a BullMQ worker whose
 * blocking client is stuck reconnecting): after the grace period the worker is forced closed, with a warning.
 */
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService } from '../../src/main';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { makeStories } from './fixtures';

const CHANNEL = '565656565656565601';
let discord: DiscordStandIn;
let prefix: string;

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [CHANNEL] });
  prefix = uniquePrefix('grace');
});
afterAll(async () => {
  await discord.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('a delivery whose answer never comes: the stop forces the worker after the grace period and completes', async () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) });
  const config = parseConfig({
    keyPrefix: prefix,
    keywords: { rules: [{ name: 'beat', match: 'migrant*' }], exclude: [] },
    subscriptions: [{ id: 'd', platform: 'discord', channel: CHANNEL, mode: 'instant' }],
  });
  const env = readEnv({ REDIS_URL: testRedisUrl(), BORDERWATCH_ROLE: 'worker', DISCORD_TOKEN: discord.botToken, DISCORD_API_BASE: discord.apiBase });
  const service = await startService({ config, env, handleSignals: false, schedule: false, logger, shutdownGraceMs: 500 });
  // The stand-in takes the request and answers only after a minute (discord.js would wait 15 s for it).
  discord.responseDelayMs = 60_000;
  const [story] = makeStories(1, new Date(), 60_000, 'grace');
  await service.queues.addDeliveries(await service.pipeline.alertDeliveries(story!));
  await waitUntil(() => discord.requests.some((r) => r.path === `/channels/${CHANNEL}/messages`), 'the send to be on the wire');

  await service.stop();
  await service.stopped;
  const forced = lines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => /did not stop within 0\.5 s: forcing it/.test(l.msg));
  expect(forced.map((l) => l.msg)).toEqual(['the deliver-discord worker did not stop within 0.5 s: forcing it (its running jobs run again once their locks expire)']);
  discord.responseDelayMs = 0;
}, 30_000);
