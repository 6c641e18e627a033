import type { Figure, Story } from '../../src/model';
import { conceptTokens, NOT_PLACING_TOKENS } from '../../src/stories/bilingual';
import { extractEntities } from '../../src/stories/entities';
import { figuresConflict, sharedFigures } from '../../src/stories/figure-match';
import { compareTexts, compareWithStory, distinctiveNumbers, leadOf, measuresOf, textFeatures } from '../../src/stories/similarity';

function fig(metric: string, value: number, period: string | null = null, qualifier: string | null = null): Figure {
  return { value, text: String(value), sentence: '', qualifier, per: null, metric, scope: null, period, source: null, unit: null };
}

function story(texts: Array<{ title: string; summary: string; at: string }>, figures: Figure[]): Story {
  return {
    id: 's1',
    title: texts[0]!.title,
    url: 'https://one.example.com/a',
    published: texts[0]!.at,
    summary: texts[0]!.summary,
    figures,
    sources: texts.map((t, i) => ({ name: `outlet ${i}`, title: t.title, url: `https://o${i}.example.com/a`, itemId: `i${i}`, published: t.at })),
  };
}

describe('class: wire copy of a source a story already holds', () => {
  const first = {
    title: 'Agency publishes January 2031 enforcement report',
    summary: 'The agency counted 52,100 arrests in January, the fourth month of fiscal year 2031, including 31,400 at ports of entry.',
    at: '2031-02-12T15:00:00Z',
  };
  const second = {
    title: 'Border arrests up 8% in January, agency data show',
    summary: 'Arrests at the southern border rose to 52,100 last month from about 48,200 in December, according to figures the agency released on Wednesday.',
    at: '2031-02-12T16:00:00Z',
  };
  // The figures the story gathered: the first source's (fiscal-year period) and the second's (a month).
  const storyFigures = [fig('arrests', 52100, 'FY2031'), fig('arrests', 8, '2031-01'), fig('migrants', 48200)];
  const st = story([first, second], storyFigures);
  const texts = [first, second].map((t) => ({ title: t.title, lead: leadOf(t.summary), at: t.at }));

  it('joins although its figures conflict with those of another source', () => {
    const copy = textFeatures(second.title, second.summary, [fig('arrests', 8, '2031-01'), fig('migrants', 52100)], Date.parse('2031-02-12T18:00:00Z'));
    // Against the first source alone (with the story's figures) it is vetoed...
    expect(compareTexts(copy, { ...textFeatures(first.title, first.summary, [], Date.parse(first.at)), figures: storyFigures }).same).toBe(false);
    // ...but the story holds the very same text.
    expect(compareWithStory(copy, st, texts)).toMatchObject({ same: true });
  });

  it('a text with the same headline but another lead is not a copy: the veto stands', () => {
    const other = textFeatures(second.title, 'Arrests at the southern border rose to 61,300 in February from 52,100 in January, the agency said.', [fig('arrests', 61300, '2031-02')], Date.parse('2031-03-12T18:00:00Z'));
    expect(compareWithStory(other, st, texts).same).toBe(false);
  });
});

describe('class: one place at two granularities, or by its acronym', () => {
  const at = '2031-03-09T15:00:00Z';
  const f = (title: string, summary: string, figures: Figure[] = []) => textFeatures(title, summary, figures, Date.parse(at));
  const rgv = f('RGV sector agents stop 2,340 migrants in one week', 'Chief Patrol Agent Lena Ortiz said agents also made 52 rescues in the week ending Sunday, up from the week before.', [fig('migrants', 2340), fig('rescues', 52)]);
  const valle = f('Patrulla Fronteriza detiene a 2,340 migrantes en el Valle del Río Grande en una semana', 'La jefa del sector, Lena Ortiz, informó además de 52 rescates en la semana que terminó el domingo en el sur de Texas.', [fig('migrantes', 2340), fig('rescates', 52)]);
  const laredo = f('Agents in the Laredo sector stop 2,340 migrants in one week', 'Chief Patrol Agent Mark Dunn said agents also made 52 rescues in the week ending Sunday, up from the week before.', [fig('migrants', 2340), fig('rescues', 52)]);

  it('a sector by its acronym and by its name in the other language is one place', () => {
    expect(compareTexts(rgv, valle).same).toBe(true);
  });

  it('another sector stays apart, however alike the numbers', () => {
    expect(compareTexts(laredo, valle).same).toBe(false);
    expect(compareTexts(laredo, rgv).same).toBe(false);
  });

  const loma = f('Boat capsizes off Point Loma; two dead, Coast Guard says', 'Lifeguards and Coast Guard crews pulled nine people from the water early Sunday after a small boat carrying migrants overturned near the kelp beds.', [fig('people', 9)]);
  const sd = f('Mueren dos migrantes al volcar una embarcación frente a San Diego', 'La Guardia Costera de Estados Unidos rescató con vida a nueve personas la madrugada del domingo tras el volcamiento de la lancha.', [fig('migrantes', 2), fig('personas', 9)]);
  const ensenada = f('Mueren dos migrantes al volcar una embarcación frente a Ensenada', 'La Marina rescató con vida a nueve personas la madrugada del domingo tras el volcamiento de la lancha.', [fig('migrantes', 2), fig('personas', 9)]);

  it('a neighborhood and the city around it are one place', () => {
    expect(compareTexts(loma, sd).same).toBe(true);
  });

  it('a town across the border is another place', () => {
    expect(compareTexts(loma, ensenada).same).toBe(false);
    expect(compareTexts(sd, ensenada).same).toBe(false);
  });
});

