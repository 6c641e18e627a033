/**
 * Classes of fig19 (issue 10, round j): a count of people named by a bare noun ("188 people", "612 migrantes") is named by
 * what its clause says happened to them (src/figures/event.ts), a table line counts its head noun (src/figures/table.ts),
 * a group of people as the subject of a part of a total names the part, and a part's noun is kept as written.
 *
 * Probe rounds (invented, none taken from eval/data; test/figures/probes-fig19/README.md): r1 was written before the
 * fixes and drove them; r2 was written after them and drove two more; "final" was written after the last change and scored
 * once, untuned. Every labelled figure must be
 * found with its value and metric, and nothing else — except the misses kept visible: a label marked `open` is asserted to
 * be missed still, and a probe's `unlabelled` list is what it gives besides its labels today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../../eval/figures';

interface Probe {
  id: string;
  lang: 'en' | 'es';
  text: string;
  figures: Array<{ value: number; metric: string | string[]; open?: string }>;
  unlabelled?: string[];
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
const round = (name: string): Probe[] => JSON.parse(readFileSync(path.join(__dirname, 'probes-fig19', `${name}.json`), 'utf8')) as Probe[];

function expectAsRecorded(p: Probe): void {
  const got = extractFigures(p.text, { published: '2026-12-10', lang: p.lang });
  for (const e of p.figures) {
    const found = got.some((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric));
    expect([e.value, found]).toEqual([e.value, !e.open]);
  }
  const unlabelled = got.filter((g) => !p.figures.some((e) => !e.open && near(g.value, e.value) && metricAccepts(e.metric, g.metric)));
  expect(unlabelled.map((g) => `${g.value} ${g.metric}`)).toEqual(p.unlabelled ?? []);
}

const metricOf = (lang: 'en' | 'es', text: string, value: number): string | undefined => extractFigures(text, { published: '2026-12-10', lang }).find((f) => near(f.value, value))?.metric;

describe('fig19 probes r1 (written before the fixes: TP 7 FP 19 FN 25; now TP 30 FP 2 FN 2)', () => {
  it.each(round('r1').map((p) => [p.id, p] as const))('%s', (_id, p) => expectAsRecorded(p));
});

describe('fig19 probes r2 (written after the r1 fixes as a final round; scored TP 29 FP 3 FN 4, it drove two more fixes — a bare number naming the noun the count before named with its event, the last of a chain of participles; now TP 31 FP 1 FN 2)', () => {
  it.each(round('r2').map((p) => [p.id, p] as const))('%s', (_id, p) => expectAsRecorded(p));
});

// Written after the last fig19 change and scored once, untuned: TP 22 FP 4 FN 3 (en P 13/14 R 13/14, es P 9/12 R 9/11).
// The misses stay as they are (marked open); "tres fueron evacuados" (3 evacuados) is a figure the labels left out.
describe('fig19 probes final (written after the last change, scored once untuned: TP 22 FP 4 FN 3; fin-es-03, an inverted passive, read since the lead’s change below: TP 23 FP 3 FN 2)', () => {
  it.each(round('final').map((p) => [p.id, p] as const))('%s', (_id, p) => expectAsRecorded(p));
});

describe('fig19: the event of the clause names a count of people', () => {
  it.each([
    // An active verb with the number as its object, in either language (Spanish: the personal "a").
    ['en', 'ICE removed 318,000 people in fiscal 2026, the agency said.', 318000, 'people removed'],
    ['es', 'El INM ha deportado a 1 mil 200 personas desde Tapachula.', 1200, 'personas deportadas'],
    ['es', 'Detienen a 40 migrantes en un tráiler en Coahuila.', 40, 'migrantes detenidos'],
    // A passive after an elided number, agreeing as written; the noun is the one it borrows.
    ['es', 'Llegaron a Ceuta 300 personas y 120 fueron devueltas a Marruecos.', 120, 'personas devueltas'],
    // A participle after the noun; a status word is no event.
    ['es', 'La Fiscalía contó 80 migrantes rescatados en Sonora.', 80, 'migrantes rescatados'],
    ['es', 'Unos 300 migrantes indocumentados esperan en la plaza.', 300, 'migrantes'],
    // Coordinated states, a state phrase, the part after "of the".
    ['en', 'About 2,000 people have died or gone missing on the route this year.', 2000, 'people dead or missing'],
    ['en', 'ICE held 40,000 people in detention in November.', 40000, 'people in detention'],
    ['en', 'Crews rescued 30 migrants; two of the survivors were hospitalized.', 2, 'survivors hospitalized'],
    // The second object of a coordination has the verb of the first.
    ['es', 'La Marina repatrió a 200 cubanos y 90 haitianos interceptados en el mar.', 90, 'haitianos repatriados'],
  ])('%s: %s', (lang, text, value, metric) => {
    expect(metricOf(lang as 'en' | 'es', text as string, value as number)).toBe(metric);
  });

  it('never renames a noun that already names an event, a sum of money or a share', () => {
    expect(metricOf('en', 'Agents made 9,000 apprehensions in November.', 9000)).toBe('apprehensions');
    expect(metricOf('es', 'El INM realizó 5 mil deportaciones en octubre.', 5000)).toBe('deportaciones');
    expect(metricOf('en', 'ICE arrested 30,000 people, 60% of whom had no criminal record.', 60)).toBe('people');
  });

  it('a verb of counting or reaching a level is no event; nor is a singular verb with another subject', () => {
    expect(metricOf('en', 'The shelter recorded 1,200 people in November.', 1200)).toBe('people');
    expect(metricOf('es', 'El número de personas subió a 3 mil en noviembre.', 3000)).not.toMatch(/subid/);
    expect(metricOf('es', 'Una camioneta con 14 migrantes fue detenida en la carretera.', 14)).toBe('migrantes');
  });
});

describe('fig19: lists whose metric is elided, parts of a total, parts as written', () => {
  it('a table line counts the head noun that opens it', () => {
    const figs = extractFigures('Rescues by station, November: Laredo 40; Del Rio 25; total 65.', { published: '2026-12-10', lang: 'en' });
    expect(figs.map((f) => `${f.value} ${f.metric}`)).toEqual(['40 rescues', '25 rescues', '65 rescues']);
  });
  it('a group of people as the subject of a part of a total names the part (a nationality does not)', () => {
    expect(metricOf('en', 'Of the 10,000 encounters, single adults made up 6,000 of the total, families 3,000 and unaccompanied children 1,000.', 3000)).toBe('families');
    expect(metricOf('en', 'Of the 10,000 encounters, Cubans made up 6,000 of the total.', 6000)).toBe('encounters');
  });
  it('the part after "of them were" keeps its noun as written', () => {
    expect(metricOf('en', 'About 900 people reached Lesbos, and 150 of them were unaccompanied minors.', 150)).toBe('unaccompanied minors');
  });
});

/**
 * The inverted Spanish passive ("fueron repatriados 3 mil 870 guatemaltecos"), read by the lead after fig19 landed (its
 * final round's visible miss fin-es-03, now read). These six were written after that change and scored once: 6/6.
 */
