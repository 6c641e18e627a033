import { extractFigures } from '../../src/figures/extract';
import { compareTexts, sameNumber, textFeatures } from '../../src/stories/similarity';
import { runRound } from './clu12-probes.data';
import { ROUNDS13 } from './clu13-probes.data';

/**
 * Invented probe rounds of clu13 (test/stories/clu13-probes.data.ts), scored before their classes were
 * fixed: every must-stay-apart pair apart, no story holding two events, every must-merge group merged
 * but those listed as open.
 */
const OPEN: Record<string, string[]> = {
  // 'pipa' / 'tanker truck', 'carriles' / 'lanes': the twin ports are one place now, the wording still too far apart.
  landmarks: ['teresa'],
};

describe('clu13 invented probe rounds', () => {
  for (const round of ROUNDS13) {
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

describe('clu13 rounded counts', () => {
  it('a count of hundreds ending in a zero is the exact count it rounds to within 3%, no other', () => {
    expect(sameNumber('210', '212')).toBe(true);
    expect(sameNumber('143', '140')).toBe(true);
    expect(sameNumber('210', '216')).toBe(false);
    expect(sameNumber('260', '212')).toBe(false);
    expect(sameNumber('90', '92')).toBe(false);
    expect(sameNumber('210', '210')).toBe(true);
  });
});

describe('clu13 a coast is no country', () => {
  const f = (title: string, summary: string, at: string, lang: 'en' | 'es') => textFeatures(title, summary, extractFigures({ title, summary }, { published: at, lang }), Date.parse(at));
  // First reading (before the fix): 'different places' ("costa" read as Costa Rica against "Mexico").
  it('"la costa de Sonora" and "near Puerto Peñasco, Mexico" are one shipwreck', () => {
    const p = compareTexts(
      f('Naufragio en la costa de Sonora deja tres migrantes muertos', 'La embarcación volcó cerca de Puerto Peñasco el domingo; dos sobrevivientes fueron llevados a un hospital.', '2032-10-03T15:00:00Z', 'es'),
      f('Three migrants die after boat flips near Puerto Peñasco, Mexico', 'The vessel overturned on Sunday near the Sonora resort town; two survivors were taken to a hospital.', '2032-10-03T17:00:00Z', 'en'),
    );
    expect(p.same).toBe(true);
  });
});
