import type { Worker } from 'bullmq';
import type { Config } from './config/schema';
import type { Env } from './config/env';
import { createLogger, errorMessage, type Logger } from './log';
import { createRedis, bullPrefix, RedisConnectionLog } from './queue/connection';
import { createRedisStores } from './store/redis';
import { Pipeline } from './pipeline/pipeline';
import { configuredSubscriptions, pausedByCommand, seedSubscriptions } from './pipeline/subscriptions';
import { PipelineQueues } from './queue/queues';
import { startWorkers } from './queue/workers';
import type { Scheduler } from './queue/scheduler';
import { Metrics } from './http/metrics';
import { AdminAlerts, resumeAdvice } from './delivery/admin-alerts';
import { createSenders } from './delivery/senders';
import { AdapterHealth, describeAdapters, enabledAdapters, type PlatformAdapter } from './platforms/adapters';
import { RedisReplayStore } from './store/redis/replay-store';
import { summarizerFromEnv } from './summary/llm';

/** How long a stop waits for each worker's running jobs before it forces the worker closed. */
const SHUTDOWN_GRACE_MS = 8_000;
/** Each later step of a stop (queues, senders, HTTP, the Redis connection) gets at most this long (ms). */
const CLOSE_STEP_MS = 3_000;

/** Settle `p` or give up after `ms` (the timer never keeps the process alive). */
async function within(p: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => {
    timer = setTimeout(() => r('timeout'), ms);
    timer.unref();
  });
  try {
    return await Promise.race([p.then(() => 'done' as const, () => 'done' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Loaded only by the roles that use them, so a `--role worker` process never loads discord.js's gateway
// client, Bolt, Express or Bull Board (see the lazy requires below and in delivery/senders.ts).
// (platforms/adapters.ts itself is light: it requires the Discord bot and the Slack app when it starts them.)
type Adapters = typeof import('./platforms/adapters');
type HttpServer = typeof import('./http/server');
type Handlers = typeof import('./commands/handlers');
type ChartSource = typeof import('./official/chart-source');

export interface Service {
  /** Resolves once the service has shut down (after SIGINT/SIGTERM or `stop()`). */
  stopped: Promise<void>;
  stop(): Promise<void>;
  httpUrl?: string;
  pipeline: Pipeline;
  queues: PipelineQueues;
  scheduler?: Scheduler;
  workers: Worker[];
  metrics: Metrics;
}

/** A signal arrived before the service had started; it shut down cleanly instead. */
export class StoppedWhileStartingError extends Error {
  constructor() {
    super('stopped while starting');
    this.name = 'StoppedWhileStartingError';
  }
}

export interface StartOptions {
  config: Config;
  env: Env;
  logger?: Logger;
  /** Install SIGINT/SIGTERM handlers (default true; tests pass false). */
  handleSignals?: boolean;
  /** Start the node-cron schedule (default true for roles all/scheduler; tests drive ticks themselves). */
  schedule?: boolean;
  /** Where `env:NAME` webhooks and the LLM summarizer settings are read from (default process.env). */
  processEnv?: NodeJS.ProcessEnv;
  /** Delivery pacing override (tests): Slack ms from one message's answer to the next start in its channel (default 1010). */
  slackChannelIntervalMs?: number;
  /** How long a stop waits for a worker's running jobs before forcing it closed (default 8 s). */
  shutdownGraceMs?: number;
  /** Discord deliveries per second across all workers, evenly spaced (default 48.5, under Discord's global 50). */
  discordPerSecond?: number;
}

/**
 * Wire the service: Redis stores, BullMQ queues and workers, the node-cron scheduler, platform adapters
 * (Discord bot, Slack app) enabled by the environment, and the HTTP port (health, metrics, dashboard).
 * Roles: `all` (everything, default), `worker` (queue workers only), `scheduler` (schedule + platform
 * adapters + HTTP, no queue workers). Any number of each may share one Redis.
 */
export async function startService(opts: StartOptions): Promise<Service> {
  const { config, env } = opts;
  const logger = opts.logger ?? createLogger({ level: env.logLevel });
  if (!env.redisUrl) throw new Error('REDIS_URL is not set: the service keeps its state and queues in Redis (try `borderwatch run --once --dry-run` for a preview without Redis)');

  const redis = createRedis(env.redisUrl);
  // One line per reconnect attempt ("waiting for Redis at …", "lost Redis", "reconnected after 40 s"),
  // however many queues and workers share the connection.
  const redisLog = new RedisConnectionLog(redis, env.redisUrl, logger);
  const stores = createRedisStores(redis, config.keyPrefix, { seenTtlDays: config.stories.seenTtlDays, clusterWindowHours: config.stories.clusterWindowHours });
  const metrics = new Metrics();
  const queues = new PipelineQueues(redis, bullPrefix(config.keyPrefix));
  // Without a listener BullMQ prints every connection error to the console; connection failures are the
  // RedisConnectionLog's to report, anything else is logged per queue.
  for (const q of queues.all()) redisLog.quiet(q, (e) => logger.warn({ queue: q.name, err: e }, 'queue error'));
  const senders = createSenders(env, logger);

  const configuredIds = new Set(configuredSubscriptions(config).map((s) => s.id));
  const runWorkers = env.role === 'all' || env.role === 'worker';
  const runFront = env.role === 'all' || env.role === 'scheduler';
  let workers: Worker[] = [];
  let scheduler: Scheduler | undefined;
  let adapters: PlatformAdapter[] = [];
  let http: Awaited<ReturnType<HttpServer['startHttpServer']>> | undefined;
  // The Discord bot and the Slack app run with the schedule (roles all and scheduler): report each enabled one.
  const adapterHealth = new AdapterHealth(runFront ? enabledAdapters(env) : []);

  const graceMs = opts.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;
  // One chart provider (and cache) for /charts/<series>.png and /border latest: built on first use.
  let chartProvider: ReturnType<ChartSource['createChartProvider']> | undefined;
  const charts = () =>
    stores.official ? (chartProvider ??= (require('./official/chart-source') as ChartSource).createChartProvider(config, stores.official)) : undefined;
  /** Close whatever has been started, in reverse order of starting. */
  const closeAll = async (): Promise<void> => {
    await scheduler?.stop();
    for (const a of adapters) await a.close().catch((e) => logger.warn({ err: errorMessage(e) }, 'adapter close failed'));
    // Worker.close() waits for the jobs in progress to finish before closing. It can hang when a blocking client
    // is stuck reconnecting after an outage (a known BullMQ issue), so it gets a grace period, then is forced:
    // a job still running then is run again by another worker once its lock expires.
    await Promise.all(
      workers.map(async (w) => {
        if ((await within(w.close(), graceMs)) === 'done') return;
        logger.warn({ queue: w.name }, `the ${w.name} worker did not stop within ${graceMs / 1000} s: forcing it (its running jobs run again once their locks expire)`);
        await within(w.close(true), 3_000);
      }),
    );
    // The rest is bounded too: a queue or connection stuck reconnecting must not hold the stop forever.
    if ((await within(queues.close(), CLOSE_STEP_MS)) === 'timeout') logger.warn(`the queues did not close within ${CLOSE_STEP_MS / 1000} s`);
    stores.clusterLock?.close?.();
    await within(senders.close(), CLOSE_STEP_MS);
    if (http) await within(http.close(), CLOSE_STEP_MS);
    // QUIT, bounded; then no reconnect whatever its outcome (a no-op once the connection has ended).
    await within(redis.quit(), CLOSE_STEP_MS);
    redis.disconnect();
  };

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      logger.info('shutting down: no new jobs; finishing running ones');
      await closeAll();
      logger.info('stopped');
      resolveStopped();
    })());
  // Installed before the slow part of startup (waiting for Redis), so Ctrl-C during it stops cleanly.
  const onSignal =
    opts.handleSignals !== false
      ? (sig: string) => {
          logger.info({ signal: sig }, 'signal received');
          void stop();
        }
      : undefined;
  if (onSignal) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  try {
    // The port first: a port in use is reported at once (exit 2), not after Redis and the platforms.
    const port = env.httpPort ?? config.http.port;
    if (runFront || env.httpPort !== undefined) {
      const { startHttpServer } = require('./http/server') as HttpServer;
      http = await startHttpServer({
        port,
        portSource: env.httpPort !== undefined ? 'HTTP_PORT' : 'http.port in the configuration',
        metrics,
        queues: queues.all(),
        // The dashboard is the front's (roles all and scheduler): a worker's port serves health and metrics only.
        bullBoard: runFront ? env.bullBoard : undefined,
        ...(charts() ? { charts: charts() } : {}),
        refreshQueueMetrics: async () => {
          for (const q of queues.all()) {
            const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
            for (const [state, n] of Object.entries(counts)) metrics.queueDepth.set({ queue: q.name, state }, n);
          }
        },
        health: [
          { name: 'redis', check: async () => (!redisLog.connected ? `not connected to ${redisLog.location}` : (await redis.ping()) === 'PONG' ? undefined : 'no PONG') },
          { name: 'workers', check: async () => (runWorkers && (workers.length === 0 || workers.some((w) => !w.isRunning())) ? 'a queue worker is not running' : undefined) },
          {
            name: 'scheduler',
            check: async () => {
              if (!scheduler) return undefined;
              const last = scheduler.lastTickAt;
              return last && Date.now() - last.getTime() < 3 * 60_000 ? undefined : 'no scheduler tick in the last 3 minutes';
            },
          },
          ...adapterHealth.checks(),
        ],
      });
      const dashboard = env.bullBoard.user && env.bullBoard.password;
      logger.info(
        { port: http.port },
        `http: /healthz /metrics${dashboard ? ' /admin/queues' : ' (queue dashboard /admin/queues off: BULL_BOARD_USER and BULL_BOARD_PASSWORD not set)'}`,
      );
    }

    const seeded = await seedSubscriptions(config, stores.subscriptions);
    for (const r of seeded.resumed) logger.info({ subscription: r.id, wasPaused: r.reason }, `subscription ${r.id} resumed: its config-file entry changed`);
    for (const p of seeded.paused) {
      logger.warn({ subscription: p.id, since: p.paused!.at, reason: p.paused!.reason }, `subscription ${p.id} is paused: ${p.paused!.reason}${pausedByCommand(p.paused!) ? '' : `. ${resumeAdvice(p.id, configuredIds.has(p.id))}`}`);
    }
    // Process jobs run in parallel across workers: only the cluster step is serialized (stores.clusterLock). A
    // global concurrency of 1 left in Redis by an earlier version would still serialize whole jobs: remove it.
    await queues.process.removeGlobalConcurrency();
    const summarizer = summarizerFromEnv(opts.processEnv ?? process.env, (reason) => logger.warn({ reason }, 'LLM summary not used; extractive summary instead'));
    const pipeline = new Pipeline(config, stores, logger, 'service', undefined, summarizer);
    const adminAlerts = new AdminAlerts(config, (d) => queues.addDeliveries(d), logger);

    if (runWorkers) {
      workers = startWorkers({ connection: redis, prefix: bullPrefix(config.keyPrefix), keyPrefix: config.keyPrefix, pipeline, queues, senders, adminAlerts, metrics, logger, pollConcurrency: config.fetch.concurrency, lockDurationMs: env.jobLockMs, slackChannelIntervalMs: opts.slackChannelIntervalMs, discordPerSecond: opts.discordPerSecond, processEnv: opts.processEnv });
      // Each worker's blocking connection re-emits every failed reconnect attempt as a worker 'error'.
      for (const w of workers) redisLog.quiet(w);
    }
    if (runFront && opts.schedule !== false) {
      const { Scheduler } = require('./queue/scheduler') as typeof import('./queue/scheduler');
      scheduler = new Scheduler(pipeline, queues, logger);
      await scheduler.start();
    }
    if (runFront) {
      const { createCommandHandler } = require('./commands/handlers') as Handlers;
      const { startPlatformAdapters } = require('./platforms/adapters') as Adapters;
      const handler = createCommandHandler({ config, stores, queues, logger, charts: charts() });
      adapters = await startPlatformAdapters({ env, config, handler, logger, health: adapterHealth, slackReplayStore: new RedisReplayStore(redis, config.keyPrefix) });
    }
    for (const line of describeAdapters(env, { role: env.role, started: adapters.map((a) => a.name) })) logger.info(line);
    logger.info({ role: env.role, feeds: (await pipeline.feeds()).length, workers: workers.length }, 'borderwatch started');
    return { stopped, stop, httpUrl: http?.url, pipeline, queues, scheduler, workers, metrics };
  } catch (e) {
    // SIGINT/SIGTERM while starting (e.g. while waiting for Redis): stop() closed everything; not an error.
    if (stopping) {
      await stopping;
      throw new StoppedWhileStartingError();
    }
    // Startup failed (a port in use, …): release what was opened so the process can exit, then report it.
    if (onSignal) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    await closeAll().catch(() => undefined);
    throw e;
  }
}
