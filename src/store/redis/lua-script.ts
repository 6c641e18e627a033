import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PutRider } from '../../stories/story-store';

/**
 * A Lua script called by its SHA (EVALSHA): its source crosses the wire only when Redis does not hold it
 * (NOSCRIPT: the first call after Redis started, or after SCRIPT FLUSH). Every store script goes through it.
 */
export class LuaScript {
  readonly sha: string;
  constructor(readonly lua: string) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly (string | number | Buffer)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!String((err as Error).message).includes('NOSCRIPT')) throw err;
      return redis.eval(this.lua, keys.length, ...keys, ...args);
    }
  }
}

/**
 * A write of another store carried by a story put's script (RedisStoryStore.put), on the same connection:
 * `lua` reads its keys as KEYS[k + 1] … KEYS[k + nk] and its arguments as ARGV[a + 1] … ARGV[a + na] (locals the
 * put script sets), and returns nothing. `name` names the Lua (one script per sequence of riders).
 */
export class RedisPutRider implements PutRider {
  done = false;
  constructor(
    readonly redis: Redis,
    readonly name: string,
    readonly lua: string,
    readonly keys: string[],
    readonly args: Array<string | number | Buffer>,
  ) {}
}
