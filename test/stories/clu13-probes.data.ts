/**
 * Invented probe events for same-story clustering (clu13), written before the clusterer was run on them
 * and scored once (the first reading is in the commit message) before the classes were fixed:
 * - ceremonies: the deaths, and a funeral, Mass or vigil for the same dead (named in both) on a later day —
 *   two events; a same-day report that mentions a vigil is still the deaths' story.
 * - initials: an agency written out in one report and by its initials in the other, no other shared name.
 * - counts: one shipwreck whose reports count people under a generic noun for other groups (9 rescued /
 *   14 aboard) while their death tolls agree.
 * - landmarks: a checkpoint's town and its county, a port's town and the twin town across the line.
 * - rounded: a count given exactly (212) and as "about 210".
 * - agencies (open, see OPEN_ROUNDS13): the deaths, and an official's visit the next day in the same town.
 * Runs through test/stories/clu12-probes.data.ts's runRound.
 */
import type { ProbeReport, ProbeRound } from './clu12-probes.data';

const r = (id: string, event: string, feed: string, lang: ProbeReport['lang'], at: string, title: string, summary: string): ProbeReport => ({ id, event, feed, lang, at, title, summary });

export const CEREMONIES: ProbeRound = {
  name: 'ceremonies',
  reports: [
    r('c-crash-1', 'crash', 'Diario del Istmo', 'es', '2032-03-09T14:00:00Z', 'Mueren tres guatemaltecos al volcar camión en Juchitán', 'Los migrantes Érica Tzoc, Marvin Tzoc y Selvin Chávez murieron el martes cuando el camión de carga en que viajaban volcó en la carretera Transístmica, informó la Fiscalía de Oaxaca.'),
    r('c-crash-2', 'crash', 'Prensa Libre', 'es', '2032-03-09T18:00:00Z', 'Tres migrantes de Totonicapán mueren en accidente en Oaxaca', 'Érica Tzoc, su hermano Marvin y su primo Selvin Chávez viajaban hacia la frontera norte cuando el camión volcó cerca de Juchitán.'),
    r('c-funeral-1', 'funeral', 'Prensa Libre', 'es', '2032-03-12T16:00:00Z', 'Velan en Totonicapán a los tres migrantes muertos en Oaxaca', 'Cientos de vecinos acompañaron los féretros de Érica Tzoc, Marvin Tzoc y Selvin Chávez, repatriados el jueves por la Cancillería.'),

    r('c-drown-1', 'drown', 'KTSM', 'en', '2032-03-16T15:00:00Z', 'Two Venezuelan brothers drown in canal near downtown El Paso', 'El Paso Fire Department crews recovered the bodies of Luis and Andrés Parra, 19 and 22, from the Franklin Canal on Tuesday morning, police said.'),
    r('c-drown-2', 'drown', 'El Diario de Juárez', 'es', '2032-03-16T19:00:00Z', 'Mueren ahogados dos hermanos venezolanos en canal de El Paso', 'Los cuerpos de Luis y Andrés Parra fueron sacados del canal Franklin el martes por bomberos de El Paso.'),
    r('c-vigil-1', 'vigil', 'KVIA', 'en', '2032-03-17T23:30:00Z', 'Vigil held in El Paso for Venezuelan brothers who drowned in canal', 'Friends of Luis and Andrés Parra gathered with candles at Sacred Heart Church on Wednesday evening.'),
    r('c-vigil-2', 'vigil', 'El Diario de Juárez', 'es', '2032-03-18T02:00:00Z', 'Realizan vigilia por hermanos venezolanos ahogados en El Paso', 'Amigos de Luis y Andrés Parra se reunieron con veladoras frente a la iglesia del Sagrado Corazón.'),

    r('c-heat-1', 'heat', 'Arizona Republic', 'en', '2032-06-20T15:00:00Z', 'Four migrants die of heat near Gila Bend; family holds vigil', 'The Maricopa County Sheriff\'s Office said the bodies of four men were found Saturday in the desert south of Gila Bend; relatives of one of them, Jorge Ruiz, held a vigil that evening.'),
    r('c-heat-2', 'heat', 'La Voz Arizona', 'es', '2032-06-20T19:00:00Z', 'Mueren cuatro migrantes por calor cerca de Gila Bend', 'Los cuerpos de cuatro hombres, entre ellos Jorge Ruiz, fueron hallados el sábado en el desierto al sur de Gila Bend, informó la oficina del alguacil del condado Maricopa.'),
  ],
  apart: [
    ['c-crash-2', 'c-funeral-1', 'the deaths, then the wake for the same three days later'],
    ['c-drown-2', 'c-vigil-2', 'the drowning, then the vigil for the same brothers the next day'],
    ['c-drown-1', 'c-vigil-1', 'the drowning, then the vigil for the same brothers the next day'],
  ],
};

