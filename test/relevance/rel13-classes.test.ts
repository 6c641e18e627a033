/**
 * Relevance classes fixed in the rel13 pass: beat stories told without migrant, border or immigration words, and
 * the traps aimed at them. Every headline is invented (test/relevance/probes-rel13/, first readings in its README);
 * none is copied from eval/data. Each probe round is replayed with the default profile: every item must get its
 * label except the misses the README lists as not fixed.
 */
import { join } from 'path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';
import { readProbes } from './probes-rel13/score';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

/** Left unfixed (see probes-rel13/README.md): the profile still gets these wrong. */
const KNOWN_MISSES = new Set([
  'Algeria leaves hundreds in the desert near Niger frontier, aid group says',
  'Papua New Guinea to close Manus centre as last men flown to Port Moresby',
  'Iraq returns families of fighters from Syria\'s al-Hol camp',
  'Qatar World Cup workers still owed wages, rights group says',
  'Smugglers charged for moving Guatemalan jade to Texas',
  'Lampedusa hands over keys of the city to Italian cyclist',
  // rel19: only the model let it in; the model retrained with holdout12 reads it under 0.8. Kept visible.
  'Sweden pays people to go home under new voluntary scheme',
]);

describe.each(['round1.txt', 'round2.txt'])('probe %s', (file) => {
  const probes = readProbes(join(__dirname, 'probes-rel13', file)).filter((p) => !KNOWN_MISSES.has(p.title));
  it('has items on and off the beat', () => {
    expect(probes.some((p) => p.relevant)).toBe(true);
    expect(probes.some((p) => !p.relevant)).toBe(true);
  });
  it.each(probes.map((p) => [p.relevant ? 'on' : 'off', p.title, p.summary] as const))('%s: %s', (label, title, summary) => {
    expect(match(title, summary)).toBe(label === 'on');
  });
});

describe('the known misses are still misses (remove them from the list when fixed)', () => {
  const all = ['round1.txt', 'round2.txt'].flatMap((f) => readProbes(join(__dirname, 'probes-rel13', f)));
  it.each([...KNOWN_MISSES])('%s', (title) => {
    const p = all.find((x) => x.title === title);
    expect(p).toBeDefined();
    expect(match(p!.title, p!.summary)).toBe(!p!.relevant);
  });
});

describe('trafficking told as deception needs the charge, a sending-country nationality and the exploitation', () => {
  it.each([
    ['bars', 'Acusan a dos por obligar a hondureñas a trabajar en bares de Tapachula', 'Las engañaron con ofertas de empleo.'],
    ['debts', 'Three indicted for smuggling Guatemalan teens to work off debts at Ohio poultry plant', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['no nationality', 'Three indicted for forcing investors to repay debts', ''],
    ['se trata', 'Detienen a colombianos; se trata de una banda de ladrones de autos', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('drug-only tunnels and agricultural or livestock inspections are off the beat unless people are named', () => {
  it.each([
    ['tunnel drugs', 'Agents find tunnel under Nogales home with 500 pounds of meth', ''],
    ['fruit', 'CBP officers at Laredo seize prohibited fruit in traveller bags', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['tunnel people', 'Agents find tunnel under Nogales home used to move migrants', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
