/**
 * Delivery under injected faults (seeded, so every run sees the same sequence): 429 with
 * Retry-After, 500 before the message exists, and 500 after it was created (lost response).
 * Every message must arrive exactly once, and no request may reach the stand-in before a
 * Retry-After it announced for that bucket has passed.
 */
import type { OutboundMessage } from '../../src/model';
import type { Sender, SendResult } from '../../src/platforms/types';
import { DiscordBotSender, deliveryNonce } from '../../src/platforms/discord/sender';
import { DiscordWebhookSender } from '../../src/platforms/discord/webhook-sender';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';

const CHANNELS = ['700000000000000021', '700000000000000022'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the delivery worker does: retry retryable failures, honouring retryAfterMs. */
async function deliver(sender: Sender, message: OutboundMessage, deliveryId: string, results: SendResult[]): Promise<SendResult> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = await sender.send(message, deliveryId);
    results.push(r);
    if (r.ok || r.permanent) return r;
    await sleep(r.retryAfterMs ?? 10);
  }
  throw new Error(`delivery ${deliveryId} never succeeded`);
}

function outbound(target: string, i: number): OutboundMessage {
  return { platform: 'discord', target, payload: { content: `story ${i}` } };
}

describe('Discord delivery under faults', () => {
  let standIn: DiscordStandIn;

  beforeEach(async () => {
    standIn = await startDiscordStandIn({ channels: CHANNELS });
  });
  afterEach(async () => {
    await standIn.close();
  });

  test('the stand-in notices a request sent before Retry-After has passed', async () => {
    standIn.setFaults({ rate429: 1, retryAfterSec: 0.3, seed: 7 });
    const url = `${standIn.apiBase}/v10/channels/${CHANNELS[0]}/messages`;
    const init = { method: 'POST', headers: { authorization: `Bot ${standIn.botToken}`, 'content-type': 'application/json' }, body: '{"content":"x"}' };
    const first = await fetch(url, init);
    expect(first.status).toBe(429);
    expect(Number(first.headers.get('retry-after'))).toBeCloseTo(0.3);
    expect(await first.json()).toMatchObject({ retry_after: 0.3, global: false });
    const second = await fetch(url, init);
    expect(second.status).toBe(429);
    expect(standIn.requests.map((r) => r.early)).toEqual([false, true]);
  });

  test('bot sender, 30% faults handled inside the REST client: N sends arrive exactly once, none early', async () => {
    standIn.setFaults({ rate429: 0.15, rate500: 0.1, rate500After: 0.05, retryAfterSec: 0.08, seed: 42 });
    const sender = new DiscordBotSender({ token: standIn.botToken, apiBase: standIn.apiBase });
    const results: SendResult[] = [];
    const N = 30;
    try {
      await Promise.all(
        Array.from({ length: N }, (_, i) => deliver(sender, outbound(CHANNELS[i % 2], i), `delivery-${i}`, results)),
      );
    } finally {
      await sender.close();
    }
    const faults = standIn.requests.map((r) => r.fault).filter(Boolean);
    expect(faults).toContain('429');
    expect(faults).toContain('500');
    expect(faults).toContain('500-after');
    expect(standIn.messages).toHaveLength(N);
    const nonces = standIn.messages.map((m) => m.nonce);
    expect(new Set(nonces).size).toBe(N);
    for (let i = 0; i < N; i++) expect(nonces).toContain(deliveryNonce(`delivery-${i}`));
    expect(standIn.requests.filter((r) => r.early)).toEqual([]);
  });

  test('bot sender surfacing every 429 as retryAfterMs: the caller waits, all arrive once, none early', async () => {
    standIn.setFaults({ rate429: 0.2, rate500: 0.05, rate500After: 0.05, retryAfterSec: 0.06, seed: 9 });
    const sender = new DiscordBotSender({ token: standIn.botToken, apiBase: standIn.apiBase, maxInlineRateLimitWaitMs: 0 });
    const results: SendResult[] = [];
    const N = 20;
    try {
      for (let i = 0; i < N; i++) await deliver(sender, outbound(CHANNELS[0], i), `surfaced-${i}`, results);
    } finally {
      await sender.close();
    }
    const limited = results.filter((r) => !r.ok && r.retryAfterMs !== undefined);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expect(r.ok).toBe(false);
      // A 429's wait is the announced Retry-After (60 ms); a wait the client foresaw is what is left of the
      // bucket's reset, which depends on how long ago it was learned: only that it is positive is certain.
      if ((r as { rateLimited?: boolean }).rateLimited) expect((r as { retryAfterMs: number }).retryAfterMs).toBeGreaterThanOrEqual(60);
      else expect((r as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
      expect((r as { permanent: boolean }).permanent).toBe(false);
    }
    expect(standIn.messages).toHaveLength(N);
    expect(new Set(standIn.messages.map((m) => m.nonce)).size).toBe(N);
    expect(standIn.requests.filter((r) => r.early)).toEqual([]);
    // Every 429 answer is flagged rateLimited (it counts in borderwatch_rate_limited_total).
    expect(results.filter((r) => !r.ok && r.rateLimited).length).toBe(standIn.requests.filter((r) => r.status === 429).length);
  });

  test('a wait discord.js foresees from the bucket headers is surfaced as retryAfterMs, but is not a 429', async () => {
    standIn.setFaults({ rate429: 1, retryAfterSec: 5, seed: 1 });
    const sender = new DiscordBotSender({ token: standIn.botToken, apiBase: standIn.apiBase, maxInlineRateLimitWaitMs: 0 });
    try {
      const results: SendResult[] = [];
      for (let i = 0; i < 4; i++) results.push(await sender.send(outbound(CHANNELS[0], i), `foreseen-${i}`));
      expect(results.every((r) => !r.ok && r.retryAfterMs !== undefined && r.retryAfterMs > 0)).toBe(true);
      // Once the client knows the bucket is empty for 5 s it refuses further sends itself, without a request:
      // those carry retryAfterMs but are not counted as 429s.
      const answered429 = standIn.requests.filter((r) => r.status === 429).length;
      expect(answered429).toBeLessThan(4);
      expect(results.filter((r) => !r.ok && r.rateLimited)).toHaveLength(answered429);
    } finally {
      await sender.close();
    }
  });

  test('webhook sender, 30% 429/500 before creation: N sends arrive exactly once, none early', async () => {
    standIn.setFaults({ rate429: 0.15, rate500: 0.15, retryAfterSec: 0.05, seed: 3 });
    const hooks = [standIn.addWebhook(CHANNELS[0]), standIn.addWebhook(CHANNELS[1])];
    const sender = new DiscordWebhookSender({ apiBase: standIn.apiBase });
    const results: SendResult[] = [];
    const N = 20;
    try {
      await Promise.all(Array.from({ length: N }, (_, i) => deliver(sender, outbound(hooks[i % 2].url, i), `hook-${i}`, results)));
    } finally {
      await sender.close();
    }
    const faults = standIn.requests.map((r) => r.fault).filter(Boolean);
    expect(faults).toContain('429');
    expect(faults).toContain('500');
    expect(standIn.messages).toHaveLength(N);
    expect(new Set(standIn.messages.map((m) => m.body.content)).size).toBe(N);
    expect(standIn.requests.filter((r) => r.early)).toEqual([]);
    for (const r of results) if (!r.ok) for (const h of hooks) expect(r.error).not.toContain(h.token);
  });
});
