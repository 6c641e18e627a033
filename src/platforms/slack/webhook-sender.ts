/**
 * Delivery through a Slack incoming webhook (`https://hooks.slack.com/services/…`).
 *
 * Incoming webhooks cannot be checked for duplicates: they return plain "ok", no message ts, and the
 * webhook's token cannot read the channel. A retry after a lost response may therefore post twice;
 * prefer the bot sender (SlackBotSender) where exactly-once matters.
 *
 * The webhook URL is a secret: it never appears in a SendResult or a log line.
 */
import { takePayloadFiles } from '../payload-files';
import type { OutboundMessage } from '../../model';
import type { SendResult, Sender } from '../types';
import { PERMANENT_WEBHOOK_ERRORS, parseRetryAfterMs, redactSecrets } from './errors';

export const SLACK_HOOKS_ORIGIN = 'https://hooks.slack.com';

export interface SlackWebhookSenderOptions {
  /**
   * Replaces `https://hooks.slack.com` when posting (tests: the local stand-in, e.g. http://127.0.0.1:1234/hooks).
   * Targets must still be hooks.slack.com URLs; only the origin is rewritten.
   */
  baseUrl?: string;
  /** Per-request timeout in ms (default 10 000). */
  timeoutMs?: number;
}

/** Posts rendered messages to incoming-webhook URLs (the message target). */
export class SlackWebhookSender implements Sender {
  readonly platform = 'slack' as const;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(options: SlackWebhookSenderOptions = {}) {
    this.baseUrl = (options.baseUrl ?? SLACK_HOOKS_ORIGIN).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** `deliveryId` is accepted for the Sender contract; incoming webhooks offer no way to use it. */
  async send(message: OutboundMessage, _deliveryId: string): Promise<SendResult> {
    const url = this.resolve(message.target);
    if (!url) return { ok: false, permanent: true, error: 'slack webhook: target is not a https://hooks.slack.com/ URL' };
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        // Incoming webhooks cannot carry files: an attached chart (`_files`) is dropped.
        body: JSON.stringify(takePayloadFiles(message.payload).payload),
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      return { ok: false, permanent: false, error: redactSecrets(`slack webhook: request failed (${describe(error)})`, [message.target, url]) };
    }
    const body = (await response.text().catch(() => '')).trim().slice(0, 200);
    if (response.ok) return { ok: true };
    const code = /^[a-z_]+$/.test(body) ? body : undefined;
    const detail = code ?? `HTTP ${response.status}`;
    if (response.status === 429) {
      const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after')) ?? 1000;
      return { ok: false, permanent: false, retryAfterMs, rateLimited: true, error: 'slack webhook: rate limited' };
    }
    if (response.status >= 500 || response.status === 408) return { ok: false, permanent: false, error: `slack webhook: ${detail} (HTTP ${response.status})` };
    const permanent = (code !== undefined && PERMANENT_WEBHOOK_ERRORS.has(code)) || [400, 401, 403, 404, 410].includes(response.status);
    return { ok: false, permanent, error: `slack webhook: ${detail} (HTTP ${response.status})` };
  }

  /** Validate the target and apply the origin override; undefined when the target is not a Slack webhook. */
  private resolve(target: string): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(target);
    } catch {
      return undefined;
    }
    if (parsed.protocol !== 'https:' || parsed.hostname !== 'hooks.slack.com' || parsed.port !== '' || parsed.username || parsed.password) return undefined;
    return `${this.baseUrl}${parsed.pathname}${parsed.search}`;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  const cause = (error as Error & { cause?: { code?: unknown } }).cause;
  return cause?.code ? String(cause.code) : error.message;
}
