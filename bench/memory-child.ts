/**
 * Child process of the memory benchmark: the real service (role worker) with BENCH_FEEDS local feeds.
 * ← { ready, rss, heapUsed } after startup; → { cmd: 'cycle' } polls every feed once through BullMQ and
 * answers { rss, peakRss, heapUsed, seconds }; → { cmd: 'stop' } stops the service.
 * Env: REDIS_URL, BENCH_FEED_BASE, BENCH_FEEDS, BENCH_PREFIX.
 */
import { benchConfig, queuesDrained, startWorkerService } from './lib/service';
import { sleep, waitFor } from './lib/measure';

const gc = (globalThis as { gc?: () => void }).gc;
function settledMemory(): { rss: number; heapUsed: number } {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_FEEDS);
  const base = process.env.BENCH_FEED_BASE!;
  const config = benchConfig({
    keyPrefix: process.env.BENCH_PREFIX!,
    feeds: Array.from({ length: n }, (_, i) => ({ url: `${base}/f/${i}.xml`, name: `Memory feed ${i}`, lang: 'en' as const })),
  });
  const service = await startWorkerService(config, { REDIS_URL: process.env.REDIS_URL! });
  await sleep(500);
  process.send?.({ ready: true, ...settledMemory() });
  const poll = service.workers.find((w) => w.name === 'poll')!;
  let done = 0;
  poll.on('completed', () => done++);
  poll.on('failed', () => done++);
  process.on('message', async (m: { id: number; cmd: string }) => {
    if (m.cmd === 'cycle') {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const t0 = Date.now();
      for (let i = 0; i < n; i += 200) await Promise.all(config.feeds.slice(i, i + 200).map((f) => service.queues.addPoll(f.url, 1)));
      await waitFor(() => done >= n, 'poll cycle', 900_000, 20);
      await waitFor(() => queuesDrained(service), 'queues to drain', 300_000, 50);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      await sleep(500);
      process.send?.({ id: m.id, result: { ...settledMemory(), peakRss: peak, seconds: (Date.now() - t0) / 1000 } });
    } else if (m.cmd === 'stop') {
      await service.stop();
      process.send?.({ id: m.id, result: true });
      process.exit(0);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
