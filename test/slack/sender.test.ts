import type { OutboundMessage } from '../../src/model';
import type { SendResult } from '../../src/platforms/types';
import { SlackBotSender } from '../../src/platforms/slack/sender';
import { startSlackStandIn, type SlackStandIn, type SlackStandInError } from '../support/slack-standin';

const BOT_TOKEN = 'xoxb-7777-8888-sendersecret';
const REVOKED_TOKEN = 'xoxb-9999-0000-revokedsecret';

const PERMANENT_CHANNELS: Record<string, SlackStandInError> = {
  C0GONE: 'channel_not_found',
  C0NOTIN: 'not_in_channel',
  C0ARCHIVED: 'is_archived',
  C0BADAUTH: 'invalid_auth',
  C0INACTIVE: 'account_inactive',
};

let standIn: SlackStandIn;

function message(channel: string, text = 'Border apprehensions fell 10% in March'): OutboundMessage {
  return { platform: 'slack', target: channel, payload: { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] } };
}

beforeAll(async () => {
  standIn = await startSlackStandIn({
    botTokens: [BOT_TOKEN],
    tokenErrors: { [REVOKED_TOKEN]: 'token_revoked' },
    channelErrors: PERMANENT_CHANNELS,
    historyErrors: { C0PUBLICONLY: 'not_in_channel' },
  });
});

afterAll(async () => {
  await standIn.close();
});

afterEach(() => {
  standIn.setFaults(null);
});

test('posts to the channel with the delivery id in message metadata', async () => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  const result = await sender.send(message('C0META'), 'delivery-meta-1');
  expect(result).toEqual({ ok: true, messageId: expect.any(String) });
  const posted = standIn.messages.filter((m) => m.channel === 'C0META');
  expect(posted).toHaveLength(1);
  expect(posted[0]?.text).toBe('Border apprehensions fell 10% in March');
  expect(posted[0]?.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Border apprehensions fell 10% in March' } }]);
  expect(posted[0]?.metadata).toEqual({ event_type: 'borderwatch_delivery', event_payload: { delivery_id: 'delivery-meta-1' } });
});

test('uses SLACK_API_URL from the environment when no apiUrl is given', async () => {
  const previous = process.env.SLACK_API_URL;
  process.env.SLACK_API_URL = standIn.apiUrl;
  try {
    const sender = new SlackBotSender({ botToken: BOT_TOKEN });
    expect((await sender.send(message('C0ENV'), 'delivery-env-1', { retry: false })).ok).toBe(true);
    expect(standIn.messages.filter((m) => m.channel === 'C0ENV')).toHaveLength(1);
  } finally {
    if (previous === undefined) delete process.env.SLACK_API_URL;
    else process.env.SLACK_API_URL = previous;
  }
});

test('a retried delivery whose first attempt reached Slack is not posted twice', async () => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  // First attempt: Slack posts the message, then the response is lost (500).
  standIn.setFaults({ rate: 1, seed: 7, kinds: ['posted-then-500'], paths: ['/api/chat.postMessage'] });
  const first = await sender.send(message('C0RETRY'), 'delivery-retry-1', { retry: false });
  expect(first).toMatchObject({ ok: false, permanent: false });
  standIn.setFaults(null);
  // Other messages land on top of it in the meantime.
  await sender.send(message('C0RETRY', 'another story'), 'delivery-retry-2', { retry: false });

  const second = await sender.send(message('C0RETRY'), 'delivery-retry-1', { retry: true });
  expect(second).toMatchObject({ ok: true, duplicate: true, messageId: expect.any(String) });
  const posted = standIn.messages.filter((m) => m.channel === 'C0RETRY' && m.metadata?.event_payload.delivery_id === 'delivery-retry-1');
  expect(posted).toHaveLength(1);
  expect(second.ok && second.messageId).toBe(posted[0]?.ts);
});

test('without a retry hint the history check runs by default; with retry:false it is skipped', async () => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  const historyBefore = standIn.calls('conversations.history');
  await sender.send(message('C0DEFAULT'), 'delivery-default-1');
  expect(standIn.calls('conversations.history')).toBe(historyBefore + 1);
  expect(await sender.send(message('C0DEFAULT'), 'delivery-default-1')).toMatchObject({ ok: true, duplicate: true });
  await sender.send(message('C0DEFAULT'), 'delivery-default-2', { retry: false });
  expect(standIn.calls('conversations.history')).toBe(historyBefore + 2);
  expect(standIn.messages.filter((m) => m.channel === 'C0DEFAULT')).toHaveLength(2);
});

test('when history cannot be read (not_in_channel) the message is still posted and a warning raised', async () => {
  const warnings: string[] = [];
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl, onWarning: (m) => warnings.push(m) });
  const result = await sender.send(message('C0PUBLICONLY'), 'delivery-public-1', { retry: true });
  expect(result.ok).toBe(true);
  expect(warnings.join()).toContain('duplicate check unavailable');
  expect(standIn.messages.filter((m) => m.channel === 'C0PUBLICONLY')).toHaveLength(1);
});

