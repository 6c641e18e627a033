/**
 * Invented probe events for same-story clustering (clu14): reports of one event told in other words — the
 * facility, the vehicle, the river feature, the sum in another currency — and look-alikes of another place or
 * count that must stay apart. Round 1 was scored before the clu14 change (first reading in the commit
 * message); round 2 was written after it and scored untuned. Runs through clu12-probes.data.ts's runRound.
 */
import type { ProbeReport, ProbeRound } from './clu12-probes.data';

const r = (id: string, event: string, feed: string, lang: ProbeReport['lang'], at: string, title: string, summary: string): ProbeReport => ({ id, event, feed, lang, at, title, summary });

export const ROUND14_1: ProbeRound = {
  name: 'clu14 round 1',
  reports: [
    r('p-plant-1', 'plant', 'Star Tribune', 'en', '2033-02-07T15:00:00Z', 'ICE raids meatpacking plant in Worthington, detaining 95', 'Federal agents arrived at the facility early Tuesday with a criminal search warrant; most of those detained were from Guatemala.'),
    r('p-plant-2', 'plant', 'Telemundo', 'es', '2033-02-07T18:00:00Z', 'Redada en planta cárnica de Worthington deja 95 detenidos', 'Agentes federales llegaron el martes temprano a la empacadora; la mayoría de los arrestados son guatemaltecos.'),
    r('p-plant-3', 'plant', 'AP', 'en', '2033-02-07T20:00:00Z', 'Immigration agents detain 95 workers at Minnesota beef plant', 'The worksite operation in Worthington was one of the largest in the state in a decade, officials said Tuesday.'),
    r('p-plant-ga', 'plant-ga', 'AJC', 'en', '2033-02-07T16:00:00Z', 'ICE raids poultry plant in Gainesville, detaining 140', 'Federal agents arrived at the chicken processing facility early Tuesday with a criminal search warrant; most of those detained were from Guatemala.'),

    r('p-tank-1', 'tank', 'Laredo Morning Times', 'en', '2033-03-03T14:00:00Z', 'Agents find 31 migrants inside tanker truck on I-35 north of Laredo', 'Border Patrol agents at the checkpoint found the group in the empty fuel tank on Thursday; three were taken to a hospital for heat exhaustion.'),
    r('p-tank-2', 'tank', 'El Mañana', 'es', '2033-03-03T17:00:00Z', 'Hallan a 31 migrantes dentro de una pipa en Laredo, Texas', 'Agentes de la Patrulla Fronteriza encontraron al grupo dentro del tanque de la pipa el jueves; tres fueron hospitalizados por golpe de calor.'),
    r('p-tank-3', 'tank', 'KGNS', 'en', '2033-03-03T19:00:00Z', '31 people rescued from fuel tanker at Laredo checkpoint', 'Three needed treatment for heat-related illness, the Border Patrol said Thursday.'),
    r('p-tank-sa', 'tank-sa', 'KSAT', 'en', '2033-03-03T15:00:00Z', 'Agents find 18 migrants inside tanker truck near San Antonio', 'Troopers found the group in the empty fuel tank of a truck on Interstate 10 on Thursday; two were taken to a hospital.'),

    r('p-sand-1', 'sand', 'Eagle Pass News-Guide', 'en', '2033-04-11T14:00:00Z', 'Family of five rescued from Rio Grande sandbar near Eagle Pass', 'Texas game wardens reached the Honduran family by boat on Monday after they spent the night stranded on the sandbar.'),
    r('p-sand-2', 'sand', 'Zócalo Piedras Negras', 'es', '2033-04-11T16:00:00Z', 'Rescatan a familia hondureña varada en un banco de arena del río Bravo', 'Los cinco integrantes pasaron la noche en el islote frente a Eagle Pass antes de ser rescatados en lancha el lunes.'),
    r('p-sand-3', 'sand', 'KENS 5', 'en', '2033-04-11T19:00:00Z', 'Honduran family stranded overnight on river island near Eagle Pass is saved', 'Game wardens used a boat to bring the five ashore on Monday.'),
    r('p-sand-dr', 'sand-dr', 'Del Rio News-Herald', 'en', '2033-04-11T15:00:00Z', 'Four migrants rescued from Rio Grande sandbar near Del Rio', 'Border Patrol agents reached the men by boat on Monday after they spent the night stranded on the sandbar.'),

    r('p-fund-1', 'fund', 'El Universal', 'es', '2033-05-16T14:00:00Z', 'Gobierno destina 200 millones de pesos a albergues de Tijuana', 'La Secretaría de Gobernación dijo el martes que el fondo ampliará la capacidad de los refugios para migrantes en Baja California.'),
    r('p-fund-2', 'fund', 'San Diego Union-Tribune', 'en', '2033-05-16T18:00:00Z', 'Mexico pledges $11 million for Tijuana migrant shelters', 'The Interior Ministry said on Tuesday the money will expand shelter capacity in Baja California.'),
    r('p-fund-3', 'fund', 'Reuters', 'en', '2033-05-16T20:00:00Z', 'Mexico to spend 200 million pesos on shelters in Tijuana', 'The funds, about $11 million, will add beds for migrants waiting at the border, the government said.'),
    r('p-fund-jz', 'fund-jz', 'El Diario de Juárez', 'es', '2033-05-16T15:00:00Z', 'Gobierno destina 80 millones de pesos a albergues de Ciudad Juárez', 'La Secretaría de Gobernación dijo el martes que el fondo ampliará la capacidad de los refugios para migrantes en Chihuahua.'),

    r('p-van-1', 'van', 'Diario del Sur', 'es', '2033-06-06T13:00:00Z', 'Vuelca camioneta con migrantes en Chiapas; seis muertos', 'La unidad, que transportaba a 17 personas de Ecuador, se salió de la carretera cerca de Cintalapa el lunes.'),
    r('p-van-2', 'van', 'AFP', 'en', '2033-06-06T16:00:00Z', 'Six migrants killed as minivan overturns in southern Mexico', 'The van carrying 17 Ecuadorans left the highway near Cintalapa, Chiapas, on Monday, prosecutors said.'),
    r('p-van-3', 'van', 'EFE', 'es', '2033-06-06T18:00:00Z', 'Mueren seis ecuatorianos en accidente de una furgoneta en Chiapas', 'El vehículo con 17 migrantes volcó en la autopista cerca de Cintalapa, informó la Fiscalía.'),
    r('p-van-vz', 'van-vz', 'Diario de Xalapa', 'es', '2033-06-06T14:00:00Z', 'Vuelca camioneta con migrantes en Veracruz; cuatro muertos', 'La unidad, que transportaba a 12 personas de Honduras, se salió de la carretera cerca de Acayucan el lunes.'),

    r('p-stash-1', 'stash', 'Milenio', 'es', '2033-07-19T14:00:00Z', 'Liberan a 45 migrantes secuestrados en casa de seguridad de Reynosa', 'Elementos de la Guardia Estatal hallaron a las víctimas, entre ellas 8 menores, en una vivienda de la colonia Las Cumbres el martes.'),
    r('p-stash-2', 'stash', 'The Monitor', 'en', '2033-07-19T17:00:00Z', 'Police free 45 kidnapped migrants from Reynosa stash house', 'Tamaulipas state police found the captives, including 8 minors, in a home in the Las Cumbres neighborhood on Tuesday.'),
    r('p-stash-3', 'stash', 'Reuters', 'en', '2033-07-19T19:00:00Z', 'Mexican police rescue 45 abducted migrants in border city of Reynosa', 'The victims, eight of them children, were held in a house, state officials said.'),
    r('p-stash-mt', 'stash-mt', 'El Sol de Tampico', 'es', '2033-07-19T15:00:00Z', 'Liberan a 30 migrantes secuestrados en casa de seguridad de Matamoros', 'Elementos de la Guardia Estatal hallaron a las víctimas, entre ellas 5 menores, en una vivienda de la colonia Buenavista el martes.'),

    r('p-trail-1', 'trail', 'El Imparcial', 'es', '2033-08-22T13:00:00Z', 'Localizan a 130 migrantes en caja de tráiler en retén de Sonora', 'Soldados revisaron el tractocamión en el punto de inspección de Querobabi el lunes; los extranjeros eran de Guatemala y El Salvador.'),
    r('p-trail-2', 'trail', 'AP', 'en', '2033-08-22T16:00:00Z', 'Mexican soldiers find 130 migrants in semi-truck at Sonora checkpoint', 'The tractor-trailer was stopped at the Querobabi inspection post on Monday, the defense ministry said.'),
    r('p-trail-3', 'trail', 'Border Report', 'en', '2033-08-22T18:00:00Z', '130 Central Americans found in 18-wheeler in Sonora', 'Troops at a military checkpoint south of Nogales opened the trailer on Monday.'),
    r('p-trail-ch', 'trail-ch', 'El Heraldo de Chihuahua', 'es', '2033-08-22T14:00:00Z', 'Localizan a 70 migrantes en caja de tráiler en retén de Chihuahua', 'Soldados revisaron el tractocamión en el punto de inspección de Sueco el lunes; los extranjeros eran de Guatemala y Honduras.'),

    r('p-bus-1', 'bus', 'Noticias de Oaxaca', 'es', '2033-09-13T13:00:00Z', 'Cae autobús con migrantes a barranco en Oaxaca; 14 muertos', 'El camión de pasajeros, con 40 ocupantes de Venezuela y Haití, se desbarrancó en la curva de El Cerezo el martes.'),
    r('p-bus-2', 'bus', 'Reuters', 'en', '2033-09-13T16:00:00Z', 'Coach carrying migrants plunges into ravine in Mexico, killing 14', 'The vehicle with 40 passengers from Venezuela and Haiti went off a curve in the Oaxaca mountains on Tuesday.'),
    r('p-bus-3', 'bus', 'CNN', 'en', '2033-09-13T18:00:00Z', '14 dead as bus falls into gorge in Oaxaca', 'Forty migrants were aboard when the bus crashed in southern Mexico, officials said.'),
    r('p-bus-pu', 'bus-pu', 'El Sol de Puebla', 'es', '2033-09-13T14:00:00Z', 'Cae autobús con migrantes a barranco en Puebla; 9 muertos', 'El camión de pasajeros, con 35 ocupantes de Venezuela y Colombia, se desbarrancó en la curva de Tlacotepec el martes.'),
  ],
  apart: [
    ['p-plant-1', 'p-plant-ga', 'another plant, another state, another count'],
    ['p-tank-1', 'p-tank-sa', 'another tanker, another highway, another count'],
    ['p-sand-1', 'p-sand-dr', 'another sandbar rescue in another town'],
    ['p-fund-1', 'p-fund-jz', 'another city, another sum'],
    ['p-van-1', 'p-van-vz', 'another state, another toll'],
    ['p-stash-1', 'p-stash-mt', 'another city, another count'],
    ['p-trail-1', 'p-trail-ch', 'another state, another count'],
    ['p-bus-1', 'p-bus-pu', 'another state, another toll'],
  ],
};


