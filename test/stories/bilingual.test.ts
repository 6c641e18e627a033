import type { FeedItem, Figure, Story } from '../../src/model';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { canonicalMetric, conceptTokens } from '../../src/stories/bilingual';
import { StoryClusterer } from '../../src/stories/cluster';
import { dayDistance, eventDays, localDay, reportsUpdate } from '../../src/stories/event-date';
import { figuresConflict } from '../../src/stories/figure-match';
import { compareTexts, compareWithStory, textFeatures } from '../../src/stories/similarity';

function fig(metric: string, value: number, period: string | null = null, qualifier: string | null = null): Figure {
  return { value, text: String(value), sentence: '', qualifier, per: null, metric, scope: null, period, source: null, unit: null };
}

let n = 0;
function item(feedName: string, title: string, summary: string, published: string, lang: 'en' | 'es' = 'en'): FeedItem {
  n++;
  const slug = `${feedName.toLowerCase().replace(/\W+/g, '-')}-${n}`;
  return { id: `b-${n}`, guid: `b-${n}`, title, summary, published, link: `https://${slug}.example.com/a/${slug}`, feedUrl: `https://${slug}.example.com/rss`, feedName, lang };
}

function clusterer(start: string) {
  const clock = { t: Date.parse(start) };
  const c = new StoryClusterer({
    seen: new MemorySeenStore(() => clock.t),
    stories: new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now: () => clock.t }),
    clusterWindowHours: 72,
    seenTtlDays: 30,
    now: () => new Date(clock.t),
  });
  return { c, clock };
}

describe('bilingual beat vocabulary', () => {
  test('Spanish and English reports of one event share language-neutral tokens', () => {
    const es = new Set(conceptTokens('La Patrulla Fronteriza detuvo a 188.778 migrantes en la frontera con México en octubre'));
    const en = new Set(conceptTokens('Border Patrol agents arrested 188,778 migrants crossing the border from Mexico in October'));
    for (const t of ['borderpatrol', 'arrest', 'migrant', 'border', 'mexico', 'october', '188778']) {
      expect(es.has(t)).toBe(true);
      expect(en.has(t)).toBe(true);
    }
    expect(conceptTokens('una caravana de unos 7 mil migrantes')).toEqual(expect.arrayContaining(['caravan', '7000', 'migrant']));
    expect(conceptTokens('solicitudes de asilo y deportaciones')).toEqual(['request', 'asylum', 'deportation']);
  });

  test('figure metrics compare across languages', () => {
    expect(canonicalMetric('migrantes')).toBe(canonicalMetric('migrants'));
    expect(canonicalMetric('muertes')).toBe(canonicalMetric('deaths'));
    expect(canonicalMetric('encuentros')).toBe(canonicalMetric('encounters'));
    expect(canonicalMetric('encounters')).not.toBe(canonicalMetric('deaths'));
    // so a Spanish and an English figure for different months of one metric conflict
    expect(figuresConflict([fig('migrantes', 191113, '2023-11')], [fig('migrants', 188778, '2023-10')])).toBe(true);
  });
});

describe('updates of a toll', () => {
  test('update verbs in English and Spanish', () => {
    expect(reportsUpdate('Death toll in San Antonio migrant tractor-trailer tragedy rises to 51')).toBe(true);
    expect(reportsUpdate('Sube a 55 la cifra de migrantes muertos')).toBe(true);
    expect(reportsUpdate('La cifra de migrantes muertos aumentó a 40')).toBe(true);
    expect(reportsUpdate('Suman 40 muertos por incendio en estación migratoria')).toBe(true);
    expect(reportsUpdate('46 migrants found dead in tractor-trailer in San Antonio')).toBe(false);
    expect(reportsUpdate('Arrests rose in November')).toBe(false);
  });

  test('a grown count conflicts only when the larger side does not say it rose', () => {
    const before = [fig('deaths', 46)];
    const after = [fig('deaths', 51)];
    expect(figuresConflict(before, after)).toBe(true);
    expect(figuresConflict(before, after, { b: true })).toBe(false);
    expect(figuresConflict(after, before, { a: true })).toBe(false);
    // the smaller side saying "rises to" explains nothing
    expect(figuresConflict(before, after, { a: true })).toBe(true);
    // monthly figures are not tolls: an update verb does not bridge two months
    expect(figuresConflict([fig('encounters', 240988, '2023-10')], [fig('encounters', 242418, '2023-11')], { b: true })).toBe(true);
  });

  test('the clusterer folds "46 dead" and "rises to 51" into one story', async () => {
    const { c, clock } = clusterer('2022-06-28T03:10:00Z');
    const first = item('AP News', '46 migrants found dead in tractor-trailer in San Antonio', 'Forty-six people were found dead Monday in an abandoned tractor-trailer on the outskirts of San Antonio in what appeared to be the deadliest smuggling episode on the U.S.-Mexico border, officials said.', '2022-06-28T03:00:00Z');
    const update = item('Reuters', 'Death toll in San Antonio migrant tractor-trailer tragedy rises to 51', 'The death toll of migrants found in a sweltering tractor-trailer in San Antonio, Texas, rose to 51 on Tuesday, officials said, as investigators arrested people suspected of smuggling.', '2022-06-28T22:00:00Z');
    const a = await c.add(first, [fig('deaths', 46)], first.summary);
    clock.t = Date.parse('2022-06-28T22:10:00Z');
    const b = await c.add(update, [fig('deaths', 51)], update.summary);
    expect(a.kind).toBe('new');
    expect(b.kind).toBe('merged');
    if (b.kind === 'merged' && a.kind === 'new') expect(b.story.id).toBe(a.story.id);
  });
});

