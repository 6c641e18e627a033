/**
 * Who a figure comes from ("according to CBP", "según el INM", "said John Doe") and where it
 * applies ("between ports of entry", "southwest border", "in Tijuana").
 */

import vocabulary from './data/vocabulary.json';
import { escapeRegExp, phrasePattern } from '../text';

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
    ['Unidad de Política Migratoria', 'UPM'], ['Guardia Nacional', 'Guardia Nacional'], ['Texas Department of Public Safety', 'DPS'],
    ['Department of Public Safety', 'DPS'], ['DPS', 'DPS'],
    ['Office of Field Operations', 'CBP'], ['White House', 'White House'], ['Casa Blanca', 'White House'], ['Department of Justice', 'DOJ'],
    ['Justice Department', 'DOJ'], ['Government Accountability Office', 'GAO'], ['GAO', 'GAO'], ['Human Rights Watch', 'Human Rights Watch'],
    ['Médicos Sin Fronteras', 'MSF'], ['Doctors Without Borders', 'MSF'], ['UNICEF', 'UNICEF'], ['Panama’s migration service', 'SNM'],
    ['Servicio Nacional de Migración', 'SNM'],
    // More names, kept as data (src/figures/data/vocabulary.json): "the UN migration agency" is IOM.
    ...(vocabulary.agencyAliases as Array<[string, string]>),
  ] as Array<[string, string]>
)
  // Spanish and much English press write acronyms of four letters or more in title case: "Comar", "Acnur", "Unicef".
  .flatMap(([a, c]): Array<[string, string]> => (/^\p{Lu}{4,}$/u.test(a) ? [[a, c], [a[0] + a.slice(1).toLowerCase(), c]] : [[a, c]]))
  .sort((a, b) => b[0].length - a[0].length);

const AGENCY_RE = new RegExp(`(?<![\\p{L}])(?:${AGENCY_ALIASES.map(([a]) => escapeRegExp(a)).join('|')})(?![\\p{L}])`, 'gu');
const ALIAS_MAP = new Map(AGENCY_ALIASES.map(([a, c]) => [a.toLowerCase(), c]));

/** The last agency named in a text, canonical ("… by U.S. Customs and Border Protection" → "CBP"), or null. */
export function lastAgencyIn(text: string): string | null {
  const spans = agencySpans(text);
  return spans.length ? spans[spans.length - 1]!.value : null;
}

const WORD_START = /(?<![\p{L}])\p{L}/gu;
const AGENCY_AT = new RegExp(AGENCY_RE.source, 'uy');
const ALIAS_STARTS = new Set(AGENCY_ALIASES.map(([a]) => a.slice(0, 2)));

/** Every agency named in a text, in order; the last few texts are remembered (a sentence and its clauses are read several times). */
const spanCache = new Map<string, Span[]>();
function agencySpans(text: string): Span[] {
  let spans = spanCache.get(text);
  if (spans) return spans;
  spans = [];
  // The same matches as scanning with AGENCY_RE, found faster: the expression is tried only at the start of a word
  // whose first two characters start some alias (every alias starts with a letter after a non-letter).
  let lastEnd = 0;
  for (const w of text.matchAll(WORD_START)) {
    const p = w.index ?? 0;
    if (p < lastEnd || !ALIAS_STARTS.has(text.slice(p, p + 2))) continue;
    AGENCY_AT.lastIndex = p;
    const m = AGENCY_AT.exec(text);
    if (!m) continue;
    spans.push({ start: p, end: p + m[0].length, value: canonicalAgency(m[0]) ?? m[0] });
    lastEnd = p + m[0].length;
  }
  if (spanCache.size >= 16) spanCache.delete(spanCache.keys().next().value as string);
  spanCache.set(text, spans);
  return spans;
}

/** The last agency named in `text` before `pos`. */
function lastAgencyBefore(text: string, pos: number): string | null {
  let last: string | null = null;
  for (const s of agencySpans(text)) {
    if (s.end > pos) break;
    last = s.value;
  }
  return last;
}

