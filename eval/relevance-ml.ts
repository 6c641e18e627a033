/**
 * Experiment: does a small learned classifier (src/relevance/beat-model.ts) generalise better than the
 * hand-written default profile, alone or combined with it? Reads ONLY the tuning files
 * (eval/data/relevance.jsonl, eval/data/relevance-holdout4.jsonl); never the held-out holdout5 file.
 *
 *   node -r @swc-node/register eval/relevance-ml.ts
 *
 * Groups: items are grouped by the batch they were written in (the id prefix: the first set, the first
 * held-out split `ho`, `h2`, `h3`, the issue-10 tuning items `t10`/`t11`, `h4`; and, read by
 * eval/relevance-cv.ts only, `t2` (tune2) and `h5` (holdout5)). Leave-one-batch-out CV
 * keeps near-duplicates (a story and its trap twin are written in the same batch) on one side.
 * A second CV: 5 folds over clusters of near-duplicate items (feature Jaccard ≥ 0.4), any batch.
 *
 * The current rules were fitted on every item here, so their score on these files is biased (1.000).
 * An honest rules estimate is the profile as committed BEFORE a batch was tuned on, scored on that
 * batch: `git show <commit>:config/default.yaml`. The hybrids are scored the same way.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText, type Profile } from '../src/relevance';
import { beatFeatures, beatScore, type BeatModel } from '../src/relevance/beat-model';
import { trainLogistic, trainNaiveBayes, type TrainingItem } from './beat-training';
import { DATA_PATH, OLD_SPENT_PATH, loadLabelledSet, type LabelledItem } from './relevance';
import { L2 } from './train-beat-model';

const ROOT = path.resolve(__dirname, '..');

export function batchOf(item: LabelledItem): string {
  const id = item.id;
  if (id.startsWith('h8-')) return 'h8';
  if (id.startsWith('h7-')) return 'h7';
  if (id.startsWith('h6-')) return 'h6';
  if (id.startsWith('h5-')) return 'h5';
  if (id.startsWith('h4-')) return 'h4';
  if (id.startsWith('t2-')) return 't2';
  if (id.startsWith('h3-')) return 'h3';
  if (id.startsWith('h2-')) return 'h2';
  if (id.startsWith('ho-')) return 'ho';
  if (id.startsWith('t10-') || id.startsWith('t11-')) return 't1x';
  return 'first';
}

interface Tally { tp: number; fp: number; tn: number; fn: number }
export function tally(items: readonly LabelledItem[], pred: (i: LabelledItem) => boolean): Tally {
  const t = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const i of items) {
    const p = pred(i);
    if (p && i.relevant) t.tp++;
    else if (p) t.fp++;
    else if (i.relevant) t.fn++;
    else t.tn++;
  }
  return t;
}
const P = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
const R = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
const F = (t: Tally): number => (2 * P(t) * R(t)) / Math.max(1e-9, P(t) + R(t));
export const fmt = (t: Tally): string => `P ${P(t).toFixed(3)} R ${R(t).toFixed(3)} F1 ${F(t).toFixed(3)} (fp ${t.fp} fn ${t.fn})`;

function profileAt(commit: string): Profile {
  const text = execFileSync('git', ['show', `${commit}:config/default.yaml`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const kw = (parseYaml(text) as { keywords: { rules: Array<{ name: string; match: string }>; exclude?: string[] } }).keywords;
  return compileProfile({ rules: kw.rules, exclude: kw.exclude ?? [] } as never);
}
const rulesSay = (p: Profile) => (i: LabelledItem): boolean => matchText(p, { title: i.title, summary: i.summary }).relevant;

type Trainer = (items: readonly TrainingItem[]) => BeatModel;
const TRAINERS: Record<string, Trainer> = {
  'logreg l2=0.01': (it) => trainLogistic(it, { l2: 0.01 }),
  'logreg l2=0.003': (it) => trainLogistic(it, { l2: 0.003 }),
  'logreg l2=0.03': (it) => trainLogistic(it, { l2: 0.03 }),
  'logreg l2=0.001': (it) => trainLogistic(it, { l2: 0.001 }),
  'naive bayes a=0.5': (it) => trainNaiveBayes(it, { alpha: 0.5 }),
};
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Out-of-fold probabilities (NB log-odds squashed the same way; its thresholds are not calibrated). */
function outOfFold(items: readonly LabelledItem[], foldOf: (i: LabelledItem) => string, train: Trainer): Map<LabelledItem, number> {
  const out = new Map<LabelledItem, number>();
  for (const fold of new Set(items.map(foldOf))) {
    const model = train(items.filter((i) => foldOf(i) !== fold));
    for (const i of items) if (foldOf(i) === fold) out.set(i, sigmoid(beatScore(model, beatFeatures(i))));
  }
  return out;
}

