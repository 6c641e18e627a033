import type { Config, FeedConfig } from '../config/schema';
import type { Logger } from '../log';
import type { Subscription, SubscriptionStore } from '../store/types';
import { renderDiscordText } from '../platforms/discord/render';
import { renderSlackText } from '../platforms/slack/render';
import type { Delivery } from '../pipeline/pipeline';
import { createHash } from 'node:crypto';
import { displayUrl, redactUrlsIn } from '../util/display-url';
import { configuredSubscriptions, subscriptionTarget } from '../pipeline/subscriptions';

export const ADMIN_ALERTS_ID = 'admin-alerts';

/** How an admin resumes a paused subscription, on either platform (the stores are shared). */
export function resumeAdvice(id: string, fromConfigFile: boolean): string {
  const file = fromConfigFile ? ' A subscription from the config file also resumes when its entry there is changed and the service restarted.' : '';
  return `Fix the cause (channel, permissions, webhook), then resume it: /border-admin subscriptions resume ${id} on Discord, or /border subscriptions resume ${id} on Slack.${file}`;
}

/**
 * Operator notices: a feed starts failing or recovers; a subscription is paused by a permanent platform
 * error. Always logged; also posted to `adminAlerts` (config) when it is set, through the delivery queue.
 */
export class AdminAlerts {
  constructor(
    private readonly config: Config,
    private readonly enqueue: ((deliveries: Delivery[]) => Promise<void>) | undefined,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The admin channel as a pseudo-subscription, or a stored subscription. */
  async subscriptionFor(id: string, store: SubscriptionStore): Promise<Pick<Subscription, 'platform' | 'channel' | 'webhook'> & { paused?: Subscription['paused'] } | undefined> {
    if (id === ADMIN_ALERTS_ID) return this.config.adminAlerts;
    return store.get(id);
  }

  async feedTransition(feed: FeedConfig, transition: 'failing' | 'recovered', error?: string): Promise<void> {
    // The feed URL and the error may carry a secret (`?apikey=…`): shown redacted (util/display-url.ts).
    const url = displayUrl(feed.url);
    const text =
      transition === 'failing'
        ? `⚠️ Feed "${feed.name}" is failing: ${error === undefined ? 'unknown error' : redactUrlsIn(error)} (${url}). borderwatch keeps retrying with backoff.`
        : `✅ Feed "${feed.name}" recovered (${url}).`;
    this.logger[transition === 'failing' ? 'warn' : 'info']({ feed: feed.name, transition, error }, 'admin alert');
    // The delivery id names the feed by a hash: job ids are shown by the queue dashboard.
    await this.notice(text, `feed-${transition}-${createHash('sha256').update(feed.url).digest('hex').slice(0, 16)}`);
  }

  async pauseSubscription(id: string, reason: string, store: SubscriptionStore): Promise<void> {
    if (id === ADMIN_ALERTS_ID) {
      this.logger.error({ reason }, 'the admin alert channel itself cannot be reached');
      return;
    }
    const sub = await store.get(id);
    if (!sub) return;
    if (!sub.paused) await store.put({ ...sub, paused: { at: this.now().toISOString(), reason, kind: 'delivery-error' } });
    const advice = resumeAdvice(id, configuredSubscriptions(this.config).some((s) => s.id === id));
    this.logger.warn({ subscription: id, platform: sub.platform, reason }, `subscription ${id} paused: ${reason}. ${advice}`);
    await this.notice(`⏸️ Subscription ${id} (${sub.platform} ${subscriptionTarget(sub)}) was paused: ${reason}. ${advice}`, `paused-${id}`);
  }

  private async notice(text: string, key: string): Promise<void> {
    const a = this.config.adminAlerts;
    if (!a || !this.enqueue) return;
    const payload =
      a.platform === 'discord'
        ? { content: renderDiscordText(text).slice(0, 2000), allowed_mentions: { parse: [] } }
        : { text: renderSlackText(text).slice(0, 3000), unfurl_links: false };
    // One alert per event and minute: retries of the same event do not repeat it.
    const id = `admin-${key}-${Math.floor(this.now().getTime() / 60_000)}`.replace(/[^A-Za-z0-9_.-]/g, '_');
    await this.enqueue([{ id, subscriptionId: ADMIN_ALERTS_ID, messages: [{ platform: a.platform, target: a.channel ?? 'webhook:admin-alerts', payload }] }]);
  }
}