const escapeList = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => phrasePattern(w)).join('|');
const HEADS = vocabulary.institutionHeads as Record<'en' | 'es', string[]>;
const UNNAMED = vocabulary.unnamedSources as Record<'en' | 'es', string[]>;
const ANAPHORS = vocabulary.anaphoricSources as Record<'en' | 'es', string[]>;
const SECTOR_WORDS = vocabulary.sectorWords as Record<'en' | 'es', string[]>;
const ORG_TITLES = new Set(vocabulary.orgTitles as string[]);
/** "cuerpo de bomberos de Piedras Negras", "alcaldía de Piedras Negras", "sheriff's office": a body written in lower case. */
const INSTITUTION_AT = new RegExp(`^(${escapeList([...HEADS.en, ...HEADS.es])})(?:\\s+(?:de|del|de\\s+la)\\s+((?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))?(?![\\p{L}])`, 'iu');
const ANAPHOR_AT = new RegExp(`^(?:${escapeList([...ANAPHORS.en, ...ANAPHORS.es])})(?![\\p{L}'’])`, 'iu');
const SECTOR_AT = new RegExp(`^(?:${escapeList([...SECTOR_WORDS.en, ...SECTOR_WORDS.es])})(?![\\p{L}'’])`, 'iu');

/** Canonical agency name for an alias ("U.S. Customs and Border Protection" → "CBP"), or undefined. */
export function canonicalAgency(name: string): string | undefined {
  return ALIAS_MAP.get(name.trim().toLowerCase());
}

interface Span {
  start: number;
  end: number;
  value: string;
}

const NAME = "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+la|de\\s+los|del|de|la|al|a|y|e|of\\s+the|of|for\\s+the|for|para\\s+la|para\\s+el|para\\s+los|para)?\\s*\\p{Lu}[\\p{L}'’-]+){1,4})";

/** Titles dropped from a person's name: "Mayor Eric Adams" → "Eric Adams". */
const TITLES = /^(?:(?:Mayor|Gov\.?|Governor|Sen\.?|Senator|Rep\.?|Representative|Chief|Secretary|President|Director|Commissioner|Sheriff|Judge|Attorney General|Spokesman|Spokeswoman|Spokesperson|Agent|Officer|Alcalde|Alcaldesa|Gobernador|Gobernadora|Presidente|Presidenta|Secretario|Secretaria|Director|Directora|Comisionado|Comisionada|Canciller|Obispo|Padre|Dr\.?|Lic\.?)\s+)+/u;

/** "Tucson Sector Chief Rafael Ortiz" → "Border Patrol"; "INM Director Juan Pérez" → "INM": the organisation before a title. */
function orgBeforeTitle(raw: string): string | null {
  const words = raw.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && ORG_TITLES.has(w));
  if (at < 1) return null;
  const org = words.slice(0, at).join(' ');
  if (/\bSector$/.test(org)) return 'Border Patrol';
  return canonicalAgency(org) ?? (at > 1 ? org : null);
}

/** Titles that name the office an official holds for an agency ("Chief Patrol Agent" → Border Patrol; data: vocabulary.json titleAgencies). */
const TITLE_AGENCIES: Array<[RegExp, string]> = Object.entries(vocabulary.titleAgencies as Record<string, string>).map(([t, a]) => [new RegExp(`^${phrasePattern(t)}\\s+`, 'u'), a]);
/** Titles of an official who speaks for an agency ("Chief", "Director", "Vocero"), not for an office of their own (a sheriff, a mayor). */
const AGENCY_OFFICIAL_TITLES = new Set([...(vocabulary.orgTitles as string[])].filter((t) => t !== 'Sheriff'));

/**
 * "Chief Patrol Agent Ana Ruiz said" → Border Patrol; "Border Patrol recorded …, Chief Jason Owens told lawmakers" → the
 * agency the sentence names before the official: a titled official with no organisation in the title speaks for it.
 */
function agencyOfOfficial(raw: string, sentence: string, start: number): string | null {
  for (const [re, agency] of TITLE_AGENCIES) if (re.test(raw)) return agency;
  const first = raw.split(/\s+/)[0]!;
  if (!AGENCY_OFFICIAL_TITLES.has(first)) return null;
  return lastAgencyBefore(sentence, start);
}

