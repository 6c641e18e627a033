import type { Redis } from 'ioredis';
import type { Story } from '../../model';
import {
  capSourceTexts,
  frozenCopy,
  DEFAULT_INDEX_WINDOW_SECONDS,
  DEFAULT_STORY_TTL_SECONDS,
  INDEX_ENTRIES_PER_KEY,
  KeyHits,
  MAX_SOURCE_TEXTS,
  storyMatchesQuery,
  type CandidateQuery,
  type LookupQuery,
  type PutRider,
  type SourceText,
  type StoryIndexEntry,
  type StoryLookup,
  type StoryStore,
} from '../../stories/story-store';
import { LockBusyError, type HeldLock } from '../../stories/cluster-lock';
import { RedisHeldLock, releaseLockLua } from './cluster-lock';
import { RedisSeenProbe, seenFreshLua } from './seen-store';
import { LuaScript, RedisPutRider } from './lua-script';

/**
 * An index key is trimmed and its TTL refreshed at most once per this fraction of the index window (its TTL is
 * set to window + 1 h + window × fraction, and maintained again once it is below window + 1 h).
 */
export const INDEX_MAINTENANCE_FRACTION = 1 / 8;

/** Stories read at most by one `recent` call with a query (pages of 100). */
const RECENT_SCAN_LIMIT = 2000;

/**
 * Redis StoryStore. Keys under `keyPrefix`:
 * - `story:<id>`: the story as JSON, with a TTL (default 30 days), refreshed on each update;
 * - `stext:<id>`: list of the story's source texts (JSON), the first one kept and the rest capped to the most
 *   recent, with the story's TTL;
 * - `sver:<id>`: the story's version, new at every put (same TTL; from the counter `sversion`, never reused):
 *   a lookup returns candidates as ids and versions, and reads in full only those the client does not hold
 *   at that version (Known);
 * - `stories`: sorted set of story ids by published time (for `recent`), trimmed to the TTL;
 * - `sx:<index key>`: sorted set of story ids by item time, one per SimHash band / token / entity. Lookups read
 *   only entries within the index window (of the store's clock); a write trims entries older than the window
 *   and refreshes the key's TTL only when the key has gone unmaintained for INDEX_MAINTENANCE_FRACTION of the
 *   window (its TTL is then below window + 1 h): most writes cost one ZADD and one TTL per key instead of a
 *   ZADD, a ZREMRANGEBYSCORE and an EXPIRE. A key thus holds at most that much beyond the window, and always
 *   outlives its newest entry by the window + 1 h, as before.
 */
