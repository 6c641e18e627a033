/**
 * Slack failures as values: classify Web API and webhook errors for the delivery worker, and keep
 * tokens, signing secrets and webhook URLs out of every string that leaves this module.
 */
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import type { SendResult } from '../types';

export type SendFailure = Extract<SendResult, { ok: false }>;

/**
 * Web API error codes that no retry can fix: the subscription should be paused until someone acts.
 * (https://api.slack.com/methods/chat.postMessage#errors)
 */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'ekm_access_denied',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'org_login_required',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_arguments',
]);

/** Incoming-webhook error bodies that mean the hook (or its channel) is gone or unusable. */
export const PERMANENT_WEBHOOK_ERRORS: ReadonlySet<string> = new Set([
  'no_service',
  'no_service_id',
  'no_team',
  'team_disabled',
  'invalid_token',
  'channel_not_found',
  'channel_is_archived',
  'action_prohibited',
  'posting_to_general_channel_denied',
  'user_not_found',
  'invalid_payload',
  'no_active_hooks',
]);

/** Below this, a Retry-After is treated as "one second": Slack paces messages at about one per second per channel. */
const MIN_RETRY_AFTER_MS = 1000;

const SECRET_PATTERNS: RegExp[] = [
  // Bot, user, app-level, refresh and config tokens.
  /\bxox[a-z]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  // Incoming webhook URLs (the path is the secret), also workflow triggers.
  /https?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>)]*/g,
  // Bearer headers that slipped into a message.
  /Bearer\s+[A-Za-z0-9._~+/=-]+/g,
];

/**
 * Remove tokens, webhook URLs and any extra secrets (signing secret, configured webhook target) from `text`.
 * Apply to every error string that may reach a log, a reply or a SendResult.
 */
export function redactSecrets(text: string, extraSecrets: ReadonlyArray<string | undefined> = []): string {
  let out = text;
  for (const secret of extraSecrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, (match) => (match.startsWith('http') ? 'https://hooks.slack.com/[redacted]' : '[redacted]'));
  return out;
}

/** Seconds (possibly fractional) from a Retry-After header value; HTTP-date is also accepted. */
export function parseRetryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(Math.ceil(seconds * 1000), MIN_RETRY_AFTER_MS);
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.max(date - now, MIN_RETRY_AFTER_MS);
  return undefined;
}

/** The platform error code (`channel_not_found`, …) of a thrown Web API error, when it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  return error instanceof WebAPIPlatformError ? String(error.data.error) : undefined;
}

/** Classify a Web API platform error code (the `error` field of `{ok:false}`). */
export function classifySlackErrorCode(code: string, context: string): SendFailure {
  if (code === 'ratelimited' || code === 'rate_limited') return { ok: false, permanent: false, retryAfterMs: MIN_RETRY_AFTER_MS, rateLimited: true, error: `${context}: rate limited` };
  return { ok: false, permanent: PERMANENT_SLACK_ERRORS.has(code), error: `${context}: ${code}` };
}

/**
 * Classify anything thrown by a @slack/web-api call. Platform errors by code; 429 → retryAfterMs;
 * 5xx and network failures → retryable; other HTTP statuses (4xx) → permanent. Never echoes secrets.
 */
export function classifyWebApiError(error: unknown, context: string): SendFailure {
  if (error instanceof WebAPIPlatformError) return classifySlackErrorCode(String(error.data.error), context);
  if (error instanceof WebAPIRateLimitedError) {
    return { ok: false, permanent: false, retryAfterMs: Math.max(error.retryAfter * 1000, MIN_RETRY_AFTER_MS), rateLimited: true, error: `${context}: rate limited (retry after ${error.retryAfter}s)` };
  }
  if (error instanceof WebAPIHTTPError) {
    const retryAfterMs = parseRetryAfterMs(error.headers['retry-after']);
    const retryable = error.statusCode >= 500 || error.statusCode === 408 || error.statusCode === 429;
    return { ok: false, permanent: !retryable, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(error.statusCode === 429 ? { rateLimited: true } : {}), error: `${context}: HTTP ${error.statusCode}` };
  }
  if (error instanceof WebAPIRequestError) {
    return { ok: false, permanent: false, error: redactSecrets(`${context}: request failed (${describeCause(error.original)})`) };
  }
  return { ok: false, permanent: false, error: redactSecrets(`${context}: ${describeCause(error)}`) };
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  return code ? `${error.message} (${code})` : error.message;
}
