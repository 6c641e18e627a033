/**
 * Secrets and connections come from the environment (and `.env`, loaded by the CLI).
 * Every variable here is documented in .env.example and the README.
 */
export interface Env {
  redisUrl?: string;
  configPath?: string;
  logLevel: string;
  httpPort?: number;
  role: 'all' | 'worker' | 'scheduler';
  /**
   * BullMQ job lock in ms (BORDERWATCH_JOB_LOCK_MS, default BullMQ's 30 000): how long a job whose worker died
   * stays "active" before another worker runs it again. Stalled checks run every half lock. Mostly for tests.
   */
  jobLockMs?: number;
  discord: {
    token?: string;
    applicationId?: string;
    guildId?: string;
    apiBase: string;
    webhookUrl?: string;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    socketMode: boolean;
    apiUrl: string;
    webhookUrl?: string;
    /** Replaces https://hooks.slack.com when posting to incoming webhooks (a proxy or stand-in). */
    webhookBase?: string;
    port: number;
  };
  bullBoard: { user?: string; password?: string };
}

/** A variable with a value borderwatch cannot use (exit code 2, like a bad argument). */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

const nonEmpty = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const role = nonEmpty(env.BORDERWATCH_ROLE) ?? 'all';
  if (role !== 'all' && role !== 'worker' && role !== 'scheduler') throw new EnvError(`BORDERWATCH_ROLE: expected all, worker or scheduler, got "${role}"`);
  const port = nonEmpty(env.HTTP_PORT);
  if (port !== undefined && (!/^\d+$/.test(port) || Number(port) > 65535)) throw new EnvError(`HTTP_PORT: expected a port number (0-65535), got "${port}"`);
  const slackPort = nonEmpty(env.SLACK_PORT);
  if (slackPort !== undefined && (!/^\d+$/.test(slackPort) || Number(slackPort) > 65535)) throw new EnvError(`SLACK_PORT: expected a port number (0-65535), got "${slackPort}"`);
  const lock = nonEmpty(env.BORDERWATCH_JOB_LOCK_MS);
  if (lock !== undefined && (!/^\d+$/.test(lock) || Number(lock) < 1000)) throw new EnvError(`BORDERWATCH_JOB_LOCK_MS: expected milliseconds (at least 1000), got "${lock}"`);
  return {
    redisUrl: nonEmpty(env.REDIS_URL),
    configPath: nonEmpty(env.BORDERWATCH_CONFIG),
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    httpPort: port === undefined ? undefined : Number(port),
    role,
    jobLockMs: lock === undefined ? undefined : Number(lock),
    discord: {
      token: nonEmpty(env.DISCORD_TOKEN),
      applicationId: nonEmpty(env.DISCORD_APPLICATION_ID),
      guildId: nonEmpty(env.DISCORD_GUILD_ID),
      apiBase: nonEmpty(env.DISCORD_API_BASE) ?? 'https://discord.com/api',
      webhookUrl: nonEmpty(env.DISCORD_WEBHOOK_URL),
    },
    slack: {
      botToken: nonEmpty(env.SLACK_BOT_TOKEN),
      signingSecret: nonEmpty(env.SLACK_SIGNING_SECRET),
      appToken: nonEmpty(env.SLACK_APP_TOKEN),
      socketMode: (nonEmpty(env.SLACK_SOCKET_MODE) ?? (env.SLACK_APP_TOKEN ? 'true' : 'false')) === 'true',
      apiUrl: nonEmpty(env.SLACK_API_URL) ?? 'https://slack.com/api/',
      webhookUrl: nonEmpty(env.SLACK_WEBHOOK_URL),
      webhookBase: nonEmpty(env.SLACK_WEBHOOK_BASE),
      port: Number(nonEmpty(env.SLACK_PORT) ?? 3000),
    },
    // The password is used exactly as given (spaces are characters of a password); only an empty one is unset.
    bullBoard: { user: nonEmpty(env.BULL_BOARD_USER), password: env.BULL_BOARD_PASSWORD || undefined },
  };
}

/** Resolve a subscription's `webhook: env:NAME` from the environment; anything else resolves to nothing. */
export function resolveWebhook(value: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return value.startsWith('env:') ? nonEmpty(env[value.slice(4)]) : undefined;
}
