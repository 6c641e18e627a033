import { extractFigures } from '../../src/figures/extract';
import type { Figure } from '../../src/model';

const PUB = '2023-12-05';
const en = (text: string, published = PUB): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published = PUB): Figure[] => extractFigures(text, { published, lang: 'es' });
const one = (figs: Figure[]): Figure => {
  expect(figs).toHaveLength(1);
  return figs[0];
};

describe('number forms', () => {
  it.each([
    ['Agents made 190,000 apprehensions.', 190000, 'apprehensions'],
    ['Officials counted 1.2 million encounters.', 1200000, 'encounters'],
    ['There were 2.4M encounters nationwide.', 2400000, 'encounters'],
    ['Half a million migrants are waiting.', 500000, 'migrants'],
    ['Three million asylum claims are pending.', 3000000, 'asylum claims'],
    ['Two-thirds of asylum claims were denied.', 66.6667, 'asylum claims'],
    ['Sensors logged 10k crossings.', 10000, 'crossings'],
    ['Congress added $14 billion for the border.', 14e9, 'border'],
    ['Encounters fell 13.8 percent.', 13.8, 'encounters'],
    ['Encounters fell 13.8% last month.', 13.8, 'encounters'],
    ['Officials reported twenty-five deaths.', 25, 'deaths'],
  ])('English: %s', (text, value, metric) => {
    const f = one(en(text));
    expect(f.value).toBe(value);
    expect(f.metric).toBe(metric);
  });

  it.each([
    ['El INM detuvo a 7.500 personas.', 7500, 'personas detenidas'],
    ['Se registraron 10.000 detenciones.', 10000, 'detenciones'],
    ['La Guardia Nacional desplegó 1,800 elementos.', 1800, 'elementos'],
    ['Se contabilizaron 109 mil 144 eventos de personas extranjeras.', 109144, 'eventos'],
    ['Cruzaron 2 millones de migrantes.', 2000000, 'migrantes'],
    ['Llegaron más de 3 mil migrantes.', 3000, 'migrantes'],
    ['Hay medio millón de personas varadas.', 500000, 'personas'],
    ['Dos tercios de las solicitudes de asilo fueron rechazadas.', 66.6667, 'solicitudes de asilo'],
    ['Se destinaron 14 mil millones de dólares.', 14e9, 'presupuesto'],
    ['Las detenciones aumentaron 20 por ciento.', 20, 'detenciones'],
    ['Se registraron 2,5 millones de cruces.', 2500000, 'cruces'],
    ['Llegaron tres mil migrantes.', 3000, 'migrantes'],
  ])('Spanish: %s', (text, value, metric) => {
    const f = one(es(text));
    expect(f.value).toBe(value);
    expect(f.metric).toBe(metric);
  });

  it('gives units for money and percentages', () => {
    expect(one(en('The plan costs $14 billion.')).unit).toBe('USD');
    expect(one(es('El programa costó 500 millones de pesos.')).unit).toBe('MXN');
    expect(one(en('Apprehensions dropped 13.8 percent.')).unit).toBe('percent');
    expect(one(en('Agents made 190,000 apprehensions.')).unit).toBeNull();
  });

  it('keeps the exact text span and sentence', () => {
    const f = one(en('In Tucson, agents made more than 190,000 apprehensions between ports of entry. Other news follows.'));
    expect(f.text).toBe('more than 190,000 apprehensions');
    expect(f.sentence).toBe('In Tucson, agents made more than 190,000 apprehensions between ports of entry.');
  });
});

describe('qualifiers', () => {
  it.each([
    ['more than', 'more than'], ['over', 'over'], ['nearly', 'nearly'], ['almost', 'almost'], ['about', 'about'], ['roughly', 'roughly'],
    ['approximately', 'approximately'], ['at least', 'at least'], ['up to', 'up to'], ['fewer than', 'fewer than'], ['More Than', 'more than'],
  ])('English "%s"', (q, expected) => {
    expect(one(en(`Agents reported ${q} 2,000 arrests.`)).qualifier).toBe(expected);
  });
  it.each([['más de'], ['cerca de'], ['casi'], ['alrededor de'], ['unos'], ['al menos'], ['hasta']])('Spanish "%s"', (q) => {
    expect(one(es(`Se reportaron ${q} 2.000 detenciones.`)).qualifier).toBe(q);
  });
  it('no qualifier → null', () => {
    expect(one(en('Agents made 2,000 arrests.')).qualifier).toBeNull();
  });
});

