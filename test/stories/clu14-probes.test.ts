import { extractFigures } from '../../src/figures/extract';
import { compareTexts, textFeatures } from '../../src/stories/similarity';
import { conceptTokens } from '../../src/stories/bilingual';
import { runRound } from './clu12-probes.data';
import { ROUNDS14 } from './clu14-probes.data';

/**
 * Invented probe rounds of clu14 (test/stories/clu14-probes.data.ts): every must-stay-apart pair apart, no
 * story holding two events, every must-merge group merged but those listed as open.
 */
const OPEN: Record<string, string[]> = {};

describe('clu14 invented probe rounds', () => {
  for (const round of ROUNDS14) {
    it(`${round.name}: must-stay-apart pairs apart, no story holds two events`, async () => {
      const s = await runRound(round);
      expect(s.apartFailures).toEqual([]);
      expect(s.apartKept).toBe(round.apart.length);
    });
    it(`${round.name}: must-merge groups merged (but those still open)`, async () => {
      const s = await runRound(round);
      const open = new Set(OPEN[round.name] ?? []);
      expect(s.split.map((x) => x.split(':')[0]).filter((e) => !open.has(e!))).toEqual([]);
    });
  }
});

describe('clu14 concept classes', () => {
  const concepts = (s: string) => [...new Set(conceptTokens(s))].sort();
  it.each([
    ['meatpacking plant', 'planta cárnica'],
    ['beef plant', 'empacadora de carne'],
    ['tanker truck', 'pipa'],
    ['18-wheeler', 'caja seca'],
    ['sandbar', 'banco de arena'],
    ['checkpoint', 'punto de revisión'],
    ['stash house', 'casa de seguridad'],
    ['minivan', 'camioneta'],
    ['coach', 'autobús'],
    ['ravine', 'barranco'],
  ])('"%s" and "%s" are one concept', (en, es) => {
    expect(concepts(en)).toEqual(concepts(es));
  });
});

describe('clu14 one sum in two currencies', () => {
  const f = (title: string, summary: string, lang: 'en' | 'es') => textFeatures(title, summary, extractFigures({ title, summary }, { published: '2033-05-16T15:00:00Z', lang }), Date.parse('2033-05-16T15:00:00Z'));
  it('"200 millones de pesos" and "$11 million" for one fund agree', () => {
    const p = compareTexts(
      f('Gobierno destina 200 millones de pesos a albergues de Tijuana', 'La Secretaría de Gobernación dijo el martes que el fondo ampliará la capacidad de los refugios para migrantes en Baja California.', 'es'),
      f('Mexico pledges $11 million for Tijuana migrant shelters', 'The Interior Ministry said on Tuesday the money will expand shelter capacity in Baja California.', 'en'),
    );
    expect(p.same).toBe(true);
  });
  it('"80 millones de pesos" and "$11 million" are two sums', () => {
    const p = compareTexts(
      f('Gobierno destina 80 millones de pesos a albergues de Tijuana', 'La Secretaría de Gobernación dijo el martes que el fondo ampliará la capacidad de los refugios para migrantes en Baja California.', 'es'),
      f('Mexico pledges $11 million for Tijuana migrant shelters', 'The Interior Ministry said on Tuesday the money will expand shelter capacity in Baja California.', 'en'),
    );
    expect(p.same).toBe(false);
  });
});
