/**
 * rel15: the beat model reads word prefixes too (`prefix: 4`, src/relevance/beat-model.ts FeatureSpec) and is trained
 * on every non-held-out labelled file; the concept rule reads jobs as people, concealment, labour-scheme and status
 * words. Probe rounds are invented (test/relevance/probes-rel15/, readings in its README); none is copied from eval/data.
 */
import { join } from 'path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';
import { beatFeatures, beatProbabilityOfText, beatScore, SHIPPED_BEAT_MODEL } from '../../src/relevance/beat-model';
import { trainLogistic } from '../../eval/beat-training';
import { readProbes } from './probes-rel13/score';

const profile = compileProfile(loadConfig().keywords);
const result = (title: string, summary = '') => matchText(profile, { title, summary });

describe('prefix features', () => {
  it('the shipped model reads 4-letter word prefixes', () => {
    expect(SHIPPED_BEAT_MODEL.features).toEqual({ prefix: 4 });
    expect(beatFeatures({ title: 'Rohinyás llegan' }, { prefix: 4 })).toEqual(expect.arrayContaining(['p:rohi', 'p:lleg']));
    expect(beatFeatures({ title: 'Rohinyás llegan' })).not.toContain('p:rohi');
  });
  it('compiled scoring equals the feature-list dot product with every extra feature kind', () => {
    const items = [
      { title: 'Migrants crossed the river near Eagle Pass', summary: 'Agents detained forty people.', relevant: true },
      { title: 'Migrantes cruzan el río Bravo', summary: 'Fueron detenidos por la Patrulla Fronteriza.', relevant: true },
      { title: 'Border collie wins the dog show', summary: 'The crowd cheered the champion.', relevant: false },
      { title: 'Dog show in Eagle Pass', summary: 'The champion is a collie.', relevant: false },
    ];
    const spec = { prefix: 4, skip: true, titleBigrams: true };
    const model = trainLogistic([...items, ...items], { l2: 0.001, features: spec });
    expect(model.features).toEqual(spec);
    expect(Object.keys(model.weights).some((f) => f.startsWith('p:'))).toBe(true);
    for (const i of items) {
      const viaFeatures = 1 / (1 + Math.exp(-beatScore(model, beatFeatures(i, spec))));
      expect(beatProbabilityOfText(model, i)).toBeCloseTo(viaFeatures, 12);
    }
  });
});

/**
 * Headline-only beat items the retrained model puts just under the 0.1 floor (p 0.085-0.099): known misses.
 * rel16's retrain (holdout9 added) lifted the South Korea quota headline over the floor (0.096 -> 0.128) and put two
 * headlines of older suites just under it (Rio Grande drownings 0.101 -> 0.096, the Mexicali albergue 0.105 -> 0.090).
 * rel17's retrain (holdout10 added) lifted the Tapachula caravan over the floor and put the Denver sanctuary-ordinance
 * headline of profile-classes-h5 just under it (0.105 -> 0.079).
 */
const FLOOR_MISSES = [
  'Proceso: Crece el negocio de los coyotes en Sonora',
  'Denver council keeps its sanctuary ordinance',
  'Drownings in the Rio Grande rise as summer heat sets in',
  'Albergue de Mexicali pide donativos de ropa',
];

describe('known misses of the retrained model (drop from the list when fixed)', () => {
  it.each(FLOOR_MISSES)('%s: a rule matches, the floor vetoes it', (title) => {
    const r = result(title);
    expect(r.relevant).toBe(false);
    expect(r.excludedBy).toBe('beatFloor 0.1');
  });
});

/** Round 1 items still missed after the class fixes (see probes-rel15/README.md). */
const ROUND1_MISSES = new Set([
  'Nineteen pulled from drainage tunnel under Nogales',
  // ('Kenyan caregivers head to Japan under new labour agreement' is read since rel18's retrain with holdout11.)
  'Enfermeras filipinas llenan los hospitales de Arabia Saudita',
]);

describe('probe round 2 (written before the round-2 class fixes)', () => {
  const probes = readProbes(join(__dirname, 'probes-rel15', 'round2.txt'));
  const MISSES = new Set<string>([]); // rel17's retrain lifted the last one (grandmothers visiting Los Angeles)
  it('has 30 items, half traps or more', () => {
    expect(probes).toHaveLength(30);
    expect(probes.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(15);
  });
  it.each(probes.filter((p) => !MISSES.has(p.title)).map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))(
    '%s: %s', (label, title, summary) => {
      expect(result(title, summary).relevant).toBe(label === 'on');
    });
  if (MISSES.size > 0) it.each([...MISSES])('still missed (drop from the list when fixed): %s', (title) => {
    const p = probes.find((q) => q.title === title)!;
    expect(result(p.title, p.summary).relevant).toBe(false);
  });
});

describe('probe round 1 (written before the class fixes)', () => {
  const probes = readProbes(join(__dirname, 'probes-rel15', 'round1.txt'));
  it('has 36 items, about half traps', () => {
    expect(probes).toHaveLength(36);
    expect(probes.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(18);
  });
  it.each(probes.filter((p) => !ROUND1_MISSES.has(p.title)).map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))(
    '%s: %s', (label, title, summary) => {
      expect(result(title, summary).relevant).toBe(label === 'on');
    });
  it.each([...ROUND1_MISSES])('still missed (drop from the list when fixed): %s', (title) => {
    const p = probes.find((q) => q.title === title)!;
    expect(p.relevant).toBe(true);
    expect(result(p.title, p.summary).relevant).toBe(false);
  });
});

describe('probe round 3 (final, untuned): its reading is recorded, not tuned on', () => {
  const probes = readProbes(join(__dirname, 'probes-rel15', 'round3-final.txt'));
  it('has 44 items, half of them traps, and reads at least P 0.95 / R 0.90 as first scored', () => {
    expect(probes).toHaveLength(44);
    expect(probes.filter((p) => !p.relevant)).toHaveLength(22);
    let tp = 0, fp = 0, fn = 0;
    for (const p of probes) {
      const got = result(p.title, p.summary).relevant;
      if (got && p.relevant) tp++;
      else if (got) fp++;
      else if (p.relevant) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});
