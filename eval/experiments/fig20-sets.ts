/** Per-split exact and tolerant scores on the tuning sets only (never the held-out files), plus money misses/FPs:
 *  node -r @swc-node/register eval/experiments/fig20-sets.ts [--money] */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts, metricHolds } from '../figures';

const FILES = ['figures.json', 'figures-holdout2.json', 'figures-holdout3.json', 'figures-tune2.json', 'figures-holdout4.json', 'figures-holdout5.json', 'figures-holdout6.json', 'figures-holdout7.json', 'figures-holdout8.json', 'figures-holdout9.json', 'figures-holdout10.json', 'figures-holdout11.json'];
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
const isCur = (u: unknown): boolean => typeof u === 'string' && /^[A-Z]{3}$/.test(u);
const rows: Record<string, { tp: number; fp: number; fn: number; tol: number; m: number; mt: number; mtol: number }> = {};
const showMoney = process.argv.includes('--money');
for (const file of FILES) {
  const cases = JSON.parse(readFileSync(path.join(__dirname, '..', 'data', file), 'utf8')) as any[];
  for (const c of cases) {
    const split = c.split ?? file;
    const g = (rows[split] ??= { tp: 0, fp: 0, fn: 0, tol: 0, m: 0, mt: 0, mtol: 0 });
    const got = extractFigures(c.title ? { title: c.title, summary: c.text } : c.text, { published: c.published, lang: c.lang }) as any[];
    const un = [...got];
    for (const e of c.figures) {
      const money = e.unit != null && isCur(e.unit);
      if (money) g.mt++;
      const held = got.find((f) => near(f.value, e.value) && metricHolds(e.metric, f.metric));
      if (held) { g.tol++; if (money && held.unit === e.unit) g.mtol++; }
      const i = un.findIndex((f) => near(f.value, e.value) && metricAccepts(e.metric, f.metric));
      if (i < 0) {
        g.fn++;
        const n = got.find((f) => near(f.value, e.value));
        if (showMoney && money) console.log(`MISS [${split}] ${c.id}: ${e.value} ${JSON.stringify(e.metric)}${n ? ` got "${n.metric}"` : ' (no value)'}${held ? ' TOL' : ''}`);
        continue;
      }
      const f = un.splice(i, 1)[0];
      g.tp++;
      if (money && f.unit === e.unit) g.m++;
    }
    for (const f of un) { g.fp++; if (showMoney && isCur(f.unit)) console.log(`FP   [${split}] ${c.id}: ${f.value} ${f.unit} "${f.metric}" (${f.text})`); }
  }
}
const r3 = (n: number, d: number): string => (d ? n / d : 1).toFixed(3);
const tot = { tp: 0, fp: 0, fn: 0, tol: 0, m: 0, mt: 0, mtol: 0 };
console.log('split        P     R     tolR   money  tolMoney');
for (const [s, g] of [...Object.entries(rows), ['TOTAL', tot] as const]) {
  if (s !== 'TOTAL') for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += g[k];
  console.log(`${s.padEnd(10)} ${r3(g.tp, g.tp + g.fp)} ${r3(g.tp, g.tp + g.fn)} ${r3(g.tol, g.tp + g.fn)} ${`${g.m}/${g.mt}`.padStart(7)} ${`${g.mtol}/${g.mt}`.padStart(7)}  tp${g.tp} fp${g.fp} fn${g.fn}`);
}
