/**
 * Webhook delivery: POST /webhooks/{id}/{token}?wait=true through discord.js's REST client.
 *
 * The target is a webhook URL from the config. Only its id, token and `thread_id` are used: the
 * request always goes to the configured API base (discord.com, or a local stand-in in tests), so
 * a webhook URL can never make us connect to another host. URLs whose host is not Discord's (or the
 * configured base's) are refused as permanent errors.
 *
 * Idempotency limit: webhook execution has no `enforce_nonce`. If Discord created the message but
 * the response was lost (timeout, 5xx after commit), a retry posts it again. We accept that rare
 * duplicate rather than risk losing an alert; use bot delivery where exactly-once matters.
 */
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { OutboundMessage } from '../../model';
import { takePayloadFiles } from '../payload-files';
import type { Sender, SendResult } from '../types';
import { classifyDiscordError, redactDiscordSecrets } from './errors';
import { closeRest, createDeliveryRest, discordApiBase, tracking429, type DiscordRestOptions } from './sender';

const DISCORD_HOSTS = /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/i;
const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d{15,21})\/([A-Za-z0-9._-]{10,})\/?$/;

export interface ParsedWebhook {
  id: string;
  token: string;
  threadId?: string;
}

/**
 * Parses a Discord webhook URL. Accepts https URLs on discord.com / discordapp.com (ptb, canary)
 * and URLs on `allowedOrigin` (the configured API base's origin). Returns null otherwise.
 */
export function parseWebhookUrl(url: string, allowedOrigin?: string): ParsedWebhook | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const onDiscord = u.protocol === 'https:' && DISCORD_HOSTS.test(u.hostname) && (u.port === '' || u.port === '443');
  const onBase = allowedOrigin !== undefined && u.origin === allowedOrigin;
  if (!onDiscord && !onBase) return null;
  if (u.username || u.password) return null;
  const m = WEBHOOK_PATH.exec(u.pathname);
  if (!m) return null;
  const threadId = u.searchParams.get('thread_id') ?? undefined;
  if (threadId !== undefined && !/^\d{15,21}$/.test(threadId)) return null;
  return { id: m[1], token: m[2], threadId };
}

/** Posts rendered messages to Discord webhook URLs (no bot token needed). */
export class DiscordWebhookSender implements Sender {
  readonly platform = 'discord' as const;
  private readonly rest: REST;
  private readonly origin: string;

  constructor(opts: DiscordRestOptions = {}) {
    const apiBase = opts.apiBase ?? discordApiBase();
    this.origin = new URL(apiBase).origin;
    this.rest = createDeliveryRest({ ...opts, apiBase });
  }

  async send(message: OutboundMessage, _deliveryId: string): Promise<SendResult> {
    if (message.platform !== 'discord') return { ok: false, permanent: true, error: `not a Discord message (${message.platform})` };
    const hook = parseWebhookUrl(message.target, this.origin);
    if (!hook) {
      return { ok: false, permanent: true, error: redactDiscordSecrets(`not a Discord webhook URL: ${safeOrigin(message.target)}`) };
    }
    const query = new URLSearchParams({ wait: 'true' });
    if (hook.threadId) query.set('thread_id', hook.threadId);
    const { payload, files } = takePayloadFiles(message.payload);
    const upload = files.length ? { files: files.map((f) => ({ name: f.name, data: f.data, contentType: 'image/png' })) } : {};
    const r = await tracking429(() => this.rest.post(Routes.webhook(hook.id, hook.token), { body: payload, query, auth: false, ...upload }) as Promise<{ id?: string }>);
    if (r.ok) return { ok: true, messageId: r.value?.id };
    return classifyDiscordError(r.error, [hook.token], r.got429);
  }

  async close(): Promise<void> {
    closeRest(this.rest);
  }
}

/** Only the origin of a URL, for error messages (never its path, which holds the token). */
function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(unparseable URL)';
  }
}
