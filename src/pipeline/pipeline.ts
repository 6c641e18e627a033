import type { Config, FeedConfig } from '../config/schema';
import { effectiveFeeds, effectiveKeywords } from '../config/effective';
import type { FeedItem, FeedReport, Figure, Message, OutboundMessage, Platform, Story } from '../model';
import type { AdminEditsStore, FeedState, FeedStateStore, Subscription, SubscriptionStore } from '../store/types';
import type { Logger } from '../log';
import { pollFeed } from '../feeds/poll';
import { compileProfile, matchIndex, matchText, type MatchResult, type Profile } from '../relevance';
import { extractFigures } from '../figures/extract';
import { isPrimarySource, type FigureStore, type LatestFigure } from '../figures/store';
import { extractiveSummarizer, type Summarizer } from '../summary/llm';
import { StoryClusterer } from '../stories/cluster';
import { LocalMutex, type ClusterLock } from '../stories/cluster-lock';
import { dedupKeys } from '../stories/fingerprint';
import { analyseItem } from './analyse';
import type { SeenStore } from '../stories/seen-store';
import type { PutRider, StoryStore } from '../stories/story-store';
import { composeAlert, composeDigest } from '../digest/compose';
import { renderDiscord } from '../platforms/discord/render';
import { renderSlack } from '../platforms/slack/render';
import { subscriptionTarget } from './subscriptions';
import { channelLanguage } from '../config/language';
import type { OfficialStore } from '../official/store';
import type { Release } from '../official/types';
import { checkFigures } from '../official/check';

export interface PipelineStores {
  feedState: FeedStateStore;
  seen: SeenStore;
  stories: StoryStore;
  figures: FigureStore;
  subscriptions: SubscriptionStore;
  adminEdits: AdminEditsStore;
  /** Official datasets (CBP encounter files): figures are checked against them when present. */
  official?: OfficialStore;
  /** Serializes the cluster step across processes (Redis stores); an in-process mutex when absent. */
  clusterLock?: ClusterLock;
}

/**
 * `service`: the first successful poll of a feed records its items as seen and posts none (but `backfill`).
 * `once`: a preview; every item the feed lists now counts as new, subject to `fetch.maxItemAgeHours`.
 */
export type PipelineMode = 'service' | 'once';

export interface PollResult {
  report: FeedReport;
  /** Items to process (new ones). */
  items: FeedItem[];
  /** A new feed's first poll: items already marked seen, to build stories and figures from without alerting. */
  quiet?: FeedItem[];
  transition?: 'failing' | 'recovered';
  /** The feed's new state (stored by poll() unless the caller asked to store it itself). */
  state: FeedState;
}

export type ProcessResult =
  | { kind: 'irrelevant' }
  | { kind: 'duplicate' }
  | { kind: 'new'; story: Story }
  /** `absorbed`: other stories the item showed to be this one, folded into it and gone from the store. */
  | { kind: 'merged'; story: Story; absorbed?: string[] };

/**
 * What one subscription gets for one alert or digest: one or more platform messages, sent in order.
 * Part i (0-based) has the delivery id `${id}-${i + 1}`, which makes each send idempotent.
 */
export interface Delivery {
  id: string;
  subscriptionId: string;
  messages: OutboundMessage[];
  /** Instant alerts: when the story was published (for the publish-to-post delay metric). */
  publishedAt?: string;
}

export const partDeliveryId = (deliveryId: string, part: number): string => `${deliveryId}-${part + 1}`;

interface Profiles {
  global: Profile;
  bySubscription: Map<string, Profile>;
}

/**
 * The stages in order, independent of how they are driven: BullMQ workers call these methods one job at a
 * time; `run --once` calls them in a loop with memory stores. No queue and no platform SDK in here.
 */
export class Pipeline {
  private readonly now: () => Date;
  private readonly clusterer: StoryClusterer;
  private readonly clusterLock: ClusterLock;
  private profileCache?: { key: string; profiles: Profiles; checkedAt: number };
  private feedCache?: { key: string; list: FeedConfig[]; byUrl: Map<string, FeedConfig>; checkedAt: number };
  private latestCache?: { at: number; value: LatestFigure[] };
  private officialCache?: { at: number; releases: Release[] };
  /** Dedup keys of items processed with `markSeen: false`, for the caller's `markSeen(item)` (dropped with the item). */
  private readonly keysOf = new WeakMap<FeedItem, string[]>();
  /** Official releases change monthly: figures are checked against a copy at most this old. */
  static readonly OFFICIAL_REFRESH_MS = 60_000;
  /**
   * Feeds and profiles are re-read from the stores at most this often (admin edits and new subscriptions take
   * effect within it), instead of on every item and every poll job.
   */
  static readonly CONFIG_REFRESH_MS = 2_000;

