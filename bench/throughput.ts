/**
 * Section 7 — throughput across worker processes. 1, 2 and 4 production workers (node bin/borderwatch.js start
 * --role worker: dist/, each in its own process) share one Redis prefix; the bench adds M process jobs (corpus
 * items, relevant and not) in bulk and measures the time until every queue is drained: items/s. Twice: with the
 * extractive summary (CPU-bound: the machine's cores are the limit), and with an LLM summary stand-in that
 * answers after LLM_DELAY_MS (I/O-bound: only the cluster step is serialized, so more workers — and each
 * worker's parallel jobs — overlap the waits). Baseline: the same items through one Pipeline.process loop in
 * this process with memory stores (no queue, no Redis), extractive summary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load';
import { createLogger } from '../src/log';
import type { FeedItem } from '../src/model';
import { Pipeline } from '../src/pipeline/pipeline';
import { bullPrefix } from '../src/queue/connection';
import { PipelineQueues } from '../src/queue/queues';
import { createMemoryStores } from '../src/store/memory';
import { buildEntries } from './lib/corpus';
import { nowMs, round, sleep, waitFor } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import type { Cell, SectionResult } from './lib/report';

export interface ThroughputOptions {
  redisUrl: string;
  redis: Redis;
  items: number;
  workers: number[];
}

const ROOT = path.resolve(__dirname, '..');
const LLM_DELAY_MS = 100;
/** Items each worker process gets before the measured run (its start-up costs are not throughput). */
const WARMUP_PER_WORKER = 60;

function corpusItems(n: number, tag: string): FeedItem[] {
  return buildEntries(n).map((e) => ({
    id: `${e.guid}:${tag}`,
    guid: `${e.guid}:${tag}`,
    title: e.title,
    link: `${e.link}&run=${tag}`,
    summary: e.summary,
    published: e.published.toISOString(),
    feedUrl: `https://news${e.outlet}.example.com/rss`,
    feedName: `Outlet ${e.outlet}`,
    lang: e.lang,
  }));
}

