/**
 * The Slack side of `/border`: a real Bolt App, over HTTP (signed requests, verified by Bolt) or Socket Mode
 * (no public URL). Each command is acked at once (Slack's 3-second deadline), then parsed, checked for admin
 * rights, handed to the platform-neutral handler, and answered through `respond()` (the response_url).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger, type RespondArguments, type SlashCommand } from '@slack/bolt';
import type { WebClient, WebClientOptions } from '@slack/web-api';
import { ADMIN_COMMANDS, type CommandHandler, type CommandReply } from '../../commands/types';
import { SLASH_COMMAND, SLASH_USAGE, isSlackAdmin, parseSlashText } from './commands';
import { redactSecrets } from './errors';
import { renderSlackReply } from './reply';
import { guardSlackRequests, type ReplayStore } from './request-guard';
import { DEFAULT_SLACK_API_URL } from './sender';

/** Minimal logger (pino-compatible when called with one string). */
export interface SlackAppLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface CreateSlackAppOptions {
  botToken: string;
  /** Required in HTTP mode: every request's signature and timestamp are verified with it. */
  signingSecret?: string;
  /** App-level token (xapp-…, scope connections:write); required in Socket Mode. */
  appToken?: string;
  socketMode: boolean;
  /** Web API base URL; default `SLACK_API_URL` from the environment, else https://slack.com/api/. */
  apiUrl?: string;
  /** HTTP mode: port to listen on (default 3000; 0 picks a free port). */
  port?: number;
  /** HTTP mode: interface to listen on (default all interfaces). */
  host?: string;
  /** HTTP mode: request path (default /slack/events). */
  path?: string;
  /** Slash command name (default /border). */
  command?: string;
  /** Slack user ids treated as admins in addition to workspace admins and owners. */
  adminUserIds: string[];
  handler: CommandHandler;
  logger?: SlackAppLogger;
  /**
   * Origins `respond()` may post to. Default: https://hooks.slack.com, plus the origin of a non-default API URL
   * (so a local stand-in can receive responses). A command whose response_url is elsewhere is not run (logged).
   */
  responseUrlOrigins?: string[];
  /**
   * HTTP mode: where signatures already received are remembered (an exact replay within the 5-minute window is
   * refused). Default: this process's memory.
   */
  replayStore?: ReplayStore;
}

export interface SlackAppHandle {
  app: App;
  /** Verify the bot token (auth.test), then connect (Socket Mode) or listen (HTTP). Resolves with the port bound in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Disconnect or stop listening; safe to call twice or before start(). */
  stop(): Promise<void>;
}

/** Build the Bolt App for `/border`. Nothing connects until `start()`. */
export function createSlackApp(options: CreateSlackAppOptions): SlackAppHandle {
  const apiUrl = options.apiUrl ?? process.env.SLACK_API_URL ?? DEFAULT_SLACK_API_URL;
  const secrets = [options.botToken, options.signingSecret, options.appToken];
  const log = redactingLogger(options.logger ?? consoleLogger(), secrets);
  const allowedOrigins = new Set(options.responseUrlOrigins ?? defaultResponseOrigins(apiUrl === DEFAULT_SLACK_API_URL ? undefined : apiUrl));

  if (options.socketMode && !options.appToken) throw new Error('slack: Socket Mode needs an app-level token (xapp-…)');
  if (!options.socketMode && !options.signingSecret) throw new Error('slack: HTTP mode needs the signing secret to verify requests');

  const clientOptions: WebClientOptions = {
    slackApiUrl: apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    timeout: 10_000,
  };
  const boltLogger = toBoltLogger(log);
  // Built here (not by App) so stop() can wait for the WebSocket close handshake: App.stop() does not.
  const socketReceiver = options.socketMode
    ? new SocketModeReceiver({ appToken: options.appToken as string, logger: boltLogger, installerOptions: { clientOptions } })
    : undefined;
  const endpoint = options.path ?? '/slack/events';
  const httpReceiver = options.socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: options.signingSecret as string,
        signatureVerification: true,
        // Ack answers the HTTP request at once; the reply goes to response_url afterwards.
        processBeforeResponse: false,
        endpoints: endpoint,
        logger: boltLogger,
      });
  if (httpReceiver) {
    // Bolt verifies the signature and refuses stale timestamps; the guard also refuses future timestamps and replays.
    httpReceiver.requestListener = guardSlackRequests(httpReceiver.requestListener, {
      signingSecret: options.signingSecret as string,
      paths: [endpoint],
      replayStore: options.replayStore,
      warn: (m) => log.warn(m),
    });
  }
  const app = new App({
    token: options.botToken,
    logger: boltLogger,
    clientOptions,
    // init() (in start) runs auth.test once and fails loudly; otherwise Bolt would start it in the constructor.
    deferInitialization: true,
    ...(options.socketMode ? { socketMode: true, appToken: options.appToken, receiver: socketReceiver } : { receiver: httpReceiver }),
  });

  app.command(options.command ?? SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    if (!isAllowedResponseUrl(command.response_url, allowedOrigins)) {
      log.warn('slack: ignored a command whose response_url is outside the allowed origins');
      return;
    }
    const reply = await answerSlashCommand(command, { client, adminUserIds: options.adminUserIds, handler: options.handler, log });
    try {
      await respond(renderSlackReply(reply) as RespondArguments);
    } catch (error) {
      log.warn(`slack: respond() failed: ${describe(error)}`);
    }
    // A chart goes to the channel through the files upload API (scope files:write), after the text.
    if (!reply.ephemeral && reply.attachments?.length) await uploadAttachments(client, command.channel_id, reply.attachments, log);
  });

  app.error(async (error) => {
    log.error(`slack: ${describe(error)}`);
  });

  let server: Server | undefined;
  return {
    app,
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw new Error(redactSecrets(`slack: could not verify the bot token (auth.test): ${describe(error)}`, secrets));
      }
      if (options.socketMode) {
        await app.start();
        return {};
      }
      server = (await app.start({ port: options.port ?? 3000, ...(options.host ? { host: options.host } : {}) })) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      if (socketReceiver) {
        await socketReceiver.client.disconnect();
        return;
      }
      if (!server) return; // never started, or already stopped
      server.closeAllConnections();
      server = undefined;
      await app.stop();
    },
  };
}