function personName(raw: string): string | null {
  let name = raw.replace(TITLES, '').trim();
  // "Paso Mayor Oscar Leeser" (after "El" was dropped): the person is after a title inside the name.
  const words = name.split(/\s+/);
  const t = words.findIndex((w, i) => i > 0 && i < words.length - 2 && TITLES.test(`${w} `));
  if (t > 0) name = words.slice(t + 1).join(' ');
  return /\s/.test(name) ? name : null;
}
const SAID_EN = '(?:said|says|told|reported|announced|estimated|wrote|noted|added|testified)';
/** Verbs that attribute a figure to the name before them: "a report from X found", "X counted". */
const SAID_EN_BEFORE = '(?:said|says|told|reported|announced|estimated|wrote|noted|added|testified|found|finds|showed|shows|calculated|confirmed|posted|published|released|shared)';
const SAID_ES = '(?:dijo|informó|informo|reportó|reporto|señaló|senalo|indicó|indico|detalló|detallo|precisó|preciso|afirmó|afirmo|declaró|declaro|explicó|explico|aseguró|aseguro|estimó|estimo|anunció|anuncio|destacó|destaco|refirió|refirio|expuso|agregó|agrego|sostuvo|calculó|calculo|confirmó|confirmo|publicó|publico|reveló|revelo|advirtió|advirtio|comunicó|comunico|difundió|difundio)';
const NOT_NAMES = /^(?:The|El|La|Los|Las|But|And|In|En|On|He|She|They|Officials|Authorities|Las autoridades)$/;

function agencyAt(sentence: string, start: number): Span | null {
  AGENCY_RE.lastIndex = start;
  const m = AGENCY_RE.exec(sentence);
  if (!m || m.index !== start) return null;
  return { start: m.index, end: m.index + m[0].length, value: canonicalAgency(m[0]) ?? m[0] };
}

/** Agency or named person starting at (or just after an article at) `pos`. */
function sourceAt(sentence: string, pos: number, previousAgency: string | null = null): Span | null {
  // "data compiled by TRAC", "figures published by the agency", "a tally by", "un informe de": what the data came from.
  const via =
    /^(?:(?:the\s+|a\s+|an\s+|new\s+|latest\s+|preliminary\s+|official\s+|recent\s+|monthly\s+|weekly\s+|annual\s+|quarterly\s+)*(?:data|figures|statistics|numbers|records|report|tally|count|analysis|estimates?|update|bulletin|release|summary)\s+(?:(?:compiled|published|released|gathered|kept|collected|provided|posted|issued)\s+)?(?:by|from)\s+)/i.exec(sentence.slice(pos)) ??
    // "el reporte mensual de la UPM", "un informe reciente del INM", "las cifras preliminares de la Comar"
    /^(?:(?:el|la|los|las|un|una)\s+)?(?:reporte|informe|datos|cifras|estad[ií]sticas|bolet[ií]n|conteo|recuento|comunicado)(?:\s+(?:mensual|anual|semanal|m[aá]s\s+reciente|reciente|preliminar(?:es)?|oficial(?:es)?|m[aá]s\s+recientes))*\s+(?=(?:de|del)\s)(?:de\s+(?=(?:la|el|los|las)\s)|)/iu.exec(sentence.slice(pos));
  // "according to a planning memo obtained by the Arizona Republic", "según un sondeo de la organización …", "de acuerdo con un
  // conteo de la Comisión …": any document noun (an article, up to three lower-case words, then "by"/"from"/"de") stands
  // before the name it comes from.
  const anyVia = via ? null : (/^(?:a|an|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:(?:obtained|seen|reviewed|compiled|published|released|prepared|issued|written|commissioned)\s+)?(?:by|from)\s+(?=(?:the\s+)?\p{Lu})/u.exec(sentence.slice(pos)) ??
    /^(?:el|la|los|las|un|una)\s+(?:\p{Ll}+\s+){1,3}?(?:de|del)\s+(?=(?:(?:la|el|los|las)\s+)?(?:\p{Ll}+\s+)?\p{Lu})/u.exec(sentence.slice(pos)));
  if (via) pos += via[0].length;
  // (Only when no name starts right after the attribution: "según el cuerpo de bomberos de Piedras Negras" is a name itself.)
  else if (anyVia) return nameAt(sentence, pos, previousAgency) ?? nameAt(sentence, pos + anyVia[0].length, previousAgency);
  return nameAt(sentence, pos, previousAgency);
}

