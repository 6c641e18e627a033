/**
 * Round money19: a sum of money is named by the kind of money its clause says it is (src/figures/money-kind.ts) — the money
 * noun that governs it ("a $612 million contract", "fees of $7,500", "El contrato … asciende a"), the nominalised verb
 * ("spent" → spending, "invertirá" → inversión, "cobraban" → cobro), a cost per unit ("$158 per detainee a day" → cost per
 * detainee), with a short purpose only where the text gives one compactly ("gasto en alimentación").
 *
 * Probe rounds (test/figures/probes-money19/*.json, eval format, invented text):
 * - r1-kind-noun.json: written before any money19 change; first reading 5/33.
 * - r2-variants.json: written after the r1-driven changes, before the last ones; scored once, 17/17.
 * - final-untuned.json: written after the last change of the round and scored once, untuned: 22/28; its misses are
 *   listed below and kept visible, not fixed or relabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

const DIR = path.join(__dirname, 'probes-money19');
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/** id:value of the misses left open (final untuned round). */
const KNOWN_MISSES = new Set<string>([
  // final-untuned.json, scored once after the last change: 22/28.
  'm19-f-03:2500', // "A cartel cell holding migrants … demanded $2,500 per hostage": a charger that holds people but is not named a kidnapper
  'm19-f-03:7500', // "relatives paid $7,500 in all": "in all" is read as what the sum is in
  'm19-f-04:41000000', // "The new steel barrier near Nogales cost $41 million to erect": the subject is kept, not the verb's noun
  'm19-f-05:19000000', // "Arizona's asylum-seeker transport spending": the hyphenated modifier is kept in the compound
  'm19-f-05:27000000', // (the same, for the baseline)
  'm19-f-09:14000000', // "gastó … en cobijas y catres": the compact purpose stops at the first noun
  // money20 composes kind and purpose; these labels accept neither the composed form nor its purpose part, so the
  // money20 relabel adds nothing (kept visible, not relabelled by hand):
  'm19-r1-01:2400000', // "motel room spending" (label: "motel spending", "spending")
  'm19-r1-02:410000000', // "facility contract" ("a contract to run the Adelanto facility"; label: "contract", "detention contract")
  'm19-r1-03:80000', // "razor-wire fence cost" (label: "cost", "repair cost", "maintenance cost")
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

describe('money19 probes: a sum named by its kind of money, with its currency', () => {
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

describe('money19 classes', () => {
  const one = (lang: 'en' | 'es', text: string, value: number): string | undefined => extractFigures(text, { published: '2026-12-02', lang }).find((f) => near(f.value, value))?.metric;
  it('a passive "were paid" names no spending of its subject', () => {
    expect(one('en', 'Detainees said they were paid $1 a day for kitchen work.', 1)).not.toBe('spending');
  });
  it('a sum charged by people who hold others is a ransom; charged by smugglers in English, the smuggling fee stays', () => {
    expect(one('en', 'Kidnappers in Reynosa demanded $3,000 from the family.', 3000)).toBe('ransom');
    expect(one('en', 'Smugglers charged $8,000 a person to reach Houston.', 8000)).toBe('smuggling fee');
  });
  it('a Spanish rate is one of a thing: "por concepto de", "por derechos migratorios" are no units', () => {
    expect(one('es', 'Ingresaron 5 mil millones de dólares por concepto de remesas.', 5e9)).not.toMatch(/por concepto/);
    expect(one('es', 'Los extranjeros pagaron 600 millones de pesos por derechos migratorios.', 600e6)).not.toMatch(/costo por/);
  });
  it('euros say "coste", other Spanish money "costo"', () => {
    expect(one('es', 'El contrato fija 40 euros por persona y día.', 40)).toBe('coste por persona');
    expect(one('es', 'ICE pagará 150 dólares por cama por día.', 150)).toBe('costo por cama');
  });
});
