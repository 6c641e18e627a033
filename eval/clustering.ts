/**
 * Same-story clustering eval: feeds the labelled items of each data file, in order, through a fresh
 * StoryClusterer with memory stores, and reports pairwise precision/recall of "same story", the
 * must-merge groups fully merged, the look-alike pairs kept apart, the wire copies listed as sources
 * (never "new"), and every failure — per split. eval/data/clustering.json holds the tuning splits
 * ("tuning", and "holdout": held out until issue 10, tuned on since); eval/data/clustering-holdout2.json
 * the split "holdout2" (written for issue 10 before any change, held out for one session, tuned on since:
 * "spent" once); eval/data/clustering-holdout3.json the split "holdout3" (written without running the
 * clusterer, held out for one session, tuned on since); eval/data/clustering-holdout4.json the split
 * "holdout4" (held out for one round, measured twice, tuned on since); eval/data/clustering-holdout5.json
 * the split "holdout5" (held out for one round, measured twice, tuned on since);
 * eval/data/clustering-holdout6.json the split "holdout6" (round f: held out for one round, measured at first and
 * after merges, tuned on since); eval/data/clustering-holdout7.json the split "holdout7" (round g: the same);
 * eval/data/clustering-holdout8.json the split "holdout8" (round h: the same);
 * eval/data/clustering-holdout9.json the split "holdout9" (round i: the same);
 * eval/data/clustering-holdout10.json the split "holdout10" (round j: the same, its totals read twice: "spent");
 * eval/data/clustering-holdout11.json the held-out split "holdout11" (round k, read when present); eval/data/clustering-tune2.json fresh tuning items ("tune2", written from the text alone by
 * someone who had not read the clusterer). Each file runs through a clusterer of its own. A held-out split prints only its totals unless EVAL_SHOW_HELDOUT=1.
 * An item's story is the one it is in at the end of the run (stories the clusterer folded into another, when
 * an item told the same event as both, count as that one).
 * `apartKeptByContentOnly` compares the two texts with no dates and no window (content alone).
 * Figures come from src/figures/extract.ts when it exists, else from the labels in the data.
 */
import { heldOutHidden } from './held-out';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedItem, Figure, Lang } from '../src/model';
import { MemorySeenStore } from '../src/store/memory/seen-store';
import { MemoryStoryStore } from '../src/store/memory/story-store';
import { StoryClusterer } from '../src/stories/cluster';
import { dedupKeys } from '../src/stories/fingerprint';
import { compareTexts, textFeatures } from '../src/stories/similarity';

/** The held-out file (EVAL_HIDE_HELDOUT=1 leaves it unread). */
const HELD_OUT_FILE = 'clustering-holdout11.json';

export interface LabelledItem {
  id: string;
  story: string;
  /** "tuning"/"holdout" (clustering.json), "holdout2"…"holdout10" (tuned on), "tune2", or "holdout11" (held out). Default tuning. */
  split?: 'tuning' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4' | 'holdout5' | 'holdout6' | 'holdout7' | 'holdout8' | 'holdout9' | 'holdout10' | 'holdout11' | 'tune2';
  /** A second outlet's copy of another item (same title and text, another URL): must join its story's sources. */
  wireCopy?: boolean;
  feedName: string;
  feedUrl: string;
  guid?: string;
  link?: string;
  published?: string;
  lang?: Lang;
  title: string;
  summary: string;
  figures?: Array<Pick<Figure, 'metric' | 'value' | 'period' | 'qualifier'>>;
}

export interface DataSet {
  items: LabelledItem[];
  apart: Array<[string, string, string]>;
}

type Extract = (input: { title?: string; summary?: string }, opts?: { published?: string; lang?: Lang }) => Figure[];

