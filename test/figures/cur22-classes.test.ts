/**
 * Round cur22: the currency of a sum, read from a data table (src/figures/data/currencies.json): symbols and prefixes
 * (₡, S/, RD$, B/., R$, CLP$…), currency words with their country adjective (pesos chilenos, Canadian dollars, soles,
 * colones…), and a bare "pesos" (or a Spanish "$") placed by the country the text names (city, country, demonym, dateline).
 *
 * Probe files (test/figures/probes-cur22/*.json, invented text; only value and currency are scored):
 * - before.json: written before any change: 2/16 then, 16/16 after the table.
 * - final-untuned.json: written after the last change and scored once, untuned: 13/14; the miss is listed below, kept visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';

const DIR = path.join(__dirname, 'probes-cur22');
/** id:value of the misses left open. */
const KNOWN_MISSES = new Set<string>([
  // final-untuned.json, scored once after the last change: 13/14.
  'c22-f-12:850', // "cobra Bs. 850 por cada pasaporte": "Bs." before the digits is read as a sentence end, so the sum is lost
]);

interface Probe {
  id: string;
  lang: 'en' | 'es';
  published: string;
  text: string;
  figures: Array<{ value: number; unit: string }>;
}
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Probe[]);

describe('cur22 probes: the currency of a sum', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = extractFigures(c.text, { published: c.published, lang: c.lang });
    for (const e of c.figures) {
      const hit = got.some((f) => Math.abs(f.value - e.value) <= Math.max(0.01, e.value * 1e-4) && f.unit === e.unit);
      const key = `${c.id}:${e.value}`;
      if (KNOWN_MISSES.has(key)) continue;
      expect({ key, hit, got: got.map((f) => `${f.value} ${f.unit}`) }).toEqual({ key, hit: true, got: expect.anything() });
    }
  });
});
