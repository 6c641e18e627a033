/**
 * Who a figure comes from ("according to CBP", "según el INM", "said John Doe") and where it
 * applies ("between ports of entry", "southwest border", "in Tijuana").
 */

import vocabulary from './data/vocabulary.json';

/** Agency names as written → canonical short name. Longest aliases are matched first. */
export const AGENCY_ALIASES: Array<[string, string]> = (
  [
    ['U.S. Customs and Border Protection', 'CBP'], ['Customs and Border Protection', 'CBP'], ['Aduanas y Protección Fronteriza', 'CBP'],
    ['Oficina de Aduanas y Protección Fronteriza', 'CBP'], ['CBP', 'CBP'], ['U.S. Border Patrol', 'Border Patrol'], ['Border Patrol', 'Border Patrol'],
    ['Patrulla Fronteriza', 'Border Patrol'], ['Department of Homeland Security', 'DHS'], ['Homeland Security Department', 'DHS'],
    ['Departamento de Seguridad Nacional', 'DHS'], ['DHS', 'DHS'], ['Immigration and Customs Enforcement', 'ICE'], ['ICE', 'ICE'],
    ['Servicio de Inmigración y Control de Aduanas', 'ICE'], ['U.S. Citizenship and Immigration Services', 'USCIS'], ['USCIS', 'USCIS'],
    ['Executive Office for Immigration Review', 'EOIR'], ['EOIR', 'EOIR'], ['UNHCR', 'UNHCR'], ['U.N. refugee agency', 'UNHCR'],
    ['UN refugee agency', 'UNHCR'], ['United Nations High Commissioner for Refugees', 'UNHCR'], ['ACNUR', 'ACNUR'],
    ['Alto Comisionado de las Naciones Unidas para los Refugiados', 'ACNUR'], ['International Organization for Migration', 'IOM'],
    ['IOM', 'IOM'], ['Organización Internacional para las Migraciones', 'OIM'], ['OIM', 'OIM'], ['Instituto Nacional de Migración', 'INM'],
    ['INM', 'INM'], ['Comisión Mexicana de Ayuda a Refugiados', 'COMAR'], ['COMAR', 'COMAR'], ['TRAC', 'TRAC'],
    ['Pew Research Center', 'Pew Research Center'], ['Migration Policy Institute', 'Migration Policy Institute'],
    ['Secretaría de Relaciones Exteriores', 'SRE'], ['SRE', 'SRE'], ['Secretaría de Gobernación', 'Segob'], ['Segob', 'Segob'],
    ['Unidad de Política Migratoria', 'UPM'], ['Guardia Nacional', 'Guardia Nacional'], ['Texas Department of Public Safety', 'Texas DPS'],
    ['Department of Public Safety', 'Texas DPS'], ['DPS', 'Texas DPS'],
    ['Office of Field Operations', 'CBP'], ['White House', 'White House'], ['Casa Blanca', 'White House'], ['Department of Justice', 'DOJ'],
    ['Justice Department', 'DOJ'], ['Government Accountability Office', 'GAO'], ['GAO', 'GAO'], ['Human Rights Watch', 'Human Rights Watch'],
    ['Médicos Sin Fronteras', 'MSF'], ['Doctors Without Borders', 'MSF'], ['UNICEF', 'UNICEF'], ['Panama’s migration service', 'SNM Panama'],
    ['Servicio Nacional de Migración', 'SNM Panama'],
    // More names, kept as data (src/figures/data/vocabulary.json): "the UN migration agency" is IOM.
    ...(vocabulary.agencyAliases as Array<[string, string]>),
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const AGENCY_RE = new RegExp(`(?<![\\p{L}])(?:${AGENCY_ALIASES.map(([a]) => escapeRe(a)).join('|')})(?![\\p{L}])`, 'gu');
const ALIAS_MAP = new Map(AGENCY_ALIASES.map(([a, c]) => [a.toLowerCase(), c]));

/** Canonical agency name for an alias ("U.S. Customs and Border Protection" → "CBP"), or undefined. */
export function canonicalAgency(name: string): string | undefined {
  return ALIAS_MAP.get(name.trim().toLowerCase());
}

interface Span {
  start: number;
  end: number;
  value: string;
}

const NAME = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+la|de\\s+los|del|de|la|al|a|para\\s+la|para\\s+el|para\\s+los|para)?\\s*\\p{Lu}[\\p{L}'’-]+){1,4})";

/** Titles dropped from a person's name: "Mayor Eric Adams" → "Eric Adams". */
const TITLES = /^(?:(?:Mayor|Gov\.?|Governor|Sen\.?|Senator|Rep\.?|Representative|Chief|Secretary|President|Director|Commissioner|Sheriff|Judge|Attorney General|Spokesman|Spokeswoman|Spokesperson|Agent|Officer|Alcalde|Alcaldesa|Gobernador|Gobernadora|Presidente|Presidenta|Secretario|Secretaria|Director|Directora|Comisionado|Comisionada|Canciller|Obispo|Padre|Dr\.?|Lic\.?)\s+)+/u;

function personName(raw: string): string | null {
  const name = raw.replace(TITLES, '').trim();
  return /\s/.test(name) ? name : null;
}
const SAID_EN = '(?:said|says|told|reported|announced|estimated|wrote|noted|added|testified)';
const SAID_ES = '(?:dijo|informó|informo|reportó|reporto|señaló|senalo|indicó|indico|detalló|detallo|precisó|preciso|afirmó|afirmo|declaró|declaro|explicó|explico|aseguró|aseguro|estimó|estimo|anunció|anuncio|destacó|destaco|refirió|refirio|expuso|agregó|agrego|sostuvo)';
const NOT_NAMES = /^(?:The|El|La|Los|Las|But|And|In|En|On|He|She|They|Officials|Authorities|Las autoridades)$/;

function agencyAt(sentence: string, start: number): Span | null {
  AGENCY_RE.lastIndex = start;
  const m = AGENCY_RE.exec(sentence);
  if (!m || m.index !== start) return null;
  return { start: m.index, end: m.index + m[0].length, value: canonicalAgency(m[0]) ?? m[0] };
}

/** Agency or named person starting at (or just after an article at) `pos`. */
function sourceAt(sentence: string, pos: number): Span | null {
  const rest = sentence.slice(pos);
  // An article, then up to two describing words: "according to preliminary CBP figures", "según los datos oficiales del INM".
  const lead =
    /^(?:the\s+|el\s+|la\s+|los\s+|las\s+|del\s+|al\s+|)(?:(?:preliminary|new|official|latest|internal|recent|unpublished|monthly|annual|federal|government|datos|cifras|preliminares|oficiales|nuevos|nuevas)\s+(?:(?:de\s+la|del|de)\s+)?){0,2}(?:U\.S\.\s+(?=Border Patrol))?/i.exec(rest)?.[0] ?? '';
  const at = pos + lead.length;
  const agency = agencyAt(sentence, at);
  if (agency) return agency;
  const name = new RegExp(`^${NAME}`, 'u').exec(sentence.slice(at));
  if (name) {
    // Agency inside a longer title: "said Border Patrol Chief Raul Ortiz" → the agency.
    const inner = new RegExp(AGENCY_RE.source, 'u').exec(name[1]);
    if (inner) return { start: at, end: at + name[0].length, value: canonicalAgency(inner[0]) ?? inner[0] };
    if (NOT_NAMES.test(name[1].split(/\s+/)[0])) return null;
    const person = personName(name[1]);
    return person ? { start: at, end: at + name[0].length, value: person } : null;
  }
  return null;
}

/**
 * The source a sentence attributes its figures to, if any. Explicit attribution ("according to",
 * "said", "según", "informó") wins over an agency merely named in the sentence. Text inside
 * [skipStart, skipEnd) (the figure itself: "1,500 Border Patrol agents") is not a source.
 */
export function findSource(sentence: string, skipStart = -1, skipEnd = -1, explicitOnly = false): string | null {
  const outside = (s: Span | null): s is Span => !!s && !(s.start >= skipStart && s.end <= skipEnd);
  const patterns: Array<[RegExp, 'after' | 'before']> = [
    [/\b(?:according\s+to|per|citing)\s+/gi, 'after'],
    [/\b(?:según|segun|de\s+acuerdo\s+con|conforme\s+a|con\s+datos\s+de|datos\s+de|cifras\s+de|informe\s+de|reporte\s+de)\s+/giu, 'after'],
    [new RegExp(`\\b${SAID_EN}\\s+`, 'g'), 'after'],
    [new RegExp(`\\b${SAID_ES}\\s+`, 'gu'), 'after'],
  ];
  for (const [re, where] of patterns) {
    for (const m of sentence.matchAll(re)) {
      if (where === 'after') {
        const s = sourceAt(sentence, (m.index ?? 0) + m[0].length);
        if (outside(s)) return s.value;
      }
    }
  }
  // "CBP said", "the IOM said", "CBP data showed"
  const agencySaid = new RegExp(`(${AGENCY_RE.source})(?:,[^,]{1,80},)?\\s+(?:${SAID_EN}|${SAID_ES}|data\\s+show(?:s|ed)?|figures\\s+show(?:s|ed)?|statistics\\s+show(?:s|ed)?)\\b`, 'gu');
  for (const m of sentence.matchAll(agencySaid)) {
    const s = { start: m.index ?? 0, end: (m.index ?? 0) + m[1].length, value: canonicalAgency(m[1]) ?? m[1] };
    if (outside(s)) return s.value;
  }
  // "X said", "X, a spokesman for …, said", "X informó"
  const before = new RegExp(`${NAME}(?:,[^,]{1,80},)?\\s+(?:${SAID_EN}|${SAID_ES}|data\\s+show(?:s|ed)?|figures\\s+show(?:s|ed)?)\\b`, 'gu');
  for (const m of sentence.matchAll(before)) {
    const start = m.index ?? 0;
    const inner = new RegExp(AGENCY_RE.source, 'gu').exec(m[1]);
    if (inner) {
      const s = { start: start + inner.index, end: start + inner.index + inner[0].length, value: canonicalAgency(inner[0]) ?? inner[0] };
      if (outside(s)) return s.value;
      continue;
    }
    const first = m[1].split(/\s+/)[0];
    if (NOT_NAMES.test(first)) continue;
    const person = personName(m[1]);
    if (!person) continue;
    const s = { start, end: start + m[1].length, value: person };
    if (outside(s)) return s.value;
  }
  if (explicitOnly) return null;
  // Any agency named in the sentence outside the figure.
  for (const m of sentence.matchAll(new RegExp(AGENCY_RE.source, 'gu'))) {
    const s = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: canonicalAgency(m[0]) ?? m[0] };
    if (outside(s)) return s.value;
  }
  return null;
}

const PLACES = [
  'Tijuana', 'Ciudad Juárez', 'Juárez', 'Ciudad Juarez', 'Juarez', 'Mexicali', 'Nogales', 'Matamoros', 'Reynosa', 'Nuevo Laredo',
  'Piedras Negras', 'Ciudad Acuña', 'Acuña', 'Tapachula', 'Chiapas', 'Chihuahua', 'Sonora', 'Baja California', 'Tamaulipas', 'Coahuila',
  'Texas', 'Arizona', 'California', 'New Mexico', 'El Paso', 'San Diego', 'Eagle Pass', 'Del Rio', 'Laredo', 'Brownsville', 'McAllen',
  'Yuma', 'Tucson', 'Lukeville', 'Sasabe', 'Darién', 'Darien', 'Darién Gap', 'Darien Gap', 'the Darién Gap', 'the Darien Gap', 'Panama',
  'Panamá', 'Guatemala', 'Mexico City', 'Ciudad de México', 'CDMX', 'Chicago', 'New York City', 'New York', 'Denver', 'Massachusetts',
  'Florida', 'Oaxaca', 'Veracruz', 'Monterrey', 'Nuevo León', 'San Luis Potosí', 'Sonoyta', 'Agua Prieta', 'Ciudad Hidalgo', 'Tenosique',
  'Rio Grande Valley', 'Rio Grande', 'Río Bravo', 'Arizona desert',
].sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`\\b(in|en|at|near|through|across|from|cerca de|por|a)\\s+(${PLACES.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');

const SCOPE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/\bbetween\s+(?:official\s+|legal\s+)?ports\s+of\s+entry\b/gi, () => 'between ports of entry'],
  [/\b(?:at|through)\s+(?:official\s+|legal\s+|the\s+)?ports\s+of\s+entry\b/gi, () => 'at ports of entry'],
  [/\bentre\s+(?:los\s+)?puertos\s+de\s+entrada\b/gi, () => 'entre puertos de entrada'],
  [/\ben\s+(?:los\s+)?puertos\s+de\s+entrada\b/gi, () => 'en puertos de entrada'],
  [/\b(?:in|at)\s+the\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,2})\s+[Ss]ector\b/gu, (m) => `${m[1]} sector`],
  [/\ben\s+el\s+sector\s+(?:de\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,2})/gu, (m) => `${m[1]} sector`],
  [/\b(?:southwest(?:ern)?|southern|U\.S\.-Mexico|US-Mexico|U\.S\.–Mexico|Mexico)\s+border\b/gi, (m) => (/southern/i.test(m[0]) ? 'southern border' : 'southwest border')],
  [/\bfrontera\s+(?:norte|con\s+(?:Estados\s+Unidos|EE\.?\s?UU\.?|EU))\b/gi, () => 'frontera norte'],
  [/\bfrontera\s+sur\b/gi, () => 'frontera sur'],
  [/\bnorthern\s+border\b/gi, () => 'northern border'],
];

/** Where a figure applies: the scope phrase nearest to it, or null. */
export function findScope(sentence: string, start: number, end: number): string | null {
  const found: Array<{ s: number; e: number; v: string; rank: number }> = [];
  SCOPE_PATTERNS.forEach(([re, value], rank) => {
    for (const m of sentence.matchAll(re)) found.push({ s: m.index ?? 0, e: (m.index ?? 0) + m[0].length, v: value(m), rank });
  });
  for (const m of sentence.matchAll(PLACE_RE)) {
    const prep = m[1].toLowerCase();
    const place = m[2].replace(/^the\s+/, '');
    const word = prep === 'en' || prep === 'cerca de' || prep === 'por' || prep === 'a' ? 'en' : 'in';
    if (prep === 'a' || prep === 'from' || prep === 'por') continue; // movement, not where counted
    found.push({ s: m.index ?? 0, e: (m.index ?? 0) + m[0].length, v: `${word} ${place}`, rank: 50 });
  }
  let best: { v: string; score: number } | null = null;
  for (const f of found) {
    const dist = f.s >= end ? f.s - end : f.e <= start ? start - f.e : 0;
    // Ports-of-entry and sector scopes are the most specific; prefer them unless far away.
    const score = dist + (f.rank <= 5 ? 0 : 40);
    if (!best || score < best.score) best = { v: f.v, score };
  }
  return best?.v ?? null;
}
