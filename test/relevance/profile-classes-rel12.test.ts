/**
 * Relevance classes fixed in the rel12 pass, found by invented probe rounds (first-reading scores in the
 * commit messages). Every headline here is invented for the test; none is copied from eval/data.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('people fleeing a country of conflict into a neighbouring one, told without "refugee" or "war"', () => {
  it.each([
    ['cannot take in more', "Bangladesh says it cannot take in more people fleeing Myanmar's Rakhine", 'Thousands have gathered along the Naf river.'],
    ['cross into Chad', "Thousands fleeing Sudan's Darfur cross into Chad", 'Aid groups said families arrived with nothing.'],
    ['huyen y cruzan', 'Miles de personas huyen de Sudán y cruzan a Egipto', ''],
    ['reach camps', "Civilians fleeing Myanmar's Rakhine reach Bangladesh camps", ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['investors', 'Investors flee Ukraine bonds as border talks stall', ''],
    ['fans', 'Fans flee stadium in Myanmar after earthquake tremor', ''],
    ['tourists', 'Tourists flee Yemen coast resort as storm nears border', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('refugee camps named by their name, without "refugee"', () => {
  it.each([
    ['rations cut', "Kenya's Kakuma camp cuts rations as donor funding falls", 'The World Food Programme said 300,000 residents would receive 40 per cent of a full ration.'],
    ['fire', 'Fire sweeps through Kutupalong camp, destroying 2,000 shelters', ''],
    ['cólera', 'Cólera en el campamento de Dadaab: 40 casos confirmados', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['wetland', 'Azraq wetland reserve welcomes migrating birds', 'Rangers counted 40 species at the oasis.'],
    ['runner', 'Kakuma-born runner wins Boston Marathon', 'The athlete trained in Kenya.'],
    ['Tolkien', 'Mines of Moria set rebuilt for Lord of the Rings exhibit at the camp', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('labour migration to the Gulf and East Asia: domestic and foreign workers, sponsors (kafala), passports kept by employers', () => {
  it.each([
    ['passports confiscated', 'Gulf employers still confiscate passports of domestic workers, report says', 'Women from Ethiopia, Kenya and the Philippines described being trapped in homes.'],
    ['kafala', "Lebanon's kafala system leaves Ethiopian housemaids stranded as economy collapses", ''],
    ['trabajadoras domésticas', 'Trabajadoras domésticas filipinas en Hong Kong denuncian jornadas de 16 horas', 'Las agencias de reclutamiento retienen sus pasaportes.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['cleaning app', 'Hong Kong startup launches app to book domestic cleaning services', 'Shares rose on debut.'],
    ['e-passport', 'Saudi Arabia launches e-passport for citizens', ''],
    ['hotel maids', 'Singapore hotel maids strike for overtime pay', 'The Indonesian-owned chain said talks continue.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('checks at crossings inside Europe told without "border" (crossings, frontier, people turned back)', () => {
  it.each([
    ['turned back', 'Germany extends checks at Polish and Czech crossings for six months', 'The interior ministry said police turned back 20,000 people last year.'],
    ['Schengen', 'Denmark keeps controls at German frontier, cites Schengen exemption', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['rockfall', "Austria's interior ministry orders safety checks at Alpine road crossings after rockfall", ''],
    ['swine fever', 'Poland steps up checks at crossings with Germany for swine fever', 'Trucks carrying pork are inspected.'],
    ['level crossings', 'Police checks at rail crossings after level-crossing crash in Belgium turned back 40 cars', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('entry documents demanded of migration nationalities: criminal records (pasado judicial, antecedentes penales) to enter', () => {
  it.each([
    ['pasado judicial', 'Ecuador exige pasado judicial apostillado a ciudadanos venezolanos', 'La medida dificulta el tránsito hacia Perú y Chile.'],
    ['antecedentes penales', 'Chile pedirá antecedentes penales a haitianos que quieran ingresar', ''],
    ['criminal records', 'Peru to demand criminal records from Venezuelans entering by land', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['employer', 'Empresa pide antecedentes penales a choferes colombianos para contratarlos', ''],
    ['sports club', 'Club exige antecedentes penales a entrenadores cubanos del equipo juvenil', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe("an agency's ceremonies, charity and offices are not the beat (honours, memorial runs, toy drives, leases)", () => {
  it.each([
    ['memorial run', 'Border Patrol Agents Honored At Annual Memorial Run In El Paso', ''],
    ['lease', 'USCIS Headquarters Lease Renewed For 10 Years', ''],
    ['toy drive', 'CBP Officers Host Toy Drive For Children In Nogales', ''],
    ['homenaje', 'Patrulla Fronteriza rinde homenaje a agentes caídos en El Paso', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['honoured for a rescue of migrants', 'Border Patrol agents honored for rescuing migrants from canal', ''],
    ['honoured after a smuggling arrest', 'Border Patrol agents honored after arrest of smuggler in Sunland Park', ''],
    ['lease for detention', 'ICE signs lease for new detention center in Kansas', ''],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('status protections of a nationality ended, stripped or extended, told without "TPS" or "status"', () => {
  it.each([
    ['end protections', 'Catholic bishops condemn plan to end protections for Haitians', ''],
    ['strip protections', "Court halts administration's move to strip protections from Venezuelans", ''],
    ['protección temporal', 'Fin de la protección temporal para hondureños: qué deben saber', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['labour rules', "Labor rules add protections for Cubans working in Havana's private sector", ''],
    ['copyright', "New copyright protections for Colombians' folk music", ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe("Australia's offshore detention on Christmas Island (as Nauru and Manus), not its crabs or mine", () => {
  it.each([
    ['held for years', 'Australia: man held on Christmas Island for nine years released by court order', ''],
    ['detention centre', 'Christmas Island detention centre to reopen for boat arrivals', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['red crabs', 'Christmas Island red crab migration begins early', ''],
    ['phosphate', 'Christmas Island phosphate mine held up by strike', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('labour migration by quota and scheme (seasonal and guest workers from abroad) and migrant fishing crews held at sea', () => {
  it.each([
    ['trabajadores temporales', 'Canadá amplía el programa de trabajadores temporales de México y Guatemala', ''],
    ['foreign workers visas', 'Japan eases visas for foreign workers from Vietnam and Nepal', ''],
    ['fishing crews', 'Taiwan shelter helps Indonesian fishermen who fled abusive boats', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['holiday hiring', 'Retailers hire seasonal workers for holidays; Amazon recruitment program adds 100,000', ''],
    ['fishermen rescued', 'Indonesian fishermen rescued after boat sinks off Bali', ''],
    ['maritime dispute', 'Filipino fishermen say Chinese coast guard abused them near Scarborough Shoal', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe("remains in the Sonora desert of a 'caminante' (the local word for a walking migrant), in the towns of the Altar–Sonoyta corridor", () => {
  it.each([
    ['restos óseos de un caminante', 'Sonoita: hallan restos óseos en el desierto; presumen que eran de un caminante', ''],
    ['cuerpo en el monte', 'Caborca: localizan cuerpo de caminante en el monte; murió por calor', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['ganado', 'Hallan restos óseos de ganado en el desierto de Caborca', ''],
    ['peregrinación', 'Caminantes de Sonoyta recorren el desierto en peregrinación a Magdalena', ''],
    ['turista en la playa', 'Puerto Peñasco: hallan cuerpo de turista en la playa', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe("busing from Texas told as bus arrivals and busloads, without 'migrants'", () => {
  it.each([
    ['opinion, bus arrivals', 'Opinion: Our towns cannot absorb another year of bus arrivals from Texas', ''],
    ['busloads sent by the governor', 'Denver shelters brace for busloads sent by Texas governor', ''],
    ['autobuses enviados', 'Llegan a Chicago otros tres autobuses enviados por el gobernador de Texas', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['fans', 'Busloads of Texas fans arrive in Norman for rivalry game', ''],
    ['retirees', 'Texas governor welcomes busloads of retirees to the Hill Country', ''],
    ['school trips', 'State fair expects record bus arrivals from Texas schools', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('a nationality sent back, sent home or deported, in every verb form; spies, fishing boats and squads are not the beat', () => {
  it.each([
    ['sends back', 'Turkey sends back thousands of Syrians, rights group says', 'Human Rights Watch said some were forced to sign papers.'],
    ['being sent home', 'Syrians in Lebanon fear being sent home as army checkpoints multiply', 'Many have lived in tents in Arsal for a decade.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['fishing boat', 'Turkey sends back Greek Cypriot fishing boat after standoff', ''],
    ['spy', 'Iran deports British-Iranian dual national accused of spying', ''],
    ['national team', "Venezuelans sent home from Peru's national team camp after curfew breach", ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('the Dominican–Haitian border as enforcement: soldiers, the wall, people taken to the line or returned through its towns', () => {
  it.each([
    ['maternity wards', 'Haitian women give birth at Dominican hospitals, then are taken to the border', 'Doctors say patients are detained in maternity wards.'],
    ['the wall', 'Dominican soldiers add 10,000 to the wall along the Haitian frontier', 'The government says the fence will cover 164 km.'],
    ['devuelven por Dajabón', 'Soldados dominicanos devuelven a 400 haitianos por Dajabón', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['binational market', 'Dominican Republic and Haiti trade officials meet on binational market at Dajabón', 'The market reopens Monday and Friday.'],
    ['gangs', 'Dominican troops on alert at Haitian border as gangs seize Mirebalais', ''],
    ['carnival', 'Haitian border town of Ouanaminthe holds carnival; Dominican visitors cross the fence to watch', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('pirogue departures from Senegal told by the fishing towns they leave from (fishermen as witnesses, not as the story)', () => {
  it.each([
    ['sons who left', 'Families wait for news of sons who left Senegal by pirogue a month ago', 'Fishermen in Mbour say dozens left from the beach.'],
    ['salieron de Mbour', 'Jóvenes salieron de Mbour en piragua rumbo a Canarias; sus madres esperan noticias', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['races', "Senegal's pirogue races draw crowds in Mbour", ''],
    ['fishing', "Senegal fishermen's pirogues idle as foreign trawlers empty the sea", ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe("lines at the refugee and migration agencies' offices are the beat (the crossing-logistics NOT is lifted by them)", () => {
  it.each([
    ['fila en la COMAR', 'Tapachula: cientos hacen fila en la COMAR para obtener una constancia', ''],
    ['filas en el INM', 'Largas filas en las oficinas del INM en Tapachula por tarjetas de visitante', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['trucks at a garita', 'Transportistas reportan filas de ocho horas en la garita de Nogales', 'Los camiones de carga avanzan lentamente por una falla en el sistema.'],
    ['cargo lines at a bridge', 'Filas de camiones de carga en el puente de Laredo por revisión de CBP', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('family reunification as migration policy; not foster care or the divided Koreas', () => {
  it.each([
    ['coalition', 'Dutch coalition collapses over family reunification limits', ''],
    ['reagrupación familiar', 'Alemania suspende la reagrupación familiar para refugiados subsidiarios', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['foster care', 'County expands family reunification services for children in foster care', ''],
    ['Korea', 'Families separated by the Korean war hope for family reunification', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('asylum told without "asylum": people seeking protection, international protection applicants, arrival centres, processing in a third country', () => {
  it.each([
    ['single men seeking protection', 'Belgium stops housing single men seeking protection', 'Hundreds sleep outside the Brussels arrival centre.'],
    ['international protection', 'Ireland runs out of beds for international protection applicants', ''],
    ['processed in Rwanda', 'Denmark sends first group to be processed in Rwanda', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['cocoa processing', 'Cocoa processed in Ghana gets new EU label', ''],
    ['fish processing', 'Uganda fish processing plant sends first shipment', ''],
    ['floods', 'Homeowners seeking protection from floods turn to sandbags', ''],
    ['inflation', 'Dutch investors seeking protection from inflation buy gold', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('xenophobic violence told without "xenophobia": mobs chasing foreign shopkeepers, looting foreigners\' shops', () => {
  it.each([
    ['mobs chase', 'South Africa: mobs chase foreign shopkeepers from Soweto', 'Zimbabweans and Somalis say their stores were looted.'],
    ['turbas', 'Turbas saquean tiendas de extranjeros en Tarapacá tras una marcha', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['taxi turf war', 'South Africa: mobs chase taxi drivers from Soweto rank in turf war', ''],
    ['traders and prices', 'Foreign traders at Lagos market say prices of imports soared', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('Central Asian labour migrants in Russia: checks, raids, deportations, permits', () => {
  it.each([
    ['checks after an attack', 'Tajik and Uzbek workers face new checks after Moscow attack', 'Police raided dormitories and markets.'],
    ['deportations', 'Russia deports 80,000 Central Asian workers in a year', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['strike at home', 'Uzbek workers strike at copper mine over wages', ''],
    ['sport', 'Tajik wrestler wins gold in Moscow; workers in the stands cheer', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('immigration detention centres named by name (Delaney Hall, Adelanto, Camp East Montana) next to detainees or cells', () => {
  it.each([
    ['cold cells', 'Detainees at Delaney Hall describe cold cells and no lawyers', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['Rikers', 'Detainees at Rikers describe cold cells and no lawyers', ''],
    ['high school', 'Adelanto high school football team wins title', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('Lampedusa as the landing island, not its beaches, turtles or the Leopard', () => {
  it.each([
    ['hotspot', 'Lampedusa hotspot overwhelmed after 5,000 land in two days', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['beaches', 'Lampedusa beaches named best in Europe', ''],
    ['the novelist', "Di Lampedusa's 'The Leopard' gets a new Netflix series", ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('the right to seek protection suspended at a frontier (Poland, Finland), not journalists seeking protection from threats', () => {
  it.each([
    ['right to seek protection', 'Poland suspends the right to seek protection at the Belarus frontier', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['journalists', 'Journalists at the border seek protection from cartel threats', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('the reverse flow (flujo inverso) of people heading south, not of capital, gas or talent', () => {
  it.each([
    ['flujo inverso', 'Costa Rica: la frontera con Panamá registra flujo inverso', ''],
    ['reverse flow', 'Reverse flow: families heading south through Panama by boat', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['capital', 'Colombia registra flujo inverso de capitales hacia el norte', ''],
    ['talent', 'Tech talent reverse migration to India picks up', ''],
    ['gas', 'Reverse flow of gas on the Ukrainian border pipeline resumes', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});