/** The agency, institution, body or named person starting at (or just after an article or describing word at) `pos`. */
function nameAt(sentence: string, pos: number, previousAgency: string | null): Span | null {
  const rest = sentence.slice(pos);
  // An article, then up to two describing words: "according to preliminary CBP figures", "según los datos oficiales del INM".
  let lead =
    /^(?:the\s+|el\s+|la\s+|los\s+|las\s+|del\s+|al\s+|)(?:(?:preliminary|new|official|latest|internal|recent|unpublished|monthly|annual|federal|government|datos|cifras|preliminares|oficiales|nuevos|nuevas)\s+(?:(?:de\s+la|del|de)\s+)?){0,2}(?:U\.S\.\s+(?=Border Patrol))?/i.exec(rest)?.[0] ?? '';
  // A describing noun before the name: "la organización Global Response Management", "the advocacy group X".
  // "de Al Otro Lado": a capitalised "Al" inside a name is part of it, not "a el".
  if (/^Al\s+\p{Lu}/u.test(rest)) lead = '';
  const desc = /^(?:organizaci[oó]n|asociaci[oó]n|colectivo|fundaci[oó]n|red|coalici[oó]n|organization|group|nonprofit|advocacy\s+group|charity|alcalde|alcaldesa|gobernador|gobernadora|director|directora|vocero|vocera|portavoz|secretario|secretaria|comisionado|comisionada|jefe|titular|obispo|sacerdote|activista|defensor|defensora|mayor|governor|spokesman|spokeswoman|spokesperson|director|sheriff|chief)\s+(?:civil\s+|no\s+gubernamental\s+|humanitaria\s+)?(?=\p{Lu})/u.exec(rest.slice(lead.length))?.[0] ?? '';
  const at = pos + lead.length + desc.length;
  const agency = agencyAt(sentence, at);
  if (agency) return agency;
  const fromArticle = sentence.slice(pos);
  const sector = SECTOR_AT.exec(fromArticle);
  if (sector) return { start: pos, end: pos + sector[0].length, value: 'Border Patrol' };
  const anaphor = ANAPHOR_AT.exec(fromArticle);
  // ("el Servicio Jesuita a Migrantes": a head followed by a capitalised word starts a name, not an anaphor.)
  if (anaphor && previousAgency && !/^\s+\p{Lu}/u.test(fromArticle.slice(anaphor[0].length))) return { start: pos, end: pos + anaphor[0].length, value: previousAgency };
  const inst = INSTITUTION_AT.exec(sentence.slice(at));
  if (inst) return { start: at, end: at + inst[0].length, value: inst[0].replace(/\s+/g, ' ').replace(/[.,;:]+$/, '') };
  const name = NAME_AT.exec(sentence.slice(at));
  if (name) {
    // Agency inside a longer title: "said Border Patrol Chief Raul Ortiz" → the agency.
    const inner = AGENCY_ONE.exec(name[1]);
    if (inner) return { start: at, end: at + name[0].length, value: canonicalAgency(inner[0]) ?? inner[0] };
    if (NOT_NAMES.test(name[1].split(/\s+/)[0])) return null;
    const org = orgBeforeTitle(name[1]) ?? agencyOfOfficial(name[1], sentence, at);
    if (org) return { start: at, end: at + name[0].length, value: org };
    const person = personName(name[1]);
    return person ? { start: at, end: at + name[0].length, value: person } : null;
  }
  return null;
}

