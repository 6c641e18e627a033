/**
 * Invented probe events for same-story clustering (clu12): each round was written before the clusterer was
 * run on it, then scored (the first reading is in the commit messages), then the classes behind its failures
 * were fixed. Reports of one event (same `event`) must end in one story; the `apart` pairs must not.
 */
import type { FeedItem, Figure, Lang } from '../../src/model';
import { extractFigures } from '../../src/figures/extract';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { StoryClusterer } from '../../src/stories/cluster';

export interface ProbeReport {
  id: string;
  event: string;
  feed: string;
  lang: Lang;
  at: string;
  title: string;
  summary: string;
}

export interface ProbeRound {
  name: string;
  reports: ProbeReport[];
  /** Reports of different events that must stay apart, and why. */
  apart: Array<[string, string, string]>;
}

const r = (id: string, event: string, feed: string, lang: Lang, at: string, title: string, summary: string): ProbeReport => ({ id, event, feed, lang, at, title, summary });

export const ROUND1: ProbeRound = {
  name: 'round1',
  reports: [
    r('r1-ajo-1', 'ajo', 'Arizona Daily Star', 'en', '2031-05-12T14:00:00Z', 'Three migrants found dead in desert near Ajo', 'The bodies of three men believed to be migrants were found Sunday in the desert west of Ajo, the Pima County Sheriff\'s Department said. Temperatures in the area reached 108 degrees over the weekend.'),
    r('r1-ajo-2', 'ajo', 'La Voz Arizona', 'es', '2031-05-12T18:30:00Z', 'Hallan sin vida a tres migrantes en el desierto de Arizona', 'Los cuerpos de tres hombres, presuntamente migrantes, fueron localizados el domingo en una zona desértica del condado Pima, informó la oficina del alguacil. Las temperaturas superaron los 42 grados.'),
    r('r1-ajo-3', 'ajo', 'KOLD News 13', 'en', '2031-05-12T20:00:00Z', 'Sheriff: 3 bodies recovered in western Pima County amid heat wave', 'Deputies and Border Patrol agents recovered the remains of three people in a remote area of western Pima County on Sunday. The medical examiner will work to identify them.'),

    r('r1-sunland-1', 'sunland', 'KTSM', 'en', '2031-05-12T16:00:00Z', 'Three migrants found dead near Sunland Park', 'The bodies of three migrants were found Sunday near the border wall in Sunland Park, New Mexico, police said. Officials suspect heat exposure.'),

    r('r1-ysleta-1', 'ysleta', 'El Paso Times', 'en', '2031-05-13T13:00:00Z', 'CBP shuts cargo lanes at Ysleta bridge for enhanced inspections', 'U.S. Customs and Border Protection closed commercial lanes at the Ysleta-Zaragoza International Bridge on Tuesday morning to carry out enhanced inspections of trucks, leaving lines of more than 3 miles.'),
    r('r1-ysleta-2', 'ysleta', 'El Diario de Juárez', 'es', '2031-05-13T15:00:00Z', 'Cierra CBP carriles de carga en el puente Zaragoza', 'La Oficina de Aduanas y Protección Fronteriza cerró este martes los carriles comerciales del Puente Internacional Zaragoza-Ysleta para realizar revisiones exhaustivas a los tractocamiones, lo que generó filas de más de cinco kilómetros.'),
    r('r1-ysleta-3', 'ysleta', 'KFOX14', 'en', '2031-05-13T17:00:00Z', 'Truckers wait hours as El Paso port slows commercial crossings', 'Commercial drivers waited up to eight hours Tuesday after federal officers halted cargo traffic at one of El Paso\'s busiest crossings for stepped-up truck inspections.'),

    r('r1-reynosa-1', 'reynosa', 'Border Report', 'en', '2031-05-13T12:00:00Z', 'Gunmen attack migrant shelter in Reynosa, wounding two', 'Armed men opened fire on a migrant shelter in Reynosa late Monday, wounding two Cuban migrants, shelter staff said. About 180 people were staying at the shelter.'),
    r('r1-reynosa-2', 'reynosa', 'El Mañana de Reynosa', 'es', '2031-05-13T14:00:00Z', 'Atacan a balazos albergue para migrantes en Reynosa; hay dos heridos', 'Un grupo armado disparó la noche del lunes contra un albergue para migrantes en Reynosa. Dos migrantes de origen cubano resultaron heridos y fueron trasladados al Hospital General.'),
    r('r1-reynosa-3', 'reynosa', 'Reuters', 'en', '2031-05-13T19:00:00Z', 'Two Cuban migrants wounded in attack on Tamaulipas shelter', 'Two Cuban migrants were wounded when gunmen fired on a shelter in the Mexican border state of Tamaulipas on Monday night, according to the shelter\'s director.'),

    r('r1-matamoros-1', 'matamoros', 'Expreso Matamoros', 'es', '2031-05-13T16:00:00Z', 'Atacan a balazos albergue para migrantes en Matamoros; hay un herido', 'Hombres armados dispararon la noche del lunes contra un albergue para migrantes en Matamoros. Un migrante hondureño resultó herido.'),

    r('r1-veracruz-1', 'veracruz', 'AP', 'en', '2031-05-14T12:00:00Z', 'Mexico finds 1,214 migrants in trailers in Veracruz', 'Mexican immigration agents found 1,214 migrants crammed into four tractor-trailers on a highway in the Gulf coast state of Veracruz on Tuesday, the National Migration Institute said. Most were from Guatemala and Honduras.'),
    r('r1-veracruz-2', 'veracruz', 'La Jornada', 'es', '2031-05-14T13:00:00Z', 'Rescatan a más de mil 200 migrantes en tractocamiones en Veracruz', 'El Instituto Nacional de Migración (INM) informó que localizó a más de mil 200 personas migrantes dentro de cuatro cajas de tráiler en la carretera Acayucan-La Tinaja, en Veracruz.'),
    r('r1-veracruz-3', 'veracruz', 'Noticias Telemundo', 'es', '2031-05-14T16:00:00Z', 'INM: hallan a unos 1,200 migrantes hacinados en cuatro tráileres', 'Agentes del INM encontraron a unos 1,200 migrantes, la mayoría guatemaltecos y hondureños, hacinados en cuatro tráileres en el sur de Veracruz.'),

    r('r1-puebla-1', 'puebla', 'Milenio', 'es', '2031-05-14T15:00:00Z', 'Rescatan a 214 migrantes en tractocamión en Puebla', 'El Instituto Nacional de Migración localizó a 214 migrantes dentro de la caja de un tractocamión en la autopista Puebla-Orizaba.'),

    r('r1-houston-1', 'houston', 'Houston Chronicle', 'en', '2031-05-14T20:00:00Z', 'ICE arrests 48 in Houston-area operation', 'Immigration agents arrested 48 people during a three-day operation in the Houston area that ended Wednesday, ICE said, including 19 with criminal convictions.'),
    r('r1-houston-2', 'houston', 'KHOU 11', 'en', '2031-05-14T22:00:00Z', 'Immigration and Customs Enforcement detains nearly 50 in Harris County sweep', 'Federal immigration officers detained nearly 50 people in Harris County this week in an enforcement operation, the agency said Wednesday. Nineteen had criminal records.'),
    r('r1-houston-3', 'houston', 'Univision 45', 'es', '2031-05-15T01:00:00Z', 'El Servicio de Inmigración y Control de Aduanas arrestó a 48 personas en Houston', 'El Servicio de Inmigración y Control de Aduanas (ICE) arrestó a 48 personas durante un operativo de tres días en el área de Houston; 19 tenían condenas penales.'),

    r('r1-dallas-1', 'dallas', 'Dallas Morning News', 'en', '2031-05-14T21:00:00Z', 'ICE arrests 48 in Dallas-area operation', 'Immigration agents arrested 48 people during a three-day operation in the Dallas area that ended Wednesday, ICE said, including 22 with criminal convictions.'),

    r('r1-eaglepass-1', 'eaglepass', 'San Antonio Express-News', 'en', '2031-05-15T14:00:00Z', 'Mother and daughter drown crossing Rio Grande near Eagle Pass', 'A Honduran woman and her 6-year-old daughter drowned Thursday while trying to cross the Rio Grande near Eagle Pass, the Border Patrol said. Agents rescued the girl\'s father.'),
    r('r1-eaglepass-2', 'eaglepass', 'Zócalo Piedras Negras', 'es', '2031-05-15T16:00:00Z', 'Mueren madre e hija al intentar cruzar el río Bravo', 'Una mujer hondureña y su hija de seis años murieron ahogadas el jueves al intentar cruzar el río Bravo entre Piedras Negras y Eagle Pass. El padre de la menor fue rescatado por agentes estadounidenses.'),
    r('r1-eaglepass-3', 'eaglepass', 'CBP newsroom', 'en', '2031-05-15T19:00:00Z', 'Del Rio Sector agents recover two bodies from Rio Grande', 'Del Rio Sector Border Patrol agents recovered the bodies of an adult female and a female juvenile from the Rio Grande on Thursday. An adult male was rescued and taken to a local hospital.'),

    r('r1-brownsville-1', 'brownsville', 'ValleyCentral', 'en', '2031-05-15T15:00:00Z', 'Two men drown crossing Rio Grande near Brownsville', 'Two men drowned Thursday while trying to cross the Rio Grande near Brownsville, the Border Patrol said.'),

    r('r1-caravan-1', 'caravan', 'AFP', 'en', '2031-05-16T13:00:00Z', 'Migrant caravan of about 1,500 sets out from Tapachula', 'A caravan of about 1,500 migrants, most of them Venezuelans and Central Americans, set out on foot from the southern Mexican city of Tapachula on Friday, heading north toward the U.S. border.'),
    r('r1-caravan-2', 'caravan', 'Diario del Sur', 'es', '2031-05-16T14:00:00Z', 'Sale de Tapachula caravana con unos mil 500 migrantes', 'Una caravana integrada por alrededor de mil 500 personas migrantes partió la mañana de este viernes de Tapachula, Chiapas, con rumbo a la Ciudad de México.'),
    r('r1-caravan-3', 'caravan', 'Infobae', 'es', '2031-05-16T18:00:00Z', 'Nueva caravana migrante parte de Chiapas rumbo al norte', ''),

    r('r1-huixtla-1', 'huixtla', 'El Heraldo de Chiapas', 'es', '2031-05-16T15:00:00Z', 'Sale de Huixtla caravana con unos 300 migrantes', 'Una caravana de unos 300 migrantes partió este viernes de Huixtla, Chiapas, rumbo al norte.'),

    r('r1-guard-1', 'guard', 'Reuters', 'en', '2031-05-17T01:00:00Z', 'Mexico to deploy 10,000 National Guard troops to northern border', 'Mexico will send 10,000 National Guard troops to its northern border to curb drug trafficking and migration, President Claudia Sheinbaum said on Friday, after Washington threatened new tariffs.'),
    r('r1-guard-2', 'guard', 'Politico', 'en', '2031-05-17T03:00:00Z', 'Sheinbaum sends 10,000 guardsmen north after tariff threat', 'The Mexican president agreed to station 10,000 members of her country\'s militarized police along the frontier with the United States in exchange for a pause on tariffs.'),
    r('r1-guard-3', 'guard', 'El Universal', 'es', '2031-05-17T02:00:00Z', 'México enviará 10 mil elementos de la Guardia Nacional a la frontera norte', 'La presidenta anunció el despliegue de 10 mil elementos de la Guardia Nacional en la frontera con Estados Unidos para frenar el tráfico de fentanilo y la migración irregular.'),

    r('r1-trailer-1', 'trailer', 'Laredo Morning Times', 'en', '2031-05-15T16:00:00Z', 'Border Patrol rescues 14 migrants from locked trailer in Laredo', 'Agents at the Interstate 35 checkpoint north of Laredo found 14 migrants locked inside a refrigerated trailer Wednesday, the Border Patrol said. The driver, who had been stopped at the same checkpoint on Monday, was arrested.'),
    r('r1-trailer-2', 'trailer', 'KGNS', 'en', '2031-05-14T23:00:00Z', '14 migrants found inside trailer at I-35 checkpoint', 'Border Patrol agents found 14 people inside a tractor-trailer at the Interstate 35 checkpoint Wednesday afternoon. All were in good health.'),
  ],
  apart: [
    ['r1-ajo-1', 'r1-sunland-1', 'another place: Ajo, Arizona vs Sunland Park, New Mexico'],
    ['r1-reynosa-2', 'r1-matamoros-1', 'another city, another count'],
    ['r1-veracruz-2', 'r1-puebla-1', 'another state, another count'],
    ['r1-houston-1', 'r1-dallas-1', 'another city'],
    ['r1-eaglepass-1', 'r1-brownsville-1', 'another town on the river'],
    ['r1-caravan-2', 'r1-huixtla-1', 'another town, another size'],
  ],
};

