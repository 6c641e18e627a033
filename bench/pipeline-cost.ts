/**
 * Section 1 — pipeline cost per item. A corpus of varied EN/ES feed items (relevant and not) goes through
 * every stage in turn; each stage's time per item is compared with the XML parse of the same items,
 * measured in the same run (the baseline: every item is parsed anyway, whatever happens next).
 */
import type { Redis } from 'ioredis';
import { parseFeedBody, type RawFeedItem } from '../src/feeds/parse';
import { normalizeItem } from '../src/feeds/normalize';
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { extractFigures } from '../src/figures/extract';
import { summarize } from '../src/summary/extractive';
import { StoryClusterer } from '../src/stories/cluster';
import { clearSourceFeatureCacheForBench } from '../src/stories/similarity';
import { createMemoryStores } from '../src/store/memory';
import { createRedisStores } from '../src/store/redis';
import { composeAlert } from '../src/digest/compose';
import { renderDiscord } from '../src/platforms/discord/render';
import { renderSlack } from '../src/platforms/slack/render';
import { Pipeline, type PipelineStores } from '../src/pipeline/pipeline';
import { createLogger } from '../src/log';
import type { FeedItem, Figure, Story } from '../src/model';
import { buildEntries, buildFeeds } from './lib/corpus';
import { median, nowMs, round } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import type { Cell, SectionResult } from './lib/report';

/** Issue 11: per item, all stages ÷ the XML parse, with memory and with Redis stores. */
const TARGET_MEMORY = 3;
const TARGET_REDIS = 8;

export interface PipelineCostOptions {
  items: number;
  /** Runs of the fast (pure) stages; the stateful stages (clustering, whole process) run once each. */
  repeats: number;
  redis: Redis;
}

interface StageRow {
  stage: string;
  itemsIn: number;
  /** Median total ms over the repeats. */
  ms: number;
}

/** New objects with the same content (no per-object cache of an earlier pass hits), the content-keyed feature cache emptied. */
function freshCopies(items: readonly FeedItem[], figures: ReadonlyArray<readonly Figure[]>): { items: FeedItem[]; figures: Figure[][] } {
  clearSourceFeatureCacheForBench();
  return { items: items.map((it) => ({ ...it })), figures: figures.map((f) => structuredClone(f) as Figure[]) };
}

/** Median total time of `run` over `repeats` runs, after one warm-up run (when `warm`). */
async function stageTime(
  repeats: number,
  run: () => Promise<unknown> | unknown,
  opts: { warm?: boolean; setup?: () => Promise<void> | void; teardown?: () => Promise<void> | void; cpuMs?: number[] } = {},
): Promise<number> {
  const times: number[] = [];
  if (opts.warm !== false) {
    await opts.setup?.();
    await run();
    await opts.teardown?.();
  }
  for (let r = 0; r < repeats; r++) {
    await opts.setup?.();
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    await run();
    times.push(nowMs() - t0);
    const c = process.cpuUsage(c0);
    opts.cpuMs?.push((c.user + c.system) / 1000);
    await opts.teardown?.();
  }
  return median(times);
}

