/**
 * Redis FigureStore. Keys (under keyPrefix):
 *   figures:series            ZSET  series key → rank score of its newest entry
 *   figures:metric:<metric>   ZSET  series keys of one metric, same scores
 *   figures:s:<series>        ZSET  entry id → rank score (period end, else publish time)
 *   figures:e:<series>        HASH  entry id → FigureEntry JSON
 * History is bounded to HISTORY_LIMIT entries per series; no KEYS scans.
 */
import type { Redis } from 'ioredis';
import { LuaScript, RedisPutRider } from './lua-script';
import { compareEntries, entryId, foldStoryRepeats, HISTORY_LIMIT, LATEST_WINDOW, pickLatest, rankScore, seriesKey, type FigureEntry, type FigureStore, type LatestFigure } from '../../figures/store';

export class RedisFigureStore implements FigureStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly historyLimit = HISTORY_LIMIT,
  ) {}

  private k(...parts: string[]): string {
    return `${this.keyPrefix}figures:${parts.join(':')}`;
  }

  async record(entry: FigureEntry): Promise<void> {
    await this.recordAll([entry]);
  }

  /** One script for all of an item's figures: one round trip however many there are. */
  async recordAll(entries: readonly FigureEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const { keys, args } = this.recordArgs(entries);
    await RECORD.run(this.redis, keys, args);
  }

  /** The figures recorded by a story put's script instead (see StoryStore.put's riders). */
  rider(entries: readonly FigureEntry[]): RedisPutRider {
    const { keys, args } = this.recordArgs(entries);
    return new RedisPutRider(this.redis, 'figures', RECORD_LUA, keys, args);
  }

  private recordArgs(entries: readonly FigureEntry[]): { keys: string[]; args: Array<string | number> } {
    const keys = [this.k('series')];
    const args: Array<string | number> = [this.historyLimit];
    for (const entry of entries) {
      const series = seriesKey(entry.figure.metric, entry.figure.scope);
      keys.push(this.k('e', series), this.k('s', series), this.k('metric', entry.figure.metric.toLowerCase()));
      args.push(entryId(entry), JSON.stringify(entry), rankScore(entry), series);
    }
    return { keys, args };
  }

  private async entries(series: string, limit: number): Promise<FigureEntry[]> {
    const ids = await this.redis.zrevrange(this.k('s', series), 0, limit - 1);
    if (!ids.length) return [];
    const raw = await this.redis.hmget(this.k('e', series), ...ids);
    return raw.filter((r): r is string => typeof r === 'string').map((r) => JSON.parse(r) as FigureEntry);
  }

  async latest(metric?: string, limit = 10): Promise<LatestFigure[]> {
    const index = metric ? this.k('metric', metric.toLowerCase()) : this.k('series');
    // Read a few more series than asked: a preferred primary entry can rank slightly below its series' newest.
    const series = await this.redis.zrevrange(index, 0, limit * 3 - 1);
    const out: LatestFigure[] = [];
    for (const s of series) {
      const l = pickLatest(await this.entries(s, LATEST_WINDOW));
      if (l) out.push(l);
    }
    return foldStoryRepeats(out.sort(compareEntries)).slice(0, limit);
  }

  async history(metric: string, scope: string | null, limit = 20): Promise<FigureEntry[]> {
    // Read the window by score, then order exactly as the memory store does (ties by publish time).
    const list = await this.entries(seriesKey(metric, scope), Math.min(this.historyLimit, limit + 10));
    return list.sort(compareEntries).slice(0, limit);
  }
}

/**
 * Record entries in order, each as the store always has: the entry (replacing the same figure of the same
 * story), its rank in its series, the series' newest rank in the series index and in its metric's index
 * (GT raises an existing score, NX adds a missing one), then the series trimmed to the history limit by
 * dropping its lowest-ranked entries.
 * KEYS: the series index, then per entry its entries hash, its series zset and its metric index.
 * ARGV: the history limit, then per entry its id, JSON, rank score and series key. As a rider of a story put:
 * its keys from KEYS[k + 1] (nk of them), its arguments from ARGV[a + 1].
 */
const RECORD_LUA = `local limit = tonumber(ARGV[a + 1])
for i = 0, (nk - 1) / 3 - 1 do
  local e, s, m = KEYS[k + 2 + 3 * i], KEYS[k + 3 + 3 * i], KEYS[k + 4 + 3 * i]
  local id, json, score, series = ARGV[a + 2 + 4 * i], ARGV[a + 3 + 4 * i], ARGV[a + 4 + 4 * i], ARGV[a + 5 + 4 * i]
  redis.call('HSET', e, id, json)
  redis.call('ZADD', s, score, id)
  redis.call('ZADD', KEYS[k + 1], 'GT', score, series)
  redis.call('ZADD', KEYS[k + 1], 'NX', score, series)
  redis.call('ZADD', m, 'GT', score, series)
  redis.call('ZADD', m, 'NX', score, series)
  local size = redis.call('ZCARD', s)
  if size > limit then
    local drop = redis.call('ZRANGE', s, 0, size - limit - 1)
    if #drop > 0 then
      redis.call('ZREM', s, unpack(drop))
      redis.call('HDEL', e, unpack(drop))
    end
  end
end`;

const RECORD = new LuaScript(`local k, a, nk = 0, 0, #KEYS
${RECORD_LUA}
return 1`);
