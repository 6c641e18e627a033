/**
 * Permanent platform errors through the queue: a Discord channel the bot cannot see (404 Unknown Channel),
 * one it may not post in (403 Missing Access) and a Slack channel_not_found each pause their subscription
 * with the reason, post one admin alert to the `adminAlerts` channel, and stop further sends there;
 * the healthy subscriptions keep receiving their messages.
 */
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { readEnv } from '../../src/config/env';
import { startService, type Service } from '../../src/main';
import { composeAlert } from '../../src/digest/compose';
import { configuredSubscriptions } from '../../src/pipeline/subscriptions';
import { createCommandHandler } from '../../src/commands/handlers';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { completedJob, drained, makeStories, quiet } from './fixtures';
import { deliverJobId } from '../../src/queue/jobs';

const GOOD = '555555555555555501';
const UNKNOWN = '555555555555555502';
const FORBIDDEN = '555555555555555503';
const ADMIN = '555555555555555509';

let discord: DiscordStandIn;
let slack: SlackStandIn;
let service: Service;
let prefix: string;
let config: Config;

beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [GOOD, ADMIN], forbiddenChannels: [FORBIDDEN] });
  slack = await startSlackStandIn({ botTokens: ['xoxb-perm'], channelErrors: { C0GONE: 'channel_not_found' } });
  prefix = uniquePrefix('perm');
  config = parseConfig({
    keyPrefix: prefix,
    keywords: { rules: [{ name: 'beat', match: '"border patrol" OR migrant*' }], exclude: [] },
    subscriptions: [
      { id: 'good-d', platform: 'discord', channel: GOOD, mode: 'instant' },
      { id: 'unknown-d', platform: 'discord', channel: UNKNOWN, mode: 'instant' },
      { id: 'forbidden-d', platform: 'discord', channel: FORBIDDEN, mode: 'instant' },
      { id: 'good-s', platform: 'slack', channel: 'C0GOOD', mode: 'instant' },
      { id: 'gone-s', platform: 'slack', channel: 'C0GONE', mode: 'instant' },
    ],
    adminAlerts: { platform: 'discord', channel: ADMIN },
  });
  const env = readEnv({
    REDIS_URL: testRedisUrl(),
    BORDERWATCH_ROLE: 'worker',
    DISCORD_TOKEN: discord.botToken,
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: 'xoxb-perm',
    SLACK_API_URL: slack.apiUrl,
  });
  service = await startService({ config, env, handleSignals: false, schedule: false, logger: quiet(), slackChannelIntervalMs: 50 });
});

afterAll(async () => {
  await service?.stop();
  await discord?.close();
  await slack?.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('a permanent error pauses only its subscription, alerts the admins, and the others keep receiving', async () => {
  const subs = service.pipeline.stores.subscriptions;
  const [first, second, third] = makeStories(3, new Date(), 60_000, 'perm');
  await service.queues.addDeliveries(await service.pipeline.alertDeliveries(first!));

  const reasons = await waitUntil(
    async () => {
      const all = await Promise.all(['unknown-d', 'forbidden-d', 'gone-s'].map((id) => subs.get(id)));
      return all.every((s) => s?.paused) ? all.map((s) => s!.paused!.reason) : undefined;
    },
    'the three broken subscriptions to be paused',
  );
  expect(reasons[0]).toMatch(/Unknown Channel|10003/);
  expect(reasons[1]).toMatch(/Missing Access|50001/);
  expect(reasons[2]).toMatch(/channel_not_found/);
  expect((await subs.get('good-d'))?.paused).toBeUndefined();
  expect((await subs.get('good-s'))?.paused).toBeUndefined();

  const adminPosts = () => discord.messages.filter((m) => m.channelId === ADMIN).map((m) => String(m.body.content));
  await waitUntil(() => adminPosts().length >= 3, 'three admin alerts');
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  for (const id of ['unknown-d', 'forbidden-d', 'gone-s']) {
    const posts = adminPosts().filter((t) => t.includes(`Subscription ${id} `) && t.includes('paused'));
    expect(posts).toHaveLength(1);
    // The alert says exactly how to resume, on either platform, and that a file entry change does it too.
    expect(posts[0]).toContain(`/border-admin subscriptions resume ${id} on Discord, or /border subscriptions resume ${id} on Slack`);
    expect(posts[0]).toContain('also resumes when its entry there is changed');
  }
  expect(adminPosts()).toHaveLength(3);

  // The paused subscriptions get nothing more: no new deliveries are made for them, and a delivery already
  // queued for one (an earlier digest, say) is dropped by the worker without a request.
  const badRequests = () =>
    discord.requests.filter((r) => r.path === `/channels/${UNKNOWN}/messages` || r.path === `/channels/${FORBIDDEN}/messages`).length +
    slack.requests.filter((r) => r.path === '/api/chat.postMessage').length;
  const before = badRequests();
  const slackGoodBefore = slack.messages.length;
  await service.queues.addDeliveries(await service.pipeline.alertDeliveries(second!));
  const forbiddenSub = configuredSubscriptions(config).find((s) => s.id === 'forbidden-d')!;
  await service.queues.addDeliveries(service.pipeline.render(forbiddenSub, composeAlert(third!), 'queued-before-pause'));

  const goodTitles = () => discord.messages.filter((m) => m.channelId === GOOD).map((m) => (m.body.embeds as Array<{ title: string }>)[0]!.title);
  await waitUntil(() => goodTitles().length >= 2 && slack.messages.length >= 2, 'the second alert on the healthy channels');
  // The delivery queued before the pause ran, and the worker dropped it without a request.
  expect(await completedJob(service.queues.deliverDiscord, deliverJobId('queued-before-pause', 0), 'the delivery queued before the pause')).toEqual({
    skipped: expect.stringContaining('subscription paused'),
  });
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  expect(goodTitles()).toEqual([first!.title, second!.title]);
  expect(slack.messages.map((m) => m.channel)).toEqual(['C0GOOD', 'C0GOOD']);
  expect(slack.messages.length - slackGoodBefore).toBe(1);
  // Only the one post to the healthy Slack channel; nothing to the broken ones.
  expect(badRequests() - before).toBe(1);
  expect(adminPosts()).toHaveLength(3);
});

test('after the cause is fixed, /border-admin subscriptions resume brings the paused subscription back', async () => {
  const subs = service.pipeline.stores.subscriptions;
  expect((await subs.get('unknown-d'))?.paused).toBeDefined();
  discord.addChannel(UNKNOWN); // the cause fixed: the bot can see the channel now
  const handler = createCommandHandler({ config, stores: service.pipeline.stores, logger: quiet() });
  const reply = await handler({ platform: 'discord', channelId: ADMIN, userId: '600000000000000009', isAdmin: true, name: 'subscriptions', args: ['resume', 'unknown-d'] });
  expect(reply.title).toBe('Subscription resumed');
  expect((await subs.get('unknown-d'))?.paused).toBeUndefined();

  const [story] = makeStories(1, new Date(), 60_000, 'resumed');
  await service.queues.addDeliveries(await service.pipeline.alertDeliveries(story!));
  await waitUntil(() => discord.messages.some((m) => m.channelId === UNKNOWN), 'an alert in the resumed channel');
  await waitUntil(() => drained(service.queues), 'the queues to drain');
  expect(discord.messages.filter((m) => m.channelId === UNKNOWN).map((m) => (m.body.embeds as Array<{ title: string }>)[0]!.title)).toEqual([story!.title]);
  // Still paused: the one whose cause was not fixed.
  expect((await subs.get('forbidden-d'))?.paused).toBeDefined();
});
