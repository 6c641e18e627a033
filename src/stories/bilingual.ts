import { MONTHS_EN, spanishMonthNames } from '../text/months';
import { contentTokens, foldText, stem } from './normalize-text';

/**
 * A compact English/Spanish map of the border and migration beat, so that an EFE or La Jornada report and
 * an AP or Reuters report of one event share tokens: "caravana" and "caravan" both become `caravan`,
 * "Patrulla Fronteriza" and "Border Patrol" both `borderpatrol`, "muertos"/"killed"/"deaths" all `dead`.
 * Multi-word names are folded first (phrase → one token), then single words (after the light stem).
 * Unknown words pass through unchanged: names of places and people are spelled alike in both languages.
 */

/** Multi-word names and phrases (folded, accents stripped) → one canonical token. Longest first at use. */
const PHRASES: Record<string, string> = {
  'patrulla fronteriza': 'borderpatrol',
  'border patrol': 'borderpatrol',
  'oficina de aduanas y proteccion fronteriza': 'cbp',
  'customs and border protection': 'cbp',
  'servicio de inmigracion y control de aduanas': 'ice',
  'immigration and customs enforcement': 'ice',
  'instituto nacional de migracion': 'inm',
  'national migration institute': 'inm',
  'organizacion internacional para las migraciones': 'iom',
  'international organization for migration': 'iom',
  'alto comisionado de las naciones unidas para los refugiados': 'unhcr',
  'un refugee agency': 'unhcr',
  'agencia de la onu para los refugiados': 'unhcr',
  'departamento de seguridad nacional': 'dhs',
  'department of homeland security': 'dhs',
  'homeland security': 'dhs',
  'departamento de justicia': 'doj',
  'justice department': 'doj',
  'department of justice': 'doj',
  'guardia nacional': 'nationalguard',
  'national guard': 'nationalguard',
  'casa blanca': 'whitehouse',
  'white house': 'whitehouse',
  'tribunal supremo': 'supremecourt',
  'corte suprema': 'supremecourt',
  'suprema corte': 'supremecourt',
  'supreme court': 'supremecourt',
  'corte de apelaciones': 'appealscourt',
  'tribunal de apelaciones': 'appealscourt',
  'appeals court': 'appealscourt',
  'court of appeals': 'appealscourt',
  'quinto circuito': 'fifthcircuit',
  '5th circuit': 'fifthcircuit',
  '5th us circuit': 'fifthcircuit',
  'fifth circuit': 'fifthcircuit',
  'orden ejecutiva': 'executiveorder',
  'executive order': 'executiveorder',
  'titulo 42': 'title42',
  'title 42': 'title42',
  'rio bravo': 'riogrande',
  'rio grande': 'riogrande',
  'ciudad juarez': 'juarez',
  'ciudad de mexico': 'mexicocity',
  'mexico city': 'mexicocity',
  'cumbre de las americas': 'americassummit',
  'summit of the americas': 'americassummit',
  'americas summit': 'americassummit',
  'estacion migratoria': 'detentioncenter',
  'detention center': 'detentioncenter',
  'immigration center': 'detentioncenter',
  'migrant center': 'detentioncenter',
  'sin papeles': 'undocumented',
  'death toll': 'toll',
  'cifra de muertos': 'toll',
  'medio millon': '500000',
  'half a million': '500000',
  'estados unidos': 'unitedstates',
  'united states': 'unitedstates',
  'ee uu': 'unitedstates',
};

