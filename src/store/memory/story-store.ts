import type { Story } from '../../model';
import {
  DEFAULT_INDEX_WINDOW_SECONDS,
  DEFAULT_STORY_TTL_SECONDS,
  INDEX_ENTRIES_PER_KEY,
  capSourceTexts,
  KeyHits,
  storyMatchesQuery,
  type CandidateQuery,
  type SourceText,
  type StoryIndexEntry,
  type StoryLookup,
  type StoryStore,
} from '../../stories/story-store';

/** Deep-freezes plain data (a stored snapshot), so a shared read-only copy cannot be changed by a reader. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * In-process StoryStore for `run --once` and tests; same contract as the Redis one. Stories are kept as
 * frozen snapshots: `get` and `recent` hand out private copies; `candidates` and `sourceTexts` (the
 * clustering hot path, read-only by contract) hand out the frozen snapshots themselves.
 */
export class MemoryStoryStore implements StoryStore {
  private readonly stories = new Map<string, { story: Readonly<Story>; expires: number }>();
  /** index key → its entries (story id, item time in ms) in the order they were written. */
  private readonly index = new Map<string, Posting>();
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
    this.stories.set(story.id, { story: deepFreeze(structuredClone(story)), expires: now + this.ttlMs });
    if (entry.text) this.texts.set(story.id, Object.freeze(capSourceTexts([...(this.texts.get(story.id) ?? []), Object.freeze({ ...entry.text })])));
    const at = Date.parse(entry.at);
    const oldest = now - this.windowMs;
    for (const key of new Set(entry.keys)) {
      let p = this.index.get(key);
      if (!p) this.index.set(key, (p = { ids: [], ats: [], compacted: 0 }));
      p.ids.push(story.id);
      p.ats.push(at);
      // Entries older than the window, and older entries of a story written again, are dropped once the
      // list has doubled since the last compaction: amortized O(1) per write, never a scan of the list.
      if (p.ids.length >= 2 * p.compacted + 16) compact(p, oldest);
    }
  }

  async candidates(q: CandidateQuery): Promise<Story[]> {
    const since = Math.max(Date.parse(q.since), this.now() - this.windowMs);
    const until = Date.parse(q.until);
    const hits = new KeyHits();
    const counted = new Set<string>();
    for (const key of new Set(q.keys)) {
      const p = this.index.get(key);
      if (!p) continue;
      // The most recently written entries of the key within the bounds, as the Redis store reads them.
      counted.clear();
      for (let i = p.ids.length - 1, scanned = 0; i >= 0 && counted.size < INDEX_ENTRIES_PER_KEY && scanned < 4 * INDEX_ENTRIES_PER_KEY; i--, scanned++) {
        const at = p.ats[i]!;
        if (at < since || at > until) continue;
        const id = p.ids[i]!;
        const again = counted.has(id);
        hits.add(id, at, again);
        if (!again) counted.add(id);
      }
    }
    const out: Story[] = [];
    for (const id of hits.top(q.limit)) {
      const s = this.snapshot(id);
      if (s) out.push(s);
    }
    return out;
  }

  async lookup(q: CandidateQuery & { id?: string }): Promise<StoryLookup> {
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
  ids: string[];
  ats: number[];
  compacted: number;
}

/** Keep one entry per story (its newest time, at its last write position) and none older than `oldest`. */
function compact(p: Posting, oldest: number): void {
  const newest = new Map<string, number>();
  for (let i = 0; i < p.ids.length; i++) {
    const id = p.ids[i]!;
    newest.set(id, Math.max(p.ats[i]!, newest.get(id) ?? -Infinity));
  }
  const ids: string[] = [];
  const ats: number[] = [];
  const kept = new Set<string>();
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
