/**
 * Section 3 — polling at scale, MEASURED at 50,000 feeds (default; --feeds N). The feeds are on a local server
 * (in a child process, so the poller's CPU is its own) and polled through the real service path: poll slot jobs
 * added in bulk as the scheduler adds them (`queues.addPolls`: batches of 50 feeds), the poll worker of
 * `startService` (role worker) with the configured concurrency, Redis stores, conditional GET, keep-alive pool.
 * Pass 1 fetches every feed (200 + ETag, first-poll seeding); then each measured pass follows a round in which
 * ~5 % of the feeds published one item, so ~95 % answer 304. Per pass: wall time, the worker's CPU, Redis's CPU
 * (INFO cpu), Redis commands per feed (INFO commandstats, Lua-internal commands included) and Redis memory
 * (INFO used_memory) after each cycle. Also a scheduler tick for every feed at once. Baseline in the same
 * rounds: a bare `http.get` loop to the same server with the same concurrency and the same conditional headers,
 * with a new connection per request and with a keep-alive agent.
 */
import http from 'node:http';
import type { Redis } from 'ioredis';
import { parseConfig } from '../src/config/load';
import { createLogger } from '../src/log';
import { Pipeline } from '../src/pipeline/pipeline';
import { createMemoryStores } from '../src/store/memory';
import { bullPrefix } from '../src/queue/connection';
import { PipelineQueues } from '../src/queue/queues';
import { Scheduler, minuteOf } from '../src/queue/scheduler';
import type { PollJobResult } from '../src/queue/jobs';
import { benchConfig, queuesDrained, startWorkerService } from './lib/service';
import { forkBench } from './lib/child';
import { median, nowMs, round, waitFor } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import type { Cell, SectionResult } from './lib/report';

export interface PollingOptions {
  redisUrl: string;
  redis: Redis;
  feeds: number;
  /** Measured steady-state passes (~95 % 304). */
  passes: number;
}

const TARGET_FEEDS = 50_000;
/** One cycle of 50,000 feeds with ~95 % 304s, measured. */
const TARGET_SECONDS = 40;
const TARGET_COMMANDS = 20;
const TARGET_TICK_S = 5;
const TARGET_REDIS_MB = 100;
const CHANGED = 0.05;
const MB = 2 ** 20;

interface PassFigures {
  label: string;
  feeds: number;
  ms: number;
  cpuS: number;
  redisCpuS?: number;
  /** Redis commands during the pass (every client of this Redis; Lua-internal commands included). */
  commands?: number;
  ok: number;
  notModified: number;
  errors: number;
}