/** Decision variants from a rules verdict and a classifier probability. */
function variants(): Array<[string, (rules: boolean, p: number) => boolean]> {
  const v: Array<[string, (rules: boolean, p: number) => boolean]> = [
    ['rules alone', (r) => r],
    ['classifier p>0.5', (_r, p) => p > 0.5],
  ];
  for (const lo of [0.05, 0.1, 0.2, 0.3]) v.push([`rules AND p>${lo}`, (r, p) => r && p > lo]);
  for (const hi of [0.8, 0.9, 0.95, 0.98]) v.push([`rules OR p>${hi}`, (r, p) => r || p > hi]);
  for (const [lo, hi] of [[0.1, 0.9], [0.2, 0.9], [0.1, 0.95], [0.2, 0.95], [0.3, 0.9]] as const)
    v.push([`(rules AND p>${lo}) OR p>${hi}`, (r, p) => (r && p > lo) || p > hi]);
  return v;
}

function report(title: string, items: readonly LabelledItem[], rules: (i: LabelledItem) => boolean, probs: Map<LabelledItem, number>): void {
  console.log(`  ${title} (${items.length} items)`);
  const r = new Map(items.map((i) => [i, rules(i)]));
  for (const [name, f] of variants()) console.log(`    ${name.padEnd(30)} ${fmt(tally(items, (i) => f(r.get(i)!, probs.get(i)!)))}`);
}

/** Clusters of near-duplicate items (feature Jaccard ≥ `min`), by union-find. */
export function nearDupClusters(items: readonly LabelledItem[], min = 0.4): Map<LabelledItem, number> {
  const feats = items.map((i) => new Set(beatFeatures(i).filter((f) => !f.startsWith('t:'))));
  const parent = items.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (let a = 0; a < items.length; a++)
    for (let b = a + 1; b < items.length; b++) {
      let inter = 0;
      for (const f of feats[a]!) if (feats[b]!.has(f)) inter++;
      if (inter / (feats[a]!.size + feats[b]!.size - inter) >= min) parent[find(a)] = find(b);
    }
  return new Map(items.map((i, k) => [i, find(k)]));
}

