import type { FeedItem, Figure, Story, StorySource } from '../model';
import { dedupKeys, sha1, urlKey } from './fingerprint';
import { agreeingFigureCount, unionFigures } from './figure-match';
import { LockBusyError, type HeldLock } from './cluster-lock';
import type { SeenProbe, SeenStore } from './seen-store';
import { leadFeaturesOf } from './lead-features';
import { cannotBeSame } from './prefilter';
import { WEAK_MATCH, compareTexts, compareWithStory, leadOf, seedStoryFeatures, sourceFeatures, sourceTextFeatures, textFeatures, type PairScore, type TextFeatures } from './similarity';
import { simhashBands } from './simhash';
import { dayDistance } from './event-date';
import type { LookupQuery, PutRider, SourceText, StoryIndexEntry, StoryLookup, StoryStore } from './story-store';

/**
 * `absorbed`: ids of other stories the item also told the same event as, folded into `story` (their sources,
 * texts and figures) and removed from the store.
 */
export type ClusterResult = { kind: 'duplicate' } | { kind: 'new'; story: Story } | { kind: 'merged'; story: Story; source: StorySource; absorbed?: string[] };

export interface StoryClustererDeps {
  seen: SeenStore;
  stories: StoryStore;
  /** Items within this many hours of a story's items may join it (config `stories.clusterWindowHours`). */
  clusterWindowHours: number;
  /** Seen-item memory (config `stories.seenTtlDays`). */
  seenTtlDays: number;
  now?: () => Date;
}

/** Candidates scored per item. */
const CANDIDATES = 40;
/**
 * Most sources a story keeps: the first MAX_STORY_SOURCES − RECENT_SOURCES items and the RECENT_SOURCES most
 * recent ones; the others are counted (`sourceCount`), not copied, so a merge costs the same however many
 * outlets carried the story. Far more than "Also reported by" can show.
 */
export const MAX_STORY_SOURCES = 50;
const RECENT_SOURCES = 10;

/** The canonical key of a source's URL (computed once, when the source is added; older stories lack it). */
function sourceKeyOf(s: StorySource): string {
  return s.key ?? urlKey(s.url) ?? s.url;
}

/** How many items a story holds, counted ones included. */
export function sourceCountOf(story: Story): number {
  return Math.max(story.sourceCount ?? 0, story.sources.length);
}

/**
 * A story with one more source: a new object sharing nothing mutable with `story` (which may be a store's
 * frozen snapshot) except the unchanged source and figure objects; O(MAX_STORY_SOURCES), not O(items).
 */
export function withSource(story: Story, source: StorySource, figures: Figure[]): Story {
  const count = sourceCountOf(story) + 1;
  const sources = story.sources.map((s) => ({ ...s }));
  sources.push(source);
  // Over the cap: drop the oldest of the recent ones (the first ones stay, they lead "Also reported by").
  if (sources.length > MAX_STORY_SOURCES) sources.splice(MAX_STORY_SOURCES - RECENT_SOURCES, sources.length - MAX_STORY_SOURCES);
  const out: Story = { ...story, sources, figures: unionFigures(story.figures, figures) };
  if (story.matched) out.matched = [...story.matched];
  if (count > sources.length) out.sourceCount = count;
  return out;
}
/**
 * `story` with the sources (each once, by canonical URL), figures, matched rules and counts of `other`, which
 * told the same event: a new object, as withSource makes.
 */
export function absorb(story: Story, other: Story): Story {
  let out = story;
  const keys = new Set(story.sources.map(sourceKeyOf));
  for (const s of other.sources) {
    if (keys.has(sourceKeyOf(s))) continue;
    keys.add(sourceKeyOf(s));
    out = withSource(out, s, []);
  }
  if (out === story) out = { ...story, sources: story.sources.map((s) => ({ ...s })) };
  out.figures = unionFigures(out.figures, other.figures);
  // Items of `other` it counted without keeping them.
  const uncounted = sourceCountOf(other) - other.sources.length;
  if (uncounted > 0) out.sourceCount = sourceCountOf(out) + uncounted;
  if (other.matched?.length) out.matched = [...new Set([...(out.matched ?? []), ...other.matched])];
  out.absorbed = [...new Set([...(story.absorbed ?? []), other.id, ...(other.absorbed ?? [])])];
  return out;
}

/**
 * Reasons of compareTexts that say two texts tell two events, not merely that they are worded apart: counts
 * that conflict, other days. Not another place: a reaction in another city to one ruling is one story
 * (test/stories/bridging.test.ts).
 */
