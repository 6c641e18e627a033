/**
 * Money-purpose probes of round money15 (test/figures/probes-money15/*.json, eval format): every labelled money figure is
 * found with its value, an accepted purpose (metric) and its currency, except the misses listed below, which are known
 * and kept visible rather than relabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const DIR = path.join(__dirname, 'probes-money15');
const CURRENCIES = new Set(['USD', 'MXN', 'EUR', 'GBP', 'CAD', 'GTQ', 'HNL']);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/** id:value of the misses left open. */
// (money19: misses now found once the kind of money names the sum — a cost, a forfeiture, a ransom, a grant — or its
// labels accept the kind by the money19 convention relabel, are dropped from this list.)
const KNOWN_MISSES = new Set([
  'm15-c1-es-1:1040000000', // "Los ingresos de Honduras por remesas de octubre": a named owner between noun and "por"
  'm15-c8-en-3:4100000', // "received … under the agreement": the receiving subject wins (as spent4-classes expects)
  'm15-b4-es-3:90000', // "renta mensual del predio": label wording
  'm15-g-en-1:7000000', // "to help border towns pay for ambulance runs": help + object + verb
  'm15-g-es-9:90000000', // "hospedaje de los solicitantes de asilo": an article inside the label
]);

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Array<{ id: string; lang: 'en' | 'es'; published: string; text: string; figures: Array<{ value: number; metric: string | string[]; unit?: string }> }>));

describe('money15 probes: money figures with their purpose', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = extractFigures(c.text, { published: c.published, lang: c.lang });
    for (const e of c.figures) {
      if (!e.unit || !CURRENCIES.has(e.unit) || KNOWN_MISSES.has(`${c.id}:${e.value}`)) continue;
      const f = got.find((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric));
      expect({ value: e.value, metric: f?.metric ?? null, got: got.map((g) => `${g.value} ${g.metric}`) }).toEqual({ value: e.value, metric: expect.any(String), got: expect.anything() });
      expect(f!.unit).toBe(e.unit);
    }
  });
  it('lists only misses that are still misses', () => {
    const still = cases.flatMap((c) => {
      const got = extractFigures(c.text, { published: c.published, lang: c.lang });
      return c.figures.filter((e) => KNOWN_MISSES.has(`${c.id}:${e.value}`) && got.some((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric))).map((e) => `${c.id}:${e.value}`);
    });
    expect(still).toEqual([]);
  });
});
