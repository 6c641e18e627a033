/**
 * Child process of the official-ingest benchmark: fetches one generated CBP AOR file from the parent's local
 * server and ingests it, sampling RSS every 20 ms. BENCH_MODE=stream is the real path (fetchDataset: guarded
 * streaming fetch → csv-parse → aggregates); BENCH_MODE=buffer is the baseline (the whole body buffered by
 * fetchFeed first, then the same parser). ← { ready, rss } at start; → { cmd: 'run' } answers
 * { rows, seconds, peakRss, startRss, heapAfterGc, latestPeriod }; → { cmd: 'stop' }.
 * Env: BENCH_URL, BENCH_MODE.
 */
import { Readable } from 'node:stream';
import { fetchFeed } from '../src/feeds/fetch';
import { adapterFor } from '../src/official/adapters';
import { fetchDataset } from '../src/official/fetch-dataset';
import { ingestCsv } from '../src/official/ingest';

const gc = (globalThis as { gc?: () => void }).gc;
const fetchOpts = { timeoutMs: 600_000, maxBytes: 1024 * 1024 * 1024, maxRedirects: 0, userAgent: 'borderwatch-bench', allowPrivateHosts: ['127.0.0.1'] };

async function run(): Promise<Record<string, unknown>> {
  gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = process.hrtime.bigint();
  const url = process.env.BENCH_URL!;
  let rows = 0;
  let latestPeriod = '';
  let kept: unknown;
  try {
    if (process.env.BENCH_MODE === 'buffer') {
      const res = await fetchFeed(url, fetchOpts);
      if (!res.ok || res.notModified) throw new Error(res.ok ? 'not modified' : res.error);
      const r = await ingestCsv(Readable.from([res.body]), adapterFor('cbp-encounters'), url);
      if (!r.ok) throw new Error(r.error);
      rows = r.aggregator.rows;
      kept = r.aggregator.toRelease({ dataset: 'b', type: 'cbp-encounters', url, releasedAt: '', fetchedAt: '', coversNationwide: true, notes: [] });
      latestPeriod = (kept as { latestPeriod: string }).latestPeriod;
    } else {
      const r = await fetchDataset({ id: 'bench', type: 'cbp-encounters', url }, { fetch: fetchOpts });
      if (r.status !== 'ok') throw new Error(r.status === 'error' ? r.error : r.status);
      rows = r.release.rows;
      latestPeriod = r.release.latestPeriod;
      kept = r.release;
    }
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // What the ingest keeps: the heap after a full GC with the aggregates (the release) still referenced.
  gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed;
  return { rows, seconds, peakRss: peak, startRss, heapAfterGc, latestPeriod, keptCells: (kept as { cells?: unknown[] })?.cells?.length ?? 0 };
}

setTimeout(() => {
  gc?.();
  process.send?.({ ready: true, rss: process.memoryUsage().rss });
  process.on('message', (msg: { id: number; cmd: string }) => {
    if (msg.cmd === 'stop') {
      process.send?.({ id: msg.id, result: true });
      process.exit(0);
    }
    if (msg.cmd === 'run') {
      run().then(
        (result) => process.send?.({ id: msg.id, result }),
        (e: Error) => process.send?.({ id: msg.id, result: { error: e.message } }),
      );
    }
  });
}, 300);
