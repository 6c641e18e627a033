/**
 * Bot and webhook senders through discord.js's real REST client against the local stand-in.
 */
import type { OutboundMessage } from '../../src/model';
import type { SendResult } from '../../src/platforms/types';
import { DiscordBotSender, deliveryNonce, discordApiBase } from '../../src/platforms/discord/sender';
import { DiscordWebhookSender, parseWebhookUrl } from '../../src/platforms/discord/webhook-sender';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';

const CHANNEL = '700000000000000010';
const FORBIDDEN = '700000000000000011';
const UNKNOWN = '700000000000000099';

function msg(target: string, text = 'Border news'): OutboundMessage {
  return { platform: 'discord', target, payload: { content: text, allowed_mentions: { parse: [] } } };
}

function failure(r: SendResult): Extract<SendResult, { ok: false }> {
  if (r.ok) throw new Error('expected a failure');
  return r;
}

describe('DiscordBotSender', () => {
  let standIn: DiscordStandIn;
  let sender: DiscordBotSender;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ channels: [CHANNEL], forbiddenChannels: [FORBIDDEN] });
    sender = new DiscordBotSender({ token: standIn.botToken, apiBase: standIn.apiBase });
  });
  afterAll(async () => {
    await sender.close();
    await standIn.close();
  });

  test('posts the payload with a ≤25-char nonce derived from the delivery id and enforce_nonce', async () => {
    const r = await sender.send(msg(CHANNEL, 'first'), 'delivery:story-1:sub-1');
    expect(r.ok).toBe(true);
    const stored = standIn.messages.at(-1)!;
    expect(r).toEqual({ ok: true, messageId: stored.id });
    expect(stored.channelId).toBe(CHANNEL);
    expect(stored.body).toMatchObject({ content: 'first', allowed_mentions: { parse: [] }, enforce_nonce: true });
    expect(stored.body.nonce).toBe(deliveryNonce('delivery:story-1:sub-1'));
    expect(String(stored.body.nonce).length).toBeLessThanOrEqual(25);
    expect(deliveryNonce('a')).not.toBe(deliveryNonce('b'));
  });

  test('a retried delivery with the same id yields ONE message', async () => {
    const before = standIn.messages.length;
    const a = await sender.send(msg(CHANNEL, 'once'), 'delivery:story-2:sub-1');
    const b = await sender.send(msg(CHANNEL, 'once'), 'delivery:story-2:sub-1');
    expect(a.ok && b.ok).toBe(true);
    expect(standIn.messages.length).toBe(before + 1);
    expect((b as { messageId: string }).messageId).toBe((a as { messageId: string }).messageId);
    const c = await sender.send(msg(CHANNEL, 'once'), 'delivery:story-2:sub-2');
    expect(c.ok).toBe(true);
    expect(standIn.messages.length).toBe(before + 2);
  });

  test('unknown channel and missing access are permanent', async () => {
    const unknown = failure(await sender.send(msg(UNKNOWN), 'd1'));
    expect(unknown.permanent).toBe(true);
    expect(unknown.error).toContain('10003');
    expect(unknown.error).toContain('Unknown Channel');
    const forbidden = failure(await sender.send(msg(FORBIDDEN), 'd2'));
    expect(forbidden.permanent).toBe(true);
    expect(forbidden.error).toContain('50001');
    for (const e of [unknown.error, forbidden.error]) expect(e).not.toContain(standIn.botToken);
  });

  test('a bad token is permanent, and the error does not contain it', async () => {
    const bad = new DiscordBotSender({ token: 'bad-token.0123456789abcdef', apiBase: standIn.apiBase });
    try {
      const r = failure(await bad.send(msg(CHANNEL), 'd3'));
      expect(r.permanent).toBe(true);
      expect(r.error).toContain('401');
      expect(r.error).not.toContain('bad-token.0123456789abcdef');
    } finally {
      await bad.close();
    }
  });

  test('a rejected payload is not permanent (one bad message must not pause a subscription)', async () => {
    const r = failure(await sender.send({ platform: 'discord', target: CHANNEL, payload: {} }, 'd4'));
    expect(r.permanent).toBe(false);
    expect(r.error).toContain('50006');
  });

  test('a target that is not a channel id is refused without a request', async () => {
    const before = standIn.requests.length;
    const r = failure(await sender.send(msg('../../users/@me'), 'd5'));
    expect(r.permanent).toBe(true);
    expect(standIn.requests.length).toBe(before);
  });

  test('a server that is down is a retryable failure', async () => {
    const down = new DiscordBotSender({ token: 'x.0123456789abcdef', apiBase: 'http://127.0.0.1:1/api', retries: 0 });
    try {
      const r = failure(await down.send(msg(CHANNEL), 'd6'));
      expect(r.permanent).toBe(false);
      expect(r.error).toMatch(/Discord request failed/);
    } finally {
      await down.close();
    }
  });

  test('the API base comes from DISCORD_API_BASE, else discord.com', () => {
    expect(discordApiBase({})).toBe('https://discord.com/api');
    expect(discordApiBase({ DISCORD_API_BASE: 'http://127.0.0.1:9999/api/' })).toBe('http://127.0.0.1:9999/api');
  });
});

