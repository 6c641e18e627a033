import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LocalMutex, type ClusterLock } from '../../stories/cluster-lock';

/** Delete the lock only if this holder still owns it (it may have expired and been taken by another). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface RedisClusterLockOptions {
  /** The lock expires after this long if its holder died (ms). A cluster step takes milliseconds. */
  leaseMs?: number;
  /** Give up (the job fails and is retried) after waiting this long (ms). */
  maxWaitMs?: number;
}

/**
 * The cluster lock across processes: `SET key token NX PX lease`, released by a compare-and-delete script. In
 * one process, waiters queue on a local mutex first, so at most one of them polls Redis; it retries after 1 ms,
 * doubling up to 20 ms (with jitter) while another process holds the lock.
 */
export class RedisClusterLock implements ClusterLock {
  private readonly key: string;
  private readonly local = new LocalMutex();
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
    opts: RedisClusterLockOptions = {},
  ) {
    this.key = `${keyPrefix}lock:cluster`;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.maxWaitMs = opts.maxWaitMs ?? 120_000;
  }

  run<T>(step: () => Promise<T>): Promise<T> {
    return this.local.run(async () => {
      const token = randomBytes(8).toString('hex');
      await this.acquire(token);
      try {
        return await step();
      } finally {
        await this.redis.eval(RELEASE, 1, this.key, token);
      }
    });
  }

  private async acquire(token: string): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
      if ((await this.redis.set(this.key, token, 'PX', this.leaseMs, 'NX')) === 'OK') return;
      if (Date.now() > deadline) throw new Error(`cluster lock ${this.key}: still held by another worker after ${this.maxWaitMs} ms`);
      await new Promise((r) => setTimeout(r, wait / 2 + Math.random() * wait));
    }
  }
}
