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
            if (a instanceof Error) return Object.assign(new Error(scrub(a.message)), { name: a.name });
            // Structured fields (one level deep): error messages and URLs logged as values are scrubbed too.
            if (a && typeof a === 'object' && !Array.isArray(a)) {
              return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? scrub(v) : v instanceof Error ? scrub(v.message) : v]));
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
