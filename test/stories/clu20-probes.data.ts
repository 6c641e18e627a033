/**
 * clu20's invented probe rounds (see clu20-classes.test.ts). round1 was written before any change of clu20 and
 * scored before the fixes; the final round was written after the last change and scored once, untuned.
 */
import type { ProbeReport, ProbeRound } from './clu12-probes.data';

const r = (id: string, event: string, feed: string, lang: 'en' | 'es', at: string, title: string, summary: string): ProbeReport => ({ id, event, feed, lang, at, title, summary });

export const CLU20_ROUND1: ProbeRound = {
  name: 'clu20-round1',
  reports: [
    // A state named in Spanish ("Luisiana", "Pensilvania") and in English.
    r('c1-ms-1', 'court-mississippi', 'Clarion Ledger', 'en', '2043-03-02T15:00:00Z', 'Federal judge pauses Mississippi law on sheltering migrants', 'U.S. District Judge Renata Okafor in Jackson said Monday the state statute likely intrudes on federal immigration power and cannot be enforced while the case proceeds.'),
    r('c1-ms-2', 'court-mississippi', 'EFE', 'es', '2043-03-02T19:00:00Z', 'Una jueza frena una ley de Misisipi contra quienes alojen a migrantes', 'La magistrada federal consideró el lunes que la norma estatal invade competencias migratorias del Gobierno federal y suspendió su aplicación.'),
    r('c1-pa-1', 'death-pennsylvania', 'Centre Daily Times', 'en', '2043-03-03T16:00:00Z', 'Guatemalan man dies in ICE custody in Pennsylvania', 'A 51-year-old Guatemalan man held at the Keystone Ridge detention center died Tuesday at a hospital after being found unresponsive, the agency said.'),
    r('c1-pa-2', 'death-pennsylvania', 'Prensa Libre', 'es', '2043-03-03T20:00:00Z', 'Muere guatemalteco bajo custodia de ICE en Pensilvania', 'El hombre, de 51 años, estaba recluido en el centro Keystone Ridge y falleció el martes en un hospital, informó la Cancillería.'),
    // A sector's weekly count (a date range, reported on the Monday after) and a station's report of a day inside that week.
    r('c1-wk-1', 'bp-swanton-week', 'Burlington Free Press', 'en', '2043-03-09T15:00:00Z', 'Swanton Sector reports 27 apprehensions in week', 'The Border Patrol\'s Swanton Sector said Monday agents apprehended 27 people from March 1 through March 7, most of them near Champlain.'),
    r('c1-wk-2', 'bp-swanton-week', 'WCAX', 'en', '2043-03-09T18:00:00Z', 'Border agents detain 27 along northern Vermont border last week', 'Agents said 11 of the 27 were stopped in one group walking across a snowy field near Highgate on Thursday.'),
    r('c1-wk-3', 'bp-swanton-week', 'Telemundo', 'es', '2043-03-09T21:00:00Z', 'Patrulla Fronteriza detiene a 27 personas en una semana en Vermont y Nueva York', 'El sector Swanton informó el lunes de 27 detenciones entre el 1 y el 7 de marzo.'),
    r('c1-wk2-1', 'bp-swanton-week2', 'Burlington Free Press', 'en', '2043-03-16T15:00:00Z', 'Swanton Sector reports 19 apprehensions in week', 'The Border Patrol\'s Swanton Sector said Monday agents apprehended 19 people from March 8 through March 14, most of them near Champlain.'),
    // A place's name and a longer name beginning with it ("Otero County" / "Otero County Processing Center").
    r('c1-ot-1', 'hunger-otero', 'Las Cruces Sun-News', 'en', '2043-03-11T16:00:00Z', 'Detainees refuse meals at Otero County Processing Center', 'About 30 men held at the Chaparral facility began a hunger strike on Wednesday to protest transfers, advocates said.'),
    r('c1-ot-2', 'hunger-otero', 'KFOX14', 'en', '2043-03-11T19:00:00Z', 'ICE confirms hunger strike in Otero County', 'The agency said Wednesday it was monitoring detainees at its center in southern New Mexico who had missed nine meals.'),
    // A town named in passing as where a group came from ("had come from", "desde") beside the event's own town.
    r('c1-tr-1', 'trailer-zacatecas', 'El Sol de Zacatecas', 'es', '2043-03-12T14:00:00Z', 'Rescatan a 84 migrantes de una caja de tráiler en Fresnillo', 'Elementos de la Guardia Nacional detectaron el vehículo en la carretera 45 a la altura de Fresnillo la madrugada del jueves; el chofer huyó.'),
    r('c1-tr-2', 'trailer-zacatecas', 'Imagen Zacatecas', 'es', '2043-03-12T16:00:00Z', 'Abandonan tráiler con 84 extranjeros en la 45', 'El INM informó que las personas, de Guatemala y Honduras, viajaban sin ventilación desde Irapuato.'),
    r('c1-tr-3', 'trailer-zacatecas', 'Reuters', 'en', '2043-03-12T18:00:00Z', 'Mexico finds 84 migrants in abandoned truck in Zacatecas', 'National Guard troops found the group in a trailer left on highway 45 near Fresnillo on Thursday, the immigration institute said.'),
    // Look-alikes that must stay apart: another town's trailer the same day; another detention center's strike.
    r('c1-tr9-1', 'trailer-sanluis', 'Pulso', 'es', '2043-03-12T17:00:00Z', 'Rescatan a 84 migrantes de una caja de tráiler en Matehuala', 'Elementos de la Guardia Nacional detectaron el vehículo en la carretera 57 a la altura de Matehuala la madrugada del jueves.'),
    r('c1-hs-1', 'hunger-torrance', 'Albuquerque Journal', 'en', '2043-03-11T21:00:00Z', 'Detainees refuse meals at Torrance County Detention Facility', 'About 20 men held at the Estancia facility began a hunger strike on Wednesday over medical care, advocates said.'),
  ],
  apart: [
    ['c1-wk-1', 'c1-wk2-1', 'two weeks of one sector'],
    ['c1-wk-2', 'c1-wk2-1', 'a day of the first week / the second week'],
    ['c1-tr-1', 'c1-tr9-1', 'two trailers, two towns'],
    ['c1-ot-1', 'c1-hs-1', 'two detention centers'],
    ['c1-ot-2', 'c1-hs-1', 'two detention centers'],
  ],
};