describe('rates', () => {
  it.each([
    ['More than 10,000 people a day crossed.', 'day'],
    ['Agents saw 10,000 daily crossings.', 'day'],
    ['Agents stopped 10,000 migrants per day.', 'day'],
    ['Officials processed 3,000 asylum claims a week.', 'week'],
    ['The agency deported 20,000 people a month.', 'month'],
    ['The country admits 125,000 refugees a year.', 'year'],
    ['Border Patrol averaged a daily average of 8,000 encounters.', 'day'],
  ])('English: %s', (text, per) => {
    expect(one(en(text)).per).toBe(per);
  });
  it.each([
    ['Cruzan 10.000 personas al día.', 'day'],
    ['Se registran 4 mil cruces diarios.', 'day'],
    ['Llegan 500 migrantes por día.', 'day'],
    ['Se deportan 2 mil personas a la semana.', 'week'],
    ['Se procesan 15 mil solicitudes de asilo al mes.', 'month'],
  ])('Spanish: %s', (text, per) => {
    expect(one(es(text)).per).toBe(per);
  });
  it('no rate → null', () => {
    expect(one(en('Agents made 2,000 arrests.')).per).toBeNull();
  });
});

describe('periods (published 2023-12-05)', () => {
  it.each([
    ['Agents made 190,000 apprehensions in November.', '2023-11'],
    ['Agents made 190,000 apprehensions in January.', '2023-01'],
    ['Agents made 190,000 apprehensions in November 2022.', '2022-11'],
    ['DHS removed more than 400,000 people between May and the end of November.', '2023-05/2023-11'],
    ['Officials counted 2.4 million encounters in fiscal year 2023.', 'FY2023'],
    ['Officials counted 2.4 million encounters in FY2022.', 'FY2022'],
    ['Officials counted 250,000 encounters so far this fiscal year.', 'FY2024'],
    ['More than 10,000 people a day crossed last week.', '2023-11-27/2023-12-03'],
    ['Agents made 240,000 apprehensions last month.', '2023-11'],
    ['Agents made 2 million apprehensions in 2022.', '2022'],
    ['Agents made 2 million apprehensions last year.', '2022'],
    ['Agents made 8,000 arrests on Nov. 5.', '2023-11-05'],
    ['Agents made 8,000 arrests yesterday.', '2023-12-04'],
  ])('%s', (text, period) => {
    expect(one(en(text)).period).toBe(period);
  });
  it('"last week" is the Monday–Sunday before the publish week', () => {
    expect(one(en('More than 10,000 people a day crossed last week.', '2023-11-29')).period).toBe('2023-11-20/2023-11-26');
  });
  it.each([
    ['El INM detuvo a 7.500 personas el mes pasado.', '2023-11'],
    ['El INM detuvo a 7.500 personas en noviembre.', '2023-11'],
    ['Se registraron 109 mil 144 eventos entre enero y octubre.', '2023-01/2023-10'],
    ['Se registraron 109 mil 144 eventos de enero a octubre de 2022.', '2022-01/2022-10'],
    ['Se registraron 500 mil eventos en 2023.', '2023'],
    ['Se registraron 500 mil eventos en lo que va del año.', '2023'],
    ['Cruzaron 3 mil migrantes la semana pasada.', '2023-11-27/2023-12-03'],
    ['Cruzaron 3 mil migrantes el 5 de noviembre.', '2023-11-05'],
    ['Cruzaron 3 mil migrantes en el año fiscal 2023.', 'FY2023'],
  ])('%s', (text, period) => {
    expect(one(es(text)).period).toBe(period);
  });
  it('no period phrase → null', () => {
    expect(one(en('Agents made 2,000 arrests.')).period).toBeNull();
  });
  it('takes the period nearest the figure', () => {
    const figs = en('Apprehensions rose to 190,000 in November, up from 188,000 in October.');
    expect(figs.map((f) => [f.value, f.metric, f.period])).toEqual([
      [190000, 'apprehensions', '2023-11'],
      [188000, 'apprehensions', '2023-10'],
    ]);
  });
});

describe('sources', () => {
  it.each([
    ['Agents made 190,000 apprehensions, according to CBP.', 'CBP'],
    ['Agents made 190,000 apprehensions, according to U.S. Customs and Border Protection.', 'CBP'],
    // An agency that is only the subject of the counting verb is no source (issue 10 source convention); attribution is.
    ['The Border Patrol recorded 190,000 apprehensions.', null],
    ['The Border Patrol recorded 190,000 apprehensions, the agency said.', 'Border Patrol'],
    ['DHS said it removed 400,000 people.', 'DHS'],
    ['UNHCR counted 110 million displaced people.', null],
    ['UNHCR estimates that 110 million people are displaced.', 'UNHCR'],
    ['About 2,000 migrants waited, said John Doe.', 'John Doe'],
    ['John Doe, a spokesman for the city, said 2,000 migrants waited.', 'John Doe'],
    ['More than 500,000 people crossed the Darién Gap, the IOM said.', 'IOM'],
  ])('English: %s', (text, source) => {
    expect(one(en(text)).source).toBe(source);
  });
  it.each([
    ['Se registraron 7.500 detenciones, según el INM.', 'INM'],
    ['Según el Instituto Nacional de Migración, se registraron 7.500 detenciones.', 'INM'],
    ['ACNUR estima que 5 mil personas esperan.', 'ACNUR'],
    ['La OIM informó que 3 mil migrantes murieron.', 'OIM'],
    ['Llegaron 2 mil migrantes, dijo Juan Pérez.', 'Juan Pérez'],
  ])('Spanish: %s', (text, source) => {
    expect(one(es(text)).source).toBe(source);
  });
  it('an agency inside the counted thing is not a source', () => {
    expect(one(en('The state sent 1,500 Border Patrol agents.')).source).toBeNull();
  });
  it('no attribution → null', () => {
    expect(one(en('Agents made 2,000 arrests.')).source).toBeNull();
  });
});

