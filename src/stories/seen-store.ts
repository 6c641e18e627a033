import type { PutRider } from './story-store';

/**
 * Memory of items already handled, keyed by the dedup keys of `dedupKeys()`.
 * Implementations: `store/redis/seen-store.ts` (service), `store/memory/seen-store.ts` (`run --once`, tests).
 */
export interface SeenStore {
  /** Atomically: true if none of the keys was seen before; marks all keys seen (refreshing TTL) either way. */
  checkAndMark(keys: string[], ttlSeconds: number): Promise<boolean>;
  /** True if any of the keys was seen (and has not expired). */
  has(keys: string[]): Promise<boolean>;
  /** Marks every key seen for ttlSeconds (refreshing the TTL of keys already seen). */
  markSeen(keys: string[], ttlSeconds: number): Promise<void>;
  /**
   * The `has(keys)` question in a form a story store can answer along with its lookup (one round trip for
   * both: `StoryStore.lookup`'s `seen`). Optional; a store that cannot answer it leaves `StoryLookup.seen` unset
   * and the caller asks `has` itself.
   */
  probe?(keys: string[]): SeenProbe;
  /** `markSeen(keys, ttlSeconds)` as a story put may carry it (StoryStore.put's riders). Optional. */
  rider?(keys: string[], ttlSeconds: number): PutRider;
}

/** A seen check prepared by a SeenStore (`probe`): opaque to everyone but the stores that answer it. */
export interface SeenProbe {
  readonly keys: string[];
}

/** Default memory of seen items: 30 days. */
export const DEFAULT_SEEN_TTL_SECONDS = 30 * 24 * 3600;
