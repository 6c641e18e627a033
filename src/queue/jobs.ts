/** BullMQ queue names and typed job payloads. Job ids are deterministic so every stage is idempotent. */
import { createHash } from 'node:crypto';
import type { FeedItem, Platform } from '../model';

export const QUEUES = {
  poll: 'poll',
  process: 'process',
  digest: 'digest',
  deliverDiscord: 'deliver-discord',
  deliverSlack: 'deliver-slack',
  official: 'official',
} as const;

export const deliverQueueFor = (p: Platform): string => (p === 'discord' ? QUEUES.deliverDiscord : QUEUES.deliverSlack);

/**
 * A poll slot job: the feeds whose slot starts at `slot` (up to POLL_BATCH of them, same interval), polled by one
 * job so the BullMQ bookkeeping is paid once per batch, not once per feed. Jobs queued by an older version carry
 * a single `feedUrl`; both shapes are accepted.
 */
export interface PollJob {
  feeds?: string[];
  feedUrl?: string;
  /** Minute-of-epoch at which the feeds' slot started. */
  slot: number;
}

/** What a poll slot job returns (kept small: it is stored with the finished job). */
export interface PollJobResult {
  feeds: number;
  ok: number;
  notModified: number;
  errors: number;
  /** Removed from the config, backing off after failures, or already polled in this slot. */
  skipped: number;
}

/** Feeds per poll slot job. */
export const POLL_BATCH = 50;

export interface ProcessJob {
  item: FeedItem;
  /** From a new feed's first poll: build the story and figures, alert nothing (see Story.quiet). */
  quiet?: boolean;
}

export interface DigestJob {
  subscriptionId: string;
  /** ISO time the digest fired (end of its window). */
  firedAt: string;
}

/**
 * One part of a delivery. Parts are chained: the job for part i+1 is added only once part i was sent,
 * so a multi-message digest arrives in order; every part's send is idempotent by its delivery id.
 */
export interface DeliverJob {
  deliveryId: string;
  subscriptionId: string;
  platform: Platform;
  /** Channel id, or `webhook:<subscription id>` (the URL is resolved at send time, never stored in Redis). */
  target: string;
  payloads: Array<Record<string, unknown>>;
  part: number;
  /** Instant alerts: the item's publish time, for the publish-to-post delay metric. */
  publishedAt?: string;
  /** Times this job was pushed back by a 429 or channel pacing (bounded). */
  deferrals?: number;
}

/** Official datasets: look for a new release (`fetch`), or announce one (`announce`, once per dataset and release). */
export type OfficialJob = { kind: 'fetch'; dataset: string; slot: number } | { kind: 'announce'; dataset: string; release: string };

/** Short stable hash for ids (BullMQ custom ids may not contain ":" nor be integers). */
export function shortHash(s: string, len = 16): string {
  return createHash('sha256').update(s).digest('hex').slice(0, len);
}

export const pollJobId = (feedUrl: string, slot: number): string => `poll-${shortHash(feedUrl)}-${slot}`;
/** The id of a batch of feeds for one slot: the same feeds (in any order) and slot give the same id on every scheduler. */
export const pollBatchJobId = (feedUrls: string[], slot: number): string =>
  feedUrls.length === 1 ? pollJobId(feedUrls[0]!, slot) : `polls-${shortHash([...feedUrls].sort().join('\n'), 20)}-${slot}`;
export const processJobId = (item: FeedItem): string => `item-${shortHash(`${item.feedUrl}\n${item.id}`)}`;
export const digestJobId = (subscriptionId: string, firedAt: Date): string =>
  `digest-${shortHash(subscriptionId)}-${Math.floor(firedAt.getTime() / 60_000)}`;
/** Delivery ids are already made of safe characters; hash long ones so the BullMQ id stays short. */
export const deliverJobId = (deliveryId: string, part: number): string => `dlv-${shortHash(deliveryId, 24)}-${part + 1}`;
export const officialFetchJobId = (dataset: string, slot: number): string => `official-fetch-${dataset}-${slot}`;
/** One announcement job per dataset and release (its newest month). */
export const officialAnnounceJobId = (dataset: string, release: string): string => `official-announce-${dataset}-${release}`;
