/**
 * Key-figure extraction eval: precision and recall on labelled news paragraphs (English and Spanish).
 *
 * Data:
 * - eval/data/figures.json — the tuning set: split "dev" (written first) and split "holdout" (12 paragraphs
 *   written after the first rules; since the second round of fixes they are tuning data too).
 * - eval/data/figures-holdout2.json — split "holdout2": 56 paragraphs written before the second round of
 *   fixes and never tuned on (see eval/data/figures-holdout2.md for the labelling conventions).
 *
 * A figure counts when its value and metric are right (one predicted figure matches at most one label).
 * `metric` and `source` labels may list several accepted forms. per, period and source are scored on the
 * matched figures; a missing label means "expected null".
 * Run alone: node -r @swc-node/register eval/figures.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../src/figures/extract';
import type { Figure } from '../src/model';

type OneOrMany = string | string[];

interface Expected {
  value: number;
  metric: OneOrMany;
  per?: string | null;
  period?: string | null;
  source?: OneOrMany | null;
}

type Split = 'dev' | 'holdout' | 'holdout2';

interface Case {
  id: string;
  lang: 'en' | 'es';
  published: string;
  /** Feed item title, when the case models title + summary. */
  title?: string;
  text: string;
  figures: Expected[];
  split?: Split;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

type Field = 'per' | 'period' | 'source';
const FIELDS: Field[] = ['per', 'period', 'source'];

/** Scores of one group of paragraphs (a split, a language, or all). */
interface Group {
  tally: Tally;
  fields: Record<Field, [number, number]>;
}

const newGroup = (): Group => ({ tally: { tp: 0, fp: 0, fn: 0 }, fields: { per: [0, 0], period: [0, 0], source: [0, 0] } });

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Does `got` equal the label (or one of its accepted forms)? Case and accents are ignored. */
function accepts(label: OneOrMany | null | undefined, got: string | null): boolean {
  if (label === undefined || label === null) return got === null;
  if (got === null) return false;
  const options = Array.isArray(label) ? label : [label];
  return options.some((o) => fold(o) === fold(got));
}

const show = (label: OneOrMany | null | undefined): string => JSON.stringify(label ?? null);

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : Math.round((n / d) * 1000) / 1000;
}

/** FIGURES_EVAL_TUNING_ONLY=1 scores the tuning set alone (for work on the rules without looking at holdout2). */
function loadCases(): Case[] {
  const read = (file: string): Case[] => JSON.parse(readFileSync(path.join(__dirname, 'data', file), 'utf8')) as Case[];
  const tuning = read('figures.json');
  return process.env.FIGURES_EVAL_TUNING_ONLY === '1' ? tuning : [...tuning, ...read('figures-holdout2.json')];
}

/** "tuning" = every paragraph the rules were developed against (old dev + old holdout). */
const groupOf = (c: Case): 'tuning' | 'holdout2' => (c.split === 'holdout2' ? 'holdout2' : 'tuning');

