/**
 * Word lists for key-figure extraction (English and Spanish): the counted things (metrics),
 * qualifiers, rate words, and words that show a number is not a key figure.
 */

/**
 * Counted things, as written (lower-case) → canonical metric. Multi-word entries are matched
 * before single words ("asylum claims" before "claims"). Generic metrics are listed in GENERIC_METRICS.
 */
import vocabulary from './data/vocabulary.json';

export const METRIC_WORDS: Record<string, string> = {
  // English
  apprehensions: 'apprehensions', encounters: 'encounters', crossings: 'crossings', 'border crossings': 'crossings',
  'illegal crossings': 'crossings', migrants: 'migrants', immigrants: 'immigrants', people: 'people', persons: 'people',
  individuals: 'people', 'asylum seekers': 'asylum seekers', 'asylum claims': 'asylum claims', 'asylum applications': 'asylum claims',
  'asylum requests': 'asylum claims', 'asylum cases': 'asylum cases', cases: 'cases', 'pending cases': 'cases', deportations: 'deportations',
  removals: 'removals', returns: 'returns', expulsions: 'expulsions', repatriations: 'repatriations', deaths: 'deaths', bodies: 'deaths',
  'migrant deaths': 'deaths', arrests: 'arrests', detentions: 'detentions', detainees: 'detainees', agents: 'agents', officers: 'officers',
  troops: 'troops', soldiers: 'troops', guardsmen: 'troops', 'national guard troops': 'troops', 'national guard members': 'troops',
  beds: 'beds', 'detention beds': 'beds', dollars: 'dollars', children: 'children', 'unaccompanied children': 'unaccompanied children',
  'unaccompanied minors': 'unaccompanied children', 'unaccompanied migrant children': 'unaccompanied children', minors: 'children',
  families: 'families', 'family units': 'family units', 'family members': 'family members', 'single adults': 'single adults',
  adults: 'adults', refugees: 'refugees', noncitizens: 'noncitizens', applicants: 'applicants', appointments: 'appointments',
  parolees: 'parolees', visas: 'visas', 'work permits': 'work permits', releases: 'releases', gotaways: 'gotaways',
  'got-aways': 'gotaways', 'known gotaways': 'gotaways', nationals: 'nationals', venezuelans: 'venezuelans', haitians: 'haitians',
  cubans: 'cubans', mexicans: 'mexicans', hondurans: 'hondurans', guatemalans: 'guatemalans', nicaraguans: 'nicaraguans',
  ecuadorians: 'ecuadorians', colombians: 'colombians', judges: 'judges', 'immigration judges': 'judges', flights: 'flights',
  'deportation flights': 'deportation flights', buses: 'buses', shelters: 'shelters', rescues: 'rescues', pounds: 'pounds',
  seizures: 'seizures', 'miles of wall': 'miles of wall', 'miles of border wall': 'miles of wall', 'miles of barrier': 'miles of wall',
  'apprehensions and encounters': 'encounters', 'border patrol agents': 'agents', 'cbp officers': 'officers', workers: 'workers',
  'asylum officers': 'asylum officers', prosecutions: 'prosecutions', convictions: 'convictions', 'green cards': 'green cards',
  // Spanish
  migrantes: 'migrantes', 'personas migrantes': 'migrantes', 'personas extranjeras': 'extranjeros', personas: 'personas',
  extranjeros: 'extranjeros', inmigrantes: 'inmigrantes', detenciones: 'detenciones', aprehensiones: 'aprehensiones',
  arrestos: 'arrestos', 'solicitudes de asilo': 'solicitudes de asilo', 'solicitudes de refugio': 'solicitudes de asilo',
  'solicitudes de la condición de refugiado': 'solicitudes de asilo', 'solicitantes de asilo': 'solicitantes de asilo',
  solicitantes: 'solicitantes', deportaciones: 'deportaciones', deportados: 'deportados', repatriaciones: 'repatriaciones',
  repatriados: 'repatriados', expulsiones: 'expulsiones', devoluciones: 'devoluciones', retornos: 'devoluciones', cruces: 'cruces',
  encuentros: 'encuentros', eventos: 'eventos', rescates: 'rescates', rescatados: 'rescatados', muertes: 'muertes', muertos: 'muertes',
  fallecidos: 'muertes', cuerpos: 'muertes', 'niños, niñas y adolescentes': 'menores', niños: 'menores', menores: 'menores',
  'menores no acompañados': 'menores no acompañados', 'niñas, niños y adolescentes': 'menores', agentes: 'agentes',
  elementos: 'elementos', efectivos: 'elementos', militares: 'militares', soldados: 'militares', 'guardias nacionales': 'elementos',
  refugiados: 'refugiados', desplazados: 'desplazados', familias: 'familias', camas: 'camas', dólares: 'dollars', dolares: 'dollars',
  pesos: 'pesos', citas: 'citas', albergues: 'albergues', víctimas: 'víctimas', venezolanos: 'venezolanos',
  haitianos: 'haitianos', cubanos: 'cubanos', hondureños: 'hondureños', guatemaltecos: 'guatemaltecos', mexicanos: 'mexicanos',
  connacionales: 'connacionales', trámites: 'trámites', 'tarjetas de visitante regional': 'tarjetas', tarjetas: 'tarjetas',
  visados: 'visas', vuelos: 'vuelos', autobuses: 'autobuses', camiones: 'camiones',
  // More counted things, kept as data (src/figures/data/vocabulary.json).
  ...(vocabulary.metrics as Record<string, string>),
};

