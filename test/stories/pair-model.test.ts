import { agreeingFigureCount } from '../../src/stories/figure-match';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import type { Lang } from '../../src/model';
import trained from '../../src/stories/data/pair-model.json';
import { PAIR_FEATURES, pairFeatureVector, pairModel, probabilityOf, usePairModel, type PairModel } from '../../src/stories/pair-model';
import { cannotBeSame, WHOLE_SUMMARY_SCORE } from '../../src/stories/prefilter';
import { compareTexts, leadOf, pairContext, textFeatures, type TextFeatures } from '../../src/stories/similarity';

/**
 * The learned pair scorer (src/stories/pair-model.ts, trained by eval/train-pair-model.ts): used only when
 * adopted; with a model in use, the pre-filter stays sound, and the vetoes and guards stay hard rules.
 */

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');
const FILES = ['clustering.json', 'clustering-tune2.json'];

function corpus(): Array<{ item: TextFeatures; source: TextFeatures }> {
  const out: Array<{ item: TextFeatures; source: TextFeatures }> = [];
  for (const f of FILES) {
    const items = (JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string; published?: string; lang?: Lang }> }).items;
    for (const x of items) {
      const at = x.published ? Date.parse(x.published) : undefined;
      const figures = extractFigures({ title: x.title, summary: x.summary }, { published: x.published, lang: x.lang });
      out.push({ item: textFeatures(x.title, x.summary, figures, at), source: textFeatures(x.title, leadOf(x.summary), figures, at) });
    }
  }
  return out;
}

/** The shipped weights with a threshold low enough that the model decides many pairs (a model that does something). */
const EAGER: PairModel = { ...(trained as PairModel), threshold: 0.5, adopted: true };
/** A model that says "same" to every pair its guards let through. */
const ALWAYS: PairModel = { features: PAIR_FEATURES, weights: PAIR_FEATURES.map(() => 0), bias: 50, threshold: 0.5, adopted: true };

afterEach(() => {
  usePairModel((trained as PairModel).adopted ? (trained as PairModel) : undefined);
});

describe('learned pair scorer', () => {
  test('the shipped model is used only when its validation adopted it', () => {
    expect((trained as PairModel).weights).toHaveLength(PAIR_FEATURES.length);
    expect(pairModel() !== undefined).toBe((trained as PairModel).adopted === true);
  });

  test('a model of other features is not used', () => {
    usePairModel({ features: ['x'], weights: [1], bias: 0, threshold: 0.5 });
    expect(pairModel()).toBeUndefined();
  });

  test('probability: the logistic of the weighted features', () => {
    const m: PairModel = { features: PAIR_FEATURES, weights: PAIR_FEATURES.map((_, i) => (i === 0 ? 2 : 0)), bias: -1, threshold: 0.5 };
    const x = PAIR_FEATURES.map((_, i) => (i === 0 ? 0.5 : 1));
    expect(probabilityOf(m, x)).toBeCloseTo(0.5, 10);
    expect(probabilityOf(m, x.map((v, i) => (i === 0 ? 1 : v)))).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
  });

  test('features: overlap as Dice and as containment of the shorter text, each in [0, 1]', () => {
    const at = Date.parse('2031-03-04T15:00:00Z');
    const a = textFeatures('Agents find 12 migrants inside rail car near Laredo', 'Border Patrol agents found 12 migrants locked inside a freight rail car north of Laredo on Tuesday, the agency said.', [], at);
    const b = textFeatures('Hallan a 12 migrantes dentro de un vagón cerca de Laredo', '', [], at);
    const p = compareTexts(a, b);
    const x = pairFeatureVector({ ...p, days: 0 }, a, b, pairContext(a, b));
    expect(x).toHaveLength(PAIR_FEATURES.length);
    for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
    const at_ = (f: string) => x[PAIR_FEATURES.indexOf(f as (typeof PAIR_FEATURES)[number])]!;
    expect(at_('leadContainment')).toBeGreaterThanOrEqual(at_('leadDice'));
    expect(at_('bareHeadline')).toBe(1);
    expect(at_('sameDay')).toBe(1);
  });

  // Soundness of the pre-filter's bound with a model in use: a rejected pair is never the same story (by the
  // model or a rule) and scores below the whole-summary fallback. Checked on every ordered pair of labelled items.
  test('with a model in use, a pair the pre-filter rejects is never the same story', () => {
    usePairModel(EAGER);
    const all = corpus();
    const unsound: string[] = [];
    let byModel = 0;
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const other = b.source;
        const rejected = cannotBeSame(a.item, other, other.figures, agreeingFigureCount(a.item.figures, other.figures));
        const p = compareTexts(a.item, other);
        if (p.reason === 'pair model') byModel++;
        if (rejected && (p.same || p.score >= WHOLE_SUMMARY_SCORE)) unsound.push(`${p.reason} ${p.score}`);
      }
    }
    expect(unsound).toEqual([]);
    // Not vacuous: the model decided pairs the rules left "not similar".
    expect(byModel).toBeGreaterThan(0);
  });

  test('the vetoes and guards stay hard rules: another place, another count, another day', () => {
    usePairModel(ALWAYS);
    const at = Date.parse('2031-03-04T15:00:00Z');
    const eaglePass = textFeatures('Agents rescue family stranded on Rio Grande island near Eagle Pass', 'A mother and three children spent the night on the island before agents reached them by boat on Tuesday.', [], at);
    const delRio = textFeatures('Agents rescue family stranded on Rio Grande island near Del Rio', 'A father and two children were reached by boat on Tuesday after a night on the island.', [], at);
    expect(compareTexts(eaglePass, delRio).same).toBe(false);
    const f1 = extractFigures({ title: 'Agents find 1,240 pounds of marijuana in produce truck', summary: 'The load was found at the Pharr bridge on Tuesday.' }, { lang: 'en' });
    const f2 = extractFigures({ title: 'Agents find 3,100 pounds of marijuana in produce truck', summary: 'The load was found at the Pharr bridge on Tuesday.' }, { lang: 'en' });
    const a = textFeatures('Agents find 1,240 pounds of marijuana in produce truck', 'The load was found at the Pharr bridge on Tuesday.', f1, at);
    const b = textFeatures('Agents find 3,100 pounds of marijuana in produce truck', 'The load was found at the Pharr bridge on Tuesday.', f2, at);
    expect(compareTexts(a, b).same).toBe(false);
    const later = textFeatures('Migrant shelter in Juárez asks for blankets', 'Volunteers asked for donations as temperatures dropped.', [], at + 4 * 86400_000);
    const first = textFeatures('Migrant shelter in Juárez asks for blankets and coats', 'Volunteers asked residents for donations as a cold front arrived.', [], at);
    const p = compareTexts(later, first);
    expect(p.reason).not.toBe('pair model');
  });
});
