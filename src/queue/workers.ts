import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import type { Pipeline } from '../pipeline/pipeline';
import { partDeliveryId } from '../pipeline/pipeline';
import { isDue } from '../feeds/poll';
import { dedupKeys } from '../stories/fingerprint';
import type { Metrics } from '../http/metrics';
import type { SenderRegistry } from '../delivery/deliver';
import { sendToSubscription } from '../delivery/deliver';
import type { AdminAlerts } from '../delivery/admin-alerts';
import { QUEUES, type DeliverJob, type DigestJob, type OfficialJob, type PollJob, type PollJobResult, type ProcessJob } from './jobs';
import type { FeedConfig } from '../config/schema';
import type { FeedState } from '../store/types';
import type { PipelineQueues } from './queues';
import { SendGate } from './send-gate';

export interface WorkerDeps {
  connection: Redis;
  prefix: string;
  keyPrefix: string;
  pipeline: Pipeline;
  queues: PipelineQueues;
  senders: SenderRegistry;
  adminAlerts: AdminAlerts;
  metrics: Metrics;
  logger: Logger;
  /** Where `env:NAME` webhooks are read from (default process.env). */
  processEnv?: NodeJS.ProcessEnv;
  /** Discord's global limit is 50 requests/s; the bot's requests start this many per second, evenly spaced (default 48.5). */
  discordPerSecond?: number;
  /** Slack: about one message per second per channel. */
  slackChannelIntervalMs?: number;
  /** Concurrency of the poll worker (network-bound). */
  pollConcurrency?: number;
  /** Process jobs run at once in this process (default 4; waiting for an LLM summary overlaps). */
  processConcurrency?: number;
  /**
   * BullMQ job lock (ms; default 30 000). A job whose worker died is run again by another worker once its
   * lock has expired; the stalled check runs every half lock.
   */
  lockDurationMs?: number;
}

const MAX_DEFERRALS = 100;
/**
 * Discord's global limit: 50 requests in any sliding second. The gate counts each request from the moment it may
 * go until its answer is back, so its way to Discord needs no margin here; 10 ms are for the clocks' granularity.
 */
const DISCORD_WINDOW = { limit: 50, ms: 1_010 };
/** Feed states written at once by a poll slot job (at the latest when the job ends). */
const STATE_FLUSH = 25;
/** How far before a digest window a story's publish time may lie and the story still be first seen inside it. */
const DIGEST_PUBLISH_LAG_MS = 48 * 3_600_000;
/**
 * Slack allows about one message per second per channel. The gate counts the interval from the previous message's
 * answer, so the way to Slack and back needs no margin here; 10 ms are for the clocks' granularity.
 */
const SLACK_CHANNEL_INTERVAL_MS = 1_010;

