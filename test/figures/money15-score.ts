/**
 * Scores money figures of an eval-format file like eval/figures.ts does (value + metric, then currency), and lists the
 * money labels missed with the sentence around them: node -r @swc-node/register test/figures/money15-score.ts FILE [--all]
 * (--all also prints precision/recall over every figure and the false positives).
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const CUR = new Set(['USD', 'MXN', 'EUR', 'GBP', 'CAD', 'GTQ', 'HNL']);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
const all = process.argv.includes('--all');
const t: Record<string, { tp: number; fp: number; fn: number; m: number; mt: number }> = {};
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as any[];
  for (const c of cases) {
    const g = (t[c.lang] ??= { tp: 0, fp: 0, fn: 0, m: 0, mt: 0 });
    const input = c.title ? { title: c.title, summary: c.text } : c.text;
    const got = extractFigures(input, { published: c.published, lang: c.lang }) as any[];
    const un = [...got];
    for (const e of c.figures) {
      const money = e.unit != null && CUR.has(e.unit);
      if (money) g.mt++;
      const i = un.findIndex((f) => near(f.value, e.value) && metricAccepts(e.metric, f.metric));
      if (i < 0) {
        g.fn++;
        const n = got.find((f) => near(f.value, e.value));
        if (money) console.log(`MISS ${c.id}: ${e.value} ${JSON.stringify(e.metric)} got ${n ? JSON.stringify(n.metric) : 'nothing'}${n ? `  «${n.text}»` : ''}`);
        continue;
      }
      const f = un.splice(i, 1)[0];
      g.tp++;
      if (money && f.unit === e.unit) g.m++;
      else if (money) console.log(`UNIT ${c.id}: ${e.value} exp ${e.unit} got ${f.unit}`);
    }
    for (const f of un) {
      g.fp++;
      if (all) console.log(`FP   ${c.id}: ${f.value} ${f.metric} (${f.text})`);
    }
  }
}
for (const [l, g] of Object.entries(t)) console.log(`${l}: P ${(g.tp / (g.tp + g.fp)).toFixed(3)} R ${(g.tp / (g.tp + g.fn)).toFixed(3)} money ${g.m}/${g.mt}`);