/** Written after clu20's last change, scored once, untuned. */
export const CLU20_FINAL: ProbeRound = {
  name: 'clu20-final-untuned',
  reports: [
    // a sector's week and a station's day inside it; the next week's count apart
    r('f-wk-1', 'bp-havre-week', 'Great Falls Tribune', 'en', '2044-02-08T16:00:00Z', 'Havre Sector agents apprehend 12 in week', 'The Border Patrol\'s Havre Sector said Monday it apprehended 12 people between Jan. 31 and Feb. 6, most of them near Sweet Grass.'),
    r('f-wk-2', 'bp-havre-week', 'KRTV', 'en', '2044-02-08T19:00:00Z', 'Five caught crossing from Alberta near Sweet Grass last week', 'Agents said five of the 12 people apprehended in the sector last week were stopped walking along Interstate 15 near Sweet Grass on Wednesday.'),
    r('f-wk-3', 'bp-havre-week', 'Univision', 'es', '2044-02-08T22:00:00Z', 'Patrulla Fronteriza detiene a 12 personas en una semana en Montana', 'El sector Havre informó el lunes de 12 detenciones del 31 de enero al 6 de febrero, la mayoría cerca de Sweet Grass.'),
    r('f-wk2-1', 'bp-havre-week2', 'Great Falls Tribune', 'en', '2044-02-15T16:00:00Z', 'Havre Sector agents apprehend 8 in week', 'The Border Patrol\'s Havre Sector said Monday it apprehended eight people between Feb. 7 and Feb. 13, most of them near Sweet Grass.'),
    // a state in Spanish
    r('f-mo-1', 'raid-missouri', 'Kansas City Star', 'en', '2044-02-09T15:00:00Z', 'ICE arrests 61 at Missouri meatpacking plant', 'Federal agents detained 61 workers Tuesday at a pork processing plant in Milan, Missouri, the agency said.'),
    r('f-mo-2', 'raid-missouri', 'El Diario', 'es', '2044-02-09T20:00:00Z', 'ICE detiene a 61 trabajadores en una empacadora de Misuri', 'Agentes federales arrestaron el martes a 61 empleados de una planta de cerdo en Milan, Misuri.'),
    // a name and a longer name beginning with it
    r('f-kr-1', 'release-karnes', 'San Antonio Express-News', 'en', '2044-02-10T15:00:00Z', 'Families released from Karnes County Residential Center after ruling', 'About 40 mothers and children held at the Karnes City facility were released Wednesday after a federal judge ordered ICE to comply with the Flores settlement.'),
    r('f-kr-2', 'release-karnes', 'KSAT', 'en', '2044-02-10T18:00:00Z', 'ICE frees dozens of families held in Karnes County', 'Immigration officials released about 40 mothers and children on Wednesday, a day after a judge found the agency violated the Flores agreement.'),
    // one count in both headlines, a town named in passing
    r('f-tr-1', 'trailer-nuevoleon', 'El Norte', 'es', '2044-02-11T14:00:00Z', 'Rescatan a 97 migrantes de un tráiler en Sabinas Hidalgo', 'La Guardia Nacional detuvo el tractocamión en la carretera 85 a la altura de Sabinas Hidalgo la madrugada del jueves; el chofer fue detenido.'),
    r('f-tr-2', 'trailer-nuevoleon', 'Milenio', 'es', '2044-02-11T16:00:00Z', 'Hallan a 97 extranjeros hacinados en caja de tráiler en la 85', 'El INM informó que los migrantes, de Honduras y Guatemala, habían subido al vehículo en San Luis Potosí.'),
    r('f-tr-3', 'trailer-nuevoleon', 'AP', 'en', '2044-02-11T18:00:00Z', 'Mexico finds 97 migrants crammed in truck in Nuevo Leon', 'National Guard troops stopped the tractor-trailer on highway 85 near Sabinas Hidalgo on Thursday and found 97 people inside, the immigration institute said.'),
    r('f-tr9-1', 'trailer-coahuila', 'Vanguardia', 'es', '2044-02-11T17:00:00Z', 'Rescatan a 97 migrantes de un tráiler en Monclova', 'La Guardia Nacional detuvo el tractocamión en la carretera 57 a la altura de Monclova la madrugada del jueves.'),
    // cross-language event words (choque, nado)
    r('f-cr-1', 'crash-alamo', 'KRGV', 'en', '2044-02-12T15:00:00Z', 'Three dead in crash after pursuit near Alamo', 'A pickup fleeing Border Patrol agents collided with a tractor-trailer on U.S. 281 south of Alamo early Friday, killing three passengers, DPS said.'),
    r('f-cr-2', 'crash-alamo', 'El Mañana', 'es', '2044-02-12T18:00:00Z', 'Mueren tres migrantes en choque tras persecución cerca de Alamo, Texas', 'Una camioneta que huía de la Patrulla Fronteriza chocó contra un tráiler en la carretera 281 al sur de Alamo el viernes, informó el DPS.'),
    r('f-sw-1', 'swim-ceuta', 'El Faro de Ceuta', 'es', '2044-02-13T12:00:00Z', 'Un centenar de jóvenes intenta llegar a nado a Ceuta', 'La Guardia Civil interceptó el sábado a unos 100 jóvenes que intentaban alcanzar a nado la playa del Tarajal aprovechando la niebla.'),
    r('f-sw-2', 'swim-ceuta', 'Reuters', 'en', '2044-02-13T15:00:00Z', 'About 100 young migrants try to swim to Spain\'s Ceuta in fog', 'Spanish police intercepted about 100 young people who tried to reach Tarajal beach in Ceuta by swimming on Saturday, using heavy fog as cover.'),
    // apart: two detention centers in one state, the same day
    r('f-dt-1', 'death-adelanto', 'Los Angeles Times', 'en', '2044-02-14T16:00:00Z', 'Man held at Adelanto ICE Processing Center dies', 'A 45-year-old Salvadoran man detained at the Adelanto facility died Sunday at a hospital in Victorville, the agency said.'),
    r('f-dt-2', 'death-otay', 'San Diego Union-Tribune', 'en', '2044-02-14T19:00:00Z', 'Man held at Otay Mesa Detention Center dies', 'A 45-year-old Mexican man detained at the Otay Mesa facility died Sunday at a hospital in Chula Vista, the agency said.'),
  ],
  apart: [
    ['f-wk-1', 'f-wk2-1', 'two weeks of one sector'],
    ['f-wk-3', 'f-wk2-1', 'two weeks of one sector'],
    ['f-tr-1', 'f-tr9-1', 'two trailers, two towns, one count'],
    ['f-tr-2', 'f-tr9-1', 'two trailers, two towns, one count'],
    ['f-dt-1', 'f-dt-2', 'two detention centers'],
  ],
};
