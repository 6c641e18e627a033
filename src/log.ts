import pino, { type Logger } from 'pino';
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

/** JSON logs to stderr (stdout is reserved for command output such as `--json`). */
export function createLogger(opts: { level?: string; name?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      name: opts.name ?? 'borderwatch',
      level: opts.level ?? process.env.LOG_LEVEL ?? 'info',
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