export const ROUND2: ProbeRound = {
  name: 'round2',
  reports: [
    r('r2-sre-1', 'sre-gt', 'Reuters', 'en', '2031-06-02T15:00:00Z', 'Mexico, Guatemala foreign ministers meet on migration, border security', 'Mexican Foreign Minister Alicia Ramírez met her Guatemalan counterpart Carlos Méndez in Tapachula on Monday to discuss migration and security along their shared border.'),
    r('r2-sre-2', 'sre-gt', 'La Jornada', 'es', '2031-06-02T17:00:00Z', 'Canciller Ramírez se reúne con su homólogo guatemalteco en Tapachula', 'La secretaria de Relaciones Exteriores, Alicia Ramírez, sostuvo este lunes un encuentro con el canciller de Guatemala, Carlos Méndez, para revisar la cooperación migratoria en la frontera sur.'),
    r('r2-sre-3', 'sre-gt', 'Prensa Libre', 'es', '2031-06-02T19:00:00Z', 'Méndez y su homóloga mexicana acuerdan patrullajes conjuntos', 'El canciller guatemalteco y su homóloga de México acordaron en Chiapas reforzar los patrullajes conjuntos en la frontera y agilizar los retornos de migrantes.'),

    r('r2-sre-hn', 'sre-hn', 'EFE', 'es', '2031-06-03T15:00:00Z', 'Canciller Ramírez se reúne con su homólogo hondureño en Tegucigalpa', 'La canciller mexicana, Alicia Ramírez, se reunió este martes con su homólogo de Honduras, Enrique Paz, para tratar la migración y los retornos.'),

    r('r2-crash-1', 'crash-ep', 'KTSM', 'en', '2031-06-03T12:00:00Z', 'Two dead, six hurt as smuggling van crashes in east El Paso County', 'Two people were killed and six other people were hurt early Tuesday when a van fleeing Border Patrol agents rolled over on Interstate 10 near Fabens, the sheriff\'s office said.'),
    r('r2-crash-2', 'crash-ep', 'El Diario de El Paso', 'es', '2031-06-03T14:00:00Z', 'Mueren dos migrantes en volcadura de camioneta cerca de Fabens', 'Dos personas murieron y otras seis resultaron lesionadas cuando una camioneta que huía de la Patrulla Fronteriza se volcó en la autopista I-10 la madrugada del martes.'),
    r('r2-crash-3', 'crash-ep', 'AP', 'en', '2031-06-03T18:00:00Z', 'Van carrying eight migrants crashes after Border Patrol pursuit in Texas; 2 killed', 'A van carrying eight people crashed on Interstate 10 east of El Paso after a Border Patrol pursuit Tuesday, killing two of them, authorities said.'),

    r('r2-crash-lc', 'crash-lc', 'Las Cruces Sun-News', 'en', '2031-06-03T13:00:00Z', 'One dead, three hurt in smuggling crash near Las Cruces', 'One person was killed and three other people were hurt Tuesday when a pickup fleeing Border Patrol crashed on Interstate 25 north of Las Cruces.'),

    r('r2-raid-1', 'raid-chi', 'Chicago Tribune', 'en', '2031-06-04T16:00:00Z', 'ICE agents detain 12 in raid at Little Village apartment building', 'Federal immigration agents detained 12 people Wednesday morning at an apartment building in Chicago\'s Little Village neighborhood, community groups said.'),
    r('r2-raid-2', 'raid-chi', 'La Raza', 'es', '2031-06-04T18:00:00Z', 'Agentes de ICE detienen a 12 personas en La Villita', 'Agentes del Servicio de Inmigración y Control de Aduanas detuvieron este miércoles a 12 personas en un edificio de departamentos de La Villita, en Chicago.'),
    r('r2-raid-3', 'raid-chi', 'WBEZ', 'en', '2031-06-04T20:00:00Z', 'Immigration raid on Southwest Side leaves neighbors shaken', 'Residents of a building on the city\'s Southwest Side said agents arrived before dawn Wednesday and took away a dozen people, including a mother of three.'),

    r('r2-raid-hou', 'raid-hou', 'Houston Chronicle', 'en', '2031-06-04T17:00:00Z', 'ICE agents detain 12 in raid at Gulfton apartment complex', 'Federal immigration agents detained 12 people Wednesday at an apartment complex in Houston\'s Gulfton neighborhood, advocates said.'),

    r('r2-krome-1', 'krome', 'Miami Herald', 'en', '2031-06-04T21:00:00Z', 'Judge orders release of Salvadoran man held at Krome', 'A federal judge on Wednesday ordered the release of a Salvadoran man held at the Krome detention center, who was arrested Monday when he showed up for a routine check-in with ICE.'),
    r('r2-krome-2', 'krome', 'El Nuevo Herald', 'es', '2031-06-04T23:00:00Z', 'Juez ordena liberar a salvadoreño detenido en Krome', 'Un juez federal ordenó la liberación de un hombre salvadoreño recluido en el centro de detención de Krome, en Miami, tras considerar ilegal su arresto.'),

    r('r2-buoy-1', 'buoys', 'Texas Tribune', 'en', '2031-06-05T14:00:00Z', 'Texas adds more buoys in Rio Grande near Eagle Pass', 'Texas crews on Thursday began installing another 1,000 feet of buoys in the Rio Grande near Eagle Pass, expanding the floating barrier the state first put in place two years ago.'),
    r('r2-buoy-2', 'buoys', 'Fox News', 'en', '2031-06-05T16:00:00Z', 'Abbott expands floating border barrier', 'Gov. Greg Abbott said Thursday the state is extending its floating barrier in the river by about 300 meters to deter illegal crossings.'),
    r('r2-buoy-3', 'buoys', 'Zócalo Piedras Negras', 'es', '2031-06-05T17:00:00Z', 'Texas amplía barrera de boyas en el río Bravo frente a Piedras Negras', 'El gobierno de Texas comenzó este jueves a instalar más boyas en el río Bravo, frente a Piedras Negras, para ampliar la barrera flotante.'),

    r('r2-comm-1', 'comm-nog', 'Nogales International', 'en', '2031-06-05T18:00:00Z', 'CBP commissioner tours Nogales port, touts new truck scanners', 'U.S. Customs and Border Protection Commissioner Mark Ellison toured the Mariposa port of entry in Nogales on Thursday and said new drive-through scanners would be in every cargo lane by fall.'),
    r('r2-comm-2', 'comm-nog', 'El Imparcial', 'es', '2031-06-05T20:00:00Z', 'Comisionado de CBP visita garita de Nogales', 'El comisionado de la Oficina de Aduanas y Protección Fronteriza recorrió este jueves la garita Mariposa y anunció escáneres nuevos para los carriles de carga.'),

    r('r2-comm-lrd', 'comm-lrd', 'Laredo Morning Times', 'en', '2031-06-06T15:00:00Z', 'CBP commissioner tours Laredo port, touts new truck scanners', 'U.S. Customs and Border Protection Commissioner Mark Ellison toured the World Trade Bridge in Laredo on Friday and said new drive-through scanners would be in every cargo lane by fall.'),

    r('r2-comar-1', 'comar', 'AP', 'en', '2031-06-06T13:00:00Z', 'Asylum requests in Mexico hit record 78,902 in first half of year', 'Mexico received a record 78,902 asylum applications from January through June, the Mexican Commission for Refugee Aid said Friday. Haitians filed the most requests.'),
    r('r2-comar-2', 'comar', 'Milenio', 'es', '2031-06-06T15:00:00Z', 'Comar: casi 79 mil solicitudes de refugio en el primer semestre', 'La Comisión Mexicana de Ayuda a Refugiados recibió casi 79 mil solicitudes de asilo entre enero y junio, una cifra récord; los haitianos encabezan la lista.'),
    r('r2-comar-3', 'comar', 'Infobae', 'es', '2031-06-06T19:00:00Z', 'México, con cifra récord de solicitantes de refugio en seis meses', ''),

    r('r2-cg-1', 'cg-haiti', 'Miami Herald', 'en', '2031-06-07T14:00:00Z', 'Coast Guard repatriates 52 Haitians stopped off Florida Keys', 'The Coast Guard on Saturday returned 52 Haitian migrants to Cap-Haïtien after crews stopped an overloaded sailboat about 20 miles off the Florida Keys earlier in the week.'),
    r('r2-cg-2', 'cg-haiti', 'Telemundo 51', 'es', '2031-06-07T16:00:00Z', 'Guardia Costera repatría a 52 haitianos interceptados cerca de los Cayos', 'La Guardia Costera de Estados Unidos repatrió este sábado a 52 migrantes haitianos que viajaban en un velero sobrecargado al sur de los Cayos de Florida.'),
    r('r2-cg-3', 'cg-haiti', 'Haitian Times', 'en', '2031-06-07T19:00:00Z', '52 migrants sent back to Haiti after sailboat interdiction', 'Fifty-two people who tried to reach Florida by sailboat were returned to northern Haiti on Saturday, according to U.S. officials.'),

    r('r2-cg-cuba', 'cg-cuba', 'CBS Miami', 'en', '2031-06-07T15:00:00Z', 'Coast Guard repatriates 38 Cubans stopped off Florida Keys', 'The Coast Guard on Saturday returned 38 Cuban migrants to Bahía de Cabañas after crews stopped a rustic vessel off the Florida Keys.'),
  ],
  apart: [
    ['r2-sre-2', 'r2-sre-hn', 'another counterpart, another country, another day'],
    ['r2-crash-1', 'r2-crash-lc', 'another place, other counts'],
    ['r2-raid-1', 'r2-raid-hou', 'another city and neighborhood'],
    ['r2-comm-1', 'r2-comm-lrd', 'the same official at another port the next day'],
    ['r2-cg-1', 'r2-cg-cuba', 'another nationality, another count'],
    ['r2-cg-2', 'r2-cg-cuba', 'another nationality, another count'],
  ],
};

