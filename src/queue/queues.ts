import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FeedItem } from '../model';
import type { Delivery } from '../pipeline/pipeline';
import {
  QUEUES,
  deliverJobId,
  deliverQueueFor,
  digestJobId,
  pollJobId,
  processJobId,
  officialAnnounceJobId,
  officialFetchJobId,
  type OfficialJob,
  type DeliverJob,
  type DigestJob,
  type PollJob,
  type ProcessJob,
} from './jobs';

/** Retries with exponential backoff; finished jobs kept long enough for their ids to de-duplicate re-adds. */
const DEFAULTS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The producers' side of the queues: typed `add` helpers with deterministic job ids. */
export class PipelineQueues {
  readonly poll: Queue<PollJob>;
  readonly process: Queue<ProcessJob>;
  readonly digest: Queue<DigestJob>;
  readonly deliverDiscord: Queue<DeliverJob>;
  readonly deliverSlack: Queue<DeliverJob>;
  readonly official: Queue<OfficialJob>;

  constructor(connection: Redis, prefix: string) {
    const opts = { connection, prefix, defaultJobOptions: DEFAULTS };
    this.poll = new Queue<PollJob>(QUEUES.poll, { ...opts, defaultJobOptions: { ...DEFAULTS, attempts: 1 } });
    this.process = new Queue<ProcessJob>(QUEUES.process, opts);
    this.digest = new Queue<DigestJob>(QUEUES.digest, opts);
    // Deliveries retry longer: a platform outage of a few minutes must not lose a message.
    const deliverOpts = { ...opts, defaultJobOptions: { ...DEFAULTS, attempts: 10, backoff: { type: 'exponential', delay: 1_000 } } };
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

  async addPoll(feedUrl: string, slot: number): Promise<void> {
    await this.poll.add('poll', { feedUrl, slot }, { jobId: pollJobId(feedUrl, slot) });
  }

  async addItems(items: FeedItem[], opts: { quiet?: boolean } = {}): Promise<void> {
    if (items.length === 0) return;
    const data = (item: FeedItem) => (opts.quiet ? { item, quiet: true } : { item });
    await this.process.addBulk(items.map((item) => ({ name: 'process', data: data(item), opts: { jobId: processJobId(item) } })));
  }

  async addDigest(subscriptionId: string, firedAt: Date): Promise<void> {
    await this.digest.add('digest', { subscriptionId, firedAt: firedAt.toISOString() }, { jobId: digestJobId(subscriptionId, firedAt) });
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
    await q.add('deliver', { ...job, deferrals: 0 }, { jobId: deliverJobId(job.deliveryId, job.part) });
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}
