import { agreeingFigureCount } from '../../src/stories/figure-match';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import type { Figure, Lang } from '../../src/model';
import { cannotBeSame, WHOLE_SUMMARY_SCORE } from '../../src/stories/prefilter';
import { compareTexts, leadOf, sharedNames, sharedNamesBound, textFeatures, type TextFeatures } from '../../src/stories/similarity';

interface Labelled {
  title: string;
  summary: string;
  published?: string;
  lang?: Lang;
}

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');
const FILES = ['clustering.json', 'clustering-tune2.json', 'clustering-holdout2.json', 'clustering-holdout3.json'];

/** Every labelled clustering item, as the clusterer sees it (an item) and as a story keeps it (a source: headline + lead). */
function corpus(): Array<{ item: TextFeatures; source: TextFeatures; figures: Figure[] }> {
  const out: Array<{ item: TextFeatures; source: TextFeatures; figures: Figure[] }> = [];
  for (const f of FILES) {
    const items = (JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Labelled[] }).items;
    for (const x of items) {
      const at = x.published ? Date.parse(x.published) : undefined;
      const figures = extractFigures({ title: x.title, summary: x.summary }, { published: x.published, lang: x.lang });
      out.push({ item: textFeatures(x.title, x.summary, figures, at), source: textFeatures(x.title, leadOf(x.summary), [], at), figures });
    }
  }
  return out;
}

describe('same-story pre-filter', () => {
  // Soundness: a pair the pre-filter rejects is never "same", and never scores enough for compareWithStory
  // to re-read the story's whole summary. Checked on every ordered pair of the labelled items (same-story
  // pairs, look-alikes and unrelated ones), each item against each other's stored source (with its figures)
  // and against its full text.
  test('a rejected pair is never the same story, and scores below the whole-summary fallback', () => {
    const all = corpus();
    let rejected = 0;
    let pairs = 0;
    const unsound: string[] = [];
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        for (const other of [{ ...b.source, figures: b.figures }, b.item]) {
          pairs++;
          // Figures bounded by the counts, and counted exactly (as the clusterer passes them, once per story).
          const bounded = cannotBeSame(a.item, other);
          const exact = cannotBeSame(a.item, other, other.figures, agreeingFigureCount(a.item.figures, other.figures));
          if (bounded && !exact) unsound.push('the exact figure count rejects less than its bound');
          if (!exact) continue;
          rejected++;
          const p = compareTexts(a.item, other);
          if (p.same || p.score >= WHOLE_SUMMARY_SCORE) unsound.push(`${p.reason} ${p.score}`);
        }
      }
    }
    expect(unsound).toEqual([]);
    // Not vacuous: most unrelated pairs are rejected without a full comparison.
    expect(rejected / pairs).toBeGreaterThan(0.5);
  });

  // The pre-filter rejects a pair by sharedNamesBound before it counts the shared names: the bound must never
  // be below sharedNames, and be 0 exactly when sharedNames finds nothing to look up.
  test('sharedNamesBound is an upper bound of sharedNames', () => {
    const all = corpus();
    const below: string[] = [];
    let named = 0;
    let tighter = 0;
    for (const a of all) {
      for (const b of all) {
        for (const other of [b.source, b.item]) {
          const n = sharedNames(a.item.entities, other.entities);
          const u = sharedNamesBound(a.item.entities, other.entities);
          if (u < n) below.push(`${[...a.item.entities].join('|')} / ${[...other.entities].join('|')}: ${u} < ${n}`);
          if (n > 0) named++;
          if (u > 0 && u <= 3) tighter++;
        }
      }
    }
    expect(below).toEqual([]);
    // Not vacuous: pairs share names, and many get a small bound.
    expect(named).toBeGreaterThan(100);
    expect(tighter).toBeGreaterThan(100);
  });

  test('near-duplicates and paraphrases pass it', () => {
    const at = Date.parse('2024-03-05T15:00:00Z');
    const a = textFeatures('Border Patrol agents find 38 migrants in trailer near Laredo', 'Agents found 38 migrants inside a tractor-trailer north of Laredo on Tuesday.', [], at);
    const b = textFeatures('Border Patrol agents find 38 migrants in a trailer near Laredo', 'Agents found 38 migrants inside a tractor-trailer north of Laredo on Tuesday, the agency said.', [], at);
    expect(cannotBeSame(a, b)).toBe(false);
    const c = textFeatures('Hallan a 38 migrantes en un tráiler cerca de Laredo', 'Agentes de la Patrulla Fronteriza hallaron a 38 migrantes dentro de un tráiler al norte de Laredo el martes.', [], at);
    expect(cannotBeSame(a, c)).toBe(false);
  });
});
