/**
 * Figures that depend on the rest of the sentence: which period phrase a figure takes when a sentence
 * has several (comparison baselines are not the reported period), numbers with no noun of their own,
 * a counted thing far before its verb, and attributions with describing words.
 */
import { extractFigures } from '../../src/figures/extract';
import type { Figure } from '../../src/model';

const en = (text: string, published: string): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published: string): Figure[] => extractFigures(text, { published, lang: 'es' });
const rows = (figs: Figure[]): Array<[number, string, string | null]> =>
  figs.map((f) => [f.value, f.metric, f.period] as [number, string, string | null]).sort((a, b) => b[0] - a[0]);

describe('period choice when a sentence names several periods', () => {
  it('English: "a 14% decrease from September" does not give the October figure September', () => {
    const figs = en('Border Patrol agents made 188,778 apprehensions in October, a 14% decrease from September, CBP said.', '2023-11-14');
    expect(rows(figs)).toEqual([
      [188778, 'apprehensions', '2023-10'],
      [14, 'apprehensions', '2023-10'],
    ]);
  });

  it('English: a sentence-opening month is kept over a later "down … from September"', () => {
    const figs = en('In October, agents apprehended 188,778 migrants, down 14% from September.', '2023-11-14');
    // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19"; a share or change of it keeps the noun.)
    expect(rows(figs)).toEqual([
      [188778, 'migrants apprehended', '2023-10'],
      [14, 'migrants', '2023-10'],
    ]);
  });

  it('a one-digit change keeps the reported month too ("up 3% from October", "3% más que en octubre")', () => {
    expect(rows(en('Officers encountered 40,000 noncitizens at ports of entry in November, up 3% from October.', '2023-12-12'))).toEqual([
      [40000, 'noncitizens', '2023-11'],
      [3, 'noncitizens', '2023-11'],
    ]);
    expect(rows(es('La Guardia Nacional detuvo a 9 mil migrantes en noviembre, 3% más que en octubre.', '2023-12-12'))).toEqual([
      [9000, 'migrantes detenidos', '2023-11'],
      [3, 'migrantes', '2023-11'],
    ]);
  });

  it('English: "compared with" and "than in" name baselines', () => {
    expect(en('Agents made 250,000 apprehensions in December compared with November.', '2024-01-20')[0]!.period).toBe('2023-12');
    expect(en('Officials counted 2.5 million encounters in fiscal 2023, more than in fiscal 2022.', '2023-11-20')[0]!.period).toBe('FY2023');
  });

  it('English: the period after a baseline number belongs to the baseline, not to the figure before it', () => {
    const figs = en('Agents made 190,000 apprehensions, down from 219,000 in September.', '2023-11-14');
    expect(rows(figs)).toEqual([
      [219000, 'apprehensions', '2023-09'],
      [190000, 'apprehensions', null],
    ]);
  });

  it('English: a figure inside the comparison still takes its period ("compared with December, when …")', () => {
    const figs = en('Apprehensions fell 50 percent in January compared with December, when agents recorded nearly 250,000 encounters.', '2024-02-13');
    expect(rows(figs)).toEqual([
      [250000, 'encounters', '2023-12'],
      [50, 'apprehensions', '2024-01'],
    ]);
  });

  it('Spanish: "14% menos que en septiembre" and "respecto a septiembre"', () => {
    expect(rows(es('La Patrulla Fronteriza detuvo a 188 mil 778 migrantes en octubre, 14% menos que en septiembre.', '2023-11-14'))).toEqual([
      [188778, 'migrantes detenidos', '2023-10'],
      [14, 'migrantes', '2023-10'],
    ]);
    expect(rows(es('Las detenciones sumaron 150 mil en octubre, una caída de 9% respecto a septiembre.', '2023-11-14'))).toEqual([
      [150000, 'detenciones', '2023-10'],
      [9, 'detenciones', '2023-10'],
    ]);
  });

  it('Spanish: "en comparación con" names a baseline', () => {
    expect(es('Los cruces aumentaron 20 por ciento durante marzo en comparación con febrero.', '2024-04-10')[0]!.period).toBe('2024-03');
  });

  it('a period after ", and <another figure>" is not taken by the figure before the break (both languages)', () => {
    expect(rows(es('Unas 5.000 personas cruzan a diario la selva, y más de 30.000 llegaron a Panamá la semana pasada.', '2023-12-15'))).toEqual([
      [30000, 'personas', '2023-12-04/2023-12-10'],
      [5000, 'personas', null],
    ]);
    expect(rows(en('About 3,000 people cross every day, and more than 20,000 arrived in Panama last week.', '2023-12-15'))).toEqual([
      [20000, 'people', '2023-12-04/2023-12-10'],
      [3000, 'people', null],
    ]);
  });

  it('a period opening the sentence frames the figures on both sides of the break', () => {
    const figs = en('In November, agents made 191,000 apprehensions, and officers encountered 51,000 noncitizens at ports of entry.', '2023-12-12');
    expect(figs.map((f) => f.period)).toEqual(['2023-11', '2023-11']);
  });

  it('a period attached to the first figure is not taken by the one after the break', () => {
    const figs = en('Chicago has received 26,000 migrants since August 2022, and about 14,000 remain in shelters.', '2023-12-20');
    expect(rows(figs)).toEqual([
      // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19": the part that remains is of the migrants received.)
      [26000, 'migrants received', '2022-08/2023-12'],
      [14000, 'migrants received', null],
    ]);
  });
});