/** Canonical token → its variants in either language (written plainly; stemmed when the map is built). */
const WORDS: Record<string, string> = {
  border: 'frontera fronteriza fronterizo fronterizas fronterizos borders',
  migrant: 'migrante migrantes inmigrante inmigrantes immigrant immigrants migrants',
  caravan: 'caravana caravanas caravans',
  asylum: 'asilo',
  deportation: 'deportacion deportaciones deportar deporta deportados deport deported deportations deporting expulsion expulsiones expulsar expel expulsions expelled',
  arrest: 'arresto arrestos arrestar arrestan arrestado detencion detenciones detenidos detenido detuvo detener arrests arrested apprehension apprehensions apprehended',
  dead: 'muerto muertos muerta mueren murieron muere murio fallecidos fallecen fallecio muertes muerte death deaths killed kills kill killing die died dies',
  injured: 'herido heridos heridas lesionados wounded injuries',
  missing: 'desaparecido desaparecidos desapariciones',
  fire: 'incendio incendios blaze',
  court: 'corte tribunal',
  judge: 'juez jueza',
  law: 'ley leyes laws',
  block: 'bloquea bloquear bloqueo bloqueo frena frenar frenan blocks blocked blocking',
  appeal: 'apelacion apelaciones appeals',
  ruling: 'fallo sentencia falla fallo decision resolucion',
  buoy: 'boya boyas buoys',
  barrier: 'barrera barreras barriers',
  wire: 'alambre concertina',
  truck: 'camion camiones trucks',
  crash: 'volcadura volcar volco vuelca accidente overturned overturn crashes crashed',
  rescue: 'rescatan rescate rescatar rescatados rescued rescues',
  found: 'hallan hallados hallado localizan localizados encontrados encuentran',
  shooting: 'disparo disparos disparar dispararon dispara balacera shot shots shootings',
  rancher: 'ranchero rancheros ranchers',
  brother: 'hermano hermanos brothers',
  murder: 'asesinato homicidio manslaughter asesinar',
  charged: 'acusado acusados acusan acusa imputado charges charge',
  lawsuit: 'demanda demandas demando demandar sues sued sue suing',
  route: 'ruta rutas routes',
  deadliest: 'mortifera mortal letal deadly',
  world: 'mundo planeta',
  encounter: 'encuentro encuentros encounters',
  crossing: 'cruce cruces cruzar cruzan cross crossed crossings',
  illegal: 'irregular irregulares ilegal ilegales illegally',
  undocumented: 'indocumentado indocumentados indocumentadas',
  spouse: 'conyuge conyuges spouses esposos',
  married: 'casados casadas casado',
  citizen: 'ciudadano ciudadanos ciudadana citizens',
  citizenship: 'ciudadania',
  residency: 'residencia residence',
  permanent: 'permanente',
  program: 'programa programas',
  protect: 'protege proteger protegera protegiendolos shield shielding protecting protects',
  governor: 'gobernador gobernadora gov',
  government: 'gobierno administration administracion',
  president: 'presidente presidenta',
  order: 'orden',
  rule: 'regla reglas norma normas rules',
  policy: 'politica politicas policies',
  expire: 'expira expiro expiran expired expires vence',
  end: 'fin termina terminan ends ended',
  restrict: 'restringe restringir restricciones restricts restricted restriction restrictions limita',
  suspend: 'suspende suspender suspendera suspension halt halts suspends',
  fall: 'caen cae bajan baja bajaron disminuyen fell falls dipped dip decline declined drop dropped',
  rise: 'suben sube aumentan aumenta aumento subio rose rises increase increased climbs',
  half: 'mitad',
  thousand: 'miles thousands',
  south: 'sur sureno surena southern',
  north: 'norte northern',
  state: 'estado estatal estados states',
  police: 'policia policias',
  smuggler: 'traficante traficantes pollero polleros coyote coyotes smugglers',
  smuggling: 'trafico',
  people: 'personas persona',
  week: 'semana semanas weeks',
  record: 'records',
  install: 'instala instalar instalo coloca colocar coloco instalando installs installed installing deploys deploy deploying placing',
  leave: 'salen salieron salio sale parte parten partio partieron set leaves left',
  agent: 'agente agentes agents',
  mexico: 'mexicano mexicana mexicanos mexican',
  central: 'centroamericanos centroamericano centroamerica',
  venezuela: 'venezolanos venezolano venezuelans',
  cuba: 'cubanos cubano cubans',
  haiti: 'haitianos haitiano haitians',
  guatemala: 'guatemaltecos guatemalteco guatemalans',
  honduras: 'hondurenos hondureno hondurans',
  pandemic: 'pandemia',
  midnight: 'medianoche',
  allow: 'permite permitio permitir permitira permitiria autoriza autorizo autorizar allows allowed allowing let lets authorized authorizes',
  health: 'sanitaria sanitario salud',
  effect: 'vigor',
  immediately: 'inmediato inmediata inmediatamente quickly rapidly',
  begin: 'comienza comienzan comenzo inicia inician empieza begins began start starts started',
  harder: 'endurece endurecen endurecer tighten tightens tougher',
  request: 'solicitud solicitudes solicitar requests',
  access: 'acceso',
  remove: 'retirar retira retiro quitar removal removes',
  cut: 'cortar corte corten cuts cutting',
  federal: 'federales',
  agency: 'agencia dependencia',
  prosecutor: 'fiscalia fiscal prosecutors',
  authority: 'autoridades autoridad authorities officials funcionarios',
  hospital: 'hospitales hospitals',
  monday: 'lunes',
  tuesday: 'martes',
  wednesday: 'miercoles',
  thursday: 'jueves',
  friday: 'viernes',
  saturday: 'sabado',
  sunday: 'domingo',
  // months: the toolkit's one month table (src/text/months.ts)
  ...Object.fromEntries(MONTHS_EN.map((m) => [m, spanishMonthNames(m).join(' ')])),
};