/** Redis's own CPU seconds (INFO cpu: used_cpu_user + used_cpu_sys), and every command it has run. */
async function redisCounters(redis: Redis): Promise<{ cpuS: number; commands: number; usedMemory: number }> {
  const [cpu, stats, memory] = await Promise.all([redis.info('cpu'), redis.info('commandstats'), redis.info('memory')]);
  const num = (info: string, field: string) => Number(new RegExp(`^${field}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
  let commands = 0;
  for (const m of stats.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) commands += Number(m[1]);
  return { cpuS: num(cpu, 'used_cpu_user') + num(cpu, 'used_cpu_sys'), commands, usedMemory: num(memory, 'used_memory') };
}

/** Bare conditional GET loop: `concurrency` requests in flight, ETags remembered in `etags`. */
async function bareLoop(urls: string[], concurrency: number, etags: Map<string, string>, agent: http.Agent | false): Promise<{ ok: number; notModified: number; errors: number }> {
  let next = 0;
  const counts = { ok: 0, notModified: 0, errors: 0 };
  const one = (url: string) =>
    new Promise<void>((resolve) => {
      const etag = etags.get(url);
      const req = http.get(url, { agent, headers: etag ? { 'if-none-match': etag, 'user-agent': 'bench' } : { 'user-agent': 'bench' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode === 304) counts.notModified++;
          else if (res.statusCode === 200) {
            counts.ok++;
            Buffer.concat(chunks);
            const e = res.headers.etag;
            if (e) etags.set(url, e);
          } else counts.errors++;
          resolve();
        });
      });
      req.on('error', () => (counts.errors++, resolve()));
    });
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < urls.length) await one(urls[next++]!);
  });
  await Promise.all(lanes);
  return counts;
}

async function measurePass(label: string, feeds: number, redis: Redis, fn: () => Promise<{ ok: number; notModified: number; errors: number }>): Promise<PassFigures> {
  const cpu0 = process.cpuUsage();
  const r0 = await redisCounters(redis);
  const t0 = nowMs();
  const c = await fn();
  const ms = nowMs() - t0;
  const cpu = process.cpuUsage(cpu0);
  const r1 = await redisCounters(redis);
  // The two INFO calls themselves are not the pass's commands.
  return { label, feeds, ms, cpuS: (cpu.user + cpu.system) / 1e6, redisCpuS: r1.cpuS - r0.cpuS, commands: r1.commands - r0.commands - 3, ...c };
}

/** A scheduler tick at which every one of `n` feeds starts a slot (interval 1 minute): the worst case. */
async function schedulerTickSeconds(redis: Redis, n: number, prefix: string): Promise<{ seconds: number; feeds: number; jobs: number }> {
  const feeds = Array.from({ length: n }, (_, i) => ({ url: `http://127.0.0.1:1/tick/${i}.xml`, name: `Tick feed ${i}`, intervalMinutes: 1 }));
  const pipeline = new Pipeline(parseConfig({ keyPrefix: prefix, feeds }), createMemoryStores(), createLogger({ level: 'silent' }), 'service');
  const queues = new PipelineQueues(redis, bullPrefix(prefix));
  const scheduler = new Scheduler(pipeline, queues, createLogger({ level: 'silent' }));
  try {
    await pipeline.feeds(); // the config's feed list is built once, not per tick
    const t0 = nowMs();
    const added = await scheduler.tick(new Date(minuteOf(new Date()) * 60_000));
    const seconds = (nowMs() - t0) / 1000;
    return { seconds, feeds: added, jobs: await queues.poll.count() };
  } finally {
    await scheduler.stop();
    await queues.close();
  }
}

/** Cost of the per-job feed lookup the poll worker does (`pipeline.feed(url)`), for a config of n feeds. */
async function feedLookupMs(n: number): Promise<number> {
  const feeds = Array.from({ length: n }, (_, i) => ({ url: `http://127.0.0.1:1/f/${i}.xml`, name: `Feed ${i}` }));
  const pipeline = new Pipeline(parseConfig({ feeds }), createMemoryStores(), createLogger({ level: 'silent' }), 'service');
  const reps = 20_000;
  let found = 0;
  const t0 = nowMs();
  for (let i = 0; i < reps; i++) if (await pipeline.feed(feeds[(i * 7919) % n]!.url)) found++;
  if (found !== reps) throw new Error('feed lookup benchmark: lookups failed');
  return (nowMs() - t0) / reps;
}

export async function benchPolling(opts: PollingOptions): Promise<SectionResult> {
  const n = opts.feeds;
  const server = await forkBench<{ port: number }>('feed-server-child.ts', { BENCH_FEEDS: String(n), BENCH_ITEMS: '10' });
  const base = `http://127.0.0.1:${server.ready.port}`;
  const urls = Array.from({ length: n }, (_, i) => `${base}/f/${i}.xml`);
  const prefix = benchPrefix('poll');
  // Polling is measured: a new feed's first-poll stories (fetch.firstPollStories) are processing, not polling.
  const config = benchConfig({ keyPrefix: prefix, feeds: urls.map((url, i) => ({ url, name: `Poll feed ${i}`, lang: 'en' as const })), fetch: { firstPollStories: 0 } });
  const concurrency = config.fetch.concurrency;
  const service = await startWorkerService(config, { REDIS_URL: opts.redisUrl });
  const pollWorker = service.workers.find((w) => w.name === 'poll')!;
  const processWorker = service.workers.find((w) => w.name === 'process')!;
  const tally = { done: 0, ok: 0, notModified: 0, errors: 0, processed: 0 };
  const jobTally = { jobs: 0, failedJobs: 0 };
  pollWorker.on('completed', (_job, result: PollJobResult) => {
    jobTally.jobs++;
    tally.done += result.feeds;
    tally.ok += result.ok;
    tally.notModified += result.notModified;
    tally.errors += result.errors + result.skipped;
  });
  pollWorker.on('failed', () => (jobTally.jobs++, jobTally.failedJobs++));
  processWorker.on('completed', () => tally.processed++);

  const servicePass = async (slot: number) => {
    const start = { ...tally };
    const jobs0 = jobTally.jobs;
    // As the scheduler's tick adds a slot's feeds: batches of POLL_BATCH feeds, one addBulk.
    const jobs = await service.queues.addPolls([{ slot, intervalMinutes: 5, feeds: urls }]);
    await waitFor(() => jobTally.jobs - jobs0 >= jobs, `poll pass ${slot}`, 900_000, 5);
    if (jobTally.failedJobs) throw new Error(`${jobTally.failedJobs} poll slot jobs failed`);
    return { ok: tally.ok - start.ok, notModified: tally.notModified - start.notModified, errors: tally.errors - start.errors };
  };

  const passes: PassFigures[] = [];
  const baseNew: PassFigures[] = [];
  const baseKeepAlive: PassFigures[] = [];
  let itemsProcessed = 0;
  const drainS: number[] = [];
  const memoryAfter: number[] = [];
  const keepAlive = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const etagsNew = new Map<string, string>();
  const etagsKa = new Map<string, string>();
  const tickPrefix = benchPrefix('tick');
  let tick: { seconds: number; feeds: number; jobs: number };
  const memory0 = (await redisCounters(opts.redis)).usedMemory;
  try {
    await bareLoop(urls, concurrency, etagsNew, false);
    await bareLoop(urls, concurrency, etagsKa, keepAlive);
    const cycle = async (label: string, slot: number) => {
      const before = tally.processed;
      passes.push(await measurePass(label, n, opts.redis, () => servicePass(slot)));
      const t0 = nowMs();
      await waitFor(() => queuesDrained(service), `queues to drain after pass ${slot}`, 300_000, 50);
      drainS.push((nowMs() - t0) / 1000);
      memoryAfter.push((await redisCounters(opts.redis)).usedMemory - memory0);
      return tally.processed - before;
    };
    await cycle('service, pass 1: every feed 200 (first poll)', 1);
    for (let p = 1; p <= opts.passes; p++) {
      await server.call({ cmd: 'bumpFraction', fraction: CHANGED, round: p });
      itemsProcessed += await cycle(`service, pass ${p + 1}: ~95 % 304`, p + 1);
      baseNew.push(await measurePass(`baseline http.get, new connection per request, round ${p}`, n, opts.redis, () => bareLoop(urls, concurrency, etagsNew, false)));
      baseKeepAlive.push(await measurePass(`baseline http.get, keep-alive agent, round ${p}`, n, opts.redis, () => bareLoop(urls, concurrency, etagsKa, keepAlive)));
    }
    // Nothing changed since the last pass: every answer is a 304, so this pass's commands are a 304 poll's alone.
    await cycle(`service, pass ${opts.passes + 2}: 100 % 304 (nothing changed)`, opts.passes + 2);
    tick = await schedulerTickSeconds(opts.redis, Math.max(n, TARGET_FEEDS), tickPrefix);
  } finally {
    keepAlive.destroy();
    await service.stop();
    await server.stop();
    await deletePrefix(opts.redis, prefix);
    await deletePrefix(opts.redis, tickPrefix);
  }

  const steady = passes.slice(1, 1 + opts.passes);
  const all304 = passes[passes.length - 1]!;
  const med = (xs: PassFigures[], f: (p: PassFigures) => number) => median(xs.map(f));
  const rate = (p: PassFigures) => (p.feeds / p.ms) * 1000;
  const serviceRate = med(steady, rate);
  const baseRate = med(baseNew, rate);
  const kaRate = med(baseKeepAlive, rate);
  const serviceCpuPer1k = med(steady, (p) => (p.cpuS / p.feeds) * 1000);
  const redisCpuPer1k = med(steady, (p) => ((p.redisCpuS ?? NaN) / p.feeds) * 1000);
  const baseCpuPer1k = med(baseNew, (p) => (p.cpuS / p.feeds) * 1000);
  const cycleS = med(steady, (p) => p.ms / 1000);
  const commandsPerFeed = med(steady, (p) => (p.commands ?? NaN) / p.feeds);
  const commandsPer304 = (all304.commands ?? NaN) / all304.feeds;
  const redisMbAfterAll = memoryAfter[memoryAfter.length - 1]! / MB;
  const lookupN = await feedLookupMs(n);
  const measuredAtTarget = n >= TARGET_FEEDS;
  const nFmt = n.toLocaleString('en-US');

  const row = (p: PassFigures, isBase: boolean): Cell[] => [
    p.label,
    p.ok,
    p.notModified,
    p.errors,
    round(p.ms / 1000, 2),
    round(rate(p), 0),
    round((p.cpuS / p.feeds) * 1000, 3),
    p.redisCpuS === undefined ? '–' : round((p.redisCpuS / p.feeds) * 1000, 3),
    p.commands === undefined ? '–' : round(p.commands / p.feeds, 2),
    isBase ? '' : round(rate(p) / baseRate, 2),
  ];
  return {
    id: 'polling',
    title: `3. Polling at scale (${nFmt} feeds, measured)`,
    tables: [
      {
        headers: ['pass', '200', '304', 'errors', 'seconds', 'feeds / s', 'worker CPU s / 1,000 feeds', 'Redis CPU s / 1,000 feeds', 'Redis commands / feed', 'rate ÷ baseline'],
        rows: [...passes.map((p) => row(p, false)), ...baseNew.map((p) => row(p, true)), ...baseKeepAlive.map((p) => row(p, true))],
      },
      {
        title: 'Summary (steady ~95 % 304 passes, medians)',
        headers: ['figure', 'service', 'baseline: bare http.get, new connections', 'baseline: bare http.get, keep-alive', 'service ÷ new-connection baseline'],
        rows: [
          ['feeds / s', round(serviceRate, 0), round(baseRate, 0), round(kaRate, 0), round(serviceRate / baseRate, 2)],
          ['worker CPU seconds per 1,000 feeds', round(serviceCpuPer1k, 3), round(baseCpuPer1k, 3), round(med(baseKeepAlive, (p) => (p.cpuS / p.feeds) * 1000), 3), round(serviceCpuPer1k / baseCpuPer1k, 2)],
          ['Redis CPU seconds per 1,000 feeds', round(redisCpuPer1k, 3), '', '', ''],
          [`seconds per cycle of ${nFmt} feeds (measured)`, round(cycleS, 1), round(n / baseRate, 1), round(n / kaRate, 1), round(cycleS / (n / baseRate), 2)],
          ['Redis commands per feed polled (~95 % 304 pass: the changed feeds\' items processed too)', round(commandsPerFeed, 2), '', '', ''],
          ['Redis commands per 304 poll (100 % 304 pass)', round(commandsPer304, 2), '', '', ''],
          [`Redis memory after each cycle, MB (${memoryAfter.map((m) => round(m / MB, 0)).join(' → ')})`, round(redisMbAfterAll, 0), '', '', ''],
          [`scheduler tick with every one of ${tick.feeds.toLocaleString('en-US')} feeds due (${tick.jobs.toLocaleString('en-US')} slot jobs), s`, round(tick.seconds, 2), '', '', ''],
        ],
      },
    ],
    verdicts: [
      { figure: `${nFmt} feeds polled (95 % 304), one cycle${measuredAtTarget ? '' : ` (fewer than ${TARGET_FEEDS.toLocaleString('en-US')}: not the target's scale)`}`, value: `${round(cycleS, 1)} s`, target: `≤ ${TARGET_SECONDS} s`, ok: measuredAtTarget && cycleS <= TARGET_SECONDS },
      { figure: 'Redis commands per 304 poll (100 % 304 pass, all commands ÷ feeds)', value: `${round(commandsPer304, 2)}`, target: `≤ ${TARGET_COMMANDS}`, ok: commandsPer304 <= TARGET_COMMANDS },
      { figure: `Redis memory after ${memoryAfter.length} cycles of ${nFmt} feeds`, value: `${round(redisMbAfterAll, 0)} MB`, target: `≤ ${TARGET_REDIS_MB} MB`, ok: measuredAtTarget && redisMbAfterAll <= TARGET_REDIS_MB },
      { figure: `scheduler tick for ${tick.feeds.toLocaleString('en-US')} feeds`, value: `${round(tick.seconds, 2)} s`, target: `≤ ${TARGET_TICK_S} s`, ok: tick.feeds >= TARGET_FEEDS && tick.seconds <= TARGET_TICK_S },
    ],
    notes: [
      `Poll concurrency ${concurrency} (config fetch.concurrency) in one worker process; the baselines use the same concurrency. The feed server runs in a child process; worker CPU is the poller process's own (process.cpuUsage; it also enqueues the passes and runs the process worker), Redis CPU is redis-server's own (INFO cpu).`,
      `Each pass adds the feeds as a scheduler tick does: poll slot jobs of up to 50 feeds, one addBulk. The pass time runs from that call to the last poll job's completion; the ~5 % changed feeds enqueue the items not seen yet (${itemsProcessed} process jobs during the steady passes), which the process worker (same process) finishes afterwards (drain after each pass: ${drainS.map((d) => round(d, 1)).join(', ')} s).`,
      `Redis commands: INFO commandstats delta over the pass divided by the feeds, every command Redis ran (Lua-internal ones included) for every client of this Redis${process.env.REDIS_URL ? ' — REDIS_URL is set, so other clients of that Redis are counted too' : ' (a private redis-server: only this run)'}. A poll slot job's BullMQ bookkeeping is paid once per 50 feeds; what remains per feed is the HSET of its state.`,
      `Redis memory: INFO used_memory after each cycle minus before the section (the first cycle records every feed's ${10} items as seen). Finished jobs are trimmed by age and count (src/queue/queues.ts).`,
      `Connections: fetchFeed keeps a keep-alive pool per origin (each new connection passes the SSRF-guarded lookup), so the service pays for connections only on the first pass; the new-connection baseline shows what a connection per request would cost on this loopback server.`,
      `Scheduler tick: Scheduler.tick on ${tick.feeds.toLocaleString('en-US')} configured feeds with a 1-minute interval, so every feed starts a slot in the measured minute (the worst case; at the default 5 minutes a tick enqueues a fifth of them). Feed lookup per poll job (pipeline.feed(url), an indexed cache): ${round(lookupN, 4)} ms.`,
    ],
  };
}