describe('DiscordWebhookSender', () => {
  let standIn: DiscordStandIn;
  let sender: DiscordWebhookSender;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ channels: [CHANNEL] });
    sender = new DiscordWebhookSender({ apiBase: standIn.apiBase });
  });
  afterAll(async () => {
    await sender.close();
    await standIn.close();
  });

  test('posts to the webhook with ?wait=true (discord.com origin rewritten to the API base)', async () => {
    const hook = standIn.addWebhook(CHANNEL);
    const r = await sender.send(msg(hook.url, 'via webhook'), 'w1');
    expect(r.ok).toBe(true);
    const stored = standIn.messages.at(-1)!;
    expect(r).toEqual({ ok: true, messageId: stored.id });
    expect(stored).toMatchObject({ via: 'webhook', webhookId: hook.id, channelId: CHANNEL, body: { content: 'via webhook' } });
    const req = standIn.requests.at(-1)!;
    expect(req.path).toBe(`/webhooks/${hook.id}/${hook.token}`);
    expect(new URLSearchParams(req.query).get('wait')).toBe('true');
  });

  test('keeps thread_id from the webhook URL', async () => {
    const hook = standIn.addWebhook(CHANNEL);
    expect(parseWebhookUrl(`${hook.url}?thread_id=123456789012345678`)).toEqual({ id: hook.id, token: hook.token, threadId: '123456789012345678' });
    expect((await sender.send(msg(`${hook.url}?thread_id=123456789012345678`), 'w2')).ok).toBe(true);
  });

  test('an unknown webhook is permanent, and the error holds neither the token nor the URL', async () => {
    const hook = standIn.addWebhook(CHANNEL);
    const revoked = hook.url.replace(hook.token, 'revokedTOKENrevokedTOKENrevoked');
    const r = failure(await sender.send(msg(revoked), 'w3'));
    expect(r.permanent).toBe(true);
    expect(r.error).toContain('10015');
    expect(r.error).toContain('Unknown Webhook');
    expect(r.error).not.toContain('revokedTOKENrevokedTOKENrevoked');
    expect(r.error).not.toContain(revoked);
    expect(r.error).toContain(`/webhooks/${hook.id}/[redacted]`);
  });

  test('URLs on other hosts (private ranges included) are refused before any connection', async () => {
    const before = standIn.requests.length;
    for (const url of [
      'http://10.1.2.3/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz',
      'https://169.254.169.254/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz',
      'https://discord.com.evil.example/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz',
      'http://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz',
      'https://discord.com/api/channels/123456789012345678/messages',
      'not a url',
    ]) {
      const r = failure(await sender.send(msg(url), 'w4'));
      expect(r.permanent).toBe(true);
      expect(r.error).not.toContain('abcdefghijklmnopqrstuvwxyz');
    }
    expect(standIn.requests.length).toBe(before);
  });

  test('accepts discordapp.com, ptb and canary hosts and versioned paths', () => {
    for (const host of ['discordapp.com', 'ptb.discord.com', 'canary.discord.com']) {
      expect(parseWebhookUrl(`https://${host}/api/v10/webhooks/123456789012345678/abcdefghijklmnop`)).toEqual({
        id: '123456789012345678',
        token: 'abcdefghijklmnop',
        threadId: undefined,
      });
    }
  });
});