export const INITIALS: ProbeRound = {
  name: 'initials',
  reports: [
    r('i-bank-1', 'bank', 'El Periódico', 'es', '2032-04-08T15:00:00Z', 'Remesas a Honduras suman 980 millones de dólares en marzo', 'El Banco Central de Honduras dijo que los envíos crecieron por tercer mes consecutivo.'),
    r('i-bank-2', 'bank', 'La Tribuna', 'es', '2032-04-08T18:00:00Z', 'Honduras recibe US$980 millones en remesas durante marzo', 'El BCH atribuyó el alza al empleo en la construcción en Estados Unidos.'),

    r('i-cndh-1', 'cndh', 'La Jornada', 'es', '2032-04-14T15:00:00Z', 'Emite recomendación por maltrato a migrantes en estación de Tenosique', 'La Comisión Nacional de los Derechos Humanos pidió sancionar a agentes que negaron atención médica a 40 personas detenidas en Tenosique, Tabasco.'),
    r('i-cndh-2', 'cndh', 'El Heraldo de Tabasco', 'es', '2032-04-14T18:00:00Z', 'CNDH acusa negligencia médica en estancia migratoria de Tenosique', 'El organismo documentó que 40 migrantes detenidos no recibieron atención durante días.'),

    r('i-eoir-1', 'eoir', 'Reuters', 'en', '2032-04-21T15:00:00Z', 'Immigration court backlog tops 4.1 million cases', 'The Executive Office for Immigration Review said on Wednesday pending cases reached 4.1 million at the end of March.'),
    r('i-eoir-2', 'eoir', 'Bloomberg Law', 'en', '2032-04-21T19:00:00Z', 'Pending immigration cases reach record 4.1 million, EOIR data show', 'Data released Wednesday show the caseload grew by 90,000 in the first quarter.'),

    r('i-bank-gt', 'bank-gt', 'Prensa Libre', 'es', '2032-04-08T16:00:00Z', 'Remesas a Guatemala suman 2 mil millones de dólares en marzo', 'El Banco de Guatemala dijo que los envíos crecieron por tercer mes consecutivo.'),
  ],
  apart: [
    ['i-bank-1', 'i-bank-gt', 'another country, another sum'],
    ['i-bank-2', 'i-bank-gt', 'another country, another sum'],
  ],
};

export const COUNTS: ProbeRound = {
  name: 'counts',
  reports: [
    r('n-boat-1', 'boat', 'El Sol del Istmo', 'es', '2032-05-07T13:00:00Z', 'Naufraga lancha con migrantes frente a Salina Cruz; hay cinco muertos', 'La Secretaría de Marina rescató a 9 personas luego de que la embarcación, que salió de Puerto Madero, se volteó a unas tres millas de la costa.'),
    r('n-boat-2', 'boat', 'EFE', 'es', '2032-05-07T15:00:00Z', 'Mueren cinco migrantes en naufragio en costas de Oaxaca', 'La Marina informó que la lancha transportaba a 14 personas de Ecuador y Honduras; la búsqueda continúa por posibles desaparecidos.'),
    r('n-boat-3', 'boat', 'Reuters', 'en', '2032-05-07T16:00:00Z', 'Five migrants dead after boat capsizes off Mexico\'s Pacific coast', 'Mexico\'s navy said it rescued 9 people after the vessel overturned off the port of Salina Cruz on Friday.'),

    r('n-boat-bcs', 'boat-bcs', 'El Sudcaliforniano', 'es', '2032-05-07T14:00:00Z', 'Mueren tres migrantes en naufragio en costas de Baja California Sur', 'La Marina informó que la lancha transportaba a 14 personas; la búsqueda continúa frente a Los Cabos.'),
  ],
  apart: [
    ['n-boat-2', 'n-boat-bcs', 'another coast, another toll'],
    ['n-boat-1', 'n-boat-bcs', 'another coast, another toll'],
  ],
};