export default async function evalFigures(): Promise<{ name: string; metrics: Record<string, number> }> {
  const cases = loadCases();
  const groups: Record<string, Group> = {
    en: newGroup(),
    es: newGroup(),
    tuning: newGroup(),
    holdout: newGroup(),
    holdout2: newGroup(),
    all: newGroup(),
  };
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const wrongFields: string[] = [];

  for (const c of cases) {
    const input = c.title ? { title: c.title, summary: c.text } : c.text;
    const got: Figure[] = extractFigures(input, { published: c.published, lang: c.lang });
    const unmatched = [...got];
    const targets = [groups[c.lang]!, groups[groupOf(c)]!, groups.all!];
    if (c.split === 'holdout') targets.push(groups.holdout!);
    const tag = `[${groupOf(c)}] ${c.id}`;
    for (const exp of c.figures) {
      const i = unmatched.findIndex((f) => sameValue(f.value, exp.value) && accepts(exp.metric, f.metric));
      if (i < 0) {
        for (const g of targets) g.tally.fn++;
        const near = got.find((f) => sameValue(f.value, exp.value));
        misses.push(`${tag}: ${exp.value} ${show(exp.metric)}${near ? ` (got metric "${near.metric}")` : ''}`);
        continue;
      }
      const f = unmatched.splice(i, 1)[0]!;
      for (const g of targets) g.tally.tp++;
      for (const k of FIELDS) {
        const ok = accepts(exp[k], f[k]);
        for (const g of targets) {
          g.fields[k][1]++;
          if (ok) g.fields[k][0]++;
        }
        if (!ok) wrongFields.push(`${tag}: ${k} of ${exp.value} ${show(exp.metric)}: expected ${show(exp[k])}, got ${JSON.stringify(f[k])}`);
      }
    }
    for (const f of unmatched) {
      for (const g of targets) g.tally.fp++;
      falsePositives.push(`${tag}: ${f.value} ${f.metric} ("${f.text}")`);
    }
  }

  const p = (g: Group): number => ratio(g.tally.tp, g.tally.tp + g.tally.fp);
  const r = (g: Group): number => ratio(g.tally.tp, g.tally.tp + g.tally.fn);
  const acc = (g: Group, k: Field): number => ratio(g.fields[k][0], g.fields[k][1]);
  const G = groups as Record<'en' | 'es' | 'tuning' | 'holdout' | 'holdout2' | 'all', Group>;
  const metrics: Record<string, number> = {
    precision: p(G.all),
    recall: r(G.all),
    precision_en: p(G.en),
    recall_en: r(G.en),
    precision_es: p(G.es),
    recall_es: r(G.es),
    per_accuracy: acc(G.all, 'per'),
    period_accuracy: acc(G.all, 'period'),
    source_accuracy: acc(G.all, 'source'),
    precision_tuning: p(G.tuning),
    recall_tuning: r(G.tuning),
    per_accuracy_tuning: acc(G.tuning, 'per'),
    period_accuracy_tuning: acc(G.tuning, 'period'),
    source_accuracy_tuning: acc(G.tuning, 'source'),
    precision_holdout2: p(G.holdout2),
    recall_holdout2: r(G.holdout2),
    per_accuracy_holdout2: acc(G.holdout2, 'per'),
    period_accuracy_holdout2: acc(G.holdout2, 'period'),
    source_accuracy_holdout2: acc(G.holdout2, 'source'),
    // The old 12-paragraph held-out set, kept for continuity; it is tuning data since the second round.
    precision_holdout: p(G.holdout),
    recall_holdout: r(G.holdout),
    paragraphs: cases.length,
    paragraphs_holdout2: cases.filter((c) => c.split === 'holdout2').length,
    expected_figures: G.all.tally.tp + G.all.tally.fn,
  };

  const row = (name: string, g: Group): string => {
    const t = g.tally;
    const f = (k: Field): string => `${g.fields[k][0]}/${g.fields[k][1]}`.padStart(7);
    return `${name.padEnd(9)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${p(g).toFixed(3)}     ${r(g).toFixed(3)}  ${f('per')} ${f('period')} ${f('source')}`;
  };
  const lines = [
    `Key figures — ${cases.length} paragraphs, ${metrics.expected_figures} labelled figures (value + metric must match)`,
    'group       TP   FP   FN  precision recall      per  period  source',
    row('tuning', G.tuning),
    row('holdout2', G.holdout2),
    row('all', G.all),
    row('en', G.en),
    row('es', G.es),
    row('(holdout)', G.holdout),
    '(tuning = figures.json: "dev" + the old 12-paragraph "holdout", both used while tuning the rules;',
    ' holdout2 = figures-holdout2.json, written before the second round of fixes and never tuned on)',
  ];
  if (misses.length) lines.push('', 'Misses:', ...misses.map((m) => `  - ${m}`));
  if (falsePositives.length) lines.push('', 'False positives:', ...falsePositives.map((m) => `  - ${m}`));
  if (wrongFields.length) lines.push('', 'Wrong per/period/source:', ...wrongFields.map((m) => `  - ${m}`));
  console.log(lines.join('\n'));
  return { name: 'figures', metrics };
}

if (require.main === module) {
  evalFigures().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
