import type { Env } from '../config/env';
import type { Logger } from '../log';
import type { Platform } from '../model';
import type { Sender } from '../platforms/types';
import type { SenderRegistry } from './deliver';

/**
 * The senders this environment enables: bot senders when a token is set, webhook senders always
 * (a webhook subscription carries its own credential). API bases come from the environment.
 *
 * Each sender (and its SDK: @discordjs/rest, @slack/web-api) is loaded and built on first use, so a worker
 * process pays only for the platforms it actually delivers to.
 */
export function createSenders(env: Env, logger: Logger, opts: { discordInlineRateLimitWaitMs?: number } = {}): SenderRegistry {
  // Every Discord rate limit is surfaced (none awaited inside the REST client): the delivery worker then holds the
  // route (or, for a global limit, every send) off in Redis, so no worker of any process sends inside it.
  // The gate also spaces the bot's requests under Discord's global 50/s across all processes, evenly; the REST
  // client's own fixed one-second window would see a jittered 51st start as a global limit and stop every worker
  // for the rest of its window, so it is set out of the way.
  const discordOpts = { apiBase: env.discord.apiBase, maxInlineRateLimitWaitMs: opts.discordInlineRateLimitWaitMs ?? 0, globalRequestsPerSecond: 1_000 };
  const factories = new Map<string, () => Sender>();
  if (env.discord.token) {
    const token = env.discord.token;
    factories.set('discord:bot', () => {
      const { DiscordBotSender } = require('../platforms/discord/sender') as typeof import('../platforms/discord/sender');
      return new DiscordBotSender({ token, ...discordOpts });
    });
  }
  factories.set('discord:webhook', () => {
    const { DiscordWebhookSender } = require('../platforms/discord/webhook-sender') as typeof import('../platforms/discord/webhook-sender');
    return new DiscordWebhookSender(discordOpts);
  });
  if (env.slack.botToken) {
    const botToken = env.slack.botToken;
    factories.set('slack:bot', () => {
      const { SlackBotSender } = require('../platforms/slack/sender') as typeof import('../platforms/slack/sender');
      return new SlackBotSender({ botToken, apiUrl: env.slack.apiUrl, onWarning: (m) => logger.warn({ platform: 'slack' }, m) });
    });
  }
  factories.set('slack:webhook', () => {
    const { SlackWebhookSender } = require('../platforms/slack/webhook-sender') as typeof import('../platforms/slack/webhook-sender');
    return new SlackWebhookSender({ baseUrl: env.slack.webhookBase });
  });

  const senders = new Map<string, Sender>();
  return {
    get: (platform: Platform, kind: 'bot' | 'webhook') => {
      const key = `${platform}:${kind}`;
      let s = senders.get(key);
      if (!s) {
        const make = factories.get(key);
        if (!make) return undefined;
        s = make();
        senders.set(key, s);
      }
      return s;
    },
    close: async () => {
      for (const s of senders.values()) await s.close?.();
    },
  };
}
