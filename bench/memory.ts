/**
 * Section 5 — memory. The service (role worker) runs in a child process with N local feeds configured;
 * its RSS is read after startup and after one poll cycle of every feed (first poll: every feed 200, items
 * recorded as seen). Baselines in the same run: an idle Node process, and an idle Node process with the
 * same TypeScript loader (@swc-node/register) the worker child runs under.
 */
import { spawn } from 'node:child_process';
import type { Redis } from 'ioredis';
import { FeedServer } from './lib/feed-server';
import { forkBench } from './lib/child';
import { round } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import type { SectionResult } from './lib/report';

export interface MemoryOptions {
  redisUrl: string;
  redis: Redis;
  feeds: number;
}

const MB = 2 ** 20;

/** RSS of a plain idle `node` (no loader). */
async function plainIdleNode(): Promise<{ rss: number; heapUsed: number }> {
  const code = 'setTimeout(()=>{gc();const m=process.memoryUsage();process.send({rss:m.rss,heapUsed:m.heapUsed},()=>process.exit(0))},500)';
  const child = spawn(process.execPath, ['--expose-gc', '-e', code], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as { rss: number; heapUsed: number }));
    child.once('error', reject);
  });
}

export async function benchMemory(opts: MemoryOptions): Promise<SectionResult> {
  const server = await new FeedServer(opts.feeds, 10).start();
  const prefix = benchPrefix('mem');
  const plain = await plainIdleNode();
  const idle = await forkBench<{ rss: number; heapUsed: number }>('idle-child.ts', {}, { execArgv: ['--expose-gc'] });
  await idle.stop();
  let worker: Awaited<ReturnType<typeof forkBench<{ rss: number; heapUsed: number }>>> | undefined;
  let after: { rss: number; heapUsed: number; peakRss: number; seconds: number };
  let startup: { rss: number; heapUsed: number };
  try {
    worker = await forkBench<{ rss: number; heapUsed: number }>('memory-child.ts', { REDIS_URL: opts.redisUrl, BENCH_FEED_BASE: server.baseUrl, BENCH_FEEDS: String(opts.feeds), BENCH_PREFIX: prefix }, { execArgv: ['--expose-gc'] });
    startup = worker.ready;
    after = await worker.call<typeof after>({ cmd: 'cycle' }, 900_000);
  } finally {
    await worker?.stop();
    await server.close();
    await deletePrefix(opts.redis, prefix);
  }
  const mb = (b: number) => round(b / MB, 1);
  const loaderBase = idle.ready.rss;
  return {
    id: 'memory',
    title: `5. Worker memory with ${opts.feeds.toLocaleString('en-US')} feeds`,
    tables: [
      {
        headers: ['process', 'RSS MB', 'heap used MB', 'RSS × idle node (with loader)', 'RSS − idle node (with loader), MB'],
        rows: [
          ['baseline: idle node', mb(plain.rss), mb(plain.heapUsed), round(plain.rss / loaderBase, 2), mb(plain.rss - loaderBase)],
          ['baseline: idle node + @swc-node/register', mb(loaderBase), mb(idle.ready.heapUsed), 1, 0],
          ['worker after startup', mb(startup.rss), mb(startup.heapUsed), round(startup.rss / loaderBase, 2), mb(startup.rss - loaderBase)],
          [`worker after one poll cycle (${round(after.seconds, 0)} s)`, mb(after.rss), mb(after.heapUsed), round(after.rss / loaderBase, 2), mb(after.rss - loaderBase)],
          ['worker peak during the cycle', mb(after.peakRss), '', round(after.peakRss / loaderBase, 2), mb(after.peakRss - loaderBase)],
        ],
      },
    ],
    verdicts: [],
    notes: [
      `The worker child runs the TypeScript sources through @swc-node/register (as npm run bench does), so the second baseline carries the same loader; a production process runs the compiled dist/ and has neither. RSS after a forced GC (--expose-gc); peak sampled every 100 ms.`,
      `The poll cycle is a first poll of every feed (10 items each, all 200), so every item is recorded as seen in Redis; nothing is posted. Feeds are served from the parent process on 127.0.0.1.`,
    ],
  };
}