/** files.uploadV2 (getUploadURLExternal → upload → completeUploadExternal) for each attachment; failures are logged. */
export async function uploadAttachments(client: WebClient, channelId: string, attachments: NonNullable<CommandReply['attachments']>, log: Pick<SlackAppLogger, 'warn'>): Promise<void> {
  for (const a of attachments) {
    try {
      await client.files.uploadV2({ channel_id: channelId, file: a.data, filename: a.name, title: a.title, alt_text: a.title });
    } catch (error) {
      log.warn(`slack: chart upload failed: ${describe(error)}`);
    }
  }
}

interface AnswerDeps {
  client: WebClient;
  adminUserIds: string[];
  handler: CommandHandler;
  log: SlackAppLogger;
}

/** Parse, authorize and run one slash command; always returns a reply (usage, refusal or a short error). */
export async function answerSlashCommand(command: Pick<SlashCommand, 'text' | 'user_id' | 'channel_id' | 'team_id'>, deps: AnswerDeps): Promise<CommandReply> {
  const parsed = parseSlashText(command.text ?? '');
  if ('error' in parsed) return usageReply(parsed.error);
  const isAdmin = await isSlackAdmin(deps.client, command.user_id, deps.adminUserIds);
  if (ADMIN_COMMANDS.has(parsed.name) && !isAdmin) {
    return { ephemeral: true, error: true, title: 'Admins only', lines: [{ text: `Only workspace admins and configured borderwatch admins can use /border ${parsed.name}.` }] };
  }
  try {
    return await deps.handler({
      platform: 'slack',
      channelId: command.channel_id,
      ...(command.team_id ? { workspaceId: command.team_id } : {}),
      userId: command.user_id,
      isAdmin,
      name: parsed.name,
      args: parsed.args,
      ...(parsed.lang ? { lang: parsed.lang } : {}),
    });
  } catch (error) {
    deps.log.error(`slack: /border ${parsed.name} failed: ${describe(error)}`);
    return { ephemeral: true, error: true, title: 'Something went wrong', lines: [{ text: `/border ${parsed.name} failed. The error has been logged.` }] };
  }
}

function usageReply(problem: string): CommandReply {
  return { ephemeral: true, error: true, title: problem, lines: SLASH_USAGE.map((text) => ({ text })) };
}

function defaultResponseOrigins(apiUrl: string | undefined): string[] {
  const origins = ['https://hooks.slack.com'];
  if (apiUrl) {
    try {
      origins.push(new URL(apiUrl).origin);
    } catch {
      /* invalid apiUrl: the WebClient will report it */
    }
  }
  return origins;
}

function isAllowedResponseUrl(url: string | undefined, origins: ReadonlySet<string>): boolean {
  if (!url) return false;
  try {
    return origins.has(new URL(url).origin);
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function redactingLogger(inner: SlackAppLogger, secrets: Array<string | undefined>): SlackAppLogger {
  const clean = (message: string) => redactSecrets(message, secrets);
  return {
    debug: (m) => inner.debug(clean(m)),
    info: (m) => inner.info(clean(m)),
    warn: (m) => inner.warn(clean(m)),
    error: (m) => inner.error(clean(m)),
  };
}

function consoleLogger(): SlackAppLogger {
  return {
    debug: () => {},
    info: () => {},
    warn: (m) => console.warn(m),
    error: (m) => console.error(m),
  };
}

const LEVEL_ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/** Bolt's Logger interface over ours; Bolt's messages are joined to one string (and so redacted). */
function toBoltLogger(log: SlackAppLogger): Logger {
  let level = LogLevel.INFO;
  const join = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : safeJson(p))).join(' ');
  const at = (l: LogLevel, write: (m: string) => void) => (...parts: unknown[]) => {
    if (LEVEL_ORDER[l] >= LEVEL_ORDER[level]) write(join(parts));
  };
  return {
    debug: at(LogLevel.DEBUG, log.debug),
    info: at(LogLevel.INFO, log.info),
    warn: at(LogLevel.WARN, log.warn),
    error: at(LogLevel.ERROR, log.error),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