/** Compiled once (AGENCY_SAID also reads "CBP officials said", "ICE data show"): the attribution triggers, "<Agency> said", "<Name> said", a name at a position, one agency. */
const ATTRIBUTION_PATTERNS: RegExp[] = [
  /\b(?:according\s+to|per|citing)\s+/gi,
  /\b(?:según|segun|de\s+acuerdo\s+con|conforme\s+a|con\s+datos\s+de|datos\s+de|cifras\s+de|informe\s+de|reporte\s+de)\s+/giu,
  /\b(?:a|an)\s+(?:new\s+|recent\s+|annual\s+|monthly\s+)?(?:report|analysis|tally|count|study|survey|review)\s+(?=(?:from|by)\s)/gi,
  new RegExp(`\\b${SAID_EN}\\s+`, 'g'),
  new RegExp(`\\b${SAID_ES}\\s+`, 'gu'),
];
const AGENCY_SAID = new RegExp(`(${AGENCY_RE.source})(?:\\s+(?:officials?|spokes(?:man|woman|person)|sources?|leaders?|data|figures|statistics|records|analysts|researchers|economists|investigators|experts|staff|investigadores|analistas|especialistas|funcionarios))?(?:,[^,]{1,80},)?\\s+(?:${SAID_EN_BEFORE}|${SAID_ES}|data\\s+show(?:s|ed)?|figures\\s+show(?:s|ed)?|statistics\\s+show(?:s|ed)?)(?![\\p{L}])`, 'gu');
const NAME_SAID = new RegExp(`${NAME}(?:,[^,]{1,80},)?\\s+(?:${SAID_EN_BEFORE}|${SAID_ES}|data\\s+show(?:s|ed)?|figures\\s+show(?:s|ed)?)(?![\\p{L}])`, 'gu');
const NAME_AT = new RegExp(`^${NAME}`, 'u');
/** "a Texas Tribune analysis of …", "an AP review of … found": a name before an analysis noun (data: vocabulary.json analysisNouns). */
const NAMED_ANALYSIS = new RegExp(
  `(according\\s+to\\s+|per\\s+|citing\\s+)?(?<![\\p{L}])(?:an?|the)\\s+((?:\\p{Lu}[\\p{L}.'’&-]*\\s+){1,4})(?:${(vocabulary.analysisNouns as string[]).join('|')})(?![\\p{L}])([^.;]*)`,
  'gu',
);
/** A sentence with none of the analysis nouns skips NAMED_ANALYSIS (a gate only skips work). */
const ANALYSIS_GATE = new RegExp((vocabulary.analysisNouns as string[]).join('|'));
/** The analysis is the attribution: "according to" before it or a finding verb after it. */
const FINDING_AFTER = /\s(?:found|finds|shows?|showed|concluded|estimated|counted)(?![\p{L}])/u;
/** Any verb that AGENCY_SAID, BODY_SAID or NAME_SAID end with, tested on the lower-cased sentence (a superset: no boundaries). */
const SAID_ANY = new RegExp(`${SAID_EN_BEFORE}|${SAID_ES}|show`, 'u');
const AGENCY_ONE = new RegExp(AGENCY_RE.source, 'u');

/** "officials said", "según datos oficiales", "a senior official told reporters": an attribution that names no one. */
const UNNAMED_RE = new RegExp(
  `(?:(?:according\\s+to|per|citing|seg[uú]n|de\\s+acuerdo\\s+con|con\\s+datos\\s+de)\\s+(?:the\\s+|los\\s+|las\\s+)?(?:${escapeList([...UNNAMED.en, ...UNNAMED.es])})(?![\\p{L}])(?!\\s+(?:from|by|of|de|del)\\s)|(?<![\\p{L}])(?<!\\p{Lu}[\\p{L}.]*\\s+)(?:${escapeList([...UNNAMED.en, ...UNNAMED.es])})(?!\\s+(?:del?|of)\\s)\\s+(?:${SAID_EN}|say|${SAID_ES}|dijeron|informaron|señalaron|indicaron|reportaron|explicaron)(?![\\p{L}]))`,
  'iu',
);

/** An attribution word anywhere in the sentence (data: vocabulary.json attributionWords). */
const ATTRIBUTION_WORD = new RegExp(`(?<![\\p{L}])(?:${escapeList([...vocabulary.attributionWords.en, ...vocabulary.attributionWords.es])})(?![\\p{L}])`, 'iu');

/**
 * Does the sentence attribute its figures at all ("said", "according to", "según", "informó", "estima")? An agency that is
 * only the subject or agent of the verb that counts ("Border Patrol agents apprehended", "la Comar registró") is no source;
 * with an attribution word in the sentence, the agency named in the figure's clause is ("El INM informó que rescató …").
 */
export function hasAttribution(sentence: string): boolean {
  return ATTRIBUTION_WORD.test(sentence);
}

/** Does the sentence attribute its figures to no one in particular ("officials said", "según datos oficiales")? */
export function hasUnnamedAttribution(sentence: string): boolean {
  return UNNAMED_RE.test(sentence);
}

/** A head of BODY_SAID at the start of a text. */
const BODY_HEAD_AT = new RegExp(`^(?:${escapeList([...HEADS.en, ...HEADS.es, ...SECTOR_WORDS.en.map((w) => w.replace(/^the\s+/, '')), ...ANAPHORS.en.map((w) => w.replace(/^the\s+/, ''))])})(?![\p{L}])`, 'iu');
/** "the sector said", "the agency reported", "the mayor's office said", "la alcaldía de Piedras Negras informó". */
const BODY_SAID = new RegExp(
  `(?<![\\p{L}])(?:the\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:${escapeList([...HEADS.en, ...HEADS.es, ...SECTOR_WORDS.en.map((w) => w.replace(/^the\s+/, '')), ...ANAPHORS.en.map((w) => w.replace(/^the\s+/, ''))])}))(?:\\s+(?:de|del|de\\s+la)\\s+(?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?(?:,[^,]{1,80},)?\\s+(?:${SAID_EN_BEFORE}|${SAID_ES})(?![\\p{L}])`,
  'giu',
);