describe('scope', () => {
  it.each([
    ['Agents made 190,000 apprehensions between ports of entry.', 'between ports of entry'],
    ['Officers made 50,000 encounters at ports of entry.', 'at ports of entry'],
    ['Officials counted 240,000 encounters at the southwest border.', 'southwest border'],
    ['About 2,000 migrants are waiting in Tijuana.', 'in Tijuana'],
    ['Agents made 40,000 apprehensions in the Tucson sector.', 'Tucson sector'],
  ])('%s', (text, scope) => {
    expect(one(en(text)).scope).toBe(scope);
  });
  it('Spanish place', () => {
    expect(one(es('Unos 3 mil migrantes esperan en Ciudad Juárez.')).scope).toBe('en Ciudad Juárez');
  });
});

describe('non-figures', () => {
  it.each([
    'The Title 42 policy ended on May 11, 2023.',
    'The rule under Title 8 and Section 212(f) took effect.',
    'The shelter is at 1200 Main Street in El Paso.',
    'Call 915-555-0134 for help.',
    'El Paso beat Juárez 3-1 on Saturday.',
    'The story had 21 views and 0 comments.',
    'After a two-hour meeting, officials agreed to a 90-day review.',
    'The migrants were held for 90 days.',
    'A 15-year-old migrant died in custody.',
    'The meeting starts at 10:30 a.m. on Nov. 5.',
    'He was the 21st agent to be sworn in in 2023.',
    'Interstate 10 and Highway 90 were closed for 3 hours.',
    'Read more: 5 things to know about the new rule.',
    'The COVID-19 measure was in force for three years.',
    'In 2019, the policy started.',
  ])('English: %s', (text) => {
    expect(en(text)).toEqual([]);
  });
  it.each([
    'La reunión fue el 5 de noviembre a las 10:30 horas.',
    'Un menor de 15 años murió en la estación.',
    'El artículo 33 de la Constitución y la Ley de Migración de 2011.',
    'El albergue está en la Calle 5 de Mayo número 120.',
    'Los migrantes caminaron 40 kilómetros durante 3 días.',
    'La nota tiene 120 comentarios.',
    'Miles de migrantes esperan en la frontera.',
  ])('Spanish: %s', (text) => {
    expect(es(text)).toEqual([]);
  });
});

describe('story-level behaviour', () => {
  it('merges a figure repeated in title and summary, keeping the richer one', () => {
    const figs = extractFigures(
      {
        title: 'Border Patrol made 190,000 apprehensions in November',
        summary: 'Border Patrol agents made more than 190,000 apprehensions between ports of entry in November, according to CBP. Separately, 1,500 troops were sent.',
      },
      { published: PUB },
    );
    expect(figs.filter((f) => f.value === 190000)).toHaveLength(1);
    const top = figs[0];
    expect(top.value).toBe(190000);
    expect(top.qualifier).toBe('more than');
    expect(top.scope).toBe('between ports of entry');
    expect(top.source).toBe('CBP');
  });

  it('orders figures by importance: title/lead and a specific metric first', () => {
    const figs = extractFigures(
      {
        title: 'Crossings slow at the border',
        summary: 'About 3,000 people waited at shelters. Agents recorded 150,000 encounters in November, CBP said.',
        content: 'Later in the story, 12 agents were reassigned.',
      },
      { published: PUB },
    );
    expect(figs.map((f) => f.value)).toEqual([3000, 150000, 12]);
    const figs2 = extractFigures({ title: '150,000 encounters in November', summary: 'About 3,000 people waited at shelters.' }, { published: PUB });
    expect(figs2[0].value).toBe(150000);
  });

  it('detects Spanish when no language is given', () => {
    const figs = extractFigures('El Instituto Nacional de Migración informó que detuvo a 7.500 personas en la frontera.', { published: PUB });
    expect(figs[0].value).toBe(7500);
    expect(figs[0].source).toBe('INM');
  });

  it('absent fields are null, never undefined', () => {
    const f = one(en('Agents made 2,000 arrests.'));
    for (const k of ['qualifier', 'per', 'scope', 'period', 'source', 'unit'] as const) expect(f[k]).toBeNull();
    expect(Object.keys(f).sort()).toEqual(['kind', 'metric', 'per', 'period', 'qualifier', 'scope', 'sentence', 'source', 'text', 'unit', 'value']);
    expect(f.kind).toBe('count');
  });
});

describe('Spanish compound amounts', () => {
  it('"63 mil 313 millones de dólares" is 63,313 million', () => {
    const f = one(es('Las remesas sumaron 63 mil 313 millones de dólares en 2023.'));
    expect(f.value).toBe(63313000000);
    expect(f.unit).toBe('USD');
    expect(f.period).toBe('2023');
  });
});