describe('numbers with no noun after them', () => {
  it.each([
    // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19".)
    ['Chicago received 26,000 migrants this year, and about 14,000 remain in city shelters.', 14000, 'migrants received'],
    ['Encounters fell to 176,000 in January, still above the 156,000 recorded a year earlier.', 156000, 'encounters'],
    // (people who died count deaths: the baseline after them counts deaths too)
    ['At least 149 migrants died in the sector, more than double the 60 recorded the year before.', 60, 'deaths'],
    ['Officials counted 7.7 million Venezuelans abroad, of whom 6.5 million live in Latin America.', 6500000, 'venezuelans'],
  ])('English: %s', (text, value, metric) => {
    const f = en(text, '2024-02-13').find((x) => x.value === value);
    expect(f?.metric).toBe(metric);
  });

  it.each([
    ['Los albergues tienen capacidad para 6 mil personas, pero hoy alojan a más de 8 mil.', 8000, 'personas'],
    // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19".)
    ['La Guardia Nacional detuvo a 9 mil migrantes en marzo, un promedio de 300 al día.', 300, 'migrantes detenidos'],
    ['Unos 2 millones de haitianos han salido del país, de los cuales 1,5 millones viven en República Dominicana.', 1500000, 'haitianos'],
  ])('Spanish: %s', (text, value, metric) => {
    expect(es(text, '2024-04-05').find((x) => x.value === value)?.metric).toBe(metric);
  });

  it('a rate on a bare number is kept ("un promedio de 300 al día")', () => {
    const f = es('La Guardia Nacional detuvo a 9 mil migrantes en marzo, un promedio de 300 al día.', '2024-04-05').find((x) => x.value === 300);
    expect(f?.per).toBe('day');
    expect(f?.period).toBe('2024-03');
  });

  it('a percentage of change takes the counted thing before it (both languages)', () => {
    expect(en('Agents encountered 11,000 unaccompanied children in September, up 4% from August.', '2023-10-25').find((f) => f.value === 4)?.metric).toBe(
      'unaccompanied children',
    );
    expect(es('El INM registró 700 mil eventos de extranjeros, 30% más que el año anterior.', '2023-10-25').find((f) => f.value === 30)?.metric).toBe('eventos');
  });

  it('a noun the lexicon lacks is not treated as "no noun" (no borrowed metric)', () => {
    expect(en('Texas has bused 95,000 migrants to 20 states.', '2024-01-04').map((f) => f.value)).toEqual([95000]);
    expect(en('The governor sent 8,000 migrants and 1,500 National Guard members to the border.', '2024-01-04').find((f) => f.value === 1500)?.metric).toBe(
      'troops',
    );
    expect(es('Texas ha enviado 95 mil migrantes a 20 ciudades.', '2024-01-04').map((f) => f.value)).toEqual([95000]);
  });

  it('a percentage after a sum of money never borrows "dollars": it is a change of the money\'s purpose, or nothing', () => {
    const es1 = es('Las remesas sumaron 63 mil millones de dólares en 2023, un alza de 7.6% respecto al año anterior.', '2024-02-01');
    expect(es1.map((f) => f.value)).toEqual([63e9, 7.6]);
    expect(es1[1]).toMatchObject({ kind: 'change', metric: 'remesas', unit: 'percent' });
    const en1 = en('Remittances reached $63 billion in 2023, a 7.6% increase from the year before.', '2024-02-01');
    expect(en1.every((f) => f.metric !== 'dollars')).toBe(true);
    // Money with no purpose lends none: the percentage is left out.
    expect(en('He said $63 billion, a 7.6% increase from the year before.', '2024-02-01').map((f) => f.value)).toEqual([63e9]);
  });

  it('a semicolon ends the borrowing', () => {
    expect(en('Agents made 2,000 arrests; 300 were released.', '2024-01-04').map((f) => f.value)).toEqual([2000]);
    expect(es('Se registraron 2 mil detenciones; 300 fueron liberados.', '2024-01-04').map((f) => f.value)).toEqual([2000]);
  });

  it('traps stay traps after an earlier figure (ages, durations, years, addresses)', () => {
    expect(en('Agents found 40 migrants, including a 15-year-old, after a 3-hour search in 2023.', '2024-01-04').map((f) => f.value)).toEqual([40]);
    expect(es('Rescataron a 40 migrantes, entre ellos un niño de 8 años, tras 48 horas.', '2024-01-04').map((f) => f.value)).toEqual([40]);
  });
});

describe('a counted thing far before its verb', () => {
  it('English: "Apprehensions by … along the southwest border reached 188,778"', () => {
    const f = en('Apprehensions by the Border Patrol between ports of entry along the southwest border reached 188,778 in October.', '2023-11-14');
    expect(rows(f)).toEqual([[188778, 'apprehensions', '2023-10']]);
  });
  it('Spanish: "Las detenciones de personas … en la frontera norte sumaron 12 mil"', () => {
    const f = es('Las detenciones de personas en situación irregular en los puntos de revisión de la frontera norte sumaron 12 mil en marzo.', '2024-04-05');
    expect(rows(f)).toEqual([[12000, 'detenciones', '2024-03']]);
  });
});

describe('attributions with describing words', () => {
  it('English: "according to preliminary CBP figures" beats the agency that is the subject', () => {
    const figs = en('The Border Patrol apprehended about 150,000 migrants in October, according to preliminary CBP figures.', '2023-11-14');
    expect(figs[0]!.source).toBe('CBP');
  });
  it('Spanish: "según datos preliminares del INM"', () => {
    expect(es('La Guardia Nacional detuvo a 9 mil migrantes, según datos preliminares del INM.', '2024-04-05')[0]!.source).toBe('INM');
  });
  it('Spanish: office names with "al" are kept whole', () => {
    expect(es('Hay unos 4 mil migrantes en albergues, de acuerdo con la Dirección de Atención al Migrante del municipio.', '2023-11-30')[0]!.source).toBe(
      'Dirección de Atención al Migrante',
    );
  });
});