describe('inverted Spanish passive: the participle before the number names what happened (final probes, scored once: 6/6)', () => {
  const es = (text: string) => extractFigures({ title: '', summary: text }, { published: '2026-12-01', lang: 'es' }).map((f) => [f.value, f.metric]);
  it.each([
    ['El fin de semana fueron asegurados 61 extranjeros en un tractocamión en Veracruz, informó la Guardia Nacional.', 61, 'extranjeros asegurados'],
    ['Según la Cruz Roja, fueron atendidas 230 personas con síntomas de hipotermia en Ciudad Juárez.', 230, 'personas atendidas'],
    ['En la madrugada fueron interceptados 38 argelinos frente a la costa de Almería.', 38, 'argelinos interceptados'],
    ['Ya han sido trasladados 140 menores a centros de acogida de la península.', 140, 'menores trasladados'],
    ['Fueron encontrados sin vida 3 migrantes en el desierto de Sonora.', 3, 'muertos'],
    ['Serán reubicadas 500 familias del campamento en las próximas semanas.', 500, 'familias reubicadas'],
  ])('%s', (text, value, metric) => {
    expect(es(text)).toContainEqual([value, metric]);
  });
  it('leaves verbs of counting alone ("fueron contabilizados", "fueron registradas")', () => {
    expect(es('Fueron contabilizados 500 migrantes en el albergue.')).toContainEqual([500, 'migrantes']);
    expect(es('Fueron registradas 300 personas en el censo del albergue.')).toContainEqual([300, 'personas']);
  });
});

/**
 * A bare number that is the subject of a passive of its own, and borrowed the event another clause's verb named, is named by
 * its own passive ("… 40 were deported and 12 were charged with smuggling" gave 12 deportations), read by the lead after
 * fig19 landed (fig19's noted gap). Probes written after a first version of the change, which also named a passive after a
 * semicolon; that broke the older convention that "Agents made 2,000 arrests; 300 were released" borrows nothing, so the
 * change was narrowed, and these are tuning probes: the semicolon ones now give no figure, as recorded.
 */
describe('a bare number with a passive of its own (tuning probes)', () => {
  const figs = (text: string, lang: 'en' | 'es') => extractFigures({ title: '', summary: text }, { published: '2026-12-01', lang }).map((f) => [f.value, f.metric]);
  it.each([
    ['Police detained 230 people at the camp. Of those, 41 were deported to Guatemala and 88 were released with notices to appear.', 'en', 88, 'released'],
    ['Agents caught 64 people near Sasabe; 30 were deported and 9 were charged with smuggling.', 'en', 9, 'charged'],
    ['El INM aseguró a 120 extranjeros en Tabasco, de los cuales 35 fueron deportados y 20 fueron canalizados al DIF.', 'es', 35, 'deportados'],
  ] as const)('%s', (text, lang, value, metric) => {
    expect(figs(text, lang)).toContainEqual([value, metric]);
  });
  it.each([
    ['Deputies stopped a van carrying 19 people near Pecos; 17 were turned over to the Border Patrol and two were charged with smuggling.', 'en'],
    ['La Guardia Civil interceptó una neumática con 52 personas; 6 fueron trasladados al hospital de Ceuta.', 'es'],
  ] as const)('after a semicolon a bare passive subject borrows nothing: %s', (text, lang) => {
    expect(figs(text, lang)).toHaveLength(1);
  });
});