export const ROUND3: ProbeRound = {
  name: 'round3',
  reports: [
    r('r3-dhs-1', 'dhs-visit', 'Politico', 'en', '2031-07-07T15:00:00Z', 'Homeland Security Secretary Dana Whitfield tours Yuma sector', 'Homeland Security Secretary Dana Whitfield toured the Yuma sector on Monday with Border Patrol officials and met local ranchers about new surveillance towers.'),
    r('r3-dhs-2', 'dhs-visit', 'Yuma Sun', 'en', '2031-07-07T17:00:00Z', 'DHS chief visits Yuma, hears from ranchers on border towers', 'The secretary of homeland security spent Monday in Yuma County, where ranchers pressed for more of the camera towers going up along the Colorado River.'),
    r('r3-dhs-3', 'dhs-visit', 'Univision', 'es', '2031-07-07T19:00:00Z', 'Secretaria de Seguridad Nacional visita la frontera en Arizona', 'La secretaria de Seguridad Nacional, Dana Whitfield, recorrió este lunes la zona de Yuma, Arizona, y se reunió con rancheros preocupados por las torres de vigilancia.'),

    r('r3-tunnel-1', 'tunnel', 'San Diego Union-Tribune', 'en', '2031-07-08T14:00:00Z', 'Cross-border drug tunnel found in Otay Mesa warehouse', 'Federal agents discovered a 1,744-foot tunnel running from Tijuana to a warehouse in Otay Mesa, the Department of Homeland Security said Tuesday.'),
    r('r3-tunnel-2', 'tunnel', 'El Imparcial', 'es', '2031-07-08T16:00:00Z', 'Descubren narcotúnel de 530 metros entre Tijuana y San Diego', 'Autoridades de Estados Unidos localizaron un túnel de unos 530 metros que conectaba una vivienda de Tijuana con una bodega en San Diego, informó este martes Investigaciones de Seguridad Nacional.'),
    r('r3-tunnel-3', 'tunnel', 'KPBS', 'en', '2031-07-08T18:00:00Z', 'HSI: tunnel stretched a third of a mile under border', 'Homeland Security Investigations said the passage, equipped with rail tracks and lighting, stretched about a third of a mile from a Tijuana home to a San Diego warehouse.'),

    r('r3-tunnel-nog', 'tunnel-nog', 'Nogales International', 'en', '2031-07-08T15:00:00Z', 'Drug tunnel found under Nogales storm drain', 'Border Patrol agents found an unfinished tunnel running 60 feet from Nogales, Sonora, into a storm drain in Nogales, Arizona, on Tuesday.'),

    r('r3-remit-1', 'remit', 'Reuters', 'en', '2031-07-09T13:00:00Z', 'Remittances to Mexico fall 4.6% in May to $5.48 billion', 'Remittances sent to Mexico fell 4.6% in May from a year earlier to $5.48 billion, the Bank of Mexico said on Wednesday, the third monthly drop in a row.'),
    r('r3-remit-2', 'remit', 'El Financiero', 'es', '2031-07-09T14:00:00Z', 'Remesas caen 4.6% en mayo; suman 5 mil 480 mdd', 'Los ingresos por remesas que recibió México sumaron 5 mil 480 millones de dólares en mayo, una caída anual de 4.6 por ciento, informó el Banco de México.'),
    r('r3-remit-3', 'remit', 'Bloomberg Línea', 'es', '2031-07-09T17:00:00Z', 'Banxico: envíos de dinero desde EE.UU. ligan tres meses a la baja', 'Las remesas a México cayeron por tercer mes consecutivo en mayo, a casi 5.5 mil millones de dólares, según datos del banco central.'),

    r('r3-remit-gt', 'remit-gt', 'Prensa Libre', 'es', '2031-07-09T15:00:00Z', 'Remesas a Guatemala suben 8% en mayo; suman 2 mil 100 mdd', 'Las remesas familiares que recibió Guatemala sumaron 2 mil 100 millones de dólares en mayo, un alza anual de 8 por ciento, informó el Banco de Guatemala.'),

    r('r3-shelter-1', 'shelter-jrz', 'El Paso Matters', 'en', '2031-07-10T15:00:00Z', 'Juárez opens new shelter as returns from U.S. climb', 'Ciudad Juárez officials on Thursday opened a shelter for 400 people near the Paso del Norte bridge, saying returns of Mexicans and others from the United States have climbed since June.'),
    r('r3-shelter-2', 'shelter-jrz', 'Norte Digital', 'es', '2031-07-10T17:00:00Z', 'Abre municipio albergue para 400 retornados junto al puente Paso del Norte', 'El gobierno municipal de Juárez inauguró este jueves un albergue con capacidad para 400 personas a un costado del puente internacional Paso del Norte.'),
    r('r3-shelter-3', 'shelter-jrz', 'Border Report', 'en', '2031-07-10T20:00:00Z', 'New Juárez shelter near downtown bridge can hold 400 deportees', ''),

    r('r3-shelter-tij', 'shelter-tij', 'Zeta Tijuana', 'es', '2031-07-10T16:00:00Z', 'Abre municipio albergue para 400 deportados en la zona Norte de Tijuana', 'El Ayuntamiento de Tijuana abrió este jueves un albergue con capacidad para 400 personas deportadas en la zona Norte.'),

    r('r3-bus-1', 'bus', 'AP', 'en', '2031-07-11T13:00:00Z', 'Bus carrying migrants crashes in Oaxaca, killing 18', 'A bus carrying migrants from Venezuela, Haiti and other countries crashed on a mountain highway in the southern Mexican state of Oaxaca early Friday, killing at least 18 people and injuring 29, officials said.'),
    r('r3-bus-2', 'bus', 'El Universal', 'es', '2031-07-11T14:00:00Z', 'Vuelca autobús con migrantes en la Mixteca; hay 18 muertos', 'Al menos 18 personas migrantes murieron y 29 resultaron heridas la madrugada de este viernes al volcar un autobús en la carretera Oaxaca-Cuacnopalan, a la altura de la Mixteca.'),
    r('r3-bus-3', 'bus', 'Reuters', 'en', '2031-07-11T18:00:00Z', 'Death toll in Mexico migrant bus crash rises to 19', 'The death toll from Friday\'s crash of a bus carrying migrants in southern Mexico rose to 19, the Oaxaca state prosecutor\'s office said.'),

    r('r3-bus-pue', 'bus-pue', 'Milenio', 'es', '2031-07-11T16:00:00Z', 'Vuelca autobús con migrantes en Puebla; hay 4 muertos', 'Cuatro personas migrantes murieron y 11 resultaron heridas al volcar un autobús en la autopista Puebla-Orizaba este viernes.'),

    r('r3-ruling-1', 'ruling', 'NPR', 'en', '2031-07-12T01:00:00Z', 'Appeals court blocks Texas law letting police arrest migrants', 'A federal appeals court on Friday blocked Texas from enforcing a state law that would let local police arrest people suspected of crossing the border illegally, siding with the Justice Department.'),
    r('r3-ruling-2', 'ruling', 'Texas Tribune', 'en', '2031-07-12T02:00:00Z', '5th Circuit halts SB 4 again', 'The 5th U.S. Circuit Court of Appeals on Friday put Senate Bill 4 on hold, the latest turn in a fight over whether Texas can arrest and deport migrants.'),
    r('r3-ruling-3', 'ruling', 'La Opinión', 'es', '2031-07-12T03:00:00Z', 'Corte de apelaciones frena ley de Texas que permite arrestar a migrantes', 'El Quinto Circuito bloqueó el viernes la ley SB4, que permitiría a policías locales de Texas detener a personas sospechosas de cruzar la frontera sin autorización.'),

    r('r3-ruling-ia', 'ruling-ia', 'Des Moines Register', 'en', '2031-07-12T00:00:00Z', 'Appeals court blocks Iowa law letting police arrest migrants', 'A federal appeals court on Friday blocked Iowa from enforcing a state law that would let police arrest people who re-entered the country after deportation.'),
  ],
  apart: [
    ['r3-tunnel-1', 'r3-tunnel-nog', 'another tunnel, another town'],
    ['r3-remit-2', 'r3-remit-gt', 'another country, other figures'],
    ['r3-shelter-2', 'r3-shelter-tij', 'another city'],
    ['r3-bus-2', 'r3-bus-pue', 'another state, other tolls'],
    ['r3-ruling-1', 'r3-ruling-ia', 'another state\'s law'],
  ],
};

