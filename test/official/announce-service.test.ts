/**
 * Release announcements through the service's queues (real BullMQ on Redis, the real senders against the
 * Discord and Slack stand-ins, a CBP stand-in on 127.0.0.1): the first release is recorded silently, the next
 * one is announced once to the subscriptions with `official: true` — headline numbers, revisions, and the chart
 * (a Discord multipart attachment, a Slack files upload) — and never again.
 */
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { Scheduler, minuteOf } from '../../src/queue/scheduler';
import { drained, quiet } from '../faults/fixtures';
import type { FeedServer } from '../feeds/feed-server';
import { startFeedServer } from '../feeds/feed-server';
import { CSV_TYPE, NOV_AOR, OCT_AOR, officialFixture } from './fixtures';
import { decodePng } from './png';

const OFFICIAL_CHANNEL = '666666666666666601';
const OTHER_CHANNEL = '666666666666666602';

let discord: DiscordStandIn;
let slack: SlackStandIn;
let cbp: FeedServer;
let service: Service;
let prefix: string;
let file = OCT_AOR;

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [OFFICIAL_CHANNEL, OTHER_CHANNEL] });
  slack = await startSlackStandIn({ botTokens: ['xoxb-official'] });
  cbp = await startFeedServer();
  cbp.route('/aor.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': CSV_TYPE, 'last-modified': file === OCT_AOR ? 'Fri, 14 Nov 2025 15:00:00 GMT' : 'Fri, 12 Dec 2025 15:00:00 GMT' });
    res.end(officialFixture(file));
  });
  prefix = uniquePrefix('official-svc');
  const config = parseConfig({
    keyPrefix: prefix,
    fetch: { allowPrivateHosts: ['127.0.0.1'] },
    keywords: { rules: [{ name: 'beat', match: 'migrant*' }], exclude: [] },
    official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', url: `${cbp.url}/aor.csv` }] },
    subscriptions: [
      { id: 'official-d', platform: 'discord', channel: OFFICIAL_CHANNEL, mode: 'instant', official: true },
      { id: 'other-d', platform: 'discord', channel: OTHER_CHANNEL, mode: 'instant' },
      { id: 'official-s', platform: 'slack', channel: 'C0OFFICIAL', mode: 'instant', official: true },
    ],
  });
  const env = readEnv({ REDIS_URL: testRedisUrl(), BORDERWATCH_ROLE: 'worker', DISCORD_TOKEN: discord.botToken, DISCORD_API_BASE: discord.apiBase, SLACK_BOT_TOKEN: 'xoxb-official', SLACK_API_URL: slack.apiUrl });
  service = await startService({ config, env, handleSignals: false, schedule: false, logger: quiet(), slackChannelIntervalMs: 50 });
});

afterAll(async () => {
  await service?.stop();
  await discord?.close();
  await slack?.close();
  await cbp?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('the first release is stored without an announcement', async () => {
  const store = service.pipeline.stores.official!;
  await service.queues.addOfficialFetch('cbp-nationwide', 1);
  await waitUntil(async () => (await store.latestRelease('cbp-nationwide'))?.latestPeriod === '2025-10', 'the October release to be stored');
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  expect(await store.isAnnounced('cbp-nationwide', '2025-10')).toBe(true);
  expect(discord.messages).toHaveLength(0);
  expect(slack.messages).toHaveLength(0);
});

test('a new release is announced once to the opted-in subscriptions, with the chart and the revisions', async () => {
  file = NOV_AOR;
  await service.queues.addOfficialFetch('cbp-nationwide', 2);
  const posted = await waitUntil(() => discord.messages.find((m) => m.channelId === OFFICIAL_CHANNEL), 'the Discord announcement');
  const embed = (posted.body.embeds as Array<{ title: string; description: string; image?: { url: string }; footer: { text: string } }>)[0]!;
  expect(embed.title).toBe('New CBP encounter numbers: Nov 2025');
  expect(embed.description).toContain('Southwest border encounters: 175,660 (−3,648 (−2.0%) vs Oct 2025; +5,034 (+3.0%) vs Nov 2024)');
  expect(embed.description).toContain('Nationwide encounters: 192,768');
  expect(embed.description).toContain('Southwest border encounters, Oct 2025: 178,074 → 179,308');
  expect(embed.footer.text).toMatch(/released 2025-12-12/);
  expect(posted.body).not.toHaveProperty('_files');
  expect(embed.image?.url).toBe('attachment://cbp-nationwide.southwest.all.png');
  expect(posted.files).toHaveLength(1);
  expect(decodePng(posted.files![0]!.data).width).toBe(720);

  const upload = await waitUntil(() => slack.uploads.find((u) => u.channel_id === 'C0OFFICIAL'), 'the Slack chart upload');
  expect(upload.filename).toBe('cbp-nationwide.southwest.all.png');
  expect(decodePng(upload.data).width).toBe(720);
  const slackMessage = slack.messages.find((m) => m.channel === 'C0OFFICIAL')!;
  expect(JSON.stringify(slackMessage.blocks)).toContain('Southwest border encounters: 175,660');
  expect(slackMessage.body).not.toHaveProperty('_files');

  // Fetching again (same file) and re-adding the announcement change nothing.
  await service.queues.addOfficialFetch('cbp-nationwide', 3);
  await service.queues.addOfficialAnnounce('cbp-nationwide', '2025-11');
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  expect(discord.messages.filter((m) => m.channelId === OFFICIAL_CHANNEL)).toHaveLength(1);
  expect(discord.messages.filter((m) => m.channelId === OTHER_CHANNEL)).toHaveLength(0);
  expect(slack.messages.filter((m) => m.channel === 'C0OFFICIAL')).toHaveLength(1);
  expect(slack.uploads).toHaveLength(1);
});

test('the scheduler looks for a release at start and on the dataset schedule, with one job id per dataset and minute', async () => {
  const a = new Scheduler(service.pipeline, service.queues, quiet());
  const b = new Scheduler(service.pipeline, service.queues, quiet());
  const now = new Date();
  try {
    await a.startOfficial(now);
    await b.startOfficial(now); // a second scheduler adds the same job
    const job = await service.queues.official.getJob(`official-fetch-cbp-nationwide-${minuteOf(now)}`);
    expect(job?.data).toEqual({ kind: 'fetch', dataset: 'cbp-nationwide', slot: minuteOf(now) });
  } finally {
    await a.stop();
    await b.stop();
  }
  await waitUntil(() => drained(service.queues), 'the queues to drain');
});
