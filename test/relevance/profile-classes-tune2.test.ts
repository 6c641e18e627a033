/**
 * Failure classes found on the fresh tuning split tune2 (eval/data/relevance-tune2.jsonl), each fixed as a
 * family of wording in the default profile. Every sentence here is written for these tests (none is copied
 * from eval/data): each class has stories that must pass and the traps that share its words.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('smuggling crashes and chases told without migrant, border or checkpoint words', () => {
  it.each([
    ['a pursuit and people crammed in a van', 'Van rolls over during pursuit near Carrizo Springs', 'Deputies said 14 people had been crammed in the back; two died.'],
    ['a crash after picking people up near the river', 'Pickup fleeing deputies crashes outside Eagle Pass', 'The driver had picked up nine passengers near the river, officials said.'],
    ['volcadura con personas ocultas', 'Volcadura en la carretera a Caborca deja tres muertos', 'Los ocupantes viajaban ocultos en la caja de la camioneta.'],
    ['choque con personas de varias nacionalidades', 'Choque de camioneta en Chiapas: 6 muertos y 20 heridos', 'Las personas, de distintas nacionalidades, iban hacinadas en la batea.'],
    ['an overloaded pickup and people who had paid', 'Nine die when overloaded pickup flips in Zavala County', 'Survivors told deputies they had paid to be driven to San Antonio.'],
    ['survivors of a named nationality', 'Mueren 10 al volcar camión que transportaba a 80 personas en Oaxaca', 'Los sobrevivientes dijeron ser hondureños y guatemaltecos.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a robbery chase', 'Robbery suspects crash after pursuit in Laredo', 'Two passengers hidden under a blanket were also arrested.'],
    ['a drunk-driving crash', 'Drunk driver crashes into bus stop in McAllen', 'Three people packed at the stop were hurt.'],
    ['a school bus', 'School bus crash near Uvalde injures 12', 'The students were packed into the front rows.'],
    ['a crash far from the corridors', 'SUV crammed with 9 people crashes in Ohio pursuit', 'Police said the driver was fleeing a traffic stop.'],
    ['un accidente con aficionados', 'Accidente de autobús con aficionados en Reynosa', 'Las personas viajaban hacinadas rumbo al estadio.'],
    ['a tour bus', 'Bus crash near El Paso injures 30 passengers on a church tour', 'The riders, Salvadorans from Houston, were packed into the back rows.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('sea routes: wrecks named by a coast\'s adjective, NGO rescue ships, boats with a nationality', () => {
  it.each([
    ['a wreck off a Tunisian coast', 'Fishermen find 14 bodies after dinghy sinks off Tunisian coast', 'Coast guard officers in Sfax said the boat had left at night.'],
    ['an NGO ship and its port', 'Sea-Watch ship told to sail to Genoa with 60 rescued aboard', 'The crew says the assigned port is four days away.'],
    ['a rescue ship in Spanish', 'Barco humanitario desembarca en Sicilia a 150 náufragos', 'La ONG denunció la política del gobierno italiano.'],
    ['a capsized lancha with Cubans', 'Buscan a seis cubanos tras naufragio frente a Cozumel', 'La lancha zarpó de Pinar del Río hace una semana.'],
    ['a vessel with Haitians', 'Vessel carrying 70 Haitians runs aground near Key Largo', 'Deputies and firefighters helped people ashore.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a cruise ship rescue', 'Cruise ship rescues four sailors off Crete', 'The tourists watched as the crew hoisted the yacht crew aboard.'],
    ['a rescue ship as a museum', 'Old lifeboat becomes a rescue ship museum in Cornwall', 'Visitors can climb aboard from June.'],
    ['a Cuban boxer', 'Boxeador cubano llega en lancha a la pelea en Cancún', 'Los aficionados lo recibieron en el muelle.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('countries expelling foreigners and host countries taking in a nationality', () => {
  it.each([
    ['expels foreigners', 'Peru expels 40 foreigners on chartered flight', 'The government said they had entered without visas.'],
    ['a nationality expelled', 'Dominican Republic expels thousands of Haitians each week', 'Rights groups describe raids in poor neighbourhoods.'],
    ['expulsa a extranjeros', 'Panamá expulsa a 29 extranjeros por ingreso irregular', 'Fueron enviados a Colombia en un vuelo de la policía.'],
    ['a country takes in a nationality', 'Uruguay acoge a 300 venezolanos en plan de reasentamiento', 'Las familias llegaron a Montevideo desde Cúcuta.'],
    ['relocated nationals', 'Afghans relocated from Qatar camp to Germany', 'The first group of 200 landed in Leipzig.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['players sent off', 'Referee expels two foreigners in derby brawl', 'The league will review the red card on Monday.'],
    ['diplomats expelled', 'Russia expels foreign diplomats after spy row', 'The embassy staff have a week to leave.'],
    ['fans taken in', 'Madrid acoge a 20 mil aficionados colombianos para la final', 'El estadio abrirá sus puertas a mediodía.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('what enforcement does to work and families, told without immigration words', () => {
  it.each([
    ['crews vanish after checks', 'Roofing companies in Atlanta short of crews after workplace raids', 'Owners say half their workers stopped showing up.'],
    ['farm labour shortage', 'Growers in the Central Valley face shortage after I-9 audits', 'Farmhands left before the harvest, a trade group said.'],
    ['jornaleros que dejan de ir', 'Jornaleros de Phoenix dejan de ir a las esquinas tras redadas', 'Los contratistas reportan escasez de mano de obra.'],
    ['miedo a las redadas', 'Iglesias de Houston pierden fieles por el miedo a las redadas', 'Las misas en español se vacían los domingos.'],
    ['fear of ICE', 'Clinics in Chicago see fewer patients out of fear of ICE', 'Doctors worry about untreated chronic illness.'],
    ['temor a ICE', 'Escuelas de Los Ángeles registran ausencias por temor a ICE', 'Los padres prefieren no salir de casa.'],
    ['returning home on their own', 'More Guatemalans returning home from the United States on their own', 'Families sell cars and furniture before the trip.'],
    ['autodeportación', 'Aumentan las solicitudes de autodeportación en los consulados', 'El programa ofrece boletos de avión y un apoyo económico.'],
    ['crews that did not show up after agents came', 'Construction sites in Dallas go quiet after federal agents visit', 'Foremen say half the crews did not show up.'],
    ['obras sin albañiles', 'Obras en San Antonio se quedan sin albañiles tras operativos', 'Los contratistas dicen que la mano de obra desapareció.'],
    ['ICE sweeps', 'Restaurants close early as cooks stay home amid ICE sweeps', 'Owners in Nashville say kitchen staff are afraid.'],
    ['bajo custodia de ICE', 'Muere salvadoreño bajo custodia de ICE en Arizona', 'El consulado pidió una autopsia independiente.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a traffic enforcement push', 'Speeding enforcement surge leaves city short of crews for road repair', 'Police say workers were reassigned to patrols.'],
    ['a strike', 'Workers stay home as union strike enforcement begins', 'The factory in Monterrey stood idle.'],
    ['tourists back from a holiday', 'Familias mexicanas regresan desde Estados Unidos tras las vacaciones de verano', 'Los parques de Orlando registraron récord de turistas.'],
    ['fear of ice on the roads', 'Commuters stay home in fear of ice on roads', 'Crews spread salt on sidewalks and bridges overnight.'],
    ['an ice storm keeps crews home', 'Ice storm: road crews stay home as highways freeze', 'The city asked residents to avoid travel.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('sports, housing, energy and tourism news about the border cities stays out', () => {
  it.each([
    ['a high-school game', 'Brownsville Eagles win border rivalry game in overtime', 'The quarterback scored twice in the fourth.'],
    ['a border-city club goleada', 'Dorados golea a los Mineros en la frontera de Chihuahua', 'El club fronterizo suma cinco partidos sin perder.'],
    ['a striker signing', 'Border club in Juárez signs Uruguayan striker', 'He joins from Peñarol on a two-year deal.'],
    ['housing prices', 'Home prices in Laredo outpace Texas as border city grows', 'Realtors say inventory is at a record low.'],
    ['mortgages', 'Bienes raíces en Tijuana: suben las rentas en la frontera', 'Las inmobiliarias atribuyen el alza a compradores de San Diego.'],
    ['fuel trade', 'Gasoline exports to Mexico through Eagle Pass hit record', 'Refineries in Corpus Christi ship diesel by rail.'],
    ['energy at the border', 'Pemex firma contrato de gas natural en la frontera con Texas', 'El gasoducto llegará a Chihuahua en 2027.'],
    ['a poetry book', 'Sanctuary cities of memory: a debut poetry collection', 'The poet writes about her grandmother’s garden.'],
    ['ciudades santuario as a novel', "'Ciudades santuario', la nueva novela de una autora regiomontana", 'La obra se presenta en la feria del libro.'],
    ['remittances as a tourism metaphor', "Cruise passengers are Ensenada's new remittances", 'Tourists spent $120 each on shore, the port said.'],
    ['remesas del turismo', 'Los cruceristas, las nuevas remesas de Mazatlán', 'Los turistas dejaron 40 millones de pesos en la temporada.'],
    ['a border derby', 'Laredo Heat clinch border derby at home', 'The Heat beat the Brownsville side 3-1.'],
    ['un duelo fronterizo', 'Juárez FC vence a Tijuana en duelo fronterizo', 'Los Bravos ganaron con gol al minuto 90.'],
    ['rentals in a border town', 'Border town Airbnb boom: Tijuana rentals fill with Californians', 'Hosts raise prices for the summer.'],
    ['buyers crossing for homes', 'Rents soar in Nogales as Arizona buyers cross the border for cheaper homes', 'Agents list few properties under $200,000.'],
    ['a border novel', 'New novel follows a family across the U.S.-Mexico border', 'The novelist grew up in Tucson.'],
    ['a border poet', 'Poet laureate writes about life on the border in El Paso', 'The collection celebrates family and food.'],
    ['an agency reality show', "'Border Patrol' reboot: network orders a new season of the reality show", 'Cameras return to the Tucson desert.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['sanctuary policy in a city', 'City council votes to keep sanctuary policies', 'The sheriff will not honor detainers without a warrant.'],
    ['remittances from workers', 'Remittances to Honduras slow as construction jobs dry up in Texas', 'Families in San Pedro Sula say transfers are smaller.'],
    ['border city and migrants', 'Migrants in Eagle Pass wait for buses to San Antonio', 'The city opened a second respite site.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('detention, trafficking, reception of minors, forced exile and the Darién villages', () => {
  it.each([
    ['a death in a detention centre', 'Hondureño muere en centro de detención de Luisiana', 'Activistas exigen que se revisen las condiciones médicas.'],
    ['a hunger strike by nationals', 'Venezuelans at Georgia detention center stage hunger strike', 'Lawyers say dozens refuse meals.'],
    ['trata en la frontera sur', 'Desarticulan red de trata que explotaba a hondureñas en Tenosique', 'La fiscalía rescató a nueve mujeres.'],
    ['trafficking at the border', 'Human trafficking ring used Laredo motels, prosecutors say', 'Victims from Guatemala were forced to work for no pay.'],
    ['trafficking victims from abroad', 'Labor trafficking survivors from Guatemala testify in Ohio', 'The men were lured with promises of farm jobs.'],
    ['minors on the islands', 'Ceuta supera los 400 menores tutelados y pide su reparto', 'Los centros de acogida de la ciudad están saturados.'],
    ['reception centres in English', 'Canary Islands reception centres at breaking point', 'Officials ask Madrid to distribute children among regions.'],
    ['stripped of nationality', 'Régimen retira la nacionalidad a 90 periodistas y los destierra', 'Los desterrados llegaron a Costa Rica y pidieron refugio.'],
    ['made stateless and expelled', 'Nicaraguan dissidents stripped of citizenship land in Washington', 'The 222 former political prisoners were offered parole.'],
    ['a Darién village', 'La estación de Lajas Blancas se queda sin migrantes', 'Los funcionarios de Panamá cierran los comedores.'],
    ['Necoclí and the jungle', 'Necoclí ya no ve filas de personas rumbo a la selva', 'Las lanchas hacia Acandí salen casi vacías.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a cartel boss in custody', 'Capo mexicano pide cambio de centro de detención en Texas', 'Su defensa alega aislamiento extremo.'],
    ['se trata de', 'Se trata de la mayor feria de Tijuana', 'Más de 300 expositores participan.'],
    ['trafficking of goods', 'Wildlife trafficking ring smuggled parrots through Laredo', 'Agents seized 40 birds.'],
    ['foster care on the islands', 'Canarias busca familias de acogida para 200 niños', 'El programa de acogimiento familiar amplía las ayudas.'],
    ['an old exile remembered', 'Exiliados republicanos en México: una exposición en Bellas Artes', 'La muestra recuerda el asilo de 1939.'],
    ['a poet’s exile', 'Poeta cubano presenta libro sobre sus años de exiliados', 'La obra habla del asilo de la memoria.'],
    ['a beach town holiday', 'Capurganá y Necoclí esperan temporada récord de turismo', 'Los hoteles de la playa están llenos para la Semana Santa.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('enforcement at the river, local agreements, consulates and named detention sites', () => {
  it.each([
    ['troops on the river', 'Governor sends more troops to the Rio Grande after a surge', 'Soldiers will patrol a 40-mile stretch.'],
    ['drownings', 'Drownings in the Rio Grande reach a five-year high', 'Most of the dead were found near Eagle Pass.'],
    ['boyas en el río', 'Texas coloca más boyas en el río Bravo', 'El gobierno mexicano presentó una nota diplomática.'],
    ['a 287(g) agreement', 'County sheriff signs 287(g) agreement', 'Jail deputies will be trained to check status.'],
    ['citizenship status', 'Schools told to ask about citizenship status at enrollment', 'Civil rights groups plan to sue.'],
    ['a consulate and arrests', 'Consulate says 60 Guatemalans arrested in Mississippi plant operation', 'Staff are visiting the men in jail.'],
    ['a named detention site', 'Judge orders release of families held at Dilley', 'Lawyers say children were sick for weeks.'],
    ['expulsa a una nacionalidad', 'República Dominicana expulsa a 900 haitianas embarazadas', 'Las mujeres fueron llevadas a Dajabón.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['the Rio Grande water treaty', 'Rio Grande water treaty: Mexico owes Texas farmers', 'Drought leaves reservoirs low and agents of the irrigation district worried.'],
    ['a flood on the river', 'Flooding on the Rio Grande closes parks in Albuquerque', 'State police closed two bridges.'],
    ['paddling the river', 'Kayakers paddle the Rio Grande through Big Bend', 'Park rangers and agents of the outfitter led the trip.'],
    ['Brazil', 'Rio Grande do Sul: troops help flood victims', 'The army rescued 300 people.'],
    ['a consulate and tourists', 'Consulate warns Mexicans heading to Las Vegas after arrests at a casino', 'The tourists were detained for fighting.'],
    ['Krome Avenue', 'Crash on Krome Avenue leaves two held for questioning', 'The road was closed for hours.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('leisure, art and metaphor on route-city words', () => {
  it.each([
    ['a classic-car caravan', 'Caravan of classic cars crosses into Tijuana for car show', 'Owners from San Diego lined up at dawn.'],
    ['a wall mural', 'Border wall mural unveiled in Nogales by local artists', 'The painting faces the Mexican side.'],
    ['refugees of the housing crisis', 'Refugees of the housing crisis: Tijuana workers priced out', 'Rents doubled in two years.'],
    ['a chess tournament', 'El Paso hosts cross-border chess tournament', 'Players from Juárez and Las Cruces compete.'],
    ['a marathon', 'Juárez marathon draws runners from both sides of the border', 'The course crosses two bridges.'],
    ['smuggled parrots', 'Smuggled parrots seized at Laredo bridge', 'Inspectors found 30 birds in a car door.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['a caravan of people', 'Caravan reaches Tapachula outskirts', 'Organizers say 3,000 people set out from the Guatemalan border.'],
    ['a shelter at the holidays', 'Juárez shelter serves Christmas dinner to 400 newly arrived', 'Volunteers cooked for families from Venezuela.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('wildlife, tourism, bikes and concerts on the migration words', () => {
  it.each([
    ['migrant songbirds', 'Migrant songbirds return to South Padre Island', 'Birders counted 40 kinds of warblers.'],
    ['aves migrantes', 'Las aves migrantes llegan a la laguna de Cuyutlán', 'Biólogos cuentan miles de ejemplares.'],
    ['inmigración de especies invasoras', 'Inmigración de especies invasoras amenaza los humedales de Sonora', 'El pez diablo desplaza a la fauna nativa.'],
    ['tourists crossing', 'Turistas cruzan a Tijuana para el Día de Muertos', 'Los hoteles del centro están llenos.'],
    ['a cyclists caravana', 'Caravana de ciclistas recorre Chiapas por el día de la bicicleta', 'Los participantes salieron de Tapachula.'],
    ['a nationality at a concert', 'Nicaragüenses llegan a San José para el concierto de su cantante favorito', 'El estadio espera 30 mil personas.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['migrants with no wildlife words', 'Migrant workers in Georgia sue over unpaid wages', 'The men came on H-2A visas.'],
    ['a caravana of people', 'Nueva caravana sale de Tapachula hacia el norte', 'Unas 2 mil personas caminan por la carretera costera.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('programs, statuses and places of the beat by name; exodus, displacement and coyotes in their migration sense', () => {
  it.each([
    ['a caravan in Guatemala', 'Guatemalan police stop caravan near the Honduran line', 'Officers asked for documents at a roadblock.'],
    ['an exodus by nationality', 'Nicaraguan exodus doubles in a year', 'Most leave for Costa Rica and the United States.'],
    ['éxodo', 'Éxodo cubano: 500 mil salieron de la isla en dos años', 'Muchos volaron a Managua.'],
    ['displacement by gangs', 'Gangs drive 20,000 from their homes in Port-au-Prince', 'Families sleep in schools and churches.'],
    ['desplazados internos', 'Crecen los desplazados internos en Guerrero', 'Comunidades enteras huyen de la sierra.'],
    ['Uniting for Ukraine', 'Uniting for Ukraine paroles extended for a year', 'Sponsors say families are relieved.'],
    ['the visa lottery', 'State Department suspends the diversity visa lottery', 'Winners from 2025 are left in limbo.'],
    ['temporary foreign workers', 'Ottawa caps temporary foreign workers at 5 percent', 'Farmers in Ontario fear shortages.'],
    ['seasonal workers', 'Seasonal farmworkers from Guatemala land in Vancouver', 'They will pick berries until October.'],
    ['trespassing under Lone Star', 'Kinney County jails 30 men on trespassing charges', 'Troopers found them on a ranch near Brackettville.'],
    ['National Defense Area', 'Army adds a National Defense Area in Texas', 'Soldiers may hold anyone who enters the strip.'],
    ['CECOT', 'Venezuelans held in CECOT sue the United States', 'Lawyers say none had a hearing.'],
    ['denaturalization', 'Denaturalization cases double under new policy', 'Citizens who lied on forms could lose their status.'],
    ['Tarjeta de Visitante Regional', 'INM amplía la Tarjeta de Visitante Regional a hondureños', 'Podrán trabajar en Chiapas y Tabasco.'],
    ['a coyote who charged', 'Sentencian a coyote que cobraba 8 mil dólares por cruzar a Texas', 'Guiaba a los grupos por el desierto.'],
    ['coyotes who abandoned a group', 'Coyotes abandoned a group of 30 near the Arizona line', 'Agents found them without water.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a holiday exodus', 'Holiday exodus: record travelers at DFW', 'Airlines add flights for Thanksgiving.'],
    ['an exodus of talent', 'Tech exodus from San Francisco continues', 'Start-ups move to Austin.'],
    ['war displacement at a foreign frontier', 'Clashes at the Thai-Cambodian frontier displace thousands of villagers', 'Schools were turned into shelters.'],
    ['coyotes the animal', 'Coyote sightings rise in Tucson neighborhoods', 'Wildlife officials warn residents about pets.'],
    ['coyotes as fixers', 'Coyotes en oficinas de tránsito cobran por trámites de placas', 'La contraloría abrió una investigación.'],
    ['ghost hunters trespassing', 'Ghost hunters charged with trespassing at old asylum in Del Rio', 'The building is condemned.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('events, shows and wildlife on the words of the new rules', () => {
  it.each([
    ['a nationality at a championship', 'Monterrey acoge a colombianos en el campeonato de salsa', 'Las parejas compiten el sábado.'],
    ['an art exhibit arrives', 'Haitian art exhibit arrives in Miami', 'The paintings come from a museum in Port-au-Prince.'],
    ['a baseball series', 'Venezuelans arrive for the Caribbean Series in Mexicali', 'The champions land on Thursday.'],
    ['whales rescued at sea', 'Rescue ship frees stranded whales in the Mediterranean', 'Biologists rescued two pilot whales off Spain.'],
    ['an awareness run', 'Human trafficking awareness run in El Paso draws 500', 'Runners wore blue for the 5K.'],
    ['casino raids', 'Police raids on gambling dens leave casinos short of workers', 'Dealers stopped showing up.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('Spanish wording of captivity, returns, consulates, smugglers, adrift boats and European controls', () => {
  it.each([
    ['people held and their origin', 'Liberan a 23 personas secuestradas en Matamoros', 'Las víctimas, originarias de Honduras y Ecuador, eran retenidas en una casa.'],
    ['a nationality kidnapped', 'Venezuelans kidnapped in Reynosa freed by Mexican marines', 'Their families had paid ransom by phone.'],
    ['retornados', 'Honduras recibe a 200 retornados de Estados Unidos en San Pedro Sula', 'El centro de atención entrega kits de higiene.'],
    ['vuelos de retorno', 'Reanudan los vuelos de retorno a Guatemala desde Texas', 'El primero llegó con 130 personas.'],
    ['a consulate and detainees', 'Consulado de México en Atlanta visita a 80 detenidos tras redada', 'Los connacionales esperan audiencia.'],
    ['a people smuggler', 'Detienen a traficante de personas en Piedras Negras', 'Cobraba 6 mil dólares por persona.'],
    ['a reception station in Panama', 'Panamá reabre la estación de recepción de Lajas Blancas', 'Decenas de personas salieron de la selva.'],
    ['a boat adrift off Mexico', 'Marina rescata a 45 personas de una lancha a la deriva frente a Chiapas', 'Los náufragos habían salido de Guatemala.'],
    ['small boats in Spanish', 'Reino Unido registra récord de llegadas en pequeñas embarcaciones', 'Más de 800 personas cruzaron el Canal en un día.'],
    ['offshore centres in Albania', 'Italia traslada a Albania a otros 40 hombres rescatados', 'El centro de Gjader vuelve a abrir.'],
    ['European border controls', 'Polonia amplía los controles en sus fronteras con Alemania', 'Varsovia culpa a Berlín de devolver migrantes.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a kidnapped businessman', 'Secuestran a empresario originario de China en Sinaloa', 'La fiscalía investiga a una célula criminal.'],
    ['fishermen adrift', 'Pescadores a la deriva frente a Oaxaca son rescatados', 'La lancha se quedó sin motor.'],
    ['an airline return flight', 'Aerolínea suspende vuelos de retorno a Venezuela', 'Los pasajeros con boletos recibirán reembolso.'],
    ['an energy deal with Albania', 'Albania e Italia firman acuerdo energético', 'El cable submarino unirá ambos países.'],
    ['border controls for an animal disease', 'Alemania refuerza controles fronterizos por peste porcina', 'Los camiones con cerdos serán revisados.'],
    ['a TV series arrives at its end', "Serie colombiana 'Frontera Verde' llega a su final", 'La producción se estrenó en Netflix.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('bailouts, aid groups, named laws and programs, Rwanda, Ceuta attempts and pirogues', () => {
  it.each([
    ['a bailout into the brush', 'Troopers arrest driver after chase in Maverick County', 'Nine men ran into the brush after the pickup stopped.'],
    ['water drops in the desert', 'Volunteers restock water stations in the Sonoran desert', 'Humanitarian groups say deaths rise every July.'],
    ['an aid group by name', 'No More Deaths volunteers cited on federal land', 'They had left food near a trail.'],
    ['tent courts', 'Tent courts in Brownsville will close next month', 'Hearings move to video.'],
    ['work authorization', 'Work authorization backlog leaves thousands jobless', 'Applicants wait more than a year.'],
    ['citizenship ceremonies', 'Citizenship ceremonies canceled in three cities', 'The agency cited staffing.'],
    ['a named law', 'Governors push for the Laken Riley Act to be enforced', 'Jails must hold people charged with theft.'],
    ['an arrival centre by name', 'City closes Floyd Bennett Field tents', 'Families will move to hotels in Queens.'],
    ['the Rwanda scheme', 'Home Office revives a version of the Rwanda plan', 'Ministers say flights could start in spring.'],
    ['trying to reach Ceuta', 'Moroccan police stop 2,000 trying to reach Ceuta', 'Many were teenagers.'],
    ['a pirogue on the Atlantic route', 'Pirogue with 150 aboard reaches El Hierro', 'It left Senegal nine days ago.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a pirogue race', 'Pirogue race draws crowds on Louisiana bayou', 'Paddlers raced for a $500 prize.'],
    ['a festival on the island', "Randall's Island hosts a music festival", 'The Governors Ball returns in June.'],
    ['hikers’ water', 'Hikers leave water jugs on desert trails before a marathon in Arizona', 'Runners pass the stations at mile 10.'],
    ['a robbery chase', 'Deputies chase robbery suspects into the brush near Laredo', 'Two men were arrested.'],
    ['a TV series named like a phrase', "Actores de 'Al otro lado' presentan la serie en Monterrey", 'El melodrama se grabó en Tecate.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('the senses of the new status and rescue words that are not the beat', () => {
  it.each([
    ['rescues after an earthquake', 'Syrians rescued from earthquake rubble in Aleppo', 'Crews worked through the night.'],
    ['a school civics test', 'Arizona students must pass the citizenship test to graduate', 'High school seniors take it online.'],
    ['seasonal jobs at resorts', 'Seasonal workers flock to Canada ski resorts', 'Whistler hires 3,000 for the winter.'],
    ['teen work permits', 'Teens need work permits for summer jobs, state says', 'Lifeguards must be 15 or older.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['work permits for asylum seekers', 'Asylum seekers wait months for work permits', 'Lawyers say the backlog is growing.'],
    ['a harder citizenship test', 'Citizenship test gets harder under new rules', 'Applicants must answer 20 questions.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('a nationality adjective on a thing or an official is not people on the move', () => {
  it.each([
    ['an oil tanker', 'Venezuelan oil tanker arrives in Texas', 'The cargo is bound for a Houston refinery.'],
    ['a president', 'Haitian president arrives in Washington for talks', 'He will meet members of Congress.'],
    ['a singer on tour', 'Colombian singer arrives in Tijuana for her tour', 'Tickets sold out in an hour.'],
    ['presidente', 'Presidente hondureño regresa de la cumbre de la ONU', 'Habló de café y energía.'],
    ['whitewater rafters', 'Rafters rescued on the Colorado River in the Grand Canyon', 'Rangers flew them out by helicopter.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['people of a nationality arriving', 'Hondureños llegan a Piedras Negras tras cruzar México', 'Viajan en grupos de familias.'],
    ['rafters at sea', 'Cuban rafters land in Key West', 'The Coast Guard took the group into custody.'],
    ['a Haitian boat', 'Haitian sailboat runs aground off Key Largo with 200 aboard', 'Deputies helped people ashore.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('museums, drought, shipments, network upgrades and health caravans', () => {
  it.each([
    ['an agency museum', 'Border Patrol Museum in El Paso opens a new wing', 'Visitors can see old patrol jeeps.'],
    ['drought on the border', "Drought at Chihuahua's border with Texas hits cattle ranchers", 'Wells are drying up.'],
    ['remesas as shipments', 'Remesas de café de Chiapas llegan a Europa', 'Los productores exportan más que el año pasado.'],
    ['a network migration', 'Migración al 5G: Telcel apaga la red 3G en Sonora', 'Los usuarios deberán cambiar de equipo.'],
    ['a health caravan', 'Caravana de la salud llega a comunidades de Chiapas', 'Médicos ofrecen consultas gratuitas.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('tunnels, the wall in Spanish, papers, the EU border agency, and refugees facing rents', () => {
  it.each([
    ['a cross-border tunnel', 'Agents find tunnel under Nogales drainage system', 'The passage ran 200 feet into Arizona.'],
    ['el muro se amplía', 'Gobierno de EU amplía el muro en Arizona', 'Los nuevos tramos cruzan el valle de San Rafael.'],
    ['people without papers', 'Mexico cracks down on bus passengers without papers at Chiapas checkpoints', 'Hundreds were taken off buses.'],
    ['the EU border agency', 'EU border agency faces criticism over Greek shipwreck', 'Survivors say the boat was left for hours.'],
    ['resettled refugees and rents', 'Refugee families resettled in Boise face rent hikes', 'The resettlement agency asks for donations.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a road tunnel', 'Tijuana inaugura túnel vial hacia Playas', 'La obra reduce el tráfico en la zona.'],
    ['a retaining wall', 'Construyen muro de contención en Nogales, Sonora', 'La obra protegerá a 40 viviendas.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});

describe('the trap NOTs do not veto real stories that share a word with them', () => {
  it.each([
    ['ICE on rural roads', 'ICE agents patrol rural roads near dairy farms', 'Workers say they no longer drive to town.'],
    ['a farmworkers union', 'Farmworkers union says members stopped showing up after raids', 'Growers report a shortage at harvest.'],
    ['gira as a verb', 'El debate gira en torno a los venezolanos varados en Tijuana', 'El cabildo discute un nuevo albergue.'],
    ['a juvenile facility', 'Honduran teen held in a Texas juvenile detention center dies', 'The boy had crossed alone in March.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});

describe('tours, pipes, car papers, licences and animal sanctuaries on the new vocabulary', () => {
  it.each([
    ['a wine tunnel tour', 'Tijuana wine tunnel tour opens to visitors', 'Tastings run every Saturday.'],
    ['a water pipe', 'Calexico water tunnel repairs delayed', 'Crews say the cross-border pipe is 60 years old.'],
    ['car papers', 'Driving without papers: police crack down on unregistered cars', 'Officers towed 200 vehicles.'],
    ['a professional licence', 'Work authorization for nurses: state board speeds licenses', 'Hospitals say shifts are short.'],
    ['a sanctuary city of cats', "Sanctuary city of cats: Istanbul's strays", 'Residents feed thousands of animals.'],
    ['a festival theme', 'Refugee camp-style music festival sells out', 'Tents and bonfires for three days.'],
    ['a cruise fire', 'Nationals rescued after cruise ship fire', 'The crew evacuated 400 passengers.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it('a narco-tunnel found at the line passes', () =>
    expect(match('Hallan narcotúnel en Tijuana que llegaba a Otay Mesa', 'Tenía luz, ventilación y rieles.')).toBe(true));
});
