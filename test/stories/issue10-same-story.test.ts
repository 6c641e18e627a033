/** Issue 10 same-story classes (own sentences, not from eval/data). */
import type { Figure } from '../../src/model';
import { figuresConflict } from '../../src/stories/figure-match';
import { compareTexts, textFeatures } from '../../src/stories/similarity';
import { extractFigures } from '../../src/figures/extract';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { StoryClusterer } from '../../src/stories/cluster';

const fig = (value: number, metric: string, period: string | null, kind: 'count' | 'change' = 'count'): Figure => ({
  value, text: String(value), sentence: '', qualifier: null, per: null, metric, scope: null, period, source: null, unit: kind === 'change' ? 'percent' : null, kind,
});

describe('figures that do not conflict', () => {
  it('a change is not a count two reports can conflict on', () => {
    expect(figuresConflict([fig(9, 'apprehensions', '2024-05', 'change')], [fig(2400, 'apprehensions', '2024-05')])).toBe(false);
  });
  it('the same distinctive value is the same figure even when one text gave it another period', () => {
    expect(figuresConflict([fig(61447, 'encounters', '2024-01')], [fig(61447, 'encounters', '2023-12')])).toBe(false);
    // Different values for different months still conflict (October vs November reports).
    expect(figuresConflict([fig(61447, 'encounters', '2024-01')], [fig(58210, 'encounters', '2024-02')])).toBe(true);
  });
});

describe('event days', () => {
  const at = (iso: string) => Date.parse(iso);
  const feats = (title: string, summary: string, iso: string) =>
    textFeatures(title, summary, extractFigures({ title, summary }, { published: iso }), at(iso));
  it('a later report of an event whose weekday the other names is the same event', () => {
    const a = feats('Rancher charged after migrant shot dead near Douglas', 'A rancher was charged with murder after a man was shot on his land near Douglas, Arizona, on Monday, the county attorney said.', '2024-03-14T18:00:00Z');
    const b = feats('Acusan de homicidio a ranchero de Douglas por la muerte de un migrante', 'Un ranchero de Douglas, Arizona, fue acusado de homicidio por la muerte de un migrante que recibió un disparo en su propiedad, informó la fiscalía del condado.', '2024-03-14T20:00:00Z');
    expect(compareTexts(a, b).reason).not.toBe('different days');
  });
  it('two named weekdays days apart are different events', () => {
    const a = feats('Caravan of 2,000 leaves Tapachula', 'About 2,000 migrants left Tapachula on Sunday.', '2024-03-11T18:00:00Z');
    const b = feats('New caravan of 600 leaves Tapachula', 'About 600 migrants left Tapachula on Wednesday.', '2024-03-13T18:00:00Z');
    expect(compareTexts(a, b).same).toBe(false);
  });
});

describe('a story is compared with its whole first summary when its stored leads fall just short', () => {
  it('joins a paraphrase whose shared names are past the first 40 words of the lead', async () => {
    const now = Date.parse('2024-03-03T02:00:00Z');
    const c = new StoryClusterer({ seen: new MemorySeenStore(() => now), stories: new MemoryStoryStore({ now: () => now }), clusterWindowHours: 72, seenTtlDays: 30, now: () => new Date(now) });
    const base = { feedUrl: 'https://a.example/rss', feedName: 'A', published: '2024-03-02T23:00:00Z' };
    // From the tuning set (eval/data/clustering.json, sb4stay-ap / sb4stay-reuters).
    const a = { ...base, id: 'a1', guid: 'a1', link: 'https://a.example/1', title: 'Appeals court lets Texas enforce law allowing police to arrest migrants, for now',
      summary: "A federal appeals court on Saturday put on hold a judge's ruling that blocked a Texas law allowing police to arrest migrants who cross the border illegally, setting the stage for the law to take effect next week unless the Supreme Court intervenes." };
    const b = { feedUrl: 'https://b.example/rss', feedName: 'B', published: '2024-03-02T23:40:00Z', id: 'b1', guid: 'b1', link: 'https://b.example/1', title: 'U.S. appeals court temporarily allows Texas immigration arrest law',
      summary: 'The 5th U.S. Circuit Court of Appeals on Saturday paused a lower court order that had blocked Texas from enforcing SB4, a state law making illegal entry a crime, giving the Biden administration a week to seek Supreme Court review.' };
    expect((await c.add(a, [], a.summary)).kind).toBe('new');
    expect((await c.add(b, [], b.summary)).kind).toBe('merged');
  });
});

