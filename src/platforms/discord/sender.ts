/**
 * Bot delivery: POST /channels/{id}/messages through discord.js's REST client.
 *
 * Idempotency: every send carries `nonce` (a 25-character hash of the delivery id) with
 * `enforce_nonce: true`, so Discord returns the original message instead of posting a second one
 * when a retry of the same delivery arrives within a few minutes (Discord's nonce window).
 *
 * Rate limits: the REST client keeps per-bucket state from the X-RateLimit-* headers and never
 * sends inside a known limit. A 429 whose Retry-After is at most `maxInlineRateLimitWaitMs` is
 * waited out inside the client (it serialises the bucket and sleeps Retry-After + 50 ms); a longer
 * one is surfaced as `retryAfterMs` so the delivery worker is not blocked and the queue reschedules.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
// The REST package alone (discord.js re-exports it): a delivery worker needs no gateway client.
import { DefaultRestOptions, REST, type RateLimitData } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { OutboundMessage } from '../../model';
import { takePayloadFiles } from '../payload-files';
import type { Sender, SendResult } from '../types';
import { classifyDiscordError } from './errors';

export const DEFAULT_DISCORD_API_BASE = 'https://discord.com/api';

/** The REST base URL: `DISCORD_API_BASE` when set (tests point it at a local stand-in), else discord.com. */
export function discordApiBase(env: NodeJS.ProcessEnv = process.env): string {
  const v = env.DISCORD_API_BASE?.trim();
  return v ? v.replace(/\/+$/, '') : DEFAULT_DISCORD_API_BASE;
}

export interface DiscordRestOptions {
  /** REST base without the version, e.g. `https://discord.com/api`. Default: `discordApiBase()`. */
  apiBase?: string;
  /** Rate limits longer than this are returned to the caller as `retryAfterMs` instead of awaited. Default 5000. */
  maxInlineRateLimitWaitMs?: number;
  /** Retries of 5xx / connection resets inside the client before the send reports a retryable failure. Default 2. */
  retries?: number;
  /** Per-request timeout. Default 15000. */
  timeoutMs?: number;
  /** discord.js's own per-process global limit (a fixed one-second window). Default 50. */
  globalRequestsPerSecond?: number;
}

/**
 * Whether Discord itself answered 429 during one send. discord.js throws the same RateLimitError for a 429 and
 * for a wait it foresees from the bucket headers; only the first is a rate limit Discord counted against us.
 */
const sendContext = new AsyncLocalStorage<{ got429: boolean }>();

/** Run one REST call, reporting whether any of its HTTP requests (retries included) was answered 429. */
export async function tracking429<T>(call: () => Promise<T>): Promise<({ ok: true; value: T } | { ok: false; error: unknown }) & { got429: boolean }> {
  const ctx = { got429: false };
  try {
    return { ok: true, value: await sendContext.run(ctx, call), got429: ctx.got429 };
  } catch (error) {
    return { ok: false, error, got429: ctx.got429 };
  }
}

/** A discord.js REST client configured for delivery (no token set). */
export function createDeliveryRest(opts: DiscordRestOptions = {}): REST {
  const maxWait = opts.maxInlineRateLimitWaitMs ?? 5000;
  return new REST({
    api: opts.apiBase ?? discordApiBase(),
    version: '10',
    retries: opts.retries ?? 2,
    timeout: opts.timeoutMs ?? 15_000,
    globalRequestsPerSecond: opts.globalRequestsPerSecond ?? 50,
    rejectOnRateLimit: (data: RateLimitData) => data.retryAfter > maxWait,
    makeRequest: async (url, init) => {
      const res = await DefaultRestOptions.makeRequest(url, init);
      if (res.status === 429) {
        const ctx = sendContext.getStore();
        if (ctx) ctx.got429 = true;
      }
      return res;
    },
  });
}

/** Stops the REST client's sweep timers. */
export function closeRest(rest: REST): void {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
}

/** Discord nonces are at most 25 characters: the first 25 hex digits of SHA-256(deliveryId). */
export function deliveryNonce(deliveryId: string): string {
  return createHash('sha256').update(deliveryId).digest('hex').slice(0, 25);
}

export interface DiscordBotSenderOptions extends DiscordRestOptions {
  token: string;
}

const SNOWFLAKE = /^\d{15,21}$/;

/** Posts rendered messages to channel ids as the bot. */
export class DiscordBotSender implements Sender {
  readonly platform = 'discord' as const;
  private readonly rest: REST;
  private readonly token: string;

  constructor(opts: DiscordBotSenderOptions) {
    this.token = opts.token;
    this.rest = createDeliveryRest(opts).setToken(opts.token);
  }

  async send(message: OutboundMessage, deliveryId: string): Promise<SendResult> {
    if (message.platform !== 'discord') return { ok: false, permanent: true, error: `not a Discord message (${message.platform})` };
    if (!SNOWFLAKE.test(message.target)) return { ok: false, permanent: true, error: 'Discord bot target is not a channel id' };
    // A chart travels in the payload as `_files` (official announcements): uploaded as multipart, never posted as JSON.
    const { payload, files } = takePayloadFiles(message.payload);
    const body = { ...payload, nonce: deliveryNonce(deliveryId), enforce_nonce: true };
    const upload = files.length ? { files: files.map((f) => ({ name: f.name, data: f.data, contentType: 'image/png' })) } : {};
    const r = await tracking429(() => this.rest.post(Routes.channelMessages(message.target), { body, ...upload }) as Promise<{ id?: string }>);
    if (r.ok) return { ok: true, messageId: r.value?.id };
    return classifyDiscordError(r.error, [this.token], r.got429);
  }

  async close(): Promise<void> {
    closeRest(this.rest);
  }
}
