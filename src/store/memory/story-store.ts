import type { Story } from '../../model';
import {
  DEFAULT_INDEX_WINDOW_SECONDS,
  DEFAULT_STORY_TTL_SECONDS,
  capSourceTexts,
  rankByHits,
  storyMatchesQuery,
  type CandidateQuery,
  type SourceText,
  type StoryIndexEntry,
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
  /** index key → story id → newest item time (ms). */
  private readonly index = new Map<string, Map<string, number>>();
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
    for (const key of entry.keys) {
      const m = this.index.get(key) ?? new Map<string, number>();
      m.set(story.id, Math.max(at, m.get(story.id) ?? -Infinity));
      for (const [id, t] of m) if (t < oldest) m.delete(id);
      this.index.set(key, m);
    }
  }

  async candidates(q: CandidateQuery): Promise<Story[]> {
    const since = Date.parse(q.since);
    const until = Date.parse(q.until);
    const hits = new Map<string, { n: number; at: number }>();
    for (const key of new Set(q.keys)) {
      for (const [id, at] of this.index.get(key) ?? []) {
        if (at < since || at > until) continue;
        const h = hits.get(id) ?? { n: 0, at };
        h.n++;
        h.at = Math.max(h.at, at);
        hits.set(id, h);
      }
    }
    const out: Story[] = [];
    for (const id of rankByHits(hits, q.limit)) {
      const s = this.snapshot(id);
      if (s) out.push(s);
    }
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
