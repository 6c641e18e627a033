import type { Config } from '../config/schema';
import type { Env } from '../config/env';
import type { Logger } from '../log';
import type { Delivery } from '../pipeline/pipeline';
import { partDeliveryId } from '../pipeline/pipeline';
import type { SubscriptionStore } from '../store/types';
import { createSenders } from './senders';
import { sendToSubscription } from './deliver';

const MAX_TRIES = 5;

/**
 * `run --once` without `--dry-run`: post the deliveries now, in order, without a queue. Rate limits are
 * waited out (a few times), other errors are reported and the run goes on with the next delivery.
 */
export async function sendDeliveries(
  deliveries: Delivery[],
  opts: { config: Config; env: Env; logger: Logger; subscriptions: SubscriptionStore },
): Promise<{ ok: number; failed: number }> {
  const senders = createSenders(opts.env, opts.logger);
  let ok = 0;
  let failed = 0;
  try {
    for (const d of deliveries) {
      const sub = await opts.subscriptions.get(d.subscriptionId);
      if (!sub) {
        opts.logger.warn({ subscription: d.subscriptionId }, 'nothing to send to: preview messages are only printed (configure subscriptions to post)');
        failed += d.messages.length;
        continue;
      }
      for (let part = 0; part < d.messages.length; part++) {
        let sent = false;
        for (let attempt = 1; attempt <= MAX_TRIES && !sent; attempt++) {
          const res = await sendToSubscription(senders, sub, d.messages[part]!.payload, partDeliveryId(d.id, part));
          if (res.ok) {
            sent = true;
            break;
          }
          opts.logger.warn({ subscription: sub.id, attempt, error: res.error }, 'send failed');
          if (res.permanent) break;
          await new Promise((r) => setTimeout(r, res.retryAfterMs ?? 1000 * 2 ** (attempt - 1)));
        }
        if (sent) ok++;
        else failed++;
      }
    }
  } finally {
    await senders.close();
  }
  return { ok, failed };
}