export function loadExtractor(): Extract | undefined {
  const file = path.join(__dirname, '..', 'src', 'figures', 'extract.ts');
  if (!existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('../src/figures/extract') as { extractFigures?: Extract };
  return mod.extractFigures;
}

function labelledFigures(item: LabelledItem): Figure[] {
  return (item.figures ?? []).map((f) => ({
    value: f.value,
    text: String(f.value),
    sentence: item.summary,
    qualifier: f.qualifier ?? null,
    per: null,
    metric: f.metric,
    scope: null,
    period: f.period ?? null,
    source: null,
    unit: null,
  }));
}

function toFeedItem(x: LabelledItem): FeedItem {
  return {
    id: x.guid ?? x.link ?? x.id,
    guid: x.guid,
    title: x.title,
    link: x.link,
    published: x.published,
    summary: x.summary,
    feedUrl: x.feedUrl,
    feedName: x.feedName,
    lang: x.lang,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

interface SplitScore {
  metrics: Record<string, number>;
  splitGroups: string[];
  wrongMerges: string[];
  apartFailures: string[];
}

/** Pairwise P/R/F1, groups fully merged and look-alike pairs kept apart, over one set of items. */
export function scoreSplit(
  items: LabelledItem[],
  apart: Array<[string, string, string]>,
  assigned: Map<string, string>,
  figuresOf: (id: string) => Figure[],
  byId: Map<string, LabelledItem>,
  wireListed: (x: LabelledItem) => boolean,
): SplitScore {
  let tp = 0, fp = 0, fn = 0;
  const wrongMerges: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const truth = items[i].story === items[j].story;
      const pred = assigned.get(items[i].id) === assigned.get(items[j].id);
      if (truth && pred) tp++;
      else if (!truth && pred) { fp++; wrongMerges.push(`${items[i].id} + ${items[j].id}`); }
      else if (truth && !pred) fn++;
    }
  }
  const groups = new Map<string, LabelledItem[]>();
  for (const x of items) groups.set(x.story, [...(groups.get(x.story) ?? []), x]);
  const multi = [...groups.entries()].filter(([, g]) => g.length > 1);
  const splitGroups: string[] = [];
  for (const [label, g] of multi) {
    const parts = new Map<string, string[]>();
    for (const x of g) parts.set(assigned.get(x.id)!, [...(parts.get(assigned.get(x.id)!) ?? []), x.id]);
    if (parts.size > 1) splitGroups.push(`${label}: ${[...parts.values()].map((p) => `[${p.join(', ')}]`).join(' ')}`);
  }
  const apartFailures: string[] = [];
  let contentApart = 0;
  for (const [a, b, why] of apart) {
    if (assigned.get(a) === assigned.get(b)) apartFailures.push(`${a} + ${b} (${why})`);
    const xa = byId.get(a)!;
    const xb = byId.get(b)!;
    const p = compareTexts(textFeatures(xa.title, xa.summary, figuresOf(a)), textFeatures(xb.title, xb.summary, figuresOf(b)));
    if (!p.same) contentApart++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const wires = items.filter((x) => x.wireCopy);
  const wireFailures = wires.filter((x) => !wireListed(x)).map((x) => x.id);
  return {
    metrics: {
      stories: groups.size,
      pairPrecision: precision,
      pairRecall: recall,
      pairF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      groupsFullyMerged: ratio(multi.length - splitGroups.length, multi.length),
      apartKept: ratio(apart.length - apartFailures.length, apart.length),
      apartKeptByContentOnly: ratio(contentApart, apart.length),
      ...(wires.length ? { wireCopiesListed: ratio(wires.length - wireFailures.length, wires.length) } : {}),
    },
    splitGroups,
    wrongMerges,
    apartFailures: [...apartFailures, ...wireFailures.map((id) => `${id}: wire copy not listed among its story's sources (or reported as new)`)],
  };
}

interface Run {
  data: DataSet;
  assigned: Map<string, string>;
  figuresOf: Map<string, Figure[]>;
  kindOf: Map<string, string>;
  wireOk: Map<string, boolean>;
  kinds: Record<string, number>;
}

/** One clusterer run over one data file's items, in file order. */
export async function runFile(file: string, extract: Extract | undefined): Promise<Run> {
  const data = JSON.parse(readFileSync(path.join(__dirname, 'data', file), 'utf8')) as DataSet;
  let clock = Date.parse(data.items[0]?.published ?? '2024-01-01T00:00:00Z');
  const seen = new MemorySeenStore(() => clock);
  const stories = new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now: () => clock });
  const clusterer = new StoryClusterer({ seen, stories, clusterWindowHours: 72, seenTtlDays: 30, now: () => new Date(clock) });

  const assigned = new Map<string, string>();
  const keyToStory = new Map<string, string>();
  const figuresOf = new Map<string, Figure[]>();
  const kindOf = new Map<string, string>();
  const wireOk = new Map<string, boolean>();
  const kinds: Record<string, number> = { new: 0, merged: 0, duplicate: 0 };
  const foldedInto = new Map<string, string>();
  for (const x of data.items) {
    // Each item arrives a few minutes after it was published (the set spans several years).
    if (x.published) clock = Date.parse(x.published) + 10 * 60_000;
    const item = toFeedItem(x);
    const figures = extract ? extract({ title: x.title, summary: x.summary }, { published: x.published, lang: x.lang }) : labelledFigures(x);
    figuresOf.set(x.id, figures);
    const res = await clusterer.add(item, figures, x.summary);
    // Stories the item showed to be one with its own were folded into it: their items are its items now.
    if (res.kind === 'merged') for (const gone of res.absorbed ?? []) foldedInto.set(gone, res.story.id);
    kinds[res.kind]++;
    kindOf.set(x.id, res.kind);
    // A wire copy must join its story as a listed source (checked when it arrives: stories of a set that
    // spans years expire from the memory store before the end of the run).
    if (x.wireCopy) wireOk.set(x.id, res.kind === 'merged' && res.story.sources.some((s) => s.url === (x.link ?? x.guid ?? x.id)));
    const keys = dedupKeys(item);
    const storyId = res.kind === 'duplicate' ? keys.map((k) => keyToStory.get(k)).find(Boolean) ?? `unknown-duplicate:${x.id}` : res.story.id;
    for (const k of keys) if (!keyToStory.has(k)) keyToStory.set(k, storyId);
    assigned.set(x.id, storyId);
  }
  // Each item's story at the end of the run (a story folded into another, perhaps folded again).
  for (const [id, story] of assigned) {
    let s = story;
    for (let hops = 0; foldedInto.has(s) && hops < 1000; hops++) s = foldedInto.get(s)!;
    assigned.set(id, s);
  }
  return { data, assigned, figuresOf, kindOf, wireOk, kinds };
}

