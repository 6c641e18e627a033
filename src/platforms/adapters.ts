import type { Config } from '../config/schema';
import type { Env } from '../config/env';
import type { Logger } from '../log';
import type { CommandHandler } from '../commands/types';
import { startDiscordBot } from './discord/bot';
import { createSlackApp } from './slack/app';
import { portUnavailable } from '../util/port-error';

export interface PlatformAdapter {
  name: string;
  close(): Promise<void>;
}

/**
 * Start the interactive side of each platform enabled in the environment: the Discord bot (gateway +
 * slash commands) when DISCORD_TOKEN is set, the Slack app (Socket Mode or signed HTTP) when
 * SLACK_BOT_TOKEN is set. A platform that fails to start is logged; the other one and the pipeline go on.
 */
export async function startPlatformAdapters(opts: { env: Env; config: Config; handler: CommandHandler; logger: Logger }): Promise<PlatformAdapter[]> {
  const { env, config, handler, logger } = opts;
  const adapters: PlatformAdapter[] = [];
  if (env.discord.token) {
    try {
      const bot = await startDiscordBot({
        token: env.discord.token,
        apiBase: env.discord.apiBase,
        applicationId: env.discord.applicationId,
        guildId: env.discord.guildId,
        adminUserIds: config.admins.discordUserIds,
        handler,
        logger: logger.child({ platform: 'discord' }),
      });
      adapters.push({ name: 'discord', close: () => bot.close() });
    } catch (e) {
      logger.error({ platform: 'discord', err: (e as Error).message }, 'Discord bot did not start; deliveries by webhook still work');
    }
  }
  if (env.slack.botToken) {
    try {
      const log = logger.child({ platform: 'slack' });
      const slack = createSlackApp({
        botToken: env.slack.botToken,
        signingSecret: env.slack.signingSecret,
        appToken: env.slack.appToken,
        socketMode: env.slack.socketMode,
        apiUrl: env.slack.apiUrl,
        port: env.slack.port,
        adminUserIds: config.admins.slackUserIds,
        handler,
        logger: { debug: (m) => log.debug(m), info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
      });
      await slack.start();
      adapters.push({ name: 'slack', close: () => slack.stop() });
    } catch (e) {
      // A busy port is a setting to fix (SLACK_PORT), not a platform outage: the service does not start.
      const port = env.slack.socketMode ? undefined : portUnavailable(e, env.slack.port, 'SLACK_PORT');
      if (port) {
        for (const a of adapters) await a.close().catch(() => undefined);
        throw port;
      }
      logger.error({ platform: 'slack', err: (e as Error).message }, 'Slack app did not start; deliveries by webhook still work');
    }
  }
  return adapters;
}
