/**
 * Period phrases ("in November", "between May and the end of November", "fiscal year 2023",
 * "last week", "el mes pasado", "en 2023") found in a sentence and resolved against the publish date.
 *
 * Period format (the `period` field of a Figure):
 *   - a day:           "2023-11-05"
 *   - a month:         "2023-11"
 *   - a year:          "2023"
 *   - a US fiscal year (October–September): "FY2023"
 *   - an interval:     "<start>/<end>" of two of the above of the same kind,
 *                      e.g. "2023-05/2023-11" (months), "2023-11-20/2023-11-26" (a week, Monday–Sunday),
 *                      "2021/2023" (years)
 * A month or day written without a year is the latest one on or before the publish date.
 * Dates are read in UTC.
 */
import { DOTTED_ABBR_EN, MONTHS_EN, monthNames, monthNumber } from '../text/months';
import { phrasePattern } from '../text/regexp';
import periodWords from './data/periods.json';

export interface PeriodMatch {
  start: number;
  end: number;
  period: string;
}

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const M_EN = `(${[...MONTHS_EN.map(capitalise), ...DOTTED_ABBR_EN.map((a) => `${a}\\.`)].join('|')})(?![\\p{L}])`;
const M_ES = `(${monthNames('es').join('|')})(?![\\p{L}])`;

const pad = (n: number): string => String(n).padStart(2, '0');
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;
const ymd = (d: Date): string => d.toISOString().slice(0, 10);

/** Year of a month written without one: the latest such month on or before the publish date. */
function yearOfMonth(month: number, pub: Date): number {
  const y = pub.getUTCFullYear();
  return month <= pub.getUTCMonth() + 1 ? y : y - 1;
}

function yearOfDay(month: number, day: number, pub: Date): number {
  const y = pub.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate <= pub.getTime() + 86_400_000 ? y : y - 1;
}

function fiscalYear(d: Date): number {
  return d.getUTCMonth() >= 9 ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
}

function weekRange(pub: Date, offsetWeeks: number): string {
  const dow = (pub.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate() - dow + 7 * offsetWeeks));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return `${ymd(monday)}/${ymd(sunday)}`;
}

function prevMonth(pub: Date, back: number): string {
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - back, 1));
  return ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

function yearOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (s.length === 2) return 2000 + Number(s);
  return Number(s);
}

type Resolver = (m: RegExpExecArray, pub: Date) => string | null;

function monthInterval(m1: string, y1: string | undefined, m2: string, y2: string | undefined, pub: Date): string | null {
  const a = monthNumber(m1);
  const b = monthNumber(m2);
  if (!a || !b) return null;
  const endYear = yearOf(y2) ?? (y1 && a <= b ? Number(y1) : yearOfMonth(b, pub));
  const startYear = yearOf(y1) ?? (a <= b ? endYear : endYear - 1);
  return `${ym(startYear, a)}/${ym(endYear, b)}`;
}

/** "from Feb. 10 to Feb. 16": a day interval; a year left out is the latest that puts the end on or before the publish date. */
function dayInterval(m1: number, d1: number, m2: number, d2: number, year: string | undefined, pub: Date): string | null {
  if (!m1 || !m2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null;
  const endYear = yearOf(year) ?? yearOfDay(m2, d2, pub);
  const startYear = m1 > m2 ? endYear - 1 : endYear;
  return `${ym(startYear, m1)}-${pad(d1)}/${ym(endYear, m2)}-${pad(d2)}`;
}

const QUARTERS: Record<string, number> = { first: 1, '1st': 1, '1': 1, primer: 1, second: 2, '2nd': 2, '2': 2, segundo: 2, third: 3, '3rd': 3, '3': 3, tercer: 3, fourth: 4, '4th': 4, '4': 4, cuarto: 4 };

/** Quarter `q` as a month interval; without a year, the latest such quarter that has begun by the publish date. */
function quarter(q: number, year: string | undefined, pub: Date): string | null {
  if (q < 1 || q > 4) return null;
  const first = 3 * q - 2;
  const y = yearOf(year) ?? (first <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1);
  return `${ym(y, first)}/${ym(y, first + 2)}`;
}

/** Quarter `q` of US fiscal year `fy` (October–September) as a month interval: Q1 of FY2025 is 2024-10/2024-12. */
function fiscalQuarter(q: number, fy: number): string | null {
  if (q < 1 || q > 4) return null;
  const first = ((3 * q + 6) % 12) + 1;
  const y = q === 1 ? fy - 1 : fy;
  return `${ym(y, first)}/${ym(y, first + 2)}`;
}

const MONTH_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11 };
function monthsCount(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : MONTH_COUNTS[w.toLowerCase()] ?? 0;
}

