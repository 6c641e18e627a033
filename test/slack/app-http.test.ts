import { createHmac } from 'node:crypto';
import type { CommandRequest, CommandReply } from '../../src/commands/types';
import { createSlackApp, type SlackAppHandle, type SlackAppLogger } from '../../src/platforms/slack/app';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';

const BOT_TOKEN = 'xoxb-1111-2222-httpsecrettoken';
const SIGNING_SECRET = 'signing-secret-0123456789abcdef';

let standIn: SlackStandIn;
let handle: SlackAppHandle;
let eventsUrl: string;
const seen: CommandRequest[] = [];
const logged: string[] = [];
let nextReply: (req: CommandRequest) => Promise<CommandReply>;

const logger: SlackAppLogger = {
  debug: (m) => logged.push(m),
  info: (m) => logged.push(m),
  warn: (m) => logged.push(m),
  error: (m) => logged.push(m),
};

function sign(body: string, ts: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

function slashBody(text: string, fields: Record<string, string> = {}): { body: string; responseId: string } {
  const responseId = `r${Math.random().toString(36).slice(2)}`;
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0STANDIN',
    team_domain: 'standin',
    channel_id: 'C0NEWS',
    channel_name: 'news',
    user_id: 'U0MEMBER',
    user_name: 'member',
    command: '/border',
    text,
    api_app_id: 'A0STANDIN',
    response_url: standIn.responseUrl(responseId),
    trigger_id: '123.456.abc',
    ...fields,
  }).toString();
  return { body, responseId };
}

async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

async function postSigned(body: string): Promise<{ status: number; text: string }> {
  const ts = Math.floor(Date.now() / 1000);
  return post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
}

beforeAll(async () => {
  standIn = await startSlackStandIn({ botTokens: [BOT_TOKEN], users: { U0MEMBER: {}, U0ADMIN: { is_admin: true }, U0OWNER: { is_owner: true } } });
  handle = createSlackApp({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    socketMode: false,
    apiUrl: standIn.apiUrl,
    port: 0,
    host: '127.0.0.1',
    adminUserIds: ['U0CONFIGURED'],
    logger,
    handler: async (req) => {
      seen.push(req);
      return nextReply(req);
    },
  });
  const { port } = await handle.start();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await handle.stop();
  await standIn.close();
});

beforeEach(() => {
  seen.length = 0;
  nextReply = async (req) => ({ ephemeral: true, title: `ran ${req.name}`, lines: req.args.map((text) => ({ text })) });
});

test('a signed slash command is acked and its reply arrives at response_url', async () => {
  nextReply = async () => ({ ephemeral: false, title: 'Latest apprehensions', lines: [{ text: '190,000 in December <record> & more', url: 'https://example.org/a?x=1&y=2' }], footer: 'source: CBP' });
  const { body, responseId } = slashBody('latest apprehensions');
  const res = await postSigned(body);
  expect(res.status).toBe(200);
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === responseId));
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ platform: 'slack', name: 'latest', args: ['apprehensions'], channelId: 'C0NEWS', userId: 'U0MEMBER', workspaceId: 'T0STANDIN', isAdmin: false });
  expect(response.body.response_type).toBe('in_channel');
  const blocksJson = JSON.stringify(response.body.blocks);
  expect(blocksJson).toContain('&lt;record&gt; &amp; more');
  expect(blocksJson).toContain('<https://example.org/a?x=1&amp;y=2|190,000');
});

test('a bad signature is refused with 401 and the handler never runs', async () => {
  const { body, responseId } = slashBody('latest');
  const ts = Math.floor(Date.now() / 1000);
  const res = await post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, 'wrong-secret') });
  expect(res.status).toBe(401);
  const tampered = await post(body.replace('latest', 'status'), { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
  expect(tampered.status).toBe(401);
  const unsigned = await post(body, {});
  expect(unsigned.status).toBe(401);
  await new Promise((r) => setTimeout(r, 100));
  expect(seen).toHaveLength(0);
  expect(standIn.responses.find((r) => r.id === responseId)).toBeUndefined();
});

test('a correctly signed but stale request (> 5 minutes) is refused', async () => {
  const { body } = slashBody('latest');
  const ts = Math.floor(Date.now() / 1000) - 6 * 60;
  const res = await post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
  expect(res.status).toBe(401);
  await new Promise((r) => setTimeout(r, 100));
  expect(seen).toHaveLength(0);
});

test('admin commands: members refused without reaching the handler; admins, owners and configured ids pass', async () => {
  const member = slashBody('keywords add "border wall" OR muro');
  expect((await postSigned(member.body)).status).toBe(200);
  const refusal = await standIn.waitFor(() => standIn.responses.find((r) => r.id === member.responseId));
  expect(refusal.body.response_type).toBe('ephemeral');
  expect(JSON.stringify(refusal.body)).toContain('Admins only');
  expect(seen).toHaveLength(0);

  for (const user of ['U0ADMIN', 'U0OWNER', 'U0CONFIGURED']) {
    const req = slashBody('keywords add "border wall" OR muro', { user_id: user });
    expect((await postSigned(req.body)).status).toBe(200);
    await standIn.waitFor(() => standIn.responses.find((r) => r.id === req.responseId));
  }
  expect(seen.map((r) => [r.userId, r.isAdmin, r.args])).toEqual([
    ['U0ADMIN', true, ['add', 'border wall', 'OR', 'muro']],
    ['U0OWNER', true, ['add', 'border wall', 'OR', 'muro']],
    ['U0CONFIGURED', true, ['add', 'border wall', 'OR', 'muro']],
  ]);
});

