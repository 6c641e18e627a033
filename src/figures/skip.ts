/** Spans and numbers that are never figures: phone numbers, clock times, URLs, section marks, road numbers, ids, years. */
import { NON_FIGURE_NEXT, NON_FIGURE_PREV, STREET_WORDS } from './lexicon';
import type { NumberMatch } from './numbers';
import type { PeriodMatch } from './period';
import { adjacent, type Token } from './tokens';
import lexicon from './data/lexicon.json';
import vocabulary from './data/vocabulary.json';
import { metricAt, isEventCount, FUNCTION_WORDS as FUNCTION_WORDS_SET } from './metric';

/** Spans that are never figures: phone numbers, clock times, URLs, legal section marks like 212(f). */
export const NON_FIGURE_SPANS: RegExp[] = [
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\b1-800-[\dA-Z-]+/g,
  // "55 5209 8800", "(81) 8340 1234": Mexican numbers of two digits, four and four; an extension after a phone number.
  /(?:\(\d{2,3}\)|\b\d{2})[\s.-]\d{4}[\s.-]\d{4}\b/g,
  /(?<![\p{L}])(?:extensi[oó]n|extension|ext\.)\s*\d+/giu,
  // A number right after "teléfono (es el)", "phone (number) is", "call": the number dialled, with its groups.
  /(?<![\p{L}])(?:tel[eé]fono|phone|tel\.|whatsapp|hotline)(?:\s+(?:number|de\s+\p{L}+))?\s+(?:(?:is|es)\s+)?(?:(?:el|the)\s+)?\+?\d[\d\s.-]{6,}\d/giu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|horas|h)?/gi,
  /\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /https?:\/\/\S+|www\.\S+|discord\.gg\/\S+/g,
  // Mentions and handles (@DHSgov, @desk1234), and ids of 15 digits or more (Discord/Slack snowflakes, case numbers).
  /(?<![\p{L}\d])@[\p{L}\d_.]+/gu,
  /(?<![\d,.])\d{15,}(?![\d,.]*\d)/g,
  /\b\d+\([a-z0-9]+\)/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g,
];

/** Emergency numbers: "called 911", "llamó al 911", "a 911 call" (tried only on sentences with the digits; the digits come first). */
export const EMERGENCY_NUMBER_SPAN = /\b9-?1-?1\b(?:(?<=(?:\b(?:call(?:ed|ing|s)?|dial(?:ed|ing|s)?)\s+|(?<![\p{L}])(?:llam\p{L}*|marc\p{L}*)\s+al\s+)9-?1-?1)|(?=\s+(?:calls?|operators?|dispatchers?|llamadas?)\b))/giu;

/** Road names before a number: "U.S. 83", "carretera federal 57", "State Route 86" (data: lexicon.json roadWords). */
const ROAD_WORDS = new Set(lexicon.roadWords);
const CHILD_NOUNS = new Set(lexicon.childNouns);
const HIGHWAY_STATES = new Set(vocabulary.highwayStates as string[]);
/** Words between a number and a unit of time that keep it a duration ("28 consecutive days", "two more weeks"). */
const DURATION_MODIFIERS = new Set(['consecutive', 'straight', 'more', 'additional', 'extra', 'consecutivos', 'consecutivas', 'seguidos', 'seguidas', 'más', 'mas', 'adicionales']);

export function inSpans(spans: Array<[number, number]>, s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && e > a);
}

/** "40-60 gotaways": two plain numbers, the first smaller, and a counted thing right after the second (at token `after`). */
function isCountRange(a: Token, b: Token, tokens: Token[], after: number): boolean {
  const x = Number(a.text.replace(/,/g, ''));
  const y = Number(b.text.replace(/,/g, ''));
  return /^\d[\d,]*$/.test(a.text) && /^\d[\d,]*$/.test(b.text) && x < y && !(x >= 1900 && x <= 2100) && !!metricAt(tokens, after);
}

