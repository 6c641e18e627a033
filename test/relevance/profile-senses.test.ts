/**
 * Word senses and context in the default profile: an ambiguous word counts only next to evidence of
 * its migration sense, and beat stories told without migrant/border words still pass. Sentences are
 * written for these tests, not copied from eval/data.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('asylum / asilo count only next to evidence of the migration sense', () => {
  it.each([
    ['a bakery as an asylum', 'Neighbourhood bakery seeks asylum in the old train depot', 'The owners sign a ten-year lease next month.'],
    ['a library as an asylum', 'For night-shift nurses, the all-hours diner is an asylum', 'Regulars trade crossword tips at the counter.'],
    ['asilo para cinéfilos', 'El cine de barrio, asilo para cinéfilos de la vieja escuela', 'La sala proyecta clásicos los martes.'],
    ['buscar asilo en el fin de semana', 'Oficinistas buscan asilo en los parques los domingos', 'Los jardines del centro se llenan de familias de paseo.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['asylum with a country', 'Canada tightens asylum rules for travellers from Mexico', 'Ottawa said visa requirements return on Thursday.'],
    ['asylum with a court', 'Appeals court revives asylum challenge', 'The judges sent the case back for a new hearing.'],
    ['asilo con nacionalidad', 'Niegan asilo a pareja hondureña', 'El juez consideró insuficientes las pruebas de persecución.'],
    ['asilo con gobierno', 'Gobierno alemán endurece el asilo', 'El ministerio del Interior anunció controles nuevos.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('trap families on the rules that read border words (TV, weather, sports, toll booths, sports metaphors)', () => {
  it.each([
    ['a reality show named after border work', "'Border Wall Builders' reality show picked up for a new season", 'Cameras follow welders on a ranch in New Mexico.'],
    ['a weather forecast for the frontera norte', 'Pronostican lluvias intensas en la frontera norte', 'El Servicio Meteorológico prevé tormentas en Sonora y Chihuahua.'],
    ['a border-city club and its coach', 'El equipo fronterizo de Tijuana contrata entrenador uruguayo', 'El plantel reporta la próxima semana.'],
    ['a toll booth called garita', 'Cierran la garita de peaje de la autopista a Cuernavaca', 'La caseta reabrirá después del mantenimiento.'],
    ['migrantes as a sports metaphor', 'Los nuevos migrantes del balompié: futbolistas mexicanos en Bélgica', 'Tres delanteros firmaron con clubes europeos.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['heat at the frontera norte with migrants', 'Ola de calor en la frontera norte pone en riesgo a migrantes', 'Albergues de Mexicali piden agua.'],
    ['a border crossing called garita', 'Cierran la garita de San Ysidro por una revisión', 'Miles de personas esperaron horas para cruzar a Estados Unidos.'],
    ['border security with no show words', 'Governors meet on border security funding', 'Texas wants federal reimbursement for its deployment.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('beat stories told without migrant or border words pass', () => {
  it.each([
    ['people hidden in a truck', 'Deputies find 23 people packed into a box truck on I-35 near Encinal', 'Several were taken to a hospital for dehydration, the sheriff said.'],
    ['people locked in a trailer', 'Troopers stop 18-wheeler, find 27 people locked inside trailer', 'The driver told investigators he was paid $2,000.'],
    ['personas hacinadas en un tráiler', 'Rescatan a 112 personas hacinadas en un tráiler en Puebla', 'Los ocupantes eran originarios de Guatemala y El Salvador.'],
    ['desert remains and heat', 'Skeletal remains found on ranch in Brooks County', 'Sheriff says the man likely died of heat exposure after walking around the checkpoint.'],
    ['restos en el desierto', 'Hallan restos de dos hombres en el desierto de Altar, Sonora', 'Murieron de deshidratación mientras intentaban cruzar.'],
    ['fleeing violence', 'Mother and children fled extortion in Honduras; now they wait in Juárez', 'They have an appointment next month.'],
    ['freight-train riders', 'Cientos suben a los vagones del tren de carga en Irapuato', 'Familias con niños viajan en los techos rumbo a Ciudad Juárez.'],
    ['consular visits to the detained', 'Consulado en Houston visita a connacionales detenidos tras redada', 'Cuarenta mexicanos siguen bajo custodia.'],
    ['swimming to Ceuta', 'Hundreds try to swim to Ceuta from Morocco amid fog', 'Spanish soldiers pulled dozens from the water.'],
    ['wall building', 'Contractors resume wall construction near the Rio Grande in Starr County', 'Landowners were notified of new steel panels.'],
    ['cruzar sin autorización', 'Tribunal analiza ley estatal contra quienes crucen sin autorización', 'La policía de Texas podría detener a los acusados.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('a drug seizure with no people moved is off the beat, at a named port too; people found there are on it', () => {
  test.each([
    ['seizure at a named port', 'Cocaine hidden in watermelons seized at Pharr International Bridge', 'Officers found 900 pounds.'],
    ['secondary inspection', 'Fentanyl found in a car door during secondary inspection at Nogales', 'The 19-year-old driver was arrested.'],
    ['agency seizure', 'CBP officers seize 80 pounds of meth at the Calexico port of entry', 'The drugs were in the spare tire.'],
    ['garita', 'Aseguran 40 kilos de cocaína en la garita de San Ysidro', 'El conductor fue detenido por agentes de aduanas.'],
  ])('%s: off', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  test.each([
    ['people at a port', 'Officers find three migrants hidden in a truck at Pharr International Bridge', 'They were taken to a hospital.'],
    ['drugs and migrants', 'Agents seize fentanyl and detain 12 migrants near the Nogales port of entry', 'The group had crossed at night.'],
    ['personas en la garita', 'Hallan a cinco personas ocultas en un tráiler en la garita de Mexicali', 'Eran de Guatemala y Honduras.'],
  ])('%s: on', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('the new context rules keep their own traps out', () => {
  it.each([
    ['a film trailer', "New trailer for 'Desert Crossing' shows people locked in a truck", 'The thriller opens in March.'],
    ['a trailer home', 'Police find three people hidden in trailer home after standoff', 'Deputies arrested a man wanted for burglary.'],
    ['hikers dead of heat', 'Hikers found dead of heat exposure in Arizona desert', 'The couple ran out of water on the trail near Phoenix.'],
    ['livestock in the heat', 'Rancher finds cattle bodies in Texas brush after heat wave', 'Hundreds of cows died of dehydration.'],
    ['fans fleeing a stadium', 'Fans fled violence at the stadium after Mexico match', 'Police used tear gas on supporters.'],
    ['domestic violence', 'Family fled domestic violence in Texas; shelter opens doors', 'The nonprofit served 300 women.'],
    ['a passenger train', 'Tren Maya suspende corridas; 200 personas a bordo evacuadas', 'Una falla eléctrica detuvo el convoy.'],
    ['a swimming club', 'Ceuta swimming club wins national relay', 'The team beat Barcelona in the final.'],
    ['a stadium wall', 'Wall construction at Phoenix stadium delays opening', 'The arena will open in the fall.'],
    ['a sentry box called garita', 'Garita de la Guardia Civil en Toledo recibe reforma', 'El edificio histórico data de 1850.'],
    ['a rock festival in a border city', 'Frontera del rock: festival en Mexicali reúne 20 bandas', 'El cartel incluye grupos de Sonora y California.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('programs, reverse flows and places of the beat named without migrant words', () => {
  it.each([
    ['parole program by nationality', 'Parolees from Nicaragua told their status ends in 30 days', 'Sponsors in Miami scramble for lawyers.'],
    ['CHNV', 'Court pauses end of CHNV program', 'The ruling covers about half a million people.'],
    ['reverse flow', 'Venezuelans turn back south from Mexico City', 'Groups boarded buses toward the Guatemalan border.'],
    ['rumbo al sur', 'Cubanos emprenden el camino de regreso rumbo al sur', 'Decenas salieron de Tapachula hacia Centroamérica.'],
    ['canal by its Spanish name', 'Rescatan a dos hombres en el canal Todo Americano', 'Los bomberos de Calexico los sacaron del agua.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['criminal-justice parole', 'Texas parole board denies release for convicted bank robber', 'The inmate has served 20 years.'],
    ['a band playing in a border city', 'Border wall of sound: trio brings noise rock to Laredo', 'The band plays downtown on Saturday.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('refugee counts only next to evidence of displacement', () => {
  it.each([
    ['a refugee from office life', 'Refugee from the cubicle: an accountant becomes a potter', 'A weekend profile of a career change.'],
    ['refuge from the heat', 'Diners take refuge from the heat in Juárez ice-cream parlours', 'Sales double in July afternoons.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['refugee admissions', 'Refugee admissions cap cut to record low', 'The White House set the ceiling at 7,500.'],
    ['refugee with a war', 'Sudanese refugee family rebuilds in Omaha after the war', 'They waited four years in a camp in Chad.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('more of the beat without migrant words: boats, interdictions, visas, E-Verify, rescues, naturalization', () => {
  it.each([
    ['panga boat', 'Panga boat lands on Malibu beach; 14 detained', 'Deputies said the passengers fled into the hills.'],
    ['interdiction at sea', 'Coast Guard interdicts 41 Haitians near Great Inagua', 'The group was repatriated to Cap-Haïtien.'],
    ['travel ban', 'Travel ban widened to nationals of seven more countries', 'Consulates stopped issuing visas on Friday.'],
    ['E-Verify', 'Florida expands E-Verify to small businesses', 'Employers must check each new hire.'],
    ['rescue by agents', 'Agents rescue woman stranded on Otay Mountain', 'She had been walking for three days.'],
    ['naturalización', 'Aumentan trámites de naturalización en Houston', 'Los residentes permanentes buscan votar en noviembre.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['panga fish', 'Panga fillets recalled over labelling', 'The fish was sold in supermarkets nationwide.'],
    ['a foreign northern border', "Pakistan's northern border reopens to trucks", 'Traders in Kashmir welcomed the move.'],
    ['cold-weather shelters', 'Abren albergues en Reynosa por el frente frío', 'Protección Civil espera heladas el fin de semana.'],
    ['border trade', 'Border exports through Laredo hit a record', 'Importers credit nearshoring.'],
    ['border shoppers', 'Cross-border shoppers pack El Paso malls for Black Friday', 'Retailers extended hours.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('falls from the wall, nationalities in the route cities, weddings at the border', () => {
  it.each([
    ['a fall from the wall', 'Muere mujer al caer del muro en Tijuana', 'Intentaba descender con una cuerda junto a su hijo.'],
    ['a fall from the barrier', 'Two hurt in falls from border barrier near Sunland Park', 'Agents called an ambulance for the climbers.'],
    ['nationals in a route city', 'Venezuelans in Reynosa open food stands while they wait', 'Several families sell arepas near the plaza.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a wedding trip', 'Bodas en la frontera: parejas de Juárez se casan en El Paso', 'Los juzgados de Texas emiten más licencias matrimoniales.'],
    ['a stadium wall', 'Fan hurt in fall from wall at San Diego stadium', 'Paramedics took him to a hospital.'],
    ['a child falls from a house wall', 'Niña se lesiona al caer de una barda en Mexicali', 'Jugaba en el patio de la casa de sus abuelos.'],
    ['a retaining wall', 'Arranca construcción del muro de contención en Nogales', 'La obra protegerá a las viviendas de la colonia.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('policies by their Spanish names, and remains the medical examiner recovers', () => {
  it.each([
    ['Ley de Enemigos Extranjeros', 'Tribunal revisa el uso de la Ley de Enemigos Extranjeros', 'Los abogados de los detenidos piden su liberación.'],
    ['ciudadanía por nacimiento', 'Corte Suprema escucha argumentos sobre la ciudadanía por nacimiento', 'La orden ejecutiva sigue bloqueada.'],
    ['remains and the medical examiner', 'Record number of remains found in Yuma desert', 'The county medical examiner identified fewer than half of the 90 people.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('crime news on the words of the new rules stays out', () => {
  it.each([
    ['bodies of a cartel killing in a trailer', 'Hallan tráiler abandonado con víctimas ejecutadas en Zacatecas', 'Los cuerpos estaban ocultos en la caja; la fiscalía investiga a un cártel.'],
    ['a kidnapping rescue by FBI agents', 'FBI agents rescue kidnapped teen in El Paso', 'The girl had been abducted from a mall.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('river crossings, the smuggling corridor, shelters by name or city, permits', () => {
  it.each([
    ['crossed the river', 'Deputies stop SUV with 7 near Brackettville', 'The riders said they had crossed the river at dawn.'],
    ['a smuggler and the brush', 'Guide who left teenager in brush gets 10 years', 'The smuggler was arrested near Encinal after the boy died.'],
    ['a shelter in El Paso', 'El Paso shelter turns away families as beds fill', 'Volunteers set up cots in the chapel.'],
    ['a shelter by name', 'Casa del Migrante reports record arrivals', 'The Saltillo shelter housed 300 people on Sunday.'],
    ['study permits', 'Canada cuts study permits for a second year', 'Colleges warn of layoffs.'],
    ['enviados', 'Familias de hondureños enviados a Guantánamo piden información', 'No saben cuánto tiempo estarán ahí.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a kayak trip', 'Kayakers cross the river at Big Bend for charity', 'The paddlers raised $10,000.'],
    ['a cold-weather shelter', 'El Paso opens warming shelter ahead of freeze', 'The city expects lows of 15 degrees.'],
    ['trees on the move', 'Climate migration of trees reshapes Arizona forests', 'Pines are moving upslope.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('leisure, botany and shopping senses of beat words', () => {
  it.each([
    ['an agency-themed escape room', 'Border Patrol-themed escape room opens in Yuma', 'Teams have an hour to find the tunnel.'],
    ['naturalization of plants', 'Naturalization of invasive grass alarms Arizona botanists', 'Buffelgrass now covers hillsides near Tucson.'],
    ['shoppers on the bridge', 'Largas filas en el puente internacional por el Black Friday', 'Compradores de Juárez viajaron a las tiendas de El Paso.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it('naturalization of people still passes', () => {
    expect(match('Naturalization ceremonies resume in Phoenix', 'About 900 new citizens took the oath on Friday.')).toBe(true);
  });
});

describe('giving up to agents, gaps in the fence, groups crossing ranches', () => {
  it.each([
    ['turning themselves in', 'Dozens wait by the river in Juárez to turn themselves in', 'Agents processed families at the fence overnight.'],
    ['entregarse a agentes', 'Familias cruzan el río y se entregan a agentes en Eagle Pass', 'Esperaron horas junto a la valla.'],
    ['a gap in the wall', 'Hundreds walk through gap in the wall near Sasabe', 'Agents said the opening was cut overnight.'],
    ['groups crossing ranches', 'Texas ranchers see more groups crossing their pastures', 'Trail cameras caught 25 people in two nights.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['suspects turning themselves in', 'Robbery suspects turn themselves in to El Paso police', 'Two men were booked on Friday.'],
    ['se entregan as handed out', 'Se entregan apoyos a familias afectadas por el río en Reynosa', 'Protección Civil repartió despensas.'],
    ['cattle through a gap in a fence', 'Cattle escape through gap in the fence on Kansas ranch', 'The herd wandered onto the highway.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('day-labour raids, arrivals by sea, crossings as a noun, hamlets on the line', () => {
  it.each([
    ['a raid where day labourers wait', 'Redadas en estacionamientos de Home Depot en Chicago', 'Agentes federales detuvieron a 12 hombres que buscaban trabajo.'],
    ['arrivals by sea', 'Canarias atiende a 300 adolescentes llegados por mar', 'El Gobierno insular pide más recursos.'],
    ['cruces as a noun', 'Bajan los cruces por Sásabe', 'Los grupos que llegan a Arizona son más pequeños.'],
    ['a hamlet on the line', 'Agents report more groups near Sasabe', 'Cameras picked up 500 people in a week.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['Las Cruces', 'Las Cruces y El Paso firman acuerdo de agua', 'Los alcaldes de Nuevo México y Texas se reunieron.'],
    ['tourists in a hamlet', 'Tourists flock to Organ Pipe wildflowers', 'The bloom peaks in March near Lukeville.'],
    ['a home-improvement earnings report', 'Home Depot quarterly sales rise', 'Shares gained 2% after the report.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('restaurants, science metaphors, dumping and garden walls on border words', () => {
  it.each([
    ['a restaurant brand', 'Border Grill chef opens taco bar in Tucson', 'The menu features Sonoran hot dogs.'],
    ['a science metaphor', 'En la frontera del conocimiento: científicos de Chihuahua y Texas estudian el agua', 'El proyecto binacional recibió fondos.'],
    ['illegal dumping', 'Tires dumped along border roads in Hidalgo County', 'Illegal dumping fines double next year.'],
    ['a garden wall', "Neighbours' border wall of hedges splits Tucson HOA", 'The board ordered the hedges cut.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('named detention centres and state immigration laws', () => {
  it.each([
    ['a detention centre by name', 'Hunger strike spreads at Karnes detention center', 'Lawyers say 40 women refuse meals.'],
    ['a processing centre by name', 'Abren nuevo centro de procesamiento en Otero County', 'Tendrá capacidad para mil personas.'],
    ['a state immigration law by name', 'Arizona lawmakers revisit SB 1070 anniversary bill', 'Advocates rallied outside the Capitol.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('more of the beat as the Mexican press tells it', () => {
  it.each([
    ['people without ventilation in a truck', 'Localizan a 95 personas en tractocamión en Tlaxcala', 'Viajaban sin ventilación; eran de Nicaragua y Cuba.'],
    ['foreign-born passengers in a crash', 'Vuelca camioneta con 14 personas de origen extranjero en Sonora', 'El conductor huyó tras el accidente.'],
    ['abandoned in the desert', 'Rescatan a 5 mujeres abandonadas en el desierto de Sonora', 'El guía las dejó cerca de Sásabe.'],
    ['personas en tránsito', 'Comedor para personas en tránsito cierra por falta de fondos en Irapuato', 'Atendía a 300 personas al día.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a family road crash', 'Volcadura de camioneta deja 3 muertos en carretera de Chihuahua', 'La familia regresaba de vacaciones en Mazatlán.'],
    ['lost hikers', 'Rescatan a excursionistas extraviados en el desierto de Altar', 'Protección Civil los localizó con un dron.'],
    ['airport transit passengers', 'Personas en tránsito varadas en el aeropuerto de Monterrey', 'La aerolínea canceló 20 vuelos.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('busing, newcomer hotels, ICE offices, nationals at Guantánamo', () => {
  it.each([
    ['busing to a northern city', 'Florida buses 300 more people to Chicago', 'The governor says the program will continue.'],
    ['a newcomer hotel', 'Hotel for newcomers in Manhattan to close in June', 'The city will move families to other sites.'],
    ['an ICE office', 'Protesters block entrance to ICE field office in Portland', 'Officers made six arrests.'],
    ['nationals at Guantánamo', 'Hondurans at Guantánamo ask to see relatives', 'About 30 men are held at the base.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['transit buses', 'Texas buses get new routes to Denver airport', 'The transit agency adds weekend service.'],
    ['a base commander', 'New commander takes over at Guantánamo naval base', 'The ceremony was held on Friday.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('crosses are not crossings; tourists are not newcomers', () => {
  it.each([
    ['pink crosses in Juárez', 'Colocan cruces rosas en Ciudad Juárez', 'Activistas recuerdan a las mujeres asesinadas; las cruces viajarán a Estados Unidos.'],
    ['newly arrived tourists', 'Newly arrived tourists fill hotels in San Diego', 'Visitors flocked to the bay for the holiday.'],
    ['nationals at the World Cup', 'Colombianos enviados al Mundial llegan a Tijuana', 'La selección entrenará en el estadio Caliente.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('a beer brand named after the border', () => {
  it('stays out', () => expect(match('Cerveza Frontera Norte abre bar en Mexicali', 'La cervecera artesanal de Baja California celebra diez años.')).toBe(false));
});