/**
 * The source a sentence attributes its figures to, if any. Explicit attribution ("according to",
 * "said", "según", "informó", "data compiled by") wins over an agency merely named in the sentence; an
 * attribution to no one in particular ("officials said") leaves a merely named agency out. Text inside
 * [skipStart, skipEnd) (the figure itself: "1,500 Border Patrol agents") is not a source. `previousAgency`
 * is the last agency named earlier in the story, for "the agency said".
 */
export function findSource(
  sentence: string,
  skipStart = -1,
  skipEnd = -1,
  explicitOnly = false,
  previousAgency: string | null = null,
  /** What a sum of money is for: an agency named in it ("el presupuesto de la Comar") owns the money, it is not the source. */
  purpose: string | null = null,
  /** The figure is a sum of money: an agency it is given to ("al INM", "to FEMA") is its recipient, not its source. */
  money = false,
): string | null {
  const c = sourceCandidates(sentence, previousAgency);
  const outside = (s: Span): boolean => !(s.start >= skipStart && s.end <= skipEnd);
  for (const s of c.explicit) if (outside(s)) return s.value;
  if (explicitOnly || c.unnamed) return null;
  // Any agency named in the sentence outside the figure.
  for (const s of agencySpans(sentence)) {
    if (purpose && (purpose.includes(sentence.slice(s.start, s.end).toLowerCase()) || purpose.split(/\s+/).includes(s.value.toLowerCase()))) continue;
    // "reasignó mil 300 millones de pesos al INM para …", "gave $5 million to FEMA for …": the recipient of money is not its source.
    if (money && /(?:^|\s)(?:al|a\s+la|a\s+los|a|to\s+the|to)\s+$/i.test(sentence.slice(Math.max(0, s.start - 10), s.start))) continue;
    if (outside(s)) return s.value;
  }
  return null;
}

interface Candidates {
  /** Explicit attributions in the order they are tried; the first outside the figure is the source. */
  explicit: Span[];
  /** The sentence attributes to no one in particular. */
  unnamed: boolean;
}

/** Candidates of the last few sentences (every figure of a sentence, and its clause, asks again). */
const candidateCache = new Map<string, Candidates>();

