/**
 * Section 6 — latency from a new item appearing in a feed to its instant alert reaching the (strict)
 * Discord stand-in, through the real service (role worker: poll → process → deliver over BullMQ, Redis
 * stores, discord.js REST). Each sample: one new relevant item is published on one of the local feeds,
 * the feed's poll job is enqueued at once (as a scheduler tick would), and the time until the alert is
 * accepted is measured. For the default 5-minute interval the expected latency is derived:
 * mean = interval/2 + processing, max = interval + processing.
 * Baseline in the same run: a bare GET of the feed followed by a bare POST to the stand-in.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { Pipeline } from '../src/pipeline/pipeline';
import { createMemoryStores } from '../src/store/memory';
import { buildEntries, rssDocument, type CorpusEntry } from './lib/corpus';
import { benchConfig, queuesDrained, silentLogger, startWorkerService } from './lib/service';
import { StrictDiscord } from './lib/discord-strict';
import { entryToItem } from './lib/stories';
import { median, nowMs, percentile, round, sleep, waitFor } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import type { SectionResult } from './lib/report';

export interface LatencyOptions {
  redisUrl: string;
  redis: Redis;
  samples: number;
}

const FEEDS = 10;
const CHANNEL = '400000000000000001';
/** The baseline posts to another channel, so it never shares the alert channel's 5-per-5-s bucket. */
const BASELINE_CHANNEL = '400000000000000002';
const DEFAULT_INTERVAL_S = 300;

/** Corpus entries that each start a new story when fed in this order (checked with the real pipeline in memory). */
async function freshStoryEntries(count: number): Promise<CorpusEntry[]> {
  const probe = new Pipeline(benchConfig({ keyPrefix: 'unused:', feeds: [] }), createMemoryStores(), silentLogger(), 'service');
  const out: CorpusEntry[] = [];
  for (const e of buildEntries(600)) {
    const fresh = { ...e, published: new Date() };
    const r = await probe.process(entryToItem(fresh));
    if (r.kind === 'new') out.push(fresh);
    if (out.length >= count) break;
  }
  return out;
}

