import type { Worker } from 'bullmq';
import type { Config } from './config/schema';
import type { Env } from './config/env';
import { createLogger, errorMessage, type Logger } from './log';
import { createRedis, bullPrefix } from './queue/connection';
import { createRedisStores } from './store/redis';
import { Pipeline } from './pipeline/pipeline';
import { seedSubscriptions } from './pipeline/subscriptions';
import { PipelineQueues } from './queue/queues';
import { startWorkers } from './queue/workers';
import type { Scheduler } from './queue/scheduler';
import { Metrics } from './http/metrics';
import { AdminAlerts } from './delivery/admin-alerts';
import { createSenders } from './delivery/senders';
import { summarizerFromEnv } from './summary/llm';

// Loaded only by the roles that use them, so a `--role worker` process never loads discord.js's gateway
// client, Bolt, Express or Bull Board (see the lazy requires below and in delivery/senders.ts).
type Adapters = typeof import('./platforms/adapters');
type HttpServer = typeof import('./http/server');
type Handlers = typeof import('./commands/handlers');

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
  /** Delivery pacing override (tests): Slack ms between messages to one channel (default 1050). */
  slackChannelIntervalMs?: number;
  /** Discord deliveries per second across all workers (default 48, under Discord's global 50). */
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
  redis.on('error', (e) => logger.warn({ err: errorMessage(e) }, 'redis connection error (reconnecting)'));
  const stores = createRedisStores(redis, config.keyPrefix, { seenTtlDays: config.stories.seenTtlDays, clusterWindowHours: config.stories.clusterWindowHours });
  await seedSubscriptions(config, stores.subscriptions);

  const metrics = new Metrics();
  const summarizer = summarizerFromEnv(opts.processEnv ?? process.env, (reason) => logger.warn({ reason }, 'LLM summary not used; extractive summary instead'));
  const pipeline = new Pipeline(config, stores, logger, 'service', undefined, summarizer);
  const queues = new PipelineQueues(redis, bullPrefix(config.keyPrefix));
  // Process jobs run in parallel across workers: only the cluster step is serialized (stores.clusterLock). A
  // global concurrency of 1 left in Redis by an earlier version would still serialize whole jobs: remove it.
  await queues.process.removeGlobalConcurrency();
  // Without a listener BullMQ prints every connection error (each reconnect attempt) to the console.
  for (const q of queues.all()) q.on('error', (e) => logger.warn({ queue: q.name, err: errorMessage(e) }, 'queue connection error (reconnecting)'));
  const adminAlerts = new AdminAlerts(config, (d) => queues.addDeliveries(d), logger);
  const senders = createSenders(env, logger);

  const runWorkers = env.role === 'all' || env.role === 'worker';
  const runFront = env.role === 'all' || env.role === 'scheduler';

  const workers = runWorkers
    ? startWorkers({ connection: redis, prefix: bullPrefix(config.keyPrefix), keyPrefix: config.keyPrefix, pipeline, queues, senders, adminAlerts, metrics, logger, pollConcurrency: config.fetch.concurrency, lockDurationMs: env.jobLockMs, slackChannelIntervalMs: opts.slackChannelIntervalMs, discordPerSecond: opts.discordPerSecond, processEnv: opts.processEnv })
    : [];

  let scheduler: Scheduler | undefined;
  if (runFront && opts.schedule !== false) {
    const { Scheduler } = require('./queue/scheduler') as typeof import('./queue/scheduler');
    scheduler = new Scheduler(pipeline, queues, logger);
    await scheduler.start();
  }

  let adapters: Awaited<ReturnType<Adapters['startPlatformAdapters']>> = [];
  if (runFront) {
    const { createCommandHandler } = require('./commands/handlers') as Handlers;
    const { startPlatformAdapters } = require('./platforms/adapters') as Adapters;
    const handler = createCommandHandler({ config, stores, queues, logger });
    adapters = await startPlatformAdapters({ env, config, handler, logger });
  }

  let http: Awaited<ReturnType<HttpServer['startHttpServer']>> | undefined;
  const port = env.httpPort ?? config.http.port;
  if (runFront || env.httpPort !== undefined) {
    const { startHttpServer } = require('./http/server') as HttpServer;
    http = await startHttpServer({
      port,
      metrics,
      queues: queues.all(),
      // The dashboard is the front's (roles all and scheduler): a worker's port serves health and metrics only.
      bullBoard: runFront ? env.bullBoard : undefined,
      refreshQueueMetrics: async () => {
        for (const q of queues.all()) {
          const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
          for (const [state, n] of Object.entries(counts)) metrics.queueDepth.set({ queue: q.name, state }, n);
        }
      },
      health: [
        { name: 'redis', check: async () => ((await redis.ping()) === 'PONG' ? undefined : 'no PONG') },
        { name: 'workers', check: async () => (runWorkers && workers.some((w) => !w.isRunning()) ? 'a queue worker is not running' : undefined) },
        {
          name: 'scheduler',
          check: async () => {
            if (!scheduler) return undefined;
            const last = scheduler.lastTickAt;
            return last && Date.now() - last.getTime() < 3 * 60_000 ? undefined : 'no scheduler tick in the last 3 minutes';
          },
        },
      ],
    });
    logger.info({ port: http.port }, 'http: /healthz /metrics /admin/queues');
  }

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      logger.info('shutting down: no new jobs; finishing running ones');
      await scheduler?.stop();
      for (const a of adapters) await a.close().catch((e) => logger.warn({ err: errorMessage(e) }, 'adapter close failed'));
      // Worker.close() waits for the jobs in progress to finish (or be returned on timeout) before closing.
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      stores.clusterLock?.close?.();
      await senders.close();
      await http?.close();
      await redis.quit().catch(() => redis.disconnect());
      logger.info('stopped');
      resolveStopped();
    })());

  if (opts.handleSignals !== false) {
    const onSignal = (sig: string) => {
      logger.info({ signal: sig }, 'signal received');
      void stop();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  logger.info({ role: env.role, feeds: (await pipeline.feeds()).length, workers: workers.length }, 'borderwatch started');
  return { stopped, stop, httpUrl: http?.url, pipeline, queues, scheduler, workers, metrics };
}
