import type pinoModule from 'pino';
import type { Logger } from 'pino';
import { redactUrlsIn } from './util/display-url';

export type { Logger };

/**
 * Values that must never appear in logs: tokens, secrets, webhook URLs.
 * Both pino's redact paths (for structured fields) and a string scrubber (for messages and errors).
 */
const SECRET_PATTERNS: RegExp[] = [
  /https?:\/\/[^\s"']*\/api\/webhooks\/\d+\/[A-Za-z0-9_.-]+/g, // Discord webhook URL
  /https?:\/\/hooks\.slack\.com\/[^\s"']+/g, // Slack incoming webhook URL
  /\/webhooks\/\d+\/[A-Za-z0-9_.-]{20,}/g,
  /xox[abposr]-[A-Za-z0-9-]+/g, // Slack tokens
  /xapp-[A-Za-z0-9-]+/g,
  /(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g,
  /redis(s)?:\/\/[^@\s]*:[^@\s]*@/g, // credentials in Redis URLs
];

/**
 * Replace anything that looks like a secret, plus the exact secret values given, with "[redacted]"; in every
 * other URL, userinfo and secret-looking query values (`?apikey=`, `&token=`, `&sig=` … : util/display-url.ts).
 */
export function scrub(text: string, secrets: Iterable<string> = knownSecrets()): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 6) out = out.split(s).join('[redacted]');
  for (const re of SECRET_PATTERNS) out = out.replace(re, (m) => (m.startsWith('redis') ? m.replace(/\/\/.*@/, '//[redacted]@') : '[redacted]'));
  return redactUrlsIn(out);
}

/**
 * A copy of `err` that is safe to log: message, stack, string fields and causes scrubbed, while keeping the
 * ORIGINAL stack (where the error was thrown, not where it was logged) and its class for pino's `type`.
 */
export function scrubError(err: Error, depth = 0): Error {
  const copy = Object.create(Object.getPrototypeOf(err) as object) as Error & Record<string, unknown>;
  const define = (key: string, value: unknown) => Object.defineProperty(copy, key, { value, enumerable: false, writable: true, configurable: true });
  define('message', scrub(err.message));
  define('stack', err.stack === undefined ? undefined : scrub(err.stack));
  if (Object.prototype.hasOwnProperty.call(err, 'name')) define('name', err.name);
  const cause = (err as { cause?: unknown }).cause;
  if (cause !== undefined) define('cause', cause instanceof Error && depth < 5 ? scrubError(cause, depth + 1) : typeof cause === 'string' ? scrub(cause) : cause);
  for (const [k, v] of Object.entries(err)) {
    if (k === 'cause') continue;
    copy[k] = typeof v === 'string' ? scrub(v) : v instanceof Error && depth < 5 ? scrubError(v, depth + 1) : v;
  }
  return copy;
}

const SECRET_ENV = ['DISCORD_TOKEN', 'DISCORD_WEBHOOK_URL', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_WEBHOOK_URL', 'LLM_SUMMARY_KEY', 'BULL_BOARD_PASSWORD', 'ADMIN_ALERT_WEBHOOK_URL'];

function knownSecrets(): string[] {
  return SECRET_ENV.map((k) => process.env[k] ?? '').filter(Boolean);
}

type LoggerOptions = { level?: string; name?: string; destination?: pinoModule.DestinationStream };

/** pino's levels: a call below the logger's level writes nothing. */
const LEVELS: Readonly<Record<string, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/**
 * JSON logs to stderr (stdout is reserved for command output such as `--json`). pino itself (about 17 ms of
 * module loading) is loaded on the logger's first use that can write or needs it (a call at or above the
 * level, `child`, a level change, any other property): a one-shot run that logs nothing never loads it.
 * Until then, calls below the level are the no-ops pino's would be. A level pino does not know is handed
 * to it at once, so it is refused as before.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const threshold = Object.prototype.hasOwnProperty.call(LEVELS, level) ? LEVELS[level]! : undefined;
  if (threshold === undefined) return pinoLogger(opts, level);
  let real: Logger | undefined;
  const bound = new Map<PropertyKey, unknown>();
  const logger = (): Logger => (real ??= pinoLogger(opts, level));
  const noop = (): void => undefined;
  return new Proxy({} as Logger, {
    get(_target, prop) {
      if (real === undefined && typeof prop === 'string' && prop !== 'silent' && Object.prototype.hasOwnProperty.call(LEVELS, prop) && LEVELS[prop]! < threshold) return noop;
      const r = logger();
      const v = Reflect.get(r, prop, r) as unknown;
      if (typeof v !== 'function') return v;
      let f = bound.get(prop);
      if (f === undefined || (f as { target?: unknown }).target !== v) {
        f = Object.assign((v as (...a: unknown[]) => unknown).bind(r), { target: v });
        bound.set(prop, f);
      }
      return f;
    },
    set(_target, prop, value) {
      return Reflect.set(logger(), prop, value);
    },
    has(_target, prop) {
      return prop in logger();
    },
  });
}

function pinoLogger(opts: LoggerOptions, level: string): Logger {
  const pino = require('pino') as typeof pinoModule;
  return pino(
    {
      name: opts.name ?? 'borderwatch',
      level,
      redact: { paths: ['token', '*.token', 'webhook', '*.webhook', 'headers.authorization', '*.headers.authorization', 'secret', '*.secret'], censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => {
            if (typeof a === 'string') return scrub(a);
            if (a instanceof Error) return scrubError(a);
            // Structured fields (one level deep): error messages and URLs logged as values are scrubbed too. An
            // Error under `err` keeps its stack (pino's err serializer prints type, message and stack); under any
            // other key it is logged as its message.
            if (a && typeof a === 'object' && !Array.isArray(a)) {
              return Object.fromEntries(
                Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? scrub(v) : v instanceof Error ? (k === 'err' ? scrubError(v) : scrub(v.message)) : v]),
              );
            }
            return a;
          });
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    opts.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** Error text safe for logs and user-facing messages. */
export function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return scrub(msg);
}
