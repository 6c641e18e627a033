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
}

/** Default memory of seen items: 30 days. */
export const DEFAULT_SEEN_TTL_SECONDS = 30 * 24 * 3600;