export async function benchPipelineCost(opts: PipelineCostOptions): Promise<SectionResult> {
  const anchor = new Date();
  const entries = buildEntries(opts.items, anchor);
  const feeds = buildFeeds(entries);
  const bodies = feeds.map((f) => ({ feed: f, body: Buffer.from(f.xml, 'utf8') }));
  const config = loadConfig();
  const logger = createLogger({ level: 'silent' });
  const rows: StageRow[] = [];

  // 1. XML parse (baseline).
  let raws: Array<{ raw: RawFeedItem; feed: (typeof feeds)[number] }> = [];
  // CPU time of this process (process.cpuUsage) beside the wall time, for the parse and the in-process pipeline:
  // on a shared, loaded machine the steadier reading of the two.
  const parseCpuMs: number[] = [];
  const parseMs = await stageTime(opts.repeats, async () => {
    const out: typeof raws = [];
    for (const { feed, body } of bodies) {
      const r = await parseFeedBody(body, feed.contentType);
      if (!r.ok) throw new Error(`corpus feed did not parse: ${r.error}`);
      for (const raw of r.items) out.push({ raw, feed });
    }
    raws = out;
  }, { cpuMs: parseCpuMs });
  const totalItems = raws.length;
  rows.push({ stage: 'XML parse (parseFeedBody) — baseline', itemsIn: totalItems, ms: parseMs });

  // 2. normalize.
  let items: FeedItem[] = [];
  const normMs = await stageTime(opts.repeats, () => {
    const out: FeedItem[] = [];
    for (const { raw, feed } of raws) {
      const it = normalizeItem(raw, { url: feed.url, name: feed.name });
      if (it) out.push(it);
    }
    items = out;
  });
  rows.push({ stage: 'normalize (normalizeItem)', itemsIn: totalItems, ms: normMs });
  // Languages come from the corpus (a feed would declare them); attach them for the stages below.
  const langByGuid = new Map(entries.map((e) => [e.guid, e.lang]));
  items = items.map((it) => ({ ...it, lang: langByGuid.get(it.guid ?? '') }));

  // 3. relevance with the default profile.
  const t0 = nowMs();
  const profile = compileProfile(config.keywords);
  const compileMs = nowMs() - t0;
  let relevant: FeedItem[] = [];
  const relMs = await stageTime(opts.repeats, () => {
    relevant = items.filter((it) => matchText(profile, { title: it.title, summary: it.summary, content: it.content }).relevant);
  });
  rows.push({ stage: 'relevance (matchText, default profile)', itemsIn: items.length, ms: relMs });

  // 4. figures, 5. summary — on the relevant items (the pipeline runs them only there).
  let figures: Figure[][] = [];
  const figMs = await stageTime(opts.repeats, () => {
    figures = relevant.map((it) => extractFigures({ title: it.title, summary: it.summary, content: it.content }, { published: it.published, lang: it.lang }));
  });
  rows.push({ stage: 'figures (extractFigures)', itemsIn: relevant.length, ms: figMs });
  let summaries: string[] = [];
  const sumMs = await stageTime(opts.repeats, () => {
    summaries = relevant.map((it, i) => summarize({ title: it.title, summary: it.summary, content: it.content }, figures[i]!, { maxChars: config.summary.maxChars }));
  });
  rows.push({ stage: 'summary (summarize)', itemsIn: relevant.length, ms: sumMs });

  // Warm-up copies for the stateful stages (clustering, whole process): the same items with a few words added, so
  // the code is JIT-compiled as in a running worker, while no per-text cache holds any measured text.
  const warmCopy = (it: FeedItem, i: number): FeedItem => ({
    ...it,
    id: `warm-${i}-${it.id}`,
    guid: `warm-${i}-${it.guid ?? ''}`,
    title: `${it.title} (warm-up copy)`,
    summary: `${it.summary} Warm-up copy ${i}.`,
    ...(it.link ? { link: `${it.link}&warmup=${i}` } : {}),
  });
  const warmItems = items.map(warmCopy);
  const warmRelevant = relevant.map(warmCopy);

  // 6. dedup + clustering, memory stores then Redis stores (fresh stores for every repeat).
  const clusterOpts = { clusterWindowHours: config.stories.clusterWindowHours, seenTtlDays: config.stories.seenTtlDays, now: () => anchor };
  let stories: Story[] = [];
  let memStores: PipelineStores = createMemoryStores();
  // Each measured run reads new item and figure objects (same content) with the content-keyed source-text
  // feature cache emptied, so no per-item cache filled by an earlier stage or run hits.
  let fresh = freshCopies(relevant, figures);
  {
    const c = new StoryClusterer({ seen: memStores.seen, stories: memStores.stories, ...clusterOpts });
    for (let i = 0; i < warmRelevant.length; i++) await c.add(warmRelevant[i]!, figures[i]!, summaries[i]!);
  }
  const clusterMemMs = await stageTime(
    1,
    async () => {
      const c = new StoryClusterer({ seen: memStores.seen, stories: memStores.stories, ...clusterOpts });
      const out: Story[] = [];
      for (let i = 0; i < relevant.length; i++) {
        const r = await c.add(fresh.items[i]!, fresh.figures[i]!, summaries[i]!);
        if (r.kind === 'new') out.push(r.story);
      }
      stories = out;
    },
    { setup: () => void ((memStores = createMemoryStores()), (fresh = freshCopies(relevant, figures))), warm: false },
  );
  rows.push({ stage: 'dedup + clustering (memory stores)', itemsIn: relevant.length, ms: clusterMemMs });

  let prefix = benchPrefix('cost');
  const clusterRedisMs = await stageTime(
    1,
    async () => {
      const st = createRedisStores(opts.redis, prefix, { seenTtlDays: clusterOpts.seenTtlDays, clusterWindowHours: clusterOpts.clusterWindowHours });
      const c = new StoryClusterer({ seen: st.seen, stories: st.stories, ...clusterOpts });
      for (let i = 0; i < relevant.length; i++) await c.add(fresh.items[i]!, fresh.figures[i]!, summaries[i]!);
    },
    { setup: () => void ((prefix = benchPrefix('cost')), (fresh = freshCopies(relevant, figures))), teardown: () => deletePrefix(opts.redis, prefix), warm: false },
  );
  rows.push({ stage: 'dedup + clustering (Redis stores)', itemsIn: relevant.length, ms: clusterRedisMs });

  // 7. rendering of an alert for each new story.
  const alerts = stories.map((s) => composeAlert(s));
  const discordMs = await stageTime(opts.repeats, () => alerts.forEach((a) => renderDiscord(a)));
  rows.push({ stage: 'render alert (renderDiscord)', itemsIn: alerts.length, ms: discordMs });
  const slackMs = await stageTime(opts.repeats, () => alerts.forEach((a) => renderSlack(a)));
  rows.push({ stage: 'render alert (renderSlack)', itemsIn: alerts.length, ms: slackMs });

  // 8. the whole Pipeline.process (relevance → figures → summary → cluster → figure store), every item: memory
  // stores, then Redis stores, each after a warm-up pass over the warm-up copies on stores of its own.
  const noFeedsConfig = { ...config, feeds: [] };
  {
    const p = new Pipeline(noFeedsConfig, createMemoryStores(), logger, 'service', () => anchor);
    for (const it of warmItems) await p.process(it);
  }
  const processMemCpuMs: number[] = [];
  // A pipeline compiles its keyword profiles once (then every CONFIG_REFRESH_MS when they change), not per
  // item: the measured pipeline is built and its profiles compiled before the clock starts.
  let pipeline = new Pipeline(noFeedsConfig, createMemoryStores(), logger, 'service', () => anchor);
  let freshItems = items;
  const processMemMs = await stageTime(
    1,
    async () => {
      for (const it of freshItems) await pipeline.process(it);
    },
    {
      setup: async () => {
        pipeline = new Pipeline(noFeedsConfig, createMemoryStores(), logger, 'service', () => anchor);
        await pipeline.profiles();
        freshItems = freshCopies(items, []).items;
      },
      warm: false,
      cpuMs: processMemCpuMs,
    },
  );
  rows.push({ stage: 'Pipeline.process, all items (memory stores)', itemsIn: items.length, ms: processMemMs });
  {
    const warmPrefix = benchPrefix('cost-warm');
    const p = new Pipeline(noFeedsConfig, createRedisStores(opts.redis, warmPrefix, clusterOpts), logger, 'service', () => anchor);
    for (const it of warmItems) await p.process(it);
    await deletePrefix(opts.redis, warmPrefix);
  }
  const processRedisMs = await stageTime(
    1,
    async () => {
      for (const it of freshItems) await pipeline.process(it);
    },
    {
      setup: async () => {
        prefix = benchPrefix('cost');
        pipeline = new Pipeline(noFeedsConfig, createRedisStores(opts.redis, prefix, clusterOpts), logger, 'service', () => anchor);
        await pipeline.profiles();
        freshItems = freshCopies(items, []).items;
      },
      teardown: () => deletePrefix(opts.redis, prefix),
      warm: false,
    },
  );
  rows.push({ stage: 'Pipeline.process, all items (Redis stores)', itemsIn: items.length, ms: processRedisMs });

  const parsePerItem = (parseMs * 1000) / totalItems;
  const table: Cell[][] = rows.map((r) => {
    const perItem = (r.ms * 1000) / Math.max(1, r.itemsIn);
    return [r.stage, r.itemsIn, round(r.ms, 1), round(perItem, 1), round(perItem / parsePerItem, 2), round((r.ms * 1000) / totalItems, 1)];
  });
  const pipelineRedisPerItem = (processRedisMs * 1000) / items.length;
  const pipelineMemPerItem = (processMemMs * 1000) / items.length;
  const memRatio = pipelineMemPerItem / parsePerItem;
  const redisRatio = pipelineRedisPerItem / parsePerItem;
  const parseCpuPerItem = (median(parseCpuMs) * 1000) / totalItems;
  const processMemCpuPerItem = (median(processMemCpuMs) * 1000) / items.length;
  const clusterRatio = (clusterMemMs * 1000) / Math.max(1, relevant.length) / parsePerItem;
  const limits = [
    `Dedup + clustering is the costliest stage (${round(clusterRatio, 0)}× the XML parse per relevant item with memory stores): each item's up to 40 candidate stories pass a sound pre-filter (SimHash bits, lead/title overlap, shared names, numbers and figures, event days: src/stories/prefilter.ts) and only the few left are compared source by source (features cached per source text, an item's own derived from its features); with Redis stores the clustering step costs 2 round trips (one lookup script that takes the story lock, checks seen and returns the candidates and their texts — a story this process holds at its current version comes back as its version only —, and one put script that also marks the item seen and releases the lock), and a relevant item in Pipeline.process 3 (the pipeline's seen check, the lookup script, and a put script that also records the item's figures; the worker path marks seen after its alerts are queued).`,
  ];
  return {
    id: 'pipeline',
    title: '1. Pipeline cost per item',
    tables: [
      {
        headers: ['stage', 'items in', 'total ms (median)', 'µs / item in', '× XML parse / item', 'µs per feed item'],
        rows: table,
      },
    ],
    verdicts: [
      { figure: 'per item, all stages (Pipeline.process), memory stores, ÷ XML parse', value: `${round(memRatio, 1)}×`, target: `≤ ${TARGET_MEMORY}×`, ok: memRatio <= TARGET_MEMORY },
      { figure: 'per item, all stages (Pipeline.process), Redis stores, ÷ XML parse', value: `${round(redisRatio, 1)}×`, target: `≤ ${TARGET_REDIS}×`, ok: redisRatio <= TARGET_REDIS },
    ],
    notes: [
      `Corpus: ${totalItems} items in ${feeds.length} feeds (RSS 2.0 and Atom, 20 items each, HTML descriptions) built from eval/data; ${relevant.length} relevant under the default profile (${round((100 * relevant.length) / items.length, 0)} %), ${stories.length} distinct stories.`,
      `Pure stages: median of ${opts.repeats} runs after a warm-up run. Clustering and Pipeline.process: one run each on fresh stores (fresh Redis keys), after a warm-up pass on stores of their own over warm-up copies of the items (a few words added to title and summary, other ids and links): the code runs JIT-compiled, as in a worker that has been up for a while, and no per-text feature cache holds a measured text (each measured run reads new item and figure objects, the content-keyed feature cache emptied; the measured pipeline compiles its keyword profiles before the clock starts, as a running worker has). "µs per feed item" spreads a stage's total over every parsed item: the cost per polled item.`,
      `Compiling the default profile takes ${round(compileMs, 1)} ms once (cached by Pipeline.profiles()).`,
      ...limits,
      `CPU time of the bench process (process.cpuUsage, all its threads: V8's concurrent GC included, so it can exceed the wall time): XML parse ${round(parseCpuPerItem, 1)} µs per item, Pipeline.process with memory stores ${round(processMemCpuPerItem, 0)} µs per item, ${round(processMemCpuPerItem / parseCpuPerItem, 1)}× (wall-clock ratio above: ${round(memRatio, 1)}×); on a loaded machine the CPU ratio is the steadier one.`,
      `Whole Pipeline.process: ${round(pipelineMemPerItem, 0)} µs per item with memory stores (${round(memRatio, 1)}× the XML parse), ${round(pipelineRedisPerItem, 0)} µs with Redis stores (${round(redisRatio, 1)}×); subscriptions and admin edits are re-read at most every 2 s (Pipeline.CONFIG_REFRESH_MS).`,
    ],
  };
}
