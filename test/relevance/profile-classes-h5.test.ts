/**
 * Failure classes found on the spent split holdout5 (eval/data/relevance-holdout5.jsonl), each fixed as a
 * family of wording in the default profile. Every sentence here is written for these tests (none is copied
 * from eval/data): each class has stories that must pass and the traps that share its words.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('deportation and refuge as metaphors: relegation, a player sent down, an animal sent back, remote workers', () => {
  it.each([
    ['a relegation called deportation', "Fans fear 'deportation' as the club slides toward relegation", 'Three defeats in a row leave the side bottom of the table.'],
    ['a player sent to the minors', "Cubs 'deport' struggling shortstop to the minors", 'He was optioned to Iowa after going 2 for 40.'],
    ['a zoo animal sent back', "Escaped penguin 'deported' back to the aquarium", 'Keepers returned the bird to its habitat on Monday.'],
    ['un animal devuelto al zoológico', "'Deportan' al mono que escapó del zoológico", 'Los cuidadores lo regresaron a su hábitat.'],
    ['la afición contra el técnico', "La afición exige 'deportar' al portero tras el último lugar", 'El equipo suma seis derrotas.'],
    ['refugiados del teletrabajo', "Los 'refugiados' del trabajo remoto llenan la costa de Oaxaca", 'Nómadas digitales pagan rentas en dólares.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['a deportation flight', 'Deportation flight lands in Guatemala City with 130 aboard', 'ICE said the passengers had final orders.'],
    ['a ballplayer actually deported', 'Former minor-league pitcher deported to Venezuela after visa lapse', 'His family says he had lived in Florida for a decade.'],
    ['deportados a Honduras', 'Llegan 90 deportados a San Pedro Sula', 'El vuelo salió de Texas por la mañana.'],
    ['refugiados en México', 'Refugiados haitianos piden empleo en Monterrey', 'La Comar recibió sus solicitudes en marzo.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('health care, shopping and casinos in a border city are not the beat; care for migrants there is', () => {
  it.each([
    ['a casino in a border town', 'Eagle Pass casino adds 300 slot machines', 'The resort expects more weekend visitors.'],
    ['dental packages near the garita', 'Clínicas dentales de Mexicali ofrecen implantes a pacientes de Arizona', 'Las citas se agendan cerca de la garita.'],
    ['medical tourism across the bridge', 'Hospitales de Reynosa atraen pacientes de McAllen con cirugías baratas', 'Un transporte los recoge en el puente internacional.'],
    ['shoppers crossing for sales', 'Compradores de Juárez cruzan la frontera con Texas por ofertas de fin de año', 'Las tiendas de El Paso abren desde las 5 de la mañana.'],
    ['pharmacies on the line', 'Pharmacies near the San Ysidro port draw patients from San Diego', 'Prices for insulin are a third of U.S. prices.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['volunteer dentists in a shelter', 'Dentistas voluntarios atienden a migrantes en un albergue de Tijuana', 'Revisaron a 60 niños.'],
    ['patients from a smuggling crash', 'Migrants hurt in Eagle Pass rollover taken to clinics', 'Three patients remain in serious condition.'],
    ['a garita closed to people seeking asylum', 'Cierran la garita de San Ysidro a solicitantes de asilo', 'Los agentes pidieron usar la aplicación.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
