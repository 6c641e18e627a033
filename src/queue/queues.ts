import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FeedItem } from '../model';
import type { Delivery } from '../pipeline/pipeline';
import {
  POLL_BATCH,
  QUEUES,
  deliverJobId,
  pollBatchJobId,
  deliverQueueFor,
  digestJobId,
  processJobId,
  officialAnnounceJobId,
  officialFetchJobId,
  type OfficialJob,
  type DeliverJob,
  type DigestJob,
  type PollJob,
  type ProcessJob,
} from './jobs';

/**
 * Finished jobs are trimmed by age AND count (Redis memory stays bounded however many feeds are polled); failed
 * ones are kept longer for inspection, but also capped. "Added once" does not depend on a finished job being
 * kept: every job is added with a deterministic id AND a BullMQ deduplication id with a TTL (`dedupe` below),
 * whose key outlives the job (BullMQ's trimming removes the job, never its deduplication key; the key expires by
 * its TTL). So two schedulers adding one poll slot or digest, or a retried process job re-adding its deliveries,
 * add it once even after the first job completed and was removed.
 */
export const KEEP_COMPLETED = { age: 3_600, count: 1_000 };
export const KEEP_FAILED = { age: 7 * 24 * 3_600, count: 5_000 };

const DEFAULTS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: KEEP_COMPLETED,
  removeOnFail: KEEP_FAILED,
};

/** How long each kind of job id stays "taken" after it was added (ms). */
export const DEDUP_TTL_MS = {
  /** Per item: a feed lists an item on every poll for days; re-adding it within a day is a no-op (as before). */
  process: 24 * 3_600_000,
  /** A digest fires once per minute at most; every scheduler adds it within that minute. */
  digest: 3_600_000,
  /** A delivery part may be re-added by a retried process or digest job. */
  deliver: 24 * 3_600_000,
} as const;

/** Job options making `jobId` idempotent for `ttlMs`, whether or not the job itself is still kept. */
export const dedupe = (jobId: string, ttlMs: number): JobsOptions => ({ jobId, deduplication: { id: jobId, ttl: ttlMs } });

/** The producers' side of the queues: typed `add` helpers with deterministic job ids. */
export class PipelineQueues {
  readonly poll: Queue<PollJob>;
  readonly process: Queue<ProcessJob>;
  readonly digest: Queue<DigestJob>;
  readonly deliverDiscord: Queue<DeliverJob>;
  readonly deliverSlack: Queue<DeliverJob>;
  readonly official: Queue<OfficialJob>;

  /** `retention` overrides how many finished jobs are kept (tests: trim at once to check idempotency without them). */
  constructor(connection: Redis, prefix: string, retention: { completed?: typeof KEEP_COMPLETED; failed?: typeof KEEP_FAILED } = {}) {
    const defaults: JobsOptions = { ...DEFAULTS, removeOnComplete: retention.completed ?? KEEP_COMPLETED, removeOnFail: retention.failed ?? KEEP_FAILED };
    const opts = { connection, prefix, defaultJobOptions: defaults };
    this.poll = new Queue<PollJob>(QUEUES.poll, { ...opts, defaultJobOptions: { ...defaults, attempts: 1 } });
    this.process = new Queue<ProcessJob>(QUEUES.process, opts);
    this.digest = new Queue<DigestJob>(QUEUES.digest, opts);
    // Deliveries retry longer: a platform outage of a few minutes must not lose a message.
    const deliverOpts = { ...opts, defaultJobOptions: { ...defaults, attempts: 10, backoff: { type: 'exponential', delay: 1_000 } } };
    this.deliverDiscord = new Queue<DeliverJob>(QUEUES.deliverDiscord, deliverOpts);
    this.deliverSlack = new Queue<DeliverJob>(QUEUES.deliverSlack, deliverOpts);
    // A failed dataset fetch is retried at the next scheduled look (its error is kept in the store); announcements retry.
    this.official = new Queue<OfficialJob>(QUEUES.official, { ...opts, defaultJobOptions: { ...DEFAULTS, attempts: 1, removeOnComplete: { age: 40 * 24 * 3600, count: 10_000 } } });
  }