/** Heads of organisation names ("Army Corps of Engineers", "Bank of Guatemala"; data: vocabulary.json organisationHeads). */
const ORG_HEAD = new RegExp(`(?<![\\p{L}])(?:${(vocabulary.organisationHeads as string[]).join('|')})(?![\\p{L}])`, 'u');
/** The organisation the sentence opens with ("The Army Corps of Engineers awarded …, the agency announced"), or null. */
function subjectOrganisation(sentence: string): string | null {
  const m = /^(?:The\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|de\s+la\s+|del\s+|de\s+)?\p{Lu}[\p{L}.'’-]*){1,5})\s+\p{Ll}/u.exec(sentence);
  return m && ORG_HEAD.test(m[1]!) ? m[1]! : null;
}

/** Every explicit attribution of a sentence, in the order findSource tries them. */
function sourceCandidates(sentence: string, previousAgency: string | null): Candidates {
  const key = `${previousAgency ?? ''}\u0000${sentence}`;
  const cached = candidateCache.get(key);
  if (cached) return cached;
  const explicit: Span[] = [];
  const agencyBefore = (pos: number): string | null => lastAgencyBefore(sentence, pos) ?? previousAgency;
  for (const re of ATTRIBUTION_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const pos = (m.index ?? 0) + m[0].length;
      const s = sourceAt(sentence, pos, agencyBefore(pos));
      if (s) explicit.push(s);
    }
  }
  // "an AP review of Border Patrol data found", "according to a Texas Tribune analysis": the outlet or group whose
  // analysis it is, not the agency whose data it read.
  if (ANALYSIS_GATE.test(sentence)) for (const m of sentence.matchAll(NAMED_ANALYSIS)) {
    if (!m[1] && !FINDING_AFTER.test(m[3] ?? '')) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[2]!);
    const name = m[2]!.trim();
    explicit.push({ start, end: start + name.length, value: canonicalAgency(name) ?? name });
  }
  // The three patterns below end in an attribution verb: a sentence without one skips them.
  if (!SAID_ANY.test(sentence.toLowerCase())) return remember(key, { explicit, unnamed: hasUnnamedAttribution(sentence) });
  // "CBP said", "the IOM said", "CBP data showed"
  for (const m of sentence.matchAll(AGENCY_SAID)) {
    explicit.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[1].length, value: canonicalAgency(m[1]) ?? m[1] });
  }
  // "the sector said", "the agency reported", "the sheriff's office said", "la alcaldía de X informó"
  for (const m of sentence.matchAll(BODY_SAID)) {
    // (The expression is case-insensitive for the heads, so its "capitalised words" before a head also match lower-case
    // ones: "according to figures the sector posted". Those words are not part of the name.)
    let body = m[1]!;
    while (/^\S+\s+/.test(body) && !/^\p{Lu}/u.test(body) && !BODY_HEAD_AT.test(body)) body = body.replace(/^\S+\s+/, '');
    const full = body === m[1] ? m[0] : m[0].slice(m[0].indexOf(body));
    const start = (m.index ?? 0) + (m[0].length - full.length);
    const sector = SECTOR_AT.exec(`the ${body.toLowerCase()}`);
    const anaphor = ANAPHOR_AT.exec(`the ${body.toLowerCase()}`);
    const value = sector ? 'Border Patrol' : anaphor ? agencyBefore(start) ?? subjectOrganisation(sentence) : full.replace(/^(?:the|el|la|los|las)\s+/i, '').replace(/(?:,[^,]{1,80},)?\s+\S+$/u, '').replace(/\s+/g, ' ');
    if (value) explicit.push({ start, end: start + full.length, value });
  }
  // "X said", "X, a spokesman for …, said", "X informó"
  for (const m of sentence.matchAll(NAME_SAID)) {
    const start = m.index ?? 0;
    const inner = AGENCY_ONE.exec(m[1]);
    if (inner) {
      explicit.push({ start: start + inner.index, end: start + inner.index + inner[0].length, value: canonicalAgency(inner[0]) ?? inner[0] });
      continue;
    }
    // "The Red Cross said", "La Fiscalía General del Estado informó": an article before the name is not part of it.
    // ("The Center for Migration Studies estimated": a joiner may follow the first word of the name.)
    const name = /^(?:The|El|La|Los|Las)\s+\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|de|del|de\s+la|of\s+the|for\s+the)\s+)?\p{Lu}/u.test(m[1]) ? m[1].replace(/^\S+\s+/, '') : m[1];
    const first = name.split(/\s+/)[0];
    if (NOT_NAMES.test(first)) continue;
    const person = orgBeforeTitle(name) ?? agencyOfOfficial(name, sentence, start) ?? personName(name);
    if (person) explicit.push({ start, end: start + m[1].length, value: person });
  }
  return remember(key, { explicit, unnamed: hasUnnamedAttribution(sentence) });
}

/** Documents are no sources: "según el Presupuesto de Egresos de la Federación", "the Federal Register notice" (data: vocabulary.json documentNames). */
const DOCUMENT = new RegExp(`^(?:${escapeList(vocabulary.documentNames as string[])})(?![\\p{L}])`, 'iu');

/** Does the sentence attribute its figures to a document ("según el Presupuesto de Egresos …")? Then nothing in it is the source. */
const DOCUMENT_ATTRIBUTION = new RegExp(`(?<![\\p{L}])(?:seg[uú]n|de\\s+acuerdo\\s+con|conforme\\s+a|according\\s+to|citing)\\s+(?:(?:the|el|la|los|las|un|una|a)\\s+)?(?:${escapeList(vocabulary.documentNames as string[])})(?![\\p{L}])`, 'iu');
export function attributedToDocument(sentence: string): boolean {
  return DOCUMENT_ATTRIBUTION.test(sentence);
}

function remember(key: string, c: Candidates): Candidates {
  c = { ...c, explicit: c.explicit.filter((s) => !DOCUMENT.test(s.value)) };
  if (candidateCache.size >= 32) candidateCache.delete(candidateCache.keys().next().value as string);
  candidateCache.set(key, c);
  return c;
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
const PLACE_RE = new RegExp(`\\b(in|en|at|near|through|across|from|cerca de|por|a)\\s+(${PLACES.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');

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
