/**
 * A worker process is SIGKILLed in the middle of a many-message digest: a new worker process takes over the
 * stalled part once its lock expires (BORDERWATCH_JOB_LOCK_MS shortens BullMQ's 30 s default), and every
 * part arrives exactly once, in order — the re-sent part is recognised by Discord's nonce.
 * Runs the compiled CLI (dist/): `npm test` builds it first; alone, run `npm run build` before.
 */
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { Pipeline } from '../../src/pipeline/pipeline';
import { configuredSubscriptions } from '../../src/pipeline/subscriptions';
import { PipelineQueues } from '../../src/queue/queues';
import { bullPrefix } from '../../src/queue/connection';
import { createRedisStores } from '../../src/store/redis';
import { deliveryNonce } from '../../src/platforms/discord/sender';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { spawnService, writeConfigFile, type ServiceProcess } from '../support/service-process';
import { waitUntil } from '../support/wait';
import { drained, makeStories, putStories, quiet, withoutNonce } from './fixtures';

const CHANNEL = '333333333333333333';
const SLACK_CHANNEL = 'C0DIGEST';
const LOCK_MS = 2_000;

let discord: DiscordStandIn;
let slack: SlackStandIn;
let prefix: string;
let config: Config;
let configFile: ReturnType<typeof writeConfigFile>;
let queues: PipelineQueues;
const procs: ServiceProcess[] = [];

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [CHANNEL], responseDelayMs: 250 });
  slack = await startSlackStandIn({ botTokens: ['xoxb-kill'] });
  prefix = uniquePrefix('kill');
  const raw = {
    keyPrefix: prefix,
    feeds: [],
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant* OR asylum' }], exclude: [] },
    subscriptions: [
      { id: 'morning', platform: 'discord', channel: CHANNEL, mode: 'digest', schedule: '0 8 * * *' },
      { id: 'morning-slack', platform: 'slack', channel: SLACK_CHANNEL, mode: 'digest', schedule: '0 8 * * *' },
    ],
  };
  config = parseConfig(raw);
  configFile = writeConfigFile(raw);
  queues = new PipelineQueues(testRedis(), bullPrefix(prefix));
});

afterAll(async () => {
  for (const p of procs) await p.kill();
  await queues?.close();
  await discord?.close();
  await slack?.close();
  configFile?.cleanup();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

function worker(): ServiceProcess {
  const p = spawnService({
    configPath: configFile.path,
    role: 'worker',
    env: {
      REDIS_URL: testRedisUrl(),
      DISCORD_TOKEN: discord.botToken,
      DISCORD_API_BASE: discord.apiBase,
      SLACK_BOT_TOKEN: 'xoxb-kill',
      SLACK_API_URL: slack.apiUrl,
      HTTP_PORT: '0',
      BORDERWATCH_JOB_LOCK_MS: String(LOCK_MS),
    },
  });
  procs.push(p);
  return p;
}

test('a worker killed mid-digest: the next worker finishes it, every part exactly once and in order', async () => {
  const firedAt = new Date();
  const stores = createRedisStores(testRedis(), prefix);
  await putStories(stores.stories, makeStories(120, firedAt));

  // What the worker will send: the same computation on the same stores.
  const sub = configuredSubscriptions(config)[0]!;
  const inWindow = (await stores.stories.recent({ since: new Date(firedAt.getTime() - 24 * 3_600_000).toISOString(), limit: 500 })).filter(
    (s) => s.published <= firedAt.toISOString(),
  );
  const [expected] = await new Pipeline(config, stores, quiet(), 'service').digestDeliveries(sub, { from: new Date(firedAt.getTime() - 24 * 3_600_000), to: firedAt }, inWindow);
  const parts = expected!.messages.map((m) => m.payload);
  expect(parts.length).toBeGreaterThanOrEqual(8);
  expect(JSON.stringify(parts[0])).toContain('By the numbers');

  const first = worker();
  await first.ready();
  await queues.addDigest(sub.id, firedAt);
  const posted = () => discord.messages.filter((m) => m.channelId === CHANNEL);
  await discord.waitFor(() => posted().length >= 3, 20_000);
  // Part 3 is stored at the stand-in; its answer is still 250 ms away: the worker dies holding that job.
  await first.kill();
  const atKill = posted().length;
  expect(atKill).toBeLessThan(parts.length);

  const second = worker();
  await second.ready();
  await waitUntil(() => posted().length >= parts.length, 'every digest part', 30_000);
  await waitUntil(() => drained(queues), 'the queues to drain', 15_000);

  const got = posted();
  expect(got).toHaveLength(parts.length);
  expect(got.map((m) => withoutNonce(m.body))).toEqual(parts);
  expect(got.map((m) => m.nonce)).toEqual(parts.map((_, i) => deliveryNonce(`${expected!.id}-${i + 1}`)));
  // The part in flight at the kill was sent again by the second worker and recognised by its nonce.
  const posts = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`);
  expect(posts.length).toBeGreaterThan(parts.length);
  await second.stop();
}, 60_000);

test('Slack: a worker killed mid-digest, the next one finishes it, every part exactly once and in order', async () => {
  const firedAt = new Date(Date.now() + 60_000);
  const stores = createRedisStores(testRedis(), prefix);
  // Stories of the first test are in the window too; this digest only needs many.
  const sub = configuredSubscriptions(config).find((s) => s.platform === 'slack')!;
  const from = new Date(firedAt.getTime() - 24 * 3_600_000);
  const inWindow = (await stores.stories.recent({ since: from.toISOString(), limit: 500 })).filter((s) => s.published <= firedAt.toISOString());
  expect(inWindow.length).toBeGreaterThanOrEqual(100);
  const [expected] = await new Pipeline(config, stores, quiet(), 'service').digestDeliveries(sub, { from, to: firedAt }, inWindow);
  const parts = expected!.messages.map((m) => m.payload as { text?: string; blocks?: unknown });
  expect(parts.length).toBeGreaterThanOrEqual(5);

  const first = worker();
  await first.ready();
  await queues.addDigest(sub.id, firedAt);
  await slack.waitFor(() => slack.messages.length >= 3, 20_000);
  await first.kill();
  expect(slack.messages.length).toBeLessThan(parts.length);

  const second = worker();
  await second.ready();
  await waitUntil(() => slack.messages.length >= parts.length, 'every Slack digest part', 40_000);
  await waitUntil(() => drained(queues), 'the queues to drain', 15_000);

  expect(slack.messages).toHaveLength(parts.length);
  expect(slack.messages.map((m) => m.metadata?.event_payload.delivery_id)).toEqual(parts.map((_, i) => `${expected!.id}-${i + 1}`));
  expect(slack.messages.map((m) => ({ text: m.text, blocks: m.blocks }))).toEqual(parts.map((p) => ({ text: p.text, blocks: p.blocks })));
  await second.stop();
}, 70_000);