describe('class: the dead counted as victims', () => {
  it('"4 víctimas" and "4 deaths" are one figure; another count is not', () => {
    expect(sharedFigures([fig('víctimas', 4)], [fig('deaths', 4)])).toBe(1);
    expect(sharedFigures([fig('victims', 4)], [fig('muertos', 4)])).toBe(1);
    expect(sharedFigures([fig('víctimas', 4)], [fig('deaths', 5)])).toBe(0);
    expect(sharedFigures([fig('víctimas', 4)], [fig('rescued', 4)])).toBe(0);
  });
});

describe('class: a sentence that opens with an estimate of a count names nobody', () => {
  it('"Unas 150 personas", "Nearly 2,000-foot", "Unos 1.500" are no names; "Title 42" is', () => {
    expect([...extractEntities('', 'Unas 150 personas bloquearon el puente. Nearly 2,000 people waited.')].filter((e) => /\d/.test(e))).toEqual([]);
    expect([...extractEntities('Unos 1.500 migrantes parten en caravana desde Tuxtla', '')]).not.toContain('unos 1');
    expect(extractEntities('', 'The court revived Title 42 on Monday.').has('title 42')).toBe(true);
  });

});

describe('class: a region of origin is no place of the event', () => {
  it('the never-placing tokens are those conceptTokens gives for the display names (a final vowel dropped)', () => {
    for (const d of ['Central America', 'Latin America', 'Gulf of Mexico', 'Home Office', 'Banxico']) expect(NOT_PLACING_TOKENS.has(conceptTokens(d)[0]!)).toBe(true);
  });
  it('a report opening with "Unos 1.500 migrantes" does not name a place the other lacks', () => {
    const at = Date.parse('2031-04-13T15:00:00Z');
    const es = textFeatures('Unos 1.800 migrantes parten en caravana desde la frontera sur de México', 'La marcha salió del estado de Chiapas con destino a la capital; los migrantes denuncian que no les entregan documentos.', [fig('migrantes', 1800)], at);
    const en = textFeatures('Caravan of about 1,800 migrants sets out from southern Mexico', 'Migrants from Cuba and Central America left the city near the Guatemalan border before dawn Sunday, frustrated by months of waiting for papers.', [fig('migrants', 1800)], at);
    expect(compareTexts(es, en).reason).not.toBe('different places');
  });
});

describe('class: one count estimated in two ways', () => {
  const at = Date.parse('2031-06-01T15:00:00Z');
  const es = textFeatures('Sale de Ciudad Hidalgo caravana de unos 2 mil 300 migrantes rumbo al norte', 'Encabezados por el activista Luis Ortega, los migrantes partieron de la plaza central a las 5 de la mañana de este domingo; piden libre tránsito.', [fig('migrantes', 2300, null, 'unos')], at);
  const lead = (n: string) => `${n} migrants who left Ciudad Hidalgo at dawn slept in a downtown park.`;

  it('"unos 2 mil 300" and "more than 2,200" are one count: no number mismatch (both estimates, within 10%)', () => {
    const en = textFeatures('Caravan rests after its first day on the road', lead('More than 2,200'), [fig('migrants', 2200, null, 'more than')], at);
    expect(compareTexts(es, en)).toMatchObject({ same: true, reason: 'same people, place and day' });
  });

  it('two exact counts, or estimates too far apart, stay two', () => {
    const exact = textFeatures('Caravan rests after its first day on the road', lead('Exactly 1,100'), [fig('migrants', 1100)], at);
    expect(compareTexts(es, exact).same).toBe(false);
    const far = textFeatures('Caravan rests after its first day on the road', lead('Some 1,200'), [fig('migrants', 1200, null, 'some')], at);
    expect(compareTexts(es, far).same).toBe(false);
  });
});

