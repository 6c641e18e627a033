import type { Story } from '../../model';
import {
  DEFAULT_INDEX_WINDOW_SECONDS,
  DEFAULT_STORY_TTL_SECONDS,
  INDEX_ENTRIES_PER_KEY,
  capSourceTexts,
  frozenCopy,
  storyMatchesQuery,
  type CandidateQuery,
  type LookupQuery,
  type SourceText,
  type StoryIndexEntry,
  type StoryLookup,
  type StoryStore,
} from '../../stories/story-store';

/**
 * In-process StoryStore for `run --once` and tests; same contract as the Redis one. Stories are kept as
 * frozen snapshots: `get` and `recent` hand out private copies; `candidates` and `sourceTexts` (the
 * clustering hot path, read-only by contract) hand out the frozen snapshots themselves.
 */
export class MemoryStoryStore implements StoryStore {
  private readonly stories = new Map<string, { story: Readonly<Story>; expires: number }>();
  /** index key → its entries (story number, item time in ms) in the order they were written. */
  private readonly index = new Map<string, Posting>();
  /** Story ids by number (index entries hold numbers: a lookup counts hits in arrays, not in maps). */
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly hits = new HitCounter();
  /** story id → texts of its sources (dropped with the story). */
  private readonly texts = new Map<string, readonly SourceText[]>();
  private readonly ttlMs: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(opts: { ttlSeconds?: number; indexWindowSeconds?: number; now?: () => number } = {}) {
    this.ttlMs = (opts.ttlSeconds ?? DEFAULT_STORY_TTL_SECONDS) * 1000;
    this.windowMs = (opts.indexWindowSeconds ?? DEFAULT_INDEX_WINDOW_SECONDS) * 1000;
    this.now = opts.now ?? Date.now;
  }

  async get(id: string): Promise<Story | undefined> {
    const s = this.snapshot(id);
    return s && structuredClone(s);
  }

  /** The stored (frozen) story, when present and not expired. */
  private snapshot(id: string): Story | undefined {
    const e = this.stories.get(id);
    return !e || e.expires <= this.now() ? undefined : e.story;
  }

  async put(story: Story, entry: StoryIndexEntry): Promise<void> {
    const now = this.now();
    this.stories.set(story.id, { story: frozenCopy(story), expires: now + this.ttlMs });
    if (entry.text) this.texts.set(story.id, Object.freeze(capSourceTexts([...(this.texts.get(story.id) ?? []), Object.freeze({ ...entry.text })])));
    const at = Date.parse(entry.at);
    const oldest = now - this.windowMs;
    let n = this.numbers.get(story.id);
    if (n === undefined) {
      n = this.ids.push(story.id) - 1;
      this.numbers.set(story.id, n);
    }
    for (const key of new Set(entry.keys)) {
      let p = this.index.get(key);
      if (!p) this.index.set(key, (p = { ids: [], ats: [], compacted: 0 }));
      p.ids.push(n);
      p.ats.push(at);
      // Entries older than the window, and older entries of a story written again, are dropped once the
      // list has doubled since the last compaction: amortized O(1) per write, never a scan of the list.
      if (p.ids.length >= 2 * p.compacted + 16) compact(p, oldest);
    }
  }

  async remove(id: string): Promise<void> {
    this.stories.delete(id);
    this.texts.delete(id);
  }

  async candidates(q: CandidateQuery): Promise<Story[]> {
    const since = Math.max(Date.parse(q.since), this.now() - this.windowMs);
    const until = Date.parse(q.until);
    const hits = this.hits.start(this.ids.length);
    let keyNo = 0;
    for (const key of new Set(q.keys)) {
      const p = this.index.get(key);
      if (!p) continue;
      // The most recently written entries of the key within the bounds, as the Redis store reads them.
      keyNo++;
      for (let i = p.ids.length - 1, scanned = 0, counted = 0; i >= 0 && counted < INDEX_ENTRIES_PER_KEY && scanned < 4 * INDEX_ENTRIES_PER_KEY; i--, scanned++) {
        const at = p.ats[i]!;
        if (at < since || at > until) continue;
        if (hits.add(p.ids[i]!, at, keyNo)) counted++;
      }
    }
    const out: Story[] = [];
    for (const n of hits.top(q.limit)) {
      const s = this.snapshot(this.ids[n]!);
      if (s) out.push(s);
    }
    return out;
  }

  async lookup(q: LookupQuery): Promise<StoryLookup> {
    if (q.lock?.pending) await q.lock.acquire?.();
    const candidates = await this.candidates(q);
    const out: StoryLookup = { candidates, texts: new Map() };
    for (const s of candidates) {
      const t = this.texts.get(s.id);
      // Shared frozen texts (read-only by contract): their features are cached by object.
      if (t) out.texts.set(s.id, t as SourceText[]);
    }
    const own = q.id ? this.snapshot(q.id) : undefined;
    if (own) out.story = own;
    return out;
  }

