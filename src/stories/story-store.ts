import type { Story } from '../model';
import type { HeldLock } from './cluster-lock';
import type { SeenProbe } from './seen-store';
import { foldText } from './normalize-text';

/**
 * Where an item of a story can be found again: index keys (SimHash bands "b0:3fa2", title tokens
 * "t:caravan", entities "e:tapachula", numbers "n:240988") at the item's time. A store keeps each key's
 * entries only within its index window, so a lookup reads recent entries, never the whole history.
 */
export interface StoryIndexEntry {
  /** ISO time of the item (published, else when it was seen). */
  at: string;
  keys: string[];
  /** The item's headline and lead, kept with the story so later items are compared with every source. */
  text?: SourceText;
}

/** What same-story scoring keeps of each source of a story: headline, lead and time. */
export interface SourceText {
  title: string;
  /** The first ~40 words of the item's summary, dateline stripped. */
  lead: string;
  /** ISO time of the item. */
  at: string;
}

/** Most source texts kept per story (the first one and the most recent ones). */
export const MAX_SOURCE_TEXTS = 24;

/** Keep the first text and the most recent ones, at most MAX_SOURCE_TEXTS. Pure helper for the stores. */
export function capSourceTexts(texts: SourceText[]): SourceText[] {
  return texts.length <= MAX_SOURCE_TEXTS ? texts : [texts[0], ...texts.slice(texts.length - MAX_SOURCE_TEXTS + 1)];
}

/**
 * Entries read per index key by a candidate lookup: the most recent ones within the query's bounds. A key
 * that many stories share (a common word) says little about any of them; a rare one (a name, a number, a
 * SimHash band) has fewer entries than this and is read in full. Bounds the lookup whatever the window holds.
 */
export const INDEX_ENTRIES_PER_KEY = 200;

export interface CandidateQuery {
  keys: string[];
  /** ISO bounds of the item times to consider. */
  since: string;
  until: string;
  /** Most candidates returned, those sharing the most keys first. */
  limit: number;
}

export interface StoryStore {
  get(id: string): Promise<Story | undefined>;
  /**
   * Insert or replace the story, and add the index entry (of its newest item) to its existing entries; the
   * entry's `text`, when given, is appended to the story's source texts (kept as long as the story).
   * `opts.release`: the cluster lock held by the caller, which a store may release along with this write
   * (then setting `released`); the caller does nothing needing the lock after it. `opts.riders`: writes of
   * other stores (FigureStore.rider, SeenStore.rider) that a store may carry in the same atomic write, after the
   * story, in order: a prefix of them (none, some, all), each then `done`; the caller writes the others itself.
   */
  put(story: Story, index: StoryIndexEntry, opts?: { release?: HeldLock; riders?: PutRider[] }): Promise<void>;
  /**
   * The source texts of each story, in the order they were added (absent for stories without any).
   * Read-only: a store may hand out shared (frozen) objects.
   */
  sourceTexts(ids: string[]): Promise<Map<string, SourceText[]>>;
  /**
   * Stories with index entries under any of the keys within [since, until], most shared keys first.
   * Read-only: a store may hand out shared (frozen) snapshots; copy a story before changing it.
   */
  candidates(q: CandidateQuery): Promise<Story[]>;
  /**
   * One read for the clusterer: the candidates, their source texts, and (when `id` is given) the story of that
   * id — what `candidates`, `sourceTexts` and `get` answer, in one round trip where the store can. Optional:
   * the clusterer asks the three separately from a store without it.
   * `lock`: the caller's cluster lock, when it is still to be taken (`pending`): taken before anything is read
   * (by the same script where the store can; it throws LockBusyError, having read nothing, when another holds
   * it; else the store waits with `lock.acquire()` first). `seen`: a seen check (`SeenStore.probe`) answered in
   * `StoryLookup.seen` where the store can, after the lock is taken; a store that cannot leaves it unset.
   */
  lookup?(q: LookupQuery): Promise<StoryLookup>;
  /**
   * Forget a story (and its source texts) that the clusterer folded into another: an item told the same event
   * as both. Its index entries are left to expire with the index window (lookups skip ids without a story).
   * Optional: the clusterer folds no stories together in a store without it.
   */
  remove?(id: string): Promise<void>;
  /** Stories published at or after `since`, newest first; `query` keeps those whose text has all its words. */
  recent(opts: { since: string; limit: number; query?: string }): Promise<Story[]>;
}

