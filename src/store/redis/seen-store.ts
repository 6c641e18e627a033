import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SeenProbe, SeenStore } from '../../stories/seen-store';
import { LuaScript, RedisPutRider } from './lua-script';

/**
 * Redis SeenStore, built to stay small: each dedup key is hashed (SHA-1) to 10 bytes; the first 2 bytes
 * pick one of 2^bucketBits small Redis hashes (`<prefix>s:<hex>`), the other 8 bytes are the field, and the
 * value is the expiry in minutes since 2024-01-01. Small hashes use Redis' compact listpack encoding, so a
 * seen key costs ~15 bytes instead of the ~80 of one Redis key with its own TTL. Lookups are O(1) whatever
 * the history size; expired fields are ignored at once and pruned as buckets grow, and each bucket also
 * carries a Redis TTL so idle ones vanish. One Lua script does check-and-mark atomically, so two workers
 * can never both see an item as new. (Single Redis instance: keys of several buckets are touched at once.)
 */
export class RedisSeenStore implements SeenStore {
  private readonly bucketBits: number;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    opts: { bucketBits?: number; now?: () => number } = {},
  ) {
    this.bucketBits = Math.min(16, Math.max(1, opts.bucketBits ?? 16));
    this.now = opts.now ?? Date.now;
  }

  async checkAndMark(keys: string[], ttlSeconds: number): Promise<boolean> {
    if (keys.length === 0) return true;
    return (await this.run('c', keys, ttlSeconds)) === 1;
  }

  async has(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    return (await this.run('h', keys, 0)) === 0;
  }

  async markSeen(keys: string[], ttlSeconds: number): Promise<void> {
    if (keys.length === 0) return;
    await this.run('m', keys, ttlSeconds);
  }

  /** `has(keys)` as a story lookup can answer it in its own script (same connection: same server). */
  probe(keys: string[]): RedisSeenProbe {
    const slots = [...new Set(keys)].map((k) => this.slot(k));
    return new RedisSeenProbe(
      this.redis,
      keys,
      slots.map((s) => s.bucket),
      slots.map((s) => s.field),
      Math.floor((this.now() - EPOCH_MS) / 60_000),
    );
  }

  /** The Redis hash and field that hold one dedup key (exposed for tests and the memory benchmark). */
  slot(key: string): { bucket: string; field: Buffer } {
    const d = createHash('sha1').update(key).digest();
    const bucket = d.readUInt16BE(0) >>> (16 - this.bucketBits);
    return { bucket: `${this.keyPrefix}s:${bucket.toString(16)}`, field: d.subarray(2, 10) };
  }

  /** The keys marked seen by a story put's script instead (see StoryStore.put's riders). */
  rider(keys: string[], ttlSeconds: number): RedisPutRider {
    const { buckets, args } = this.markArgs(keys, ttlSeconds);
    return new RedisPutRider(this.redis, 'seen', MARK_LUA, buckets, args);
  }

  private async run(mode: 'c' | 'h' | 'm', keys: string[], ttlSeconds: number): Promise<number> {
    const { buckets, args } = this.markArgs(keys, ttlSeconds);
    return Number(await SCRIPT.run(this.redis, buckets, [mode, ...args]));
  }

  /** Buckets, then now and expiry (minutes), bucket TTL and one field per bucket. */
  private markArgs(keys: string[], ttlSeconds: number): { buckets: string[]; args: Array<number | Buffer> } {
    const now = this.now();
    const nowMin = Math.floor((now - EPOCH_MS) / 60_000);
    const expMin = Math.ceil((now + ttlSeconds * 1000 - EPOCH_MS) / 60_000);
    const slots = [...new Set(keys)].map((k) => this.slot(k));
    return { buckets: slots.map((s) => s.bucket), args: [nowMin, expMin, Math.ceil(ttlSeconds) + 120, ...slots.map((s) => s.field)] };
  }
}

const EPOCH_MS = Date.UTC(2024, 0, 1);

/** A seen check for a script of another store: its buckets (KEYS), fields (ARGV) and the minute it is asked at. */
export class RedisSeenProbe implements SeenProbe {
  constructor(
    readonly redis: Redis,
    readonly keys: string[],
    readonly buckets: string[],
    readonly fields: Buffer[],
    readonly nowMin: number,
  ) {}
}

/**
 * Lua setting `out` to 1 when no dedup key was seen (and unexpired), else 0: `count` buckets from KEYS[firstKey]
 * and their fields from ARGV[firstField], `now` in minutes (Lua expressions). Shared by the seen script and by a
 * story lookup that answers a seen check along with its read (RedisSeenProbe).
 */
export function seenFreshLua(out: string, firstKey: string, firstField: string, count: string, now: string): string {
  return `local ${out} = 1
for i = 0, ${count} - 1 do
  local v = redis.call('HGET', KEYS[${firstKey} + i], ARGV[${firstField} + i])
  if v and tonumber(v) > ${now} then ${out} = 0 end
end`;
}

/**
 * Lua marking dedup keys seen: buckets KEYS[k + 1] … KEYS[k + nk], ARGV[a + 1] now and ARGV[a + 2] expiry
 * (minutes since the epoch above), ARGV[a + 3] bucket TTL seconds, then one field per bucket (locals k, a, nk
 * set by the script). Shared by the seen script and by a story put that marks its item seen (a rider).
 */
const MARK_LUA = `local now, exp, ttl = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
for i = 1, nk do
  local key, f = KEYS[k + i], ARGV[a + 3 + i]
  local v = tonumber(redis.call('HGET', key, f) or '0')
  if v < exp then
    if redis.call('HSET', key, f, exp) == 1 then
      local n = redis.call('HLEN', key)
      if n % 32 == 0 then
        local all = redis.call('HGETALL', key)
        local dead = {}
        for j = 1, #all, 2 do
          if tonumber(all[j + 1]) <= now then dead[#dead + 1] = all[j] end
        end
        if #dead > 0 then redis.call('HDEL', key, unpack(dead)) end
      end
    end
  end
  if redis.call('TTL', key) < ttl then redis.call('EXPIRE', key, ttl) end
end`;

/**
 * KEYS: bucket per dedup key. ARGV: mode (c = check and mark, h = has, m = mark), now and expiry
 * (minutes since the epoch above), bucket TTL seconds, then one field per key.
 * Returns 1 when no key was seen (and unexpired), else 0.
 */
const SCRIPT = new LuaScript(`
local mode = ARGV[1]
${seenFreshLua('fresh', '1', '5', '#KEYS', 'tonumber(ARGV[2])')}
if mode == 'h' then return fresh end
local k, a, nk = 0, 1, #KEYS
${MARK_LUA}
return fresh
`);
