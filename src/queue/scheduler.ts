import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../log';
import type { Pipeline } from '../pipeline/pipeline';
import type { Subscription } from '../store/types';
import type { PipelineQueues } from './queues';
import { shortHash } from './jobs';

/** Minutes since the epoch. */
export const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

/**
 * Each feed has a slot every `interval` minutes, offset by a hash of its URL so that polls spread over the
 * interval instead of all firing on the same minute. Returns the slot's start minute when one starts now.
 */
export function slotStartingAt(feedUrl: string, intervalMinutes: number, minute: number): number | undefined {
  return currentSlot(feedUrl, intervalMinutes, minute) === minute ? minute : undefined;
}

/** A feed's slot offset basis, a hash of its URL: computed once per URL (a tick looks at every feed). */
const offsetBasis = new Map<string, number>();
function urlBasis(feedUrl: string): number {
  let b = offsetBasis.get(feedUrl);
  if (b === undefined) {
    if (offsetBasis.size >= 200_000) offsetBasis.clear();
    b = parseInt(shortHash(feedUrl, 8), 16);
    offsetBasis.set(feedUrl, b);
  }
  return b;
}

/** Start minute of the feed's slot that contains `minute`. */
export function currentSlot(feedUrl: string, intervalMinutes: number, minute: number): number {
  const offset = urlBasis(feedUrl) % intervalMinutes;
  const into = (((minute - offset) % intervalMinutes) + intervalMinutes) % intervalMinutes;
  return minute - into;
}

type SlotGroup = { slot: number; intervalMinutes: number; feeds: string[] };

/** Group feeds by (slot, interval): one group's feeds go into the same poll slot jobs. */
function addToGroup(groups: Map<string, SlotGroup>, slot: number, intervalMinutes: number, url: string): void {
  const key = `${slot}|${intervalMinutes}`;
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { slot, intervalMinutes, feeds: [] }));
  g.feeds.push(url);
}

/**
 * node-cron drives the schedule; BullMQ job ids make it safe to run on every instance at once:
 * each instance adds the same poll slot job ids for a slot's feeds (and the same digest job id for a digest's
 * firing minute), so a feed is polled once per slot however many schedulers are up. A tick adds all the slot
 * jobs of the minute in bulk (queues.addPolls: batches of feeds, one addBulk).
 */
export class Scheduler {
  private pollTask?: ScheduledTask;
  private readonly digestTasks = new Map<string, { key: string; task: ScheduledTask }>();
  private readonly officialTasks: ScheduledTask[] = [];
  private lastTick?: Date;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly queues: PipelineQueues,
    private readonly logger: Logger,
  ) {}

  /** When the scheduler last ran its minute tick (for /healthz). */
  get lastTickAt(): Date | undefined {
    return this.lastTick;
  }

  async start(): Promise<void> {
    this.pollTask = cron.schedule('* * * * *', async (ctx) => {
      try {
        await this.tick(ctx.date ?? new Date());
      } catch (e) {
        this.logger.error({ err: (e as Error).message }, 'scheduler tick failed');
      }
    }, { name: 'borderwatch-poll', noOverlap: true });
    // Poll everything once at start, then follow the slots.
    await this.pollAllNow(new Date());
    await this.syncDigests();
    await this.startOfficial();
  }

  /**
   * Official datasets: a look for a new release on each dataset's schedule (UTC), and one at start. The job id is
   * the dataset and the minute, so several schedulers add each look once.
   */
  async startOfficial(now = new Date()): Promise<void> {
    for (const ds of this.pipeline.config.official.datasets) {
      await this.queues.addOfficialFetch(ds.id, minuteOf(now));
      const task = cron.schedule(
        ds.schedule,
        async (ctx) => {
          try {
            await this.queues.addOfficialFetch(ds.id, minuteOf(ctx.date ?? new Date()));
          } catch (e) {
            this.logger.error({ dataset: ds.id, err: (e as Error).message }, 'could not enqueue the dataset fetch');
          }
        },
        { timezone: 'UTC', name: `official-${ds.id}` },
      );
      this.officialTasks.push(task);
    }
  }

  /** Enqueue polls whose slot starts this minute, and pick up subscription changes. Returns the feeds enqueued. */
  async tick(now: Date): Promise<number> {
    this.lastTick = now;
    const minute = minuteOf(now);
    const groups = new Map<string, SlotGroup>();
    let added = 0;
    for (const feed of await this.pipeline.feeds()) {
      const interval = feed.intervalMinutes ?? this.pipeline.config.fetch.intervalMinutes;
      if (currentSlot(feed.url, interval, minute) === minute) {
        addToGroup(groups, minute, interval, feed.url);
        added++;
      }
    }
    await this.queues.addPolls([...groups.values()]);
    await this.syncDigests();
    return added;
  }

  /**
   * At start: a poll of every feed for its CURRENT slot, so a fresh instance does not wait a whole interval;
   * an instance that starts later in the same slot adds the same job id, which BullMQ ignores.
   */
  async pollAllNow(now: Date): Promise<void> {
    this.lastTick = now;
    const minute = minuteOf(now);
    const groups = new Map<string, SlotGroup>();
    for (const feed of await this.pipeline.feeds()) {
      const interval = feed.intervalMinutes ?? this.pipeline.config.fetch.intervalMinutes;
      addToGroup(groups, currentSlot(feed.url, interval, minute), interval, feed.url);
    }
    await this.queues.addPolls([...groups.values()]);
  }

  /** Keep one cron task per digest subscription, in its own time zone; rebuild when it changes. */
  async syncDigests(): Promise<void> {
    const subs = (await this.pipeline.stores.subscriptions.list()).filter((s): s is Subscription & { schedule: string } => s.mode === 'digest' && !!s.schedule && !s.paused);
    const wanted = new Map(subs.map((s) => [s.id, s]));
    for (const [id, t] of this.digestTasks) {
      const s = wanted.get(id);
      if (!s || t.key !== `${s.schedule}|${s.timezone}`) {
        await t.task.destroy();
        this.digestTasks.delete(id);
      }
    }
    for (const s of subs) {
      if (this.digestTasks.has(s.id)) continue;
      const task = cron.schedule(
        s.schedule,
        async (ctx) => {
          try {
            await this.queues.addDigest(s.id, ctx.date ?? new Date());
          } catch (e) {
            this.logger.error({ subscription: s.id, err: (e as Error).message }, 'could not enqueue digest');
          }
        },
        { timezone: s.timezone, name: `digest-${s.id}` },
      );
      this.digestTasks.set(s.id, { key: `${s.schedule}|${s.timezone}`, task });
    }
  }

  async stop(): Promise<void> {
    await this.pollTask?.destroy();
    for (const t of this.digestTasks.values()) await t.task.destroy();
    this.digestTasks.clear();
    for (const t of this.officialTasks.splice(0)) await t.destroy();
  }
}