describe('paraphrased coverage: same people, place and day', () => {
  const iso = '2025-04-08T16:00:00Z';
  const feats = (title: string, summary: string, at = iso) => textFeatures(title, summary, extractFigures({ title, summary }, { published: at }), Date.parse(at));
  it('merges two wordings of one meeting (names matched by surname, titles dropped)', () => {
    const a = feats("Guatemala's foreign minister meets Rubio on deportation flights", 'Guatemalan Foreign Minister Carlos Ramiro Martínez met Marco Rubio in Guatemala City on Tuesday to discuss deportation flights.');
    const b = feats('Top U.S. diplomat presses Guatemala to take more returnees', 'Marco Rubio asked Carlos Ramiro Martínez to accept more flights of returned migrants during talks on Tuesday in the Guatemalan capital.');
    expect(compareTexts(a, b).same).toBe(true);
  });
  it('keeps apart reports with the same names but different numbers', () => {
    const a = feats('El Paso Sector reports 1,480 apprehensions for the week', 'Border Patrol agents in the El Paso Sector made 1,480 apprehensions last week, Chief Anthony Scott said.');
    const b = feats('El Paso Sector weekly arrests at 2,115', 'Border Patrol agents in the El Paso Sector made 2,115 apprehensions, Chief Anthony Scott said, as crossings rose.');
    expect(compareTexts(a, b).same).toBe(false);
  });
});

describe('an official named in one outlet and described by office in another', () => {
  const f = (title: string, summary: string, at: string) => textFeatures(title, summary, extractFigures({ title, summary }, { published: at }), Date.parse(at));
  it('the office alone meets the office with its holder: same story', () => {
    const a = f('Blinken lands in Mexico City for talks on fentanyl and migration', 'Secretary of State Antony Blinken met officials at the National Palace in Mexico City on Wednesday to discuss migrant flows.', '2023-12-27T18:00:00Z');
    const b = f('Top U.S. diplomat in Mexico as record crossings strain the border', 'The U.S. secretary of state arrived in Mexico City on Wednesday and held talks at the National Palace about the surge of migrants.', '2023-12-27T21:00:00Z');
    expect(a.entities.has('role*:secretary of state')).toBe(true);
    expect(b.entities.has('role:secretary of state')).toBe(true);
    // Mexico City, the National Palace and the office held by the named person.
    expect(compareTexts(a, b)).toMatchObject({ same: true, sharedEntities: 3 });
  });
  it('two holders named, or the office alone on both sides, prove nothing', () => {
    const a = f('Biden restricts asylum at the border', 'President Joe Biden signed an order in Washington on Tuesday limiting asylum at the border.', '2024-06-04T18:00:00Z');
    const b = f('Mulino closes Darién trails', 'President José Raúl Mulino said in Washington on Tuesday that Panama will close trails through the Darién.', '2024-06-04T20:00:00Z');
    expect(compareTexts(a, b).sharedEntities).toBe(1);
  });
  it('an office with many holders (a governor) is not matched', () => {
    const a = f('Hobbs visits Nogales port', 'Governor Katie Hobbs toured the Nogales port on Monday with truckers.', '2024-05-06T18:00:00Z');
    const b = f('Sonora governor visits Nogales port', 'The governor of Sonora toured the Nogales port on Monday with exporters.', '2024-05-06T20:00:00Z');
    expect(compareTexts(a, b).sharedEntities).toBe(1);
  });
});
