/**
 * Redis FigureStore. Keys (under keyPrefix):
 *   figures:series            ZSET  series key → rank score of its newest entry
 *   figures:metric:<metric>   ZSET  series keys of one metric, same scores
 *   figures:s:<series>        ZSET  entry id → rank score (period end, else publish time)
 *   figures:e:<series>        HASH  entry id → FigureEntry JSON
 * History is bounded to HISTORY_LIMIT entries per series; no KEYS scans.
 */
import type { Redis } from 'ioredis';
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
    const series = seriesKey(entry.figure.metric, entry.figure.scope);
    const id = entryId(entry);
    const score = rankScore(entry);
    await this.redis
      .multi()
      .hset(this.k('e', series), id, JSON.stringify(entry))
      .zadd(this.k('s', series), score, id)
      .zadd(this.k('series'), 'GT', score, series)
      .zadd(this.k('series'), 'NX', score, series)
      .zadd(this.k('metric', entry.figure.metric.toLowerCase()), 'GT', score, series)
      .zadd(this.k('metric', entry.figure.metric.toLowerCase()), 'NX', score, series)
      .exec();
    const size = await this.redis.zcard(this.k('s', series));
    if (size > this.historyLimit) {
      const drop = await this.redis.zrange(this.k('s', series), '0', String(size - this.historyLimit - 1));
      if (drop.length) await this.redis.multi().zrem(this.k('s', series), ...drop).hdel(this.k('e', series), ...drop).exec();
    }
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