describe('class: a count that looks like a year', () => {
  it('"2,000 becas", "2.000 migrantes", "2 mil hondureños" are counts; "en 2000" and "2 mil 300" are not the count 2000', () => {
    const nums = (t: string) => [...distinctiveNumbers(conceptTokens(t), t)];
    expect(nums('ofrece 2,000 becas')).toEqual(['2000']);
    expect(nums('llegaron 2.000 migrantes')).toEqual(['2000']);
    expect(nums('2 mil hondureños')).toEqual(['2000']);
    expect(nums('en 2000 hubo otra caravana')).toEqual([]);
    expect(nums('12,000 migrants since 2000')).toEqual(['12000']);
    expect(nums('2 mil 300 migrantes')).toEqual(['2300']);
  });

  it('the stored lead reads the same numbers as the item (lead-features mirror)', () => {
    const title = 'Canciller ofrece 2,000 becas a jóvenes';
    const summary = 'La ministra y la canciller firmaron un memorándum en 2019 y otro este año.';
    const f = textFeatures(title, summary, [], Date.parse('2031-07-09T15:00:00Z'));
    expect([...f.numbers]).toEqual(['2000']);
  });
});

describe('class: an official named in one report and described by title in the other, with a number both give', () => {
  const at = Date.parse('2031-07-09T15:00:00Z');
  const named = textFeatures('En San Salvador, Olvera pide apoyo regional contra el tráfico de personas', 'La canciller Regina Olvera se reunió este miércoles con el ministro salvadoreño Tomás Reyes y anunció 2 mil becas para jóvenes salvadoreños.', [], at);
  const lead = (n: string) => `La jefa de la diplomacia mexicana, de gira por la región, prometió ${n} becas para jóvenes y más vuelos de retorno.`;

  it('the same place and the same number, the same day: one visit', () => {
    const described = textFeatures('México y El Salvador firman acuerdo migratorio en San Salvador', lead('2.000'), [], at);
    expect(compareTexts(named, described)).toMatchObject({ same: true, reason: 'same people, place and day' });
  });

  it('another number is another announcement', () => {
    const other = textFeatures('México y El Salvador firman acuerdo migratorio en San Salvador', lead('3.500'), [], at);
    expect(compareTexts(named, other).same).toBe(false);
  });
});

describe('class: Mexico\'s federal government and interior ministry by their Mexican names', () => {
  const at = Date.parse('2031-08-04T15:00:00Z');
  const es = textFeatures('Pide gobernador 200 millones de pesos a la Federación para albergues', 'Raúl Montaño dijo que el estado de Sonora ya no puede cubrir solo la atención a migrantes deportados y envió una carta a la Secretaría de Gobernación.', [fig('albergues', 200000000)], at);
  const en = (state: string, across: string) =>
    textFeatures(`${state} governor asks Mexico City for $11 million for migrant shelters`, `The governor of the state across from ${across} said deportations have overwhelmed state-run shelters and asked the federal Interior Ministry for 200 million pesos.`, [fig('migrant shelters', 11000000), fig('pesos', 200000000)], at);

  it('"la Federación" is who is asked, not a place: one request', () => {
    expect(compareTexts(es, en('Sonora', 'Arizona')).same).toBe(true);
  });

  it("another state's governor stays apart", () => {
    expect(compareTexts(es, en('Coahuila', 'Texas')).same).toBe(false);
  });
});

describe('class: a border bridge by its other name', () => {
  const at = Date.parse('2031-09-10T15:00:00Z');
  const a = textFeatures('Bloquean migrantes el puente Paso del Norte', 'Unas 120 personas se sentaron en el carril peatonal del puente internacional, en el centro de Ciudad Juárez, para exigir citas de asilo; el cruce estuvo cerrado dos horas.', [], at);
  const later = (bridge: string) => textFeatures('Protestan migrantes en puente internacional de Juárez; piden citas de asilo', `Agentes municipales dialogaron con los manifestantes, en su mayoría cubanos, que liberaron el puente ${bridge} después de dos horas.`, [], at);

  it('"puente Santa Fe" is the Paso del Norte bridge', () => {
    expect(compareTexts(a, later('Santa Fe')).same).toBe(true);
  });

  it('another bridge of the same two cities is another protest', () => {
    expect(compareTexts(a, later('Zaragoza')).same).toBe(false);
  });
});

describe('class: twin towns joined by a hyphen', () => {
  it('"El Paso-Juárez", "Tijuana-San Diego" are two places; a hyphenated surname is one name', () => {
    expect([...extractEntities('Sit-in halts traffic on downtown El Paso-Juárez bridge', '')]).toEqual(expect.arrayContaining(['el paso', 'juarez']));
    expect([...extractEntities('Protest at the Tijuana-San Diego crossing, agents say', '')]).toEqual(expect.arrayContaining(['tijuana', 'san diego']));
    expect([...extractEntities('', 'Rep. Ana Ocasio-Cortez visited Eagle Pass on Monday.')]).toContain('ana ocasiocortez');
  });
});

