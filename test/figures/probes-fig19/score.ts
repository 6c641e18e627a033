/** Scores a fig19 probe round: node -r @swc-node/register test/figures/probes-fig19/score.ts r1 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../../src/figures/extract';
import { metricAccepts } from '../../../eval/figures';

interface Probe { id: string; lang: 'en' | 'es'; text: string; figures: Array<{ value: number; metric: string | string[]; open?: string }> }
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
const round = process.argv[2] ?? 'r1';
const probes = JSON.parse(readFileSync(path.join(__dirname, `${round}.json`), 'utf8')) as Probe[];
let tp = 0, fp = 0, fn = 0;
for (const p of probes) {
  const got = extractFigures(p.text, { published: '2026-12-10', lang: p.lang });
  const left = [...got];
  for (const e of p.figures) {
    const i = left.findIndex((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric));
    if (i >= 0) { tp++; left.splice(i, 1); } else { fn++; console.log(`MISS${e.open ? ' (open)' : ''} ${p.id}: ${e.value} ${JSON.stringify(e.metric)} (got ${JSON.stringify(got.filter((g) => near(g.value, e.value)).map((g) => g.metric))})`); }
  }
  for (const g of left) { fp++; console.log(`FP   ${p.id}: ${g.value} ${g.metric} ("${g.text}")`); }
}
console.log(`${round}: TP ${tp} FP ${fp} FN ${fn}`);