export function isExcluded(tokens: Token[], m: NumberMatch, sentence: string, spans: Array<[number, number]>, periods: PeriodMatch[]): boolean {
  const first = tokens[m.numTok];
  const last = tokens[m.endTok - 1];
  const prev = tokens[m.startTok - 1];
  const prev2 = tokens[m.startTok - 2];
  const next = tokens[m.endTok];
  const next2 = tokens[m.endTok + 1];
  if (inSpans(spans, first.start, first.end)) return true;
  if (periods.some((p) => first.start >= p.start && first.end <= p.end)) return true;
  if (prev && prev.kind === 'word' && NON_FIGURE_PREV.has(prev.norm)) return true;
  if (prev && prev.text === '#') return true;
  // "1 in 5 migrants", "uno de cada 4": a ratio, not a count.
  if (m.bare && next?.norm === 'in' && tokens[m.endTok + 1]?.kind === 'num') return true;
  if (m.bare && prev?.norm === 'in' && prev2?.kind === 'num' && /^\d{1,2}$/.test(prev2.text)) return true;
  if ((m.bare || m.words) && prev?.norm === 'cada' && (prev2?.norm === 'de' || prev2?.norm === 'en')) return true;
  // "los años sesenta", "the nineties": a decade written in words.
  if (m.words && m.value % 10 === 0 && m.value >= 20 && m.value <= 90 && (prev?.norm === 'años' || prev?.norm === 'the') && /(?:enta|ies)$/.test(tokens[m.endTok - 1]!.norm)) return true;
  // "one in five migrants": a ratio written in words.
  if (m.words && prev?.norm === 'in' && (prev2?.norm === 'one' || prev2?.norm === '1')) return true;
  // "children under 5", "kids under 12": an age limit after a noun of children, not a count (data: lexicon.json childNouns).
  if (m.bare && m.value < 18 && (prev?.norm === 'under' || prev?.norm === 'below') && prev2 && CHILD_NOUNS.has(prev2.norm)) return true;
  // "on U.S. 83", "la carretera federal 57", "State Route 86": a road named by a word or two before a bare number ("FM 1021",
  // "Loop 1604": four digits written without a separator name a road too).
  if (m.bare && (m.value < 1000 || (m.value < 10000 && /^\d{4}$/.test(first.text))) && prev?.kind === 'word' && (ROAD_WORDS.has(prev.norm) || (prev2?.kind === 'word' && ROAD_WORDS.has(prev2.norm) && /^\p{L}+$/u.test(prev.norm) && !metricAt(tokens, m.startTok - 1))) && !metricAt(tokens, m.endTok)) return true;
  // "rolled over on Texas 44 near Encinal", "along Arizona 85": a state highway is a state's name after "on/along" and a
  // bare number (data: vocabulary.json highwayStates).
  if (m.bare && m.value < 1000 && prev?.kind === 'word' && HIGHWAY_STATES.has(prev.text) && ['on', 'along', 'off', 'via', 'onto'].includes(prev2?.norm ?? '')) return true;
  // Glued to letters: ordinals (21st, 1er, 3a), codes (FY2023, H2A, COVID19).
  if (prev && adjacent(prev, tokens[m.startTok]) && (prev.kind === 'word' || prev.kind === 'num')) return true;
  if (next && adjacent(last, next) && next.kind === 'word') return true;
  if (next && adjacent(last, next) && (next.text === 'º' || next.text === '°' || next.text === '(' || next.text === 'ª')) return true;
  // Scores and ranges written with a hyphen: 3-1, 2023-24, I-10, COVID-19, Title-42. (A range of counts of a counted thing
  // is two figures: "40-60 gotaways a day", the smaller first.)
  if (prev && prev.text === '-' && adjacent(prev, tokens[m.startTok]) && prev2 && adjacent(prev2, prev) && !(prev2.kind === 'num' && isCountRange(prev2, first, tokens, m.endTok))) return true;
  if (next && (next.text === '-' || next.text === '–') && adjacent(last, next) && next2?.kind === 'num' && !isCountRange(first, next2, tokens, m.endTok + 2)) return true;
  // Durations, measures, ages, page chrome: "90 days", "a two-hour meeting", "12-year-old", "21 views".
  // Not a count of events: "turned back more than 1.4 million times" (a number of 100 or more before "times").
  if (next && NON_FIGURE_NEXT.has(next.norm) && !isEventCount(m, next)) return true;
  // "for 28 consecutive days", "durante 15 días seguidos" is caught above; "3 more weeks", "15 días consecutivos": a word of
  // succession between the number and a duration leaves it a duration.
  if (m.bare && next && DURATION_MODIFIERS.has(next.norm) && next2 && NON_FIGURE_NEXT.has(next2.norm) && !isEventCount(m, next2)) return true;
  // "de 33 y 45 años", "between 10 and 12 hours": the first end of a pair of measures is a measure too.
  if (m.bare && next && ['y', 'and', 'o', 'or', 'to', 'a', '-', '–'].includes(next.norm) && next2?.kind === 'num' && /^\d+$/.test(next2.text) && NON_FIGURE_NEXT.has(tokens[m.endTok + 2]?.norm ?? '')) return true;
  if (next && next.text === '-' && next2 && (NON_FIGURE_NEXT.has(next2.norm) || /^(?:year|month|day|week|hour|minute|mile|foot)-/.test(next2.norm))) return true;
  if (next && next.kind === 'word' && /^-?(?:year|month|day|week|hour|minute)s?-old$/.test(next.norm)) return true;
  // "the driver, 29, was charged", "el conductor, de 41, …": a small number between commas after one person (a singular
  // lower-case noun) is an age in apposition.
  if (m.bare && m.value >= 12 && m.value < 110 && prev?.text === ',' && next?.text === ',' && prev2?.kind === 'word' && /^\p{Ll}{3,}$/u.test(prev2.text) && !/s$/.test(prev2.norm) && !FUNCTION_WORDS_SET.has(prev2.norm)) return true;
  if (m.bare) {
    const v = m.value;
    // Years: 1990–2099, unless a counted thing follows directly ("2000 migrants").
    if (v >= 1900 && v <= 2100 && first.text.length === 4 && !metricAt(tokens, m.endTok)) return true;
    // Clock times, and "de 15 años" already caught; addresses: "1200 Main Street".
    for (let j = m.endTok; j < Math.min(tokens.length, m.endTok + 4); j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) {
        if (t.kind === 'word' && STREET_WORDS.has(t.norm) && j > m.endTok) return true;
        break;
      }
      if (STREET_WORDS.has(t.norm) && j > m.endTok) return true;
    }
    if (prev && (prev.norm === 'calle' || prev.norm === 'avenida')) return true;
  }
  // Comma-separated numbers that are scores or lists "won 3, 2" are rare; sports scores "ganó 2 a 1".
  if (m.bare && next?.norm === 'a' && next2?.kind === 'num' && /^\d{1,2}$/.test(next2.text) && m.value < 20) return true;
  void sentence;
  return false;
}

