/**
 * Two instances behind one Slack request URL share the replay memory through Redis: a signed request replayed
 * to the other instance within the window is refused there too.
 */
import { createHmac } from 'node:crypto';
import type { CommandRequest } from '../../src/commands/types';
import { createSlackApp, type SlackAppHandle } from '../../src/platforms/slack/app';
import { RedisReplayStore } from '../../src/store/redis/replay-store';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';

const SECRET = 'shared-replay-secret';
const BOT = 'xoxb-replay';
let standIn: SlackStandIn;
const apps: SlackAppHandle[] = [];
const urls: string[] = [];
const seen: CommandRequest[] = [];
const logged: string[] = [];
let prefix: string;

beforeAll(async () => {
  standIn = await startSlackStandIn({ botTokens: [BOT], users: { U0MEMBER: {} } });
  prefix = uniquePrefix('replay');
  for (let i = 0; i < 2; i++) {
    const app = createSlackApp({
      botToken: BOT,
      signingSecret: SECRET,
      socketMode: false,
      apiUrl: standIn.apiUrl,
      port: 0,
      host: '127.0.0.1',
      adminUserIds: [],
      replayStore: new RedisReplayStore(testRedis(), prefix),
      logger: { debug: () => {}, info: () => {}, warn: (m) => logged.push(m), error: (m) => logged.push(m) },
      handler: async (req) => {
        seen.push(req);
        return { ephemeral: true, lines: [{ text: 'ok' }] };
      },
    });
    const { port } = await app.start();
    apps.push(app);
    urls.push(`http://127.0.0.1:${port}/slack/events`);
  }
});

afterAll(async () => {
  for (const a of apps) await a.stop();
  await standIn.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('a request replayed to the other instance is refused; the handler ran once', async () => {
  const responseId = 'replayed';
  const body = new URLSearchParams({
    team_id: 'T0STANDIN',
    channel_id: 'C0NEWS',
    user_id: 'U0MEMBER',
    command: '/border',
    text: 'latest',
    api_app_id: 'A0STANDIN',
    response_url: standIn.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`,
  };
  expect((await fetch(urls[0]!, { method: 'POST', headers, body })).status).toBe(200);
  expect((await fetch(urls[1]!, { method: 'POST', headers, body })).status).toBe(401);
  expect(logged.join('\n')).toContain('already received (replay)');
  expect(seen).toHaveLength(1);
});
