import type { Platform } from '../model';
import type { Sender, SendResult } from '../platforms/types';
import type { Subscription } from '../store/types';
import { resolveWebhook } from '../config/env';

/** The senders this process has, by platform and kind (bot token or webhook). */
export interface SenderRegistry {
  get(platform: Platform, kind: 'bot' | 'webhook'): Sender | undefined;
  close(): Promise<void>;
}

/** Where a subscription's messages go: a channel through the bot, or a webhook URL (resolved from env). */
export type ResolvedTarget = { kind: 'bot'; target: string } | { kind: 'webhook'; target: string } | { kind: 'unresolved'; error: string };

export function resolveTarget(sub: Pick<Subscription, 'channel' | 'webhook' | 'platform'>, env: NodeJS.ProcessEnv = process.env): ResolvedTarget {
  if (sub.channel) return { kind: 'bot', target: sub.channel };
  if (sub.webhook) {
    const url = resolveWebhook(sub.webhook, env);
    if (!url) return { kind: 'unresolved', error: `webhook ${sub.webhook} is not set in the environment` };
    return { kind: 'webhook', target: url };
  }
  return { kind: 'unresolved', error: 'subscription has neither channel nor webhook' };
}

/** Send one payload to one subscription, choosing the sender; a missing sender is a permanent error. */
export async function sendToSubscription(
  senders: SenderRegistry,
  sub: Pick<Subscription, 'channel' | 'webhook' | 'platform'>,
  payload: Record<string, unknown>,
  deliveryId: string,
  opts: { retry?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<SendResult> {
  const resolved = resolveTarget(sub, opts.env);
  if (resolved.kind === 'unresolved') return { ok: false, permanent: true, error: resolved.error };
  const sender = senders.get(sub.platform, resolved.kind);
  if (!sender) {
    const what = resolved.kind === 'bot' ? (sub.platform === 'discord' ? 'DISCORD_TOKEN' : 'SLACK_BOT_TOKEN') : 'a webhook sender';
    return { ok: false, permanent: true, error: `cannot post to ${sub.platform} channel: ${what} is not configured` };
  }
  return sender.send({ platform: sub.platform, target: resolved.target, payload }, deliveryId, { retry: opts.retry });
}
