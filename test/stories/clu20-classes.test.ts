import { runRound } from './clu12-probes.data';
import { CLU20_FINAL, CLU20_ROUND1 } from './clu20-probes.data';
import { conceptTokens } from '../../src/stories/bilingual';
import { eventDays, localDay, periodOf } from '../../src/stories/event-date';
import { compareTexts, explainPlaces, selfPlacedField, sharedNames, sharedNamesBound, textFeatures } from '../../src/stories/similarity';

/**
 * clu20's invented probe rounds (clu20-probes.data.ts) run through the real clusterer with memory stores.
 * round1 was written before the fixes and scored then: groups 0/5 merged, apart pairs 4/5 kept (two detention
 * centers' hunger strikes merged); after them 3/5 and 5/5. The final round was written after the last change
 * and scored once, untuned: groups 5/6 merged, apart pairs 5/5 kept. Misses still open are listed, kept visible.
 */
const OPEN: Record<string, string[]> = {
  // A sector named by its station's town ("Swanton Sector") and the state the station names ("northern Vermont"):
  // the tables do not place the town; and a low-overlap paraphrase naming only where the group came from.
  'clu20-round1': ['bp-swanton-week', 'trailer-zacatecas'],
  // Scored once, untuned: the report giving only the count, the road and where the group boarded (low overlap) split.
  'clu20-final-untuned': ['trailer-nuevoleon'],
};
const OPEN_APART: Record<string, string[]> = {
  'clu20-round1': [],
  'clu20-final-untuned': [],
};

describe('clu20 probe rounds', () => {
  for (const round of [CLU20_ROUND1, CLU20_FINAL]) {
    it(`${round.name}: must-stay-apart pairs apart (but those still open)`, async () => {
      const s = await runRound(round);
      const open = OPEN_APART[round.name] ?? [];
      expect(s.apartFailures.filter((f) => !open.some((o) => f.startsWith(o)))).toEqual([]);
    });
    it(`${round.name}: must-merge groups merged (but those still open)`, async () => {
      const s = await runRound(round);
      const open = new Set(OPEN[round.name] ?? []);
      expect(s.split.map((x) => x.split(':')[0]).filter((e) => !open.has(e!))).toEqual([]);
    });
  }
});

const at = Date.parse('2043-03-09T18:00:00Z');
const day = localDay(at);

describe('clu20 the period a report covers', () => {
  it('reads date ranges in either language', () => {
    const rel = (text: string): [number, number] | undefined => {
      const p = periodOf(eventDays(text, at));
      return p && [p[0] - day, p[1] - day];
    };
    // 2043-03-09 is a Monday: the week before is March 1–7
    expect(rel('Agents apprehended 27 people from March 1 through March 7, the sector said.')).toEqual([-8, -2]);
    expect(rel('The sector reported 27 apprehensions for Mar. 1-7.')).toEqual([-8, -2]);
    expect(rel('El sector informó de 27 detenciones entre el 1 y el 7 de marzo.')).toEqual([-8, -2]);
    expect(rel('Detuvo a 27 personas del 28 de febrero al 6 de marzo.')).toEqual([-9, -3]);
    expect(rel('Agents said 11 of the 27 were stopped near Highgate on Thursday.')).toBeUndefined();
    // a single date is no period
    expect(rel('The group was found on March 5 near Champlain.')).toBeUndefined();
  });

  it('a day inside the week a count covers is that count\'s event; the next week\'s count is not', () => {
    const week = textFeatures('Swanton Sector reports 27 apprehensions in week', 'Agents apprehended 27 people from March 1 through March 7, the sector said Monday.', [], at);
    const station = textFeatures('Border agents detain 27 in Swanton Sector last week', 'Agents said 11 of the 27 were stopped in one group walking across a field near the Swanton Sector station on Thursday.', [], at + 3_600_000);
    expect(compareTexts(week, station).reason).not.toBe('different days');
    const next = textFeatures('Swanton Sector reports 19 apprehensions in week', 'Agents apprehended 19 people from March 8 through March 14, the sector said Monday.', [], at + 7 * 86_400_000);
    expect(compareTexts(week, next).same).toBe(false);
  });
});

describe('clu20 names and places', () => {
  it('a list of states places no town in a state', () => {
    expect(selfPlacedField('The sector, covering Louisiana, Mississippi, Alabama and the Florida Panhandle, said Monday…').selfPlaced).toBeUndefined();
    expect(selfPlacedField('crossed toward Roma, Texas, on Monday').selfPlaced?.size).toBe(1);
  });

  it('a name and a longer name beginning with it are one name (the bound counts it too)', () => {
    const a = new Set(['karnes county residential center']);
    const b = new Set(['karnes county']);
    expect(sharedNames(a, b)).toBe(1);
    expect(sharedNamesBound(a, b)).toBeGreaterThanOrEqual(1);
    // a bridge named after a city is not the city
    expect(sharedNames(new Set(['puente juarez lincoln']), new Set(['ciudad juarez']))).toBe(0);
  });

  it('Spanish names of U.S. states and -cional words are their English tokens', () => {
    expect(conceptTokens('Luisiana Pensilvania Misisipi')).toEqual(conceptTokens('Louisiana Pennsylvania Mississippi'));
    expect(conceptTokens('Sala Constitucional binacional')).toEqual(conceptTokens('Sala Constitutional binational'));
  });

  it('two headlines giving one count are told apart by their main places, not a town named in passing', () => {
    const t = Date.parse('2043-03-12T16:00:00Z');
    const a = textFeatures('Rescatan a 84 migrantes de una caja de tráiler en Fresnillo', 'Elementos de la Guardia Nacional detectaron el vehículo en la carretera 45 a la altura de Fresnillo.', [], t);
    const b = textFeatures('Abandonan tráiler con 84 extranjeros en la 45', 'El INM informó que las personas viajaban sin ventilación desde Irapuato.', [], t);
    expect(explainPlaces(a, b).veto).toBeUndefined();
    // …while two towns each named where it happened stay two places
    const c = textFeatures('Rescatan a 84 migrantes de una caja de tráiler en Matehuala', 'Elementos de la Guardia Nacional detectaron el vehículo en la carretera 57 a la altura de Matehuala.', [], t);
    expect(compareTexts(a, c)).toMatchObject({ same: false, reason: 'different places' });
  });
});
