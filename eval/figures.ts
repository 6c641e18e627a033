/**
 * Key-figure extraction eval: precision and recall on a labelled set of news paragraphs
 * (eval/data/figures.json, English and Spanish). A figure counts when its value and metric are right;
 * per, period and source are scored on the matched figures (a missing label means "expected null").
 * Run alone: node -r @swc-node/register eval/figures.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../src/figures/extract';
import type { Figure } from '../src/model';

interface Expected {
  value: number;
  metric: string;
  per?: string | null;
  period?: string | null;
  source?: string | null;
}

interface Case {
  id: string;
  lang: 'en' | 'es';
  published: string;
  text: string;
  figures: Expected[];
  /** "dev": written first and used while tuning the rules; "holdout": written after tuning, never tuned on. */
  split?: 'dev' | 'holdout';
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : Math.round((n / d) * 1000) / 1000;
}

export default async function evalFigures(): Promise<{ name: string; metrics: Record<string, number> }> {
  const cases = JSON.parse(readFileSync(path.join(__dirname, 'data', 'figures.json'), 'utf8')) as Case[];
  const byLang: Record<string, Tally> = { en: { tp: 0, fp: 0, fn: 0 }, es: { tp: 0, fp: 0, fn: 0 } };
  const bySplit: Record<string, Tally> = { dev: { tp: 0, fp: 0, fn: 0 }, holdout: { tp: 0, fp: 0, fn: 0 } };
  const fields = { per: [0, 0], period: [0, 0], source: [0, 0] } as Record<'per' | 'period' | 'source', [number, number]>;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const wrongFields: string[] = [];

  for (const c of cases) {
    const got: Figure[] = extractFigures(c.text, { published: c.published, lang: c.lang });
    const unmatched = [...got];
    const t = byLang[c.lang];
    const sp = bySplit[c.split ?? 'dev'];
    const before = { ...t };
    for (const exp of c.figures) {
      const i = unmatched.findIndex((f) => sameValue(f.value, exp.value) && f.metric === exp.metric);
      if (i < 0) {
        t.fn++;
        const near = got.find((f) => sameValue(f.value, exp.value));
        misses.push(`${c.id}: ${exp.value} ${exp.metric}${near ? ` (got metric "${near.metric}")` : ''}`);
        continue;
      }
      const f = unmatched.splice(i, 1)[0];
      t.tp++;
      for (const k of ['per', 'period', 'source'] as const) {
        fields[k][1]++;
        if ((exp[k] ?? null) === f[k]) fields[k][0]++;
        else wrongFields.push(`${c.id}: ${k} of ${exp.value} ${exp.metric}: expected ${JSON.stringify(exp[k] ?? null)}, got ${JSON.stringify(f[k])}`);
      }
    }
    for (const f of unmatched) {
      t.fp++;
      falsePositives.push(`${c.id}: ${f.value} ${f.metric} ("${f.text}")`);
    }
    sp.tp += t.tp - before.tp;
    sp.fp += t.fp - before.fp;
    sp.fn += t.fn - before.fn;
  }

  const all: Tally = { tp: byLang.en.tp + byLang.es.tp, fp: byLang.en.fp + byLang.es.fp, fn: byLang.en.fn + byLang.es.fn };
  const metrics: Record<string, number> = {
    precision: ratio(all.tp, all.tp + all.fp),
    recall: ratio(all.tp, all.tp + all.fn),
    precision_en: ratio(byLang.en.tp, byLang.en.tp + byLang.en.fp),
    recall_en: ratio(byLang.en.tp, byLang.en.tp + byLang.en.fn),
    precision_es: ratio(byLang.es.tp, byLang.es.tp + byLang.es.fp),
    recall_es: ratio(byLang.es.tp, byLang.es.tp + byLang.es.fn),
    per_accuracy: ratio(fields.per[0], fields.per[1]),
    period_accuracy: ratio(fields.period[0], fields.period[1]),
    source_accuracy: ratio(fields.source[0], fields.source[1]),
    precision_holdout: ratio(bySplit.holdout.tp, bySplit.holdout.tp + bySplit.holdout.fp),
    recall_holdout: ratio(bySplit.holdout.tp, bySplit.holdout.tp + bySplit.holdout.fn),
    paragraphs: cases.length,
    expected_figures: all.tp + all.fn,
  };

  const row = (name: string, t: Tally): string =>
    `${name.padEnd(8)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${ratio(t.tp, t.tp + t.fp).toFixed(3)}     ${ratio(t.tp, t.tp + t.fn).toFixed(3)}`;
  const lines = [
    `Key figures — ${cases.length} paragraphs, ${all.tp + all.fn} labelled figures (value + metric must match)`,
    'lang       TP   FP   FN  precision recall',
    row('en', byLang.en),
    row('es', byLang.es),
    row('all', all),
    row('dev', bySplit.dev),
    row('holdout', bySplit.holdout),
    '(dev paragraphs were used while tuning the rules; holdout paragraphs were written afterwards)',
    '',
    `per correct:    ${fields.per[0]}/${fields.per[1]} (${metrics.per_accuracy.toFixed(3)})`,
    `period correct: ${fields.period[0]}/${fields.period[1]} (${metrics.period_accuracy.toFixed(3)})`,
    `source correct: ${fields.source[0]}/${fields.source[1]} (${metrics.source_accuracy.toFixed(3)})`,
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
