/**
 * rel17: rules for beat stories told without beat words, from holdout10's misses grouped into classes
 * (money-from-abroad, work-abroad, crash-near-checkpoint, remains-desert-corridors, roadside-document-checks,
 * nationals-rescued, mobile-consulates). Probe rounds are invented (test/relevance/probes-rel17/), each written before the change it tested;
 * none is copied from eval/data.
 */
import { join } from 'path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';
import { readProbes } from './probes-rel13/score';

const profile = compileProfile(loadConfig().keywords);
const result = (title: string, summary = '') => matchText(profile, { title, summary });

describe('rel17 probe round1.txt (written before the rel17 rules: first reading P 1.000 R 0.500)', () => {
  const probes = readProbes(join(__dirname, 'probes-rel17', 'round1.txt'));
  it('has traps as well as beat items', () => {
    expect(probes.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
    expect(probes.filter((p) => p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
  });
  it.each(probes.map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))('%s: %s', (label, title, summary) => {
    expect(result(title, summary).relevant).toBe(label === 'on');
  });
});

/** Items of each later round the profile still gets wrong (drop them from the list when fixed). */
const WRONG: Record<string, readonly string[]> = {
  // round 2's first reading: P 0.800 R 0.400. Visa interviews at a U.S. consulate are read by the older immigration-en
  // rule (visas as immigration policy); left as is.
  'round2.txt': ['U.S. consulate in Monterrey adds Saturday visa interviews'],
  // round 3 was scored once before the round-2 widening and not tuned on.
  'round3.txt': ['Jamaican farmworkers return from Canadian orchards after seasonal programme ends'],
};

describe.each(Object.keys(WRONG))('rel17 probe %s', (file) => {
  const probes = readProbes(join(__dirname, 'probes-rel17', file));
  const wrong = new Set(WRONG[file]);
  it('has traps as well as beat items', () => {
    expect(probes.filter((p) => !p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
    expect(probes.filter((p) => p.relevant).length).toBeGreaterThanOrEqual(probes.length / 3);
  });
  it.each(probes.filter((p) => !wrong.has(p.title)).map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))(
    '%s: %s', (label, title, summary) => {
      expect(result(title, summary).relevant).toBe(label === 'on');
    });
  it.each([...wrong])('still wrong (drop from the list when fixed): %s', (title) => {
    const p = probes.find((q) => q.title === title)!;
    expect(result(p.title, p.summary).relevant).toBe(!p.relevant);
  });
});

describe('the rel17 rules name their class', () => {
  it.each([
    ['money-from-abroad', 'Nicaragua: dinero enviado por familiares desde Estados Unidos sube 12 por ciento', ''],
    ['money-from-abroad', 'Wire transfers from relatives abroad now a fifth of Haiti’s economy, central bank says', ''],
    ['work-abroad', 'Samoan workers on Australian farms to get new housing rules under labour mobility scheme', ''],
    ['work-abroad', 'Peruanas en Italia cuidan ancianos sin contrato, denuncia sindicato', 'Son cuidadoras y empleadas de hogar.'],
    ['work-abroad', 'Ghanaian nurses leave for the United Kingdom as wards empty, union says', ''],
    ['crash-near-checkpoint', 'Pickup packed with 15 rolls over near Hebbronville; 2 dead', ''],
    ['remains-desert-corridors', 'Hallan osamenta en el desierto de Sonoyta', ''],
    ['crash-near-checkpoint', 'Two killed as van carrying 14 flees agents and rolls near Encinal', ''],
    ['roadside-document-checks', 'Jueza ordena frenar revisiones de documentos a pasajeros de autobús en Chiapas', ''],
    ['nationals-rescued', 'Aseguran a 40 hondureños en Puebla', ''],
    ['mobile-consulates', 'Consulado móvil expide pasaportes a connacionales en Idaho', ''],
  ])('%s: %s', (rule, title, summary) => {
    expect(result(title, summary).matched).toContain(rule);
  });
});

it('nationals-rescued leaves drug arrests of foreigners alone (the older nationalities-moving rule still reads this one)', () => {
  expect(result('Aseguran a 2 colombianos con cocaína en Tijuana').matched).not.toContain('nationals-rescued');
});

describe('the rel17 rules keep their look-alikes out', () => {
  it.each([
    ['tourism receipts', 'Receipts from abroad for hotels and tourism hit a record, central bank says', ''],
    ['exports', 'Envíos de acero desde Estados Unidos caen 8 por ciento por aranceles', ''],
    ['social programmes', 'Transferencias del programa de pensiones llegan a 3 millones de hogares', ''],
    ['sport transfers', 'Colombian club completes $9 million transfer of striker from abroad', ''],
    ['domestic workers at home', 'Trabajadoras del hogar exigen seguridad social en la Ciudad de México', ''],
    ['doctors at a conference', 'Nigerian doctors leave for London summit on malaria', ''],
    ['a family car crash', 'SUV crash near Alpine kills 2, injures family of four', ''],
    ['a drunk driver', 'Drunk driver in pickup crashes near Uvalde, 1 dead, 2 injured', ''],
    ['a school bus', 'School bus and pickup collide near Marfa; 1 dead, 6 hurt', ''],
    ['a robbery chase', 'Robbery suspects flee deputies in SUV and roll near Cotulla; 1 dead, 3 hurt', ''],
    ['vehicle papers', 'Revisiones en carreteras: qué documentos del vehículo debes llevar, denuncian abusos', ''],
    ['climbers', 'Rescatan a 5 montañistas venezolanos en el Pico de Orizaba', ''],
    ['consulate festivities', 'Consulado móvil lleva festival de pasaportes y mariachi a Dallas', ''],
  ])('%s stays out', (_c, title, summary) => {
    expect(result(title, summary).relevant).toBe(false);
  });
});

describe('rel17 final round (untuned): its first reading is recorded, not tuned on', () => {
  const probes = readProbes(join(__dirname, 'probes-rel17', 'final.txt'));
  it('has 24 items, half traps, and reads as first scored (21/24: P 0.909 R 0.833)', () => {
    expect(probes).toHaveLength(24);
    expect(probes.filter((p) => !p.relevant)).toHaveLength(12);
    let tp = 0, fp = 0, fn = 0;
    for (const p of probes) {
      const got = result(p.title, p.summary).relevant;
      if (got && p.relevant) tp++;
      else if (got) fp++;
      else if (p.relevant) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.83);
  });
});