  all(): Array<Queue> {
    return [this.poll, this.process, this.digest, this.deliverDiscord, this.deliverSlack, this.official] as Queue[];
  }

  /** Look for a new release of a dataset; the same dataset and slot minute is added once by any number of schedulers. */
  async addOfficialFetch(dataset: string, slot: number): Promise<void> {
    await this.official.add('fetch', { kind: 'fetch', dataset, slot }, { jobId: officialFetchJobId(dataset, slot) });
  }

  /** Announce a release once: the job id is the dataset and the release's newest month. */
  async addOfficialAnnounce(dataset: string, release: string): Promise<void> {
    await this.official.add('announce', { kind: 'announce', dataset, release }, { jobId: officialAnnounceJobId(dataset, release), attempts: 5 });
  }

  /** One feed's poll for a slot (a batch of one). */
  async addPoll(feedUrl: string, slot: number, intervalMinutes = 5): Promise<void> {
    await this.addPolls([{ slot, intervalMinutes, feeds: [feedUrl] }]);
  }

  /**
   * Poll slot jobs for groups of feeds sharing a slot and an interval: each group is cut into batches of
   * POLL_BATCH feeds (sorted by URL, so every scheduler with the same feeds cuts the same batches and so adds
   * the same job ids), all added in one addBulk call. Each id stays taken for the slot's length. Returns the
   * number of jobs added (or found already added).
   */
  async addPolls(groups: Array<{ slot: number; intervalMinutes: number; feeds: string[] }>): Promise<number> {
    const jobs: Array<{ name: string; data: PollJob; opts: JobsOptions }> = [];
    for (const g of groups) {
      const sorted = [...g.feeds].sort();
      for (let i = 0; i < sorted.length; i += POLL_BATCH) {
        const feeds = sorted.slice(i, i + POLL_BATCH);
        const jobId = pollBatchJobId(feeds, g.slot);
        jobs.push({ name: 'poll', data: { slot: g.slot, feeds }, opts: dedupe(jobId, Math.max(1, g.intervalMinutes) * 60_000) });
      }
    }
    // addBulk sends one MULTI of the add scripts: one round trip for the whole tick.
    for (let i = 0; i < jobs.length; i += 1_000) await this.poll.addBulk(jobs.slice(i, i + 1_000));
    return jobs.length;
  }

  async addItems(items: FeedItem[], opts: { quiet?: boolean } = {}): Promise<void> {
    if (items.length === 0) return;
    const data = (item: FeedItem) => (opts.quiet ? { item, quiet: true } : { item });
    await this.process.addBulk(items.map((item) => ({ name: 'process', data: data(item), opts: dedupe(processJobId(item), DEDUP_TTL_MS.process) })));
  }

  async addDigest(subscriptionId: string, firedAt: Date): Promise<void> {
    await this.digest.add('digest', { subscriptionId, firedAt: firedAt.toISOString() }, dedupe(digestJobId(subscriptionId, firedAt), DEDUP_TTL_MS.digest));
  }

  async addDeliveries(deliveries: Delivery[]): Promise<void> {
    for (const d of deliveries) {
      const first = d.messages[0];
      if (!first) continue;
      await this.addDeliverPart({
        deliveryId: d.id,
        subscriptionId: d.subscriptionId,
        platform: first.platform,
        target: first.target,
        payloads: d.messages.map((m) => m.payload),
        part: 0,
        publishedAt: d.publishedAt,
      });
    }
  }

  /** Add one part's job; its id is deterministic, so adding it twice is harmless. */
  async addDeliverPart(job: DeliverJob): Promise<void> {
    const q = deliverQueueFor(job.platform) === QUEUES.deliverDiscord ? this.deliverDiscord : this.deliverSlack;
    await q.add('deliver', { ...job, deferrals: 0 }, dedupe(deliverJobId(job.deliveryId, job.part), DEDUP_TTL_MS.deliver));
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}
