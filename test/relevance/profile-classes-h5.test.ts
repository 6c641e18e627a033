/**
 * Failure classes found on the spent split holdout5 (eval/data/relevance-holdout5.jsonl), each fixed as a
 * family of wording in the default profile. Every sentence here is written for these tests (none is copied
 * from eval/data): each class has stories that must pass and the traps that share its words.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;
/** The rules that matched, for traps whose item other rules or the beat model may still judge. */
const rules = (title: string, summary = ''): string[] => matchText(profile, { title, summary }).matched;

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

describe('enforcement told without "immigration": ICE detainers, worksite audits, fear that empties schools', () => {
  it.each([
    ['a county that stops honoring ICE detainers', 'County jail will no longer honor ICE detainers, sheriff says', 'The policy starts next month.'],
    ['a state law on cooperating with ICE', 'Lawmakers pass bill requiring jails to cooperate with ICE', 'Sheriffs in 40 counties must sign agreements.'],
    ['worksite enforcement at dairies', 'Dairy owners brace for worksite enforcement in Idaho', 'Several farms were told to expect visits this fall.'],
    ['audits of employment documents', 'Meat plants face audits of employment documents', 'Managers said dozens of workers quit before the I-9 review.'],
    ['padres que temen las redadas', 'Padres en Chicago temen mandar a sus hijos a clases tras los operativos', 'Las escuelas del barrio reportan baja asistencia.'],
    ['a parish where Mass attendance fell', 'Fear of raids empties Sunday Mass in Houston parishes', 'Priests say families stay home after arrests nearby.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a tax audit', 'Audits of employment documents find payroll tax errors, IRS says', 'Small firms owed $2 million.'],
    ['a safety inspection', 'OSHA safety inspections check work documents at refinery', 'Inspectors found missing training records.'],
    ['fear of a school shooting threat', 'Parents in Dallas fear sending kids to school after threats', 'Police arrested a teen over the social media posts.'],
    ['operativos contra el narco en México', 'Padres en Culiacán temen enviar a sus hijos a la escuela por operativos', 'Los enfrentamientos del cártel siguen en Sinaloa.'],
    ['ice cream and hockey', 'Hockey club will cooperate with ICE rink owners on new season', 'The skating program returns in October.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('detention and courts by place; people hidden in trucks, trailers and freight cars; paid smuggling crashes', () => {
  it.each([
    ['hearings for the detained at Port Isabel', 'Hearings reset for detainees held at Port Isabel', 'Lawyers learned of the new dates by email.'],
    ['a trailer trial', 'Jury hears from survivor of trailer where 20 died', 'He said the people in the back pounded on the walls.'],
    ['personas en la caja de un camión', 'Hallan sin vida a cuatro personas en la caja de un camión en Veracruz', 'Eran originarios de Honduras.'],
    ['un vagón de carga', 'Rescatan a 30 personas encerradas en un vagón de carga en Sonora', 'Viajaban desde hacía dos días.'],
    ['a driver paid per passenger', 'Rollover near Laredo kills two; driver was paid per passenger', 'Deputies said he had picked up the group that morning.'],
    ['un accidente en San Luis Potosí', 'Accidente de tráiler en San Luis Potosí deja 7 muertos', 'Los fallecidos viajaban ocultos; eran originarios de Guatemala.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a beach town', 'Port Isabel beach cleanup draws 300 volunteers', 'Tourists and families picked up trash near the lighthouse.'],
    ['a trailer fire', 'Two people died in trailer fire; heater blamed', 'Neighbors said the family was asleep in the back room.'],
    ['a stolen truck', 'Hallan camión robado abandonado con dos personas dentro', 'La policía investiga el robo.'],
    ['a bus crash', 'Choque de autobús deja 5 muertos en Zacatecas', 'Los pasajeros viajaban hacinados en el camión.'],
    ['a school pick-up crash', 'Crash near Laredo school pick up line injures two passengers', 'A parent rear-ended another car.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('Europe: land-border pushbacks and the smugglers behind a shipwreck', () => {
  it.each([
    ['a pushback into Bosnia', 'Croatian police filmed pushing people back across the Bosnia border', 'Men were beaten and their phones taken.'],
    ['Belarus and Poland', 'Polish guards report 300 attempts to cross the fence from Belarus', 'Soldiers patrol the forest at night.'],
    ['Lithuania pushbacks', 'Lithuania legalises pushbacks at its frontier', 'Rights groups say people are left in the forest.'],
    ['smugglers charged after a wreck', 'Italy charges three smugglers after shipwreck off Calabria', 'More than 90 people drowned.'],
    ['a wreck off Greece', 'Greek coast guard searches for survivors after boat sinks off Kalamata', 'At least 60 people were on board.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a football match', 'Croatian fans try to cross the fence at Bosnia match', 'Police fired tear gas at the stadium.'],
    ['a farm protest', 'Polish farmers block trucks trying to cross from Ukraine', 'Grain imports anger growers.'],
    ['an ancient wreck', 'Divers find ancient Roman shipwreck used by smugglers off Greece', 'Archaeologists say the cargo was wine.'],
    ['a tourist ferry', 'Greek ferry rescues tourists after boat fire off Rhodes', 'All passengers were safe.'],
    ['a cigarette-smuggling wreck', 'Capsized boat carried cigarettes for smugglers, coast guard says', 'Two crew were rescued.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('reception and programs told without their names: released families, protection requests, app appointments, sponsors', () => {
  it.each([
    ['released families in a border city', 'El Paso opens a gym for released families', 'Border Patrol drop-offs reached 900 a day.'],
    ['people by the river requesting protection', 'Hundreds camp by the river in Reynosa to request protection', 'Families say they have waited weeks.'],
    ['people on the move in Chiapas', 'Church hostels in Chiapas overwhelmed by people on the move', 'The network counted 6,000 arrivals in a month.'],
    ['citas en la aplicación', 'Sin citas en la aplicación, familias duermen junto a la garita en Tijuana', 'Revisan el celular cada mañana.'],
    ['sponsors of relatives', 'Sponsors of Haitian relatives fear loss of status', 'The humanitarian program ended without notice.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a protective order', 'Judge in El Paso lets woman seek protection order against ex', 'The hearing is set for Monday.'],
    ['school drop-offs', 'New school drop-offs lane eases traffic in Tucson', 'Parents and agents of the district welcomed it.'],
    ['hostages released', 'Released families of hostages return to Guatemala', 'The kidnapping ended after five days.'],
    ['a dentist app', 'Tijuana dentists fill app appointments for patients crossing the bridge', 'Clinics near the port are busy.'],
    ['a sports sponsor', 'Venezuelan baseball team signs new sponsor deal', 'The brand will appear on jerseys; status of the league is unchanged.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('traps judged at the rule: the rule stays out even where another rule or the model may judge the item', () => {
  it('drugs hidden in a truck are not people in a truck', () =>
    expect(rules('Decomisan droga oculta en camión; detienen a dos personas', 'La cocaína iba en la caja.')).not.toContain('people-in-trailers'));
  // The rule names the app story; on this wording the beat floor (p 0.08) still vetoes it, a known limit of
  // the floor on short text with no other beat word.
  it('app appointments at the bridge are matched by the rule', () =>
    expect(rules('Families camped in Nuevo Laredo refresh the app for appointments at the bridge', 'Dates at the port run out within minutes each morning.')).toContain('policies-places'));
  it('trusted-traveler appointments are not the asylum app', () =>
    expect(rules('SENTRI app appointments open at the Otay Mesa port of entry', 'Travelers can book interviews online.')).not.toContain('policies-places'));
});

describe('stories the rules alone missed on holdout5 (the model saved them): each class named by the rules too', () => {
  it.each([
    ['people expelled at a border city', 'Volunteers in Juárez document thefts against families expelled overnight', 'The women said they were robbed soon after crossing the bridge.'],
    ['familias expulsadas', 'Albergue de Reynosa recibe a familias expulsadas por la madrugada', 'Los niños llegaron sin zapatos.'],
    ['picked up in the brush', 'Pickup fleeing troopers rolls over near Cotulla', 'The driver had loaded 11 people from the brush minutes earlier.'],
    ['people in a tanker truck', 'Agents find 12 people locked in a tanker truck near Laredo', 'There was no ventilation inside the tank.'],
    ['an overheated truck', 'Three charged after 15 people found in overheated truck in Texas', 'The men had been promised a ride to Dallas.'],
    ['the Flores settlement', 'Judge says government broke the Flores settlement at two facilities', 'Children were held for more than 20 days.'],
    ['humanitarian protections for a nationality', 'Court lets government end humanitarian protections for Venezuelans', 'About 250,000 people could lose work permits.'],
    ['setting off on foot from Tapachula', 'Hundreds set off on foot from Tapachula toward Mexico City', 'Families said they had waited months for papers.'],
    ['people held for ransom', 'Deputies free 14 men held for ransom in a Phoenix home', 'Their relatives in Guatemala had been asked for $3,000 each.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['students expelled', 'Tijuana school expelled 12 students after a fight', 'Parents and children met with the principal.'],
    ['party members expelled', 'Partido expulsa a militantes en Matamoros', 'Los miembros apoyaron a otro candidato; hay mujeres y hombres entre ellos.'],
    ['a fuel tanker crash', 'Tanker truck explosion kills three people near Laredo', 'The gasoline spill closed the highway.'],
    ['an ice cream truck', 'Ice cream truck overheated; people locked out of the parade', 'The driver was hidden from view.'],
    ['a Tapachula marathon', 'Thousands set off on foot in the Tapachula half marathon', 'Runners from Chiapas and Guatemala raced.'],
    ['a kidnapped tourist', 'U.S. tourist held for ransom in Guatemala freed', 'The men who held him demanded $50,000; the FBI helped in Texas.'],
    ['a film about the river', 'Documental sobre el río Bravo se estrena en Guadalajara', 'La cinta retrata a los pescadores de la cuenca.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('found by probing with invented stories: fence climbing, non-Mexicans returned, irregular entries, the refugee cap, leaving for the U.S.', () => {
  it.each([
    ['people climbing the fence', 'Video shows people climbing the fence in Tijuana at dawn', 'Agents on the U.S. side detained the group.'],
    ['treparon el muro', 'Treparon el muro en Ciudad Juárez y se entregaron', 'El grupo de 40 personas esperó a los agentes.'],
    ['non-Mexicans returned', 'Mexico takes in non-Mexicans returned under new U.S. deal', 'The first 300 arrived in Tijuana on Monday.'],
    ['irregular entries', 'Chile sends troops to northern frontier to stop irregular entries', 'Colchane has seen hundreds cross from Bolivia each day.'],
    ['the refugee cap', 'Refugee cap set at 7,500 for next year', 'Most slots go to white South Africans.'],
    ['leaving for the U.S.', 'Ecuadorians leave for the U.S. as extortion grips Guayaquil', 'Bus terminals fill with families heading to Mexico.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a climbing gym', 'New climbing wall opens at Tijuana gym', 'Families and groups can book routes on weekends.'],
    ['a cat on the wall', 'Firefighters rescue cat that climbed a wall in Nogales', 'Neighbors and agents of civil protection helped.'],
    ['foreign players', 'Liga MX club signs two non-Mexicans for the Apertura', 'The players arrive next week.'],
    ['accounting entries', 'Audit finds irregular entries in city ledger', 'The accounting firm flagged $2 million.'],
    ['a team travelling', 'Venezuelans head to the Caribbean Series in Mexico', 'The baseball team flies out on Monday.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('second probe: Australia\'s boat route; river sports, earthquakes, staff tournaments and stolen cars kept out', () => {
  it.each([
    ['a boat turned back off Christmas Island', 'Australia turns back boat carrying Sri Lankans', 'Operation Sovereign Borders said it was intercepted off Christmas Island.'],
    ['offshore processing on Nauru', 'Court rules on offshore processing contract for Nauru', 'About 100 people remain on the island.'],
    ['people smuggled in cars', 'Smuggling suspect caught with eight people in car near Laredo', 'Agents said the group had crossed the river.'],
    ['cruzar el río nadando', 'Mueren dos al cruzar el río Bravo en Piedras Negras', 'La corriente los arrastró frente a Eagle Pass.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a kayak expedition', 'Remeros cruzan el río Bravo en kayak por una causa ambiental', 'Recorrerán 300 kilómetros hasta el Golfo.'],
    ['an earthquake on the southern border', 'Sismo sacude la frontera sur; no hay daños', 'El epicentro fue en Tapachula.'],
    ['a staff softball game', 'Border Patrol sector softball tournament raises funds', 'Agents played at the El Centro fairgrounds.'],
    ['stolen cars', 'Smuggling ring caught moving stolen cars to Mexico', 'Police recovered 80 SUVs in El Paso.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('third probe: South Texas ranch deaths, shelters in Tucson and San Diego, returnees; bands and stolen goods kept out', () => {
  it.each([
    ['bodies on a ranch near Encinal', 'Bodies of two men found on ranch near Encinal', 'The Webb County sheriff said they likely died of heat while walking north.'],
    ['a Tucson shelter', 'Tucson shelter sees more families from Mauritania', 'Volunteers say West Africans now arrive daily after long flights to Nicaragua.'],
    ['a returnee flight', 'Guatemala receives 5th flight of returnees this week', 'Those returned were flown from Alexandria, Louisiana.'],
    ['a stash house of people', 'Agents raid stash house in El Paso', 'Eighteen people were found inside; two guards fled.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a band called Deportees', 'Deportees: indie band plays El Paso', "Their album 'Sent Back' tops charts."],
    ['a stash house of stolen goods', 'Stash house of stolen goods found in Phoenix', 'Police recovered TVs and laptops.'],
    ['an animal shelter in Tucson', 'Tucson shelter waives adoption fees for dogs', 'The shelter has 400 animals.'],
    ['returnee astronauts', 'Returnees from the space station land safely', 'The astronauts spent six months in orbit.'],
    ['a hiker found on a ranch', 'Body of hiker found on ranch near Cotulla', 'He died of heat while hiking; the Texas medical examiner ruled.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('headlines that carry the story alone (feeds without a summary)', () => {
  it.each([
    ['asylum in a Senate deal', 'Senate negotiators near deal on asylum limits'],
    ['the detention population', 'ICE detention population hits record'],
    ['bodies in the Darién', 'Rescuers recover six bodies in the Darién'],
    ['cruzó el desierto', 'Guatemalteca cuenta cómo cruzó el desierto de Sonora embarazada'],
    ['coyotes sentenced', 'Two men who guided groups for coyotes across the Arizona desert are sentenced'],
    ['Sheinbaum and the border', 'Sheinbaum envía 10 mil elementos a la frontera'],
    ['personas dentro de un tráiler', 'Localizan a 80 personas dentro de un tráiler en Puebla'],
    ['the Channel', 'Francia y Reino Unido pactan devolver a quienes crucen el Canal de la Mancha en bote'],
    ['bodies at Evros', 'Greek police find bodies of five men in forest near Turkish border'],
    ['Rohingya camps', 'Fire destroys shelters in Rohingya camps in Cox\'s Bazar'],
    ['families at a bus station', 'Familias hondureñas duermen en la central de autobuses de Saltillo'],
    ['desplazados en albergues', 'Llegan desplazados por la violencia de Chiapas a albergues de Tabasco'],
    ['situación de movilidad', 'Sonora abre oficina para personas en situación de movilidad'],
  ])('%s', (_c, title) => expect(match(title)).toBe(true));
  it.each([
    ['a record label', 'Asylum Records signs deal with Houston rapper'],
    ['a county jail', 'County jail detention population falls as bail reform takes hold'],
    ['Channel swimmers', 'Nadadores cruzan el Canal de la Mancha por una causa benéfica'],
    ['the Channel tunnel', 'Eurostar trains cross the Channel again after tunnel fault'],
    ['hikers in a border forest', 'Hikers find bodies of two bears in forest near Polish border with Belarus'],
    ['a Rohingya film', 'Rohingya director wins award in Venice'],
    ['a love story on screen', "'Frontera' llega a las pantallas con una historia de amor en Tijuana"],
    ['desplazados por un huracán', 'Desplazados por la tormenta llegan a albergues de Acapulco'],
    ['a player sent down', "Astros 'deport' rookie to minors"],
  ])('%s stays out', (_c, title) => expect(match(title)).toBe(false));
});

describe('fourth probe: remains of people trying to cross, African newcomers; border art and food festivals kept out', () => {
  it.each([
    ['restos de quienes intentaban cruzar', 'Colectivo halla restos en Sonora de hombres que intentaban cruzar', 'Eran de Honduras, según sus familias.'],
    ['remains of someone trying to cross', 'Remains found near Sasabe belong to woman trying to cross, family says', 'She left Guatemala in May.'],
    ['African newcomers', 'Town in Maine welcomes Angolan families', 'Volunteers found apartments for 40 newcomers from the Congo and Angola.'],
    ['the border wall itself', 'Contractors add 20 miles of border wall in Arizona', 'The panels are 30 feet tall.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['people crossing the street', 'Hallan cuerpos de dos hombres que intentaban cruzar la carretera en Sonora', 'Fueron atropellados por un tráiler.'],
    ['border wall art', 'Border wall art installation draws visitors in Nogales', 'Artists painted the bollards in bright colors.'],
    ['a food festival', 'Tijuana taco festival draws crowds from San Diego', 'Vendors crossed the border with their trucks.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('fifth probe: the Horn of Africa sea route, detention in Libya, the Juárez estancia; events named after policies kept out', () => {
  it.each([
    ['a wreck off Djibouti', 'Bodies of six wash ashore in Djibouti after boat capsizes', 'The passengers were from Ethiopia.'],
    ['detention centres in Libya', 'Amnesty report documents abuses in Libyan detention centres', 'Survivors described forced labour and extortion.'],
    ['la estancia provisional', 'Ciudad Juárez: a un año del incendio en la estancia provisional', 'Familias de las 40 víctimas exigen justicia.'],
    ['Operation Lone Star itself', 'Operation Lone Star troops string more wire near Eagle Pass', 'The state has spent $11 billion.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a missile off Yemen', 'Houthi missile hits cargo boat off Yemen', 'The crew was rescued by a warship.'],
    ['a race named after a policy', 'Operation Lone Star Half Marathon raises money for veterans', 'Runners finished at the Capitol.'],
    ['an escape room', 'Alligator Alcatraz escape room opens in Orlando', 'Players have 60 minutes to get out.'],
    ['a friendly across the border', 'Cruz Azul cruza la frontera para amistoso en Texas', 'Jugará en Houston.'],
    ['an agent on a game show', 'Border Patrol agent is a contestant on a TV game show', 'He won $50,000.'],
    ['Gaddafi-era prisons', 'Libya opens Gaddafi-era detention centre as museum of political prisoners', 'Former inmates gave tours.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('sixth probe: guides of groups, falls off the barrier, holding sites, the missing in the desert, family separation', () => {
  it.each([
    ['a guide pleads guilty', 'Man pleads guilty to guiding group through mountains east of San Diego', 'Three in the group died of hypothermia.'],
    ['falls off the barrier', 'Yuma hospital strained by injuries from falls off the barrier', 'Doctors treated 30 people with broken legs in a month.'],
    ['a federal holding site', 'Nogales residents protest plan for federal holding site', 'The facility would house up to 1,000 adults.'],
    ['a son missing in the desert', "A father's search for his son who vanished in the Arizona desert", 'He last spoke to him from a ranch near Arivaca.'],
    ['desaparecidos en el desierto de Altar', 'Reportan a 15 desaparecidos tras cruzar el desierto de Altar', 'Sus familias piden ayuda a la Cancillería.'],
    ['walking north from Chiapas', 'Mexican troops block path of group walking north from Chiapas', 'The group had grown to 2,000 people.'],
    ['separated at the border', 'Guatemalan mother reunited with son after four years', 'They were separated at the border in 2018.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a tour guide', 'Tour guide charged after hikers die in Arizona desert heat', 'The group of tourists ran out of water.'],
    ['a hiker missing', 'Hiker missing in the Arizona desert found alive near Ajo', 'The man and his dog were dehydrated.'],
    ['a county holding facility', 'County holding facility in Tucson over capacity, jail says', 'Inmates sleep on the floor.'],
    ['a meat processing facility', 'Meat processing facility opens near El Paso', 'The plant will employ 300 adults from the county.'],
    ['a roofer who fell', 'Worker falls off wall at Yuma construction site, suffers fractures', 'The scaffold collapsed.'],
    ['turtle nests', 'Border patrol of a different kind: volunteers guard sea turtle nests on Padre Island', 'Rangers say hatchlings are up.'],
    ['a rocket launch', 'Brownsville SpaceX launch draws crowds from Matamoros', 'Spectators crossed to watch.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('seventh probe: street releases, unaccompanied kids, overstayers, flights carrying nationals, people on freight trains and in dry boxes', () => {
  it.each([
    ['street releases', 'San Diego County stops street releases funding', 'Nonprofits say hundreds will be left at transit stations.'],
    ['unaccompanied kids', 'Judge orders government to restore legal aid for children in custody', 'The contract for unaccompanied kids had been cut.'],
    ['overstayers', 'Visa overstayers targeted in new enforcement push', 'Letters were sent to 20,000 people.'],
    ['a flight carrying nationals', 'Flights carrying Venezuelans to Caracas resume', 'The first plane left Harlingen with 180 aboard.'],
    ['un joven sobre el tren de carga', 'Tren de carga arrolla a joven hondureño en Irapuato', 'Viajaba sobre el techo rumbo a la frontera.'],
    ['personas asfixiadas en una caja seca', 'Hallan a 6 personas asfixiadas en una caja seca en Nuevo León', 'El chofer huyó.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it('families turned away at a bridge are matched by the rule (the beat floor may still judge thin wording)', () =>
    expect(rules('Families turned away at El Paso bridge sleep on the sidewalk', 'Officers told them to use the app.')).toContain('reception-en'));
  it.each([
    ['a film street date', 'Street releases this week: new thrillers on DVD', 'Titles from El Paso studios are included.'],
    ['drivers turned away', 'Drivers turned away at El Paso bridge during repairs', 'Families in cars waited two hours.'],
    ['a truck hit by a freight train', 'Tren de carga arrolla a camioneta en Irapuato', 'El conductor resultó herido.'],
    ['a water main break', 'Eagle Pass mayor declares emergency over water main break', 'Residents boil water.'],
    ['a stolen dry box', 'Caja seca con mercancía robada recuperada en Nuevo León', 'La policía detuvo a dos.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('Spanish gender: a rule that names people in one gender names them in the other (the stemmer folds number, not gender)', () => {
  it.each([
    ['mujeres hacinadas en un retén', 'Choque cerca de un retén en Coahuila: viajaban hacinadas 20 mujeres', 'Las personas iban en una camioneta; dos murieron.'],
    ['fallecidas en un tráiler', 'Encuentran a tres fallecidas en la caja de un tráiler', 'Las víctimas eran mujeres; había personas ocultas.'],
    ['detenidas en Sásabe', 'Agentes en Sasabe reportan 60 detenidas en una semana', 'La mayoría eran madres con niños.'],
    ['deportadas y refugiadas', 'Nicaragua destierra a opositoras: deportadas a Guatemala, piden ser refugiadas', 'Son 12 mujeres despojadas de su nacionalidad; exiliadas en Costa Rica.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('Spanish gender of nationalities and travellers: the feminine forms count where the masculine ones do', () => {
  it.each([
    ['hondureñas en un choque', 'Vuelca camioneta en Coahuila; viajaban ocultas 12 hondureñas', 'Dos murieron en el accidente en Piedras Negras.'],
    ['cubanas en balsa', 'Balseras cubanas llegan a Cayo Hueso', 'La Guardia Costera las recibió.'],
    ['venezolanas retornadas', 'Llegan a Caracas 90 venezolanas en vuelo de retorno desde Estados Unidos', 'Muchas viajaban con hijos.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it('the Central American Games stay out in either gender', () =>
    expect(match('Atletas centroamericanas ganan oro en los Juegos Centroamericanos', 'La selección de Guatemala suma 20 medallas.')).toBe(false));
});

describe('eighth probe (Mexican press): drownings on the way to El Paso, Mexicans bracing for raids in U.S. cities; holiday traffic at a garita kept out', () => {
  it.each([
    ['ahogados al intentar llegar a El Paso', 'Aumentan muertes por ahogamiento en el canal de riego de Juárez', 'Las víctimas intentaban llegar a El Paso.'],
    ['redadas en Chicago', 'Mexicanos en Chicago se preparan ante redadas', 'Abogados dan talleres gratuitos.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['holiday traffic at a garita', 'Baja la afluencia en la garita de El Chaparral por vacaciones', 'Los turistas regresan a San Diego.'],
    ['a police raid on bars', 'Redadas de la policía en bares de Houston: detienen a trabajadores', 'Buscaban drogas en los antros.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('ninth probe (migration elsewhere): Finland\'s closed crossings, people walking to Aswan, xenophobic raids, voluntary returns, Colchane, the Dominican wall', () => {
  it.each([
    ['Finland keeps its crossings closed', 'Finland keeps eastern crossings closed amid Russia dispute', 'Helsinki says Moscow is sending people to the frontier.'],
    ['Sudanese on foot', 'Thousands of Sudanese reach Egypt\'s Aswan', 'Many walked for days through the desert.'],
    ['xenophobic raids', 'Xenophobic mobs raid shops owned by foreigners in Durban', 'Police say 40 people were hurt.'],
    ['voluntary returns', 'Sweden expands voluntary return grants', 'Payments rise to $34,000 per person.'],
    ['Colchane', "Chile's north overwhelmed by arrivals from Bolivia", "Colchane's mayor asks for troops."],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it('the Dominican wall on the Haiti border is matched by the rule (the beat floor may still judge it)', () =>
    expect(rules('Dominican Republic builds wall on Haiti border', 'The 164 km barrier is half complete.')).toContain('wall-and-ports'));
  it.each([
    ['a World Cup exit', 'Germany deports champion to World Cup group stage exit', 'Fans mock the defending champions.'],
    ['small-boat sales', 'UK small-boat sales top record as sailing booms', 'Marinas report waiting lists.'],
    ['xenophobic chants at a match', 'Club fined for xenophobic chants against foreign players', 'The match in Madrid was stopped.'],
    ['venezolanos de a pie', 'Venezolanos de a pie sufren por la inflación en Caracas', 'Los precios subieron 20% en un mes.'],
    ['a Haitian-Dominican baseball wall', 'Dominican baseball stadium wall honors Haitian players near the border', 'The mural was painted by fans.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('tenth probe (traps): "X of a different kind" and animals named as migrants, asylum seekers or deportees; a charity ride across the border', () => {
  it.each([
    ['cats as asylum seekers', 'Asylum seekers of a different kind: cats find refuge in Tijuana café', 'The owners adopt strays.'],
    ['swallows as migrant workers', 'Migrant workers of the sky: swallows return to Capistrano', 'Crowds gather for the festival.'],
    ['invasive fish deported', 'Deportation of invasive fish from Rio Grande begins', 'Biologists remove armored catfish.'],
    ['a charity bike ride', 'Border crossing of a different kind: students bike from Canada to Mexico', 'They raise money for cancer.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['migrant workers at a fish plant', 'Migrant workers sickened at Alaska fish plant', 'The crew of 40 came on seasonal visas.'],
    ['asylum seekers in a hotel with cats', 'Asylum seekers moved from London hotel', 'The Home Office said 200 people were relocated.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