export const LANDMARKS: ProbeRound = {
  name: 'landmarks',
  reports: [
    r('l-sarita-1', 'sarita', 'KRIS 6', 'en', '2032-07-13T14:00:00Z', 'Agents find 48 migrants in rail car at Sarita checkpoint', 'Border Patrol agents at the U.S. 77 checkpoint found the group inside a grain hopper car on Tuesday; two needed medical care for heat exposure.'),
    r('l-sarita-2', 'sarita', 'El Mañana', 'es', '2032-07-13T17:00:00Z', 'Hallan a 48 migrantes en un vagón de tren en el condado Kenedy', 'Agentes de la Patrulla Fronteriza encontraron al grupo dentro de un vagón de granos el martes; dos requirieron atención médica.'),

    r('l-teresa-1', 'teresa', 'KTSM', 'en', '2032-07-14T15:00:00Z', 'Cargo lanes at Santa Teresa port close after fuel truck fire', 'A tanker truck caught fire in the commercial lanes of the Santa Teresa port of entry on Wednesday morning; no one was hurt, CBP said.'),
    r('l-teresa-2', 'teresa', 'El Heraldo de Chihuahua', 'es', '2032-07-14T18:00:00Z', 'Se incendia pipa en el cruce San Jerónimo; cierran carriles de carga', 'El fuego en una pipa de combustible obligó a cerrar los carriles comerciales del puerto fronterizo el miércoles por la mañana; no hubo lesionados.'),

    r('l-teresa-nog', 'teresa-nog', 'Nogales International', 'en', '2032-07-14T16:00:00Z', 'Cargo lanes at Mariposa port close after fuel truck fire', 'A tanker truck caught fire in the commercial lanes of the Mariposa port of entry in Nogales on Wednesday morning; no one was hurt, CBP said.'),
  ],
  apart: [
    ['l-teresa-1', 'l-teresa-nog', 'another port of entry, another state'],
    ['l-teresa-2', 'l-teresa-nog', 'another port of entry, another state'],
  ],
};

export const ROUNDED: ProbeRound = {
  name: 'rounded',
  reports: [
    r('o-raid-1', 'raid', 'Omaha World-Herald', 'en', '2032-08-19T15:00:00Z', 'ICE arrests 212 in raid at Grand Island meat plant', 'Homeland Security Investigations agents served a federal search warrant at the pork plant early Thursday; most of those detained were from Guatemala and Honduras.'),
    r('o-raid-2', 'raid', 'AP', 'en', '2032-08-19T18:00:00Z', 'Immigration agents detain about 210 workers at Nebraska pork plant', 'The operation in Grand Island was among the largest worksite actions in the Midwest in years, officials said Thursday.'),
    r('o-raid-3', 'raid', 'Telemundo', 'es', '2032-08-19T20:00:00Z', 'Redada de ICE en planta de cerdo de Nebraska deja 212 detenidos', 'Agentes federales llegaron el jueves por la mañana a la planta de Grand Island; la mayoría de los arrestados son guatemaltecos y hondureños.'),

    r('o-raid-ia', 'raid-ia', 'Des Moines Register', 'en', '2032-08-19T16:00:00Z', 'ICE arrests 260 in raid at Iowa meat plant', 'Homeland Security Investigations agents served a federal search warrant at the pork plant in Marshalltown early Thursday.'),
  ],
  apart: [
    ['o-raid-1', 'o-raid-ia', 'another plant, another state, another count'],
    ['o-raid-2', 'o-raid-ia', 'another plant, another state, another count'],
  ],
};

export const AGENCIES: ProbeRound = {
  name: 'agencies',
  reports: [
    r('a-canal-1', 'canal', 'KYMA', 'en', '2032-09-06T15:00:00Z', 'Two migrants drown in canal near Yuma', 'Border Patrol agents pulled the bodies of two men from the All-American Canal west of Yuma on Monday morning; a third man was rescued.'),
    r('a-canal-2', 'canal', 'La Voz de la Frontera', 'es', '2032-09-06T18:00:00Z', 'Mueren ahogados dos migrantes en canal de Yuma', 'La Patrulla Fronteriza recuperó los cuerpos de dos hombres en el Canal Todo Americano el lunes; un tercero fue rescatado con vida.'),
    r('a-visit-1', 'visit', 'Yuma Sun', 'en', '2032-09-07T20:00:00Z', 'CBP commissioner tours Yuma a day after deadly canal crossing', 'The commissioner met Border Patrol station chiefs and promised more rescue beacons along the waterways of the sector.'),
    r('a-visit-2', 'visit', 'KYMA', 'en', '2032-09-07T22:00:00Z', 'Commissioner promises rescue beacons on Yuma visit', 'Speaking at the Yuma Station on Tuesday, the CBP commissioner said ten new rescue beacons will be placed near the All-American Canal.'),
  ],
  apart: [
    ['a-canal-2', 'a-visit-1', 'the drowning, then an official\'s visit the next day'],
    ['a-canal-1', 'a-visit-1', 'the drowning, then an official\'s visit the next day'],
  ],
};

export const ROUNDS13: ProbeRound[] = [CEREMONIES, INITIALS, COUNTS, LANDMARKS, ROUNDED];

/**
 * Open (not in ROUNDS13, not asserted): a follow-up event of the next day sharing the town, the agency and the
 * canal with the deaths merges with them (first reading: apart 0/2). Not counting agencies as shared people
 * or places fixed it only in part and split paraphrases in holdout4/holdout5 (0.878 -> 0.816, 0.656 -> 0.607).
 */
export const OPEN_ROUNDS13: ProbeRound[] = [AGENCIES];
