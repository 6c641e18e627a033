/**
 * rel18 (round j): holdout11 spent. The beat model is retrained with it; the misses it leaves are grouped into classes
 * and fixed in the rules: ICE told with Spanish verbs ("ICE detiene a 30") or with surveillance and records (plate
 * readers, subpoenas); trusted-traveler programmes (NEXUS, Global Entry) are travel facilitation like SENTRI; the
 * northern border zone's tax and wage regime (IVA, estímulos fiscales, salario mínimo) is economic policy; "migración" of
 * politicians between parties is not migration. The final round (test/relevance/probes-rel18/final.txt) was written
 * after those changes and scored once, untuned: 23/24, its one miss kept visible below.
 */
import { join } from 'path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';
import { readProbes } from './probes-rel13/score';

const profile = compileProfile(loadConfig().keywords);
const result = (title: string, summary = '') => matchText(profile, { title, summary });

/** Still wrong at the first reading (the frontera-es rule reads "frontera norte" with no veto for wages). */
const WRONG = new Set([
  'Salario mínimo de la frontera norte sube 12 por ciento en 2027',
  // rel19: the model retrained with holdout12 puts it under 0.8 (only the model let it in); kept visible.
  'ICE tapped utility records to find people, watchdog says',
]);

describe('rel18 final round (untuned): its first reading is recorded, not tuned on', () => {
  const probes = readProbes(join(__dirname, 'probes-rel18', 'final.txt'));
  it('has 24 items, half traps', () => {
    expect(probes).toHaveLength(24);
    expect(probes.filter((p) => !p.relevant)).toHaveLength(12);
  });
  it.each(probes.filter((p) => !WRONG.has(p.title)).map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))('%s: %s', (label, title, summary) => {
    expect(result(title, summary).relevant).toBe(label === 'on');
  });
  it.each([...WRONG])('still wrong (drop from the list when fixed): %s', (title) => {
    const p = probes.find((q) => q.title === title)!;
    expect(result(p.title, p.summary).relevant).toBe(!p.relevant);
  });
});

describe('the rel18 rule changes name their rule', () => {
  it.each([
    ['ice', 'ICE detiene a 8 en lavado de autos de Phoenix', ''],
    ['ice', 'Report: ICE bought access to license plate readers in 40 counties', ''],
  ])('%s: %s', (rule, title, summary) => {
    expect(result(title, summary).matched).toContain(rule);
  });
  it('keeps frozen water out of the ice rule', () => {
    expect(result('Sea ice surveillance flights resume over the Arctic').matched).not.toContain('ice');
  });
  it('keeps the trusted-traveler programmes out unless migrants are in the story', () => {
    expect(result('NEXUS card backlog clears, CBP says').relevant).toBe(false);
    expect(result('CBP moves NEXUS officers to process migrants at the bridge').relevant).toBe(true);
  });
});