/** "since <something> in July 2021": from that month to the publish month. */
function sinceMonth(month: string, year: string | undefined, pub: Date): string | null {
  const a = monthNumber(month);
  if (!a) return null;
  const y = yearOf(year) ?? yearOfMonth(a, pub);
  return `${ym(y, a)}/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}`;
}

const SPANISH_EDGE = '(?:(?:principios|inicios|comienzos|finales|fines|mediados)\\s+de\\s+|el\\s+(?:fin|cierre|final)\\s+de\\s+)?';
const EN_EDGE = '(?:the\\s+(?:start|beginning|end|middle)\\s+of\\s+|mid-|early\\s+|late\\s+)?';

/**
 * What a matcher needs in the sentence before it is worth running: a digit ('D'), a month name ('M'), both ('DM'), or
 * a word (an expression tested once). A gate only skips work: it accepts every sentence the matcher could match.
 */
type Gate = 'D' | 'M' | 'DM' | RegExp;
const MONTH_GATE = new RegExp(`(?:${[...MONTHS_EN, ...DOTTED_ABBR_EN, ...monthNames('es')].join('|')})`, 'i');

/** Matchers in priority order: an earlier match masks later overlapping ones. */
export const MATCHERS: Array<[RegExp, Resolver, Gate]> = [
  // Fiscal quarters: "the first quarter of fiscal 2025" (October–December 2024), "el segundo trimestre del año fiscal 2024".
  [/\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d{2})|(?:el\s+)?(primer|segundo|tercer|cuarto)\s+trimestre\s+(?:del?\s+)?(?:año|ejercicio)\s+fiscal\s+(?:de\s+)?((?:19|20)\d{2}))\b/giu, (m) =>
    fiscalQuarter(QUARTERS[(m[1] ?? m[3] ?? '').toLowerCase()] ?? 0, Number(m[2] ?? m[4])), /fiscal|FY/i],
  // Fiscal halves: "the first half of fiscal 2026" (October 2025–March 2026), "el segundo semestre del año fiscal 2026".
  [/\b(?:(?:the\s+)?(first|second)\s+half\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d{2})|(?:el\s+)?(primer|segundo)\s+semestre\s+(?:del?\s+)?(?:año|ejercicio)\s+fiscal\s+(?:de\s+)?((?:19|20)\d{2}))\b/giu, (m) => {
    const y = Number(m[2] ?? m[4]);
    return /second|segundo/i.test(m[1] ?? m[3] ?? '') ? `${y}-04/${y}-09` : `${y - 1}-10/${y}-03`;
  }, /fiscal|FY/i],
  // Fiscal years
  [/\b(?:fiscal\s+year|FY|fiscal)\s?'?(\d{4}|\d{2})\b/gi, (m) => `FY${yearOf(m[1])}`, 'D'],
  [/\bthe\s+(\d{4})\s+fiscal\s+year\b/gi, (m) => `FY${m[1]}`, 'D'],
  [/\b(?:año|ejercicio)\s+fiscal\s+(?:de\s+|del\s+)?(\d{4})\b/gi, (m) => `FY${m[1]}`, 'D'],
  [/\b(this|the\s+current|last|the\s+previous|the\s+past|the\s+last)\s+fiscal\s+year\b/gi, (m, pub) => `FY${fiscalYear(pub) - (/last|previous|past/i.test(m[1]) ? 1 : 0)}`, /fiscal/i],
  [/\b(?:este|el)\s+año\s+fiscal(?:\s+(pasado|anterior|actual|en\s+curso))?/gi, (m, pub) => `FY${fiscalYear(pub) - (/pasado|anterior/i.test(m[1] ?? '') ? 1 : 0)}`, /fiscal/i],
  // Quarters: "the first quarter (of 2024)", "Q3 2023", "el primer trimestre (de 2024)".
  [/\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+((?:19|20)\d{2}))?|Q([1-4])(?:\s+((?:19|20)\d{2}))?|(?:el\s+)?(primer|segundo|tercer|cuarto)\s+trimestre(?:\s+(?:de|del)\s+((?:19|20)\d{2}))?)\b/giu, (m, pub) =>
    quarter(QUARTERS[(m[1] ?? m[3] ?? m[5] ?? '').toLowerCase()] ?? 0, m[2] ?? m[4] ?? m[6], pub), /quarter|q[1-4]|trimestre/i],
  // "enero-agosto", "January–August (2024)": a month range written with a dash.
  [new RegExp(`\\b${M_ES}\\s*[-–]\\s*${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) => monthInterval(m[1]!, m[3], m[2]!, m[3], pub), 'M'],
  [new RegExp(`\\b${M_EN}\\s*[-–]\\s*${M_EN}(?:,?\\s+(\\d{4}))?`, 'gu'), (m, pub) => monthInterval(m[1]!, m[3], m[2]!, m[3], pub), 'M'],
  // Month intervals
  [new RegExp(`\\b(?:[Bb]etween|[Ff]rom)\\s+${EN_EDGE}${M_EN}(?:,?\\s+(\\d{4}))?\\s+(?:and|to|through|until|till)\\s+${EN_EDGE}${M_EN}(?:,?\\s+(\\d{4}))?`, 'gu'), (m, pub) => monthInterval(m[1], m[2], m[3], m[4], pub), 'M'],
  [new RegExp(`\\b${M_EN}(?:\\s+(\\d{4}))?\\s+(?:through|to|-|–)\\s+${M_EN}(?:,?\\s+(\\d{4}))?`, 'gu'), (m, pub) => monthInterval(m[1], m[2], m[3], m[4], pub), 'M'],
  [new RegExp(`\\b(?:entre|de|desde)\\s+${SPANISH_EDGE}${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?\\s+(?:y|a|al|hasta)\\s+${SPANISH_EDGE}${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) => monthInterval(m[1], m[2], m[3], m[4], pub), 'M'],
  // Day intervals: "from Feb. 10 to Feb. 16", "between Feb. 10 and 16", "del 10 al 16 de febrero", "entre el 3 y el 9 de marzo".
  [new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+${M_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|through|and|until|-|–)\\s+(?:${M_EN}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gu'), (m, pub) =>
    dayInterval(monthNumber(m[1]!), Number(m[2]), m[3] ? monthNumber(m[3]) : monthNumber(m[1]!), Number(m[4]), m[5], pub), 'DM'],
  // "the week of May 25-31", "Feb. 3–9, 2025": a day range written with a dash.
  [new RegExp(`\\b${M_EN}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'gu'), (m, pub) =>
    dayInterval(monthNumber(m[1]!), Number(m[2]), monthNumber(m[1]!), Number(m[3]), m[4], pub), 'DM'],
  [new RegExp(`\\b(?:del|entre\\s+el|de)\\s+(\\d{1,2})\\s+(?:(?:de\\s+)?${M_ES}\\s+)?(?:al|y\\s+el|a)\\s+(\\d{1,2})\\s+de\\s+${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) =>
    dayInterval(m[2] ? monthNumber(m[2]) : monthNumber(m[4]!), Number(m[1]), monthNumber(m[4]!), Number(m[3]), m[5], pub), 'DM'],
  // "since 2021", "desde 2021": from that year to the publish month.
  [/\b(?:[Ss]ince|[Dd]esde)\s+((?:19|20)\d{2})\b(?![-–/]\d)/g, (m, pub) => (Number(m[1]) < pub.getUTCFullYear() ? `${m[1]}/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}` : m[1]!), 'D'],
  // "desde el 20 de enero", "desde el 1 de octubre de 2024": from that day to the publish date.
  [new RegExp(`\\b[Dd]esde\\s+el\\s+(\\d{1,2})\\s+de\\s+${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'gu'), (m, pub) => {
    const mo = monthNumber(m[2]);
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const y = yearOf(m[3]) ?? (Date.UTC(pub.getUTCFullYear(), mo - 1, d) <= pub.getTime() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1);
    return `${ym(y, mo)}-${pad(d)}/${pub.toISOString().slice(0, 10)}`;
  }, 'DM'],
  // "since the spring of 2022", "since it opened in 2023", "desde el verano de 2021", "desde que abrió en 2023": from that
  // year to the publish month.
  [/\b(?:[Ss]ince\s+(?:the\s+(?:spring|summer|fall|autumn|winter|start|beginning|end|middle)\s+of\s+|(?:[\p{L}'’-]+\s+){1,8}?in\s+)|[Dd]esde\s+(?:(?:la|el)\s+(?:primavera|verano|otoño|invierno|inicio|principio|final|fin)\s+de\s+|que\s+(?:[\p{L}'’-]+\s+){1,8}?en\s+))((?:19|20)\d{2})\b(?![-–/]\d)/gu, (m, pub) => (Number(m[1]) < pub.getUTCFullYear() ? `${m[1]}/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}` : null), 'D'],
  // "since the operation began in July 2021", "desde que el programa arrancó en enero de 2023": from that month to the publish month.
  [new RegExp(`\\b[Ss]ince\\s+(?!${M_EN.replace(/^\(/, '(?:')}|the\\s+(?:start|beginning|end|middle)\\s+of\\s)(?:[\\p{L}'’-]+\\s+){1,8}?(?:in\\s+)?${M_EN}(?:,?\\s+(\\d{4}))?(?!\\s+\\d{1,2}\\b)`, 'gu'), (m, pub) => sinceMonth(m[1]!, m[2], pub), 'M'],
  [new RegExp(`\\b[Dd]esde\\s+que\\s+(?:[\\p{L}'’-]+\\s+){1,8}?(?:en\\s+)?${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'gu'), (m, pub) => sinceMonth(m[1]!, m[2], pub), 'M'],
  // "since Jan. 1", "since Oct. 1": from that day to the publish date.
  [new RegExp(`\\b[Ss]ince\\s+${M_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gu'), (m, pub) => {
    const mo = monthNumber(m[1]);
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    // A start day without a year is the latest one on or before the publish date ("since Oct. 1" on Sept. 30 is last year's).
    const y = yearOf(m[3]) ?? (Date.UTC(pub.getUTCFullYear(), mo - 1, d) <= pub.getTime() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1);
    return `${ym(y, mo)}-${pad(d)}/${pub.toISOString().slice(0, 10)}`;
  }, 'DM'],
  // "since the start of the year", "desde inicios de año": January to the publish month.
  [/\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|desde\s+(?:el\s+)?(?:inicio|principios|comienzos?|inicios)\s+(?:de|del)\s+(?:este\s+)?año)\b/gi, (_m, pub) => `${pub.getUTCFullYear()}-01/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}`, /since|desde/i],
  // "over the past week", "in the last seven days", "en la última semana": the seven days to the publish date.
  [/\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days)|(?:en|durante)\s+(?:la\s+última\s+semana|los\s+últimos\s+(?:siete|7)\s+días))\b/gi, (_m, pub) => {
    const end = pub.toISOString().slice(0, 10);
    const start = new Date(pub.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
    return `${start}/${end}`;
  }, /week|seven|7|semana|d[ií]as/i],
  // "over the past three weeks", "en las últimas dos semanas": the days of those weeks to the publish date.
  [/\b(?:(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(two|three|four|[2-8])\s+weeks|(?:en|durante)\s+(?:las\s+)?(?:últimas|ultimas|pasadas)\s+(dos|tres|cuatro|[2-8])\s+semanas)\b/giu, (m, pub) => {
    const n = ({ two: 2, three: 3, four: 4, dos: 2, tres: 3, cuatro: 4 } as Record<string, number>)[(m[1] ?? m[2]!).toLowerCase()] ?? Number(m[1] ?? m[2]);
    const end = pub.toISOString().slice(0, 10);
    const start = new Date(pub.getTime() - (7 * n - 1) * 86_400_000).toISOString().slice(0, 10);
    return `${start}/${end}`;
  }, /weeks|semanas/i],
  // "in the past 48 hours", "over the last 10 days", "en las últimas 72 horas", "en los últimos 15 días": the days to the
  // publish date (hours counted as whole days).
  [/\b(?:(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(\d{1,3})\s+(hours|days)|(?:en|durante)\s+(?:las|los)\s+(?:últimas|ultimas|últimos|ultimos|pasadas|pasados)\s+(\d{1,3})\s+(horas|días|dias))\b/giu, (m, pub) => {
    const n = Number(m[1] ?? m[3]);
    const unit = (m[2] ?? m[4]!).toLowerCase();
    const days = /^h/.test(unit) ? Math.ceil(n / 24) : n;
    if (days < 1 || days > 60) return null;
    const end = pub.toISOString().slice(0, 10);
    const start = new Date(pub.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return start === end ? end : `${start}/${end}`;
  }, /hours|days|horas|d[ií]as/i],
  // "in the first five months of the year", "en los primeros cuatro meses de 2025", "el primer bimestre/cuatrimestre":
  // January to month N.
  [/\b(?:the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:the\s+year|((?:19|20)\d{2}))|(?:los\s+)?primeros\s+(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|\d{1,2})\s+meses\s+(?:del\s+año|de\s+((?:19|20)\d{2}))|(?:el\s+)?primer\s+(bimestre|cuatrimestre)(?:\s+(?:del\s+año|de(?:l)?\s+((?:19|20)\d{2})))?)/giu, (m, pub) => {
    const n = m[5] ? (m[5].toLowerCase() === 'bimestre' ? 2 : 4) : monthsCount(m[1] ?? m[3] ?? '');
    if (!n || n > 12) return null;
    const y = Number(m[2] ?? m[4] ?? m[6] ?? pub.getUTCFullYear());
    return `${ym(y, 1)}/${ym(y, n)}`;
  }, /months|meses|bimestre|cuatrimestre/i],
  // "in the 12 months through March", "the year ending in September 2024": the twelve months to that month.
  [new RegExp(`\\b(?:the\\s+)?(?:12|twelve)\\s+months\\s+(?:through|to|ending(?:\\s+in)?|ended(?:\\s+in)?)\\s+${M_EN}(?:,?\\s+(\\d{4}))?`, 'giu'), (m, pub) => {
    const a = monthNumber(m[1]!);
    if (!a) return null;
    const y = yearOf(m[2]) ?? yearOfMonth(a, pub);
    return a === 12 ? `${ym(y, 1)}/${ym(y, 12)}` : `${ym(y - 1, a + 1)}/${ym(y, a)}`;
  }, /months/i],
  // "in the first half of 2024", "en el primer semestre": January–June (or July–December).
  [/\b(?:the\s+(first|second)\s+half\s+of\s+(?:the\s+year|((?:19|20)\d{2}))|(?:el\s+)?(primer|segundo)\s+semestre(?:\s+(?:de|del)\s+((?:19|20)\d{2}))?)/gi, (m, pub) => {
    const y = Number(m[2] ?? m[4] ?? pub.getUTCFullYear());
    const second = /second|segundo/i.test(m[1] ?? m[3] ?? '');
    return second ? `${y}-07/${y}-12` : `${y}-01/${y}-06`;
  }, /half|semestre/i],
  [new RegExp(`\\b[Ss]ince\\s+${EN_EDGE}${M_EN}(?:,?\\s+(\\d{4}))?(?!\\s+\\d{1,2}\\b)`, 'gu'), (m, pub) => {
    const a = monthNumber(m[1]);
    const y = yearOf(m[2]) ?? yearOfMonth(a, pub);
    return `${ym(y, a)}/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}`;
  }, 'M'],
  [new RegExp(`\\bdesde\\s+${SPANISH_EDGE}${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) => {
    const a = monthNumber(m[1]);
    const y = yearOf(m[2]) ?? yearOfMonth(a, pub);
    return `${ym(y, a)}/${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}`;
  }, 'M'],
  // Year intervals
  [/\b(?:between|from|entre|de|desde)\s+((?:19|20)\d{2})\s+(?:and|to|through|y|a|al|hasta)\s+((?:19|20)\d{2})\b/gi, (m) => `${m[1]}/${m[2]}`, 'D'],
  // "through 2026", "until the end of 2027", "hasta 2026": from the publish month to the end of that year.
  [/\b(?:through|until|till|thru|hasta)\s+(?:(?:the\s+end\s+of|el\s+(?:fin|final|cierre)\s+de)\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/gi, (m, pub) => {
    const y = Number(m[1]);
    return y >= pub.getUTCFullYear() ? `${ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1)}/${ym(y, 12)}` : null;
  }, 'D'],
  // Days
  [new RegExp(`\\b${M_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gu'), (m, pub) => {
    const mo = monthNumber(m[1]);
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    const y = yearOf(m[3]) ?? yearOfDay(mo, d, pub);
    return `${ym(y, mo)}-${pad(d)}`;
  }, 'DM'],
  [new RegExp(`\\b(\\d{1,2})\\s+de\\s+${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) => {
    const mo = monthNumber(m[2]);
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const y = yearOf(m[3]) ?? yearOfDay(mo, d, pub);
    return `${ym(y, mo)}-${pad(d)}`;
  }, 'DM'],
  // Months
  [new RegExp(`\\b(?:(?:in|during|for|throughout|of|last|this|by|through|until|month\\s+of)\\s+)?${M_EN}(?:,?\\s+(\\d{4}))?\\b`, 'gu'), (m, pub) => {
    const mo = monthNumber(m[1]);
    const hasPrep = /^(?:in|during|for|throughout|of|last|this|by|through|until|month)\b/.test(m[0]);
    if (m[1] === 'May' && !hasPrep && !m[2]) return null; // the verb "may"
    const y = yearOf(m[2]) ?? yearOfMonth(mo, pub);
    return ym(y, mo);
  }, 'M'],
  [new RegExp(`\\b${M_ES}(?:\\s+(?:de|del)\\s+(\\d{4}))?`, 'giu'), (m, pub) => {
    const mo = monthNumber(m[1]);
    const y = yearOf(m[2]) ?? yearOfMonth(mo, pub);
    return ym(y, mo);
  }, 'M'],
  // Relative months, weeks, years
  [/\b(?:last\s+month|the\s+previous\s+month|the\s+prior\s+month|el\s+mes\s+(?:pasado|anterior)|el\s+pasado\s+mes)\b/gi, (_m, pub) => prevMonth(pub, 1), /month|mes/i],
  [/\b(?:this\s+month|so\s+far\s+this\s+month|este\s+mes|en\s+lo\s+que\s+va\s+del\s+mes)\b/gi, (_m, pub) => prevMonth(pub, 0), /month|mes/i],
  [/\b(?:last\s+week|the\s+previous\s+week|la\s+semana\s+(?:pasada|anterior)|la\s+pasada\s+semana)\b/gi, (_m, pub) => weekRange(pub, -1), /week|semana/i],
  // ("cruzaron … durante la semana": the week of the publish date.)
  [/\b(?:this\s+week|esta\s+semana|durante\s+la\s+semana)\b/gi, (_m, pub) => weekRange(pub, 0), /week|semana/i],
  // ("frente a las 80 mil del año pasado": "del" is "de el".)
  [/\b(?:last\s+year|the\s+previous\s+year|d?el\s+año\s+(?:pasado|anterior)|d?el\s+pasado\s+año)\b/gi, (_m, pub) => String(pub.getUTCFullYear() - 1), /year|año/i],
  // ("bringing this year's total to", "durante el año": the year of the publish date.)
  [/\b(?:this\s+year(?:['’]s)?|the\s+year['’]s\s+(?:total|tally|count)|so\s+far\s+this\s+year|este\s+año|durante\s+el\s+año|en\s+lo\s+que\s+va\s+del?\s+año|en\s+lo\s+que\s+va\s+de\s+este\s+año)\b/gi, (_m, pub) => String(pub.getUTCFullYear()), /year|año/i],
  // Years
  // ("in calendar 2026", "en el año calendario 2026"; "to end 2026 with", "prevé cerrar 2026 con": the year a total closes.)
  [/\b(?:in|during|for|of|throughout|since|en|durante|de|del|por|para|todo)\s+(?:(?:the\s+)?calendar\s+(?:year\s+)?|el\s+año\s+calendario\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/gi, (m) => m[1], 'D'],
  [/\b(?:end|close|finish|terminar|cerrar|concluir|acabar)\s+((?:19|20)\d{2})\s+(?:with|con)\b/gi, (m) => m[1], 'D'],
  [/\ben\s+lo\s+que\s+va\s+de\s+((?:19|20)\d{2})\b/gi, (m) => m[1], 'D'],
];

const WEEKDAYS: Record<string, number> = Object.fromEntries(
  [periodWords.weekdays.en, periodWords.weekdays.es, periodWords.weekdays.esUnaccented].flatMap((names) => names.map((n, i) => [n, i])),
);
const DAY_WORDS: Record<string, number> = Object.fromEntries([
  ...periodWords.today.map((w) => [w, 0]),
  ...periodWords.yesterday.map((w) => [w, 1]),
  ...periodWords.dayBeforeYesterday.map((w) => [w, 2]),
]);
const WEEKEND = [...periodWords.weekend].sort((a, b) => b.length - a.length);
/**
 * A weekday with what may stand before it ("on Monday", "el lunes pasado", "este domingo", "last Friday"),
 * a day word ("yesterday", "ayer") or a weekend phrase. Weekday names match whole words only.
 */
const RELATIVE_DAY_RE = new RegExp(
  `(?<![\\p{L}])(?:${WEEKEND.map(phrasePattern).join('|')}|(?:(?:on|last|this\\s+past|past|el|este|el\\s+pasado|la\\s+noche\\s+del|la\\s+madrugada\\s+del)\\s+)?(?:${Object.keys(WEEKDAYS).map(phrasePattern).join('|')})(?:\\s+pasado)?|${Object.keys(DAY_WORDS).map(phrasePattern).join('|')})(?![\\p{L}])`,
  'giu',
);

/** Every relative-day phrase contains one of these (a superset, tested before the long expression). */
const RELATIVE_DAY_GATE = new RegExp(
  [...new Set([...WEEKEND, ...Object.keys(WEEKDAYS), ...Object.keys(DAY_WORDS)].map((w) => (w.includes('weekend') ? 'weekend' : w.includes('fin de semana') ? 'fin\\s+de\\s+semana' : phrasePattern(w))))].join('|'),
  'iu',
);

/** The day (or weekend) a relative-day phrase names, as a period: the latest one on or before `pub`. */
function relativeDay(text: string, pub: Date): string | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const day = (back: number): string => ymd(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate() - back)));
  const dow = (pub.getUTCDay() + 6) % 7; // Monday = 0
  if (WEEKEND.includes(t)) {
    const back = (dow - 5 + 7) % 7; // days back to the latest Saturday
    const sat = day(back);
    return `${sat}/${day(back - 1)}`;
  }
  const word = t.split(' ').find((w) => WEEKDAYS[w] !== undefined);
  if (word !== undefined) return day((dow - WEEKDAYS[word]! + 7) % 7);
  const back = DAY_WORDS[t];
  return back === undefined ? null : day(back);
}

/** Every period phrase in a sentence, resolved against `published`. */
export function findPeriods(sentence: string, published: Date): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  const overlaps = (s: number, e: number): boolean => out.some((p) => s < p.end && e > p.start);
  const digit = /\d/.test(sentence);
  const month = MONTH_GATE.test(sentence);
  for (const [re, resolve, gate] of MATCHERS) {
    if (gate === 'D' ? !digit : gate === 'M' ? !month : gate === 'DM' ? !(digit && month) : !gate.test(sentence)) continue;
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      const period = resolve(m as RegExpExecArray, published);
      if (period) out.push({ start: s, end: e, period });
    }
  }
  // Relative days ("on Tuesday", "yesterday", "ayer", "el lunes", "over the weekend"): the latest such day on or before the publish date.
  if (RELATIVE_DAY_GATE.test(sentence)) for (const m of sentence.matchAll(RELATIVE_DAY_RE)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    const period = relativeDay(m[0], published);
    if (period) out.push({ start: s, end: e, period });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The period phrase that belongs to a figure at [start, end): the nearest one, preferring one after it. */
export function nearestPeriod(periods: PeriodMatch[], start: number, end: number): PeriodMatch | null {
  let best: PeriodMatch | null = null;
  let bestDist = Infinity;
  for (const p of periods) {
    if (p.start < end && p.end > start) continue; // inside the figure text itself
    const dist = p.start >= end ? p.start - end : (start - p.end) * 1.5;
    if (dist < bestDist) {
      best = p;
      bestDist = dist;
    }
  }
  return best;
}
