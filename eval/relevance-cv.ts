/**
 * Grouped cross-validation of the beat model over EVERY labelled tuning file (relevance.jsonl, tune2, holdout4 and
 * the spent holdout5 to holdout12; never the held-out holdout13), and of the shipped profile with an out-of-fold model in it:
 *
 *   node -r @swc-node/register eval/relevance-cv.ts        # at the shipped l2
 *   node -r @swc-node/register eval/relevance-cv.ts --concept   # rel14: the beat-concept rule, honestly (see conceptExperiment)
 *   node -r @swc-node/register eval/relevance-cv.ts --l2   # an l2 sweep (CV_L2S=0.001,0.003 picks; CV_FLOOR, CV_HIGH: other thresholds)
 *   node -r @swc-node/register eval/relevance-cv.ts --yardstick [--grid] [--titles]   # rel15: the shipped formula, honestly (see yardstick)
 *   BEAT_L2=0.0003 BEAT_FEATURES='{"prefix":5}' BEAT_TITLE_COPIES=1 …   # the trainer's settings (eval/train-beat-model.ts)
 *
 * The profile's rules have now been fitted on every file (holdout5 and holdout6 too), so the rules columns
 * are biased everywhere; the model columns are out-of-fold everywhere, and part D scores each batch with the
 * rules as committed before it was tuned on.
 * The shipped profile is (rules AND @beat >= beatFloor) OR @beat >= 0.9 (rule `beat-model`); the CV
 * scores the same formula with the fold's model in place of the shipped one (without the `beat-model`
 * rule's own NOT list of tourism words, so it slightly over-counts what the model lets in).
 *
 *   A. leave-one-batch-out (batches: eval/relevance-ml.ts `batchOf`);
 *   B. 5 folds over clusters of near-duplicate items (feature Jaccard >= 0.4), any batch;
 *   C. holdout5, then holdout6: the model trained WITHOUT the set vs. trained on the other files plus 4/5
 *      of it (5 folds over near-duplicate clusters), so the gain from training on text of that set's author
 *      is measured on its items the model did not see.
 *   D. thresholds, honestly: each batch scored with the rules as committed BEFORE it was tuned on and a
 *      model trained only on the batches written before it, for a grid of (beatFloor, @beat rule) pairs.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { beatProbabilityOfText, type BeatModel } from '../src/relevance/beat-model';
import { trainLogistic } from './beat-training';
import { DATA_PATH, OLD_SPENT_PATH, SPENT6_PATH, SPENT7_PATH, SPENT8_PATH, SPENT9_PATH, SPENT10_PATH, SPENT11_PATH, SPENT12_PATH, SPENT_PATH, TUNE2_PATH, loadLabelledSet, splitOf, type LabelledItem } from './relevance';
import { batchOf, fmt, nearDupClusters, tally } from './relevance-ml';
import { FEATURES, L2, TITLE_COPIES } from './train-beat-model';


/** batchOf, with the spent holdout7 to holdout12 as batches of their own. */
const batch = (i: LabelledItem): string => (i.id.startsWith('h12-') ? 'h12' : i.id.startsWith('h11-') ? 'h11' : i.id.startsWith('h10-') ? 'h10' : i.id.startsWith('h9-') ? 'h9' : i.id.startsWith('h8-') ? 'h8' : i.id.startsWith('h7-') ? 'h7' : batchOf(i));

/**
 * The newest batches in the order they were written: the commit whose rules had not yet been tuned on the
 * batch, and the batches written before it (a model for the batch is trained on those only).
 */