/** Tokens that only name the country or say "U.S." (EE.UU., EU): present in nearly every report. */
const IGNORED = new Set(['eeuu', 'eu', 'ee', 'uu', 'unitedstates', 'unitedstate']);

const PHRASE_LIST = Object.keys(PHRASES).sort((a, b) => b.length - a.length);
const PHRASE_RE = new RegExp(`\\b(?:${PHRASE_LIST.map((p) => p.replace(/\./g, '\\.')).join('|')})\\b`, 'g');

const CONCEPT = new Map<string, string>();
for (const [canonical, variants] of Object.entries(WORDS)) {
  const c = stem(canonical);
  CONCEPT.set(c, c);
  for (const v of variants.split(' ')) CONCEPT.set(stem(v), c);
}

/** The canonical (English) token of a stemmed, folded word; the word itself when the map does not know it. */
export function conceptOf(token: string): string {
  return CONCEPT.get(token) ?? token;
}

/** Folded text with the beat's multi-word names turned into single canonical tokens. */
export function foldPhrases(text: string): string {
  return foldText(text).replace(PHRASE_RE, (m) => PHRASES[m] ?? m);
}

/**
 * Language-neutral content tokens of a text: folded, stop words dropped, stemmed, multi-word names joined,
 * Spanish and English beat vocabulary mapped to one canonical token, "7 mil" read as 7000.
 */
export function conceptTokens(text: string): string[] {
  const folded = foldPhrases(text).replace(/\b(\d{1,3}) mil\b/g, (_m, n: string) => String(Number(n) * 1000));
  return contentTokens(folded)
    .map(conceptOf)
    .filter((t) => !IGNORED.has(t));
}

/** Metric names seen (a small vocabulary, compared on every same-story check), with their canonical form. */
const METRIC_MEMO = new Map<string, string>();
const METRIC_MEMO_SIZE = 4096;

/** Canonical form of a figure's metric name ("migrantes" and "migrants" → "migrant", "muertes" → "dead"). */
export function canonicalMetric(metric: string): string {
  const hit = METRIC_MEMO.get(metric);
  if (hit !== undefined) return hit;
  const out = contentTokens(foldPhrases(metric)).map(conceptOf).join(' ');
  if (METRIC_MEMO.size >= METRIC_MEMO_SIZE) METRIC_MEMO.clear();
  METRIC_MEMO.set(metric, out);
  return out;
}