  private fresh(checkedAt: number): boolean {
    return Date.now() - checkedAt < Pipeline.CONFIG_REFRESH_MS;
  }

  constructor(
    readonly config: Config,
    readonly stores: PipelineStores,
    readonly logger: Logger,
    readonly mode: PipelineMode,
    now?: () => Date,
    /** Extractive by default; the optional LLM summarizer (LLM_SUMMARY_URL) falls back to it. */
    private readonly summarizer: Summarizer = extractiveSummarizer,
  ) {
    this.now = now ?? (() => new Date());
    this.clusterLock = stores.clusterLock ?? new LocalMutex();
    this.clusterer = new StoryClusterer({
      seen: stores.seen,
      stories: stores.stories,
      clusterWindowHours: config.stories.clusterWindowHours,
      seenTtlDays: config.stories.seenTtlDays,
      now: this.now,
    });
  }

  /** Feeds in force: config file plus admin edits (recomputed only when the edits change). */
  async feeds(): Promise<FeedConfig[]> {
    return (await this.feedIndex()).list;
  }

  /** One feed in force by URL, without scanning the list (a poll job runs this for each of N feeds). */
  async feed(url: string): Promise<FeedConfig | undefined> {
    return (await this.feedIndex()).byUrl.get(url);
  }

  private async feedIndex(): Promise<{ list: FeedConfig[]; byUrl: Map<string, FeedConfig> }> {
    if (this.feedCache && this.fresh(this.feedCache.checkedAt)) return this.feedCache;
    const edits = await this.stores.adminEdits.get();
    const key = JSON.stringify(edits);
    if (this.feedCache?.key !== key) {
      const list = effectiveFeeds(this.config, edits);
      this.feedCache = { key, list, byUrl: new Map(list.map((f) => [f.url, f])), checkedAt: Date.now() };
    }
    this.feedCache.checkedAt = Date.now();
    return this.feedCache;
  }

  /** Compiled global and per-subscription profiles, rebuilt only when edits or subscriptions change. */
  async profiles(): Promise<Profiles> {
    if (this.profileCache && this.fresh(this.profileCache.checkedAt)) return this.profileCache.profiles;
    const [edits, subs] = await Promise.all([this.stores.adminEdits.get(), this.stores.subscriptions.list()]);
    const key = JSON.stringify([edits, subs.map((s) => [s.id, s.keywords])]);
    if (this.profileCache?.key === key) {
      this.profileCache.checkedAt = Date.now();
      return this.profileCache.profiles;
    }
    const keywords = effectiveKeywords(this.config, edits);
    const global = compileProfile(keywords);
    const bySubscription = new Map<string, Profile>();
    for (const s of subs) {
      if (!s.keywords) continue;
      try {
        bySubscription.set(s.id, compileProfile(keywords, s.keywords));
      } catch (e) {
        this.logger.error({ subscription: s.id, err: (e as Error).message }, 'subscription keyword override is invalid; using the global profile');
      }
    }
    const profiles = { global, bySubscription };
    this.profileCache = { key, profiles, checkedAt: Date.now() };
    return profiles;
  }