export async function benchLatency(opts: LatencyOptions): Promise<SectionResult> {
  const entries = await freshStoryEntries(opts.samples);
  const feedItems: CorpusEntry[][] = Array.from({ length: FEEDS }, () => []);
  const server = http.createServer((req, res) => {
    const n = Number(/^\/f\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    const list = feedItems[n];
    if (!list) return void res.writeHead(404).end();
    const etag = `"l${n}-${list.length}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rssDocument(`Latency feed ${n}`, list, n));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = 'bench-latency-token';
  const discord = await new StrictDiscord({ token }).start();
  const prefix = benchPrefix('lat');
  const config = benchConfig({
    keyPrefix: prefix,
    feeds: Array.from({ length: FEEDS }, (_, i) => ({ url: `${base}/f/${i}.xml`, name: `Latency outlet ${i}` })),
    subscriptions: [{ platform: 'discord', channel: CHANNEL, mode: 'instant' }],
    fetch: { intervalMinutes: 1 },
  });
  const service = await startWorkerService(config, { REDIS_URL: opts.redisUrl, DISCORD_TOKEN: token, DISCORD_API_BASE: discord.apiBase });
  const polled: number[] = [];
  const processed: number[] = [];
  service.workers.find((w) => w.name === 'poll')!.on('completed', () => polled.push(nowMs()));
  service.workers.find((w) => w.name === 'process')!.on('completed', () => processed.push(nowMs()));
  const total: number[] = [];
  const toPolled: number[] = [];
  const toProcessed: number[] = [];
  const baseline: number[] = [];
  let missed = 0;
  try {
    // First poll of every (empty) feed: initializes their state, posts nothing.
    let slot = 1;
    for (const f of config.feeds) await service.queues.addPoll(f.url, slot);
    await waitFor(() => polled.length >= FEEDS, 'first polls', 30_000);
    await waitFor(() => queuesDrained(service), 'queues to drain', 30_000, 20);

    for (let k = 0; k < entries.length; k++) {
      const feed = k % FEEDS;
      slot++;
      const accepted = discord.acceptedByChannel.get(CHANNEL)?.length ?? 0;
      const [p0, q0] = [polled.length, processed.length];
      feedItems[feed]!.push(entries[k]!);
      const t0 = nowMs();
      await service.queues.addPoll(config.feeds[feed]!.url, slot);
      try {
        await waitFor(() => (discord.acceptedByChannel.get(CHANNEL)?.length ?? 0) > accepted, `alert ${k}`, 15_000, 1);
      } catch {
        missed++;
        continue;
      }
      const t1 = nowMs();
      total.push(t1 - t0);
      if (polled.length > p0) toPolled.push(polled[p0]! - t0);
      if (processed.length > q0) toProcessed.push(processed[q0]! - t0);
      await waitFor(() => queuesDrained(service), 'queues to drain', 30_000, 5);
      // Baseline: the same exchange done by hand, a GET of the feed then a POST of a message.
      const b0 = nowMs();
      await (await fetch(`${base}/f/${feed}.xml`)).text();
      await (await fetch(`${discord.apiBase}/v10/channels/${BASELINE_CHANNEL}/messages`, { method: 'POST', headers: { authorization: `Bot ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ content: entries[k]!.title }) })).text();
      baseline.push(nowMs() - b0);
      await sleep(1100); // at most one alert per 1.1 s: clear of the strict stand-in's 5-per-5-s channel bucket
    }
  } finally {
    await service.stop();
    await discord.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await deletePrefix(opts.redis, prefix);
  }
  const p50 = median(total);
  const max = Math.max(...total);
  const b50 = median(baseline);
  return {
    id: 'latency',
    title: '6. Latency: new item → instant alert',
    tables: [
      {
        headers: ['figure', 'samples', 'median ms', 'p90 ms', 'max ms', '× baseline (median)'],
        rows: [
          ['poll enqueued → poll job done (fetch, parse, state)', toPolled.length, round(median(toPolled), 1), round(percentile(toPolled, 90), 1), round(Math.max(...toPolled), 1), round(median(toPolled) / b50, 1)],
          ['poll enqueued → process job done (relevance … clustering)', toProcessed.length, round(median(toProcessed), 1), round(percentile(toProcessed, 90), 1), round(Math.max(...toProcessed), 1), round(median(toProcessed) / b50, 1)],
          ['poll enqueued → alert accepted by Discord stand-in', total.length, round(p50, 1), round(percentile(total, 90), 1), round(max, 1), round(p50 / b50, 1)],
          ['baseline: bare GET of the feed + bare POST of a message', baseline.length, round(b50, 1), round(percentile(baseline, 90), 1), round(Math.max(...baseline), 1), 1],
        ],
      },
      {
        title: `Expected latency at the default ${DEFAULT_INTERVAL_S / 60}-minute poll interval (derived, not measured)`,
        headers: ['figure', 'seconds'],
        rows: [
          ['mean: interval / 2 + median processing', round(DEFAULT_INTERVAL_S / 2 + p50 / 1000, 1)],
          ['max: interval + max processing', round(DEFAULT_INTERVAL_S + max / 1000, 1)],
        ],
      },
    ],
    verdicts: [],
    notes: [
      `${FEEDS} local feeds, one instant Discord subscription; each sample publishes one new relevant item (a corpus item checked to start a new story) and enqueues that feed's poll job at once, as the scheduler's tick would when the feed's slot starts. ${missed ? `${missed} sample(s) produced no alert within 15 s and are left out.` : 'Every sample produced its alert.'}`,
      `Poll and process jobs may each wait for a free worker (poll concurrency ${config.fetch.concurrency}, process concurrency 4 per worker, only the cluster step serialized); the queue was empty before each sample, so these are best-case processing times. Polling waits (up to a whole interval) dominate: the derived figures are polling-interval arithmetic plus the measured processing.`,
    ],
  };
}
