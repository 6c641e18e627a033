import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LocalMutex, type ClusterLock, type HeldLock } from '../../stories/cluster-lock';
import { LuaScript } from './lua-script';

/**
 * Lua releasing the lock (Lua expressions for its key, its wake-up list and the holder's token): delete the
 * lock only if this holder still owns it (it may have expired and been taken by another), and push one wake-up
 * token for a waiter of another process (at most a few are kept, for a short while). Shared by the release
 * script and by a store write that releases the lock with it (RedisHeldLock).
 */
export function releaseLockLua(lockKey: string, wakeKey: string, token: string): string {
  return `if redis.call('GET', ${lockKey}) == ${token} then
  redis.call('DEL', ${lockKey})
  redis.call('LPUSH', ${wakeKey}, '1')
  redis.call('LTRIM', ${wakeKey}, 0, 7)
  redis.call('PEXPIRE', ${wakeKey}, 5000)
end`;
}

const RELEASE = new LuaScript(`${releaseLockLua('KEYS[1]', 'KEYS[2]', 'ARGV[1]')}
return 0`);

/**
 * The Redis lock as a step holds it: what a store script needs to take it along with a read (a deferred run,
 * `pending`: `SET key token PX lease NX` first in the script, nothing read when that fails) and to release it
 * with its write.
 */
export class RedisHeldLock implements HeldLock {
  released = false;
  /** A script that may have taken the lock was sent (its answer may be lost): the step's end releases it. */
  sent = false;
  constructor(
    /** The connection the lock was taken on (a store takes or releases it only through the same server). */
    readonly redis: Redis,
    readonly key: string,
    readonly wakeKey: string,
    readonly token: string,
    readonly leaseMs: number,
    public pending = false,
    private readonly take?: () => Promise<void>,
  ) {}

  async acquire(): Promise<void> {
    if (!this.pending) return;
    this.sent = true;
    await this.take!();
    this.pending = false;
  }
}

/** Lock tokens: unique per acquisition across processes (a random process part and a counter). */
const TOKEN_BASE = randomBytes(8).toString('hex');
let tokenSeq = 0;

export interface RedisClusterLockOptions {
  /** The lock expires after this long if its holder died (ms). A cluster step takes milliseconds. */
  leaseMs?: number;
  /** Give up (the job fails and is retried) after waiting this long (ms). */
  maxWaitMs?: number;
}

/**
 * The cluster lock across processes: `SET key token NX PX lease`, released by a compare-and-delete script. In
 * one process, waiters queue on a local mutex first, so at most one of them waits on Redis. That one blocks
 * (BLPOP on its own connection) on the lock's wake-up list, which every release pushes to, and tries again when
 * woken — or after 50 ms at the latest (a wake-up taken by another waiter, a holder that died and whose lease
 * expired). No busy polling: a waiting process costs Redis nothing.
 */
export class RedisClusterLock implements ClusterLock {
  private readonly key: string;
  private readonly wakeKey: string;
  private readonly local = new LocalMutex();
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private blocking?: Redis;

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
    opts: RedisClusterLockOptions = {},
  ) {
    this.key = `${keyPrefix}lock:cluster`;
    this.wakeKey = `${keyPrefix}lock:cluster:wake`;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.maxWaitMs = opts.maxWaitMs ?? 120_000;
  }

  run<T>(step: (held?: HeldLock) => Promise<T>, opts: { deferred?: boolean } = {}): Promise<T> {
    return this.local.run(async () => {
      const token = `${TOKEN_BASE}:${(tokenSeq++).toString(36)}`;
      // Deferred: handed over untaken, for the step's first read to take (a store script, else acquire()).
      const held = new RedisHeldLock(this.redis, this.key, this.wakeKey, token, this.leaseMs, opts.deferred === true, () => this.acquire(token));
      if (!held.pending) await this.acquire(token);
      try {
        return await step(held);
      } finally {
        // Unless a store write released it already (the story put, in one script with the story), or it was
        // never taken (a deferred step that ended before its first read).
        if (!held.released && (!held.pending || held.sent)) await RELEASE.run(this.redis, [this.key, this.wakeKey], [token]);
      }
    });
  }

  /** Close the blocking connection, if one was opened. */
  close(): void {
    this.blocking?.disconnect();
    this.blocking = undefined;
  }

  private async acquire(token: string): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      if ((await this.redis.set(this.key, token, 'PX', this.leaseMs, 'NX')) === 'OK') return;
      if (Date.now() > deadline) throw new Error(`cluster lock ${this.key}: still held by another worker after ${this.maxWaitMs} ms`);
      this.blocking ??= this.redis.duplicate({ connectionName: 'borderwatch-cluster-lock' });
      await this.blocking.blpop(this.wakeKey, 0.05);
    }
  }
}
