import type { Config } from '../config/schema';
import type { Env } from '../config/env';
import { errorMessage, type Logger } from '../log';
import type { CommandHandler } from '../commands/types';
import type { ReplayStore } from './slack/request-guard';
import { portUnavailable } from '../util/port-error';

export interface PlatformAdapter {
  name: string;
  close(): Promise<void>;
}

export type AdapterName = 'discord' | 'slack';

/** The interactive adapters the environment enables: Discord with DISCORD_TOKEN, Slack with SLACK_BOT_TOKEN. */
export function enabledAdapters(env: Env): AdapterName[] {
  return [...(env.discord.token ? (['discord'] as const) : []), ...(env.slack.botToken ? (['slack'] as const) : [])];
}

/**
 * Whether each enabled adapter is up, for `/healthz`: "not started yet" until its start finished, then ok
 * (undefined) or why it did not start. A platform that failed is a failing check (503), not a quiet log line.
 */
export class AdapterHealth {
  private readonly state = new Map<AdapterName, string | undefined>();

  constructor(readonly enabled: AdapterName[]) {
    for (const name of enabled) this.state.set(name, 'not started yet');
  }

  started(name: AdapterName): void {
    this.state.set(name, undefined);
  }

  failed(name: AdapterName, error: string): void {
    this.state.set(name, `did not start: ${error}`);
  }

  /** One health check per enabled adapter, named after it. */
  checks(): Array<{ name: AdapterName; check(): Promise<string | undefined> }> {
    return this.enabled.map((name) => ({ name, check: async () => this.state.get(name) }));
  }
}

/**
 * Start the interactive side of each platform enabled in the environment: the Discord bot (gateway +
 * slash commands) when DISCORD_TOKEN is set, the Slack app (Socket Mode or signed HTTP) when
 * SLACK_BOT_TOKEN is set. A platform that fails to start is logged and reported as a failing `/healthz` check
 * (`health`); the other one and the pipeline go on. A port in use (SLACK_PORT) stops the start instead.
 */
export async function startPlatformAdapters(opts: {
  env: Env;
  config: Config;
  handler: CommandHandler;
  logger: Logger;
  health?: AdapterHealth;
  /** Where Slack's HTTP mode remembers the signatures it has seen (shared by every instance; default per process). */
  slackReplayStore?: ReplayStore;
}): Promise<PlatformAdapter[]> {
  const { env, config, handler, logger, health } = opts;
  const adapters: PlatformAdapter[] = [];
  if (env.discord.token) {
    try {
      const { startDiscordBot } = require('./discord/bot') as typeof import('./discord/bot');
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
      health?.started('discord');
    } catch (e) {
      health?.failed('discord', errorMessage(e));
      logger.error({ platform: 'discord', err: (e as Error).message }, 'Discord bot did not start; deliveries by webhook still work');
    }
  }
  if (env.slack.botToken) {
    try {
      const log = logger.child({ platform: 'slack' });
      const { createSlackApp } = require('./slack/app') as typeof import('./slack/app');
      const slack = createSlackApp({
        botToken: env.slack.botToken,
        signingSecret: env.slack.signingSecret,
        appToken: env.slack.appToken,
        socketMode: env.slack.socketMode,
        apiUrl: env.slack.apiUrl,
        port: env.slack.port,
        adminUserIds: config.admins.slackUserIds,
        replayStore: opts.slackReplayStore,
        handler,
        logger: { debug: (m) => log.debug(m), info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
      });
      await slack.start();
      adapters.push({ name: 'slack', close: () => slack.stop() });
      health?.started('slack');
    } catch (e) {
      // A busy port is a setting to fix (SLACK_PORT), not a platform outage: the service does not start.
      const port = env.slack.socketMode ? undefined : portUnavailable(e, env.slack.port, 'SLACK_PORT');
      if (port) {
        for (const a of adapters) await a.close().catch(() => undefined);
        throw port;
      }
      health?.failed('slack', errorMessage(e));
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
