import { createHash } from 'node:crypto';
import type { Config, SubscriptionConfig } from '../config/schema';
import type { Subscription, SubscriptionStore } from '../store/types';

/** Stable id of a configured subscription: its `id`, else platform + channel, else platform + webhook index. */
export function subscriptionId(sub: SubscriptionConfig, index: number): string {
  if (sub.id) return sub.id;
  if (sub.channel) return `${sub.platform}-${sub.channel}`;
  return `${sub.platform}-webhook-${index + 1}`;
}

/** What `target` says in output and logs: the channel id, or `webhook:<subscription id>` (never the URL). */
export function subscriptionTarget(sub: Pick<Subscription, 'id' | 'channel'>): string {
  return sub.channel ?? `webhook:${sub.id}`;
}

export function configuredSubscriptions(config: Config): Subscription[] {
  return config.subscriptions.map((s, i) => ({ ...s, id: subscriptionId(s, i) }));
}

/** A pause that a person chose (`/border unsubscribe`, replaced by `/border subscribe`), not a delivery error. */
export function pausedByCommand(paused: NonNullable<Subscription['paused']>): boolean {
  if (paused.kind === 'delivery-error') return false;
  return /^(unsubscribed by |replaced by \/border subscribe)/.test(paused.reason);
}

export interface SeedResult {
  /** Config-file subscriptions whose changed entry lifted a pause from a delivery error. */
  resumed: Array<{ id: string; reason: string }>;
  /** Every subscription still paused after seeding (file and command ones). */
  paused: Subscription[];
}

/**
 * Config-file subscriptions are applied at start. A subscription whose file entry is unchanged since it was
 * last applied keeps what was done to it at run time (`/border subscribe` changes, a pause); a changed file
 * entry wins. A changed entry also resumes a subscription paused by a delivery error (the operator fixed the
 * webhook, the channel): only a pause someone chose with `/border unsubscribe` is kept. Subscriptions made
 * with `/border subscribe` live only in the store.
 */
export async function seedSubscriptions(config: Config, store: SubscriptionStore): Promise<SeedResult> {
  const resumed: SeedResult['resumed'] = [];
  for (const sub of configuredSubscriptions(config)) {
    const configHash = createHash('sha256').update(JSON.stringify(sub)).digest('hex').slice(0, 16);
    const existing = await store.get(sub.id);
    if (existing && existing.configHash === configHash) continue;
    const keepPause = existing?.paused && pausedByCommand(existing.paused) ? existing.paused : undefined;
    if (existing?.paused && !keepPause) resumed.push({ id: sub.id, reason: existing.paused.reason });
    await store.put({ ...sub, configHash, ...(keepPause ? { paused: keepPause } : {}) });
  }
  const paused = (await store.list()).filter((s) => s.paused);
  return { resumed, paused };
}