  async sourceTexts(ids: string[]): Promise<Map<string, SourceText[]>> {
    const out = new Map<string, SourceText[]>();
    for (const id of new Set(ids)) {
      const e = this.stories.get(id);
      const t = this.texts.get(id);
      if (e && e.expires > this.now() && t) out.set(id, [...t]);
    }
    return out;
  }

  async recent(opts: { since: string; limit: number; query?: string }): Promise<Story[]> {
    const since = Date.parse(opts.since);
    const now = this.now();
    return [...this.stories.values()]
      .filter((e) => e.expires > now && Date.parse(e.story.published) >= since && storyMatchesQuery(e.story, opts.query))
      .map((e) => e.story)
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
      .slice(0, opts.limit)
      .map((s) => structuredClone(s));
  }
}

/** An index key's entries, parallel arrays in write order; `compacted` is the length after the last compaction. */
interface Posting {
  /** Story numbers (MemoryStoryStore.ids). */
  ids: number[];
  ats: number[];
  compacted: number;
}

/** Keep one entry per story (its newest time, at its last write position) and none older than `oldest`. */
function compact(p: Posting, oldest: number): void {
  const newest = new Map<number, number>();
  for (let i = 0; i < p.ids.length; i++) {
    const id = p.ids[i]!;
    newest.set(id, Math.max(p.ats[i]!, newest.get(id) ?? -Infinity));
  }
  const ids: number[] = [];
  const ats: number[] = [];
  const kept = new Set<number>();
  for (let i = p.ids.length - 1; i >= 0; i--) {
    const id = p.ids[i]!;
    const at = newest.get(id)!;
    if (kept.has(id) || at < oldest) continue;
    kept.add(id);
    ids.push(id);
    ats.push(at);
  }
  p.ids = ids.reverse();
  p.ats = ats.reverse();
  p.compacted = p.ids.length;
}

/** Item times (ms) stay below this (year 2109): a hit count and a time pack into one number (as KeyHits). */
const HIT = 2 ** 42;

/**
 * The hits of one candidate lookup, per story number: how many keys hit the story and its newest entry
 * time, packed in one number as KeyHits packs them, in arrays reused from lookup to lookup (a stamp tells
 * this lookup's entries from older ones). Ranks exactly as KeyHits (and rankByHits): most keys, then newest,
 * ties in first-hit order.
 */
class HitCounter {
  private packed = new Float64Array(1024);
  /** Lookup serial of the story's entry in `packed`, and the key serial that last counted it. */
  private lookupOf = new Int32Array(1024);
  private keyOf = new Int32Array(1024);
  private lookupNo = 0;
  /** Story numbers hit in this lookup, in first-hit order. */
  private readonly touched: number[] = [];

  /** A new lookup over story numbers below `size`. */
  start(size: number): this {
    if (size > this.packed.length) {
      let cap = this.packed.length;
      while (cap < size) cap *= 2;
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      this.packed = grow(this.packed, (c) => new Float64Array(c));
      this.lookupOf = grow(this.lookupOf, (c) => new Int32Array(c));
      this.keyOf = grow(this.keyOf, (c) => new Int32Array(c));
    }
    this.lookupNo++;
    this.touched.length = 0;
    return this;
  }

  /** An entry of key serial `keyNo` (from 1) for story `n`; true when the key had not counted the story yet. */
  add(n: number, at: number, keyNo: number): boolean {
    if (this.lookupOf[n] !== this.lookupNo) {
      this.lookupOf[n] = this.lookupNo;
      this.keyOf[n] = keyNo;
      this.packed[n] = HIT + at;
      this.touched.push(n);
      return true;
    }
    const v = this.packed[n]!;
    const t = v % HIT;
    const again = this.keyOf[n] === keyNo;
    this.keyOf[n] = keyNo;
    this.packed[n] = v - t + (again ? 0 : HIT) + Math.max(t, at);
    return !again;
  }

  /** The `limit` story numbers with the most keys, then the newest (ties: first hit first). */
  top(limit: number): number[] {
    const touched = this.touched;
    if (limit <= 0 || touched.length === 0) return [];
    let threshold = -Infinity;
    if (touched.length > limit) {
      const values = new Float64Array(touched.length);
      for (let i = 0; i < touched.length; i++) values[i] = this.packed[touched[i]!]!;
      values.sort();
      threshold = values[values.length - limit]!;
    }
    const kept: number[] = [];
    for (const n of touched) if (this.packed[n]! >= threshold) kept.push(n);
    return kept
      .sort((x, y) => this.packed[y]! - this.packed[x]!)
      .slice(0, limit);
  }
}
