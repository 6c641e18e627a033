import type { Redis } from 'ioredis';
import type { ReplayStore } from '../../platforms/slack/request-guard';

/**
 * Slack request signatures seen, shared by every process behind one request URL: a replay sent to another
 * instance within the window is refused too. One `SET NX EX` per signed request.
 */
export class RedisReplayStore implements ReplayStore {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {}

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(`${this.keyPrefix}slackreplay:${key}`, '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX')) === 'OK';
  }
}