export default async function evalClustering(): Promise<{ name: string; metrics: Record<string, number> }> {
  const extract = loadExtractor();
  const showHeldOut = process.env.EVAL_SHOW_HELDOUT === '1';
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
  const metrics: Record<string, number> = { figuresExtracted: extract ? 1 : 0 };
  const files: Array<[string, string[]]> = [
    ['clustering.json', ['tuning', 'holdout']],
    ['clustering-tune2.json', ['tune2']],
    ['clustering-holdout2.json', ['holdout2']],
    ['clustering-holdout3.json', ['holdout3']],
    ['clustering-holdout4.json', ['holdout4']],
    ['clustering-holdout5.json', ['holdout5']],
    ['clustering-holdout6.json', ['holdout6']],
    ['clustering-holdout7.json', ['holdout7']],
    ['clustering-holdout8.json', ['holdout8']],
    ['clustering-holdout9.json', ['holdout9']],
    ['clustering-holdout10.json', ['holdout10']],
    [HELD_OUT_FILE, ['holdout11']],
  ].filter(([file]) => !(heldOutHidden() && file === HELD_OUT_FILE) && existsSync(path.join(__dirname, 'data', file as string))) as Array<[string, string[]]>;
  for (const [file, splitNames] of files) {
    const run = await runFile(file, extract);
    const { data, assigned } = run;
    const wireListed = (x: LabelledItem): boolean => run.wireOk.get(x.id) === true;
    const byId = new Map(data.items.map((x) => [x.id, x]));
    const splits: Array<[string, LabelledItem[]]> = splitNames.map((n) => [n, data.items.filter((x) => (x.split ?? 'tuning') === n)]);
    if (splitNames.length > 1) splits.push(['overall', data.items]);
    console.log(`\nclustering ${file} (${data.items.length} items, figures from ${extract ? 'extractFigures' : 'labels'}; one run over its items in file order; new ${run.kinds.new}, merged ${run.kinds.merged}, duplicate ${run.kinds.duplicate})`);
    for (const [name, items] of splits) {
      const ids = new Set(items.map((x) => x.id));
      const apart = data.apart.filter(([a, b]) => ids.has(a) && ids.has(b));
      const r = scoreSplit(items, apart, assigned, (id) => run.figuresOf.get(id)!, byId, wireListed);
      const prefix = name === 'overall' ? '' : `${name}.`;
      for (const [k, v] of Object.entries(r.metrics)) metrics[`${prefix}${k}`] = v;
      const heldOut = name === 'holdout11';
      console.log(`  [${name}]${heldOut ? ' (held out)' : ''} ${items.length} items, ${r.metrics.stories} labelled stories`);
      for (const [k, v] of Object.entries(r.metrics)) if (k !== 'stories') console.log(`    ${k.padEnd(24)} ${fmt(v)}`);
      if (heldOut && !showHeldOut) {
        console.log(`    failures: ${r.splitGroups.length} groups split, ${r.wrongMerges.length} pairs wrongly merged, ${r.apartFailures.length} apart/wire failures (held out: not listed; EVAL_SHOW_HELDOUT=1 lists them)`);
        continue;
      }
      if (name === 'overall') {
        const cross = r.wrongMerges.filter((w) => !splits.slice(0, -1).some(([, s]) => w.split(' + ').every((id) => s.some((x) => x.id === id))));
        if (cross.length) console.log(`    pairs wrongly merged across splits:\n      ${cross.join('\n      ')}`);
        continue;
      }
      if (r.splitGroups.length) console.log(`    must-merge groups split:\n      ${r.splitGroups.join('\n      ')}`);
      if (r.wrongMerges.length) console.log(`    pairs wrongly merged:\n      ${r.wrongMerges.join('\n      ')}`);
      if (r.apartFailures.length) console.log(`    must-stay-apart pairs merged / wire copies not listed:\n      ${r.apartFailures.join('\n      ')}`);
    }
  }
  return { name: 'clustering', metrics };
}

if (require.main === module) {
  evalClustering().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
