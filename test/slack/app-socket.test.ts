import type { CommandRequest } from '../../src/commands/types';
import { createSlackApp, type SlackAppHandle } from '../../src/platforms/slack/app';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';

const BOT_TOKEN = 'xoxb-3333-4444-socketsecret';
const APP_TOKEN = 'xapp-1-A0STANDIN-5555-appsecret';

let standIn: SlackStandIn;
let handle: SlackAppHandle;
const seen: CommandRequest[] = [];

function slashPayload(text: string, user = 'U0MEMBER'): { payload: Record<string, string>; responseId: string } {
  const responseId = `s${Math.random().toString(36).slice(2)}`;
  return {
    responseId,
    payload: {
      token: 'legacy',
      team_id: 'T0STANDIN',
      team_domain: 'standin',
      channel_id: 'C0NEWS',
      channel_name: 'news',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/border',
      text,
      api_app_id: 'A0STANDIN',
      is_enterprise_install: 'false',
      response_url: standIn.responseUrl(responseId),
      trigger_id: '1.2.3',
    },
  };
}

beforeAll(async () => {
  standIn = await startSlackStandIn({ botTokens: [BOT_TOKEN], appTokens: [APP_TOKEN], users: { U0MEMBER: {}, U0ADMIN: { is_admin: true } } });
  handle = createSlackApp({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    socketMode: true,
    apiUrl: standIn.apiUrl,
    adminUserIds: [],
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    handler: async (req) => {
      seen.push(req);
      return { ephemeral: req.name !== 'latest', title: `ran ${req.name}`, lines: [{ text: req.args.join(' ') || '(none)' }] };
    },
  });
  await handle.start();
});

afterAll(async () => {
  await handle.stop();
  await standIn.close();
});

test('the app connects over Socket Mode without a public URL', () => {
  expect(standIn.socketConnections()).toBe(1);
  expect(standIn.calls('apps.connections.open')).toBe(1);
});

test('a pushed slash_commands envelope is acked and answered through response_url', async () => {
  const { payload, responseId } = slashPayload('latest apprehensions');
  const envelopeId = standIn.pushSlashCommand(payload);
  await standIn.waitFor(() => standIn.acks.find((a) => a.envelope_id === envelopeId));
  const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === responseId));
  expect(response.body.response_type).toBe('in_channel');
  expect(String(response.body.text)).toContain('apprehensions');
  expect(seen.at(-1)).toMatchObject({ name: 'latest', args: ['apprehensions'], userId: 'U0MEMBER', isAdmin: false });
});

test('over Socket Mode too, members are refused admin commands and admins pass', async () => {
  const before = seen.length;
  const member = slashPayload('feeds add https://example.org/rss');
  const memberEnvelope = standIn.pushSlashCommand(member.payload);
  await standIn.waitFor(() => standIn.acks.find((a) => a.envelope_id === memberEnvelope));
  const refusal = await standIn.waitFor(() => standIn.responses.find((r) => r.id === member.responseId));
  expect(refusal.body.response_type).toBe('ephemeral');
  expect(JSON.stringify(refusal.body)).toContain('Admins only');
  expect(seen.length).toBe(before);

  const admin = slashPayload('feeds add <https://example.org/rss>', 'U0ADMIN');
  standIn.pushSlashCommand(admin.payload);
  const ok = await standIn.waitFor(() => standIn.responses.find((r) => r.id === admin.responseId));
  expect(ok.body.response_type).toBe('ephemeral');
  expect(seen.at(-1)).toMatchObject({ name: 'feeds', args: ['add', 'https://example.org/rss'], isAdmin: true });
});

test('a bad bot token fails start() with a redacted message; stop() before start is harmless', async () => {
  const badToken = 'xoxb-0000-bad-tokenvalue';
  const bad = createSlackApp({
    botToken: badToken,
    appToken: APP_TOKEN,
    socketMode: true,
    apiUrl: standIn.apiUrl,
    adminUserIds: [],
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    handler: async () => ({ ephemeral: true, lines: [] }),
  });
  const error: Error = await bad.start().then(
    () => new Error('started'),
    (e: Error) => e,
  );
  expect(error.message).toContain('auth.test');
  expect(error.message).not.toContain(badToken);
  await bad.stop();
  expect(standIn.socketConnections()).toBe(1);
});