/** A verb right after a number with no noun of its own names what it counts: "25 resultaron heridos" → heridos. */
export const VERB_METRICS: Record<'en' | 'es', Array<[string, string]>> = {
  en: Object.entries(vocabulary.verbMetrics.en).sort((a, b) => b[0].length - a[0].length),
  es: Object.entries(vocabulary.verbMetrics.es).sort((a, b) => b[0].length - a[0].length),
};
/** "1,250 pounds of methamphetamine": a weight of a drug counts the drug seized. */
export const DRUGS: readonly string[] = [...vocabulary.drugs].sort((a, b) => b.length - a.length);
export const WEIGHT_WORDS = new Set(vocabulary.weights);

/** Metrics that say little on their own; a figure with one ranks below one with a specific metric. */
export const GENERIC_METRICS = new Set(['people', 'personas', 'migrants', 'migrantes', 'immigrants', 'individuals', 'dollars', 'pesos', 'extranjeros', 'percent']);

/** Longest metric phrase in words. */
export const MAX_METRIC_WORDS = Math.max(...Object.keys(METRIC_WORDS).map((k) => k.split(/\s+/).length));

/** Qualifiers before a number, lower-case; longest first when matching. */
export const QUALIFIERS = [
  'more than', 'over', 'nearly', 'almost', 'about', 'roughly', 'approximately', 'around', 'at least', 'up to', 'fewer than', 'less than',
  'just over', 'just under', 'just more than', 'well over', 'close to', 'upward of', 'upwards of', 'as many as', 'an estimated',
  'some', 'under', 'at most', 'a record', 'a total of', 'más de', 'cerca de', 'casi', 'alrededor de', 'unos', 'unas', 'al menos',
  'hasta', 'poco más de', 'menos de', 'aproximadamente', 'por lo menos', 'un total de', 'más de un', 'aproximadamente unos', 'arriba de',
  'hasta unos', 'un estimado de', 'unos 3', 'apenas',
].filter((q) => !/\d/.test(q));

/** Qualifiers that do not change the value's meaning and are reported as null. */
export const NEUTRAL_QUALIFIERS = new Set(['a total of', 'un total de', 'a record']);

/** Rate words → per. */
export const PER_PHRASES: Array<[RegExp, string]> = [
  [/^(?:a|per|each|every|a single|in a single|in one) day\b(?!\s+(?:earlier|ago|before|later|prior|after|when))/i, 'day'],
  [/^daily\b/i, 'day'],
  [/^(?:a|per|each|every) week\b(?!\s+(?:earlier|ago|before|later|prior|after|when))/i, 'week'],
  [/^weekly\b/i, 'week'],
  [/^(?:a|per|each|every) month\b(?!\s+(?:earlier|ago|before|later|prior|after|when))/i, 'month'],
  [/^monthly\b/i, 'month'],
  [/^(?:a|per|each|every) year\b(?!\s+(?:earlier|ago|before|later|prior|after|when))/i, 'year'],
  [/^(?:annually|yearly)\b/i, 'year'],
  [/^(?:al|por|cada) día\b/i, 'day'],
  [/^(?:diarios|diarias|diario|diaria|diariamente|a diario|cada día)(?![\p{L}])/iu, 'day'],
  [/^(?:a la|por|cada) semana\b/i, 'week'],
  [/^(?:semanales|semanal|semanalmente)\b/i, 'week'],
  [/^(?:al|por|cada) mes\b/i, 'month'],
  [/^(?:mensuales|mensual|mensualmente)\b/i, 'month'],
  [/^(?:al|por|cada) año\b/i, 'year'],
  [/^(?:anuales|anual|anualmente)\b/i, 'year'],
];

