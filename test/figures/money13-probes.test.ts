/**
 * Invented money probes of money13 (test/figures/data/money13-probes*.json), written and labelled by hand before the
 * extractor was run on them, in wording of their own (other places, agencies and sums; none taken from eval/data). Each
 * labelled sum must be found with its value, its purpose (metric) and its currency. First readings, before the fixes: money13-probes.json 5/16, money13-probes-r2.json 1/3.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

interface Probe {
  id: string;
  lang: 'en' | 'es';
  published: string;
  text: string;
  figures: Array<{ value: number; metric: string | string[]; unit: string }>;
}

const dir = path.join(__dirname, 'data');
const probes: Probe[] = readdirSync(dir)
  .filter((f) => /^money13-probes(?:-r\d+)?\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Probe[]);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

describe('money13 probes: every sum is found with what it is for and its currency', () => {
  it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const got = extractFigures(p.text, { published: p.published, lang: p.lang });
    for (const e of p.figures) {
      const f = got.find((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric));
      expect({ value: e.value, found: f ? `${f.metric} ${f.unit}` : null, got: got.map((g) => `${g.value} ${g.metric}`) }).toEqual({
        value: e.value,
        found: expect.stringMatching(new RegExp(` ${e.unit}$`)),
        got: expect.anything(),
      });
    }
  });
});
