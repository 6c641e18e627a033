import type { OutboundMessage } from '../model';

/** Outcome of one attempt to post one message. Errors are values, classified for the delivery worker. */
export type SendResult =
  | { ok: true; messageId?: string; duplicate?: boolean }
  | {
      ok: false;
      /** Permanent: unknown channel, missing access, revoked webhook, bad token. Pause the subscription. */
      permanent: boolean;
      /** When the platform said when to come back (429 Retry-After). */
      retryAfterMs?: number;
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