/**
 * A dateline opening a story: "MEXICO CITY (Reuters) - ", "CALAIS, France (AFP) — ", "EL PASO, Texas — ", "Ciudad de
 * Guatemala (EFE) — ". It names where the story was filed and by which wire, not what any figure is for or who counts it:
 * the place in capitals (or in any case, with the wire after it), an optional region after a comma, an optional wire
 * service in parentheses, then a dash.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:` +
    // In capitals: "MEXICO CITY", "PORT-AU-PRINCE", "CIUDAD DE MÉXICO" (a word of four letters or more, or several).
    String.raw`(?=[^,(—–-]*\p{Lu}{4})\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s+\([\p{Lu}][\p{L}.&]*(?:\s+[\p{L}.&]+){0,3}\))?` +
    // In any case, then the wire: "Ciudad de Guatemala (EFE)", "Tapachula, Chiapas (AP)".
    String.raw`|\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|del|la|las|los|el|\p{Lu}[\p{L}.'’-]*)){0,4}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s+\((?:AP|AFP|EFE|Reuters|dpa|ANSA|Xinhua|Notimex|Europa\s+Press|Prensa\s+Latina|Bloomberg|UPI)\)` +
    String.raw`)\s*[-—–]+\s+`,
  'u',
);

/** Length of the dateline opening `sentence` (0 when none). */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  return m ? m[0].length : 0;
}