describe('event days', () => {
  test('weekdays resolve to the latest such day on or before the local publication day', () => {
    // 2024-03-01T00:30Z is Thursday 2024-02-29 18:30 at UTC−6
    const pub = Date.parse('2024-03-01T00:30:00Z');
    const thursday = localDay(Date.parse('2024-02-29T18:00:00Z'));
    expect([...eventDays('A federal judge on Thursday blocked the law', pub)]).toEqual([thursday]);
    expect([...eventDays('El juez bloqueó este jueves la ley', pub)]).toEqual([thursday]);
    expect([...eventDays('No weekday here', pub)]).toEqual([thursday]);
    expect([...eventDays('The fire late Monday', pub)]).toEqual([thursday - 3]);
    expect(dayDistance(new Set([1, 5]), new Set([3]))).toBe(2);
    expect(dayDistance(new Set(), new Set([3]))).toBe(Infinity);
  });

  test("a governor's letter and the lawsuit filed three days later stay apart in the clusterer", async () => {
    const { c, clock } = clusterer('2023-07-22T00:40:00Z');
    const letter = item('Texas Tribune', "Abbott tells Biden 'see you in court' over Rio Grande buoys", "Gov. Greg Abbott said Texas would not remove the floating barrier in the Rio Grande after the Justice Department warned it would sue, telling President Joe Biden in a letter: 'See you in court.'", '2023-07-22T00:30:00Z');
    const suit = item('AP News', 'Justice Department sues Texas over floating barrier on the Rio Grande', 'The Justice Department sued Texas and Gov. Greg Abbott on Monday, seeking to force the removal of a floating barrier of buoys in the Rio Grande that it says was installed without federal permission.', '2023-07-24T21:00:00Z');
    expect((await c.add(letter, [], letter.summary)).kind).toBe('new');
    clock.t = Date.parse('2023-07-24T21:10:00Z');
    expect((await c.add(suit, [], suit.summary)).kind).toBe('new');
    // the same two texts on one day would be one story: it is the dates that keep them apart
    const sameDay = compareTexts(
      textFeatures(letter.title, letter.summary, []),
      textFeatures(suit.title, suit.summary.replace(' on Monday', ''), []),
    );
    const dated = compareTexts(
      textFeatures(letter.title, letter.summary, [], Date.parse(letter.published!)),
      textFeatures(suit.title, suit.summary, [], Date.parse(suit.published!)),
    );
    expect(dated).toMatchObject({ same: false, reason: 'different days' });
    expect(sameDay.reason).not.toBe('different days');
  });
});

describe('cross-language clustering', () => {
  test('EFE and La Jornada reports join the AP story of the Juárez fire', async () => {
    const { c, clock } = clusterer('2023-03-28T09:10:00Z');
    const ap = item('AP News', 'Fire at Mexico immigration center in Ciudad Juárez kills at least 39 migrants', "A fire at an immigration detention center in Ciudad Juárez, across the border from El Paso, Texas, killed at least 39 migrants late Monday, Mexico's National Migration Institute said.", '2023-03-28T09:00:00Z');
    const jornada = item('La Jornada', 'Mueren 39 migrantes en incendio de estación migratoria en Ciudad Juárez', 'Un incendio en la estación migratoria del Instituto Nacional de Migración (INM) en Ciudad Juárez, Chihuahua, dejó al menos 39 migrantes muertos y 29 heridos, informó la dependencia.', '2023-03-28T11:00:00Z', 'es');
    const a = await c.add(ap, [fig('migrants', 39, null, 'at least')], ap.summary);
    clock.t = Date.parse('2023-03-28T11:10:00Z');
    const b = await c.add(jornada, [fig('migrantes', 39, null, 'al menos')], jornada.summary);
    expect(a.kind).toBe('new');
    expect(b).toMatchObject({ kind: 'merged' });
    if (b.kind === 'merged' && a.kind === 'new') expect(b.story.id).toBe(a.story.id);
  });

  test('an item like only a later source of a story is compared with that source\'s headline and lead', () => {
    const story: Story = {
      id: 's1',
      title: 'CBP Releases October 2023 Monthly Update',
      url: 'https://cbp.example/oct',
      published: '2023-11-14T20:00:00Z',
      summary: 'U.S. Customs and Border Protection released operational statistics for October 2023.',
      figures: [],
      sources: [
        { name: 'CBP', title: 'CBP Releases October 2023 Monthly Update', url: 'https://cbp.example/oct', published: '2023-11-14T20:00:00Z' },
        { name: 'AP News', title: 'Illegal border crossings dipped in October', url: 'https://ap.example/oct', published: '2023-11-14T22:00:00Z' },
      ],
    };
    const texts = [
      { title: story.title, lead: story.summary, at: story.published },
      {
        title: 'Illegal border crossings dipped in October',
        lead: 'Arrests for illegal crossings on the border with Mexico fell 14% in October, the Border Patrol said Tuesday, as Mexico stepped up enforcement and deportation flights to Venezuela resumed.',
        at: '2023-11-14T22:00:00Z',
      },
    ];
    const efe = textFeatures(
      'Bajan las detenciones de migrantes en octubre',
      'Las detenciones por cruces irregulares en la frontera con México bajaron un 14 % en octubre, dijo este martes la Patrulla Fronteriza, mientras México reforzó los controles y se reanudaron los vuelos de deportación a Venezuela.',
      [],
      Date.parse('2023-11-15T01:00:00Z'),
    );
    expect(compareWithStory(efe, story, texts)).toMatchObject({ same: true });
    // with headlines only (what older stored stories offer), the lead-level evidence is missing
    expect(compareWithStory(efe, story).same).toBe(false);
  });
});
