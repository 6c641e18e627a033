/**
 * `npm run bench`: every benchmark section in turn, each figure next to a baseline measured in the same
 * run (the machine is shared and noisy, so ratios carry the meaning). Prints a table per section and
 * writes the results, with a description of the machine, into BENCHMARKS.md between generated markers.
 *
 *   npm run bench                       full run (about 15–20 minutes)
 *   npm run bench -- --quick            smoke run (about a minute; BENCHMARKS.md not written unless --write)
 *   npm run bench -- --only polling     one section (or several, comma-separated; numbers work too)
 *   npm run bench -- --only official    official data ingest: 10, 20, 40 MB CBP files, time and peak RSS
 *   npm run bench -- --only clustering  linear clustering: 1,000 vs 3,000 distinct stories, 10,000 near-duplicates
 *   npm run bench -- --only oneshot     run --once as a whole process (dist/) vs an rss-parser script
 *   npm run bench -- --feeds 20000      feeds for the polling section (default 50,000)
 *
 * Redis: REDIS_URL when set (must be 127.0.0.1/localhost), else a private redis-server on a free port.
 */
import { Redis } from 'ioredis';
import { parseArgs, SECTION_IDS, type SectionId } from './lib/args';
import { describeMachine } from './lib/machine';
import { startBenchRedis } from './lib/redis';
import { printSection, type SectionResult } from './lib/report';
import { writeBenchmarksMd } from './lib/benchmarks-md';
import { benchPipelineCost } from './pipeline-cost';
import { benchSeenMemorySection } from './seen-memory-section';
import { benchPolling } from './polling';
import { benchFanout } from './fanout';
import { benchMemory } from './memory';
import { benchLatency } from './latency';
import { benchOfficial } from './official';
import { benchThroughput } from './throughput';
import { benchClustering } from './clustering';
import { benchOneshot } from './oneshot';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const q = args.quick;
  const wanted = (id: SectionId) => !args.only || args.only.includes(id);
  const started = Date.now();
  const redisServer = await startBenchRedis();
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  const machine = describeMachine(redisServer.version);
  console.log(`borderwatch benchmarks${q ? ' (quick)' : ''} — ${machine.nproc} CPU ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, Redis ${machine.redis}`);
  console.log(`redis: ${process.env.REDIS_URL ? 'REDIS_URL' : `private redis-server ${redisServer.url}`}`);

  const results: SectionResult[] = [];
  const run = async (id: SectionId, fn: () => Promise<SectionResult>): Promise<void> => {
    if (!wanted(id)) return;
    const t0 = Date.now();
    console.log(`\n… ${id}`);
    try {
      const r = await fn();
      r.seconds = (Date.now() - t0) / 1000;
      results.push(r);
      printSection(r);
    } catch (e) {
      const err = e as Error;
      console.error(`section ${id} failed: ${err.stack ?? err.message}`);
      results.push({ id, title: `${SECTION_IDS.indexOf(id) + 1}. ${id}`, tables: [], verdicts: [], notes: [`FAILED: ${err.message}`], seconds: (Date.now() - t0) / 1000 });
      process.exitCode = 1;
    }
  };

  try {
    await run('pipeline', () => benchPipelineCost({ items: q ? 400 : 1500, repeats: q ? 2 : 5, redis }));
    await run('seen-memory', () => benchSeenMemorySection(redisServer.url, { items: q ? 20_000 : 1_000_000 }));
    await run('polling', () => benchPolling({ redisUrl: redisServer.url, redis, feeds: args.feeds ?? (q ? 2000 : 50_000), passes: q ? 1 : 2 }));
    await run('fanout', () => benchFanout({ redisUrl: redisServer.url, redis, discordChannels: q ? 200 : 1000, slackChannels: q ? 20 : 200, slackMessages: 5 }));
    await run('memory', () => benchMemory({ redisUrl: redisServer.url, redis, feeds: q ? 2000 : 10_000 }));
    await run('latency', () => benchLatency({ redisUrl: redisServer.url, redis, samples: q ? 5 : 20 }));
    await run('official', () => benchOfficial({ sizesMb: q ? [5, 10] : [10, 20, 40] }));
    await run('throughput', () => benchThroughput({ redisUrl: redisServer.url, redis, items: q ? 200 : 600, workers: [1, 2, 4] }));
    await run('clustering', () => benchClustering({ distinct: q ? [500, 1500] : [1000, 3000], nearDuplicates: q ? 2000 : 10_000, budgetMs: q ? 30_000 : 120_000, rounds: q ? 1 : 3, redis }));
    await run('oneshot', () => benchOneshot({ feeds: 50, itemsPerFeed: 20, runs: q ? 3 : 7 }));
  } finally {
    redis.disconnect();
    await redisServer.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nall done in ${seconds.toFixed(0)} s`);
  if (args.write && results.length) {
    const file = writeBenchmarksMd({ machine, results, quick: q, partial: !!args.only, seconds });
    console.log(`results written to ${file}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