/** An OpenAI-compatible stand-in: answers every summary request with the item's first line after `delayMs`. */
async function llmStandIn(delayMs: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      const source = (JSON.parse(body) as { messages: Array<{ content: string }> }).messages[1]?.content ?? '';
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content: source.split('\n')[0] } }] })), delayMs);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`,
    requests: () => requests,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

async function startWorkers(count: number, configFile: string, env: Record<string, string>): Promise<ChildProcess[]> {
  const children: ChildProcess[] = [];
  const logs: string[] = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'borderwatch.js'), 'start', '--role', 'worker', '--config', configFile], {
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    logs.push('');
    child.stderr!.on('data', (d: Buffer) => (logs[i] = (logs[i]! + d.toString('utf8')).slice(-20_000)));
    children.push(child);
  }
  await waitFor(() => {
    const dead = children.findIndex((c) => c.exitCode !== null);
    if (dead >= 0) throw new Error(`worker exited: ${logs[dead]!.slice(-2000)}`);
    return logs.every((l) => l.includes('borderwatch started'));
  }, 'the workers to start', 120_000, 50);
  return children;
}

async function stopWorkers(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (c) => {
      if (c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (c.exitCode === null) c.kill('SIGKILL');
    }),
  );
}

async function drained(queues: PipelineQueues): Promise<boolean> {
  for (const q of queues.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  return true;
}

interface Run {
  summary: 'extractive' | 'LLM';
  workers: number;
  items: number;
  seconds: number;
}

/** One measured run on a fresh prefix: `workers` processes, `items` process jobs. */
async function run(opts: ThroughputOptions, workers: number, summary: Run['summary'], llmUrl: string | undefined, tag: string): Promise<Run> {
  const prefix = benchPrefix(`thr${workers}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-thr-'));
  const configFile = path.join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ keyPrefix: prefix, feeds: [] }));
  const queues = new PipelineQueues(opts.redis, bullPrefix(prefix));
  let children: ChildProcess[] = [];
  try {
    children = await startWorkers(workers, configFile, { REDIS_URL: opts.redisUrl, ...(llmUrl ? { LLM_SUMMARY_URL: llmUrl } : {}) });
    // Warm-up (not measured): every process compiles its keyword profile and warms its JIT.
    await queues.addItems(corpusItems(WARMUP_PER_WORKER * workers, `${tag}-warm`).slice(-WARMUP_PER_WORKER * workers));
    await waitFor(() => drained(queues), `${workers} workers to warm up`, 900_000, 20);
    const items = corpusItems(opts.items, tag);
    const t0 = nowMs();
    for (let i = 0; i < items.length; i += 500) await queues.addItems(items.slice(i, i + 500));
    await waitFor(() => drained(queues), `${workers} workers to process ${items.length} items`, 900_000, 20);
    const seconds = (nowMs() - t0) / 1000;
    return { summary, workers, items: items.length, seconds };
  } finally {
    await stopWorkers(children);
    await queues.close();
    await deletePrefix(opts.redis, prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchThroughput(opts: ThroughputOptions): Promise<SectionResult> {
  // Baseline: the same items through Pipeline.process in this process, memory stores, one at a time.
  const defaults = loadConfig();
  const pipeline = new Pipeline({ ...defaults, feeds: [], subscriptions: [] }, createMemoryStores(), createLogger({ level: 'silent' }), 'service');
  const baseItems = corpusItems(opts.items, 'base');
  const b0 = nowMs();
  for (const item of baseItems) await pipeline.process(item);
  const baseSeconds = (nowMs() - b0) / 1000;

  const llm = await llmStandIn(LLM_DELAY_MS);
  const runs: Run[] = [];
  try {
    for (const w of opts.workers) runs.push(await run(opts, w, 'extractive', undefined, `x${w}`));
    for (const w of opts.workers) runs.push(await run(opts, w, 'LLM', llm.url, `l${w}`));
  } finally {
    await llm.close();
  }
  const rate = (r: { items: number; seconds: number }) => r.items / r.seconds;
  const baseRate = opts.items / baseSeconds;
  const one = (s: Run['summary']) => runs.find((r) => r.summary === s && r.workers === opts.workers[0])!;
  const rows: Cell[][] = [
    ['baseline: Pipeline.process loop in one process, memory stores, extractive', '', opts.items, round(baseSeconds, 2), round(baseRate, 0), ''],
    ...runs.map((r): Cell[] => [`${r.summary === 'LLM' ? `LLM summary stand-in (${LLM_DELAY_MS} ms per answer)` : 'extractive summary'}`, r.workers, r.items, round(r.seconds, 2), round(rate(r), 0), round(rate(r) / rate(one(r.summary)), 2)]),
  ];
  return {
    id: 'throughput',
    title: '8. Throughput across worker processes',
    tables: [{ headers: ['summary', 'worker processes', 'items', 'seconds', 'items / s', '× 1 worker'], rows }],
    verdicts: [],
    notes: [
      `Workers: node bin/borderwatch.js start --role worker (dist/), each its own process, 4 process jobs at once each; one Redis prefix per run, fresh stores. Before each measured run the workers get ${WARMUP_PER_WORKER} items per process (keyword profile compiled, JIT warm), not measured. Items: ${opts.items} corpus items (English and Spanish, relevant and not), added in bulk; the time runs from the first addItems call until every queue is drained.`,
      `Only the clusterer's read-modify-write is serialized (a Redis lock around the cluster step); relevance, figures and the summary run in parallel across jobs and processes. With the LLM stand-in each relevant item waits ${LLM_DELAY_MS} ms for its summary: that wait overlaps across jobs and workers. With the extractive summary the work is CPU-bound, so on this ${os.cpus().length}-core machine (shared with other work) more processes than cores cannot add much.`,
      `The baseline runs the same items one at a time through Pipeline.process with memory stores in the bench process (under its TypeScript loader): the pipeline's own cost, without queue, Redis or process boundaries.`,
    ],
  };
}
