/**
 * Round money20: a sum's metric composes what it IS (its kind, money-kind.ts) with what it is FOR (its compact purpose),
 * as the issue spells it (src/figures/money-compose.ts): English "<purpose> <kind>" ("border technology funding", "shelter
 * spending", "respite center spending"); Spanish the action phrase a verb's kind pays for ("atención de migrantes") or the
 * kind with its complement ("presupuesto de la Comar"); the kind alone when the text gives no compact purpose.
 *
 * Probe files (test/figures/probes-money20/*.json, eval format, invented text):
 * - issue.json: the issue's examples (and its two further sentences from the brief); must all pass.
 * - r1-compose.json: written after the first composition rule, before the later refinements; 19/20 then, 20/20 now.
 * - final-untuned.json: written after the last change of the round and scored once, untuned: 14/15; its miss is listed
 *   below and kept visible, not fixed or relabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const DIR = path.join(__dirname, 'probes-money20');
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/** id:value of the misses left open (final untuned round). */
const KNOWN_MISSES = new Set<string>([
  // final-untuned.json, scored once after the last change: 14/15.
  'm20-f-04:250000', // "paid $250,000 to a contractor for translation services": "translation service payment" (paid → payment), label wrote "spending"
]);

interface Probe {
  id: string;
  lang: 'en' | 'es';
  published: string;
  text: string;
  figures: Array<{ value: number; metric: string | string[]; unit: string }>;
}
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Probe[]);

describe('money20 probes: kind and purpose composed', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = extractFigures(c.text, { published: c.published, lang: c.lang });
    for (const e of c.figures) {
      if (KNOWN_MISSES.has(`${c.id}:${e.value}`)) continue;
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

describe('money20: the issue, as it spells the metric', () => {
  const one = (lang: 'en' | 'es', text: string, value: number) => extractFigures(text, { published: '2026-12-04', lang }).find((f) => near(f.value, value));
  it.each([
    ['en', 'Congress approved $6.1 billion for border technology in the homeland security bill.', 6.1e9, 'border technology funding', 'USD'],
    ['es', 'En el primer trimestre ingresaron remesas por 4 mil 120 millones de dólares, informó el Banco de México.', 4.12e9, 'remesas', 'USD'],
    ['es', 'El presupuesto de la Comar será de 47 millones de pesos en 2027.', 47e6, 'presupuesto de la comar', 'MXN'],
    ['en', 'Last year the county spent $3.4 million on shelter costs, the budget office said.', 3.4e6, 'shelter spending', 'USD'],
    ['es', 'El gobierno destinó 250 millones de pesos a la atención de migrantes.', 250e6, 'atención de migrantes', 'MXN'],
    ['en', 'The state will pay $12 million to run the El Paso respite center through June.', 12e6, 'respite center spending', 'USD'],
  ] as const)('%s: %s', (lang, text, value, metric, unit) => {
    const f = one(lang, text, value)!;
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it('the kind alone when the text gives no compact purpose; a charge or a rate keeps its kind', () => {
    expect(one('en', 'Arizona will spend $9 million to bus asylum seekers to Denver.', 9e6)!.metric).toBe('spending');
    expect(one('en', 'The city paid $640,000 to the families of the victims.', 640000)!.metric).toBe('payment');
    expect(one('en', 'Smugglers charged $8,000 a person to reach Houston.', 8000)!.metric).toBe('smuggling fee');
    expect(one('es', 'Un juez fijó una fianza de 15 mil dólares al conductor.', 15000)!.metric).toBe('fianza');
  });
});
