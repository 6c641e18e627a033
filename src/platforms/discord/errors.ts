/**
 * Turns whatever discord.js's REST client threw into a classified `SendResult` failure, with every
 * secret (bot token, webhook or interaction token) removed from the text.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import type { SendResult } from '../types';

export type SendFailure = Extract<SendResult, { ok: false }>;

/** Discord JSON error codes that mean "this target will never work until someone fixes it". */
export const PERMANENT_DISCORD_CODES: ReadonlySet<number> = new Set([
  10003, // Unknown Channel
  10015, // Unknown Webhook
  50001, // Missing Access
  50013, // Missing Permissions
  10004, // Unknown Guild
  50027, // Invalid Webhook Token
]);

/**
 * Removes tokens from a string: the path segment after `/webhooks/{id}/` and `/interactions/{id}/`,
 * `Bot …` authorization values, and every literal secret given.
 */
export function redactDiscordSecrets(text: string, secrets: readonly string[] = []): string {
  let s = text.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?#\s"']+/g, '/$1/$2/[redacted]');
  s = s.replace(/\bBot\s+[A-Za-z0-9._-]{10,}/g, 'Bot [redacted]');
  for (const secret of secrets) {
    if (secret && secret.length >= 4) s = s.split(secret).join('[redacted]');
  }
  return s;
}

/** The route of a full URL (path and query), with tokens removed; never the host's credentials. */
function routeOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/api\/v\d+/, '');
  } catch {
    return '';
  }
}

/**
 * Classifies a thrown REST error:
 * - `RateLimitError` (only thrown when we asked the client to surface long rate limits) → retry after `retryAfterMs`;
 * - Discord JSON errors 10003/10015/50001/50013…, and any 401/403/404 → permanent (pause the subscription);
 * - other 4xx (e.g. 50035 invalid form body) → not permanent: one bad payload must not pause a subscription,
 *   the queue's attempt limit ends it;
 * - 5xx after the client's own retries, timeouts, connection errors → retryable.
 */
export function classifyDiscordError(err: unknown, secrets: readonly string[] = [], got429 = false): SendFailure {
  const clean = (s: string) => redactDiscordSecrets(s, secrets);
  if (err instanceof RateLimitError) {
    return {
      ok: false,
      permanent: false,
      retryAfterMs: Math.max(0, Math.ceil(err.retryAfter)),
      rateLimitScope: err.global ? 'global' : 'route',
      ...(got429 ? { rateLimited: true } : {}),
      error: clean(`Discord rate limit on ${err.route} (${err.global ? 'global' : err.scope}); retry after ${Math.ceil(err.retryAfter)} ms`),
    };
  }
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    const permanent = PERMANENT_DISCORD_CODES.has(code) || err.status === 401 || err.status === 403 || err.status === 404;
    const raw = err.rawError as { message?: string };
    return {
      ok: false,
      permanent,
      error: clean(`Discord API ${err.status} (code ${err.code}): ${raw.message ?? 'error'} [${err.method.toUpperCase()} ${routeOf(err.url)}]`),
    };
  }
  if (err instanceof HTTPError) {
    return { ok: false, permanent: false, error: clean(`Discord HTTP ${err.status} ${err.name} [${err.method.toUpperCase()} ${routeOf(err.url)}]`) };
  }
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  const detail = [e.name, e.code ?? e.cause?.code, e.message, e.cause?.message].filter(Boolean).join(': ');
  return { ok: false, permanent: false, error: clean(`Discord request failed: ${detail || String(err)}`) };
}
