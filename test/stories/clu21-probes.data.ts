/**
 * clu21's invented probe rounds (see clu21-classes.test.ts): look-alike events that must stay apart (over-merging)
 * and paraphrase groups that must still merge. round1 was written before any change of clu21 and scored before the
 * fixes; the final round was written after the last change and scored once, untuned.
 */
import type { ProbeReport, ProbeRound } from './clu12-probes.data';

const r = (id: string, event: string, feed: string, lang: 'en' | 'es', at: string, title: string, summary: string): ProbeReport => ({ id, event, feed, lang, at, title, summary });

export const CLU21_ROUND1: ProbeRound = {
  name: 'clu21-round1',
  reports: [
    // Two countries' monthly counts of the same kind, a day apart (differing count, differing main place).
    r('a-pe-1', 'peru-returns-oct', 'El Comercio', 'es', '2045-11-06T15:00:00Z', 'Migraciones registró 2.870 salidas de venezolanos por Tumbes en octubre', 'La entidad informó este lunes que la mayoría regresaba a su país por tierra desde Chile y Perú.'),
    r('a-pe-2', 'peru-returns-oct', 'AP', 'en', '2045-11-06T19:00:00Z', 'Peru counts 2,870 Venezuelans leaving through Tumbes in October', 'Peru\'s migration agency said Monday most were heading home overland after giving up on work in Chile.'),
    r('a-it-1', 'italy-sea-oct', 'ANSA', 'en', '2045-11-07T11:00:00Z', 'Sea arrivals to Italy fall to 5,120 in October', 'The Interior Ministry said Tuesday landings on Lampedusa dropped 18% from September as weather worsened.'),
    r('a-it-2', 'italy-sea-oct', 'Europa Press', 'es', '2045-11-07T14:00:00Z', 'Italia registra 5.120 llegadas por mar en octubre, un 18% menos', 'El Ministerio del Interior italiano atribuyó el descenso al mal tiempo en el Mediterráneo central.'),
    // A disaster and the official visit the day after (a follow-up told with the disaster's words).
    r('b-cap-1', 'capsize-lajolla', 'San Diego Union-Tribune', 'en', '2045-11-08T14:00:00Z', '3 dead after smuggling boat overturns off La Jolla', 'A panga carrying 11 people flipped in the surf near Black\'s Beach before dawn Wednesday; lifeguards pulled eight survivors from the water.'),
    r('b-cap-2', 'capsize-lajolla', 'Telemundo 20', 'es', '2045-11-08T18:00:00Z', 'Tragedia en la costa de San Diego: tres migrantes muertos', 'Entre los sobrevivientes hay un menor de edad, informó la Patrulla Fronteriza; el hombre que conducía la panga fue detenido.'),
    r('b-vis-1', 'visit-sandiego', 'NBC San Diego', 'en', '2045-11-09T20:00:00Z', 'Coast Guard commandant visits San Diego a day after deadly panga capsize', 'Adm. Lorena Whitfield met with Border Patrol commanders on Thursday and said three more cutters will patrol the county\'s coast.'),
    r('b-vis-2', 'visit-sandiego', 'El Sol de Tijuana', 'es', '2045-11-09T22:00:00Z', 'Anuncia Guardia Costera más patrullas frente a San Diego tras naufragio', 'La comandante Lorena Whitfield dijo el jueves en San Diego que tres guardacostas más vigilarán la costa.'),
    // The same kind of event in two towns on one day.
    r('c-st-1', 'stash-eagle', 'KGNS', 'en', '2045-11-10T15:00:00Z', 'Agents find 14 migrants in Eagle Pass stash house', 'Border Patrol agents and police found 14 people inside a home on Thursday night, the sector said.'),
    r('c-st-2', 'stash-eagle', 'El Zócalo', 'es', '2045-11-10T18:00:00Z', 'Hallan a 14 migrantes en casa de seguridad en Eagle Pass', 'Agentes de la Patrulla Fronteriza localizaron a las personas en una vivienda el jueves por la noche.'),
    r('c-st-3', 'stash-delrio', 'Del Rio News-Herald', 'en', '2045-11-10T17:00:00Z', 'Agents find 9 migrants in Del Rio stash house', 'Border Patrol agents and police found nine people inside a home on Thursday night, the sector said.'),
    // Two weeks' figures of one sector.
    r('d-wk-1', 'bp-yuma-week1', 'Yuma Sun', 'en', '2045-11-13T15:00:00Z', 'Yuma Sector agents apprehend 410 in week', 'The sector said Monday agents apprehended 410 people from Nov. 5 through Nov. 11, most near San Luis.'),
    r('d-wk-2', 'bp-yuma-week2', 'Yuma Sun', 'en', '2045-11-20T15:00:00Z', 'Yuma Sector agents apprehend 365 in week', 'The sector said Monday agents apprehended 365 people from Nov. 12 through Nov. 18, most near San Luis.'),
    // The same official on two days, two events.
    r('e-of-1', 'mayor-nogales-tue', 'Nogales International', 'en', '2045-11-14T16:00:00Z', 'Nogales mayor Ruben Ochoa asks for more shelter funds', 'Ochoa told the city council on Tuesday the shelter on Grand Avenue is full after a week of releases.'),
    r('e-of-2', 'mayor-nogales-tue', 'El Imparcial', 'es', '2045-11-14T19:00:00Z', 'Alcalde de Nogales, Rubén Ochoa, pide más fondos para albergue', 'Ochoa dijo el martes ante el cabildo que el albergue de la avenida Grand está lleno.'),
    r('e-of-3', 'mayor-nogales-thu', 'KGUN9', 'en', '2045-11-16T16:00:00Z', 'Nogales mayor Ruben Ochoa declares emergency over releases', 'Ochoa signed an emergency declaration on Thursday, saying the city can no longer house people released by ICE.'),
  ],
  apart: [
    ['a-pe-1', 'a-it-1', 'two countries\' monthly counts'],
    ['a-pe-2', 'a-it-2', 'two countries\' monthly counts'],
    ['b-cap-2', 'b-vis-1', 'the capsize / the visit the next day'],
    ['b-cap-1', 'b-vis-2', 'the capsize / the visit the next day'],
    ['c-st-1', 'c-st-3', 'two towns\' stash houses'],
    ['d-wk-1', 'd-wk-2', 'two weeks of one sector'],
    ['e-of-1', 'e-of-3', 'one mayor, two days, two acts'],
  ],
};

