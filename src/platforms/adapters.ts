import type { Config } from '../config/schema';
import type { Env } from '../config/env';
import type { Logger } from '../log';
import type { CommandHandler } from '../commands/types';
import { startDiscordBot } from './discord/bot';
import { createSlackApp } from './slack/app';

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
      logger.error({ platform: 'slack', err: (e as Error).message }, 'Slack app did not start; deliveries by webhook still work');
    }
  }
  return adapters;
}

/**
 * One line per platform for the startup log: what is enabled and, for what is not, why
 * ("Discord: disabled, DISCORD_TOKEN not set").
 */
export function describeAdapters(env: Env, opts: { role: Env['role']; started: string[] }): string[] {
  const front = opts.role !== 'worker';
  const line = (name: string, key: 'discord' | 'slack', tokenVar: string, detail: string, webhookVar: string, webhook?: string): string => {
    const hook = webhook ? `; webhook deliveries (${webhookVar}) on` : '';
    if (!front) return `${name}: bot/app not run by role ${opts.role} (this process sends the queued deliveries)`;
    if (opts.started.includes(key)) return `${name}: enabled (${detail})${hook}`;
    const token = key === 'discord' ? env.discord.token : env.slack.botToken;
    if (!token) return `${name}: disabled, ${tokenVar} not set${hook}`;
    return `${name}: failed to start (see the error above)${hook}`;
  };
  const slackMode = env.slack.socketMode ? 'Socket Mode' : `HTTP on port ${env.slack.port}`;
  return [
    line('Discord', 'discord', 'DISCORD_TOKEN', `bot and slash commands${env.discord.guildId ? ` in guild ${env.discord.guildId}` : ''}`, 'DISCORD_WEBHOOK_URL', env.discord.webhookUrl),
    line('Slack', 'slack', 'SLACK_BOT_TOKEN', `app and /border, ${slackMode}`, 'SLACK_WEBHOOK_URL', env.slack.webhookUrl),
  ];
}
