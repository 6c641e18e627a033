/**
 * /border end to end on Slack: signed slash-command requests to the real Bolt App (HTTP receiver), the real
 * neutral handler over Redis stores, admin rights from users.info on the Slack stand-in, answers on response_url.
 */
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createCommandHandler } from '../../src/commands/handlers';
import { createSlackApp, type SlackAppHandle } from '../../src/platforms/slack/app';
import type { PipelineStores } from '../../src/pipeline/pipeline';
import { createRedisStores } from '../../src/store/redis';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { memoryLogger, story, testConfig } from './fixtures';

const BOT_TOKEN = 'xoxb-9999-8888-commandse2e';
const SIGNING_SECRET = 'e2e-signing-secret-0123456789';

let standIn: SlackStandIn;
let app: SlackAppHandle;
let eventsUrl: string;
let redis: Redis;
let prefix: string;
let stores: PipelineStores;
let calls = 0;

/** Posts a signed `/border <text>` and returns the body Bolt sent to response_url. */
async function slash(text: string, user = 'U0MEMBER', channel = 'C0NEWS'): Promise<{ response_type: string; text: string; blocks: unknown[] }> {
  const responseId = `r${++calls}`;
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T0STANDIN',
    team_domain: 'standin',
    channel_id: channel,
    channel_name: 'news',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/border',
    text,
    api_app_id: 'A0STANDIN',
    response_url: standIn.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const res = await fetch(eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
    body,
  });
  expect(res.status).toBe(200); // acked at once; the answer goes to response_url
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === responseId));
  return response.body as { response_type: string; text: string; blocks: unknown[] };
}

beforeAll(async () => {
  redis = testRedis();
  prefix = uniquePrefix('cmd-slack');
  stores = createRedisStores(redis, prefix);
  standIn = await startSlackStandIn({ botTokens: [BOT_TOKEN], users: { U0MEMBER: {}, U0ADMIN: { is_admin: true } } });
  const config = testConfig();
  app = createSlackApp({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    socketMode: false,
    apiUrl: standIn.apiUrl,
    port: 0,
    host: '127.0.0.1',
    adminUserIds: config.admins.slackUserIds,
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    handler: createCommandHandler({ config, stores, logger: memoryLogger().logger }),
  });
  const { port } = await app.start();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  await standIn?.close();
  await deletePrefix(redis, prefix);
  await closeTestRedis();
});

test('/border subscribe instant: stored for the channel; the confirmation is posted in the channel', async () => {
  const reply = await slash('subscribe instant');
  expect(reply.response_type).toBe('in_channel');
  expect(reply.text).toContain('instant alerts');
  expect(await stores.subscriptions.get('slack-C0NEWS')).toMatchObject({ platform: 'slack', channel: 'C0NEWS', mode: 'instant' });
});

test('/border subscribe digest with an unquoted cron and a bad one', async () => {
  const ok = await slash('subscribe digest 30 7 * * 1-5 America/Chicago', 'U0MEMBER', 'C0DIGEST');
  expect(ok.response_type).toBe('in_channel');
  expect(await stores.subscriptions.get('slack-C0DIGEST')).toMatchObject({ mode: 'digest', schedule: '30 7 * * 1-5', timezone: 'America/Chicago' });
  const bad = await slash('subscribe digest "0 25 * * *"', 'U0MEMBER', 'C0BAD');
  expect(bad.response_type).toBe('ephemeral');
  expect(bad.text).toContain('Bad schedule');
  expect(await stores.subscriptions.get('slack-C0BAD')).toBeUndefined();
});

test('/border stories caravan: the matching recent story, with its link', async () => {
  const at = new Date(Date.now() - 3600_000).toISOString();
  await stores.stories.put(story('caravan-1', 'Migrant caravan sets out from Tapachula', at, 'Several thousand people walk north.'), { at, keys: ['t:caravan'] });
  await stores.stories.put(story('buoys-1', 'Court rules on Rio Grande buoys', at), { at, keys: ['t:buoys'] });
  const reply = await slash('stories caravan');
  expect(reply.response_type).toBe('in_channel');
  const blocks = JSON.stringify(reply.blocks);
  expect(blocks).toContain('<https://news.example/caravan-1|Migrant caravan sets out from Tapachula');
  expect(blocks).not.toContain('buoys');
});

test('a member is refused /border status; an admin (users.info is_admin) gets it', async () => {
  const refused = await slash('status');
  expect(refused.response_type).toBe('ephemeral');
  expect(refused.text).toContain('Admins only');
  expect(refused.text).not.toContain('Feeds:');

  const answered = await slash('status', 'U0ADMIN');
  expect(answered.response_type).toBe('ephemeral');
  expect(answered.text).toContain('borderwatch status');
  expect(answered.text).toContain('Feeds: 1, failing: 0');
  expect(answered.text).toMatch(/Subscriptions: \d+/);
});

test('an admin\'s keywords add keeps a quoted phrase a phrase', async () => {
  const reply = await slash('keywords add \u201cborder wall\u201d OR muro', 'U0ADMIN');
  expect(reply.response_type).toBe('ephemeral');
  expect(reply.text).toContain('Added rule: "border wall" OR muro');
  expect((await stores.adminEdits.get()).rulesAdded).toEqual(['"border wall" OR muro']);
});

test('/border subscriptions list | resume <id>: admins only; a paused webhook subscription is resumed', async () => {
  await stores.subscriptions.put({
    id: 'slack-webhook-7',
    platform: 'slack',
    webhook: 'env:SLACK_WEBHOOK_URL',
    mode: 'instant',
    timezone: 'UTC',
    postEmpty: false,
    paused: { at: '2023-12-19T09:30:00.000Z', reason: 'no_service (HTTP 404)', kind: 'delivery-error' },
  });
  const refused = await slash('subscriptions resume slack-webhook-7');
  expect(refused.text).toContain('Admins only');
  expect((await stores.subscriptions.get('slack-webhook-7'))?.paused).toBeDefined();

  const list = await slash('subscriptions list', 'U0ADMIN');
  expect(list.response_type).toBe('ephemeral');
  expect(list.text).toContain('slack-webhook-7 — slack webhook:slack-webhook-7 — instant — PAUSED since');
  expect(list.text).toContain('no_service (HTTP 404)');

  const resumed = await slash('subscriptions resume slack-webhook-7', 'U0ADMIN');
  expect(resumed.response_type).toBe('ephemeral');
  expect(resumed.text).toContain('Subscription resumed');
  expect(resumed.text).toContain('Resumed slack-webhook-7');
  expect((await stores.subscriptions.get('slack-webhook-7'))?.paused).toBeUndefined();
});
