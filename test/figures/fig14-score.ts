/** Scores a fig14 probe file like eval/figures.ts does: node -r @swc-node/register test/figures/fig14-score.ts FILE */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const CUR = new Set(['USD', 'MXN', 'EUR', 'HNL', 'GTQ', 'CRC', 'COP', 'CAD']);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const acc = (l: unknown, g: string | null | undefined): boolean => (l == null ? g == null : g != null && ([] as unknown[]).concat(l).some((o) => fold(String(o)) === fold(g)));
const probes = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as any[];
const t: Record<string, { tp: number; fp: number; fn: number; m: number; mt: number; src: number; srcT: number; per: number; perT: number }> = {};
for (const p of probes) {
  const g = (t[p.lang] ??= { tp: 0, fp: 0, fn: 0, m: 0, mt: 0, src: 0, srcT: 0, per: 0, perT: 0 });
  const got = extractFigures(p.text, { published: p.published, lang: p.lang }) as any[];
  const un = [...got];
  for (const e of p.figures) {
    const money = e.unit && CUR.has(e.unit);
    if (money) g.mt++;
    const i = un.findIndex((f) => near(f.value, e.value) && metricAccepts(e.metric, f.metric));
    if (i < 0) { g.fn++; const n = got.find((f) => near(f.value, e.value)); console.log(`MISS ${p.id}: ${e.value} ${JSON.stringify(e.metric)}${n ? ` got "${n.metric}"` : ''}`); continue; }
    const f = un.splice(i, 1)[0];
    g.tp++;
    if (money && f.unit === e.unit) g.m++; else if (money) console.log(`UNIT ${p.id}: ${e.value} ${f.unit}`);
    g.srcT++; if (acc(e.source, f.source)) g.src++; else console.log(`SRC  ${p.id}: ${e.value} exp ${JSON.stringify(e.source ?? null)} got ${JSON.stringify(f.source)}`);
    g.perT++; if (acc(e.period, f.period)) g.per++; else console.log(`PER  ${p.id}: ${e.value} exp ${JSON.stringify(e.period ?? null)} got ${JSON.stringify(f.period)}`);
  }
  for (const f of un) { g.fp++; console.log(`FP   ${p.id}: ${f.value} ${f.metric} (${f.text})`); }
}
for (const [l, g] of Object.entries(t)) console.log(`${l}: P ${(g.tp / (g.tp + g.fp)).toFixed(3)} R ${(g.tp / (g.tp + g.fn)).toFixed(3)} money ${g.m}/${g.mt} source ${g.src}/${g.srcT} period ${g.per}/${g.perT}`);
