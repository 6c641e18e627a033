/**
 * Money-purpose probes of round money17 (test/figures/probes-money17/*.json, eval format), written before each fix of the
 * clause analysis (src/figures/money-clause.ts); final-untuned.json was scored once untuned (13/18) and is kept as it is.
 * Every labelled money figure is found with its value, an accepted purpose (metric) and its currency, except the misses
 * listed below, which are known and kept visible rather than relabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';
import { maskAdjunctsAfter, maskDateline } from '../../src/figures/money-clause';

const DIR = path.join(__dirname, 'probes-money17');
const CURRENCIES = new Set(['USD', 'MXN', 'EUR', 'GBP', 'CAD', 'GTQ', 'HNL']);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/** id:value of the misses left open. */
// (money19: misses now found once the kind of money names the sum — a cost, a forfeiture, a ransom, a grant — or its
// labels accept the kind by the money19 convention relabel, are dropped from this list.)
const KNOWN_MISSES = new Set([
  'm17-r1-en-15:6000000', // "send $6 million to Operation Safe Border": a named recipient may be a place; not read
  'm17-r1-es-26:60000', // "irá de 20 mil a 60 mil pesos": the second end of the range is read apart from its predicate
  'm17-r3-06:14.68', // "must be paid at least $14.68 an hour": a wage is not named
  'm17-r3-15:17', // "ganan … 17 dólares canadienses por hora": earnings are not named
  'm17-f-08:1800000', // "families displaced by the Tijuana fire": the participle before "by" is dropped
]);

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Array<{ id: string; lang: 'en' | 'es'; published: string; text: string; figures: Array<{ value: number; metric: string | string[]; unit?: string }> }>);

describe('money17 probes: money figures with their purpose', () => {
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

describe('money17 clause: what is blanked before the purpose rules read it', () => {
  it('a dateline keeps the offsets and says nothing', () => {
    const t = 'NOGALES, Sonora (EFE) - Las remesas sumaron 9 millones de dólares.';
    const m = maskDateline(t);
    expect(m).toHaveLength(t.length);
    expect(m.trim().startsWith('Las remesas')).toBe(true);
  });
  it('a plain capitalised opening is no dateline', () => {
    const t = 'El Paso spent $3 million on buses.';
    expect(maskDateline(t)).toBe(t);
  });
  it.each([
    ['The county will spend $2 million through May on hotel rooms.', '$2 million', 'on hotel rooms'],
    ['Sonora recibirá 30 millones de pesos de la Federación para albergues.', 'pesos', 'para albergues'],
    ['The city set aside another $1 million earmarked for legal aid.', '$1 million', 'for legal aid'],
  ])('%s', (t, sum, purpose) => {
    const end = t.indexOf(sum) + sum.length;
    expect(maskAdjunctsAfter(t, end).slice(end).trim().startsWith(purpose)).toBe(true);
  });
  it('nothing is blanked when no purpose follows', () => {
    const t = 'The county spent $2 million in 2025.';
    expect(maskAdjunctsAfter(t, t.indexOf('million') + 7)).toBe(t);
  });
});
