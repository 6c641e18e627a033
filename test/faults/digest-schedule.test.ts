/**
 * Digest schedule end to end: the scheduler's cron task of a digest subscription fires (run with node-cron's
 * `execute()`, the same callback the clock would call) → digest job → delivery with "By the numbers".
 * The next, empty window posts nothing — except for a subscription with `postEmpty`.
 * The schedule is yearly so the real clock cannot fire it during the test and add digests of its own.
 */
import cron from 'node-cron';
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { createRedisStores } from '../../src/store/redis';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { completedJob, drained, makeStories, putStories, quiet } from './fixtures';
import { digestJobId } from '../../src/queue/jobs';

const QUIET_CH = '666666666666666601';
const EMPTY_OK_CH = '666666666666666602';
const SCHEDULE = '0 0 1 1 *';

let discord: DiscordStandIn;
let service: Service;
let prefix: string;

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [QUIET_CH, EMPTY_OK_CH] });
  prefix = uniquePrefix('dsched');
  const config = parseConfig({
    keyPrefix: prefix,
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant*' }], exclude: [] },
    subscriptions: [
      { id: 'quiet', platform: 'discord', channel: QUIET_CH, mode: 'digest', schedule: SCHEDULE },
      { id: 'empty-ok', platform: 'discord', channel: EMPTY_OK_CH, mode: 'digest', schedule: SCHEDULE, timezone: 'America/Chicago', postEmpty: true },
    ],
  });
  await putStories(createRedisStores(testRedis(), prefix).stories, makeStories(4, new Date(), 5 * 60_000, 'dig'));
  const env = readEnv({
    REDIS_URL: testRedisUrl(),
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    HTTP_PORT: '0',
  });
  service = await startService({ config, env, handleSignals: false, logger: quiet() });
});

afterAll(async () => {
  await service?.stop();
  await discord?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

const inChannel = (ch: string) => discord.messages.filter((m) => m.channelId === ch);
const text = (m: { body: Record<string, unknown> }) => JSON.stringify(m.body.embeds);

test('a digest cron fires → "By the numbers" arrives; the empty next window posts only with postEmpty', async () => {
  expect(service.scheduler).toBeDefined();
  for (const id of ['quiet', 'empty-ok']) {
    const task = [...cron.getTasks().values()].find((t) => t.name === `digest-${id}`);
    expect(task?.getPattern()).toBe(SCHEDULE);
    await task!.execute();
  }
  await waitUntil(() => inChannel(QUIET_CH).length >= 1 && inChannel(EMPTY_OK_CH).length >= 1, 'both digests');
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  for (const ch of [QUIET_CH, EMPTY_OK_CH]) {
    const got = inChannel(ch);
    expect(got).toHaveLength(1);
    const embeds = got[0]!.body.embeds as Array<{ title?: string; description?: string }>;
    expect(embeds[0]!.title).toBe('By the numbers');
    expect(embeds[0]!.description).toMatch(/apprehensions/);
    expect(embeds.slice(1).map((e) => e.title)).toHaveLength(4);
  }

  // The next firing: nothing new was published since the last digest.
  const next = new Date(Date.now() + 2 * 60_000);
  await service.queues.addDigest('quiet', next);
  await service.queues.addDigest('empty-ok', next);
  await waitUntil(() => inChannel(EMPTY_OK_CH).length >= 2, 'the empty digest of the postEmpty subscription');
  // The quiet subscription's digest job ran and found nothing to post: it made no delivery at all.
  expect(await completedJob(service.queues.digest, digestJobId('quiet', next), "the quiet subscription's empty digest")).toEqual({ stories: 0, messages: 0 });
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  expect(inChannel(QUIET_CH)).toHaveLength(1);
  expect(inChannel(EMPTY_OK_CH)).toHaveLength(2);
  expect(text(inChannel(EMPTY_OK_CH)[1]!)).toContain('No new stories in this window.');
  const completed = await service.queues.digest.getJobs(['completed']);
  expect(completed).toHaveLength(4);
});

test('a story published before the last digest but first seen after it goes into the next digest', async () => {
  // The last digest of "quiet" covered up to now + 2 min (previous test). A story published before that
  // but polled (first seen) later — a feed's lag — must not fall between the two windows.
  const lastTo = Date.now() + 2 * 60_000;
  const [late] = makeStories(1, new Date(lastTo - 10 * 60_000), 0, 'late');
  await putStories(createRedisStores(testRedis(), prefix).stories, [{ ...late!, firstSeen: new Date(lastTo + 60_000).toISOString() }]);
  const before = inChannel(QUIET_CH).length;
  await service.queues.addDigest('quiet', new Date(lastTo + 3 * 60_000));
  await waitUntil(() => inChannel(QUIET_CH).length > before, 'the next digest');
  expect(text(inChannel(QUIET_CH).at(-1)!)).toContain('Report late0');
});