const HISTORY = [
  { batch: 'h4', commit: '137a2d1', train: ['first', 'ho', 'h2', 'h3'] },
  { batch: 'h5', commit: '7f50459', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4'] },
  { batch: 'h6', commit: '6892b52', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5'] },
  { batch: 'h7', commit: '5b696dc', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6'] },
  { batch: 'h8', commit: '5247a61', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6', 'h7'] },
  // rel16: holdout9 (round g), scored with the rules of main when round h began (fdf43ea; nothing had been tuned on it).
  { batch: 'h9', commit: 'fdf43ea', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6', 'h7', 'h8'] },
  // round i: holdout10 (round h), scored with the rules of main when round i began (7d95fdb; nothing had been tuned on it).
  { batch: 'h10', commit: '7d95fdb', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9'] },
  // round j: holdout11 (round i), scored with the rules of main when round j began (17ffb3c; nothing had been tuned on it).
  { batch: 'h11', commit: '17ffb3c', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10'] },
  // round k: holdout12 (round j), scored with the rules of main when round k began (ddd4a2a; nothing had been tuned on it).
  { batch: 'h12', commit: 'ddd4a2a', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11'] },
];

type T4 = { tp: number; fp: number; tn: number; fn: number };
const plus = (a: T4, b: T4): T4 => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn });

/** The rules of config/default.yaml at a commit, without its `@beat` rules and floor. */
function rulesAt(commit: string, added: ReadonlyArray<{ name: string; match: string }> = []): ReturnType<typeof compileProfile> {
  const yaml = execFileSync('git', ['show', `${commit}:config/default.yaml`], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 26 });
  const old = (parseYaml(yaml) as { keywords: { rules: Array<{ name: string; match: string }>; exclude?: string[] } }).keywords;
  return compileProfile({ rules: [...old.rules.filter((r) => !/@beat/.test(r.match)), ...added], exclude: old.exclude ?? [], beatFloor: 0 });
}

/**
 * CV_ADD_RULES=a,b (rel16): these rules of the current config are added to every batch's old rules, so a rule written
 * from the newest batch's misses is read on the older batches as if it had existed when they were unseen (the honest
 * cross-batch test of a new keyword rule; the current config's other non-`@beat` rules stay out).
 */
function addedRules(): Array<{ name: string; match: string }> {
  const names = (process.env.CV_ADD_RULES ?? '').split(',').filter(Boolean);
  const rules = loadConfig().keywords.rules.filter((r) => names.includes(r.name) && !/@beat/.test(r.match));
  if (rules.length !== names.length) throw new Error(`CV_ADD_RULES: no such keyword rule (or an @beat rule) among ${names.join(', ')}`);
  return rules;
}

/**
 * `--yardstick`: the honest out-of-sample reading of the SHIPPED formula on the newest batches. Each batch is
 * scored with the rules as committed before it was tuned on, a model (current features, trainer and l2) trained
 * only on the batches written before it, and the current config's `@beat` rules, each split into its words (the
 * rule with `@beat:0`) and its threshold, so the formula is exactly the profile's:
 *   (old rules AND p >= beatFloor) OR (each @beat rule's words AND p >= its threshold).
 * The current config's `@beat` rules were written after h4..h7 were seen, so they are not out of sample there
 * for their words; the thresholds are. CV_FLOOR / CV_HIGH / CV_MID override beatFloor, the `beat-model` and the
 * `beat-concept` thresholds; `--grid` prints a grid of them pooled over the batches.
 */
/** `--titles`: each test batch read by its titles alone (feeds without a summary); training is unchanged. */
const TITLES_ONLY = process.argv.includes('--titles');

function yardstick(all: readonly LabelledItem[], l2 = L2): void {
  const strip = (i: LabelledItem): LabelledItem => (TITLES_ONLY ? { ...i, summary: undefined } : i);
  const kw = loadConfig().keywords;
  const beatRules = kw.rules.filter((r) => /@beat/.test(r.match)).map((r) => ({
    name: r.name,
    min: Number(/@beat:([0-9.]+)/.exec(r.match)![1]),
    words: compileProfile({ rules: [{ name: r.name, match: r.match.replace(/@beat:[0-9.]+/, '@beat:0') }], exclude: kw.exclude, beatFloor: 0 }),
  }));
  const env = (k: string, d: number): number => (process.env[k] !== undefined ? Number(process.env[k]) : d);
  const floor0 = env('CV_FLOOR', kw.beatFloor ?? 0);
  const thr0 = (name: string, d: number): number => (name === 'beat-model' ? env('CV_HIGH', d) : name === 'beat-concept' ? env('CV_MID', d) : d);
  const grid = process.argv.includes('--grid');
  const floors = grid ? [0.05, 0.1, 0.15, 0.2, 0.25, 0.3] : [floor0];
  const highs = grid ? [0.8, 0.85, 0.9, 0.95] : [thr0('beat-model', beatRules.find((b) => b.name === 'beat-model')?.min ?? 0.9)];
  const mids = grid ? [0.5, 0.6, 0.7, 0.8] : [thr0('beat-concept', beatRules.find((b) => b.name === 'beat-concept')?.min ?? 0.7)];
  console.log(`Yardstick: l2 ${l2}; features ${JSON.stringify(FEATURES ?? {})}; title copies ${TITLE_COPIES}; titles only ${TITLES_ONLY}; @beat rules ${beatRules.map((b) => `${b.name} @${b.min}`).join(', ')}; beatFloor ${kw.beatFloor}`);
  const added = addedRules();
  if (added.length) console.log(`  old rules + the current ${added.map((r) => r.name).join(', ')} (CV_ADD_RULES)`);
  const pooled = new Map<string, T4>();
  const pooledModel: T4[] = [];
  // The same pooled over every batch but the newest, so a reading is comparable with one taken before it was added.
  const pooledOlder = new Map<string, T4>();
  for (const h of HISTORY) {
    const oldRules = rulesAt(h.commit, added);
    const test = all.filter((i) => batch(i) === h.batch).map(strip);
    const model = trainLogistic(all.filter((i) => h.train.includes(batch(i))), { l2, features: FEATURES, titleCopies: TITLE_COPIES });
    const r = new Map(test.map((i) => [i, matchText(oldRules, { title: i.title, summary: i.summary }).relevant]));
    const w = new Map(test.map((i) => [i, beatRules.map((b) => matchText(b.words, { title: i.title, summary: i.summary }).relevant)]));
    const p = new Map(test.map((i) => [i, beatProbabilityOfText(model, i)]));
    const alone = tally(test, (i) => p.get(i)! > 0.5);
    pooledModel.push(alone);
    console.log(`  ${h.batch} @${h.commit} (${test.length})  rules alone ${fmt(tally(test, (i) => r.get(i)!))}  model alone ${fmt(alone)}`);
    for (const fl of floors) for (const hi of highs) for (const mid of mids) {
      const thr = beatRules.map((b) => (b.name === 'beat-model' ? hi : b.name === 'beat-concept' ? mid : b.min));
      const t = tally(test, (i) => (r.get(i)! && p.get(i)! >= fl) || thr.some((m, k) => w.get(i)![k]! && p.get(i)! >= m));
      const key = `floor ${fl} high ${hi} concept ${mid}`;
      pooled.set(key, plus(pooled.get(key) ?? { tp: 0, fp: 0, tn: 0, fn: 0 }, t));
      if (h !== HISTORY[HISTORY.length - 1]) pooledOlder.set(key, plus(pooledOlder.get(key) ?? { tp: 0, fp: 0, tn: 0, fn: 0 }, t));
      if (!grid) console.log(`    shipped formula (${key})  ${fmt(t)}`);
      // CV_LIST=1 lists the batch's misclassified items with the fold model's probability.
      if (!grid && process.env.CV_LIST === '1') {
        for (const i of test) {
          const says = (r.get(i)! && p.get(i)! >= fl) || thr.some((m, k) => w.get(i)![k]! && p.get(i)! >= m);
          if (says !== i.relevant) console.log(`      ${says ? 'FP' : 'FN'} ${i.id} p ${p.get(i)!.toFixed(2)} rules ${r.get(i) ? 'yes' : 'no'}  ${i.title}`);
        }
      }
    }
  }
  console.log(`  pooled over ${HISTORY.map((h) => h.batch).join(', ')}: model alone ${fmt(pooledModel.reduce(plus))}`);
  for (const [k, t] of pooled) console.log(`    ${k.padEnd(34)} ${fmt(t)}`);
  console.log(`  pooled over ${HISTORY.slice(0, -1).map((h) => h.batch).join(', ')} (all but the newest):`);
  for (const [k, t] of pooledOlder) console.log(`    ${k.padEnd(34)} ${fmt(t)}`);
}

/**
 * `--concept`: the rel14 experiment. Each batch is scored with the rules as committed BEFORE it was tuned on and a
 * model trained only on the batches written before it; then the same with the concept rule `beat-concept` of the
 * current config added (its word classes AND the fold's model >= MID), for a grid of MID, beatFloor and @beat:HIGH.
 * The concept rule was written before any of these batches was looked at for it, so its gain here is out of sample.
 */
function conceptExperiment(all: readonly LabelledItem[]): void {
  const kw = loadConfig().keywords;
  const conceptRule = kw.rules.find((r) => r.name === 'beat-concept');
  if (!conceptRule) throw new Error('no beat-concept rule in the config');
  const concept = compileProfile({ rules: [{ name: 'c', match: conceptRule.match.replace(/@beat:[0-9.]+/, '@beat:0') }], exclude: kw.exclude, beatFloor: 0 });
  const history = [
    { batch: 'h7', commit: '5b696dc', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5', 'h6'] },
    { batch: 'h6', commit: '6892b52', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5'] },
    { batch: 'h5', commit: '7f50459', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4'] },
    { batch: 'h4', commit: '137a2d1', train: ['first', 'ho', 'h2', 'h3'] },
  ];
  const sum = new Map<string, { tp: number; fp: number; tn: number; fn: number }>();
  const add = (k: string, t: { tp: number; fp: number; tn: number; fn: number }): void => {
    const s = sum.get(k) ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    s.tp += t.tp; s.fp += t.fp; s.tn += t.tn; s.fn += t.fn;
    sum.set(k, s);
  };
  const floors = [0, 0.05, 0.1, 0.2];
  const mids = [0.3, 0.4, 0.5, 0.6, 0.7];
  for (const h of history) {
    const yaml = execFileSync('git', ['show', `${h.commit}:config/default.yaml`], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 26 });
    const old = (parseYaml(yaml) as { keywords: { rules: Array<{ name: string; match: string }>; exclude?: string[] } }).keywords;
    const oldRules = compileProfile({ rules: old.rules.filter((r) => !/@beat/.test(r.match)), exclude: old.exclude ?? [], beatFloor: 0 });
    const test = all.filter((i) => batch(i) === h.batch);
    const model = trainLogistic(all.filter((i) => h.train.includes(batch(i))), { l2: L2, features: FEATURES, titleCopies: TITLE_COPIES });
    const r = new Map(test.map((i) => [i, matchText(oldRules, { title: i.title, summary: i.summary }).relevant]));
    const c = new Map(test.map((i) => [i, matchText(concept, { title: i.title, summary: i.summary }).relevant]));
    const p = new Map(test.map((i) => [i, beatProbabilityOfText(model, i)]));
    console.log(`  ${h.batch} @${h.commit} (${test.length} items)  rules alone ${fmt(tally(test, (i) => r.get(i)!))}  concept words alone ${fmt(tally(test, (i) => c.get(i)!))}`);
    for (const fl of floors) {
      const base = (i: LabelledItem): boolean => (r.get(i)! && p.get(i)! >= fl) || p.get(i)! >= 0.9;
      const t0 = tally(test, base);
      add(`floor ${fl} no concept`, t0);
      console.log(`    floor ${fl} @beat:0.9 no concept        ${fmt(t0)}`);
      for (const mid of mids) {
        const t = tally(test, (i) => base(i) || (c.get(i)! && p.get(i)! >= mid));
        add(`floor ${fl} concept @${mid}`, t);
        console.log(`    floor ${fl} @beat:0.9 + concept @${mid}  ${fmt(t)}`);
      }
    }
  }
  console.log('  pooled over h4..h7:');
  for (const [k, t] of sum) console.log(`    ${k.padEnd(24)} ${fmt(t)}`);
}

function main(): void {
  const all = [DATA_PATH, TUNE2_PATH, OLD_SPENT_PATH, SPENT_PATH, SPENT6_PATH, SPENT7_PATH, SPENT8_PATH, SPENT9_PATH, SPENT10_PATH, SPENT11_PATH, SPENT12_PATH].flatMap((f) => loadLabelledSet(f));
  if (process.argv.includes('--yardstick')) return yardstick(all);
  if (process.argv.includes('--concept')) return conceptExperiment(all);
  const kw = loadConfig().keywords;
  // CV_FLOOR / CV_HIGH try other thresholds than the shipped beatFloor and `@beat:0.9`.
  const floor = Number(process.env.CV_FLOOR ?? kw.beatFloor ?? 0);
  const HIGH = Number(process.env.CV_HIGH ?? 0.9);
  // The rules without the model: no `@beat` rule, no floor (the formula adds both back per fold).
  const rulesOnly = compileProfile({ rules: kw.rules.filter((r) => !/@beat/.test(r.match)), exclude: kw.exclude, beatFloor: 0 });
  const rules = new Map(all.map((i) => [i, matchText(rulesOnly, { title: i.title, summary: i.summary }).relevant]));
  const splits = [...new Set(all.map(splitOf))];
  console.log(`Beat-model grouped CV: ${all.length} items; l2 ${L2}; profile = (rules AND p >= ${floor}) OR p >= ${HIGH}`);
  console.log(`batches: ${[...new Set(all.map(batch))].map((b) => `${b} ${all.filter((i) => batch(i) === b).length}`).join(', ')}`);

  const show = (title: string, items: readonly LabelledItem[], prob: Map<LabelledItem, number>): void => {
    console.log(`  ${title}`);
    const present = splits.filter((s) => items.some((i) => splitOf(i) === s));
    for (const s of present.length > 1 ? ['all', ...present] : present) {
      const set = s === 'all' ? items : items.filter((i) => splitOf(i) === s);
      if (set.length === 0) continue;
      const alone = tally(set, (i) => rules.get(i)!);
      const model = tally(set, (i) => prob.get(i)! > 0.5);
      const profile = tally(set, (i) => (rules.get(i)! && prob.get(i)! >= floor) || prob.get(i)! >= HIGH);
      console.log(`    ${s.padEnd(9)} ${String(set.length).padStart(4)}  rules alone ${fmt(alone)}  |  model alone ${fmt(model)}  |  profile ${fmt(profile)}`);
    }
  };
  const outOfFold = (items: readonly LabelledItem[], foldOf: (i: LabelledItem) => string, extra: readonly LabelledItem[] = [], l2 = L2): Map<LabelledItem, number> => {
    const out = new Map<LabelledItem, number>();
    for (const fold of new Set(items.map(foldOf))) {
      const model: BeatModel = trainLogistic([...extra, ...items.filter((i) => foldOf(i) !== fold)], { l2, features: FEATURES, titleCopies: TITLE_COPIES });
      for (const i of items) if (foldOf(i) === fold) out.set(i, beatProbabilityOfText(model, i));
    }
    return out;
  };

  const clusters = nearDupClusters(all);
  const ids = [...new Set(clusters.values())].sort((a, b) => a - b);
  const foldOfCluster = new Map(ids.map((c, k) => [c, (k * 7919) % 5]));
  const clusterFold = (i: LabelledItem): string => String(foldOfCluster.get(clusters.get(i)!));
  console.log(`near-duplicate clusters (Jaccard >= 0.4): ${ids.length}`);

  const l2s = process.argv.includes('--l2') ? (process.env.CV_L2S ?? '0.0001,0.0003,0.001,0.003,0.01').split(',').map(Number) : [L2];
  for (const l2 of l2s) {
    console.log(`\n### l2 ${l2}`);
    console.log(' A. leave-one-batch-out (rules biased except on holdout5)');
    show('all batches', all, outOfFold(all, batch, [], l2));
    console.log(' B. 5-fold CV over near-duplicate clusters (rules biased except on holdout5)');
    show('all', all, outOfFold(all, clusterFold, [], l2));
    for (const newest of ['holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12'] as const) {
      console.log(` C. ${newest}: model trained without it vs. with the other 4/5 of it (folds over near-duplicate clusters)`);
      const hx = all.filter((i) => splitOf(i) === newest);
      const rest = all.filter((i) => splitOf(i) !== newest);
      const without = trainLogistic(rest, { l2, features: FEATURES, titleCopies: TITLE_COPIES });
      show(`trained without ${newest}`, hx, new Map(hx.map((i) => [i, beatProbabilityOfText(without, i)])));
      show(`trained with 4/5 of ${newest} (out of fold)`, hx, outOfFold(hx, clusterFold, rest, l2));
    }
  }

  console.log(`\n### D. thresholds on each batch with the rules committed before it was tuned on; model (l2 ${L2}) trained on the batches before it`);
  const history = [
    { batch: 'h6', commit: '6892b52', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4', 'h5'] },
    { batch: 'h5', commit: '7f50459', train: ['first', 'ho', 'h2', 'h3', 't1x', 't2', 'h4'] },
    { batch: 'h4', commit: '137a2d1', train: ['first', 'ho', 'h2', 'h3'] },
    { batch: 'h4', commit: '0eed01a', train: ['first', 'ho', 'h2', 'h3'] },
    { batch: 'h3', commit: 'f473df7', train: ['first', 'ho', 'h2'] },
    { batch: 'h2', commit: 'f32ce05', train: ['first', 'ho'] },
  ];
  const grid: Array<[number, number]> = [[0.1, 0.9], [0.1, 0.8], [0.2, 0.9], [0.2, 0.8], [0.3, 0.8]];
  for (const h of history) {
    const yaml = execFileSync('git', ['show', `${h.commit}:config/default.yaml`], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 26 });
    const old = (parseYaml(yaml) as { keywords: { rules: Array<{ name: string; match: string }>; exclude?: string[] } }).keywords;
    const oldRules = compileProfile({ rules: old.rules.filter((r) => !/@beat/.test(r.match)), exclude: old.exclude ?? [], beatFloor: 0 });
    const test = all.filter((i) => batch(i) === h.batch);
    const model = trainLogistic(all.filter((i) => h.train.includes(batch(i))), { l2: L2, features: FEATURES, titleCopies: TITLE_COPIES });
    const r = new Map(test.map((i) => [i, matchText(oldRules, { title: i.title, summary: i.summary }).relevant]));
    const p = new Map(test.map((i) => [i, beatProbabilityOfText(model, i)]));
    console.log(`  ${h.batch} @${h.commit} (${test.length} items)  rules alone ${fmt(tally(test, (i) => r.get(i)!))}`);
    for (const [fl, hi] of grid) console.log(`    floor ${fl} @beat:${hi}  ${fmt(tally(test, (i) => (r.get(i)! && p.get(i)! >= fl) || p.get(i)! >= hi))}`);
  }
}

if (require.main === module) main();
