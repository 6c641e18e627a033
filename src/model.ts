/**
 * Platform-neutral values that flow between the pipeline stages:
 *   FeedItem → Story (sources, figures, summary) → Message (alert | digest) → platform payload.
 * Nothing in here knows about Discord, Slack, Redis or BullMQ.
 */
import type { FetchErrorKind } from './feeds/fetch';
import type { ParseErrorKind } from './feeds/parse';

import type { FigureCheck } from './official/check';

export type Lang = 'en' | 'es';

/** One entry of a feed, normalized. Plain text only: HTML stripped, entities decoded. */
export interface FeedItem {
  /** Stable id: guid, else canonical link, else a hash of title+link. */
  id: string;
  guid?: string;
  title: string;
  link?: string;
  /** ISO 8601 publish time, when the feed gives a valid one. */
  published?: string;
  /** Plain-text summary: HTML stripped, entities decoded, whitespace collapsed. */
  summary: string;
  /** Plain-text full content, when the feed carries it. */
  content?: string;
  feedUrl: string;
  feedName: string;
  lang?: Lang;
}

/** A key figure found in a story's text. JSON field names are a public contract. */
export interface Figure {
  value: number;
  /** The exact span of the figure in `sentence` (e.g. "more than 190,000 apprehensions"). */
  text: string;
  sentence: string;
  qualifier: string | null;
  per: string | null;
  metric: string;
  scope: string | null;
  /** ISO 8601 date, month ("2023-11"), interval ("2023-05/2023-11") or fiscal year ("FY2023"). */
  period: string | null;
  source: string | null;
  /** "USD", "percent", … for money and percentages. */
  unit: string | null;
  /**
   * "change" for a difference ("up 9 percent", "a decline of 712", "18% más": `metric` is what changed),
   * "count" for anything else. Optional: figures stored before it existed have none (read as "count").
   */
  kind?: 'count' | 'change';
  /** Set when the figure maps onto an official series and its month is in the data (src/official/check.ts). */
  check?: FigureCheck;
}

export interface StorySource {
  /** Outlet (feed) name. */
  name: string;
  title: string;
  url: string;
  itemId?: string;
  published?: string;
  /** The URL's canonical key (scheme-less canonical URL), computed once when the source is added. */
  key?: string;
}

/** One news event, possibly reported by several outlets. */
export interface Story {
  id: string;
  title: string;
  url: string;
  published: string;
  summary: string;
  figures: Figure[];
  /**
   * Items merged into the story, the first one included: all of them up to MAX_STORY_SOURCES, then the first
   * ones and the most recent ones (the others are counted in `sourceCount`, not kept).
   */
  sources: StorySource[];
  /** How many items were merged into the story, when more than `sources` keeps (absent: `sources.length`). */
  sourceCount?: number;
  lang?: Lang;
  /** Names of the keyword rules that matched (for per-subscription role pings). */
  matched?: string[];
  /** When borderwatch first saw the story (ISO); digests pick stories by this, so late-polled items are not missed. */
  firstSeen?: string;
  /**
   * Built from a new feed's first poll (items that were already listed when the feed was added): findable
   * by `/border stories` and its figures by `/border latest`, but never alerted or digested. Items from later
   * polls never join a quiet story (they make a story of their own, which alerts).
   */
  quiet?: boolean;
  /**
   * Ids of stories folded into this one (a later report showed them to be the same event; they are gone from
   * the store): figures recorded under those ids belong to this story.
   */
  absorbed?: string[];
  /** The global profile matched one of the story's items (set while processing; not persisted). */
  matchedGlobal?: boolean;
}

/** Platform-neutral message, rendered by each platform. */
export type Message = AlertMessage | DigestMessage;

export interface AlertMessage {
  kind: 'alert';
  story: Story;
  /** Language of the fixed text (the channel's); default English. The story keeps its own. */
  lang?: Lang;
  /** Optional mention configured by the subscription (role id / user-group id). */
  mention?: string;
}

export interface DigestMessage {
  kind: 'digest';
  /** Language of the fixed text (the channel's); default English. The stories keep their own. */
  lang?: Lang;
  title: string;
  window: { from: string; to: string; timezone?: string };
  /** "By the numbers": key figures of the window, each with its story link. */
  numbers: Array<{ figure: Figure; storyTitle: string; url: string }>;
  stories: Story[];
  footer: string;
  mention?: string;
}

export type Platform = 'discord' | 'slack';

/** A rendered message ready to send: `payload` is exactly the JSON body for the platform API. */
export interface OutboundMessage {
  platform: Platform;
  /** Channel id, webhook URL (redacted in output) or "preview". */
  target: string;
  payload: Record<string, unknown>;
}

/** Outcome of polling one feed; errors are values, never exceptions. */
export type FeedPollStatus = 'ok' | 'not-modified' | 'error';

/** Why a poll failed, as a typed value: the fetcher's kind, the parser's kind, or an unexpected exception. */
export type FeedErrorKind = FetchErrorKind | ParseErrorKind | 'unexpected';

export interface FeedReport {
  url: string;
  name: string;
  status: FeedPollStatus;
  items: number;
  error?: string;
  /** Set when status is error (metrics label `kind`). */
  errorKind?: FeedErrorKind;
}
