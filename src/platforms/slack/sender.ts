/**
 * Delivery through the Slack Web API with a bot token (`chat.postMessage`), idempotent by delivery id.
 *
 * Every message carries `metadata: { event_type: 'borderwatch_delivery', event_payload: { delivery_id } }`.
 * Before a send that may repeat an earlier attempt, the channel's most recent messages are read
 * (`conversations.history`, `include_all_metadata`) and the send is skipped when that delivery id is already there:
 * an attempt whose response was lost (timeout, 5xx after Slack posted) is then not posted twice.
 *
 * The WebClient never waits out rate limits by itself (`rejectRateLimitedCalls`) and does not retry:
 * the delivery queue owns retries and pacing, so a 429 comes back as `retryAfterMs`.
 */
import { takePayloadFiles } from '../payload-files';
import { LogLevel, WebClient, type Logger, type WebClientOptions } from '@slack/web-api';
import type { OutboundMessage } from '../../model';
import type { SendResult, Sender } from '../types';
import { classifySlackErrorCode, classifyWebApiError, redactSecrets, slackErrorCode } from './errors';

export const DELIVERY_EVENT_TYPE = 'borderwatch_delivery';
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export interface SlackBotSenderOptions {
  botToken: string;
  /** Web API base URL; default `SLACK_API_URL` from the environment, else https://slack.com/api/. */
  apiUrl?: string;
  /** How many recent channel messages the duplicate check reads (default 20, at most 100). */
  historyLimit?: number;
  /** Per-request timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Receives non-fatal warnings (e.g. duplicate check unavailable). Messages are already redacted. */
  onWarning?: (message: string) => void;
}

export interface SlackSendOptions {
  /**
   * Whether an earlier attempt of this delivery may have reached Slack. When `false` (a job's first attempt)
   * the history check is skipped; when omitted the check always runs — correct without the caller's help,
   * at the cost of one `conversations.history` call per message.
   */
  retry?: boolean;
}

/** History errors that only mean "cannot check" (the bot may still post with chat:write.public). */
const CHECK_UNAVAILABLE = new Set(['not_in_channel', 'missing_scope']);

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Posts rendered Block Kit messages to channels with the bot token. */
export class SlackBotSender implements Sender {
  readonly platform = 'slack' as const;
  private readonly client: WebClient;
  private readonly historyLimit: number;
  private readonly botToken: string;
  private readonly onWarning: (message: string) => void;

  constructor(options: SlackBotSenderOptions) {
    this.botToken = options.botToken;
    this.historyLimit = Math.min(Math.max(options.historyLimit ?? 20, 1), 100);
    this.onWarning = options.onWarning ?? (() => {});
    const clientOptions: WebClientOptions = {
      slackApiUrl: options.apiUrl ?? process.env.SLACK_API_URL ?? DEFAULT_SLACK_API_URL,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: options.timeoutMs ?? 10_000,
      // Absolute URLs would let a crafted method name send the token elsewhere.
      allowAbsoluteUrls: false,
      logger: silentLogger,
    };
    this.client = new WebClient(options.botToken, clientOptions);
  }

  /** Post `message.payload` to channel `message.target`. */
  async send(message: OutboundMessage, deliveryId: string, options: SlackSendOptions = {}): Promise<SendResult> {
    const channel = message.target;
    if (options.retry !== false) {
      const found = await this.findDelivery(channel, deliveryId);
      if (found.kind === 'error') return found.result;
      if (found.kind === 'found') return { ok: true, duplicate: true, ...(found.ts ? { messageId: found.ts } : {}) };
    }
    // A chart travels in the payload as `_files` (official announcements): uploaded after the message.
    const { payload, files } = takePayloadFiles(message.payload);
    try {
      const result = await this.client.chat.postMessage({
        ...payload,
        channel,
        metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { delivery_id: deliveryId } },
      } as unknown as Parameters<WebClient['chat']['postMessage']>[0]);
      if (!result.ok) return this.redact(classifySlackErrorCode(String(result.error ?? 'unknown_error'), 'chat.postMessage'));
      for (const f of files) {
        try {
          await this.client.files.uploadV2({ channel_id: channel, file: f.data, filename: f.name, title: f.title, alt_text: f.title });
        } catch (error) {
          // The message is posted (a retry would find it and stop): the chart is an extra, so warn and carry on.
          this.onWarning(`slack: chart upload to ${channel} failed: ${this.redact(classifyWebApiError(error, 'files.uploadV2')).error}`);
        }
      }
      return { ok: true, ...(result.ts ? { messageId: result.ts } : {}) };
    } catch (error) {
      return this.redact(classifyWebApiError(error, 'chat.postMessage'));
    }
  }

  /** Look for `deliveryId` in the channel's recent history. */
  private async findDelivery(
    channel: string,
    deliveryId: string,
  ): Promise<{ kind: 'found'; ts?: string } | { kind: 'absent' } | { kind: 'error'; result: SendResult }> {
    try {
      const history = await this.client.conversations.history({ channel, limit: this.historyLimit, include_all_metadata: true });
      const messages = (history.messages ?? []) as HistoryMessage[];
      const hit = messages.find((m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.delivery_id === deliveryId);
      return hit ? { kind: 'found', ts: hit.ts } : { kind: 'absent' };
    } catch (error) {
      const failure = this.redact(classifyWebApiError(error, 'conversations.history'));
      const code = slackErrorCode(error);
      if (code && CHECK_UNAVAILABLE.has(code)) {
        // Posting may still work (chat:write.public); without history the send is at-least-once.
        this.onWarning(`slack: duplicate check unavailable for channel ${channel} (${code}); sending without it`);
        return { kind: 'absent' };
      }
      return { kind: 'error', result: failure };
    }
  }

  private redact<T extends { error: string }>(failure: T): T {
    return { ...failure, error: redactSecrets(failure.error, [this.botToken]) };
  }
}

/** The WebClient logs request details at debug level; the sender reports through SendResult instead. */
const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};
