/**
 * Invented probe paragraphs of fig16 (test/figures/probes-fig16/r*.json), written and labelled by hand per the newest
 * conventions (eval/data/figures-convention-relabels.md: beat counts in words are figures; capacities and facility counts
 * are not) before the extractor was run on them; none is taken from eval/data. Each round was scored before the fixes of
 * its class (readings in probes-fig16/README.md and the commits): r1 capacities and facility counts, r2 word numbers.
 * Each labelled figure must be found with its value and metric (and currency for money), and no figure may be given that is
 * not labelled; a figure marked "open" is a miss that remains, and a value in "openUnlabelled" a false positive that
 * remains (both listed in the data, not hidden). Scores with period and source: node -r @swc-node/register
 * test/figures/fig14-score.ts FILE.
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
  figures: Array<{ value: number; metric: string | string[]; unit?: string; open?: boolean }>;
  /** Values of figures given that are not labelled and remain (listed, not hidden): a known false positive left open. */
  openUnlabelled?: number[];
}

const dir = path.join(__dirname, 'probes-fig16');
const probes: Probe[] = readdirSync(dir)
  .filter((f) => /^r\d+-[a-z-]+\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Probe[]);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

describe('fig16 probes: every labelled figure is found with its value and metric, and nothing else', () => {
  it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const got = extractFigures(p.text, { published: p.published, lang: p.lang });
    const unlabelled = got.filter((g) => !p.figures.some((e) => near(g.value, e.value) && metricAccepts(e.metric, g.metric)) && !(p.openUnlabelled ?? []).some((v) => near(g.value, v)));
    expect(unlabelled.map((g) => `${g.value} ${g.metric} (${g.text})`)).toEqual([]);
    for (const e of p.figures) {
      if (e.open) continue;
      const f = got.find((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric));
      expect({ value: e.value, metric: f?.metric ?? null, got: got.map((g) => `${g.value} ${g.metric}`) }).toEqual({ value: e.value, metric: expect.any(String), got: expect.anything() });
      if (e.unit && e.unit !== 'percent') expect(f!.unit).toBe(e.unit);
    }
  });
});