test('ephemeral replies stay ephemeral', async () => {
  const req = slashBody('stories 5');
  await postSigned(req.body);
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === req.responseId));
  expect(response.body.response_type).toBe('ephemeral');
});

test('bad arguments get a usage reply; the handler is not called', async () => {
  const req = slashBody('frobnicate now');
  await postSigned(req.body);
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === req.responseId));
  expect(response.body.response_type).toBe('ephemeral');
  expect(String(response.body.text)).toContain('Unknown command');
  expect(JSON.stringify(response.body.blocks)).toContain('/border latest');
  expect(seen).toHaveLength(0);
});

test('a handler exception becomes a short error reply without a stack trace', async () => {
  nextReply = async () => {
    throw new Error(`database exploded with ${BOT_TOKEN}`);
  };
  const req = slashBody('latest');
  await postSigned(req.body);
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === req.responseId));
  const json = JSON.stringify(response.body);
  expect(response.body.response_type).toBe('ephemeral');
  expect(json).toContain('Something went wrong');
  expect(json).not.toContain('exploded');
  expect(json).not.toMatch(/at .*\.ts:\d+/);
  expect(logged.join('\n')).toContain('database exploded');
  expect(logged.join('\n')).not.toContain(BOT_TOKEN);
  expect(logged.join('\n')).not.toContain(SIGNING_SECRET);
});

test('a command whose response_url is outside the allowed origins is not run and nothing is contacted', async () => {
  const req = slashBody('latest', { response_url: 'https://evil.example.com/steal' });
  const before = logged.length;
  expect((await postSigned(req.body)).status).toBe(200);
  await standIn.waitFor(() => logged.slice(before).some((m) => m.includes('outside the allowed origins')));
  expect(seen).toHaveLength(0);
});

test('the request is acked before the handler finishes (Slack allows 3 seconds)', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let handlerStarted = false;
  nextReply = async () => {
    handlerStarted = true;
    await gate;
    return { ephemeral: true, lines: [{ text: 'slow answer' }] };
  };
  const req = slashBody('status', { user_id: 'U0ADMIN' });
  const res = await postSigned(req.body);
  expect(res.status).toBe(200);
  expect(standIn.responses.find((r) => r.id === req.responseId)).toBeUndefined();
  await standIn.waitFor(() => handlerStarted);
  release();
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === req.responseId));
  expect(String(response.body.text)).toContain('slow answer');
});

describe('future timestamps and replays (the guard in front of Bolt)', () => {
  test('a correctly signed request timestamped more than 5 minutes in the future is refused; a little clock skew is fine', async () => {
    const { body, responseId } = slashBody('latest');
    const ts = Math.floor(Date.now() / 1000) + 6 * 60;
    const before = logged.length;
    const res = await post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
    // The 401 is the guard's final answer: the request never reached Bolt, so no handler can run for it later.
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(0);
    expect(logged.slice(before).join('\n')).toContain('more than 5 minutes in the future');

    const skewed = slashBody('latest');
    const soon = Math.floor(Date.now() / 1000) + 60;
    expect((await post(skewed.body, { 'x-slack-request-timestamp': String(soon), 'x-slack-signature': sign(skewed.body, soon) })).status).toBe(200);
    await standIn.waitFor(() => standIn.responses.find((r) => r.id === skewed.responseId));
    expect(seen).toHaveLength(1);
    expect(standIn.responses.find((r) => r.id === responseId)).toBeUndefined();
  });

  test('the exact same signed request a second time (a replay within the window) is refused; the handler ran once', async () => {
    const { body, responseId } = slashBody('latest');
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) };
    expect((await post(body, headers)).status).toBe(200);
    await standIn.waitFor(() => standIn.responses.find((r) => r.id === responseId));
    const before = logged.length;
    expect((await post(body, headers)).status).toBe(401);
    expect(logged.slice(before).join('\n')).toContain('already received (replay)');
    expect(seen).toHaveLength(1);
    expect(standIn.responses.filter((r) => r.id === responseId)).toHaveLength(1);
  });

  test('a forged request does not use up the signature of the real one', async () => {
    const { body, responseId } = slashBody('latest');
    const ts = Math.floor(Date.now() / 1000);
    const real = sign(body, ts);
    // Same signature header, tampered body: refused by Bolt, not remembered.
    expect((await post(body.replace('latest', 'status'), { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': real })).status).toBe(401);
    expect((await post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': real })).status).toBe(200);
    await standIn.waitFor(() => standIn.responses.find((r) => r.id === responseId));
    expect(seen).toHaveLength(1);
  });
});