/** Written after clu21's last change, scored once, untuned. */
export const CLU21_FINAL: ProbeRound = {
  name: 'clu21-final-untuned',
  reports: [
    // A month's count in two countries, a day apart; one outlet rounds its own count ("más de 6.000").
    r('g-gt-1', 'guatemala-returns-mar', 'Prensa Libre', 'es', '2046-04-03T15:00:00Z', 'Guatemala recibió a 6.240 retornados en vuelos de EE.UU. en marzo', 'El Instituto Guatemalteco de Migración informó este martes que la cifra supera en 7% la de febrero.'),
    r('g-gt-2', 'guatemala-returns-mar', 'Soy502', 'es', '2046-04-03T18:00:00Z', 'Más de 6.000 guatemaltecos retornados por vía aérea en marzo', 'Según el Instituto Guatemalteco de Migración, 6.240 personas llegaron en vuelos desde Estados Unidos el mes pasado.'),
    r('g-gt-3', 'guatemala-returns-mar', 'AP', 'en', '2046-04-03T20:00:00Z', 'Guatemala says 6,240 deportees arrived on U.S. flights in March', 'The migration institute said Tuesday the figure was 7% higher than in February.'),
    r('g-hn-1', 'honduras-returns-mar', 'La Prensa', 'es', '2046-04-04T14:00:00Z', 'Honduras recibió a 5.910 retornados en marzo', 'El Centro Nacional de Información del Sector Social dijo el miércoles que la mayoría llegó en vuelos desde Texas y Luisiana.'),
    // A shelter fire and the governor's visit two days after it.
    r('h-fi-1', 'fire-shelter-juarez', 'El Diario de Juárez', 'es', '2046-04-06T15:00:00Z', 'Incendio en albergue de Ciudad Juárez deja 6 heridos', 'El fuego inició la madrugada del sábado en la cocina del albergue Buen Pastor; 140 migrantes fueron evacuados.'),
    r('h-fi-2', 'fire-shelter-juarez', 'KTSM', 'en', '2046-04-06T19:00:00Z', 'Six hurt as fire hits migrant shelter in Juárez', 'About 140 migrants were evacuated from the Buen Pastor shelter early Saturday after a kitchen fire, officials said.'),
    r('h-vi-1', 'visit-governor-juarez', 'El Heraldo de Chihuahua', 'es', '2046-04-08T18:00:00Z', 'Gobernadora visita albergue de Juárez dos días después del incendio', 'La gobernadora Marisela Tapia anunció el lunes 4 millones de pesos para reparar el albergue Buen Pastor.'),
    r('h-vi-2', 'visit-governor-juarez', 'El Paso Times', 'en', '2046-04-08T21:00:00Z', 'Chihuahua governor pledges repairs to Juárez shelter two days after fire', 'Gov. Marisela Tapia said Monday the state will spend 4 million pesos rebuilding the Buen Pastor shelter\'s kitchen.'),
    // Two towns' processions of one devotion on its feast day.
    r('i-pr-1', 'procession-tapachula', 'Diario del Sur', 'es', '2046-10-18T16:00:00Z', 'Migrantes peruanos recorren Tapachula con el Señor de los Milagros', 'Cerca de 200 personas acompañaron la imagen el domingo desde la parroquia de San Agustín.'),
    r('i-pr-2', 'procession-tijuana', 'El Imparcial', 'es', '2046-10-18T20:00:00Z', 'Peruanos en Tijuana sacan en procesión al Señor de los Milagros', 'Unos 300 fieles caminaron el domingo por la zona centro hasta la catedral.'),
    // A month's interdictions and one day's repatriation by the same service.
    r('j-mo-1', 'cg-haiti-month', 'Miami Herald', 'en', '2046-05-02T15:00:00Z', 'Coast Guard stopped 1,150 Haitians at sea in April', 'The Seventh District said Tuesday interdictions rose for the third month in a row.'),
    r('j-re-1', 'cg-haiti-repat', 'WLRN', 'en', '2046-05-03T15:00:00Z', 'Coast Guard repatriates 38 Haitians to Cap-Haïtien', 'The cutter Escanaba returned the group on Wednesday after stopping their sailboat off Great Inagua.'),
    r('j-re-2', 'cg-haiti-repat', 'El Nuevo Herald', 'es', '2046-05-03T19:00:00Z', 'Guardia Costera repatría a 38 haitianos a Cabo Haitiano', 'El guardacostas Escanaba devolvió el miércoles al grupo, interceptado en un velero frente a Gran Inagua.'),
    // The same official on two days, two acts; the same kind of crash in two states on one day.
    r('k-of-1', 'sheriff-tue', 'Val Verde News', 'en', '2046-05-05T16:00:00Z', 'Kinney County Sheriff Dale Mercer asks state for more deputies', 'Mercer told commissioners on Tuesday that pursuits of smuggling vehicles have doubled since January.'),
    r('k-of-2', 'sheriff-thu', 'San Antonio Express-News', 'en', '2046-05-07T16:00:00Z', 'Kinney County Sheriff Dale Mercer closes ranch road after pursuits', 'Mercer ordered a county road near Brackettville closed on Thursday after a third chase this week ended in a crash.'),
    r('l-cr-1', 'crash-texas', 'KSAT', 'en', '2046-05-09T15:00:00Z', '4 dead as smuggling SUV crashes fleeing troopers near Uvalde', 'The driver lost control on U.S. 90 early Friday, DPS said; two passengers survived.'),
    r('l-cr-2', 'crash-texas', 'Telemundo', 'es', '2046-05-09T19:00:00Z', 'Mueren cuatro migrantes en persecución cerca de Uvalde', 'La camioneta se volcó en la carretera 90 la madrugada del viernes, informó el DPS.'),
    r('l-cr-3', 'crash-nm', 'KVIA', 'en', '2046-05-09T18:00:00Z', '4 dead as smuggling SUV crashes fleeing agents near Deming', 'The driver lost control on Interstate 10 early Friday, state police said; three passengers survived.'),
  ],
  apart: [
    ['g-gt-2', 'g-hn-1', 'two countries\' month'],
    ['g-gt-3', 'g-hn-1', 'two countries\' month'],
    ['h-fi-1', 'h-vi-1', 'the fire / the visit two days after'],
    ['h-fi-2', 'h-vi-2', 'the fire / the visit two days after'],
    ['i-pr-1', 'i-pr-2', 'one devotion, two towns'],
    ['j-mo-1', 'j-re-1', 'a month\'s count / one repatriation'],
    ['k-of-1', 'k-of-2', 'one sheriff, two days'],
    ['l-cr-1', 'l-cr-3', 'two crashes, two states'],
  ],
};