export class RedisStoryStore implements StoryStore {
  private readonly ttlSeconds: number;
  private readonly windowSeconds: number;
  private readonly now: () => number;
  /** Stories this client holds at a version (written by it, or read in full): what lookups answer from. */
  private readonly known: Known;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    opts: { ttlSeconds?: number; indexWindowSeconds?: number; now?: () => number; knownStories?: number } = {},
  ) {
    this.known = new Known(opts.knownStories ?? KNOWN_STORIES);
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

  private versionKey(id: string): string {
    return `${this.keyPrefix}sver:${id}`;
  }

  private indexKey(key: string): string {
    return `${this.keyPrefix}sx:${key}`;
  }

  /** A lookup's lower bound: never before the index window (entries older than it may wait for their trim). */
  private sinceOf(q: CandidateQuery): number {
    return Math.max(Date.parse(q.since), this.now() - this.windowSeconds * 1000);
  }

  async get(id: string): Promise<Story | undefined> {
    const raw = await this.redis.get(this.storyKey(id));
    return raw ? parseStory(raw) : undefined;
  }

  async put(story: Story, entry: StoryIndexEntry, opts: { release?: HeldLock; riders?: PutRider[] } = {}): Promise<void> {
    const now = this.now();
    const at = Date.parse(entry.at);
    const keys = [...new Set(entry.keys)].map((key) => this.indexKey(key));
    const nIndex = keys.length;
    // The cluster lock is released by the same script when it was taken on this connection (its two keys after
    // the index keys).
    const release = opts.release instanceof RedisHeldLock && opts.release.redis === this.redis ? opts.release : undefined;
    if (release) keys.push(release.key, release.wakeKey);
    // Other stores' writes on this connection, carried in order up to the first that cannot be.
    const riders: RedisPutRider[] = [];
    for (const r of opts.riders ?? []) {
      if (!(r instanceof RedisPutRider) || r.redis !== this.redis) break;
      riders.push(r);
    }
    const riderArgs: Array<string | number | Buffer> = [];
    for (const r of riders) {
      keys.push(...r.keys);
      riderArgs.push(r.keys.length, r.args.length);
    }
    for (const r of riders) riderArgs.push(...r.args);
    const raw = JSON.stringify(story);
    const textRaw = entry.text ? JSON.stringify(entry.text) : '';
    // One script (one command, its source sent once): the story, its source text, the timeline, every index key.
    const [version, textCount, prev] = (await putScript(riders).run(
      this.redis,
      [this.storyKey(story.id), this.textsKey(story.id), `${this.keyPrefix}stories`, this.versionKey(story.id), `${this.keyPrefix}sversion`, ...keys],
      [
        raw,
        textRaw,
        this.ttlSeconds,
        MAX_SOURCE_TEXTS,
        Date.parse(story.published) || now,
        story.id,
        now - this.ttlSeconds * 1000,
        at,
        now - this.windowSeconds * 1000,
        this.windowSeconds + 3600,
        Math.ceil(this.windowSeconds * INDEX_MAINTENANCE_FRACTION),
        release?.token ?? '',
        nIndex,
        ...riderArgs,
      ],
    )) as [string, number, string];
    for (const r of riders) r.done = true;
    if (release) release.released = true;
    this.known.wrote(story.id, version, prev, story, entry.text, textCount);
  }

  /**
   * Candidates, their source texts and (optionally) one story by id. A script reads the index keys (the most
   * recent INDEX_ENTRIES_PER_KEY entries of each within the bounds), ranks the stories as rankByHits does, and
   * returns the top ones as ids and versions only; a candidate this client holds at that version (it wrote
   * it, or read it in full before) comes from its copy. Only the others are read in full, by a second script:
   * one round trip while the client holds every candidate (one process, or a quiet window), two otherwise.
   * The same script first takes the caller's pending cluster lock and answers its seen check (on this
   * connection): nothing is read when the lock is held by another, and no candidate when an item was seen.
   */
  async lookup(q: LookupQuery): Promise<StoryLookup> {
    const keys = [...new Set(q.keys)].map((k) => this.indexKey(k));
    const nIndex = keys.length;
    let lock: RedisHeldLock | undefined;
    if (q.lock?.pending) {
      if (q.lock instanceof RedisHeldLock && q.lock.redis === this.redis) lock = q.lock;
      else await q.lock.acquire?.();
    }
    const probe = q.seen instanceof RedisSeenProbe && q.seen.redis === this.redis ? q.seen : undefined;
    if (lock) keys.push(lock.key);
    if (probe) keys.push(...probe.buckets);
    if (lock) lock.sent = true;
    const res = (await LOOKUP.run(this.redis, keys, [
      Date.parse(q.until),
      this.sinceOf(q),
      INDEX_ENTRIES_PER_KEY,
      Math.max(0, q.limit),
      `${this.keyPrefix}story:`,
      q.id ?? '',
      `${this.keyPrefix}sver:`,
      nIndex,
      lock?.token ?? '',
      lock?.leaseMs ?? 0,
      probe?.nowMin ?? 0,
      ...(probe?.fields ?? []),
    ])) as [string | null, number | string, ...Array<string | null>];
    if (res[1] === 'busy') throw new LockBusyError(lock!);
    if (lock) lock.pending = false;
    const out: StoryLookup = { candidates: [], texts: new Map() };
    if (probe) out.seen = res[1] === 0;
    const own = res[0] ? parseStory(res[0]) : undefined;
    if (own) out.story = own;
    // Pairs: id and its version (null: the story is gone). The copies held at that version, and the rest.
    const found: Array<KnownStory | string> = [];
    const missing: string[] = [];
    for (let i = 2; i + 1 < res.length; i += 2) {
      const id = res[i] as string;
      const version = res[i + 1] as string | null;
      if (version === null) continue;
      const k = this.known.at(id, version);
      if (k) found.push(k);
      else {
        found.push(id);
        missing.push(id);
      }
    }
    const read = missing.length ? await this.readFull(missing) : undefined;
    for (const f of found) {
      const k = typeof f === 'string' ? read?.get(f) : f;
      if (!k) continue;
      out.candidates.push(k.story);
      if (k.texts.length) out.texts.set(k.story.id, k.texts);
    }
    return out;
  }

  /** Stories read in full with their texts and versions, in one script (atomic: one version, one content). */
  private async readFull(ids: string[]): Promise<Map<string, KnownStory>> {
    const res = (await READ.run(this.redis, [], [`${this.keyPrefix}story:`, `${this.keyPrefix}stext:`, `${this.keyPrefix}sver:`, ...ids])) as Array<string | null | string[]>;
    const out = new Map<string, KnownStory>();
    for (let j = 0, i = 0; i + 2 < res.length; j++, i += 3) {
      const raw = res[i + 1] as string | null;
      const s = typeof raw === 'string' ? parseStory(raw) : undefined;
      if (!s || s.id !== ids[j]) continue;
      const texts: SourceText[] = [];
      for (const t of (res[i + 2] as string[] | null) ?? []) {
        const parsed = parseSourceText(t);
        if (parsed) texts.push(parsed);
      }
      const k: KnownStory = { version: res[i] as string, story: frozenCopy(s), texts: frozenCopy(texts) };
      out.set(s.id, k);
      if (res[i] !== null) this.known.read(k);
    }
    return out;
  }

  async remove(id: string): Promise<void> {
    // The version goes too: a lookup that still finds the id under an index key (entries expire with the
    // window) gets nothing for it, from Redis or from any client's kept copy (no version, no claim honoured).
    this.known.forget(id);
    await this.redis.multi().del(this.storyKey(id), this.textsKey(id), this.versionKey(id)).zrem(`${this.keyPrefix}stories`, id).exec();
  }

  async candidates(q: CandidateQuery): Promise<Story[]> {
    const keys = [...new Set(q.keys)];
    if (keys.length === 0 || q.limit <= 0) return [];
    const since = this.sinceOf(q);
    const until = Date.parse(q.until);
    const p = this.redis.pipeline();
    for (const key of keys) p.zrevrangebyscore(this.indexKey(key), until, since, 'WITHSCORES', 'LIMIT', 0, INDEX_ENTRIES_PER_KEY);
    const res = (await p.exec()) ?? [];
    const hits = new KeyHits();
    for (const [err, value] of res) {
      if (err) throw err;
      const flat = value as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) hits.add(flat[i], Number(flat[i + 1]));
    }
    return this.load(hits.top(q.limit));
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
 * KEYS: story, its texts list, the timeline, the story's version, the store's version counter, then the index
 * keys, then the lock's two keys when the script releases it, then the riders' keys. Returns the story's new
 * version, its number of texts and its previous version ('' for none). ARGV: story JSON, source text JSON (or
 * ''), story TTL (s), most texts kept, timeline score, story id, timeline cut-off (ms), item time (ms), index
 * cut-off (ms), least index key TTL (s), index maintenance interval (s), the cluster lock's token when the
 * script releases it too ('' for none; its key and wake-up list follow the index keys), after the writes,
 * atomically with them, the number of index keys, then per rider its numbers of keys and of arguments, then
 * the riders' arguments. Versions ("g" + the counter) are never reused, by any story: a story removed, or
 * expired, and written again never gets a version a client may hold of its old content. Texts: element 0 (the
 * first source) and the most recent ones are kept. An index key whose TTL is below the least one (new, or last
 * maintained more than the interval ago) is trimmed to the cut-off and given the least TTL + the interval.
 * Riders (other stores' writes: RedisPutRider) run after the story's writes, in order.
 */
const PUT_LUA = `
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
local prev = redis.call('GET', KEYS[4]) or ''
local version = 'g' .. redis.call('INCR', KEYS[5])
redis.call('SET', KEYS[4], version, 'EX', ttl)
local texts = 0
if ARGV[2] ~= '' then
  local n = redis.call('RPUSH', KEYS[2], ARGV[2])
  local max = tonumber(ARGV[4])
  if n > max then
    local first = redis.call('LINDEX', KEYS[2], 0)
    redis.call('LTRIM', KEYS[2], n - max + 1, -1)
    redis.call('LPUSH', KEYS[2], first)
    n = max
  end
  texts = n
  redis.call('EXPIRE', KEYS[2], ttl)
else
  texts = redis.call('LLEN', KEYS[2])
  if texts > 0 then redis.call('EXPIRE', KEYS[2], ttl) end
end
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[7])
redis.call('EXPIRE', KEYS[3], ttl)
local keyTtl = tonumber(ARGV[10])
local cut = '(' .. ARGV[9]
local keep = keyTtl + tonumber(ARGV[11])
local last = 5 + tonumber(ARGV[13])
for i = 6, last do
  local k = KEYS[i]
  redis.call('ZADD', k, 'GT', ARGV[8], ARGV[6])
  if redis.call('TTL', k) < keyTtl then
    redis.call('ZREMRANGEBYSCORE', k, '-inf', cut)
    redis.call('EXPIRE', k, keep)
  end
end
if ARGV[12] ~= '' then
  local lockKey, wakeKey = KEYS[last + 1], KEYS[last + 2]
  ${releaseLockLua('lockKey', 'wakeKey', 'ARGV[12]')}
  last = last + 2
end
`;

/** The put script carrying these riders (one per sequence of rider names, built once). */
const PUT_SCRIPTS = new Map<string, LuaScript>();
function putScript(riders: readonly RedisPutRider[]): LuaScript {
  const name = riders.map((r) => r.name).join(',');
  let script = PUT_SCRIPTS.get(name);
  if (!script) {
    const parts = [PUT_LUA];
    if (riders.length) parts.push(`local k, a = last, ${13 + 2 * riders.length}`);
    riders.forEach((r, i) => parts.push(`do
local nk, na = tonumber(ARGV[${14 + 2 * i}]), tonumber(ARGV[${15 + 2 * i}])
${r.lua}
k, a = k + nk, a + na
end`));
    parts.push('return { version, texts, prev }');
    script = new LuaScript(parts.join('\n'));
    PUT_SCRIPTS.set(name, script);
  }
  return script;
}

/**
 * KEYS: index keys, then the cluster lock's key when the script takes it, then the seen buckets of a seen
 * check. ARGV: until, since (ms), entries per key, candidates wanted, story key prefix, an id whose story is
 * returned too ('' for none), version key prefix, the number of index keys, the lock's token ('' when the
 * script takes no lock) and lease (ms), the seen check's minute, then its fields (one per bucket).
 * The lock first (`SET NX PX`): when another holds it, returns [false, 'busy'] having read nothing. Then the
 * seen check: when a key was seen, returns [false, 0] (the item is a duplicate: no candidate is needed).
 * Stories are ranked by the number of keys that hit them, then their newest entry, then the order of the first
 * hit (as rankByHits). Returns [story of the id or false, 1 (nothing seen) or -1 (no seen check), then per
 * candidate: its id and its version (false: the story was removed)].
 * (Reads story keys named in ARGV: a single Redis instance, as the seen store.)
 */
const LOOKUP = new LuaScript(`
local nIndex = tonumber(ARGV[8])
local nextKey = nIndex + 1
if ARGV[9] ~= '' then
  if not redis.call('SET', KEYS[nextKey], ARGV[9], 'PX', ARGV[10], 'NX') then return { false, 'busy' } end
  nextKey = nextKey + 1
end
local seen = -1
if nextKey <= #KEYS then
  ${seenFreshLua('fresh', 'nextKey', '12', '#KEYS - nextKey + 1', 'tonumber(ARGV[11])')}
  if fresh == 0 then return { false, 0 } end
  seen = 1
end
local cnt, last, first, order = {}, {}, {}, {}
local n = 0
for i = 1, nIndex do
  local r = redis.call('ZREVRANGEBYSCORE', KEYS[i], ARGV[1], ARGV[2], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
  for j = 1, #r, 2 do
    local id = r[j]
    local c = cnt[id]
    if c then
      cnt[id] = c + 1
      local at = tonumber(r[j + 1])
      if at > last[id] then last[id] = at end
    else
      n = n + 1
      order[n] = id
      cnt[id] = 1
      last[id] = tonumber(r[j + 1])
      first[id] = n
    end
  end
end
-- Top ARGV[4] without sorting every hit: by count buckets, highest first; within the last bucket taken, the
-- newest (then first hit) by insertion into a short list.
local want = tonumber(ARGV[4])
local buckets, maxn = {}, 0
for i = 1, n do
  local id = order[i]
  local c = cnt[id]
  local b = buckets[c]
  if not b then b = {}; buckets[c] = b end
  b[#b + 1] = id
  if c > maxn then maxn = c end
end
local top = {}
for c = maxn, 1, -1 do
  local b = buckets[c]
  if b and #top < want then
    local room = want - #top
    local best, nb = {}, 0
    for _, id in ipairs(b) do
      local at, f = last[id], first[id]
      local worst = best[nb]
      if nb < room or at > last[worst] or (at == last[worst] and f < first[worst]) then
        local i = nb + 1
        while i > 1 do
          local p = best[i - 1]
          local pa = last[p]
          if at > pa or (at == pa and f < first[p]) then best[i] = p; i = i - 1 else break end
        end
        best[i] = id
        if nb < room then nb = nb + 1 else best[nb + 1] = nil end
      end
    end
    for i = 1, nb do top[#top + 1] = best[i] end
  end
end
local out = { false, seen }
if ARGV[6] ~= '' then out[1] = redis.call('GET', ARGV[5] .. ARGV[6]) end
for i = 1, #top do
  local id = top[i]
  out[#out + 1] = id
  out[#out + 1] = redis.call('GET', ARGV[7] .. id)
end
return out`);

/**
 * ARGV: story key prefix, texts key prefix, version key prefix, then story ids. Returns per id its version (or
 * false), its JSON (or false) and its texts.
 */
const READ = new LuaScript(`
local out = {}
for i = 4, #ARGV do
  local id = ARGV[i]
  out[#out + 1] = redis.call('GET', ARGV[3] .. id)
  out[#out + 1] = redis.call('GET', ARGV[1] .. id)
  out[#out + 1] = redis.call('LRANGE', ARGV[2] .. id, 0, -1)
end
return out`);

/** A story as this client knows it at one version: the story and its texts (frozen, shared read-only). */
interface KnownStory {
  version: string;
  story: Story;
  texts: SourceText[];
}

/**
 * Stories held by one client (most recently written or read first kept). A window of 10,000 stories with a
 * few sources each is a few tens of MB; beyond this, the least recently used are read again when needed.
 */
export const KNOWN_STORIES = 16_384;

/**
 * The stories this client wrote (or read in full), each at its version, for lookups to answer from (the
 * script sends only the version of each candidate). Sound by construction: every write gives the story a new
 * version, never used before by any story, in the script that writes, so a version has one content; the texts
 * known after a write are derived from those known at the previous version the script returned (else from
 * none, for a first write) and kept only if their number is the one the script returned.
 */
class Known {
  private readonly stories = new Map<string, KnownStory>();

  constructor(private readonly max: number) {}

  /** A story this client wrote at `version`, over `prevVersion` ('' for none: a first write). */
  wrote(id: string, version: string, prevVersion: string, story: Story, text: SourceText | undefined, textCount: number): void {
    const prev = this.stories.get(id);
    let texts: SourceText[] | undefined;
    if (prevVersion === '') texts = [];
    else if (prev && prev.version === prevVersion) texts = prev.texts;
    if (texts && text) texts = capSourceTexts([...texts, frozenCopy(text)]);
    this.stories.delete(id);
    if (!texts || texts.length !== textCount) return;
    this.keep({ version, story: frozenCopy(story), texts: Object.isFrozen(texts) ? texts : (Object.freeze(texts) as SourceText[]) });
  }

  /** A story read in full at its version. */
  read(k: KnownStory): void {
    this.stories.delete(k.story.id);
    this.keep(k);
  }

  private keep(k: KnownStory): void {
    this.stories.set(k.story.id, k);
    if (this.stories.size > this.max) this.stories.delete(this.stories.keys().next().value as string);
  }

  /** The story held at this version, if any (kept as most recently used). */
  at(id: string, version: string): KnownStory | undefined {
    const k = this.stories.get(id);
    if (!k || k.version !== version) return undefined;
    this.stories.delete(id);
    this.stories.set(id, k);
    return k;
  }

  /** Forget a story (removed from the store). */
  forget(id: string): void {
    this.stories.delete(id);
  }
}

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