const TWO_EVENTS = new Set(['conflicting figures', 'different months', 'different years', 'different days']);

/**
 * Two stories an item matched each tell another event (conflicting figures, other days): some source of
 * one, with its story's figures, is told apart from the other story. The item (a bare headline, a vague
 * report: "Nueva caravana migrante parte de Chiapas" and caravans of 1,500 and of 300 leaving two towns of
 * Chiapas) bridged them, but they are not one story and are not folded together.
 * Run only for the stories an item matched besides its best one (rarely any): sources × sources of two stories.
 */
function toldApart(other: Story, otherTexts: SourceText[] | undefined, best: Story, bestTexts: SourceText[] | undefined): boolean {
  if (!otherTexts || otherTexts.length === 0) return false;
  for (const t of otherTexts) {
    const p = compareWithStory(sourceFeatures(t, other), best, bestTexts);
    if (TWO_EVENTS.has(p.reason)) return true;
  }
  return placedAndDatedApart(other, otherTexts, best, bestTexts);
}

/**
 * Another place on another day: no source of one story tells the other's event, some pair of their sources
 * is told apart by place, and the two stories' event days never meet (drownings at two river towns a day
 * apart, one official's visits to two cities on consecutive days). A report bridging them (it names both, or
 * only what they share: the river, the state) does not make them one event. A reaction elsewhere on the day
 * of a ruling is still folded with it (same day).
 */
function placedAndDatedApart(other: Story, otherTexts: SourceText[], best: Story, bestTexts: SourceText[] | undefined): boolean {
  if (!bestTexts || bestTexts.length === 0) return false;
  let placesApart = false;
  for (const t of otherTexts) {
    const x = sourceFeatures(t, other);
    for (const u of bestTexts) {
      const y = sourceFeatures(u, best);
      if (x.eventDays.size === 0 || y.eventDays.size === 0 || dayDistance(x.eventDays, y.eventDays) === 0) return false;
      const p = compareTexts(x, y);
      if (p.same) return false;
      if (p.reason === 'different places') placesApart = true;
    }
  }
  return placesApart;
}

/**
 * What a caller has read of an item already, so that the clusterer does not read it again (Pipeline.process:
 * src/pipeline/analyse.ts): `linkKey` = urlKey(item.link), `titleWords` = words(item.title).
 */
export interface ItemReading {
  readonly linkKey: string | undefined;
  readonly titleWords: readonly string[];
}

/** An item as StoryClusterer.place reads it (see prepare). */
interface Prepared {
  at: number;
  /** The text the features read besides the headline (the summary, else the item's). */
  text: string;
  features: TextFeatures;
  index: StoryIndexEntry;
  source: StorySource;
  linkKey: string | undefined;
}

/** Items dated more than this in the future are taken as published now. */
const FUTURE_SLACK_MS = 3600_000;

/** Stable story id: hash of the first item's canonical URL (else its id); `linkKey`: `urlKey(item.link)` when known. */
export function storyIdFor(item: FeedItem, linkKey: string | undefined = urlKey(item.link)): string {
  const basis = linkKey ?? `${item.feedUrl}\n${item.id}`;
  return sha1(basis);
}

/**
 * Index keys of an item's text: its 4 SimHash bands (near-duplicates), its title tokens (language-neutral,
 * longest first, as the rarer ones), its named entities and distinctive numbers. Pure.
 */
export function indexKeys(f: TextFeatures): string[] {
  const titleTokens = [...f.titleTokens].filter((t) => t.length >= 3).sort((a, b) => b.length - a.length).slice(0, 10);
  const leadTokens = [...f.leadTokens].filter((t) => t.length >= 6 && !f.titleTokens.has(t)).sort((a, b) => b.length - a.length).slice(0, 6);
  return [
    ...simhashBands(f.simhash),
    ...titleTokens.map((t) => `t:${t}`),
    ...leadTokens.map((t) => `t:${t}`),
    ...[...f.entities].slice(0, 8).map((e) => `e:${e}`),
    ...[...f.numbers].slice(0, 4).map((n) => `n:${n}`),
  ];
}

/**
 * Folds incoming items into stories: exact duplicates (same guid in the feed, same canonical URL, same
 * text from the same outlet) are dropped; near-duplicates and other outlets' reports of the same event
 * within the time window join the existing story as a new source; anything else starts a new story.
 */
export class StoryClusterer {
  private readonly windowMs: number;
  private readonly ttlSeconds: number;
  private readonly now: () => Date;