  /**
   * Poll one feed; errors are in the report, never thrown. `known.prev` is the feed's stored state when the caller
   * already read it (the poll worker reads a batch's states at once); `known.slot` is recorded as its last slot.
   * With `known.store === false` the new state is returned in `state` for the caller to store (a batch at once).
   */
  async poll(feed: FeedConfig, known: { prev?: FeedState | null; slot?: number; store?: boolean } = {}): Promise<PollResult> {
    const prev = known.prev !== undefined ? (known.prev ?? undefined) : await this.stores.feedState.get(feed.url);
    const outcome = await pollFeed(feed, prev, this.config.fetch, this.now());
    const state = { ...outcome.state, ...(known.slot !== undefined ? { lastSlot: known.slot } : {}) };
    let items = outcome.items;
    let quiet: FeedItem[] | undefined;
    if (outcome.report.status === 'ok') {
      if (this.mode === 'once') {
        items = this.withinMaxAge(items);
      } else if (!state.initialized) {
        // First successful poll: remember everything, post only the newest `backfill`.
        const backfill = feed.backfill ?? this.config.fetch.backfill;
        const newestFirst = [...items].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
        const post = newestFirst.slice(0, backfill);
        const ttl = this.config.stories.seenTtlDays * 86_400;
        const keys = newestFirst.slice(backfill).flatMap(dedupKeys);
        for (let i = 0; i < keys.length; i += 3_000) await this.stores.seen.markSeen(keys.slice(i, i + 3_000), ttl);
        items = post;
        // The rest are known, not news: the newest few become stories quietly. Bounded, so adding thousands of
        // feeds at once does not queue every item they have ever listed.
        quiet = newestFirst.slice(backfill, backfill + this.config.fetch.firstPollStories);
        state.initialized = true;
        this.logger.info({ feed: feed.name, seeded: newestFirst.length - post.length, backfill: post.length }, 'first poll of feed: items recorded as seen');
      }
    }
    if (known.store !== false) await this.stores.feedState.set(feed.url, state);
    if (outcome.transition === 'failing') this.logger.warn({ feed: feed.name, url: feed.url, error: outcome.report.error, failures: state.failures }, 'feed is failing');
    else if (outcome.transition === 'recovered') this.logger.info({ feed: feed.name, url: feed.url }, 'feed recovered');
    else if (outcome.report.status === 'error') this.logger.warn({ feed: feed.name, error: outcome.report.error }, 'feed poll failed');
    return { report: outcome.report, items, transition: outcome.transition, state, ...(quiet?.length ? { quiet } : {}) };
  }

  private withinMaxAge(items: FeedItem[]): FeedItem[] {
    const hours = this.config.fetch.maxItemAgeHours;
    if (!hours) return items;
    const cutoff = this.now().getTime() - hours * 3_600_000;
    return items.filter((i) => !i.published || Date.parse(i.published) >= cutoff);
  }

  /**
   * Seen? → relevance → figures → summary → dedup/cluster → figure store. The item is marked seen at the end,
   * or — with `markSeen: false` — by the caller's `markSeen(item)` once it has queued the alerts, so a job
   * that fails half-way is retried in full instead of being taken for a duplicate.
   */
  async process(original: FeedItem, opts: { markSeen?: boolean; quiet?: boolean } = {}): Promise<ProcessResult> {
    // The item read once (src/pipeline/analyse.ts): its postable link (posted links are the article's own URL,
    // without click-tracking parameters; dedup keys are unchanged), the canonical key of that link, its folded
    // headline and its dedup keys — for the seen check here, the clusterer's own check under its lock and
    // marking the item seen —, and the relevance index every profile reads.
    const analysed = analyseItem(original);
    const { item, keys } = analysed;
    // Seen items are dropped before any work (relevance, figures, an LLM summary) is spent on them.
    // Quiet items (a new feed's first poll) were marked seen when polled, so they are never alerted.
    if (!opts.quiet && (await this.stores.seen.has(keys))) return { kind: 'duplicate' };
    const profiles = await this.profiles();
    const text = { title: item.title, summary: item.summary, content: item.content };
    const global = matchIndex(profiles.global, analysed.relevance);
    let matched = global.relevant ? global.matched : [];
    if (!global.relevant) {
      // A subscription may add terms of its own: the item is kept if any subscription wants it.
      for (const p of profiles.bySubscription.values()) {
        const m = matchIndex(p, analysed.relevance);
        if (m.relevant) {
          matched = m.matched;
          break;
        }
      }
      if (matched.length === 0) return { kind: 'irrelevant' };
    }
    const figures = checkFigures(extractFigures(text, { published: item.published, lang: item.lang }), await this.officialReleases());
    const summary = await this.summarizer.summarize({ title: item.title, summary: item.summary, content: item.content }, figures, { maxChars: this.config.summary.maxChars });
    // Only the clusterer's read-modify-write is serialized (across every worker process with Redis stores):
    // everything above — relevance, figures, an LLM summary — runs in parallel.
    // The story write, the last thing the clusterer does here (markSeen: false), may release the lock with it.
    const published = item.published ?? this.now().toISOString();
    const entriesFor = (story: Pick<Story, 'id' | 'url'>) =>
      figures.map((figure) => ({
        figure,
        storyId: story.id,
        storyTitle: item.title,
        url: item.link ?? story.url,
        sourceName: item.feedName,
        primary: isPrimarySource(item.feedName, figure),
        published,
      }));
    // The item's figures, then (markSeen) its seen mark: the story write may carry them, in that order (one
    // script with Redis stores); what it did not carry is written after it, as before.
    let figureRider: PutRider | undefined;
    let seenRider: PutRider | undefined;
    const ridersFor = (story: Story): PutRider[] => {
      figureRider = figures.length ? this.stores.figures.rider?.(entriesFor(story)) : undefined;
      seenRider = opts.markSeen !== false && (figureRider || !figures.length) ? this.clusterer.seenRider(keys) : undefined;
      return [figureRider, seenRider].filter((r): r is PutRider => r !== undefined);
    };
    // The lock is handed over untaken (deferred): the clusterer's lookup takes it in the same script as its read.
    const result = await this.clusterLock.run(
      (held) => this.clusterer.add(item, figures, summary, { markSeen: false, quiet: opts.quiet, keys, analysed, lock: held, riders: ridersFor }),
      { deferred: true },
    );
    if (result.kind === 'duplicate') return { kind: 'duplicate' };
    const story: Story = { ...result.story, matched: [...new Set([...(result.story.matched ?? []), ...matched])], matchedGlobal: global.relevant };
    // All of the item's figures at once: one round trip with Redis stores, whatever their number.
    if (!figureRider?.done) await this.stores.figures.recordAll(entriesFor(story));
    if (opts.markSeen !== false) {
      if (!seenRider?.done) await this.clusterer.markSeen(item, keys);
    }
    // The caller's markSeen(original) comes next: it holds the item whose keys these are when the link
    // needed no change.
    else if (item === original) this.keysOf.set(original, keys);
    return result.kind === 'merged' && result.absorbed ? { kind: 'merged', story, absorbed: result.absorbed } : { kind: result.kind, story };
  }

