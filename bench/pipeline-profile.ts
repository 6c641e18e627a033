/**
 * A small driver over the pipeline bench corpus (bench/pipeline-cost.ts), for CPU profiles and A/B runs of
 * the pipeline's per-item cost: `node -r @swc-node/register [--cpu-prof] bench/pipeline-profile.ts [items] [passes]`.
 * Prints one JSON line: CPU µs per item (process.cpuUsage) of Pipeline.process with memory stores, and of
 * dedup + clustering (StoryClusterer.add) alone on the relevant items, each after a warm-up pass.
 * Each measured pass reads fresh copies of the items and figures (new objects, same content) with the
 * content-keyed source-text cache emptied, so no per-item cache (keyed by object or by a text's content)
 * carries over from an earlier pass: every item is read as new, as in a live run.
 */
import { parseFeedBody } from '../src/feeds/parse';
import { normalizeItem } from '../src/feeds/normalize';
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { extractFigures } from '../src/figures/extract';
import { summarize } from '../src/summary/extractive';
import { StoryClusterer } from '../src/stories/cluster';
import { clearSourceFeatureCacheForBench } from '../src/stories/similarity';
import { createMemoryStores } from '../src/store/memory';
import { Pipeline } from '../src/pipeline/pipeline';
import { createLogger } from '../src/log';
import type { FeedItem } from '../src/model';
import { buildEntries, buildFeeds } from './lib/corpus';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

/** PROFILE=file: a CPU profile of the measured passes only (not the set-up and warm-up ones). */
const session = process.env.PROFILE ? new Session() : undefined;
function post(method: string, params?: object): Promise<any> {
  return new Promise((resolve, reject) => session!.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
}
async function profiling<T>(fn: () => Promise<T>): Promise<T> {
  if (!session) return fn();
  await post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await post('Profiler.stop');
    const prev = (globalThis as any).__profiles ?? [];
    prev.push(profile);
    (globalThis as any).__profiles = prev;
  }
}

async function main(): Promise<void> {
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
  }
  const n = Number(process.argv[2] ?? 1500);
  const passes = Number(process.argv[3] ?? 1);
  const anchor = new Date('2026-11-20T12:00:00Z');
  const entries = buildEntries(n, anchor);
  const feeds = buildFeeds(entries);
  const config = loadConfig();
  const logger = createLogger({ level: 'silent' });
  const langByGuid = new Map(entries.map((e) => [e.guid, e.lang]));
  const items: FeedItem[] = [];
  for (const f of feeds) {
    const r = await parseFeedBody(Buffer.from(f.xml, 'utf8'), f.contentType);
    if (!r.ok) throw new Error(r.error);
    for (const raw of r.items) {
      const it = normalizeItem(raw, { url: f.url, name: f.name });
      if (it) items.push({ ...it, lang: langByGuid.get(it.guid ?? '') });
    }
  }
  const warmCopy = (it: FeedItem, i: number, p: number): FeedItem => ({
    ...it,
    id: `warm${p}-${i}-${it.id}`,
    guid: `warm${p}-${i}-${it.guid ?? ''}`,
    title: `${it.title} (warm-up copy ${p})`,
    summary: `${it.summary} Warm-up copy ${i} ${p}.`,
    ...(it.link ? { link: `${it.link}&warmup=${i}-${p}` } : {}),
  });
  const profile = compileProfile(config.keywords);
  const relevant = items.filter((it) => matchText(profile, { title: it.title, summary: it.summary, content: it.content }).relevant);
  const figures = relevant.map((it) => extractFigures({ title: it.title, summary: it.summary, content: it.content }, { published: it.published, lang: it.lang }));
  const summaries = relevant.map((it, i) => summarize({ title: it.title, summary: it.summary, content: it.content }, figures[i]!, { maxChars: config.summary.maxChars }));
  const clusterOpts = { clusterWindowHours: config.stories.clusterWindowHours, seenTtlDays: config.stories.seenTtlDays, now: () => anchor };
  const noFeedsConfig = { ...config, feeds: [] };
  const cpu = (): number => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const only = process.env.ONLY;
  const out: Record<string, number[]> = { pipeline: [], cluster: [] };
  for (let p = 0; p < passes; p++) {
    // TOGGLE=1|2: passes alternate globalThis.__AB_OLD (odd or even passes), for A/B runs in one process of a change
    // that (temporarily, while measured) reads it to take its old path.
    if (process.env.TOGGLE) (globalThis as any).__AB_OLD = p % 2 === Number(process.env.TOGGLE) % 2;
    if (only !== 'pipeline') {
      {
        const st = createMemoryStores();
        const c = new StoryClusterer({ seen: st.seen, stories: st.stories, ...clusterOpts });
        for (let i = 0; i < relevant.length; i++) await c.add(warmCopy(relevant[i]!, i, p), figures[i]!, summaries[i]!);
      }
      const st = createMemoryStores();
      const c = new StoryClusterer({ seen: st.seen, stories: st.stories, ...clusterOpts });
      const fresh = relevant.map((it) => ({ ...it }));
      const freshFigures = figures.map((f) => structuredClone(f));
      clearSourceFeatureCacheForBench();
      const c0 = cpu();
      await profiling(async () => {
        for (let i = 0; i < fresh.length; i++) await c.add(fresh[i]!, freshFigures[i]!, summaries[i]!);
      });
      out.cluster!.push((cpu() - c0) / relevant.length);
    }
    if (only !== 'cluster') {
      {
        const pl = new Pipeline(noFeedsConfig, createMemoryStores(), logger, 'service', () => anchor);
        for (let i = 0; i < items.length; i++) await pl.process(warmCopy(items[i]!, i, p + 100));
      }
      const pl = new Pipeline(noFeedsConfig, createMemoryStores(), logger, 'service', () => anchor);
      // A pipeline compiles its keyword profiles once (then every CONFIG_REFRESH_MS when they change): not per item.
      await pl.profiles();
      const fresh = items.map((it) => ({ ...it }));
      clearSourceFeatureCacheForBench();
      const c0 = cpu();
      await profiling(async () => {
        for (const it of fresh) await pl.process(it);
      });
      out.pipeline!.push((cpu() - c0) / items.length);
    }
  }
  if (session) {
    // One profile of all measured passes: the passes' nodes and samples side by side (node ids made distinct).
    const ps = (globalThis as any).__profiles as any[];
    const merged = { nodes: [] as any[], startTime: 0, endTime: 0, samples: [] as number[], timeDeltas: [] as number[] };
    ps.forEach((p, k) => {
      const off = k * 1e7;
      for (const nd of p.nodes) merged.nodes.push({ ...nd, id: nd.id + off, children: (nd.children ?? []).map((c: number) => c + off) });
      merged.samples.push(...p.samples.map((x: number) => x + off));
      merged.timeDeltas.push(...p.timeDeltas);
    });
    merged.endTime = merged.timeDeltas.reduce((a, b) => a + b, 0);
    writeFileSync(process.env.PROFILE!, JSON.stringify(merged));
  }
  console.log(JSON.stringify({ items: items.length, relevant: relevant.length, clusterUsPerRelevant: out.cluster!.map((x) => Math.round(x)), pipelineUsPerItem: out.pipeline!.map((x) => Math.round(x)) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
