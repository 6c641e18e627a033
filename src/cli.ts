import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import type { Config } from './config/schema';

// Every module is required only when a command needs it, so `borderwatch --help` loads none of them (start-up
// is then Node's own), and `run --once --dry-run` or `check-config` never load the platform SDKs or BullMQ.
type Load = typeof import('./config/load');
type Log = typeof import('./log');
const loadConfig: Load['loadConfig'] = (...a) => (require('./config/load') as Load).loadConfig(...a);
const isConfigError = (e: unknown): e is Error => e instanceof (require('./config/load') as Load).ConfigError;
const readEnv: typeof import('./config/env').readEnv = (...a) => (require('./config/env') as typeof import('./config/env')).readEnv(...a);
const createLogger: Log['createLogger'] = (...a) => (require('./log') as Log).createLogger(...a);
const errorMessage: Log['errorMessage'] = (...a) => (require('./log') as Log).errorMessage(...a);
const checkRules: typeof import('./config/check-rules').checkRules = (...a) => (require('./config/check-rules') as typeof import('./config/check-rules')).checkRules(...a);
const createMemoryStores: typeof import('./store/memory').createMemoryStores = (...a) => (require('./store/memory') as typeof import('./store/memory')).createMemoryStores(...a);
const runOnce: typeof import('./pipeline/once').runOnce = (...a) => (require('./pipeline/once') as typeof import('./pipeline/once')).runOnce(...a);
const runFiguresCommand: typeof import('./figures/command').runFiguresCommand = (...a) =>
  (require('./figures/command') as typeof import('./figures/command')).runFiguresCommand(...a);
const summarizerFromEnv: typeof import('./summary/llm').summarizerFromEnv = (...a) => (require('./summary/llm') as typeof import('./summary/llm')).summarizerFromEnv(...a);

const USAGE = `borderwatch — border and migration news alerts for Discord and Slack

Usage:
  borderwatch run --once [--dry-run] [--json] [--config FILE]
        Poll every feed once, process, render; with --dry-run print what would be posted
        (no Redis, no tokens needed). --json prints one JSON object on stdout.
  borderwatch start [--config FILE] [--role all|worker|scheduler]
        The service: scheduler, queue workers, Discord/Slack adapters (needs REDIS_URL).
  borderwatch check-config [FILE]
        Validate the configuration (defaults merged with FILE) and exit.
  borderwatch figures [FILE|-] [--json] [--published YYYY-MM-DD] [--lang en|es]
        Print the key figures found in an article's text.
  borderwatch register-commands
        Register the Discord slash commands (guild-scoped when DISCORD_GUILD_ID is set).

Environment: see .env.example. A .env file in the working directory is read if present.`;

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

const defaultIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

class UsageError extends Error {}

function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

/** Load and validate config, including the keyword rules' syntax. Throws ConfigError. */
export function loadAndCheckConfig(file: string | undefined): Config {
  const config = loadConfig(file);
  checkRules(config);
  return config;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        loadDotEnv();
        return await cmdRun(rest, io);
      case 'start':
        loadDotEnv();
        return await cmdStart(rest, io);
      case 'check-config':
        return cmdCheckConfig(rest, io);
      case 'figures':
        return await runFiguresCommand(rest, io);
      case 'register-commands':
        loadDotEnv();
        return await cmdRegisterCommands(io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`borderwatch: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (isConfigError(e)) {
      io.stderr.write(`borderwatch: ${e.message}\n`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`borderwatch: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`borderwatch: ${errorMessage(e)}\n`);
    return 1;
  }
}

function cmdCheckConfig(args: string[], io: CliIO): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError('check-config takes at most one FILE');
  const file = positionals[0] ?? io.env.BORDERWATCH_CONFIG;
  const config = loadAndCheckConfig(file);
  io.stdout.write(
    `config OK${file ? ` (${file} over defaults)` : ' (defaults)'}: ${config.feeds.length} feeds, ${config.keywords.rules.length} keyword rules, ${config.subscriptions.length} subscriptions\n`,
  );
  return 0;
}

async function cmdRun(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      once: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.once) throw new UsageError('run needs --once (the long-running service is `borderwatch start`)');
  const config = loadAndCheckConfig(values.config ?? io.env.BORDERWATCH_CONFIG);
  const env = readEnv(io.env);
  const logger = createLogger({ level: values.json ? (io.env.LOG_LEVEL ?? 'warn') : env.logLevel });

  const stores = createMemoryStores();
  const summarizer = summarizerFromEnv(io.env, (reason) => logger.warn({ reason }, 'LLM summary not used; extractive summary instead'));
  const result = await runOnce({ config, stores, logger, summarizer });

  if (!values['dry-run']) {
    const { sendDeliveries } = require('./delivery/send-now') as typeof import('./delivery/send-now');
    const sent = await sendDeliveries(result.deliveries, { config, env, logger, subscriptions: stores.subscriptions });
    if (!values.json) io.stdout.write(`sent ${sent.ok} message(s), ${sent.failed} failed\n`);
  }

  const { deliveries: _omit, ...contract } = result;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(contract)}\n`);
  } else {
    const { formatOnceReport } = require('./pipeline/once-report') as typeof import('./pipeline/once-report');
    io.stdout.write(formatOnceReport(contract, { dryRun: values['dry-run'] ?? false }));
  }
  return 0;
}

async function cmdStart(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: 'string' }, role: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const env = readEnv(values.role ? { ...io.env, BORDERWATCH_ROLE: values.role } : io.env);
  const config = loadAndCheckConfig(values.config ?? env.configPath);
  const { startService } = require('./main') as typeof import('./main');
  const service = await startService({ config, env });
  await service.stopped;
  return 0;
}

async function cmdRegisterCommands(io: CliIO): Promise<number> {
  const env = readEnv(io.env);
  if (!env.discord.token || !env.discord.applicationId) throw new UsageError('register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const { registerDiscordCommands } = require('./platforms/discord/register') as typeof import('./platforms/discord/register');
  const where = await registerDiscordCommands(env);
  io.stdout.write(`registered Discord commands ${where}\n`);
  return 0;
}