/** Rate words standing before the number ("a daily average of 10,000", "un promedio diario de"). */
export const PER_BEFORE: Array<[RegExp, string]> = [
  [/\b(?:daily (?:average|total|record|high)|average of|averaging|averaged)\b[^.]{0,20}$/i, ''],
  [/\bdaily (?:average|total|record|high|rate) of\s*$/i, 'day'],
  [/\bweekly (?:average|total) of\s*$/i, 'week'],
  [/\bmonthly (?:average|total) of\s*$/i, 'month'],
  [/\bpromedio diario de\s*$/i, 'day'],
  [/\bpromedio (?:mensual|al mes) de\s*$/i, 'month'],
  [/\bpromedio semanal de\s*$/i, 'week'],
];

/** A number followed by one of these is a duration, a measure, an age or page chrome, not a key figure. */
export const NON_FIGURE_NEXT = new Set([
  'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'year-old', 'year-olds', 'years-old', 'hora', 'horas', 'minuto', 'minutos', 'segundo', 'segundos', 'día', 'días',
  'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'década', 'décadas', 'miles', 'mile', 'kilometers', 'kilometres', 'km', 'kilómetros',
  'kilometros', 'metros', 'meters', 'metres', 'feet', 'foot', 'ft', 'inches', 'acres', 'degrees', 'grados', 'views', 'comments', 'shares',
  'likes', 'comentarios', 'vistas', 'visitas', 'min', 'mins', 'photos', 'fotos', 'points', 'puntos', 'goals', 'goles', 'runs', 'a.m', 'p.m',
  'am', 'pm', 'hrs', 'h', 'st', 'nd', 'rd', 'th', 'º', '°', 'er', 'times', 'veces', 'pages', 'páginas',
]);

/** Words before a number that name a law, program, road, or document rather than count anything. */
export const NON_FIGURE_PREV = new Set([
  'title', 'section', 'sec', 'article', 'artículo', 'articulo', 'rule', 'proposition', 'prop', 'sb', 'hb', 'bill', 'order', 'chapter',
  'highway', 'interstate', 'route', 'gate', 'no', 'number', 'núm', 'num', 'número', 'flight', 'vuelo', 'room', 'suite', 'calle', 'avenida',
  'av', 'km', 'kilómetro', 'kilometro', 'carretera', 'apartado', 'código', 'fracción', 'page', 'página', 'channel', 'canal', 'ward',
  'district', 'distrito', 'precinct', 'amendment', 'enmienda', 'i', 'covid', 'step', 'phase', 'fase', 'level', 'nivel', 'category',
  'tier', 'título', 'titulo', 'ley', 'act', 'unit', 'exit', 'salida', 'puerta', 'garita', 'hr', 'h.r', 's', 'cp', 'zip', 'bus', 'line',
  'línea', 'box', 'pier', 'hangar', 'terminal', 'ext', 'tel', 'teléfono', 'phone', 'fax', 'v', 'vs', 'executive', 'docket', 'case',
  'expediente', 'gen', 'generation', 'season', 'temporada', 'round', 'ronda', 'week', 'semana', 'jornada', 'game', 'juego', 'volume',
  'vol', 'issue', 'episode', 'episodio', 'fy', 'dec', 'decreto', 'acuerdo', 'block', 'lote', 'manzana', 'sector', 'zone', 'zona',
  'cuadrante', 'mile', 'marker', 'hwy',
]);

/** Street suffixes: "1200 Main Street" is an address. */
export const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'highway', 'hwy', 'plaza',
  'court', 'ct', 'place', 'pl', 'parkway', 'pkwy', 'suite', 'calle', 'avenida', 'colonia', 'col', 'esquina', 'bulevar', 'blvd',
]);

export { MONTHS_EN, MONTHS_ES, MONTH_ABBR_EN, monthNumber } from '../text/months';
