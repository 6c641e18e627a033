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

/**
 * Config-file subscriptions are upserted at start (keeping a pause set at run time);
 * subscriptions made with `/border subscribe` live only in the store and are left alone.
 */
export async function seedSubscriptions(config: Config, store: SubscriptionStore): Promise<void> {
  for (const sub of configuredSubscriptions(config)) {
    const existing = await store.get(sub.id);
    await store.put(existing?.paused ? { ...sub, paused: existing.paused } : sub);
  }
}
