/**
 * Classes of fig17 (issue 10, round h), each with invented probe texts (none taken from eval/data), scored before the
 * fix of the class and after it. Every labelled figure must be found with its value and metric, and nothing else.
 */
import { extractFigures } from '../../src/figures/extract';
import { datelineLength } from '../../src/figures/skip';
import { metricAccepts } from '../../eval/figures';

interface Probe {
  lang: 'en' | 'es';
  text: string;
  figures: Array<{ value: number; metric: string | string[] }>;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

function expectExactly(p: Probe): void {
  const got = extractFigures(p.text, { published: '2026-12-10', lang: p.lang });
  const unlabelled = got.filter((g) => !p.figures.some((e) => near(g.value, e.value) && metricAccepts(e.metric, g.metric)));
  expect(unlabelled.map((g) => `${g.value} ${g.metric} (${g.text})`)).toEqual([]);
  for (const e of p.figures) expect([e.value, got.some((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric))]).toEqual([e.value, true]);
}

describe('fig17: a dateline names where and by whom a story was filed, not what a figure is for', () => {
  const probes: Probe[] = [
    { lang: 'en', text: 'EL PASO, Texas (AP) — Apprehensions in the El Paso Sector fell to 4,210 in November, the Border Patrol said.', figures: [{ value: 4210, metric: 'apprehensions' }] },
    { lang: 'en', text: 'GUATEMALA CITY (Reuters) - Remittances to Guatemala rose to $2.1 billion in October, the central bank said.', figures: [{ value: 2100000000, metric: 'remittances' }] },
    { lang: 'es', text: 'TEGUCIGALPA (EFE) — Las remesas que recibió Honduras sumaron 1.020 millones de dólares en noviembre, informó el Banco Central.', figures: [{ value: 1020000000, metric: 'remesas' }] },
    { lang: 'es', text: 'SAN SALVADOR, El Salvador (AFP) - El gobierno destinará 12 millones de dólares a albergues para retornados, dijo el ministro.', figures: [{ value: 12000000, metric: ['albergues para retornados', 'albergues', 'presupuesto'] }] }, // (money19: 'destinará' names the budget)
    { lang: 'es', text: 'Ciudad de Guatemala (EFE) — Los envíos de dinero alcanzaron 2.300 millones de dólares en octubre.', figures: [{ value: 2300000000, metric: ['envíos de dinero', 'remesas', 'envíos'] }] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));

  it('reads the place, its region and the wire, and nothing past the dash', () => {
    expect(datelineLength('CALAIS, France (AFP) - French authorities said …')).toBe('CALAIS, France (AFP) - '.length);
    expect(datelineLength('NOGALES, Ariz. — The county approved …')).toBe('NOGALES, Ariz. — '.length);
    // (An acronym or a name opening the sentence is no dateline.)
    expect(datelineLength('ICE - the agency - removed 300 people.')).toBe(0);
    expect(datelineLength('Border Patrol agents — 40 of them — searched the canyon.')).toBe(0);
  });

  it('keeps the whole sentence, dateline included, on the figure', () => {
    const [f] = extractFigures('MIAMI (AP) — Coast Guard crews repatriated 61 Haitians on Friday.', { published: '2026-12-10', lang: 'en' });
    expect(f?.sentence).toBe('MIAMI (AP) — Coast Guard crews repatriated 61 Haitians on Friday.');
  });
});

describe('fig17: a range of counts with no opener ("300 to 450 apprehensions", "40-60 gotaways") gives both ends the noun', () => {
  const probes: Probe[] = [
    { lang: 'en', text: 'Shelters in Tijuana took in 200 to 250 migrants a night during the first week of December.', figures: [{ value: 200, metric: 'migrants' }, { value: 250, metric: 'migrants' }] },
    { lang: 'en', text: 'The Del Rio Sector recorded 40-60 gotaways a day in November, the sector said.', figures: [{ value: 40, metric: 'gotaways' }, { value: 60, metric: 'gotaways' }] },
    { lang: 'es', text: 'Los albergues de Reynosa recibieron 300 a 400 migrantes diarios en noviembre.', figures: [{ value: 300, metric: 'migrantes' }, { value: 400, metric: 'migrantes' }] },
    { lang: 'en', text: 'Port officials expect 1,500 to 2,000 asylum seekers at the San Ysidro crossing next week.', figures: [{ value: 1500, metric: 'asylum seekers' }, { value: 2000, metric: 'asylum seekers' }] },
    { lang: 'es', text: 'Cada semana llegan 80 o 90 deportados al puente internacional de Nuevo Laredo.', figures: [{ value: 80, metric: 'deportados' }, { value: 90, metric: 'deportados' }] },
    // (A change and the level it leads to are no range; nor is a span of time.)
    { lang: 'en', text: 'Apprehensions in the Tucson Sector increased by 300 to 4,500 in October.', figures: [{ value: 300, metric: 'apprehensions' }, { value: 4500, metric: 'apprehensions' }] },
    { lang: 'en', text: 'Wait times at the bridge grew by 20 to 30 minutes, and 1,200 trucks crossed.', figures: [] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));
});

describe('fig17: a farm-to-market or county road number is no figure', () => {
  const probes: Probe[] = [
    { lang: 'en', text: 'A pickup carrying migrants rolled over on Ranch Road 2828 near Junction, and 9 people were hurt, DPS said.', figures: [{ value: 9, metric: ['injured', 'hurt'] }] },
    { lang: 'en', text: 'Troopers said 3 people died when the SUV crashed on Farm-to-Market Road 1472 west of Laredo.', figures: [{ value: 3, metric: ['deaths', 'died'] }] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));
});

describe('fig17: a bare number as the subject of a passive ("Four were taken to a hospital") counts the thing before it', () => {
  // (fig19 added the forms that name what happened to the people counted: eval/data/figures-convention-relabels.md, "fig19".)
  const probes: Probe[] = [
    { lang: 'en', text: 'Fourteen Cuban migrants landed at Key Largo on Monday, the Border Patrol said. Four were taken to a hospital in Homestead.', figures: [{ value: 14, metric: ['migrants', 'cuban migrants'] }, { value: 4, metric: ['migrants', 'taken to a hospital', 'migrants taken to a hospital'] }] },
    { lang: 'en', text: 'Agents found 23 men inside a tractor-trailer near Laredo on Sunday. Six were treated for heat exhaustion at the scene.', figures: [{ value: 23, metric: ['men', 'men found'] }, { value: 6, metric: ['men', 'treated for heat exhaustion', 'men treated'] }] },
    { lang: 'es', text: 'La Guardia Nacional localizó a 47 migrantes en una bodega de Tapachula. Nueve fueron trasladados a un hospital.', figures: [{ value: 47, metric: ['migrantes', 'migrantes localizados'] }, { value: 9, metric: ['migrantes', 'trasladados a un hospital', 'migrantes trasladados a un hospital'] }] },
    // (Its own verb makes it no one more of the dead.)
    { lang: 'en', text: 'Rescuers said 8 migrants drowned when the raft flipped near Ceuta, and 26 were hauled aboard a fishing boat.', figures: [{ value: 8, metric: ['deaths', 'drowned'] }, { value: 26, metric: ['migrants', 'rescued', 'hauled aboard', 'migrants hauled'] }] },
    { lang: 'es', text: 'Dos personas murieron en el naufragio frente a Lanzarote y 33 fueron atendidas en el muelle de Arrecife.', figures: [{ value: 2, metric: ['muertos', 'fallecidos'] }, { value: 33, metric: ['personas', 'personas atendidas', 'atendidos'] }] },
    // (A singular verb takes no count: "the driver, 29, was charged" is an age.)
    { lang: 'en', text: 'Nine migrants were found in a stash house in Laredo. Five were taken to a hospital, and the driver, 31, was charged with smuggling.', figures: [{ value: 9, metric: ['migrants', 'migrants found'] }, { value: 5, metric: ['migrants', 'migrants taken to a hospital'] }] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));
});

describe('fig17: a noun the vocabulary lacks, after a modifier of the beat, is counted under the compound; "N new ones" counts the count before', () => {
  const probes: Probe[] = [
    { lang: 'en', text: 'Since October, deputies in Kinney County have arrested 212 smuggling suspects, the sheriff said.', figures: [{ value: 212, metric: ['smuggling suspects', 'suspects'] }] },
    { lang: 'en', text: 'Agents intercepted 37 smuggling loads on Interstate 35 in November.', figures: [{ value: 37, metric: ['smuggling loads', 'loads'] }] },
    { lang: 'en', text: 'Prosecutors filed 61 human-smuggling indictments in the Western District in October.', figures: [{ value: 61, metric: ['human-smuggling indictments', 'indictments'] }] },
    { lang: 'en', text: 'The shelter registered 340 families in November and 52 new ones in the first week of December.', figures: [{ value: 340, metric: 'families' }, { value: 52, metric: 'families' }] },
    // (Facilities and counts off the beat stay out.)
    { lang: 'en', text: 'Laredo growers planted 4,200 acres of onions, and the county funds 12 migrant shelters.', figures: [] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));
});

describe('fig17: a share of a whole whose noun has a complement ("34% de los solicitantes de refugio") names the whole with it', () => {
  const probes: Probe[] = [
    { lang: 'es', text: 'Los menores fueron el 18% de los solicitantes de protección en Costa Rica, frente al 15% del año anterior.', figures: [{ value: 18, metric: ['solicitantes de protección', 'menores'] }, { value: 15, metric: ['solicitantes de protección', 'menores'] }] },
    // (A month after "de" dates the whole.)
    { lang: 'es', text: 'Las mujeres sumaron el 27% de los detenidos de noviembre, informó la Fiscalía.', figures: [{ value: 27, metric: ['detenidos', 'mujeres'] }] },
    { lang: 'es', text: 'Los venezolanos fueron el 40% de los beneficiarios de refugio en Ecuador durante 2026, según ACNUR.', figures: [{ value: 40, metric: ['beneficiarios de refugio', 'venezolanos'] }] },
    { lang: 'es', text: 'Los haitianos concentraron el 22% de las solicitudes de residencia, dijo el INM.', figures: [{ value: 22, metric: ['solicitudes de residencia', 'haitianos'] }] },
  ];
  it.each(probes.map((p) => [p.text.slice(0, 40), p] as const))('%s', (_t, p) => expectExactly(p));
});
