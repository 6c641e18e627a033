/**
 * The Discord bot process side: a discord.js `Client` (intent Guilds only) that registers our slash
 * commands and answers them through the platform-neutral `CommandHandler`.
 *
 * Every command is deferred first (meets Discord's 3-second deadline whatever the handler costs),
 * then the reply replaces the deferred placeholder. Handler exceptions become a fixed short error
 * reply; details go to the logger, never to the user.
 */
import { Client, Events, GatewayIntentBits, MessageFlags, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { CommandHandler, CommandReply } from '../../commands/types';
import { DISCORD_COMMAND_NAMES, interactionToRequest, registerCommands } from './commands';
import { redactDiscordSecrets } from './errors';
import { defersEphemeral, failureReply, renderDiscordReply, usageReply } from './reply';
import { discordApiBase } from './sender';

export interface DiscordBotLogger {
  info(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
}

export interface DiscordBotOptions {
  token: string;
  /** REST base without version; default `DISCORD_API_BASE` or https://discord.com/api. */
  apiBase?: string;
  /** Defaults to the application id from the gateway READY. */
  applicationId?: string;
  /** Register guild-scoped commands (instant update) instead of global ones. */
  guildId?: string;
  adminUserIds: string[];
  handler: CommandHandler;
  logger?: DiscordBotLogger;
  /** How long to wait for the gateway READY. Default 30000. */
  readyTimeoutMs?: number;
}

export interface DiscordBot {
  client: Client;
  close(): Promise<void>;
}

const silent: DiscordBotLogger = { info() {}, warn() {}, error() {} };

/** Logs in, registers commands, and answers `/border` and `/border-admin` until `close()`. */
export async function startDiscordBot(opts: DiscordBotOptions): Promise<DiscordBot> {
  const log = opts.logger ?? silent;
  const secrets = [opts.token];
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: opts.apiBase ?? discordApiBase() },
    allowedMentions: { parse: [] },
  });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() || !DISCORD_COMMAND_NAMES.has(interaction.commandName)) return;
    answer(interaction, opts, log).catch((err: unknown) => {
      log.error({ err: redactDiscordSecrets(describe(err), secrets) }, 'discord: answering a command failed');
    });
  });
  client.on(Events.Error, (err) => log.error({ err: redactDiscordSecrets(describe(err), secrets) }, 'discord: client error'));

  let readyTimer: NodeJS.Timeout | undefined;
  try {
    const ready = new Promise<void>((resolve, reject) => {
      readyTimer = setTimeout(() => reject(new Error('Discord gateway did not become ready in time')), opts.readyTimeoutMs ?? 30_000);
      client.once(Events.ClientReady, () => resolve());
    });
    ready.catch(() => {}); // observed below; a login failure must not leave an unhandled rejection
    await client.login(opts.token);
    await ready;
    const applicationId = opts.applicationId ?? client.application?.id;
    if (!applicationId) throw new Error('Discord application id unknown: set it in the config');
    await registerCommands(client.rest, applicationId, opts.guildId);
    log.info({ scope: opts.guildId ? 'guild' : 'global' }, 'discord: bot ready, commands registered');
  } catch (err) {
    await client.destroy();
    throw new Error(redactDiscordSecrets(`Discord bot failed to start: ${describe(err)}`, secrets));
  } finally {
    clearTimeout(readyTimer);
  }

  return {
    client,
    close: async () => {
      await client.destroy();
    },
  };
}

/**
 * Defer → handler → edit. Ephemeral replies to a public defer become a private follow-up; public replies
 * to a private defer (subscribe, unsubscribe) become a public follow-up after a private note.
 */
async function answer(interaction: ChatInputCommandInteraction, opts: DiscordBotOptions, log: DiscordBotLogger): Promise<void> {
  const request = interactionToRequest(interaction, opts.adminUserIds);
  const parsed = 'error' in request ? undefined : request;
  await interaction.deferReply(defersEphemeral(parsed?.name) ? { flags: MessageFlags.Ephemeral } : {});

  let reply: CommandReply;
  if (!parsed) {
    reply = usageReply((request as { error: string }).error);
  } else {
    try {
      reply = await opts.handler(parsed);
    } catch (err) {
      log.error({ command: parsed.name, err: redactDiscordSecrets(describe(err), [opts.token]) }, 'discord: command handler threw');
      reply = failureReply();
    }
  }

  const rendered = renderDiscordReply(reply);
  if (reply.ephemeral && !interaction.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(rendered);
    return;
  }
  const { flags: _flags, ...edit } = rendered;
  if (!reply.ephemeral && interaction.ephemeral) {
    // A private placeholder cannot become public: note it privately, then post the reply to the channel.
    // (After the edit, follow-ups no longer inherit the placeholder's ephemeral flag.)
    const done = interaction.locale?.startsWith('es') ? 'Hecho: la respuesta está publicada en el canal.' : 'Done: the answer is posted in the channel.';
    const { flags: _f, ...note } = renderDiscordReply({ ephemeral: true, lines: [{ text: done }] });
    await interaction.editReply(note);
    await interaction.followUp(edit);
    return;
  }
  await interaction.editReply(edit);
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
