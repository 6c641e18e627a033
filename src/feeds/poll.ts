/**
 * One poll of one feed: fetch (conditional GET) → parse → normalize, folded into the feed's
 * health state (failure count, exponential backoff, failing/recovered transitions).
 * Errors are values; `pollFeed` never throws.
 */
import type { FetchConfig, FeedConfig } from '../config/schema';
import type { FeedErrorKind, FeedItem, FeedReport } from '../model';
import type { FeedState } from '../store/types';
import { fetchFeed, type FetchOptions } from './fetch';
import { normalizeItem } from './normalize';
import { parseFeedBody } from './parse';

export interface PollOutcome {
  report: FeedReport;
  /** Normalized items of the feed (empty on errors and on 304 Not Modified). */
  items: FeedItem[];
  /** The state to store for the feed. `initialized` is copied through unchanged. */
  state: FeedState;
  /** Set when this poll made the feed failing, or was the first success after failing. */
  transition?: 'failing' | 'recovered';
}

/** Extra knobs for pollFeed (tests inject a resolver). */
export interface PollOptions {
  resolveAll?: FetchOptions['resolveAll'];
}

const MINUTE = 60_000;

/**
 * Delay before the next attempt after `failures` consecutive failures:
 * interval × 2^(failures−1), capped at max(maxBackoffMinutes, intervalMinutes). 0 when failures ≤ 0.
 */
export function backoffMs(failures: number, intervalMinutes: number, maxBackoffMinutes: number): number {
  if (!(failures > 0)) return 0;
  const cap = Math.max(maxBackoffMinutes, intervalMinutes) * MINUTE;
  const exponent = Math.min(failures - 1, 40); // 2^40 minutes is far past any cap
  return Math.min(intervalMinutes * MINUTE * 2 ** exponent, cap);
}

/**
 * True when a feed may be polled at `now`: never polled, or past its backoff (`nextAttemptAt`).
 * With `intervalMinutes`, a feed polled less than that long ago (per `lastPollAt`) is not due yet;
 * the scheduler passes each feed's own interval to honour per-feed `intervalMinutes`.
 */
export function isDue(state: FeedState | undefined, now: Date, intervalMinutes?: number): boolean {
  if (!state) return true;
  const t = now.getTime();
  if (state.nextAttemptAt) {
    const next = Date.parse(state.nextAttemptAt);
    if (Number.isFinite(next) && t < next) return false;
  }
  if (intervalMinutes !== undefined && state.lastPollAt && !state.nextAttemptAt) {
    const last = Date.parse(state.lastPollAt);
    if (Number.isFinite(last) && t < last + intervalMinutes * MINUTE) return false;
  }
  return true;
}

function emptyState(): FeedState {
  return { failures: 0, failing: false, initialized: false };
}

/** Drop keys whose value is undefined, so stored JSON stays tidy (in place: `state` is always a fresh copy). */
function compact(state: FeedState): FeedState {
  const record = state as unknown as Record<string, unknown>;
  for (const k in record) if (record[k] === undefined) delete record[k];
  return state;
}

function failure(feed: FeedConfig, prev: FeedState, fetchCfg: FetchConfig, now: Date, errorKind: FeedErrorKind, error: string): PollOutcome {
  const failures = prev.failures + 1;
  const interval = feed.intervalMinutes ?? fetchCfg.intervalMinutes;
  const failing = prev.failing || failures >= fetchCfg.failingAfter;
  const state = compact({
    ...prev,
    failures,
    lastError: error,
    lastPollAt: now.toISOString(),
    nextAttemptAt: new Date(now.getTime() + backoffMs(failures, interval, fetchCfg.maxBackoffMinutes)).toISOString(),
    failing,
  });
  return {
    report: { url: feed.url, name: feed.name, status: 'error', items: 0, error, errorKind },
    items: [],
    state,
    transition: failing && !prev.failing ? 'failing' : undefined,
  };
}

function success(
  feed: FeedConfig,
  prev: FeedState,
  now: Date,
  status: 'ok' | 'not-modified',
  items: FeedItem[],
  validators: { etag?: string; lastModified?: string },
): PollOutcome {
  const at = now.toISOString();
  const state = compact({
    ...prev,
    etag: validators.etag,
    lastModified: validators.lastModified,
    lastPollAt: at,
    lastOkAt: at,
    failures: 0,
    lastError: undefined,
    nextAttemptAt: undefined,
    failing: false,
  });
  return {
    report: { url: feed.url, name: feed.name, status, items: items.length },
    items,
    state,
    transition: prev.failing ? 'recovered' : undefined,
  };
}

/**
 * Poll one feed. Uses the previous ETag/Last-Modified for a conditional GET; a 304 is a success
 * with no items (validators kept unless the server sent new ones). Parse failures count as failures
 * and keep the previous validators, so the next poll fetches the body again.
 * Never throws.
 */
export async function pollFeed(
  feed: FeedConfig,
  prev: FeedState | undefined,
  fetchCfg: FetchConfig,
  now: Date = new Date(),
  opts: PollOptions = {},
): Promise<PollOutcome> {
  const before = prev ?? emptyState();
  try {
    const res = await fetchFeed(feed.url, {
      timeoutMs: fetchCfg.timeoutMs,
      maxBytes: fetchCfg.maxBytes,
      maxRedirects: fetchCfg.maxRedirects,
      userAgent: fetchCfg.userAgent,
      allowPrivateHosts: fetchCfg.allowPrivateHosts,
      etag: before.etag,
      lastModified: before.lastModified,
      resolveAll: opts.resolveAll,
    });
    if (!res.ok) return failure(feed, before, fetchCfg, now, res.kind, res.error);
    if (res.notModified) {
      return success(feed, before, now, 'not-modified', [], {
        etag: res.etag ?? before.etag,
        lastModified: res.lastModified ?? before.lastModified,
      });
    }
    const parsed = await parseFeedBody(res.body, res.contentType);
    if (!parsed.ok) return failure(feed, before, fetchCfg, now, parsed.kind, parsed.error);
    const items = parsed.items
      .map((raw) => normalizeItem(raw, { url: res.finalUrl, name: feed.name, lang: feed.lang }))
      .filter((it): it is FeedItem => it !== undefined)
      .map((it) => ({ ...it, feedUrl: feed.url }));
    return success(feed, before, now, 'ok', items, { etag: res.etag, lastModified: res.lastModified });
  } catch (err) {
    return failure(feed, before, fetchCfg, now, 'unexpected', `unexpected error: ${(err as Error)?.message ?? String(err)}`);
  }
}