function main(): void {
  const tuning = loadLabelledSet(DATA_PATH);
  const spent = loadLabelledSet(OLD_SPENT_PATH);
  const all = [...tuning, ...spent];
  const current = compileProfile(loadConfig().keywords);
  const currentSays = rulesSay(current);
  console.log(`Relevance ML experiment: ${all.length} tuning items (${tuning.length} relevance.jsonl + ${spent.length} holdout4)`);
  console.log(`batches: ${[...new Set(all.map(batchOf))].map((b) => `${b} ${all.filter((i) => batchOf(i) === b).length}`).join(', ')}`);

  const clusters = nearDupClusters(all);
  const clusterIds = [...new Set(clusters.values())].sort((a, b) => a - b);
  const foldOfCluster = new Map(clusterIds.map((c, k) => [c, (k * 7919) % 5]));
  console.log(`near-duplicate clusters (Jaccard ≥ 0.4): ${clusterIds.length} for ${all.length} items`);

  for (const [name, train] of Object.entries(TRAINERS)) {
    console.log(`\n### ${name}`);
    console.log(' A. leave-one-batch-out CV; rules = CURRENT profile (biased: fitted on every item)');
    report('all batches', all, currentSays, outOfFold(all, batchOf, train));
    console.log(' B. 5-fold CV over near-duplicate clusters; rules = CURRENT profile (biased)');
    report('all', all, currentSays, outOfFold(all, (i) => String(foldOfCluster.get(clusters.get(i)!)), train));
    console.log(' C. train on relevance.jsonl, test on holdout4 and vice versa; rules = CURRENT (biased)');
    const fileOf = (i: LabelledItem): string => (batchOf(i) === 'h4' ? 'h4' : 'rel');
    const cross = outOfFold(all, fileOf, train);
    report('test holdout4', spent, currentSays, cross);
    report('test relevance.jsonl', tuning, currentSays, cross);
  }

  // D. Honest for the rules too: the profile as committed before a batch was tuned on, and a classifier
  // trained only on the batches that existed then.
  console.log('\n### D. historical: rules as committed before the test batch was tuned on; classifier trained on the batches written before it');
  const histories: Array<{ batch: string; commit: string; note: string; train: string[] }> = [
    { batch: 'h4', commit: '137a2d1', note: 'h4 committed, before any issue-10 change', train: ['first', 'ho', 'h2', 'h3'] },
    { batch: 'h4', commit: '0eed01a', note: 'last commit before the first holdout4-driven change (a04c353)', train: ['first', 'ho', 'h2', 'h3'] },
    { batch: 'h3', commit: 'f473df7', note: 'third-round profile, written with h3 held out', train: ['first', 'ho', 'h2'] },
    { batch: 'h2', commit: 'f32ce05', note: 'second-round profile, written with h2 held out', train: ['first', 'ho'] },
  ];
  const summary: string[] = [];
  for (const h of histories) {
    const test = all.filter((i) => batchOf(i) === h.batch);
    const trainSet = all.filter((i) => h.train.includes(batchOf(i)));
    const says = rulesSay(profileAt(h.commit));
    for (const [name, train] of Object.entries(TRAINERS)) {
      const model = train(trainSet);
      const probs = new Map(test.map((i) => [i, sigmoid(beatScore(model, beatFeatures(i)))]));
      report(`${h.batch} vs rules@${h.commit} (${h.note}); ${name} trained on ${h.train.join('+')} (${trainSet.length})`, test, says, probs);
    }
    // The shipped variant (eval/train-beat-model.ts L2; config: rule '@beat:0.9', exclusion 'NOT @beat:0.1'),
    // also on the same items with the summary dropped (title-only feeds).
    const model = trainLogistic(trainSet, { l2: L2 });
    for (const titleOnly of [false, true]) {
      const items = titleOnly ? test.map((i) => ({ ...i, summary: undefined })) : test;
      const r = items.map((i) => says(i));
      const p = items.map((i) => sigmoid(beatScore(model, beatFeatures(i))));
      const k = new Map(items.map((i, n) => [i, n]));
      const rules = tally(items, (i) => r[k.get(i)!]!);
      const hybrid = tally(items, (i) => (r[k.get(i)!]! && p[k.get(i)!]! >= 0.1) || p[k.get(i)!]! >= 0.9);
      summary.push(`  ${(h.batch + ' @' + h.commit + (titleOnly ? ' title only' : '')).padEnd(24)} rules ${fmt(rules)}  |  shipped hybrid ${fmt(hybrid)}`);
    }
  }
  console.log(`\n### E. the shipped variant: (rules AND @beat >= 0.1) OR @beat >= 0.9, logreg l2=${L2}, historical as in D`);
  console.log(summary.join('\n'));
}

if (require.main === module) main();
