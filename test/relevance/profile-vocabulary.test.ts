/**
 * The default profile's broadened beat vocabulary and its context-aware trap handling.
 * Sentences here are written for the tests; none is copied from eval/data (so the tests
 * check the rules' behaviour, not the labelled set).
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary?: string) => matchText(profile, { title, summary });
const relevant = (title: string, summary?: string): boolean => match(title, summary).relevant;

describe('default profile: beat vocabulary without a border or migrant keyword', () => {
  it.each([
    ['ICE in context', 'ICE detains 40 at Nebraska meatpacking plant', 'Immigration lawyers said most had no criminal record.'],
    ['ICE + Spanish context', 'ICE llega a una escuela de Queens', 'Dos padres fueron detenidos frente a sus hijos.'],
    ['TPS', 'Judge delays end of TPS for Hondurans', 'About 70,000 people would have lost their status.'],
    ['H-2A', 'Labor Department rewrites H-2A wage rule', 'Growers say the change cuts costs for seasonal labor.'],
    ['Dreamers', 'Dreamers in Texas lose in-state tuition after court ruling', 'The case turned on DACA recipients who grew up in the state.'],
    ['family separation', 'Family separation settlement extended by two years', ''],
    ['third country removals', 'Administration sends nine men to Eswatini in third country removals', ''],
    ['stash house', 'Agents raid stash house in south Phoenix', 'Twenty-two people were found inside.'],
    ['smuggling people', 'Driver charged with smuggling people past Sarita checkpoint', ''],
    ['nationality + movement', 'Haitians stranded in Monterrey after buses stop running', ''],
    ['nationality + boat', 'Cuban rafters picked up by Coast Guard off Key West', 'Twelve Cubans were returned to Havana.'],
    ['newly arrived', 'Chicago police stations stop housing newly arrived families', 'The city opened a shelter for Venezuelan migrants instead.'],
    ['sea route', 'Dinghy sinks off Libya; 30 missing', 'The boat was trying to reach Europe.'],
    ['crossing without "border"', 'Three rescued after crossing the Rio Grande at night', ''],
    ['shelters on the route', 'Shelters in Reynosa fill again', 'Pastors report 200 arrivals a day.'],
    ['All-American Canal', 'Teen drowns in All-American Canal', ''],
    ['remittances, plain words', 'Money sent home by Salvadorans rose 8% in May', ''],
  ])('%s', (_what, title, summary) => {
    expect(relevant(title, summary)).toBe(true);
  });

  it.each([
    ['situación irregular', 'Portugal regulariza a 100 mil extranjeros en situación irregular', ''],
    ['nacionalidad + movimiento', 'Venezolanos varados en Necoclí esperan cruzar a Panamá', ''],
    ['connacionales devueltos', 'Llegan a Matamoros 200 connacionales devueltos', ''],
    ['casa de seguridad', 'Liberan a 40 personas de una casa de seguridad en Chihuahua', 'Eran de Honduras y Guatemala.'],
    ['huyen de la violencia', 'Familias de Tila huyen de la violencia', 'Cientos se refugian en Guatemala.'],
    ['hacia el norte', 'Grupo de 200 personas avanza hacia el norte desde Huixtla', ''],
    ['centroamericanos', 'Retienen a centroamericanos en retén de Oaxaca', ''],
    // 'Albergue de Mexicali pide donativos de ropa': a known floor miss since rel16 (rel15-model.test.ts).
    ['refugio + Comar', 'La Comar rechaza más solicitudes de refugio', ''],
    ['familias separadas', 'Familias separadas por la política migratoria se reencuentran', ''],
    ['visa humanitaria', 'México suspende la visa humanitaria para venezolanos', ''],
    ['río Suchiate', 'Balseros del Suchiate cobran más por cruzar', ''],
  ])('%s', (_what, title, summary) => {
    expect(relevant(title, summary)).toBe(true);
  });
});

describe('default profile: new trap classes stay out', () => {
  it.each([
    ['telecom migration', 'Verizon finishes migration of prepaid customers to new network', ''],
    ['software migration tool', 'Atlassian migration tool moves legacy workflows to the cloud', ''],
    ['migración de clientes', 'Totalplay concluye la migración de clientes a su red de fibra', ''],
    ['migración de sistema', 'IMSS anuncia migración de su sistema de citas', ''],
    ['ciclo migratorio', 'Ballenas jorobadas llegan a Los Cabos en su ciclo migratorio', ''],
    ['wildlife, ejemplares', 'Aves playeras: censan 30 mil ejemplares en su ruta migratoria', ''],
    ['wildlife migration, EN', 'Elk migration route mapped with GPS collars', 'Biologists tracked the herd across Wyoming.'],
    ['music of the frontera', 'Cantante de música de la frontera lanza disco en Ciudad Juárez', ''],
    ['movie title', "'Refugee' film premiere draws crowds at Cannes", ''],
    ['song title', "Band's 'Asylum' album tops charts", ''],
    ['asylum historic site', 'Old Texas state asylum hospital opens for ghost tours', 'Former patients’ records go on display.'],
    ['ICE without enforcement words', 'ICE storm warning issued for the Texas Panhandle', ''],
    ['animal shelter in a border city', 'Tijuana shelter seeks adoption for 60 dogs', ''],
    ['albergue for animals', 'Albergue de animales en Reynosa pide adoptantes', ''],
    ['caravan of cars', 'Holiday caravan of classic cars rolls through Chiapas', 'Dodge and Ford owners joined.'],
    ['nationality in sports', 'Venezuelans arrive in Miami for the baseball final', ''],
    ['Juegos Centroamericanos', 'Atletas centroamericanos llegan a los Juegos de San Salvador', 'Los deportistas competirán en 30 disciplinas.'],
    ['border place, wildlife', 'Rare owl spotted near the southern border', 'Birders drove hours to see the species.'],
    ['crossing, weather', 'Storm crossing Texas brings hail to El Paso', ''],
    ['Red Cross', 'Red Cross opens cooling center in Tijuana', ''],
    ['fintech remittances', 'Crypto startup cuts remittance fees to Mexico', ''],
  ])('%s', (_trap, title, summary) => {
    expect(relevant(title, summary)).toBe(false);
  });
});

describe('default profile: a real story that carries a trap word still passes', () => {
  it.each([
    ['wildlife word + border wall', 'Border wall blocks jaguar corridor, biologists say', ''],
    ['sports word + ICE', 'Soccer coach detained by ICE after practice', 'His lawyer said he had a pending asylum case.'],
    ['storm + migrants', 'Winter storm strands migrants at El Paso shelter', ''],
    ['app + asylum seekers', 'New app replaces CBP One for asylum seekers', 'Users reported login errors.'],
    ['music word + deportation', 'Corrido singer deported to Mexico', ''],
    ['hospital + asylum seeker', 'Asylum seeker on hunger strike taken to hospital', ''],
  ])('%s', (_what, title, summary) => {
    expect(relevant(title, summary)).toBe(true);
  });
});
