/**
 * rel16: holdout9 joins the beat model's training, the `beat-model` rule reads @beat:0.8 (was 0.9) with more trap
 * families as NOTs, and four rules for beat stories told without beat words (people-found-hidden, newcomer-students,
 * consulates-under-enforcement, emigrant-towns). Probe rounds are invented (test/relevance/probes-rel16/), each
 * written before the change it tested; none is copied from eval/data.
 */
import { join } from 'path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';
import { readProbes } from './probes-rel13/score';

const profile = compileProfile(loadConfig().keywords);
const relevant = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

/** Items of each round still missed (drop them from the list when fixed). */
const MISSES: Record<string, readonly string[]> = {
  'round1.txt': ['Inspectors find broken showers and rationed water at Georgia processing center holding 900 detainees'],
  'round2.txt': [],
  'round3.txt': [],
  'round4.txt': [],
  'round5.txt': ['Planned 1,000-bed detention center splits rural Kansas county'],
  'round6.txt': [],
};

describe.each(Object.keys(MISSES))('rel16 probe %s', (file) => {
  const probes = readProbes(join(__dirname, 'probes-rel16', file));
  const misses = new Set(MISSES[file]);
  it('has traps as well as beat items', () => {
    expect(probes.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
    expect(probes.filter((p) => p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
  });
  it.each(probes.filter((p) => !misses.has(p.title)).map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))(
    '%s: %s', (label, title, summary) => {
      expect(relevant(title, summary)).toBe(label === 'on');
    });
  if (misses.size > 0) it.each([...misses])('still missed (drop from the list when fixed): %s', (title) => {
    const p = probes.find((q) => q.title === title)!;
    expect(p.relevant).toBe(true);
    expect(relevant(p.title, p.summary)).toBe(false);
  });
});

describe('rel16 final round (untuned): its first reading is recorded, not tuned on', () => {
  const probes = readProbes(join(__dirname, 'probes-rel16', 'final.txt'));
  it('has 24 items, half traps, and reads at least P 0.95 / R 0.90 as first scored (1.000 / 0.917)', () => {
    expect(probes).toHaveLength(24);
    expect(probes.filter((p) => !p.relevant)).toHaveLength(12);
    let tp = 0, fp = 0, fn = 0;
    for (const p of probes) {
      const got = relevant(p.title, p.summary);
      if (got && p.relevant) tp++;
      else if (got) fp++;
      else if (p.relevant) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the rel16 rules', () => {
  it.each(['people-found-hidden', 'newcomer-students', 'consulates-under-enforcement', 'emigrant-towns'])('%s is a global rule', (name) => {
    expect(loadConfig().keywords.rules.some((r) => r.name === name)).toBe(true);
  });
  it('beat-model reads @beat:0.8', () => {
    expect(loadConfig().keywords.rules.find((r) => r.name === 'beat-model')?.match).toMatch(/^@beat:0\.8 /);
  });
});

describe('"asylum-seeking" as an adjective is the asylum seeker (the miss of the rel16 final round, fixed as its class)', () => {
  it.each([
    'Asylum-seeking teenagers enroll at Portland high school',
    'Judge orders release of asylum-seeking mothers held in Dilley',
    'Asylum-seeking Congolese family settles in Buffalo',
  ])('on: %s', (title) => expect(relevant(title)).toBe(true));
  it.each([
    'Spa retreat offers asylum-seeking executives a quiet weekend',
    'Burned-out coders find an asylum-seeking retreat in Vermont',
  ])('off (asylum as a metaphor for rest): %s', (title) => expect(relevant(title)).toBe(false));
});
