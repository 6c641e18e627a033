import type { Redis } from 'ioredis';

/**
 * Per-key pacing shared by every worker through Redis: at most one send per `intervalMs` per key
 * (Slack: about one message per second per channel). BullMQ's open-source limiter is per queue, not
 * per channel, so this tiny script reserves the next free slot or says how long until one is free; the caller delays the job by that much and tries again.
 */
const RESERVE = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextFree > now then return nextFree - now end
redis.call('SET', KEYS[1], now + interval, 'PX', interval * 2)
return 0`;

/** Push the key's hold-off end to now + ms (never earlier than an existing one). */
const HOLD = `
local now = tonumber(ARGV[1])
local untilMs = now + tonumber(ARGV[2])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= untilMs then return current - now end
redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[2]) + 1000)
return untilMs - now`;

export class Pacer {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {}

  /** Take the send slot for `key` if it is free (returns 0), else return the ms until it frees up (nothing taken). */
  async tryAcquire(key: string, intervalMs: number, now = Date.now()): Promise<number> {
    const wait = (await this.redis.eval(RESERVE, 1, `${this.keyPrefix}pace:${key}`, String(now), String(intervalMs))) as number;
    return Number(wait);
  }

  /** Hold every send under `key` back for `ms` from now (a platform's Retry-After), shared by all workers. */
  async holdOff(key: string, ms: number, now = Date.now()): Promise<void> {
    await this.redis.eval(HOLD, 1, `${this.keyPrefix}hold:${key}`, String(now), String(Math.max(1, Math.ceil(ms))));
  }

  /** Milliseconds until the hold-off of `key` ends (0 when there is none). */
  async heldFor(key: string, now = Date.now()): Promise<number> {
    const until = Number((await this.redis.get(`${this.keyPrefix}hold:${key}`)) ?? 0);
    return until > now ? until - now : 0;
  }
}
