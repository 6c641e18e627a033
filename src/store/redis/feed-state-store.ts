import type { Redis } from 'ioredis';
import type { FeedState, FeedStateStore } from '../types';

/** One hash `{prefix}feedstate`: field = feed URL, value = JSON state. O(1) per feed. */
export class RedisFeedStateStore implements FeedStateStore {
  private readonly key: string;
  constructor(private readonly redis: Redis, keyPrefix: string) {
    this.key = `${keyPrefix}feedstate`;
  }
  async get(feedUrl: string): Promise<FeedState | undefined> {
    const raw = await this.redis.hget(this.key, feedUrl);
    return raw ? (JSON.parse(raw) as FeedState) : undefined;
  }
  async getMany(feedUrls: string[]): Promise<Map<string, FeedState>> {
    const out = new Map<string, FeedState>();
    if (feedUrls.length === 0) return out;
    const raw = await this.redis.hmget(this.key, ...feedUrls);
    raw.forEach((r, i) => {
      if (r) out.set(feedUrls[i]!, JSON.parse(r) as FeedState);
    });
    return out;
  }
  async set(feedUrl: string, state: FeedState): Promise<void> {
    await this.redis.hset(this.key, feedUrl, JSON.stringify(state));
  }
  async setMany(states: Map<string, FeedState>): Promise<void> {
    if (states.size === 0) return;
    const args: string[] = [];
    for (const [url, state] of states) args.push(url, JSON.stringify(state));
    await this.redis.hset(this.key, ...args);
  }
  async all(): Promise<Map<string, FeedState>> {
    const raw = await this.redis.hgetall(this.key);
    return new Map(Object.entries(raw).map(([k, v]) => [k, JSON.parse(v) as FeedState]));
  }
}
