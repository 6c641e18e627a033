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

export class Pacer {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {}

  /** Take the send slot for `key` if it is free (returns 0), else return the ms until it frees up (nothing taken). */
  async tryAcquire(key: string, intervalMs: number, now = Date.now()): Promise<number> {
    const wait = (await this.redis.eval(RESERVE, 1, `${this.keyPrefix}pace:${key}`, String(now), String(intervalMs))) as number;
    return Number(wait);
  }
}
