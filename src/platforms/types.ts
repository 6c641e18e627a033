import type { OutboundMessage } from '../model';

/** Outcome of one attempt to post one message. Errors are values, classified for the delivery worker. */
export type SendResult =
  | { ok: true; messageId?: string; duplicate?: boolean }
  | {
      ok: false;
      /** Permanent: unknown channel, missing access, revoked webhook, bad token. Pause the subscription. */
      permanent: boolean;
      /** When to come back: a 429's Retry-After, or a wait the client itself knows of (a bucket it saw exhausted). */
      retryAfterMs?: number;
      /** The platform answered 429 (counted in borderwatch_rate_limited_total; a client-side wait is not). */
      rateLimited?: boolean;
      /** What the rate limit covers: every request of the bot (`global`) or this route/channel only. */
      rateLimitScope?: 'global' | 'route';
      error: string;
    };

/** Posts a rendered message to a platform. `deliveryId` makes retries idempotent. */
export interface Sender {
  readonly platform: OutboundMessage['platform'];
  /**
   * `retry: true` says an earlier attempt of this delivery may have reached the platform, so a sender
   * that can look for it first (Slack: channel history by metadata) should; omitted means "check".
   */
  send(message: OutboundMessage, deliveryId: string, opts?: { retry?: boolean }): Promise<SendResult>;
  close?(): Promise<void>;
}