  /** The newest release of each configured dataset (config order), for figure checks; [] without official data. */
  async officialReleases(): Promise<Release[]> {
    const store = this.stores.official;
    const datasets = this.config.official.datasets;
    if (!store || datasets.length === 0) return [];
    if (this.officialCache) {
      // Nothing stored yet (the first fetch is still running, or fetching fails): ask again soon, not on every
      // item (one store read per relevant item otherwise, for as long as the data stays missing).
      const maxAge = this.officialCache.releases.length ? Pipeline.OFFICIAL_REFRESH_MS : Pipeline.CONFIG_REFRESH_MS;
      if (Date.now() - this.officialCache.at < maxAge) return this.officialCache.releases;
    }
    const releases = (await Promise.all(datasets.map((d) => store.latestRelease(d.id)))).filter((r): r is Release => r !== undefined);
    this.officialCache = { at: Date.now(), releases };
    return releases;
  }

  /** Remember an item as seen (after `process(item, { markSeen: false })` and the caller's own work). */
  async markSeen(item: FeedItem): Promise<void> {
    const keys = this.keysOf.get(item);
    this.keysOf.delete(item);
    await this.clusterer.markSeen(item, keys ?? dedupKeys(item));
  }

  /**
   * Does this subscription want this story? Its own profile (global + overrides) when it has overrides, else
   * the global one, on the story's title, summary and every source's title. A story just processed also
   * carries whether the global profile matched its item (full content included).
   */
  wants(profiles: Profiles, sub: Subscription, story: Story, globalMemo?: Map<string, MatchResult>): { wanted: boolean; matched: string[] } {
    const own = profiles.bySubscription.get(sub.id);
    const text = { title: story.title, summary: [story.summary, ...story.sources.map((s) => s.title)].join('\n') };
    let m: MatchResult;
    if (own) m = matchText(own, text);
    else {
      // Every subscription without overrides asks the same question: answer it once per story.
      m = globalMemo?.get(story.id) ?? matchText(profiles.global, text);
      globalMemo?.set(story.id, m);
    }
    if (m.relevant) return { wanted: true, matched: m.matched };
    if (!own && story.matchedGlobal) return { wanted: true, matched: story.matched ?? [] };
    return { wanted: false, matched: [] };
  }