/** Start the BullMQ workers of every stage. Returns them so the caller can close them on shutdown. */
export function startWorkers(deps: WorkerDeps): Worker[] {
  const { connection, prefix, pipeline, queues, logger, metrics } = deps;
  const lock = deps.lockDurationMs ? { lockDuration: deps.lockDurationMs, stalledInterval: Math.max(500, Math.floor(deps.lockDurationMs / 2)) } : {};
  const base = { connection, prefix, autorun: true, ...lock };
  const gate = new SendGate(connection, deps.keyPrefix, deps.lockDurationMs ?? 30_000);
  const digestLastKey = `${deps.keyPrefix}digestlast`;

  // Every fetch of this process goes through one limiter of `pollConcurrency` lanes, however many slot jobs
  // (batches of up to POLL_BATCH feeds) are active at once.
  const fetchLanes = limiter(deps.pollConcurrency ?? 16);
  const poll = new Worker<PollJob, PollJobResult>(
    QUEUES.poll,
    async (job) => {
      const { slot } = job.data;
      const urls = job.data.feeds ?? (job.data.feedUrl ? [job.data.feedUrl] : []);
      const result: PollJobResult = { feeds: urls.length, ok: 0, notModified: 0, errors: 0, skipped: 0 };
      const feeds: FeedConfig[] = [];
      for (const url of urls) {
        const feed = await pipeline.feed(url);
        if (feed) feeds.push(feed);
        else result.skipped++; // removed since the slot was scheduled
      }
      // One read for the batch's states (instead of one per feed, twice).
      const states = await pipeline.stores.feedState.getMany(feeds.map((f) => f.url));
      const now = new Date();
      // The batch's new states are written together (one HSET) once its feeds are polled, and at least every
      // STATE_FLUSH feeds, so a long batch does not hold them all back.
      const pending = new Map<string, FeedState>();
      const flush = async (): Promise<void> => {
        if (pending.size === 0) return;
        const batch = new Map(pending);
        pending.clear();
        await pipeline.stores.feedState.setMany(batch);
      };
      await Promise.all(
        feeds.map((feed) =>
          fetchLanes(async () => {
            const state = states.get(feed.url);
            // Slots already pace the polls; only a backoff after failures makes a feed not due. A feed already
            // polled in this slot (a batch cut differently by a scheduler with other feeds, a re-run) is skipped.
            if (!isDue(state, now) || (state?.lastSlot !== undefined && state.lastSlot === slot)) {
              result.skipped++;
              return;
            }
            const r = await pipeline.poll(feed, { prev: state ?? null, slot, store: false });
            pending.set(feed.url, r.state);
            if (pending.size >= STATE_FLUSH) await flush();
            metrics.polls.inc({ status: r.report.status });
            if (r.report.status === 'ok') result.ok++;
            else if (r.report.status === 'not-modified') result.notModified++;
            else {
              result.errors++;
              metrics.fetchErrors.inc({ feed: feed.name, kind: r.report.errorKind ?? 'unexpected' });
            }
            if (r.transition) await deps.adminAlerts.feedTransition(feed, r.transition, r.report.error);
            if (r.items.length) {
              metrics.itemsSeen.inc(r.items.length);
              // A changed feed still lists the items it listed before: only those not yet seen (fully processed)
              // become process jobs, instead of one job per listed item that the process worker then drops.
              const seen = await Promise.all(r.items.map((it) => pipeline.stores.seen.has(dedupKeys(it))));
              await queues.addItems(r.items.filter((_, i) => !seen[i]));
            }
            // A new feed's first poll: its items (already recorded as seen) become stories and figures, quietly.
            if (r.quiet) await queues.addItems(r.quiet, { quiet: true });
          }),
        ),
      );
      await flush();
      return result;
    },
    // Enough jobs at once to keep every fetch lane busy; the lanes, not the jobs, bound the fetches.
    { ...base, concurrency: Math.max(2, deps.pollConcurrency ?? 16) },
  );

  // Items in parallel, in every process: relevance, figures and the (possibly slow, LLM) summary overlap; only the
  // clusterer's read-modify-write is serialized, by the pipeline's cluster lock (shared through Redis).
  const process = new Worker<ProcessJob>(
    QUEUES.process,
    async (job) => {
      const quiet = job.data.quiet === true;
      const r = await pipeline.process(job.data.item, { markSeen: false, quiet });
      metrics.items.inc({ outcome: r.kind });
      if (r.kind === 'new' && quiet) {
        metrics.stories.inc();
        metrics.figures.inc(r.story.figures.length);
      } else if (r.kind === 'new') {
        metrics.stories.inc();
        metrics.figures.inc(r.story.figures.length);
        // Delivery job ids are deterministic: a retried job re-queues the same alerts, which BullMQ ignores.
        await queues.addDeliveries(await pipeline.alertDeliveries(r.story));
      }
      // Seen only now: a job that failed before this point is retried in full (the story store replays it).
      if (r.kind === 'new' || r.kind === 'merged') await pipeline.markSeen(job.data.item);
      return { kind: r.kind, story: 'story' in r ? r.story.id : undefined };
    },
    { ...base, concurrency: deps.processConcurrency ?? 4 },
  );

  const digest = new Worker<DigestJob>(
    QUEUES.digest,
    async (job) => {
      const sub = await pipeline.stores.subscriptions.get(job.data.subscriptionId);
      if (!sub || sub.paused || sub.mode !== 'digest') return { skipped: 'subscription gone, paused or not a digest' };
      const to = new Date(job.data.firedAt);
      const last = await connection.hget(digestLastKey, sub.id);
      const from = last ? new Date(last) : new Date(to.getTime() - 24 * 3_600_000);
      if (from >= to) return { skipped: 'window already sent' };
      // The window is about when stories were first SEEN: an item published at 07:55 but polled at 08:10
      // belongs to the next digest. Publish times may lag first sight by a poll interval or a feed's delay.
      const stories = await pipeline.stores.stories.recent({ since: new Date(from.getTime() - DIGEST_PUBLISH_LAG_MS).toISOString(), limit: 1000 });
      const fromIso = from.toISOString();
      const toIso = to.toISOString();
      const inWindow = stories.filter((s) => {
        const seen = s.firstSeen ?? s.published;
        return seen > fromIso && seen <= toIso;
      });
      const deliveries = await pipeline.digestDeliveries(sub, { from, to }, inWindow);
      await queues.addDeliveries(deliveries);
      await connection.hset(digestLastKey, sub.id, to.toISOString());
      return { stories: inWindow.length, messages: deliveries.reduce((n, d) => n + d.messages.length, 0) };
    },
    { ...base, concurrency: 2 },
  );

  const deliverProcessor = async (job: Job<DeliverJob>, token?: string): Promise<unknown> => {
    const d = job.data;
    // `counts`: whether this wait counts towards MAX_DEFERRALS (see the gate's answer below).
    const defer = async (ms: number, why: string, counts = true): Promise<never> => {
      const deferrals = (d.deferrals ?? 0) + (counts ? 1 : 0);
      if (deferrals > MAX_DEFERRALS) throw new Error(`gave up after ${MAX_DEFERRALS} deferrals (${why})`);
      if (counts) await job.updateData({ ...d, deferrals });
      await job.moveToDelayed(Date.now() + Math.max(ms, 1), token);
      throw new DelayedError();
    };
    const sub = await deps.adminAlerts.subscriptionFor(d.subscriptionId, pipeline.stores.subscriptions);
    if (!sub) return { skipped: 'subscription removed' };
    if ('paused' in sub && sub.paused) return { skipped: `subscription paused: ${sub.paused.reason}` };
    const payload = d.payloads[d.part];
    if (!payload) return { skipped: 'no such part' };
    // Every request goes through the shared gate: hold-offs after a 429 (Slack announces Retry-After per method
    // and workspace, a webhook per webhook; Discord per route — here a channel or webhook — or, for a global
    // limit, for every request), one request in flight per scope, and Slack's one message per second per channel.
    const target = sub.channel ?? `webhook:${d.subscriptionId}`;
    const scope = d.platform === 'slack' ? (sub.channel ? 'slack:bot' : `slack:webhook:${d.subscriptionId}`) : `discord:${target}`;
    // An earlier attempt may have reached the platform if one failed after sending (attemptsMade) or the worker
    // died mid-send (stalledCounter). Deferrals (pacing, 429) never posted, so they do not count.
    const retry = job.attemptsMade > 0 || job.stalledCounter > 0;
    const gated = await gate.run(
      {
        scope,
        ...(d.platform === 'discord'
          ? { alsoHeldBy: ['discord:global'], spacing: { key: 'discord:global', intervalMs: discordSpacingMs, window: DISCORD_WINDOW } }
          : // Slack's 429 holds off the workspace (or webhook), but chat.postMessage is limited per channel: one
            // request in flight per channel, so 200 channels are not served one round trip at a time.
            { lease: `slack:${target}`, pace: { key: `slack:${target}`, intervalMs: deps.slackChannelIntervalMs ?? SLACK_CHANNEL_INTERVAL_MS } }),
      },
      () => sendToSubscription(deps.senders, sub, payload, partDeliveryId(d.deliveryId, d.part), { retry, env: deps.processEnv }),
      (r) => (!r.ok && r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs, holdScope: r.rateLimitScope === 'global' ? `${d.platform}:global` : scope } : {}),
    );
    // Waiting for a hold-off counts towards the cap; waiting for the scope's request in flight or for a channel's
    // pacing slot is normal queueing (a burst of alerts to one channel waits its turn however long the line is).
    if (!gated.sent) return defer(gated.ms, gated.reason === 'hold' ? 'Retry-After' : gated.reason === 'busy' ? 'request in flight' : 'channel pacing', gated.reason === 'hold');
    const res = gated.result;
    if (res.ok) {
      metrics.deliveries.inc({ platform: d.platform, outcome: res.duplicate ? 'duplicate' : 'sent' });
      if (d.part === 0 && d.publishedAt) {
        const delay = (Date.now() - Date.parse(d.publishedAt)) / 1000;
        if (Number.isFinite(delay) && delay >= 0) metrics.publishToPost.observe(delay);
      }
      if (d.part + 1 < d.payloads.length) await queues.addDeliverPart({ ...d, part: d.part + 1, deferrals: 0 });
      return { sent: d.part + 1, of: d.payloads.length, messageId: res.messageId };
    }
    if (res.permanent) {
      metrics.deliveries.inc({ platform: d.platform, outcome: 'permanent-error' });
      logger.error({ subscription: d.subscriptionId, platform: d.platform, error: res.error }, 'permanent delivery error: pausing the subscription');
      await deps.adminAlerts.pauseSubscription(d.subscriptionId, res.error, pipeline.stores.subscriptions);
      return { paused: res.error };
    }
    // Only the platform's own 429 answers are counted; the hold-off was set by the gate as it released the scope.
    if (res.rateLimited) metrics.rateLimited.inc({ platform: d.platform });
    if (res.retryAfterMs !== undefined) return defer(res.retryAfterMs, 'rate limited');
    metrics.deliveries.inc({ platform: d.platform, outcome: 'retry' });
    throw new Error(res.error); // BullMQ retries with exponential backoff
  };

  // Discord allows 50 requests/s globally, counted over a sliding second. The gate starts the bot's requests
  // evenly spaced across every worker of every process (no limiter of the queue adds its reaction time to each
  // gap): at 48.5/s, 50 requests span 1,031 ms, so no sliding second ever holds more than 50 of them, with 30 ms
  // to spare for the way to Discord.
  // At the moment of sending, the requests also keep to Discord's window, each counted until its answer is back, so
  // a process that stalled while it waited for its slot (or after it) does not crowd the others when it wakes.
  const discordSpacingMs = 1000 / (deps.discordPerSecond ?? 48.5);
  const deliverDiscord = new Worker<DeliverJob>(QUEUES.deliverDiscord, deliverProcessor, { ...base, concurrency: 20 });
  const deliverSlack = new Worker<DeliverJob>(QUEUES.deliverSlack, deliverProcessor, { ...base, concurrency: 20 });

  // Official datasets: one job at a time per process (files are large; releases are monthly).
  const officialStore = pipeline.stores.official;
  const official = new Worker<OfficialJob>(
    QUEUES.official,
    async (job) => {
      if (!officialStore) return { skipped: 'no official store' };
      const d = {
        config: pipeline.config,
        official: officialStore,
        subscriptions: pipeline.stores.subscriptions,
        logger,
        addAnnounce: (dataset: string, release: string) => queues.addOfficialAnnounce(dataset, release),
        addDeliveries: (deliveries: Parameters<typeof queues.addDeliveries>[0]) => queues.addDeliveries(deliveries),
      };
      // Loaded with the first official job (the CSV reader, the dataset adapters, announcements): a worker that
      // never gets one (releases are monthly) does not carry them.
      const { runOfficialFetch, runOfficialAnnounce } = require('../official/jobs') as typeof import('../official/jobs');
      return job.data.kind === 'fetch' ? runOfficialFetch(job.data.dataset, d) : runOfficialAnnounce(job.data.dataset, job.data.release, d);
    },
    { ...base, concurrency: 1 },
  );

  const workers = [poll, process, digest, deliverDiscord, deliverSlack, official];
  for (const w of workers) {
    w.on('failed', (job, err) => logger.warn({ queue: w.name, job: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'));
    w.on('error', (err) => logger.error({ queue: w.name, err: err.message }, 'worker error'));
  }
  return workers;
}

/** Run at most `n` of the given tasks at once (FIFO). */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = (): void => {
    if (active >= n) return;
    const start = queue.shift();
    if (start) start();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        active++;
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