/** A write of another store a story put may carry (`StoryStore.put`'s riders); `done` once written so. */
export interface PutRider {
  done: boolean;
}

export type LookupQuery = CandidateQuery & { id?: string; lock?: HeldLock; seen?: SeenProbe };

/** The answer of `StoryStore.lookup`. Read-only, as `candidates` and `sourceTexts` are. */
export interface StoryLookup {
  /** The answer to the query's `seen` check (true: some key was seen), when the store answered it. */
  seen?: boolean;
  candidates: Story[];
  texts: Map<string, SourceText[]>;
  /** The story of the id asked for, when it exists. */
  story?: Story;
}

/**
 * A deep-frozen copy of plain data (a stored snapshot, shared read-only by a store's readers), so neither a
 * reader nor the writer afterwards can change it. Parts that are frozen already — the sources and figures a
 * merged story shares with the snapshot it was made from — are shared, not copied: a merge costs what it
 * changed, not the whole story. The memory and Redis stores' one helper for their snapshots.
 */
export function frozenCopy<T>(value: T): T {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = frozenCopy((value as Record<string, unknown>)[k]);
  return Object.freeze(out) as T;
}

/** Defaults of the store implementations. */
export const DEFAULT_STORY_TTL_SECONDS = 30 * 24 * 3600;
export const DEFAULT_INDEX_WINDOW_SECONDS = 72 * 3600;

/** Case- and accent-insensitive: every word of the query occurs in the story's titles, summary or outlets. */
export function storyMatchesQuery(story: Story, query: string | undefined): boolean {
  const q = foldText(query ?? '');
  if (!q) return true;
  const hay = ` ${foldText([story.title, story.summary, ...story.sources.flatMap((s) => [s.title, s.name])].join(' '))} `;
  return q.split(' ').every((w) => hay.includes(w));
}

/** Rank story ids by how many query keys hit them (ties: most recent first). Pure helper for the stores. */
export function rankByHits(hits: Map<string, { n: number; at: number }>, limit: number): string[] {
  return [...hits.entries()]
    .sort((x, y) => y[1].n - x[1].n || y[1].at - x[1].at)
    .slice(0, limit)
    .map(([id]) => id);
}

/** Item times (ms) stay below this (year 2109): a hit count and a time pack into one number. */
const HIT = 2 ** 42;

/**
 * The stories a candidate lookup's keys hit: per story, how many keys and its newest entry time, packed in one
 * number (count × 2^42 + time), so counting allocates nothing per entry. `top` ranks as rankByHits does.
 */
export class KeyHits {
  private readonly packed = new Map<string, number>();

  /** An entry of a key not counted yet for this story (`again`: the same key once more, only the time counts). */
  add(id: string, at: number, again = false): void {
    const v = this.packed.get(id);
    if (v === undefined) {
      this.packed.set(id, HIT + at);
      return;
    }
    const t = v % HIT;
    this.packed.set(id, v - t + (again ? 0 : HIT) + Math.max(t, at));
  }

  get size(): number {
    return this.packed.size;
  }

  /** The `limit` ids with the most keys, then the newest (ties: first hit first). */
  top(limit: number): string[] {
    if (limit <= 0 || this.packed.size === 0) return [];
    let threshold = -Infinity;
    if (this.packed.size > limit) {
      const values = Float64Array.from(this.packed.values()).sort();
      threshold = values[values.length - limit]!;
    }
    const kept: Array<[string, number]> = [];
    for (const e of this.packed) if (e[1] >= threshold) kept.push(e);
    return kept
      .sort((x, y) => y[1] - x[1])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