/**
 * Round 2: written after the clu14 vocabulary/currency change and scored once, untuned: groups 2/7, apart 7/8,
 * same-event pairs 9/21 — identical to main before clu14, so the classes of round 1 did not carry over. Open:
 * dams named as places (Amistad / Falcon Dam merge: apart failure, already on main), warehouse / bodega /
 * storage facility, swept away / arrastra la corriente, motel / hotel, freight train / La Bestia, Brussels /
 * Bruselas and other exonyms, a bare headline against a detailed one. Counting a sum in two currencies as an
 * agreeing figure (sameSumConverted) later merged gtq-1 / gtq-2 (pairs 10/21).
 */
export const ROUND14_2: ProbeRound = {
  name: 'clu14 round 2',
  reports: [
    r('q-ware-1', 'ware', 'KGNS', 'en', '2033-10-04T14:00:00Z', 'Agents find 64 migrants locked in Laredo warehouse', 'Border Patrol agents acting on a tip opened the storage building on Tuesday; several of the men were dehydrated, the agency said.'),
    r('q-ware-2', 'ware', 'El Mañana', 'es', '2033-10-04T17:00:00Z', 'Encuentran a 64 migrantes encerrados en una bodega de Laredo, Texas', 'Agentes de la Patrulla Fronteriza abrieron el almacén el martes tras una denuncia anónima; varios estaban deshidratados.'),
    r('q-ware-3', 'ware', 'Border Report', 'en', '2033-10-04T19:00:00Z', '64 people rescued from storage facility in Laredo', 'Several needed treatment for dehydration, agents said Tuesday.'),
    r('q-ware-hou', 'ware-hou', 'Houston Chronicle', 'en', '2033-10-04T15:00:00Z', 'Agents find 23 migrants locked in Houston warehouse', 'HSI agents acting on a tip opened the storage building on Tuesday; several of the men were dehydrated, the agency said.'),

    r('q-dam-1', 'dam', 'Del Rio News-Herald', 'en', '2033-10-11T14:00:00Z', 'Three migrants swept away by Rio Grande current below Amistad Dam', 'Border Patrol agents recovered one body on Tuesday and were searching for two others near the spillway.'),
    r('q-dam-2', 'dam', 'Zócalo Acuña', 'es', '2033-10-11T17:00:00Z', 'Arrastra la corriente del río Bravo a tres migrantes bajo la presa La Amistad', 'Agentes de la Patrulla Fronteriza recuperaron un cuerpo el martes y buscan a otros dos cerca del vertedor.'),
    r('q-dam-3', 'dam', 'KSAT', 'en', '2033-10-11T19:00:00Z', 'One dead, two missing after river current carries migrants near Del Rio', 'The search below Amistad Dam continued Tuesday afternoon.'),
    r('q-dam-fal', 'dam-fal', 'The Monitor', 'en', '2033-10-11T15:00:00Z', 'Two migrants swept away by Rio Grande current below Falcon Dam', 'Border Patrol agents recovered one body on Tuesday and were searching for another near the spillway.'),

    r('q-euro-1', 'euro', 'El País', 'es', '2033-10-18T14:00:00Z', 'Bruselas destina 150 millones de euros a Mauritania para frenar la salida de cayucos', 'La Comisión Europea anunció el martes el acuerdo con Nuakchot para vigilancia costera y empleo juvenil.'),
    r('q-euro-2', 'euro', 'Reuters', 'en', '2033-10-18T17:00:00Z', 'EU pledges $160 million to Mauritania to curb migrant boat departures', 'The European Commission said on Tuesday the deal with Nouakchott covers coastal patrols and youth jobs.'),
    r('q-euro-3', 'euro', 'AFP', 'en', '2033-10-18T19:00:00Z', 'EU signs 150-million-euro migration pact with Mauritania', 'The package announced Tuesday funds coast guard patrols to stop pirogues leaving for the Canary Islands.'),
    r('q-euro-sen', 'euro-sen', 'Europa Press', 'es', '2033-10-18T15:00:00Z', 'Bruselas destina 60 millones de euros a Senegal para frenar la salida de cayucos', 'La Comisión Europea anunció el martes el acuerdo con Dakar para vigilancia costera y empleo juvenil.'),

    r('q-maq-1', 'maq', 'El Diario de Juárez', 'es', '2033-10-25T14:00:00Z', 'Detienen a 38 migrantes que trabajaban en maquiladora de Ciudad Juárez', 'Agentes del INM realizaron una revisión en la fábrica del parque industrial Omega el martes; los trabajadores eran de Honduras y Venezuela.'),
    r('q-maq-2', 'maq', 'KTSM', 'en', '2033-10-25T17:00:00Z', 'Mexican agents detain 38 migrants working at Juárez assembly plant', 'Officers of the National Migration Institute inspected the factory in the Omega industrial park on Tuesday.'),
    r('q-maq-3', 'maq', 'El Heraldo de Chihuahua', 'es', '2033-10-25T19:00:00Z', 'Aseguran a 38 extranjeros en una planta ensambladora de Juárez', 'El INM dijo que los trabajadores, hondureños y venezolanos, no tenían permiso para laborar.'),
    r('q-maq-tj', 'maq-tj', 'Zeta Tijuana', 'es', '2033-10-25T15:00:00Z', 'Detienen a 52 migrantes que trabajaban en maquiladora de Tijuana', 'Agentes del INM realizaron una revisión en la fábrica de la colonia Otay el martes; los trabajadores eran de Honduras y Haití.'),

    r('q-motel-1', 'motel', 'San Antonio Express-News', 'en', '2033-11-01T14:00:00Z', 'Deputies find 27 migrants crammed into San Antonio motel room', 'Bexar County deputies responding to a welfare call on Tuesday found the group in two rooms; a man was arrested on smuggling charges.'),
    r('q-motel-2', 'motel', 'Univision San Antonio', 'es', '2033-11-01T17:00:00Z', 'Hallan a 27 migrantes hacinados en un hotel de San Antonio', 'Oficiales del alguacil del condado Bexar encontraron al grupo en dos habitaciones el martes; un hombre fue arrestado por tráfico de personas.'),
    r('q-motel-3', 'motel', 'KENS 5', 'en', '2033-11-01T19:00:00Z', 'Man charged with smuggling after 27 found in motel', 'The Bexar County Sheriff\'s Office said the group was packed into two rooms on the city\'s West Side.'),
    r('q-motel-ep', 'motel-ep', 'KVIA', 'en', '2033-11-01T15:00:00Z', 'Deputies find 19 migrants crammed into El Paso motel room', 'El Paso County deputies responding to a welfare call on Tuesday found the group in one room; a woman was arrested on smuggling charges.'),

    r('q-rail-1', 'rail', 'El Siglo de Torreón', 'es', '2033-11-08T14:00:00Z', 'Muere migrante al caer del tren en Torreón', 'El hombre, de origen hondureño, cayó de un vagón de carga de La Bestia cerca de la colonia La Polvorilla el martes, informó la Fiscalía de Coahuila.'),
    r('q-rail-2', 'rail', 'Milenio', 'es', '2033-11-08T17:00:00Z', 'Migrante hondureño pierde la vida tras caer de «La Bestia» en Coahuila', 'El ferrocarril de carga circulaba por Torreón cuando el joven resbaló entre los vagones.'),
    r('q-rail-3', 'rail', 'AP', 'en', '2033-11-08T19:00:00Z', 'Honduran migrant killed after falling from freight train in northern Mexico', 'The man slipped between cars of the train known as "The Beast" in Torreón on Tuesday, prosecutors said.'),
    r('q-rail-ir', 'rail-ir', 'El Sol de Irapuato', 'es', '2033-11-08T15:00:00Z', 'Muere migrante al caer del tren en Irapuato', 'El hombre, de origen guatemalteco, cayó de un vagón de carga cerca de la colonia San Juan de Retana el martes, informó la Fiscalía de Guanajuato.'),

    r('q-gtq-1', 'gtq', 'Prensa Libre', 'es', '2033-11-15T14:00:00Z', 'Congreso aprueba Q80 millones para atender a deportados', 'El fondo financiará el centro de recepción de retornados en la Fuerza Aérea Guatemalteca, según el decreto aprobado el martes.'),
    r('q-gtq-2', 'gtq', 'EFE', 'en', '2033-11-15T17:00:00Z', 'Guatemala approves $10 million to receive deported migrants', 'Congress on Tuesday approved funds for the reception center for returnees at the Guatemalan Air Force base.'),
    r('q-gtq-3', 'gtq', 'La Hora', 'es', '2033-11-15T19:00:00Z', 'Aprueban 80 millones de quetzales para recibir a retornados', 'Los diputados destinaron los recursos al centro de recepción de la Fuerza Aérea.'),
    r('q-gtq-hn', 'gtq-hn', 'La Prensa', 'es', '2033-11-15T15:00:00Z', 'Congreso aprueba L300 millones para atender a deportados', 'El fondo financiará el centro de recepción de retornados en San Pedro Sula, según el decreto aprobado el martes.'),
  ],
  apart: [
    ['q-ware-1', 'q-ware-hou', 'another city, another count'],
    ['q-dam-1', 'q-dam-fal', 'another dam, another toll'],
    ['q-euro-1', 'q-euro-sen', 'another country, another sum'],
    ['q-maq-1', 'q-maq-tj', 'another city, another count'],
    ['q-motel-1', 'q-motel-ep', 'another city, another count'],
    ['q-rail-1', 'q-rail-ir', 'another city, another state'],
    ['q-gtq-1', 'q-gtq-hn', 'another country, another sum'],
    ['q-euro-2', 'q-euro-sen', 'another country, another sum'],
  ],
};

export const ROUNDS14: ProbeRound[] = [ROUND14_1];

/** Round 2 as first scored; not asserted until its classes are fixed. */
export const OPEN_ROUNDS14: ProbeRound[] = [ROUND14_2];
