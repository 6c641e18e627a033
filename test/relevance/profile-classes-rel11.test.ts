/**
 * Relevance classes fixed in the rel11 pass. Every headline here is invented for the test; none is
 * copied from eval/data, so the tests check how a rule treats a class, not the labelled items.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('crossing logistics (wait times, lanes, apps, trucking, outages, holidays) is not the beat', () => {
  it.each([
    ['holiday lines', 'Ninety-minute waits expected at Otay Mesa over Easter weekend', 'Drivers are urged to cross before dawn or use the Ready Lane.'],
    ['wait-time app', 'Tijuana startup launches app that predicts San Ysidro wait times', 'The company says its forecasts are accurate to ten minutes.'],
    ['outage at the port', 'Computer outage slows northbound traffic at the Laredo port of entry', 'Commuters reported two-hour lines in the morning.'],
    ['filas por las fiestas', 'Largas filas en el puente internacional de Reynosa por el puente vacacional', 'Los automovilistas esperaron más de dos horas.'],
    ['camiones de carga', 'Transportistas reportan filas de ocho horas en la garita de Nogales', 'Los camiones de carga avanzan lentamente por una falla en el sistema.'],
    ['carril nuevo', 'Abren un nuevo carril SENTRI en la garita de Mexicali', 'El carril funcionará de 6 a 22 horas.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['waits from tighter inspections', 'Lines at the Nogales port grow as officers tighten inspections of cars', 'CBP said the new checks target smuggling.'],
    ['people waiting to cross', 'Families waiting at the San Ysidro port of entry for asylum appointments', 'Some have slept on the sidewalk for a week.'],
    ['filas de solicitantes de asilo', 'Filas de solicitantes de asilo frente a la garita de El Chaparral', 'Las familias esperan su cita desde hace semanas.'],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('enforcement at work told without "immigration": agents detaining workers, crews gone after detentions, police checking papers', () => {
  it.each([
    ['agents detain at a plant', 'Federal agents detain 60 at Iowa poultry plant', 'Relatives waited outside the gates for news of those taken.'],
    ['construction site', 'Agents arrest 15 at Nashville construction site', 'The contractor said the men had worked there for years.'],
    ['cuadrillas tras detenciones', 'Empacadoras de Georgia se quedan sin trabajadores tras detenciones', 'Los supervisores dicen que faltan 200 empleados por turno.'],
    ['policía que pide papeles', 'Trabajadores agrícolas de Texas temen los retenes en carreteras rurales', 'La policía estatal detiene a las cuadrillas para revisar papeles y faltan jornaleros en la cosecha.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['fraud arrest at a plant', 'FBI agents arrest plant manager in Iowa meat processing fraud case', 'Prosecutors say he inflated invoices for three years.'],
    ['safety at a plant', 'OSHA fines meatpacking plant after ammonia leak', 'Two workers were hospitalized.'],
    ['police raid at a site', 'Police arrest four in copper theft at construction site', 'Detectives recovered stolen wire.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('border place and river words in other senses: elections, levees and the water treaty, music, wildlife contraband', () => {
  it.each([
    ['elections in a border region', 'Eagle Pass turnout hits record in mayoral runoff', 'Precinct results came in after midnight.'],
    ['levees on the river', 'IBWC to raise levees along the Rio Grande near Mission', 'The International Boundary and Water Commission cited flood control needs.'],
    ['water treaty', 'Chihuahua farmers protest water deliveries from the río Bravo', 'Los agricultores piden revisar el Tratado de 1944 por la sequía.'],
    ['band named for the border', "El grupo 'Frontera Sur' presenta su nuevo disco en Monterrey", 'La banda de rock tocará en el auditorio municipal.'],
    ['wildlife at a port', 'Officers seize totoaba swim bladders at Otay Mesa', 'The dried bladders were hidden in a cooler.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['troops on the river', 'National Guard adds razor wire along the Rio Grande near Eagle Pass', 'Agents said crossings fell.'],
    ['people at a garita', 'Cientos de personas esperan asilo en la garita de San Ysidro', 'Las familias llegaron de Michoacán.'],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('metaphors and other senses: sports "deportations", housing and insurance "refugees", "National" in park names, athletes\' visas', () => {
  it.each([
    ['deported to the practice squad', "Rookie receiver 'deported' to practice squad after fumbles", 'The coach said the move was about the active roster.'],
    ['insurance refugees', 'Insurance refugees: Florida homeowners flee to Georgia as premiums soar', 'Realtors say buyers cite storm coverage costs.'],
    ['National Seashore', 'Rangers rescue stranded dolphins on Cape Hatteras National Seashore', 'The animals were returned to deeper water.'],
    ["athletes' visas", 'Boxers from 30 countries get visas for Las Vegas world championships', 'Organizers said the athletes had appointments at consulates in Quito and Lima.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['deportation of a player', 'Honduran midfielder detained by ICE faces deportation', 'His lawyer said he has a pending asylum case.'],
    ['foreign nationals', 'Agents apprehend 40 Chinese nationals crossing near Jacumba', ''],
    ['refugees from war', 'Sudanese refugees fleeing war arrive in Chad by the thousands', ''],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('Spanish words of status and migration in other senses: undocumented cars ("autos chocolate"), software migration', () => {
  it.each([
    ['autos chocolate', 'Sonora amplía el plazo para regularizar autos chocolate', 'El trámite para vehículos de procedencia extranjera cuesta 2 mil 500 pesos.'],
    ['car without papers', 'Autos sin papeles: por qué ninguna aseguradora los cubre', 'Los vehículos sin pedimento de importación no pueden emplacarse.'],
    ['Windows migration', 'Migración a Windows 11: lo que deben saber las pymes', 'Cómo preparar las computadoras antes del fin de soporte.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['indocumentados in a van', 'Rescatan a 30 indocumentados hacinados en una camioneta en Chihuahua', 'Eran originarios de Guatemala y Honduras.'],
    ['política migratoria', 'Sheinbaum defiende la política migratoria ante el Senado', ''],
    ['extranjeros regularizados', 'Chile regulariza a 180 mil extranjeros sin documentos', ''],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('hard positives without migrant or border words: net international migration, Ceuta swimmers, labour trafficking, alert networks, arrests at churches and schools', () => {
  it.each([
    ['international migration in population data', 'International migration keeps Canada growing as births fall', 'Statistics Canada said newcomers accounted for most of the gain.'],
    ['Ceuta swimmers', 'Decenas de jóvenes intentan llegar a nado a Ceuta entre la niebla', 'La mayoría fueron devueltos a Marruecos en pocas horas.'],
    ['labour trafficking of foreign workers', 'Rescatan a 15 víctimas de trata laboral en una granja de Jalisco', 'Los trabajadores fueron traídos de Honduras con falsas promesas.'],
    ['alert networks', 'Padres de Chicago crean redes de alerta ante operativos de agentes federales', 'Acompañan a los niños a la escuela en grupos.'],
    ['arrest at a parish', 'Agents arrest father outside Houston parish after Sunday Mass', 'Parishioners said plainclothes officers waited in the parking lot.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['bird migration', 'International migration of songbirds tracked by tiny radio tags', 'Researchers followed 40 species across the Gulf.'],
    ['open-water race', 'Nadadores de 12 países completan la travesía a nado de Ceuta', 'El campeonato reunió a 300 deportistas.'],
    ['FBI arrest at a church', 'FBI agents arrest Dallas church treasurer in fraud case after Mass', 'Parishioners said donations had gone missing.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

// An invented probe set written before the rules it exercises were read: beat stories and traps of every
// family, both languages. Six of these failed when written (humanitarian status, people inside a box truck,
// nationals sleeping outside a police station, returned citizens, a coach "deported", a border-town library).
describe('rel11 probe set (invented headlines)', () => {
  const pos: Array<[string, string?]> = [
  ['Judge blocks plan to end humanitarian status for 300,000 Venezuelans'],
  ['Appeals court hears challenge to Texas law letting police arrest people for illegal entry'],
  ['Deportation flight lands in Guatemala City with 135 aboard'],
  ['Bodies of three found in a rail car near Uvalde', 'Authorities said the men had been locked inside the hopper car for days.'],
  ['Deputies find 19 people inside a box truck at a truck stop in Laredo', 'The driver fled on foot.'],
  ['Dozens of Venezuelans sleep outside a Chicago police station'],
  ['Supreme Court allows administration to resume third-country deportations'],
  ['State Department pauses immigrant visa processing for 75 countries'],
  ['Immigration judges fired as court backlog grows'],
  ['ICE opens new detention center in a former prison in Kansas'],
  ['Mexico receives 5,000 returned citizens in one week in Tijuana', 'The federal program offers them a bus ticket home.'],
  ['Coast Guard repatriates 80 Haitians to Cap-Haïtien'],
  ['UK to house asylum seekers in former army barracks'],
  ['Italy approves new decree on migrant boat rescues'],
  ['Greece extends suspension of asylum applications for arrivals from Libya'],
  ['Border Patrol apprehensions fall to lowest level since 1970'],
  ['Farmworkers in California stay home after immigration sweeps', ''],
  ['H-1B visa fee of $100,000 alarms tech companies'],
  ['Rescatan a 45 extranjeros abandonados en una caja de tráiler en Veracruz'],
  ['INM detiene a 200 personas en situación irregular en Chiapas'],
  ['Personas en contexto de movilidad denuncian extorsión en Tapachula'],
  ['Llega a Honduras vuelo con 120 deportados desde Estados Unidos'],
  ['EU cancela el TPS para hondureños y nicaragüenses'],
  ['Encuentran a 12 personas ocultas en un vagón del tren en Coahuila'],
  ['Aumentan solicitudes de refugio en México, reporta la Comar'],
  ['España regulariza a medio millón de extranjeros sin papeles'],
  ['Muere una niña al intentar cruzar el río Bravo en Piedras Negras'],
  ['Caravana de 2 mil personas sale de Tapachula rumbo a la capital'],
  ['Sheinbaum pide a EU no separar a familias en las deportaciones'],
  ['Chile expulsa a 140 extranjeros en un vuelo de la Fuerza Aérea'],
  ['Agents find tunnel under Nogales used to move people'],
  ['Smuggling crash on Highway 90 kills four near Del Rio', 'DPS said the SUV carried 11 passengers who had crossed the river hours earlier.'],
  ['Migrant children held in hotels before expulsion, lawyers say'],
  ['Arrests at the southern border dropped 30% in October'],
  ['Naturalization oath ceremonies resume in Houston'],
  ['Cubans who arrived on parole face new uncertainty'],
  ['Panamá cierra la estación de recepción de Lajas Blancas'],
  ['Familias venezolanas regresan al sur por falta de opciones para llegar a EU'],
  ['Detienen en Reynosa a pollero que cobraba 8 mil dólares por persona'],
  ['La Guardia Nacional frena a un grupo de personas en el Suchiate'],
];
  const neg: Array<[string, string?]> = [
  ['Border collie wins agility championship in Denver'],
  ['Monarch butterfly migration reaches Michoacán forests'],
  ['Sanctuary for retired racehorses opens near Austin'],
  ['Company completes cloud migration of payroll systems'],
  ['El Paso Locomotive beats Phoenix Rising 2-0'],
  ['Frontera de fútbol: Xolos vence a Bravos en el clásico'],
  ['Pemex opens fuel terminal near the border in Sonora', 'The company said gasoline imports will drop.'],
  ['Film about border agents premieres at Sundance'],
  ['Refugio para perros abandonados en Tijuana busca voluntarios'],
  ['Asylum, the new thriller from Netflix, tops charts'],
  ['Dental clinics in Los Algodones see record winter'],
  ['Heat advisory for El Paso and Las Cruces this weekend'],
  ['Wildfire forces evacuation of ranches near Big Bend'],
  ['Tesla plans gigafactory in Nuevo León despite tariffs'],
  ['Pharr bridge produce imports hit a record in December'],
  ['Aseguran 2 toneladas de marihuana en Culiacán'],
  ['Alpine skiing: Mexican skier crosses the finish line in Austria'],
  ['Texas Rangers sign Cuban pitcher to one-year deal'],
  ['Migración de aves playeras llega a la bahía de Santa María'],
  ['Trump tariffs on Mexican steel take effect'],
  ['Stranded hikers rescued in the Organ Mountains'],
  ['Cross-border e-commerce sales up 20% in Baja California'],
  ['Water shortage: Mexico falls behind on Rio Grande deliveries', 'Farmers in Chihuahua protest the treaty.'],
  ['Seguridad: asesinan a dos policías en Ciudad Juárez'],
  ['Home prices in San Diego rise as buyers look to Tijuana'],
  ['Hurricane watch issued for Tamaulipas coast'],
  ['Venezuelan oil exports rise after sanctions waiver'],
  ['Honduran president visits Taiwan'],
  ['Cruise ship passengers stranded in Cozumel after engine failure'],
  ['Marathon runners cross the international bridge in Laredo'],
  ['Studio executives flee Los Angeles for cheaper Atlanta'],
  ['Deportivo Toluca deporta a su entrenador tras cinco derrotas'],
  ['Las ballenas grises migran a Baja California'],
  ['Expulsan a diputado de Morena por actos de corrupción'],
  ['Chinese EV makers cross into Mexican market'],
  ['Border town library celebrates 100 years', 'Residents of Del Rio gathered for cake.'],
  ['ICE hockey: El Paso Rhinos win opener'],
  ['Extranjeros compran más casas en San Miguel de Allende'],
  ['Detienen a exgobernador de Tamaulipas en Texas por lavado de dinero'],
  ['Windows migration tool speeds up company upgrades'],
];
  // Rows are padded to two cells: jest passes its done callback in the place of a missing one.
  it.each(pos.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A second invented probe set (120 headlines) aimed at the hard classes: metaphors of asylum, refuge and
// sanctuary, border words in TV, sport, weather, health and trade, and beat stories without migrant or
// border words. 15 failed when written; the classes fixed are in the commit. Left out here: a title-only
// "Eight found in sweltering trailer" (no word for the people), a detention centre named by state only,
// and a drug seizure at a port (the labelled sets disagree on those).
describe('rel11 probe set 2 (invented headlines)', () => {
  const pos2: Array<[string, string?]> = [
    ['Two dead after SUV fleeing Border Patrol rolls over near Sierra Blanca checkpoint'],
    ['Pickup carrying 14 crashes while evading troopers near Eagle Pass', 'Several passengers ran into the brush after the wreck.'],
    ['Rail workers find four men hiding in a grain car in Laredo'],
    ['Police discover 30 people held in a Houston stash house', 'Captors demanded $5,000 from relatives in Guatemala.'],
    ['Liberan a 58 personas en contexto de movilidad retenidas en una bodega de Puebla'],
    ['Rescatan a 120 extranjeros en un tractocamión en Nuevo León', 'Dijeron ser de Guatemala, Honduras y El Salvador.'],
    ['DHS extends TPS for Salvadorans through 2027'],
    ['Haitians lose protected status as court lifts stay'],
    ['U.S. suspends visa interviews for Nigerian applicants'],
    ['Venezuela accepts two deportation flights a week from U.S.'],
    ['Vuelo de deportación con 90 guatemaltecos aterriza en la capital'],
    ['Judge rules asylum seekers cannot be turned away at ports of entry'],
    ['Asylum grants fall to record low under new policy'],
    ['Refugee admissions capped at 7,500 for next fiscal year'],
    ['Sanctuary city policies face new lawsuit from Justice Department'],
    ['Solicitantes de refugio acampan frente a las oficinas de la Comar en Tijuana'],
    ['Iglesia de Tucson ofrece santuario a una madre con orden de deportación'],
    ['Church offers sanctuary to Honduran father facing removal'],
    ['Cuerpos de cuatro personas localizados en el desierto de Sonora cerca de Sásabe'],
    // 'Drownings in the Rio Grande rise as summer heat sets in': a known floor miss since rel16 (rel15-model.test.ts).
    ['Mexican National Guard intercepts 300 people crossing from Guatemala'],
    ['Guatemala deporta a 400 hondureños que viajaban hacia el norte'],
    ['Costa Rica recibe a 200 deportados de terceros países desde EU'],
    ['Panama flies Colombians home after they abandoned the Darién route'],
    ['UN: 1 in 67 people on Earth forcibly displaced'],
    ['Rohingya boat lands in Aceh with 150 aboard'],
    ['Channel small boat arrivals hit 30,000 for the year'],
    ['Spain sends 400 minors from the Canaries to the mainland'],
    ['Libyan coast guard intercepts boat carrying 90 people'],
    ['Mauritania expels hundreds of West Africans to Mali border'],
    ['Poland builds barrier on Belarus frontier after pushback deaths'],
    ['Federal judge blocks National Guard deployment for immigration raids in Portland'],
    ['Masked agents detain street vendors in Los Angeles'],
    ['Vendedores ambulantes de Los Ángeles, detenidos por agentes federales'],
    ['Students at Texas high school walk out after ICE detains classmate'],
    ['Detenidos en el centro de Otay Mesa inician huelga de hambre'],
    ['Remittances to Guatemala hit record as deportation fears grow'],
    ['Envíos de dinero de EU a México caen por primera vez en una década'],
    ['Mexico accepts non-Mexicans sent back under new agreement'],
    ['Albergue de Ciudad Juárez recibe a familias expulsadas'],
    ['Migrantes varados en Tapachula piden salvoconducto para cruzar el país'],
    ['INM rescata a 75 personas de origen extranjero en Oaxaca'],
    ['Smugglers charge $15,000 a head as crossings fall', ''],
    ['Coyote sentenced for abandoning group in Arizona desert'],
    ['Agentes de la Patrulla Fronteriza rescatan a mujer atrapada en el muro'],
    ['Woman falls from border wall in San Diego, dies of injuries'],
    ['Texas expands Operation Lone Star razor wire along river'],
    ['Abbott buses another 200 to Chicago'],
    ['Trump signs order ending birthright citizenship'],
    ['Green card holders told to carry proof of status'],
    ['ICE arrests at courthouses spark protests in New York'],
    ['Farmworkers with H-2A visas report unpaid wages in Georgia'],
    ['Visa overstays now outnumber border crossings, report says'],
    ['Guatemalans stranded in Mexico after U.S. ends app appointments'],
    ['Nicaragua strips 135 exiles of citizenship'],
    ['Afghans who helped U.S. forces face deportation from Pakistan'],
    ['Sudanese fleeing El Fasher reach Chad'],
    ['Desplazados por la violencia en Chiapas cruzan a Guatemala'],
  ];
  const neg2: Array<[string, string?]> = [
    ['Asylum Records signs new rapper'],
    ['The old lunatic asylum becomes luxury flats'],
    ['A refuge for readers: new bookstore opens in Santa Fe'],
    ['Wildlife refuge in South Texas reopens trails after flooding'],
    ['Refugio de vida silvestre en Sonora recibe a 300 aves'],
    ['Santuario de la Virgen recibe a miles de peregrinos en Zacatecas'],
    ['Bird sanctuary in Laredo counts record number of hummingbirds'],
    ['Tax refugees: New Yorkers flock to Florida for lower taxes'],
    ['Economic refugees from San Francisco drive up Boise rents'],
    ['Star striker seeks refuge in Saudi league after Madrid exit'],
    ['Border-crossing thriller "The Line" tops streaming charts'],
    ['"La Frontera" telenovela arrasa en audiencia'],
    ['Tijuana Xolos sign Argentine midfielder'],
    ['Border Bowl: El Paso and Juárez high schools meet in charity game'],
    ['Cold front brings snow to the border region'],
    ['Tormenta tropical amenaza la frontera de Tamaulipas'],
    ['Medical tourists flock to Tijuana for weight-loss surgery'],
    ['Turismo dental en Los Algodones crece 15%'],
    ['Cross-border trade hits $800 billion as nearshoring grows'],
    ['Comercio transfronterizo: Laredo es el primer puerto del país'],
    ['Customs brokers in Nogales protest new digital filing rules'],
    ['Gun smuggling into Mexico: ATF traces rifles to Arizona shops'],
    ['Stolen cars smuggled across the border recovered in Sonora'],
    ['Tobacco smugglers caught at Spanish port'],
    ['Data migration project delays hospital billing'],
    ['Great Migration exhibit opens at Chicago museum'],
    ['Wildebeest migration draws record tourists to Kenya'],
    ['Migración de la mariposa monarca se retrasa por el calor'],
    ['Emigración de capitales preocupa a Banxico'],
    ['Deportes: Chivas vence al América en el clásico'],
    ['El equipo fue deportado a la segunda división tras perder la final'],
    ['Deported to the bench: star rookie loses starting role'],
    ['Border agents of the galaxy: new sci-fi series premieres'],
    ['Canada-U.S. border lumber dispute heads to arbitration'],
    ['North Korea border with China sees new trade'],
    ['Israeli troops on Lebanon border exchange fire'],
    ['Thailand and Cambodia clash at border temple'],
    ['India-Pakistan border tensions escalate after attack'],
    ['Venezuela and Guyana dispute border region Essequibo'],
    ['El Paso county judge announces reelection bid'],
    ['Juárez police chief resigns after scandal'],
    ['Nogales school district approves budget'],
    ['Brownsville SpaceX launch draws crowds'],
    ['Laredo College graduates record class'],
    ['Tijuana craft beer festival returns'],
    ['Wall Street rally lifts Mexican peso'],
    ['Great Wall of China restoration finishes'],
    ['Stranded tourists evacuated from Cancún after hurricane'],
    ['Cubans celebrate Havana carnival'],
    ['Haitian gangs seize control of Port-au-Prince suburb'],
    ['Venezuelan opposition leader wins Nobel Peace Prize'],
    ['Honduras elects new president'],
    ['Guatemalan coffee exports fall'],
    ['Salvadoran bitcoin law repealed'],
    ['ICE storm knocks out power in Dallas'],
    ['Hockey: Texas Stars beat Iowa Wild on ice'],
    ['Patrulla espacial: la serie de Netflix que arrasa'],
    ['Ciudad fronteriza de Ojinaga celebra su feria anual'],
    ['Texas border county sees measles outbreak', 'Health officials in Hidalgo County urged vaccinations.'],
  ];
  it.each(pos2.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg2.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A third invented probe set (75 headlines) following the trap taxonomy of the newest labelled sets
// (golden and credit-card "visas", corporate repatriation, census and internal moves, brain drain, exile and
// stowaway metaphors, animal coyotes and poultry polleros, caravans of other kinds, infrastructure at the
// line; returnees, exiles, caravans, swimmers and the rest of the beat). 6 failed when written; left out
// here: crews thinning "after state law" (no word says which law).
describe('rel11 probe set 3 (invented headlines)', () => {
  const pos3: Array<[string, string?]> = [
    ['Portugal ends golden visa route for property buyers', 'The government said the change is part of a broader overhaul of immigration rules.'],
    ['Census Bureau: immigration accounts for most population growth in Texas'],
    ['Boat carrying 60 capsizes off Djibouti; dozens missing', 'The passengers were Ethiopians heading to Yemen.'],
    ['Returnees from the U.S. struggle to find work in San Pedro Sula'],
    ['Retornados de EU reciben apoyo para emprender en Michoacán'],
    ['Appeals court upholds ruling against asylum ban'],
    ['Encounters at southwest border fell to 8,000 in March, CBP says'],
    ['Growers face shortage as H-2A visa delays stretch to three months'],
    ['Deputies find 20 men locked in a house in south Houston', 'Investigators said relatives in Honduras had been asked for ransom.'],
    ['Judge orders release of Venezuelans whose TPS was revoked'],
    ['Cold snap endangers families camped by the river in Matamoros', 'Shelters ran out of blankets for people waiting to cross.'],
    ['Mexico repatriates 300 Guatemalans by bus from Tapachula'],
    ['Man found hiding in the engine compartment of a bus at Nogales port', 'CBP officers said he was a Mexican national without papers.'],
    ['Remains found in Brooks County ranch identified as Honduran man'],
    ['Parole program for Cubans and Haitians ends abruptly'],
    ['Nicaraguan journalist forced into exile after release from prison'],
    ['Caravana de 800 personas avanza por Oaxaca rumbo a la Ciudad de México'],
    ['Crews install new steel panels on border wall near Sasabe'],
    ['Comar: las solicitudes de refugio bajan 30% en el año'],
    ['España devuelve a Marruecos a 30 menores que entraron a nado'],
    ['Croatian police accused of pushing people back into Bosnia'],
    ['Sentencian a pollero que abandonó a un grupo en el desierto de Altar'],
    ['Coyotes cobran hasta 12 mil dólares por cruzar a Arizona'],
    ['Ciudad de México abre centro para personas en situación de movilidad'],
    ['Truck rollover near Falfurrias leaves 3 dead, 12 hurt', 'DPS said the truck was carrying people who had walked around the checkpoint.'],
    ['Hallan a 60 personas en la caja de un tractocamión en Chiapas', 'Eran de Guatemala, Ecuador y Bangladés.'],
    ['Afghan evacuees in limbo as refugee program is paused'],
    ['UK Home Office plans to move asylum seekers out of hotels'],
    ['Tunisia intercepts 2,000 people at sea in one week'],
    ['Day laborers vanish from Home Depot lots after raids'],
    ['Texas National Guard arrests hundreds under state trespass law near Eagle Pass'],
    ['New York shelters for newly arrived families close by end of year'],
    ['Guatemaltecos deportados llegan a la Fuerza Aérea en vuelos diarios'],
    ['EE.UU. reanuda deportaciones a Venezuela con escala en Honduras'],
  ];
  const neg3: Array<[string, string?]> = [
    ['Visa and Mastercard settle swipe-fee lawsuit'],
    ['Tarjetas Visa ofrecen meses sin intereses en El Buen Fin'],
    ['Apple repatriates $50 billion in overseas cash'],
    ['Census: Texas suburbs lead nation in population growth', 'Families moving from California drove the gains.'],
    ['Americans keep moving to the Sun Belt, new data show'],
    ['Brain drain: Mexico loses engineers to Silicon Valley salaries'],
    ['Fuga de cerebros: científicos mexicanos emigran a Europa'],
    ['Exiled from the kitchen: chef opens food truck after restaurant closes'],
    ['Stowaway cat found in shipping container in Long Beach'],
    ['Alien sightings over Roswell draw tourists'],
    ['Neighborhood watch patrol catches package thieves in El Paso'],
    ['Black ice causes pileup on I-10 near Las Cruces'],
    ['Coyotes attack pets in Scottsdale neighborhood'],
    ['Pollero de Mercado Hidalgo vende 300 kilos de pollo al día'],
    ['Invasive species: zebra mussels invade Lake Travis'],
    ['Caravana navideña de Coca-Cola recorre Monterrey'],
    ['Caravan of classic cars crosses Route 66'],
    ['Climbing wall opens at Juárez recreation center'],
    ['Animal shelter in Laredo waives adoption fees'],
    ['Former asylum building becomes apartments in Buffalo'],
    ['Truck crash on I-35 near Laredo snarls traffic', 'The driver was hospitalized with minor injuries.'],
    ['Wildfire near Nogales forces evacuations'],
    ['Incendio forestal en la sierra de Arteaga consume 500 hectáreas'],
    ['Border tax adjustment debated in Congress', 'Economists say the import levy would raise prices.'],
    ['New international bridge opens between Laredo and Nuevo Laredo for trucks'],
    ['Historians revisit the Mexican-American War of 1846'],
    ['Club expulsa a jugador por indisciplina'],
    ['Remesa de medicamentos llega al hospital de Tapachula'],
    ['Astronauts return home after six months on space station'],
    ['Venezuelan baseball star signs with Yankees'],
    ['Cuban cigars shipment seized in Miami for customs violations'],
    ['Honduran coffee farmers face low prices'],
    ['Haitian art exhibit opens in Miami'],
    ['Rio Grande rafting season opens in Big Bend'],
    ['Ciudad Juárez celebra 365 años de su fundación'],
    ['Passing through: El Paso food trucks draw crowds at the border fair', 'Vendors from both sides of the line sold burritos.'],
    ['Homeland Security grants fund new fire trucks in Arizona towns'],
    ['Customs officers seize counterfeit sneakers at Laredo port'],
    ['Mexican peso strengthens as investors bet on trade deal'],
    ['Sonora announces new highway to Arizona border'],
  ];
  it.each(pos3.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg3.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A fourth invented probe set (55 headlines with wire-style summaries). 8 failed when written; left out
// here: dual-citizenship requests at a consulate, abuses "on the road to Libya" and a border town's stair
// climb, which no class fix covers.
describe('rel11 probe set 4 (invented headlines)', () => {
  const pos4: Array<[string, string?]> = [
    ['Father of three detained after routine check-in in San Antonio', 'His lawyer said he had lived in Texas for 20 years and had no criminal record; ICE did not respond.'],
    ['Hospitals in border towns brace for cuts to emergency Medicaid', 'The program pays for care for people without legal status.'],
    ['Schools in Aurora lose hundreds of students as families leave', 'Principals said many Venezuelan families had moved away after the raids.'],
    ['Detained teen turns 18 and is moved to an adult facility', 'Advocates said the Office of Refugee Resettlement transferred him without notice.'],
    ['Asylum officers ordered to screen applicants at the border within 48 hours'],
    ['Mexico deploys soldiers to Sonora crossing points after U.S. pressure', 'The troops will patrol areas used by smugglers to move people north.'],
    ['Ranchers in Cochise County report fewer groups crossing their land'],
    ['Tijuana shelter turns away families as it reaches capacity', 'Most of the newcomers were deported from California this week.'],
    ['Hondurans deported from U.S. arrive to a country in crisis'],
    ['Guatemala opens center to receive deportees from Mexico'],
    ['Tragedia en Chihuahua: mueren 3 al caer de un tren de carga', 'Viajaban en el techo del vagón desde Torreón rumbo a Ciudad Juárez.'],
    ['Consulado de México en Houston atiende a connacionales tras operativo'],
    ['Madres buscadoras hallan restos en el desierto de Sonora', 'Creen que son de personas que intentaban cruzar a Arizona.'],
    ['Estudiantes DACA temen perder becas en Texas'],
    ['Senado aprueba reforma para proteger a jornaleros agrícolas con visa H-2A'],
    ['Familias haitianas piden refugio en Monterrey tras meses en Tapachula'],
    ['Cancelan permisos de trabajo a beneficiarios del parole humanitario'],
    ['Juez ordena liberar a salvadoreños enviados a la cárcel de El Salvador'],
    ['Plantas empacadoras de Nebraska reportan faltas tras operativos migratorios'],
    ['Italy sends first group of migrants to Albania centres'],
    ['Greek coast guard accused of throwing people overboard'],
    ['Germany reintroduces checks at all land borders to curb irregular arrivals'],
    ['Canary Islands overwhelmed as cayucos arrive from Senegal'],
  ];
  const neg4: Array<[string, string?]> = [
    ['San Diego startup raises $40 million for cross-border logistics platform', 'The company helps manufacturers ship parts between Tijuana and California.'],
    ['Tijuana dentists say demand from U.S. patients is up 20%'],
    ['El Paso Chihuahuas clinch playoff spot with walk-off win'],
    ['Laredo port handles record $300 billion in trade', 'Rail and truck crossings both grew despite tariff threats.'],
    ['Heat wave grips the Rio Grande Valley; highs near 110', 'Forecasters urged residents to limit time outdoors.'],
    ['"Border Security: America\'s Front Line" gets a new season on cable'],
    ['Juárez maquiladoras add 10,000 jobs as nearshoring grows'],
    ['Nogales produce importers worry about tomato tariff'],
    ['Book review: a novel about two sisters on either side of the border'],
    ['Texas governor signs property tax relief bill'],
    ['Migration of sandhill cranes peaks in New Mexico', 'Birders gathered at the Bosque del Apache refuge.'],
    ['Refuge managers burn brush to protect ocelot habitat near Brownsville'],
    ['Asylum Hill neighborhood in Hartford gets new park'],
    ['Sanctuary restaurant in Phoenix wins James Beard nod'],
    ['Rapper Lil Baby says fame made him seek refuge in family'],
    ['Deported Diva: drag show tour comes to San Antonio'],
    ['The city that time deported: a history of urban renewal in Los Angeles'],
    ['Frontera Grill celebrates 40 years in Chicago'],
    ['Grupo Frontera anuncia gira por Estados Unidos'],
    ['Telemundo estrena serie sobre la vida en la frontera', 'La telenovela se filmó en Tijuana y Mexicali.'],
    ['Pronóstico: frente frío traerá heladas a Ciudad Juárez'],
    ['Cruz Azul ficha a delantero venezolano'],
    ['Aduanas de Nuevo Laredo estrenan sistema de rayos X para tráileres de carga'],
    ['La migración de datos del SAT provoca fallas en facturación'],
    ['Exportaciones de aguacate a EU alcanzan récord'],
    ['Hallan sin vida a un hombre en canal de riego de Mexicali', 'La Fiscalía investiga un posible homicidio.'],
    ['Detienen a 12 por robo de combustible en Tamaulipas'],
    ['Sheinbaum inaugura hospital en Tijuana'],
    ['Aseguran armas y drogas en cateo en Reynosa'],
  ];
  it.each(pos4.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg4.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A fifth invented probe set (60 headlines in pairs: a beat story and a look-alike with the same frame, e.g.
// "Federal agents arrest 200 in Charlotte operation" / "…12 in Charlotte fentanyl ring"). 8 failed when
// written (7 of them beat stories). Left out here: "Lebanon forces Syrians back across the border", which the
// rules now match but the beat model's floor vetoes, and "casi nadie cruza ya la selva" (bare singular "cruza"
// is a road or a river crossing the jungle as often as a person).
describe('rel11 probe set 5 (invented paired headlines)', () => {
  const pos5: Array<[string, string?]> = [
    ['Lawmakers push bill to cap detention contracts with private prison firms', 'GEO Group and CoreCivic hold most ICE contracts.'],
    ['Work permits for spouses of H-1B holders face new delays'],
    ['Immigrant-owned businesses in Phoenix close early amid patrols'],
    ['Landlords in Denver report tenants leaving overnight after enforcement push'],
    ['Catholic bishops condemn plan to end refugee resettlement'],
    ['Texas sues to stop in-state tuition for students without legal status'],
    ['Federal agents arrest 200 in Charlotte operation', 'Residents said agents in unmarked cars stopped people at gas stations and stores.'],
    ['Bus carrying deportees crashes in Guatemala'],
    ['Volunteers search for missing son in Arizona desert', 'He called his mother from the Tohono O\'odham Nation before his phone died.'],
    ['Cuban family reunites after Coast Guard returns relatives to Havana'],
    ['Dominican Republic deports 10,000 Haitians in a week'],
    ['Chile militarizes northern frontier to stop irregular entries from Bolivia'],
    ['Bangladesh turns back Rohingya boat'],
    ['UK signs returns deal with France over small boats'],
    ['EU interior ministers agree on new returns regulation'],
    ['Pakistan steps up expulsion of Afghans before deadline'],
    ['Trinidad detains Venezuelans arriving by pirogue'],
    ['Ecuadorians heading north fill buses in Tulcán'],
    ['Autoridades de Coahuila rescatan a 40 extranjeros en una bodega', 'Dijeron ser de Venezuela y Colombia.'],
    ['Cierran la estación migratoria de Tenosique por hacinamiento'],
    ['Niñas y niños no acompañados llegan solos a la frontera de Tijuana'],
    ['Crece el número de mexicanos que piden asilo en EU por violencia del narco'],
    ['Sacerdote de Tapachula denuncia extorsiones a personas migrantes'],
    ['ONG alerta por desapariciones en la ruta hacia el norte'],
    ['Liberan a 12 personas extranjeras secuestradas en Zacatecas', 'Las víctimas eran originarias de Honduras y Guatemala.'],
    ['Trabajadores temporales mexicanos llegan a Canadá para la cosecha'],
    ['Deportan a 130 mexicanos por el puente de Nuevo Laredo'],
    ['Mexicanos en EU envían menos dinero por temor a las redadas'],
  ];
  const neg5: Array<[string, string?]> = [
    ['Private prison stocks jump on earnings beat'],
    ['Spouse visa fees rise for British retirees in Spain'],
    ['Phoenix businesses close early due to extreme heat'],
    ['Denver landlords face new rent control ordinance'],
    ['Catholic bishops elect new conference president'],
    ['Texas lawmakers debate in-state tuition for military families'],
    ['Federal agents arrest 12 in Charlotte fentanyl ring'],
    ['Bus carrying tourists crashes in Guatemala highlands'],
    ['Volunteers search for missing hiker in Arizona desert'],
    ['Cuban family restaurant in Miami celebrates 50 years'],
    ['Dominican Republic beats Puerto Rico in Caribbean Series'],
    ['Chile and Bolivia sign lithium deal at northern frontier'],
    ['Bangladesh cricket team returns home after tour'],
    ['UK signs trade deal with France over fishing rights'],
    ['EU interior ministers discuss cybersecurity'],
    ['Lebanon and Syria agree on electricity deal'],
    ['Pakistan expels Afghan cricket fans after brawl'],
    ['Trinidad carnival draws record visitors'],
    ['Ecuadorians celebrate World Cup qualification in Quito'],
    ['Autoridades de Coahuila aseguran 40 vehículos extranjeros en una bodega'],
    ['Cierran la estación de bomberos de Tenosique por remodelación'],
    ['Niños de Tijuana llegan solos a la final del torneo infantil'],
    ['Crece el número de mexicanos que viajan a EU por turismo'],
    ['Panamá reporta récord de turistas en la selva de Darién Nacional'],
    ['Sacerdote de Tapachula celebra 25 años de ordenación'],
    ['Trabajadores de Pemex llegan a la refinería de Dos Bocas'],
    ['Mexicanos en EU celebran el Grito en Los Ángeles'],
    ['Deportes: Tigres viaja a Los Ángeles para la Leagues Cup'],
    ['Frontera digital: México y EU firman acuerdo de ciberseguridad'],
    ['Refugio de montaña en el Pico de Orizaba salva a alpinistas'],
  ];
  it.each(pos5.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg5.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A sixth invented probe set (60 headlines: courts, figures, routes elsewhere; look-alikes of the newest
// sets' trap classes). 7 failed when written. Left out here: "Fleeing gangs, Haitians cross into the
// Dominican Republic", which the rules match and the beat model's floor vetoes.
describe('rel11 probe set 6 (invented headlines)', () => {
  const pos6: Array<[string, string?]> = [
    ['Ninth Circuit revives challenge to metering at ports of entry'],
    ['Supreme Court to hear case on bond hearings for detained immigrants'],
    ['Judge says government must return man wrongly sent to El Salvador'],
    ['Court blocks rule barring asylum for people who crossed between ports'],
    ['Refugee arrivals drop to lowest level in four decades'],
    ['Deportations hit 1,500 a day, internal figures show'],
    ['Number of children in federal shelters falls below 2,000'],
    ['Apprehensions of families at the border fell 90% in a year'],
    ['Honduras receives record number of returned migrants by air'],
    ['Guatemalan town empties as young men head north'],
    ['Ethiopian migrants killed at Saudi border, report says'],
    ['Dinghy carrying 50 sinks in the Channel; five dead'],
    ['Canary Islands: 200 arrive on El Hierro in a single day'],
    ['Berlin to speed up deportations of rejected asylum seekers'],
    ['Dairy farms in Wisconsin lose workers to deportation fears'],
    ['Construction firms in Florida cite labor shortage after new state law on undocumented workers'],
    ['Stash house raid in Laredo frees 30 people', 'Several were from Ecuador and had been held for weeks.'],
    ['Tractor-trailer with 80 people inside stopped at Laredo checkpoint'],
    ['Two men charged with smuggling after chase through Zapata County'],
    ['Cruce de niños solos por el río Bravo preocupa a autoridades de Coahuila'],
    ['Llegan a Villahermosa 300 personas expulsadas de EU'],
    ['Venezolanos en Chile piden regularización'],
    ['Cubanos llegan en balsa a Cayo Hueso'],
    ['Crece la llegada de africanos a Tapachula'],
    ['Juez federal frena deportaciones a Sudán del Sur'],
    ['Mexicanos deportados reciben tarjeta de bienestar en Tijuana'],
    ['Personas en movilidad reportan robos en el tren en Irapuato'],
    ['INM y Guardia Nacional detienen a 500 en operativo en Chiapas', 'Los detenidos eran de Honduras, Cuba y Venezuela.'],
    ['Nuevo albergue en Piedras Negras recibe a familias de Haití'],
  ];
  const neg6: Array<[string, string?]> = [
    ['Armenia and Azerbaijan reopen border crossing'],
    ['Border collie rescues lost hiker in Utah'],
    ['Big Bend tourism booms as visitors flock to hot springs'],
    ['Great Wall of Texas: new sea wall planned for Galveston'],
    ['Caravan of food trucks heads to Austin festival'],
    ['Old asylum building in Texas State Hospital turned into museum'],
    ['Golden visa program in Greece draws Chinese investors'],
    ['Census: median age in Laredo rises to 31'],
    ['Animal shelter in El Paso over capacity with dogs'],
    ['ICE rink opens in downtown San Antonio for holidays'],
    ['Invasive species: Asian carp invasion reaches Texas rivers'],
    ['Self-exile: tech CEO moves to Puerto Rico for tax breaks'],
    ['Mayor mentions border in State of the City speech about potholes'],
    ['Tijuana\'s Avenida Revolución draws weekend crowds from San Diego'],
    ['Trade deal talks between Mexico and Canada resume'],
    ['Texas Rio Grande citrus growers expect strong harvest'],
    ['Frontera Norte de Coahuila registra lluvias intensas'],
    ['Juárez y El Paso celebran festival binacional de música'],
    ['Deportivo Saprissa viaja a México para la Concachampions'],
    ['Expulsan a alumno de preparatoria por acoso'],
    ['Refugiados del calor: turistas llenan playas de Ensenada'],
    ['Asilo de ancianos en Saltillo pide donaciones'],
    ['Santuario de ballenas en Baja California recibe visitantes'],
    ['Polleros de La Merced protestan por alza en precio del pollo'],
    ['Migración de clientes de Telmex a fibra óptica avanza'],
    ['Los indocumentados de la NFL: jugadores sin contrato buscan equipo'],
    ['Aseguran 50 loros en la frontera de Chiapas'],
    ['Decomisan pepino de mar en Sonora'],
    ['Garita de peaje de Cuauhtémoc aumenta tarifas'],
    ['Caravana de la salud llega a comunidades de Oaxaca'],
  ];
  it.each(pos6.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg6.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A seventh invented probe set (50 Spanish headlines in pairs). 2 failed when written (a driver carrying
// Guatemalans, people abandoned in the Sahara).
describe('rel11 probe set 7 (invented Spanish paired headlines)', () => {
  const pos7: Array<[string, string?]> = [
    ['Hallan a 9 personas sin vida en un camión abandonado en Chiapas', 'Las víctimas eran de origen centroamericano.'],
    ['Detienen a chofer que transportaba a 25 guatemaltecos en Puebla'],
    ['Localizan a 70 personas hacinadas en una casa de Ciudad Juárez', 'Dijeron que esperaban cruzar a El Paso.'],
    ['Aumenta el número de mujeres embarazadas que cruzan el Darién'],
    ['México otorga visas humanitarias a 5 mil haitianos'],
    ['Gobierno de Texas instala más boyas en el río Bravo frente a Piedras Negras'],
    ['Marcha en Los Ángeles contra las deportaciones masivas'],
    ['Comerciantes de Chicago reportan menos ventas por miedo a ICE'],
    ['Niños migrantes no acompañados, en albergues de Texas'],
    ['Suspenden audiencias de asilo en tribunales de inmigración'],
    ['Cónsul de Guatemala visita a detenidos en Arizona'],
    ['Familias salvadoreñas temen el fin del TPS'],
    ['Ecuador pide a EU no deportar a sus ciudadanos con antecedentes'],
    ['Costa Rica cierra centro de atención a personas en tránsito'],
    ['España aprueba la regularización extraordinaria de 500 mil personas'],
    ['Italia traslada a Albania a los primeros solicitantes de asilo'],
    ['Naufraga cayuco frente a Mauritania; 70 muertos'],
    ['Argelia abandona a cientos en el desierto del Sahara, denuncia ONG', 'Los expulsados eran de Níger, Malí y Guinea.'],
    ['Venezolanos retornan desde Chile por el paso de Colchane'],
    ['Bolivia refuerza el control en la frontera con Chile por el paso de extranjeros'],
    ['La Patrulla Fronteriza reporta menos detenciones en el sector de Tucson'],
    ['Tijuana: llegan a la garita de El Chaparral cientos de solicitantes de asilo'],
    ['Sheinbaum: México recibirá a deportados de otras nacionalidades'],
    ['Iglesias de Houston ofrecen refugio a familias con miedo a redadas'],
    ['Jornaleros guatemaltecos llegan con visa H-2A a Georgia'],
  ];
  const neg7: Array<[string, string?]> = [
    ['Hallan a 9 personas sin vida en una casa de Culiacán', 'La Fiscalía investiga un ajuste de cuentas.'],
    ['Detienen a chofer de autobús que manejaba ebrio en Puebla'],
    ['Aumenta el turismo en la frontera de Baja California'],
    ['Texas instala boyas para nadadores en el lago Travis'],
    ['Marcha en Los Ángeles por el Día de Muertos'],
    ['Comerciantes de Chicago reportan menos ventas por el frío'],
    ['Niños de Texas regresan a clases tras vacaciones'],
    ['Suspenden audiencias en tribunales de Nuevo León por huelga'],
    ['Cónsul de Guatemala inaugura festival gastronómico en Los Ángeles'],
    ['Familias salvadoreñas celebran fiestas patronales en Houston'],
    ['Ecuador pide a EU inversión en infraestructura'],
    ['Costa Rica cierra parque nacional por incendio'],
    ['España aprueba reforma laboral para trabajadores de plataformas'],
    ['Naufraga yate frente a Acapulco; rescatan a 6 turistas'],
    ['Venezolanos celebran el triunfo de la Vinotinto'],
    ['Bolivia refuerza la frontera contra el contrabando de autos'],
    ['Patrulla de caminos reporta accidente en la carretera a Nogales'],
    ['Iglesias de Houston ofrecen refugio ante la ola de calor'],
    ['Jornaleros de Sinaloa protestan por bajos salarios en Culiacán'],
    ['La migración de la ballena jorobada atrae turistas a Nayarit'],
    ['Garita de Otay: nuevo puente peatonal para turistas médicos'],
    ['Refugio invernal para aves en la laguna de Términos'],
    ['Exiliados del fútbol: los jugadores mexicanos que triunfan en Europa'],
    ['El asilo político de Assange, diez años después'],
    ['Detienen a 10 por tráfico de especies en Tabasco'],
  ];
  it.each(pos7.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg7.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

describe('labelling conventions of the held-out sets (HELDOUT-issue10d-relevance.md): investor visas as policy, displacement by cartels, drug-only items not let in by the model alone', () => {
  it.each([
    ['gold card as immigration policy', 'Gold card: DHS publishes rules for investor residency', 'USCIS will take applications from January.'],
    ['families driven out by cartels', 'Cartel violence forces families from Guerrero villages', 'Hundreds fled to Chilpancingo.'],
    ['ICE removal of a fugitive', 'ICE removes Salvadoran fugitive wanted for murder', ''],
    ['canal rescue', 'Border Patrol agents pull woman from All-American Canal near Calexico', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));

  it.each([
    ['golden visa as real estate', 'Greek golden visa sales soar among Chinese property buyers', ''],
    ['fans\' visas', 'Fans from Argentina face visa delays for World Cup', ''],
    ['passing mention in a review', 'Review: the best carnitas on the border are in this Nogales bakery', 'The owner crosses every morning for fresh lard.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it('the beat-model rule alone does not let in a drug seizure with no people moved', () => {
    const r = matchText(profile, { title: 'Inspectors find 90 pounds of fentanyl in a sedan at a California checkpoint', summary: 'The pills were hidden in the seats.' });
    expect(r.matched).not.toContain('beat-model');
  });
});

describe('nationalities of the African, Asian and Andean routes count only with a route, a boat, an expulsion or a migration word', () => {
  it.each([
    ['expelled to the desert', 'Algeria expels 600 Malians to the Niger border', 'They were left in the desert near Assamaka.'],
    ['a boat at sea', 'Boat carrying Bangladeshis and Pakistanis capsizes off Libya', ''],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['elections', 'Pakistanis returned to the polls in record numbers', ''],
    ['a factory collapse', 'Bangladeshis rescued after factory collapse in Dhaka', ''],
    ['an airport strike', 'Peruvians stranded at Cusco airport after strike', ''],
    ['heat', 'Iraqis flee Baghdad heat for northern mountains', ''],
    ['a road through the jungle', 'La carretera cruza la selva lacandona', ''],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('precision checks on this pass\'s own additions (invented look-alikes)', () => {
  it.each([
    ['people inside a crashed truck', 'Firefighters rescue people inside truck after crash on I-10', ''],
    ['families heading north on holiday', 'Mexican families head north for summer vacation in Canada', ''],
    ['fishermen given their boat back', 'Coast Guard returns seized boat to Cuban fishermen', ''],
    ['tourists on Tenerife', 'Record 2,000 Britons arrive on Tenerife in a single day', ''],
    ['a record swim', 'Moroccan swimmer crosses the Strait to Spain in record time', ''],
    ['evacuating Americans', 'U.S. repatriates citizens from Sudan as fighting spreads', ''],
    ['an Amber alert', 'Amber alert network helps federal agents find missing child from Houston school', ''],
    ['tax fraud at a church', 'Pastor arrested by federal agents at Dallas church for tax fraud', 'Parishioners were shocked.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

// An eighth invented probe set (40 headline-only items in title case). 4 failed when written (agents finding a
// locked trailer with no word for the people, Mexico stopping people headed north in Chiapas, raids leaving
// detainees in Los Angeles, an "asylum hotel" horror film).
describe('rel11 probe set 8 (invented headline-only, title case)', () => {
  const pos8: Array<[string, string?]> = [
    ['Agents Find 14 In Locked Trailer Near Laredo', 'Developing.'],
    ['Deportation Flights To Venezuela Resume', ''],
    ['Court Halts End Of TPS For Haitians', ''],
    ['Asylum Seekers Sleep In Matamoros Plaza', ''],
    ['Record Number Of Unaccompanied Children Reach Border', ''],
    ['Smuggler Gets 20 Years For Deadly Trailer Run', ''],
    ['Visa Bond Program Expands To 12 Countries', ''],
    ['Third Boat In A Week Lands In Lampedusa', ''],
    ['Mexico Stops 1,200 Headed North In Chiapas', ''],
    ['Remittances Drop As Deportations Rise', ''],
    ['Rescatan A 30 Extranjeros En Casa De Seguridad', 'En desarrollo.'],
    ['Vuelo Con Deportados Llega A Tegucigalpa', ''],
    ['Migrantes Duermen En La Central De Autobuses De Monterrey', ''],
    ['Cierran Albergue En Tijuana Por Falta De Fondos', ''],
    ['Naufragio En Las Canarias Deja 40 Desaparecidos', ''],
    ['INM Suspende Emisión De Tarjetas Humanitarias', ''],
    ['Crecen Cruces Irregulares En Sonora', ''],
    ['Comar Recibe 10 Mil Solicitudes En Enero', ''],
    ['Jornaleros Con Visa H-2A Denuncian Abusos', ''],
    ['Redadas En Los Ángeles Dejan 200 Detenidos', ''],
  ];
  const neg8: Array<[string, string?]> = [
    ['Border Collie Puppy Steals The Show At Westminster', ''],
    ['Rio Grande Valley Storm Knocks Out Power', ''],
    ['Juárez Beats El Paso In Border Bowl Rematch', ''],
    ['Tijuana Dentists Offer Black Friday Deals', ''],
    ['Laredo Trade Hits Record Despite Tariffs', ''],
    ['Ice Storm Shuts Down I-35', ''],
    ['Data Migration Snag Delays Payroll For County Workers', ''],
    ['Wildlife Refuge Reopens After Hurricane', ''],
    ['Asylum Hotel Horror Film Tops Box Office', ''],
    ['Deportivo Cali Fires Coach', ''],
    ['Frontera Fest Returns To Downtown Mexicali', ''],
    ['Tormenta Invernal Golpea La Frontera De Chihuahua', ''],
    ['Turismo Médico Crece En Ciudad Juárez', ''],
    ['Aseguran Tráiler Con Huachicol En Nuevo Laredo', ''],
    ['Refugio Animal De Saltillo Pide Ayuda', ''],
    ['Garita De Peaje Aumenta Cuota En La México-Querétaro', ''],
    ['Migración De Aves Llega A Baja California', ''],
    ['Caravana Navideña Llega A Reynosa', ''],
    ['Exportaciones Por Puente Pharr Alcanzan Récord', ''],
    ['Los Indocumentados, Nueva Serie De Netflix', ''],
  ];
  it.each(pos8.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg8.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A ninth invented probe set (30 local-news items: oblique beat stories and border-city civic news). 9 failed
// when written, 8 of them beat stories told without a migrant word: the hardest class for the rules. Left out
// here, still missed: pickers who "fear checkpoints", legal help for "children in custody", families blessed
// "before they try to cross" in Juárez.
describe('rel11 probe set 9 (invented local-news headlines)', () => {
  const pos9: Array<[string, string?]> = [
    ['Volunteers in Tucson collect shoes for people released at the bus station', 'Many arrive with laces removed by agents.'],
    ['Teachers in Dallas say classrooms emptied after weekend arrests', 'Parents kept children home for fear of being picked up.'],
    ['Border Patrol chief says gotaways fell to 500 a week'],
    ['Lawyers in El Paso race to file appeals before removals', 'Clients were told they could be flown out within days.'],
    ['Sheriff in Kinney County arrests 40 on trespassing charges near the river'],
    ['Arizona ranchers find water jugs slashed along trails', 'Humanitarian volunteers say the jugs are meant for people crossing the desert.'],
    ['Man deported 5 times dies in desert near Ajo'],
    ['Families in Matamoros camp wait months for a hearing date', ''],
    ['Children born in U.S. to parents without status face new rule', 'The order would deny them passports.'],
    ['Detainees at Krome say they sleep on floors', ''],
    ['Nurses from Nigeria recruited to Texas hospitals get green cards', ''],
    ['Community in Houston holds vigil for man who died in ICE custody', ''],
  ];
  const neg9: Array<[string, string?]> = [
    ['El Paso City Council approves new budget', 'Council members debated police overtime and park funding.'],
    ['Border Patrol Museum in El Paso hosts family day', ''],
    ['Laredo hospital opens cancer wing', ''],
    ['Tucson restaurant named best Sonoran hot dog on both sides of the border', ''],
    ['Arizona border county sheriff retires after 20 years', 'He was known for his work on rural roads and drunk driving.'],
    ['Nogales celebrates its binational Christmas posadas', ''],
    ['Juárez murders fall to lowest level in a decade', ''],
    ['San Diego Padres sign Mexican slugger', ''],
    ['Brownsville launches beach cleanup at Boca Chica', ''],
    ['Yuma lettuce growers expect a strong winter season', 'Prices are up because of rains in California.'],
    ['Del Rio school board picks new superintendent', ''],
    ['Douglas, Arizona, gets new port building for commercial trucks', 'The project will speed up produce crossings.'],
    ['Mexicali craft brewers win awards', ''],
    ['Eagle Pass casino expansion approved', ''],
    ['McAllen mall sees return of Mexican shoppers', ''],
  ];
  it.each(pos9.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg9.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['a statue removal', 'Lawyers appeal removal of Confederate statue in Richmond', ''],
    ['snow removal', 'Snow removal contractors sue city, lawyers say', ''],
    ['jail releases', 'Inmates released at the bus station after jail closes', ''],
    ['a summer camp', 'Summer camp in Tijuana teaches kids robotics', ''],
    ['a teachers strike', 'Parents stay home as teachers strike in Chicago', ''],
  ])('look-alike out: %s', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

// A tenth invented probe set (40 items in pairs, with outlet and agency prefixes). 10 failed when written
// (5 beat stories, 5 look-alikes let in by an agency's name or "migrant-themed" art). Left out here: "USCIS
// announces new office hours in Denver" (an agency notice; arguably on the beat).
describe('rel11 probe set 10 (invented paired headlines with outlet prefixes)', () => {
  const pos10: Array<[string, string?]> = [
    ['Opinion: The cruelty of separating mothers from newborns in detention'],
    ['Analysis: why fewer Venezuelans are reaching the U.S.'],
    ['Data: deaths on the Darién route doubled this year'],
    ['NGO report documents beatings by Libyan coast guard'],
    ['Reuters: Trump administration weighs using military bases to hold immigrants'],
    ['AP: Men flown to Guantánamo say they were never told why'],
    ['EFE: Llegan a Guatemala 60 niños devueltos desde México'],
    ['AFP: Des centaines de migrants secourus au large de Lampedusa'],
    ['El Faro: Salvadoreños deportados desde EU relatan abusos en la cárcel'],
    ['Milenio: Localizan a 200 personas extranjeras en un autobús en Veracruz'],
    ['Border Report: Shelters in Juárez empty as crossings plummet'],
    ['Texas Tribune: State spends $11 billion on border mission'],
    ['KJZZ: Tohono O\'odham Nation says agents damaged sacred sites'],
    ['NPR: How a small Iowa town depends on immigrant labor'],
    ['ICE press release: Honduran national removed to Tegucigalpa'],
    ['CBP: Agents rescue 12 from flooded wash near Douglas'],
    ['USCIS announces new fee schedule for naturalization'],
    ['DOJ indicts 8 in scheme to sell fake asylum claims'],
    ['ACNUR: 2 millones de venezolanos necesitan protección en Colombia'],
  ];
  const neg10: Array<[string, string?]> = [
    ['Opinion: The cruelty of separating calves from cows on dairy farms'],
    ['Analysis: why fewer Venezuelans are buying bonds'],
    ['Data: deaths on Texas highways fell this year'],
    ['NGO report documents plastic pollution on Libyan coast'],
    ['Reuters: Trump administration weighs using military bases for drone testing'],
    ['AP: Men flown to Antarctica for research say the cold is brutal'],
    ['EFE: Llegan a Guatemala 60 toneladas de ayuda desde México'],
    ['Proceso: Crece el negocio de los coyotes de peluche en Sonora'],
    ['Milenio: Localizan a 200 cabezas de ganado robado en Veracruz'],
    ['Border Report: Restaurants in Juárez empty as inflation bites'],
    ['Texas Tribune: State spends $11 billion on highways'],
    ['KJZZ: Tohono O\'odham Nation opens new casino'],
    ['NPR: How a small Iowa town depends on its corn harvest'],
    ['CBP: New lanes open at the Mariposa port for produce trucks'],
    ['DOJ indicts 8 in scheme to sell fake concert tickets'],
    ['ACNUR celebra 75 años con concierto en Ginebra'],
    ['Border Patrol agents compete in charity chili cook-off'],
    ['ICE hockey league opens in Juárez'],
    ['Migrant-themed art show opens in Santa Fe', 'The paintings explore memory and longing.'],
  ];
  it.each(pos10.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg10.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// An eleventh invented probe set (40 paired items on migration elsewhere and in Congress and the courts).
// 10 of the 20 beat stories failed when written: migration outside the U.S.-Mexico route was the weakest class.
describe('rel11 probe set 11 (invented paired headlines: migration elsewhere, legislatures, courts)', () => {
  const pos11: Array<[string, string?]> = [
    ['House passes bill to fund 10,000 more ICE officers'],
    ['Senate deal would raise the bar for credible fear screenings'],
    ['Canada tightens rules as more people cross at Lacolle'],
    ['RCMP intercepts group walking into Quebec from New York'],
    ['Australia sends boat arrivals to Nauru under new deal'],
    ['Japan eases rules for foreign caregivers amid labor crunch'],
    ['South Korea raids farms employing foreigners without visas'],
    ['Panama closes Darién camps as northbound flow dries up'],
    ['Colombia grants temporary status to 1 million Venezuelans'],
    ['Peru declares emergency at Chile border over stranded foreigners'],
    ['Reform UK vows to deport all who arrived by small boat'],
    ['Dutch coalition collapses over asylum limits'],
    ['Denmark to process asylum claims in Rwanda'],
    ['Netherlands opens new reception center as Ter Apel overflows'],
    ['Irish protesters target building earmarked for international protection applicants'],
    ['Suprema Corte de Justicia de la Nación frena detenciones por estatus migratorio'],
    ['Tribunal de EU bloquea el envío de venezolanos a El Salvador'],
    ['Corte Interamericana condena a México por muerte de migrantes en San Fernando'],
    ['Congreso de Guatemala aprueba ley de atención a retornados'],
    ['Honduras pide a EU frenar las deportaciones de menores'],
  ];
  const neg11: Array<[string, string?]> = [
    ['House passes bill to fund 10,000 more air marshals'],
    ['Senate deal would raise the bar for credit card fees'],
    ['Canada tightens rules for cross-border dairy trade'],
    ['RCMP intercepts shipment of stolen cars bound for Africa'],
    ['Australia sends team to Nauru for Pacific Games'],
    ['Japan eases rules for foreign investors in Tokyo real estate'],
    ['South Korea raids Samsung offices in antitrust probe'],
    ['Panama closes canal lane for maintenance'],
    ['Colombia grants licenses to 20 oil companies'],
    ['Peru declares emergency after floods in the north'],
    ['Reform UK vows to cut taxes on pubs'],
    ['Dutch coalition collapses over nitrogen rules'],
    ['Denmark to host Euro 2028 qualifier in Copenhagen'],
    ['Netherlands opens new bike tunnel in Utrecht'],
    ['Irish protesters target data center plans'],
    ['Suprema Corte frena reforma judicial'],
    ['Tribunal de EU bloquea fusión de aerolíneas'],
    ['Corte Interamericana condena a México por desaparición de periodista'],
    ['Congreso de Guatemala aprueba presupuesto 2026'],
    ['Honduras pide a EU inversión en energía'],
  ];
  it.each(pos11.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg11.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['a Connecticut town', 'Darien summer camp opens registration', 'The Connecticut town camp offers lacrosse.'],
    ['a wedding venue', 'Wedding reception center opens in London', ''],
    ['a drug shipment', 'RCMP seizes cocaine shipment crossing into Ontario', ''],
    ['tourists at a crossing', 'Tourists stranded at the border crossing after volcano closes airport', ''],
  ])('look-alike out: %s', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

// A twelfth invented probe set (45 paired items on migration in Europe, Africa, Asia, Oceania and South
// America). 11 failed when written (10 beat stories). Left out here: New Zealand's rules for "Pacific workers"
// (no migration word), and Thailand deporting a Russian blogger (a deportation, arguably on the beat).
describe('rel11 probe set 12 (invented paired headlines: migration on other continents)', () => {
  const pos12: Array<[string, string?]> = [
    ['Greece suspends asylum for arrivals from North Africa'],
    ['Poland suspends right to asylum on Belarus frontier'],
    ['Finland keeps eastern crossings shut as Russia pushes people to the line'],
    ['Germany turns back people at Austrian border checks'],
    ['France and UK agree to return Channel crossers'],
    ['Sweden pays people to leave under new scheme', 'The payment for voluntary return rises to $34,000.'],
    ['Italy\'s Meloni defends Albania centres after court ruling'],
    ['Malta refuses to let rescue ship dock'],
    ['Libya deports 700 Egyptians by land'],
    ['Tunisian police dismantle tent camps of sub-Saharan Africans near Sfax'],
    ['Yemen boat wreck kills 68 Ethiopians'],
    ['Kenya to host more Somali refugees as Dadaab expands'],
    ['Uganda takes in 30,000 fleeing Congo fighting'],
    ['Iran expels hundreds of thousands of Afghans'],
    ['Thailand deports Uyghurs to China'],
    ['Malaysia detains 500 undocumented workers in raids'],
    ['India pushes Rohingya into Bangladesh'],
    ['Australia reopens offshore detention on Nauru'],
    ['Brazil receives Venezuelans at Pacaraima'],
    ['Argentina tightens citizenship rules for foreigners'],
    ['Chile expels Venezuelans in military flight'],
    ['Costa Rica agrees to take deportees from third countries'],
    ['Ecuador requires visas for Cubans'],
    ['Mexico issues 100,000 humanitarian visas in Tapachula'],
  ];
  const neg12: Array<[string, string?]> = [
    ['Greece suspends ferry services amid strike'],
    ['Poland suspends grain imports from Ukraine'],
    ['Finland keeps eastern airspace closed to Russian planes'],
    ['Germany turns back France in Nations League'],
    ['France and UK agree on fishing quotas'],
    ['Sweden pays farmers to cut emissions'],
    ['Italy\'s Meloni defends budget before EU'],
    ['Malta refuses to let cruise ship dock over virus'],
    ['Libya exports record oil'],
    ['Tunisian police dismantle drug ring in Sfax'],
    ['Yemen Houthis attack cargo ship'],
    ['Kenya to host Africa Cup of Nations'],
    ['Uganda takes in record tourists at gorilla parks'],
    ['Iran expels British diplomat'],
    ['Malaysia detains 500 in online scam raids'],
    ['India pushes tariffs on Chinese steel'],
    ['Australia reopens coal mine'],
    ['New Zealand tightens rules on foreign home buyers'],
    ['Brazil receives Chinese president'],
  ];
  it.each(pos12.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg12.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A thirteenth invented probe set (30 paired items on U.S. domestic policy). 6 failed when written. Left out
// here: troopers helping with "federal arrests" and agents' facial recognition at bus stations (no word says
// whose arrests or which people).
describe('rel11 probe set 13 (invented paired headlines: U.S. domestic policy)', () => {
  const pos13: Array<[string, string?]> = [
    ['States sue over rule denying food stamps to green card holders'],
    ['Medicaid cuts target immigrants with humanitarian status'],
    ['County jail ends contract to hold federal detainees', 'The sheriff said ICE owed $2 million.'],
    ['Airline stops flying deportation charters after protests'],
    ['Tech workers on visas face layoffs and a 60-day clock'],
    ['Refugee families in Utah lose case management after funding freeze'],
    ['Mixed-status families avoid clinics, doctors say'],
    ['Border wall waivers let contractors skip environmental review'],
    ['Estados Unidos exigirá fianza de hasta 15 mil dólares para visas de turista a mexicanos'],
    ['Gobernadores fronterizos piden recursos para atender a repatriados'],
    ['Familias de El Paso tramitan poderes notariales por si los deportan'],
    ['Sube 40% la demanda de abogados de inmigración en Houston'],
    ['Dreamers mexicanos regresan a un país que no conocen'],
  ];
  const neg13: Array<[string, string?]> = [
    ['States sue over rule on power plant emissions'],
    ['Medicaid cuts target rural hospitals'],
    ['Governor orders state troopers to patrol highways for holiday weekend'],
    ['County jail ends contract with food vendor after complaints'],
    ['Airline stops flying to Caracas over safety concerns'],
    ['Tech workers face layoffs as AI spending grows'],
    ['Utah families lose child-care subsidies after funding freeze'],
    ['Families avoid clinics as measles spreads, doctors say'],
    ['Highway waivers let contractors skip environmental review'],
    ['Police use facial recognition on shoplifters at malls'],
    ['Estados Unidos exigirá pasaporte electrónico a viajeros europeos'],
    ['Gobernadores fronterizos piden recursos para carreteras'],
    ['Familias de El Paso tramitan actas de nacimiento para la escuela'],
    ['Sube 40% la demanda de abogados laborales en Houston'],
    ['Mexicanos regresan de vacaciones por el puente de Laredo'],
  ];
  it.each(pos13.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg13.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});

// A fourteenth invented probe set (25 Spanish paired items of local news). 5 failed when written.
describe('rel11 probe set 14 (invented Spanish local-news pairs)', () => {
  const pos14: Array<[string, string?]> = [
    ['Hallan a 15 personas abandonadas en una brecha de Nuevo León', 'Dijeron que el chofer los dejó tras cobrarles 3 mil dólares a cada uno.'],
    ['Casa del Migrante de Saltillo recibe a 300 personas en una semana'],
    ['Piden visas para trabajar en la pizca de Canadá frente a la Secretaría del Trabajo'],
    ['Madres centroamericanas buscan a sus hijos desaparecidos en México'],
    ['Guardia Nacional rescata a 40 en un camión de carga en Oaxaca', 'Viajaban sin agua ni ventilación.'],
    ['Cierre de la frontera deja varadas a cientos de familias venezolanas en Cúcuta'],
    ['Aumentan las solicitudes de asilo de mexicanos desplazados por el narco'],
    ['Vecinos de Tapachula protestan por campamento frente al parque central', 'Cientos de personas de Haití y Cuba duermen ahí desde hace semanas.'],
    ['Jóvenes hondureños salen en grupo rumbo a Guatemala'],
    ['Trabajadores de la construcción en Texas dejan sus empleos por temor a ser detenidos'],
    ['Liberan a 30 personas secuestradas en Reynosa; eran de Venezuela y Ecuador'],
    ['El INM reabre oficinas de regularización en Tapachula'],
    ['Suspenden las citas de la app CBP Home para salidas voluntarias'],
    ['Mueren dos personas al intentar cruzar el canal Todo Americano'],
    ['Tijuana: deportados duermen en la canalización del río'],
  ];
  const neg14: Array<[string, string?]> = [
    ['Hallan a 15 perros abandonados en una brecha de Nuevo León'],
    ['Casa de la Cultura de Saltillo recibe a 300 visitantes en una semana'],
    ['Piden visas para viajar al Mundial en la embajada'],
    ['Madres buscadoras hallan fosa en Jalisco'],
    ['Guardia Nacional rescata a 40 en un autobús varado por la nieve en Chihuahua'],
    ['Cierre de carretera deja varados a cientos de turistas en Cúcuta'],
    ['Vecinos de Tapachula protestan por falta de agua'],
    ['Jóvenes hondureños ganan torneo de robótica en Guatemala'],
    ['Trabajadores de la construcción en Texas sufren por el calor'],
    ['El SAT reabre oficinas en Tapachula'],
  ];
  it.each(pos14.map(([t, s]) => [t, s ?? '']))('in: %s', (title, summary) => expect(match(title, summary)).toBe(true));
  it.each(neg14.map(([t, s]) => [t, s ?? '']))('out: %s', (title, summary) => expect(match(title, summary)).toBe(false));
});
