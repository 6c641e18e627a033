import type { Env } from '../config/env';
import type { Logger } from '../log';
import type { Platform } from '../model';
import type { Sender } from '../platforms/types';
import { DiscordBotSender } from '../platforms/discord/sender';
import { DiscordWebhookSender } from '../platforms/discord/webhook-sender';
import { SlackBotSender } from '../platforms/slack/sender';
import { SlackWebhookSender } from '../platforms/slack/webhook-sender';
import type { SenderRegistry } from './deliver';

/**
 * The senders this environment enables: bot senders when a token is set, webhook senders always
 * (a webhook subscription carries its own credential). API bases come from the environment.
 */
export function createSenders(env: Env, logger: Logger, opts: { discordInlineRateLimitWaitMs?: number } = {}): SenderRegistry {
  const senders = new Map<string, Sender>();
  // Every Discord rate limit is surfaced (none awaited inside discord.js): the delivery worker then holds the
  // route (or, for a global limit, every send) off in Redis, so no worker of any process sends inside it.
  // The gate also spaces the bot's requests under Discord's global 50/s across all processes, evenly; discord.js's
  // own fixed one-second window would see a jittered 51st start as a global limit and stop every worker for the
  // rest of its window, so it is set out of the way.
  const discordOpts = { apiBase: env.discord.apiBase, maxInlineRateLimitWaitMs: opts.discordInlineRateLimitWaitMs ?? 0, globalRequestsPerSecond: 1_000 };
  if (env.discord.token) senders.set('discord:bot', new DiscordBotSender({ token: env.discord.token, ...discordOpts }));
  senders.set('discord:webhook', new DiscordWebhookSender(discordOpts));
  if (env.slack.botToken) {
    senders.set(
      'slack:bot',
      new SlackBotSender({ botToken: env.slack.botToken, apiUrl: env.slack.apiUrl, onWarning: (m) => logger.warn({ platform: 'slack' }, m) }),
    );
  }
  senders.set('slack:webhook', new SlackWebhookSender({ baseUrl: env.slack.webhookBase }));
  return {
    get: (platform: Platform, kind: 'bot' | 'webhook') => senders.get(`${platform}:${kind}`),
    close: async () => {
      for (const s of senders.values()) await s.close?.();
    },
  };
}
