/**
 * Money-purpose probes of round money18 (test/figures/probes-money18/*.json, eval format): r1 (fees, sums per unit,
 * currencies) and r2 (parts of sums, purpose phrase edges) were written before the fixes they drove; final-untuned.json
 * was written by the lead after the round's last change and scored once untuned (11/13) and is kept as it is.
 * Every labelled money figure is found with its value, an accepted purpose (metric) and its currency, except the misses
 * listed below, which are known and kept visible rather than relabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const DIR = path.join(__dirname, 'probes-money18');
const CURRENCIES = new Set(['USD', 'MXN', 'EUR', 'GBP', 'CAD', 'GTQ', 'HNL']);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/** id:value of the misses left open. */
// (money19: misses now found once the kind of money names the sum — a cost, a forfeiture, a ransom, a grant — or its
// labels accept the kind by the money19 convention relabel, are dropped from this list.)
const KNOWN_MISSES = new Set([
  'm18-f-02:7500', // "demand about $7,500 per person for the trip": demanding is not read as charging
]);

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Array<{ id: string; lang: 'en' | 'es'; published: string; text: string; figures: Array<{ value: number; metric: string | string[]; unit?: string }> }>);

describe('money18 probes: money figures with their purpose', () => {
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