  /** Instant alerts for a NEW story (a merged source never re-alerts). */
  async alertDeliveries(story: Story): Promise<Delivery[]> {
    const profiles = await this.profiles();
    const subs = (await this.stores.subscriptions.list()).filter((s) => s.mode === 'instant' && !s.paused);
    const out: Delivery[] = [];
    const globalMemo = new Map<string, MatchResult>();
    // The same alert renders the same for every subscription of a platform with the same ping.
    const rendered = new Map<string, Array<Record<string, unknown>>>();
    for (const sub of subs) {
      const { wanted, matched } = this.wants(profiles, sub, story, globalMemo);
      if (!wanted) continue;
      const mention = mentionFor(sub, matched);
      const lang = channelLanguage(this.config, sub);
      const key = `${sub.platform}|${mention ?? ''}|${lang}`;
      if (!rendered.has(key)) rendered.set(key, renderFor(sub.platform, composeAlert(story, { mention, lang })));
      out.push(...this.deliveriesOf(sub, rendered.get(key)!, `a-${sub.id}-${story.id}`).map((d) => ({ ...d, publishedAt: story.published })));
    }
    return out;
  }

  /** The digest of one subscription for a window; empty windows produce nothing unless `postEmpty`. */
  async digestDeliveries(sub: Subscription, window: { from: Date; to: Date }, stories: Story[]): Promise<Delivery[]> {
    const profiles = await this.profiles();
    const picked: Story[] = [];
    const matched = new Set<string>();
    for (const s of stories) {
      if (s.quiet) continue; // known before its feed was added: not news for this window
      const w = this.wants(profiles, sub, s);
      if (!w.wanted) continue;
      picked.push(s);
      w.matched.forEach((m) => matched.add(m));
    }
    if (picked.length === 0 && !sub.postEmpty) return [];
    const numbers = await this.windowNumbers(picked);
    const message = composeDigest(picked, { from: window.from, to: window.to, timezone: sub.timezone }, { mention: mentionFor(sub, [...matched]), numbers, lang: channelLanguage(this.config, sub) });
    return this.render(sub, message, `d-${sub.id}-${window.to.toISOString()}`);
  }

  /**
   * "By the numbers" for a digest: the latest figure of each series (primary sources preferred, revisions
   * resolved by the figure store) that comes from one of the digest's stories (the window's stories).
   */
  private async windowNumbers(stories: Story[]): Promise<Array<{ figure: Figure; storyTitle: string; url: string }>> {
    // A story's figures are recorded under its id and under the ids of the stories folded into it.
    const ids = new Set(stories.flatMap((s) => [s.id, ...(s.absorbed ?? [])]));
    // Many digests fire at the same minute: read the latest figures once for all of them.
    if (!this.latestCache || Date.now() - this.latestCache.at > Pipeline.CONFIG_REFRESH_MS) {
      this.latestCache = { at: Date.now(), value: await this.stores.figures.latest(undefined, 50) };
    }
    const latest = this.latestCache.value;
    return latest.filter((l) => ids.has(l.storyId)).map((l) => ({ figure: l.figure, storyTitle: l.storyTitle, url: l.url }));
  }

  /** Render a neutral message for one subscription's platform (one or more platform messages). */
  render(sub: Pick<Subscription, 'id' | 'platform' | 'channel'>, message: Message, id: string): Delivery[] {
    return this.deliveriesOf(sub, renderFor(sub.platform, message), id);
  }

  private deliveriesOf(sub: Pick<Subscription, 'id' | 'platform' | 'channel'>, payloads: Array<Record<string, unknown>>, id: string): Delivery[] {
    const target = subscriptionTarget(sub);
    const messages = payloads.map((payload) => ({ platform: sub.platform, target, payload }));
    return messages.length ? [{ id, subscriptionId: sub.id, messages }] : [];
  }
}

export function renderFor(platform: Platform, message: Message): Array<Record<string, unknown>> {
  const payloads = platform === 'discord' ? renderDiscord(message) : renderSlack(message);
  return payloads as unknown as Array<Record<string, unknown>>;
}

/** The subscription's configured ping, only when the story matched one of its rules (or it lists none). */
function mentionFor(sub: Subscription, matched: string[]): string | undefined {
  if (!sub.mention) return undefined;
  if (sub.mention.rules.length === 0) return sub.mention.id;
  return sub.mention.rules.some((r) => matched.includes(r)) ? sub.mention.id : undefined;
}
