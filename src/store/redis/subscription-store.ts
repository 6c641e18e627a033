import type { Redis } from 'ioredis';
import type { Subscription, SubscriptionStore } from '../types';

/** One hash `{prefix}subscriptions`: field = subscription id, value = JSON. */
export class RedisSubscriptionStore implements SubscriptionStore {
  private readonly key: string;
  constructor(private readonly redis: Redis, keyPrefix: string) {
    this.key = `${keyPrefix}subscriptions`;
  }
  async list(): Promise<Subscription[]> {
    const raw = await this.redis.hgetall(this.key);
    return Object.values(raw)
      .map((v) => JSON.parse(v) as Subscription)
      .sort((a, b) => a.id.localeCompare(b.id));
  }
  async get(id: string): Promise<Subscription | undefined> {
    const raw = await this.redis.hget(this.key, id);
    return raw ? (JSON.parse(raw) as Subscription) : undefined;
  }
  async put(sub: Subscription): Promise<void> {
    await this.redis.hset(this.key, sub.id, JSON.stringify(sub));
  }
  async remove(id: string): Promise<boolean> {
    return (await this.redis.hdel(this.key, id)) > 0;
  }
}
