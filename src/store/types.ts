/**
 * Store interfaces shared by the service (Redis implementations in store/redis) and by
 * `run --once` / pure tests (memory implementations in store/memory).
 * Stage-specific stores (seen items, stories, figures) are declared next to their stage
 * and re-exported here so callers have one place to look.
 */
import type { SubscriptionConfig } from '../config/schema';

/** HTTP and health state of one feed, keyed by feed URL. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** ISO times. */
  lastPollAt?: string;
  lastOkAt?: string;
  /** Consecutive failures; 0 after a success. */
  failures: number;
  lastError?: string;
  /** Do not poll before this time (exponential backoff after failures). */
  nextAttemptAt?: string;
  /** Set after `fetch.failingAfter` consecutive failures; cleared by a success. */
  failing: boolean;
  /** True once a first successful poll recorded the feed's items as seen. */
  initialized: boolean;
  /** The scheduler slot (minute of the epoch) of the last poll, so a slot's feed is polled once. */
  lastSlot?: number;
}

export interface FeedStateStore {
  get(feedUrl: string): Promise<FeedState | undefined>;
  /** The states of several feeds in one read (absent feeds are missing from the map). */
  getMany(feedUrls: string[]): Promise<Map<string, FeedState>>;
  set(feedUrl: string, state: FeedState): Promise<void>;
  /** Store several feeds' states in one write. */
  setMany(states: Map<string, FeedState>): Promise<void>;
  all(): Promise<Map<string, FeedState>>;
}

/** A subscription as stored: the config shape plus an id and a pause flag. */
export type Subscription = SubscriptionConfig & {
  id: string;
  /**
   * Set when a permanent platform error (unknown channel, revoked webhook) stopped delivery (`kind`
   * "delivery-error"), or by `/border unsubscribe` of a config-file subscription. Older pauses have no kind.
   */
  paused?: { at: string; reason: string; kind?: 'delivery-error' };
  /** For subscriptions from the config file: a hash of the file's entry when it was last applied. */
  configHash?: string;
};

export interface SubscriptionStore {
  list(): Promise<Subscription[]>;
  get(id: string): Promise<Subscription | undefined>;
  /** Insert or replace by id. */
  put(sub: Subscription): Promise<void>;
  remove(id: string): Promise<boolean>;
}

/** Changes admins made with slash commands, applied on top of the config file. */
export interface AdminEdits {
  feedsAdded: Array<{ url: string; name: string; lang?: 'en' | 'es' }>;
  /** URLs of feeds removed (config-file feeds included). */
  feedsRemoved: string[];
  /** Rule queries added to the global profile. */
  rulesAdded: string[];
  /** Rule names or queries removed from the global profile. */
  rulesRemoved: string[];
}

export const emptyAdminEdits = (): AdminEdits => ({ feedsAdded: [], feedsRemoved: [], rulesAdded: [], rulesRemoved: [] });

export interface AdminEditsStore {
  get(): Promise<AdminEdits>;
  /** Apply a change atomically (read–modify–write) and return the result. */
  update(change: (current: AdminEdits) => AdminEdits): Promise<AdminEdits>;
}

// Stage-specific stores, declared next to their stage (see the note at the top).
export type { SeenStore } from '../stories/seen-store';
export type { StoryStore, StoryIndexEntry, CandidateQuery } from '../stories/story-store';
export type { FigureStore, FigureEntry, LatestFigure } from '../figures/store';
export type { OfficialStore } from '../official/store';