export const ROUND4: ProbeRound = {
  name: 'round4',
  reports: [
    r('r4-fy-1', 'fy-encounters', 'Washington Post', 'en', '2031-08-04T15:00:00Z', 'Border encounters top 1.2 million with two months left in fiscal year', 'Border Patrol and port officers recorded about 1.2 million encounters at the southwest border from October through July, CBP data released Monday show.'),
    r('r4-fy-2', 'fy-encounters', 'El Universal', 'es', '2031-08-04T17:00:00Z', 'CBP suma 1,2 millones de encuentros en la frontera en el año fiscal', 'La Oficina de Aduanas y Protección Fronteriza informó este lunes que de octubre a julio registró 1,2 millones de encuentros con migrantes en la frontera suroeste.'),
    r('r4-fy-3', 'fy-encounters', 'CBP newsroom', 'en', '2031-08-04T14:00:00Z', 'CBP releases July 2031 monthly update', 'U.S. Customs and Border Protection today released its monthly operational update: fiscal year 2031 southwest border encounters reached 1,204,377 through July.'),

    r('r4-mayor-1', 'mayor-meet', 'Border Report', 'en', '2031-08-05T16:00:00Z', 'Nogales mayors meet on cross-border wastewater line', 'The mayors of Nogales, Arizona, and Nogales, Sonora, met Tuesday to discuss repairs to the aging wastewater pipeline that carries sewage across the border.'),
    r('r4-mayor-2', 'mayor-meet', 'El Imparcial', 'es', '2031-08-05T18:00:00Z', 'Alcalde de Nogales se reúne con su homólogo de Arizona por colector', 'El presidente municipal de Nogales, Sonora, se reunió este martes con su homólogo de Nogales, Arizona, para revisar la reparación del colector internacional de aguas negras.'),

    r('r4-kid-1', 'kidnap', 'Reuters', 'en', '2031-08-05T20:00:00Z', 'Gunmen kidnap 31 migrants from bus in Tamaulipas', 'Armed men abducted 31 migrants from a bus near the border city of Reynosa on Monday night, Mexico\'s National Migration Institute said on Tuesday.'),
    r('r4-kid-2', 'kidnap', 'Milenio', 'es', '2031-08-05T21:00:00Z', 'Secuestran a 31 migrantes en carretera de Reynosa', 'Un comando armado bajó a 31 migrantes de un autobús en la carretera Monterrey-Reynosa la noche del lunes, informó el INM.'),
    r('r4-kid-3', 'kidnap', 'CNN', 'en', '2031-08-06T02:00:00Z', 'Families wait for word after dozens of migrants abducted in Mexico', 'Relatives of the 31 migrants taken from a bus in northern Mexico said Tuesday they had received ransom calls demanding thousands of dollars.'),

    r('r4-kid-sl', 'kidnap-sl', 'El Sol de San Luis', 'es', '2031-08-05T19:00:00Z', 'Secuestran a 12 migrantes en carretera de San Luis Potosí', 'Un grupo armado bajó a 12 migrantes de un autobús en la carretera federal 57 la noche del lunes, informó el INM.'),

    r('r4-cbpone-1', 'cbpone', 'AP', 'en', '2031-08-06T15:00:00Z', 'CBP One app goes down for hours, stranding appointments', 'The CBP One app used by migrants in Mexico to schedule asylum appointments went down for about six hours Wednesday, leaving thousands unable to check in.'),
    r('r4-cbpone-2', 'cbpone', 'Telemundo', 'es', '2031-08-06T17:00:00Z', 'Falla la aplicación CBP One durante seis horas', 'La aplicación CBP One, que usan migrantes en México para pedir citas de asilo, dejó de funcionar durante unas seis horas este miércoles.'),
    r('r4-cbpone-3', 'cbpone', 'Border Report', 'en', '2031-08-06T20:00:00Z', 'Migrants in Tijuana frustrated as asylum app crashes', 'Migrants waiting in Tijuana shelters said Wednesday they could not log into the government app for most of the day.'),

    r('r4-wall-1', 'wall', 'Arizona Republic', 'en', '2031-08-07T15:00:00Z', 'Construction resumes on border wall in San Rafael Valley', 'Contractors on Thursday resumed building a 30-foot steel bollard wall in the San Rafael Valley east of Nogales, closing gaps left in 2021.'),
    r('r4-wall-2', 'wall', 'Arizona Daily Star', 'en', '2031-08-07T18:00:00Z', 'Wall work restarts in Santa Cruz County grasslands', 'Crews began filling gaps in the border barrier in the grasslands of eastern Santa Cruz County on Thursday, a project conservation groups oppose.'),

    r('r4-wall-tx', 'wall-tx', 'Texas Tribune', 'en', '2031-08-07T16:00:00Z', 'Construction resumes on border wall in Starr County', 'Contractors on Thursday resumed building a 30-foot steel bollard wall in Starr County west of Rio Grande City, closing gaps left in 2021.'),

    r('r4-drown-1', 'drown-sd', 'NBC 7 San Diego', 'en', '2031-08-08T15:00:00Z', 'Man dies after falling from border wall near San Ysidro', 'A man died Friday after falling from the 30-foot border wall near the San Ysidro port of entry, the Border Patrol said. He was taken to a Tijuana hospital by Mexican authorities.'),
    r('r4-drown-2', 'drown-sd', 'El Imparcial', 'es', '2031-08-08T17:00:00Z', 'Muere migrante tras caer del muro fronterizo en Tijuana', 'Un hombre murió este viernes tras caer del muro fronterizo a la altura de la garita de San Ysidro; fue trasladado a un hospital de Tijuana.'),
  ],
  apart: [
    ['r4-kid-2', 'r4-kid-sl', 'another state, another count'],
    ['r4-wall-1', 'r4-wall-tx', 'another state'],
  ],
};

