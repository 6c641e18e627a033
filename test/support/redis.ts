import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';

/** URL of the test Redis (set by global-setup). */
export function testRedisUrl(): string {
  const url = process.env.BW_TEST_REDIS_URL;
  if (!url) throw new Error('BW_TEST_REDIS_URL is not set: run the tests through jest (global-setup starts Redis)');
  return url;
}

/** A key prefix no other test file uses, so test files can share one Redis server. */
export function uniquePrefix(tag = 't'): string {
  return `bwtest:${tag}:${randomBytes(4).toString('hex')}:`;
}

const clients: Redis[] = [];

/** A connected client for tests; closed by closeTestRedis(). Options as BullMQ workers need them. */
export function testRedis(): Redis {
  const r = new Redis(testRedisUrl(), { maxRetriesPerRequest: null, lazyConnect: false });
  clients.push(r);
  return r;
}

/** Delete every key under a prefix (SCAN, never KEYS). */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}

export async function closeTestRedis(): Promise<void> {
  await Promise.all(clients.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
}