test.each(Object.entries(PERMANENT_CHANNELS))('channel error %s → permanent failure', async (channel, code) => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  const result = await sender.send(message(channel), `delivery-${channel}`, { retry: false });
  expect(result).toEqual({ ok: false, permanent: true, error: expect.stringContaining(code) });
  expect(standIn.messages.filter((m) => m.channel === channel)).toHaveLength(0);
});

test('revoked and unknown tokens are permanent, and never appear in the error', async () => {
  for (const [token, code] of [
    [REVOKED_TOKEN, 'token_revoked'],
    ['xoxb-unknown-token-value', 'invalid_auth'],
  ] as const) {
    const sender = new SlackBotSender({ botToken: token, apiUrl: standIn.apiUrl });
    const result = await sender.send(message('C0ANY'), 'delivery-token');
    expect(result).toEqual({ ok: false, permanent: true, error: expect.stringContaining(code) });
    expect(JSON.stringify(result)).not.toContain(token);
  }
});

test('429 surfaces as retryAfterMs without the client waiting it out; 500 is retryable', async () => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  standIn.setFaults({ rate: 1, seed: 1, kinds: ['429'], retryAfterSec: 1, paths: ['/api/chat.postMessage'] });
  const requestsBefore = standIn.requests.length;
  const limited = await sender.send(message('C0LIMIT'), 'delivery-limit-1', { retry: false });
  expect(limited).toEqual({ ok: false, permanent: false, retryAfterMs: 1000, rateLimited: true, error: expect.stringContaining('rate limited') });
  // Exactly one request: no hidden retry inside the WebClient.
  expect(standIn.requests.length - requestsBefore).toBe(1);

  standIn.setFaults({ rate: 1, seed: 1, kinds: ['500'], paths: ['/api/chat.postMessage'] });
  const failed = await sender.send(message('C0LIMIT'), 'delivery-limit-2', { retry: false });
  expect(failed).toMatchObject({ ok: false, permanent: false });
  expect((failed as { retryAfterMs?: number }).retryAfterMs).toBeUndefined();
  expect((failed as { rateLimited?: boolean }).rateLimited).toBeUndefined();
});

test('network failure is retryable and names no secret', async () => {
  const dead = await startSlackStandIn();
  const deadUrl = dead.apiUrl;
  await dead.close();
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: deadUrl, timeoutMs: 2000 });
  const result = await sender.send(message('C0NET'), 'delivery-net-1', { retry: false });
  expect(result).toMatchObject({ ok: false, permanent: false });
  expect(JSON.stringify(result)).not.toContain(BOT_TOKEN);
});

test('under 30% injected 429/500/lost-response faults, every delivery arrives exactly once and no request jumps a Retry-After', async () => {
  const sender = new SlackBotSender({ botToken: BOT_TOKEN, apiUrl: standIn.apiUrl });
  standIn.setFaults({ rate: 0.3, seed: 2, kinds: ['429', '500', 'posted-then-500'], retryAfterSec: 1 });
  const ids = Array.from({ length: 12 }, (_, i) => `delivery-fault-${i}`);
  const results: SendResult[] = [];
  let attempts = 0;
  let faultsSeen = 0;
  // The delivery queue does this in production: retry, honouring retryAfterMs.
  for (const id of ids) {
    for (let attempt = 0; ; attempt += 1) {
      attempts += 1;
      const result = await sender.send(message('C0FAULTY', `story ${id}`), id, { retry: attempt > 0 });
      if (result.ok) {
        results.push(result);
        break;
      }
      faultsSeen += 1;
      expect(result.permanent).toBe(false);
      expect(result.error).not.toContain(BOT_TOKEN);
      expect(attempt).toBeLessThan(20);
      await new Promise((r) => setTimeout(r, result.retryAfterMs ?? 20));
    }
  }
  // The seed is chosen so that every fault kind occurs: the test exercises 429 pacing and lost responses.
  expect(standIn.faultCounts['429']).toBeGreaterThan(0);
  expect(standIn.faultCounts['500']).toBeGreaterThan(0);
  expect(standIn.faultCounts['posted-then-500']).toBeGreaterThan(0);
  expect(results.filter((r) => r.ok && r.duplicate).length).toBeGreaterThan(0);
  expect(faultsSeen).toBeGreaterThan(0);
  expect(attempts).toBeGreaterThan(ids.length);
  const posted = standIn.messages.filter((m) => m.channel === 'C0FAULTY').map((m) => m.metadata?.event_payload.delivery_id);
  expect(posted.sort()).toEqual([...ids].sort());
  expect(standIn.earlyRequests).toBe(0);
}, 60_000);
