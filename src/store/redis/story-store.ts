import type { Redis } from 'ioredis';
import type { Story } from '../../model';
import {
  DEFAULT_INDEX_WINDOW_SECONDS,
  DEFAULT_STORY_TTL_SECONDS,
  INDEX_ENTRIES_PER_KEY,
  MAX_SOURCE_TEXTS,
  rankByHits,
  storyMatchesQuery,
  type CandidateQuery,
  type SourceText,
  type StoryIndexEntry,
  type StoryStore,
} from '../../stories/story-store';

/** Stories read at most by one `recent` call with a query (pages of 100). */
const RECENT_SCAN_LIMIT = 2000;

/**
 * Redis StoryStore. Keys under `keyPrefix`:
 * - `story:<id>`: the story as JSON, with a TTL (default 30 days), refreshed on each update;
 * - `stext:<id>`: list of the story's source texts (JSON), the first one kept and the rest capped to the most
 *   recent, with the story's TTL;
 * - `stories`: sorted set of story ids by published time (for `recent`), trimmed to the TTL;
 * - `sx:<index key>`: sorted set of story ids by item time, one per SimHash band / token / entity, trimmed
 *   to the index window on each write and expiring with it, so a candidate lookup reads only recent entries.
 */
export class RedisStoryStore implements StoryStore {
  private readonly ttlSeconds: number;
  private readonly windowSeconds: number;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    opts: { ttlSeconds?: number; indexWindowSeconds?: number; now?: () => number } = {},
  ) {
    this.ttlSeconds = opts.ttlSeconds ?? DEFAULT_STORY_TTL_SECONDS;
    this.windowSeconds = opts.indexWindowSeconds ?? DEFAULT_INDEX_WINDOW_SECONDS;
    this.now = opts.now ?? Date.now;
  }

  private storyKey(id: string): string {
    return `${this.keyPrefix}story:${id}`;
  }

  private textsKey(id: string): string {
    return `${this.keyPrefix}stext:${id}`;
  }

  private indexKey(key: string): string {
    return `${this.keyPrefix}sx:${key}`;
  }

  async get(id: string): Promise<Story | undefined> {
    const raw = await this.redis.get(this.storyKey(id));
    return raw ? parseStory(raw) : undefined;
  }

  async put(story: Story, entry: StoryIndexEntry): Promise<void> {
    const now = this.now();
    const at = Date.parse(entry.at);
    const tx = this.redis.multi();
    tx.set(this.storyKey(story.id), JSON.stringify(story), 'EX', this.ttlSeconds);
    if (entry.text) {
      const tk = this.textsKey(story.id);
      tx.rpush(tk, JSON.stringify(entry.text));
      // Keep element 0 (the first source) and the most recent ones: drop index 1 while over the cap.
      tx.eval(TRIM_TEXTS, 1, tk, MAX_SOURCE_TEXTS);
      tx.expire(tk, this.ttlSeconds);
    }
    const timeline = `${this.keyPrefix}stories`;
    tx.zadd(timeline, Date.parse(story.published) || now, story.id);
    tx.zremrangebyscore(timeline, '-inf', now - this.ttlSeconds * 1000);
    tx.expire(timeline, this.ttlSeconds);
    const oldest = now - this.windowSeconds * 1000;
    const keys = [...new Set(entry.keys)].map((key) => this.indexKey(key));
    // One script for every index key (add, trim to the window, expire), instead of three commands per key.
    if (keys.length > 0) tx.eval(INDEX_ADD, keys.length, ...keys, at, story.id, oldest, this.windowSeconds + 3600);
    const res = await tx.exec();
    const failed = res?.find(([err]) => err);
    if (failed) throw failed[0];
  }

  async candidates(q: CandidateQuery): Promise<Story[]> {
    const keys = [...new Set(q.keys)];
    if (keys.length === 0 || q.limit <= 0) return [];
    const since = Date.parse(q.since);
    const until = Date.parse(q.until);
    const p = this.redis.pipeline();
    for (const key of keys) p.zrevrangebyscore(this.indexKey(key), until, since, 'WITHSCORES', 'LIMIT', 0, INDEX_ENTRIES_PER_KEY);
    const res = (await p.exec()) ?? [];
    const hits = new Map<string, { n: number; at: number }>();
    for (const [err, value] of res) {
      if (err) throw err;
      const flat = value as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const id = flat[i];
        const at = Number(flat[i + 1]);
        const h = hits.get(id) ?? { n: 0, at };
        h.n++;
        h.at = Math.max(h.at, at);
        hits.set(id, h);
      }
    }
    return this.load(rankByHits(hits, q.limit));
  }

  async sourceTexts(ids: string[]): Promise<Map<string, SourceText[]>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, SourceText[]>();
    if (unique.length === 0) return out;
    const p = this.redis.pipeline();
    for (const id of unique) p.lrange(this.textsKey(id), 0, -1);
    const res = (await p.exec()) ?? [];
    res.forEach(([err, value], i) => {
      if (err) throw err;
      const texts = (value as string[]).flatMap((raw) => {
        const t = parseSourceText(raw);
        return t ? [t] : [];
      });
      if (texts.length) out.set(unique[i], texts);
    });
    return out;
  }

  async recent(opts: { since: string; limit: number; query?: string }): Promise<Story[]> {
    const since = Date.parse(opts.since);
    const out: Story[] = [];
    const page = opts.query ? 100 : Math.max(1, opts.limit);
    for (let offset = 0; out.length < opts.limit && offset < RECENT_SCAN_LIMIT; offset += page) {
      const ids = await this.redis.zrevrangebyscore(`${this.keyPrefix}stories`, '+inf', since, 'LIMIT', offset, page);
      for (const s of await this.load(ids)) if (out.length < opts.limit && storyMatchesQuery(s, opts.query)) out.push(s);
      if (ids.length < page) break;
    }
    return out;
  }

  private async load(ids: string[]): Promise<Story[]> {
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(ids.map((id) => this.storyKey(id)));
    return raws.flatMap((r) => {
      const s = r ? parseStory(r) : undefined;
      return s ? [s] : [];
    });
  }
}

/**
 * Add story ARGV[2] at time ARGV[1] to each index key (sorted sets, keeping the newest time), drop the
 * entries older than ARGV[3] (ms) and set the key's TTL to ARGV[4] seconds.
 */
const INDEX_ADD = `
for _, k in ipairs(KEYS) do
  redis.call('ZADD', k, 'GT', ARGV[1], ARGV[2])
  redis.call('ZREMRANGEBYSCORE', k, '-inf', '(' .. ARGV[3])
  redis.call('EXPIRE', k, ARGV[4])
end
return 0`;

/** Trim a source-text list to ARGV[1] entries, keeping the first one. */
const TRIM_TEXTS = `
local n = redis.call('LLEN', KEYS[1])
local max = tonumber(ARGV[1])
if n > max then
  local first = redis.call('LINDEX', KEYS[1], 0)
  redis.call('LTRIM', KEYS[1], n - max + 1, -1)
  redis.call('LPUSH', KEYS[1], first)
end
return 0`;

function parseSourceText(raw: string): SourceText | undefined {
  try {
    const t = JSON.parse(raw) as SourceText;
    return t && typeof t.title === 'string' && typeof t.lead === 'string' && typeof t.at === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}

function parseStory(raw: string): Story | undefined {
  try {
    const s = JSON.parse(raw) as Story;
    return s && typeof s.id === 'string' && Array.isArray(s.sources) ? s : undefined;
  } catch {
    return undefined;
  }
}
