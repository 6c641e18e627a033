import { Redis, type RedisOptions } from 'ioredis';

/**
 * ioredis connections. BullMQ workers need `maxRetriesPerRequest: null` (blocking commands must wait
 * through reconnects instead of failing); we use it everywhere so a Redis restart is ridden out.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Back off up to 5 s between reconnect attempts, forever: the service must reconnect by itself.
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    ...extra,
  });
}

/** BullMQ key prefix derived from the deployment's key prefix ("bw:" → "bw:bull"). */
export function bullPrefix(keyPrefix: string): string {
  return `${keyPrefix.replace(/:+$/, '')}:bull`;
}