describe('class: a sentence-case headline made mostly of names', () => {
  it('its names are read ("Detainee dies at Otero County Processing Center in Chaparral"); Title Case is read for acronyms only', () => {
    expect(extractEntities('Detainee dies at Otero County Processing Center in Chaparral', '').has('chaparral')).toBe(true);
    expect(extractEntities('Migrant Caravan Leaves Tapachula Before Dawn', '').size).toBe(0);
  });

  it('a town and the state around it: one detention death', () => {
    const ap = textFeatures('Salvadoran man dies in ICE custody at New Mexico detention center', 'The 38-year-old was found unresponsive in his cell at the Otero County Processing Center on Sunday night, U.S. Immigration and Customs Enforcement said.', [], Date.parse('2031-10-05T17:00:00Z'));
    const local = textFeatures('Detainee dies at Otero County Processing Center in Chaparral', 'Advocates who visit the facility said the man had complained of headaches for days; ICE said staff attempted CPR before he was pronounced dead.', [], Date.parse('2031-10-06T15:00:00Z'));
    const other = textFeatures('Detainee dies at Torrance County Detention Facility in Estancia', 'Advocates who visit the facility said the man had complained of headaches for days; ICE said staff attempted CPR before he was pronounced dead.', [], Date.parse('2031-10-06T15:00:00Z'));
    expect(compareTexts(ap, local).same).toBe(true);
    expect(compareTexts(ap, other).same).toBe(false);
  });
});

describe('class: one length or weight in two units', () => {
  const at = Date.parse('2031-11-02T15:00:00Z');
  const en = textFeatures('Nearly 1,000-foot tunnel found linking Mexicali home to Calexico warehouse', 'The tunnel task force said the passage had rail tracks, lighting and ventilation and ended under a vacant warehouse; no arrests were announced Saturday.', [], at);
  const es = (m: string) => textFeatures(`Hallan túnel de ${m} metros entre Mexicali y Calexico`, 'Autoridades de México y Estados Unidos localizaron el túnel transfronterizo que conectaba una casa de Mexicali con una bodega en Calexico, California.', [], at);

  it('measures are read with their unit', () => {
    expect(measuresOf('a 2,000-foot tunnel')).toEqual([{ number: '2000', dimension: 'length', si: 2000 * 0.3048 }]);
    expect(measuresOf('550 kilos de cocaína')).toEqual([{ number: '550', dimension: 'weight', si: 550 }]);
  });

  it('"1,000-foot" and "300 metros" are one tunnel', () => {
    expect(compareTexts(en, es('300')).same).toBe(true);
  });

  it('"1,000-foot" and "700 metros" are two', () => {
    expect(compareTexts(en, es('700')).same).toBe(false);
  });
});

describe('class: a Spanish headline that opens with a verb', () => {
  it('the verb is no part of the name after it', () => {
    expect([...extractEntities('Detecta Migración a 9 mil extranjeros sin papeles en marzo', '')]).toEqual([]);
    expect(extractEntities('Sale de Ciudad Hidalgo caravana de unos 900 migrantes', '').has('ciudad hidalgo')).toBe(true);
    expect([...extractEntities('Sale de Ciudad Hidalgo caravana de unos 900 migrantes', '')].some((e) => e.startsWith('sale'))).toBe(false);
  });

  it('nouns that open names are kept, in headlines and bodies', () => {
    expect(extractEntities('Ciudad Juárez recibe a 300 deportados', '').has('juarez')).toBe(true);
    expect(extractEntities('', 'El Departamento de Seguridad Nacional anunció la medida.').has('dhs')).toBe(true);
    expect(extractEntities('Departamento de Seguridad Nacional anuncia fin del programa', '').has('dhs')).toBe(true);
  });
});

describe('class: a known name and the place it is in, joined by "de"', () => {
  it('"Canal Americano de El Paso" is the American Canal, in El Paso; an unknown "X de Y" stays one name', () => {
    expect([...extractEntities('Muere ahogado migrante en el Canal Americano de El Paso', '')]).toEqual(expect.arrayContaining(['american canal', 'el paso']));
    expect(extractEntities('', 'Las autoridades cerraron el Mercado Cuauhtémoc de Ciudad Juárez el lunes.').has('mercado cuauhtemoc de ciudad juarez')).toBe(true);
  });

  it('one drowning told by either side', () => {
    const at = Date.parse('2031-12-06T15:00:00Z');
    const en = textFeatures('Body of woman recovered from American Canal near Downtown El Paso', 'Fire department swift-water crews pulled the woman from the canal Saturday morning; Border Patrol said she had crossed from Juárez overnight.', [], at);
    const es = textFeatures('Muere ahogada migrante en el Canal Americano de El Paso', 'La mujer, aún sin identificar, habría cruzado el río la madrugada de este sábado; es la tercera muerte en el canal este año.', [], at);
    expect(compareTexts(en, es).same).toBe(true);
  });
});
