import type { SeenStore } from '../../stories/seen-store';

/** In-process SeenStore for `run --once` and tests. Single-threaded JS makes checkAndMark atomic. */
export class MemorySeenStore implements SeenStore {
  private readonly expiry = new Map<string, number>();
  private writes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async checkAndMark(keys: string[], ttlSeconds: number): Promise<boolean> {
    const fresh = !this.seen(keys);
    this.mark(keys, ttlSeconds);
    return fresh;
  }

  async has(keys: string[]): Promise<boolean> {
    return this.seen(keys);
  }

  async markSeen(keys: string[], ttlSeconds: number): Promise<void> {
    this.mark(keys, ttlSeconds);
  }

  /** Number of keys held (expired ones may linger until the next sweep). */
  get size(): number {
    return this.expiry.size;
  }

  private seen(keys: string[]): boolean {
    const now = this.now();
    return keys.some((k) => (this.expiry.get(k) ?? 0) > now);
  }

  private mark(keys: string[], ttlSeconds: number): void {
    const now = this.now();
    const until = now + ttlSeconds * 1000;
    for (const k of keys) this.expiry.set(k, Math.max(until, this.expiry.get(k) ?? 0));
    if (++this.writes % 1024 === 0) for (const [k, t] of this.expiry) if (t <= now) this.expiry.delete(k);
  }
}