export const ROUNDS: ProbeRound[] = [ROUND1, ROUND2, ROUND3, ROUND4];

export interface ProbeScore {
  events: number;
  merged: number;
  split: string[];
  apartKept: number;
  apartFailures: string[];
  assigned: Map<string, string>;
}

/** Runs a round's reports, in publication order, through a fresh StoryClusterer with memory stores, and scores it. */
export async function runRound(round: ProbeRound): Promise<ProbeScore> {
  const reports = [...round.reports].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let clock = Date.parse(reports[0]!.at);
  const seen = new MemorySeenStore(() => clock);
  const stories = new MemoryStoryStore({ indexWindowSeconds: 72 * 3600, now: () => clock });
  const clusterer = new StoryClusterer({ seen, stories, clusterWindowHours: 72, seenTtlDays: 30, now: () => new Date(clock) });
  const assigned = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const x of reports) {
    clock = Date.parse(x.at) + 10 * 60_000;
    const item: FeedItem = { id: x.id, title: x.title, link: `https://${x.id}.example.com/story`, published: x.at, summary: x.summary, feedUrl: `https://${x.feed.replace(/\W+/g, '').toLowerCase()}.example.com/feed`, feedName: x.feed, lang: x.lang };
    const figures: Figure[] = extractFigures({ title: x.title, summary: x.summary }, { published: x.at, lang: x.lang });
    const res = await clusterer.add(item, figures, x.summary);
    if (res.kind === 'duplicate') throw new Error(`probe ${x.id} taken as a duplicate`);
    if (res.kind === 'merged') for (const gone of res.absorbed ?? []) folded.set(gone, res.story.id);
    assigned.set(x.id, res.story.id);
  }
  const final = (id: string): string => {
    let s = id;
    while (folded.has(s)) s = folded.get(s)!;
    return s;
  };
  for (const [k, v] of assigned) assigned.set(k, final(v));
  const groups = new Map<string, string[]>();
  for (const x of round.reports) groups.set(x.event, [...(groups.get(x.event) ?? []), x.id]);
  const multi = [...groups.entries()].filter(([, g]) => g.length > 1);
  const split: string[] = [];
  for (const [event, ids] of multi) {
    const parts = new Map<string, string[]>();
    for (const id of ids) parts.set(assigned.get(id)!, [...(parts.get(assigned.get(id)!) ?? []), id]);
    if (parts.size > 1) split.push(`${event}: ${[...parts.values()].map((p) => `[${p.join(', ')}]`).join(' ')}`);
  }
  // Reports of different events in one story.
  const apartFailures = round.apart.filter(([a, b]) => assigned.get(a) === assigned.get(b)).map(([a, b, why]) => `${a} + ${b} (${why})`);
  const byStory = new Map<string, Set<string>>();
  for (const x of round.reports) byStory.set(assigned.get(x.id)!, (byStory.get(assigned.get(x.id)!) ?? new Set()).add(x.event));
  for (const evs of byStory.values()) if (evs.size > 1) apartFailures.push(`events merged: ${[...evs].join(' + ')}`);
  return { events: multi.length, merged: multi.length - split.length, split, apartKept: round.apart.length - apartFailures.filter((f) => !f.startsWith('events merged')).length, apartFailures, assigned };
}