  constructor(private readonly deps: StoryClustererDeps) {
    this.windowMs = deps.clusterWindowHours * 3600_000;
    this.ttlSeconds = Math.round(deps.seenTtlDays * 24 * 3600);
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * `summary` is the story summary made for this item (it becomes the story's summary when the item starts
   * one, and is the text later items are compared with); `figures` the key figures found in the item.
   *
   * The item is marked seen only once it is stored in a story (here, or — with `markSeen: false` — by the
   * caller's `markSeen(item)` once it has finished its own work, e.g. queued the alerts). An attempt that
   * stopped after storing and before marking is replayed: the same result comes back, not "duplicate".
   * `opts.lock`: the caller's cluster lock (held, or still to be taken: `pending`, taken here with the first
   * read, by the story store's lookup where it can, with the seen check too); with `markSeen: false`, whose
   * story write is then the last thing done here, handed to that write, which may release it.
   * `opts.riders` (with `markSeen: false`): the caller's next writes of other stores, made for the story
   * written, which that story write may carry (StoryStore.put; each then `done`). Not called when no single
   * write ends the step (a duplicate, a replay, stories folded together).
   */
  async add(
    item: FeedItem,
    figures: Figure[],
    summary: string,
    opts: { markSeen?: boolean; quiet?: boolean; keys?: string[]; analysed?: ItemReading; lock?: HeldLock; riders?: (story: Story) => PutRider[] } = {},
  ): Promise<ClusterResult> {
    // `opts.keys`: the item's dedupKeys when the caller has them already (Pipeline.process computes them once);
    // `opts.analysed`: its canonical link key and headline words, likewise.
    const keys = opts.keys ?? dedupKeys(item);
    const lock = opts.lock;
    // A quiet item (a new feed's first poll) was marked seen before it was queued: place it all the same.
    // A seen store that can hand its check to the story lookup (one script with the lock and the read) does;
    // else the check is sent now, its round trip overlapping the item's analysis (pure work, wasted only on a
    // duplicate, which Pipeline.process has mostly dropped before) — once the lock is taken.
    const probe = opts.quiet || !this.deps.stories.lookup ? undefined : this.deps.seen.probe?.(keys);
    let seen: Promise<boolean> | undefined;
    if (!opts.quiet && !probe) {
      if (lock?.pending) await lock.acquire?.();
      seen = this.deps.seen.has(keys);
    }
    let prepared: Prepared;
    try {
      prepared = this.prepare(item, figures, summary, opts.analysed);
    } catch (err) {
      await seen?.catch(() => undefined);
      throw err;
    }
    // The candidate read is issued before the seen check's answer is awaited (one round trip less; a store
    // answers them in the order asked, so the lookup still reads what it would after the check).
    const id = storyIdFor(item, prepared.linkKey);
    const lookup = this.lookup(prepared.index, prepared.at, id, lock, probe);
    if (seen) {
      let dup: boolean;
      try {
        dup = await seen;
      } catch (err) {
        await lookup.catch(() => undefined);
        throw err;
      }
      if (dup) {
        await lookup.catch(() => undefined);
        return { kind: 'duplicate' };
      }
    }
    const found = await lookup;
    if (probe && found.seen === undefined) {
      // The story store did not answer the seen check: asked now (the lock is taken).
      if (await this.deps.seen.has(keys)) return { kind: 'duplicate' };
    } else if (found.seen) return { kind: 'duplicate' };
    // markSeen: the story write may carry the seen mark (a rider; not when stories are folded together).
    let seenRider: PutRider | undefined;
    const ownRiders = (): PutRider[] => ((seenRider = this.seenRider(keys)) ? [seenRider] : []);
    const last = opts.markSeen === false ? { release: lock, riders: opts.riders } : { riders: ownRiders };
    const result = await this.place(item, figures, summary, prepared, opts.quiet === true, id, found, last);
    if (opts.markSeen !== false && !seenRider?.done) await this.markSeen(item, keys);
    return result;
  }

  /** `markSeen(item, keys)` as a story write may carry it (a rider, see `add`), where the seen store can. */
  seenRider(keys: string[]): PutRider | undefined {
    return this.deps.seen.rider?.(keys, this.ttlSeconds);
  }

  /** Remember the item under all its dedup keys (GUID, canonical URL, text fingerprint); `keys` = dedupKeys(item) when known. */
  async markSeen(item: FeedItem, keys: string[] = dedupKeys(item)): Promise<void> {
    await this.deps.seen.markSeen(keys, this.ttlSeconds);
  }

  /** An item already among a story's sources but not marked seen: an earlier attempt stored it. */
  private replay(story: Story, item: FeedItem): ClusterResult {
    const first = story.sources[0];
    if (first && first.itemId === item.id) return { kind: 'new', story: structuredClone(story) };
    const source = story.sources.find((s) => s.itemId === item.id) ?? story.sources[story.sources.length - 1]!;
    return { kind: 'merged', story: structuredClone(story), source };
  }

  /**
   * What placing an item reads of it, computed without the stores: its time, features, index entry and source
   * (`analysed`: what the caller read of the item already).
   */
  private prepare(item: FeedItem, figures: Figure[], summary: string, analysed?: ItemReading): Prepared {
    const at = this.itemTime(item);
    const text = summary.trim() || item.summary;
    const features = textFeatures(item.title, text, figures, at, analysed?.titleWords);
    const iso = new Date(at).toISOString();
    const sourceText = { title: item.title, lead: leadOf(text), at: iso };
    const index: StoryIndexEntry = { at: iso, keys: indexKeys(features), text: sourceText };
    // The features later items compare with this text, derived now from the item's (most are compared again).
    sourceTextFeatures(sourceText, () => leadFeaturesOf(features, sourceText, at));
    const url = item.link ?? item.guid ?? item.id;
    const linkKey = analysed ? analysed.linkKey : urlKey(item.link);
    const source: StorySource = {
      name: item.feedName,
      title: item.title,
      url,
      itemId: item.id,
      ...(item.published ? { published: item.published } : {}),
      key: (item.link ? linkKey : urlKey(url)) ?? url,
    };
    return { at, text, features, index, source, linkKey };
  }

  /** `lookup`: this.lookup(prepared.index, prepared.at, id), `id` the story id the item would start. */
  private async place(
    item: FeedItem,
    figures: Figure[],
    summary: string,
    prepared: Prepared,
    quiet: boolean,
    id: string,
    lookup: StoryLookup,
    last?: { release?: HeldLock; riders?: (story: Story) => PutRider[] },
  ): Promise<ClusterResult> {
    // The step's last write may release the lock and carry the caller's riders.
    const putOpts = (story: Story) => (last ? { ...(last.release ? { release: last.release } : {}), ...(last.riders ? { riders: last.riders(story) } : {}) } : undefined);
    const { at, features, index, source } = prepared;
    // A quiet story (a new feed's first poll) was never posted: a later item never hides inside it, it alerts.
    // One read brings the candidates, their texts, and the story this item would start (a replayed attempt).
    const others: Story[] = [];
    const match = this.pick(features, lookup, at, { skipQuiet: !quiet }, others);
    if (match) {
      if (match.story.sources.some((s) => sourceKeyOf(s) === source.key)) return this.replay(match.story, item);
      // Candidates are read-only (a store may share them): the merged story is a new object.
      let story = withSource(match.story, source, figures);
      // The item tells the same event as other stories too (outlets that each matched one of its reports, and
      // not each other): they are one story, folded into this one.
      const remove = this.deps.stories.remove?.bind(this.deps.stories);
      const folding = others.length > 0 && remove !== undefined;
      // The put may release the lock only when it is the last write under it.
      await this.deps.stories.put(story, index, folding ? undefined : putOpts(story));
      if (!folding) return { kind: 'merged', story, source };
      const absorbed: string[] = [];
      for (const other of others) {
        if (other.sources.some((s) => sourceKeyOf(s) === source.key)) continue;
        story = absorb(story, other);
        for (const t of lookup.texts.get(other.id) ?? []) await this.deps.stories.put(story, { at: t.at, keys: indexKeys(sourceTextFeatures(t)), text: t });
        if (!lookup.texts.get(other.id)?.length) await this.deps.stories.put(story, { at: index.at, keys: [] });
        await remove(other.id);
        absorbed.push(other.id);
      }
      return absorbed.length > 0 ? { kind: 'merged', story, source, absorbed } : { kind: 'merged', story, source };
    }

    const existing = lookup.story ?? (this.deps.stories.lookup ? undefined : await this.deps.stories.get(id));
    if (existing) return this.replay(existing, item);
    const story: Story = {
      id,
      title: item.title,
      url: item.link ?? source.url,
      published: item.published && !Number.isNaN(Date.parse(item.published)) ? item.published : this.now().toISOString(),
      summary,
      figures: unionFigures(figures, []),
      sources: [source],
      firstSeen: this.now().toISOString(),
      ...(item.lang ? { lang: item.lang } : {}),
      ...(quiet ? { quiet: true } : {}),
    };
    // The story's own text is the item's (same headline, summary and time): its features are the item's.
    if (story.title === item.title && story.summary === prepared.text && Date.parse(story.published) === at) seedStoryFeatures(story, features);
    await this.deps.stories.put(story, index, putOpts(story));
    return { kind: 'new', story };
  }

  /**
   * The best same-story candidate within the window, with the evidence (exposed for the eval). Candidates
   * come from the store's index (shared keys), never from a scan; each is compared source by source.
   */
  async bestMatch(features: TextFeatures, index: StoryIndexEntry, at: number, opts: { skipQuiet?: boolean } = {}): Promise<{ story: Story; score: PairScore } | undefined> {
    return this.pick(features, await this.lookup(index, at), at, opts);
  }

  /**
   * The candidates of an index entry within the window, their source texts, and the story `id` if asked;
   * `lock` (pending: taken first) and `seen` (answered where the store can) as StoryStore.lookup takes them.
   * When another holder has the lock, waits for it and reads again.
   */
  private async lookup(index: StoryIndexEntry, at: number, id?: string, lock?: HeldLock, seen?: SeenProbe): Promise<StoryLookup> {
    const q: LookupQuery = {
      keys: index.keys,
      since: new Date(at - this.windowMs).toISOString(),
      until: new Date(at + this.windowMs).toISOString(),
      limit: CANDIDATES,
      ...(id !== undefined ? { id } : {}),
      ...(lock?.pending ? { lock } : {}),
      ...(seen ? { seen } : {}),
    };
    const st = this.deps.stories;
    if (st.lookup) {
      try {
        return await st.lookup(q);
      } catch (err) {
        if (!(err instanceof LockBusyError) || err.lock !== lock || !lock?.acquire) throw err;
        await lock.acquire();
        return st.lookup(q); // the lock is taken now: the store reads at once
      }
    }
    if (lock?.pending) await lock.acquire?.();
    const candidates = await st.candidates(q);
    return { candidates, texts: await st.sourceTexts(candidates.map((s) => s.id)) };
  }

  /** The best same-story candidate; `others` (when given) receives the other candidates that tell the same story. */
  private pick(features: TextFeatures, lookup: StoryLookup, at: number, opts: { skipQuiet?: boolean }, others?: Story[]): { story: Story; score: PairScore } | undefined {
    let best: { story: Story; score: PairScore } | undefined;
    for (const story of lookup.candidates) {
      if (!this.withinWindow(story, at) || (opts.skipQuiet && story.quiet)) continue;
      const texts = lookup.texts.get(story.id);
      // Most candidates share only a common word or name with the item: rejected without a full comparison.
      let rejected: ((i: number) => boolean) | undefined;
      let figs: number | undefined;
      if (texts && texts.length > 0) {
        const agreeing = (figs = agreeingFigureCount(features.figures, story.figures));
        const seen: boolean[] = [];
        rejected = (i) => (seen[i] ??= cannotBeSame(features, sourceTextFeatures(texts[i]!), story.figures, agreeing));
        let all = true;
        for (let i = 0; i < texts.length && all; i++) all = rejected(i);
        if (all) continue;
      }
      // The texts the prefilter rejects are not compared in full (see compareWithStory).
      const score = compareWithStory(features, story, texts, rejected, figs);
      if (!score.same) continue;
      // A story matched only on the weakest path (close, the same day: similarity.ts WEAK_MATCH) is joined
      // when it is the best, never folded into another: the item may be a vague report of either event.
      if (!best || score.score > best.score.score) {
        if (best && best.score.reason !== WEAK_MATCH) others?.push(best.story);
        best = { story, score };
      } else if (score.reason !== WEAK_MATCH) others?.push(story);
    }
    if (best && others && others.length > 0) {
      const kept = others.filter((o) => !toldApart(o, lookup.texts.get(o.id), best!.story, lookup.texts.get(best!.story.id)));
      others.splice(0, others.length, ...kept);
    }
    return best;
  }

  /** Some time of the story (its publication, a source's) is within the window of `at`. Allocates nothing. */
  private withinWindow(story: Story, at: number): boolean {
    if (this.near(story.published, at)) return true;
    for (const s of story.sources) if (this.near(s.published, at)) return true;
    return false;
  }

  private near(time: string | undefined, at: number): boolean {
    if (!time) return false;
    const t = Date.parse(time);
    return !Number.isNaN(t) && Math.abs(t - at) <= this.windowMs;
  }

  private itemTime(item: FeedItem): number {
    const now = this.now().getTime();
    const t = item.published ? Date.parse(item.published) : NaN;
    return Number.isNaN(t) || t > now + FUTURE_SLACK_MS ? now : t;
  }
}
