/**
 * Issue 10 relevance classes in the default profile. Sentences are written for these tests, not copied
 * from eval/data.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('traps stay out', () => {
  it.each([
    ['tv drama named after the border', "Season three of 'Frontera Roja' arrives on streaming", 'The crime drama follows a detective in Tijuana.'],
    ['telenovela', "La telenovela 'Amores de Frontera' termina su temporada en Tijuana", 'El último capítulo se grabó en Ensenada.'],
    ['asylum as a metaphor', 'The garden shed became an asylum from the noise of the kids', 'A columnist on finding quiet at home.'],
    ['asilo como metáfora', 'La cafetería, un asilo para escritores en el centro', 'El local abre hasta medianoche.'],
    ['dental tourism in a border city', 'Americans line up at Nogales dentists for cheaper crowns', 'Clinics near the border crossing see more patients from Arizona.'],
    ['turismo médico', 'Pacientes de Texas cruzan a Reynosa para cirugías de bajo costo', 'Las clínicas de la frontera reportan más turismo médico.'],
    ['weather forecast for the border region', 'Rain returns to border counties from El Paso to Laredo', 'The National Weather Service expects up to two inches of rainfall.'],
    ['pronóstico para la frontera', 'Pronostican heladas en la frontera de Chihuahua', 'Las temperaturas bajarán a 8 grados bajo cero en Ciudad Juárez.'],
    ['sobriety checkpoint', 'Police set up sobriety checkpoint after crash kills two', 'Officers stopped 300 drivers overnight.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('smuggling crashes at checkpoints without "migrant" or "border" are in', () => {
  it.each([
    ['Two killed as van fleeing checkpoint crashes near Cotulla', 'Deputies said the driver was carrying 10 passengers picked up near the river.'],
    ['Vuelca camioneta que huía de un retén en Coahuila; tres muertos', 'La camioneta transportaba a 12 personas indocumentadas.'],
    ['Troopers: SUV in deadly crash carried people who crossed illegally', 'The rollover happened on a ranch road in Zavala County.'],
  ])('%s', (title, summary) => expect(match(title, summary)).toBe(true));
});

describe('real stories that share a trap word still pass', () => {
  it.each([
    ['Heat wave endangers migrants crossing the Arizona desert', 'Volunteers left water along the trails.'],
    ['Volunteer dentists treat asylum seekers at a Tijuana shelter', 'About 60 people were seen in one day.'],
  ])('%s', (title, summary) => expect(match(title, summary)).toBe(true));
});

describe('second pass: trap families on the words they trap (TV drama, leisure asylum, weather on border places)', () => {
  it.each([
    ['agency named in a TV series', 'New Border Patrol series premiere draws record streaming audience', 'Eight episodes follow agents in the Arizona desert.'],
    ['Spanish series named after migrants', 'Estreno: "Inmigrantes", la nueva producción de streaming', 'Los diez episodios narran la vida de una familia en Los Ángeles.'],
    ['asylum as a wellness getaway', 'A spa weekend is the asylum every tired parent needs', 'Resort packages for burnout recovery sell out.'],
    ['weather watch for a border place', 'Flash flood warning for Eagle Pass and surrounding counties', 'The National Weather Service says rainfall could top four inches.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['a real migrant story mentioning rain', 'Migrants wade the Rio Grande at Eagle Pass despite rising water', 'Agents said 900 people crossed overnight.'],
    ['a real asylum story', 'Asylum seekers wait months for hearings in Houston court', 'The backlog tops 70,000 cases.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
