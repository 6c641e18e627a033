/**
 * Key-figure extraction: "more than 190,000 apprehensions between ports of entry in November",
 * "más de 10.000 personas al día", "$14 billion", "13.8 percent" — with qualifier, rate, metric,
 * scope, period and source. Pure: the only input besides the text is the publish date.
 */
import type { Figure } from '../model';
import { splitSentences } from '../summary/sentences';
import { findScope, findSource } from './attribution';
import { detectLang } from './lang';
import { isChange } from './change';
import { DRUGS, GENERIC_METRICS, MAX_METRIC_WORDS, METRIC_WORDS, NEUTRAL_QUALIFIERS, NON_FIGURE_NEXT, NON_FIGURE_PREV, PER_BEFORE, PER_PHRASES, QUALIFIERS, STREET_WORDS, VERB_METRICS, WEIGHT_WORDS } from './lexicon';
import { moneyPurpose } from './money-purpose';
import vocabulary from './data/vocabulary.json';

const SOURCE_HEADS = vocabulary.sourceHeads as Record<'en' | 'es', string[]>;
import { numberAt, type Lang, type NumberMatch } from './numbers';
import { findPeriods, nearestPeriod, type PeriodMatch } from './period';
import { adjacent, tokenize, type Token } from './tokens';

export interface ExtractOptions {
  /** Publish date: periods without a year ("in November", "last week") are resolved against it. Defaults to now. */
  published?: string | Date;
  /** Language of the text; detected from the text when absent. */
  lang?: Lang;
}

export type ExtractInput = { title?: string; summary?: string; content?: string } | string;

/** Words that end the modifiers between a number and its noun ("2,000 were detained"). */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'had', 'has', 'in', 'on', 'at', 'to', 'by', 'from', 'and',
  'or', 'who', 'that', 'which', 'for', 'with', 'this', 'these', 'than', 'more', 'as', 'into', 'since', 'during', 'last', 'per', 'each',
  'en', 'de', 'que', 'y', 'o', 'con', 'por', 'para', 'fueron', 'han', 'ha', 'se', 'los', 'las', 'el', 'la', 'del', 'al', 'un', 'una',
  'su', 'sus', 'es', 'son', 'fue', 'era', 'eran', 'entre', 'desde', 'hasta', 'según', 'it', 'they', 'he', 'she', 'we', 'will', 'would',
  'could', 'can', 'may', 'might', 'not', 'no', 'about', 'over', 'under', 'after', 'before', 'out', 'up', 'down', 'than', 'when', 'where',
  'while', 'if', 'so', 'but', 'pero', 'sin', 'sobre', 'tras', 'ante', 'bajo', 'cuando', 'donde', 'mientras', 'si', 'ya', 'lo', 'le', 'les',
  'fewer', 'less', 'menos', 'más', 'among', 'including', 'incluidos', 'incluidas', 'those', 'whom', 'them', 'their', 'its',
  'durante', 'through', 'throughout', 'across', 'along', 'near', 'within', 'dentro', 'cerca', 'hacia', 'rumbo',
]);

/** Verbs that link a counted thing to its number: "apprehensions rose to 190,000", "las detenciones sumaron 7.500". */
const QUANTITY_VERBS = new Set([
  'rose', 'risen', 'fell', 'fallen', 'climbed', 'dropped', 'declined', 'increased', 'decreased', 'reached', 'totaled', 'totalled',
  'topped', 'exceeded', 'surpassed', 'hit', 'numbered', 'jumped', 'soared', 'plunged', 'was', 'were', 'stood', 'amounted', 'grew', 'is',
  'are', 'dipped', 'slipped', 'eclipsed', 'passed', 'crossed', 'down', 'up', 'doubled', 'tripled', 'ticked', 'sank', 'tumbled', 'spiked',
  'averaged', 'sumaron', 'sumó', 'alcanzaron', 'alcanzó', 'superaron', 'superó', 'llegaron', 'llegó', 'fueron', 'fue', 'ascendieron',
  'ascendió', 'crecieron', 'creció', 'aumentaron', 'aumentó', 'disminuyeron', 'disminuyó', 'cayeron', 'cayó', 'bajaron', 'bajó',
  'totalizaron', 'rebasaron', 'rebasó', 'son', 'es', 'suman', 'alcanzan', 'superan', 'rondaron', 'rondan', 'promediaron', 'registraron',
  // thresholds: "once daily encounters top 3,000", "crossings average 4,000 a day", "superen los 2 mil"
  'average', 'averages', 'top', 'tops', 'exceed', 'exceeds', 'reach', 'reaches', 'hits', 'surpass', 'surpasses', 'superen', 'rebasen',
]);

const CHANGE_NOUNS = new Set([
  'increase', 'decrease', 'drop', 'rise', 'jump', 'decline', 'reduction', 'surge', 'spike', 'fall', 'share', 'growth', 'plunge',
  'aumento', 'disminución', 'disminucion', 'caída', 'caida', 'incremento', 'reducción', 'reduccion', 'alza', 'baja', 'descenso', 'repunte',
]);

/** Spans that are never figures: phone numbers, clock times, URLs, legal section marks like 212(f). */
const NON_FIGURE_SPANS: RegExp[] = [
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\b1-800-[\dA-Z-]+/g,
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

interface Located {
  figure: Figure;
  /** 3 title, 2 lead sentence, 1 early, 0 elsewhere. */
  location: number;
  order: number;
}

function toDate(published: string | Date | undefined): Date {
  if (published instanceof Date && !Number.isNaN(published.getTime())) return published;
  if (typeof published === 'string') {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T12:00:00Z` : published);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

function inSpans(spans: Array<[number, number]>, s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && e > a);
}

/** Longest metric phrase starting at token j: [canonical metric, end token]. */
function metricAt(tokens: Token[], j: number): [string, number] | null {
  for (let n = Math.min(MAX_METRIC_WORDS, tokens.length - j); n >= 1; n--) {
    const slice = tokens.slice(j, j + n);
    if (slice.some((t) => t.kind === 'num')) continue;
    const phrase = slice.map((t) => t.norm).join(' ').replace(/ ,/g, ',');
    const m = METRIC_WORDS[phrase];
    if (m) return [m, j + n];
  }
  return null;
}

function isPlainWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !FUNCTION_WORDS.has(t.norm);
}

/** The counted thing after the number: up to three modifiers, then a metric phrase. */
function forwardMetric(tokens: Token[], m: NumberMatch): { metric: string; end: number; modifiers: Token[] } | null {
  let j = m.endTok;
  if ((tokens[j]?.norm === 'de' || tokens[j]?.norm === 'of') && (m.scaled || m.unit === 'percent')) j++;
  if (m.unit === 'percent' || m.unit === 'percentage points') {
    // "13.8 percent increase in encounters", "60 percent of migrants", "un aumento de 20% en las detenciones"
    if (tokens[j] && CHANGE_NOUNS.has(tokens[j].norm) && ['in', 'of', 'en', 'de'].includes(tokens[j + 1]?.norm ?? '')) j += 2;
    while (tokens[j] && ['the', 'all', 'los', 'las', 'la', 'el', 'those', 'total'].includes(tokens[j].norm)) j++;
  }
  // "De ellos, 9 mil 12 eran menores de edad": a copula between the number and its noun.
  if (tokens[j] && COPULAS.has(tokens[j]!.norm) && metricAt(tokens, j + 1)) j++;
  const start = j;
  for (; j <= start + 3 && j < tokens.length; j++) {
    const hit = metricAt(tokens, j);
    if (hit) return { metric: hit[0], end: hit[1], modifiers: tokens.slice(start, j) };
    if (!isPlainWord(tokens[j])) return null;
  }
  return null;
}

const COPULAS = new Set(['eran', 'son', 'fueron', 'were', 'are']);

/** Words with no final "s" that still name plural counted things. */
const PLURALS_WITHOUT_S = new Set(['people', 'children', 'police', 'personnel', 'staff', 'men', 'women', 'gente', 'policía']);

/**
 * Nothing counted follows the number: the sentence ends, punctuation, a function word, a rate
 * ("250 al día"), or a lower-case word that cannot be a plural noun ("14,000 remain", "156,000 recorded").
 * A capitalised word or a word ending in "s" may be a noun the lexicon lacks ("20 states"), so it is not.
 */
function hasNoNoun(tokens: Token[], endTok: number, sentence: string): boolean {
  const next = tokens[endTok];
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '-' && next.text !== '(' && next.text !== '/' && !(next.text === '.' && tokens[endTok + 1]?.kind === 'num');
  if (next.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(next.norm) || PER_PHRASES.some(([re]) => re.test(sentence.slice(next.start)))) return true;
  if (/^\p{Lu}/u.test(next.text) || PLURALS_WITHOUT_S.has(next.norm) || NON_FIGURE_NEXT.has(next.norm)) return false;
  return !/s$/.test(next.norm);
}

const COMPARATIVES = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'above', 'below', 'más', 'menos', 'mayor', 'menor']);

/** A percentage that describes a change: "a 7% decrease", "up 2%", "9% menos que", "un alza de 20%". */
function isChangePercent(tokens: Token[], m: NumberMatch): boolean {
  const next = tokens[m.endTok];
  if (next && (CHANGE_NOUNS.has(next.norm) || COMPARATIVES.has(next.norm))) return true;
  const prev = tokens[m.startTok - 1];
  const prev2 = tokens[m.startTok - 2];
  if (prev && (prev.norm === 'de' || prev.norm === 'of') && prev2 && CHANGE_NOUNS.has(prev2.norm)) return true;
  return !!prev && (prev.norm === 'up' || prev.norm === 'down' || QUANTITY_VERBS.has(prev.norm)) && !!next && (next.kind === 'punct' || FUNCTION_WORDS.has(next.norm));
}

/** The counted thing before the number: "Apprehensions … rose to 190,000", "encounters fell 13.8 percent". */
function backwardMetric(tokens: Token[], startTok: number): string | null {
  let verb = -1;
  for (let j = startTok - 1; j >= Math.max(0, startTok - 8); j--) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':' || t.kind === 'num') return null;
    if (t.kind === 'word' && QUANTITY_VERBS.has(t.norm)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  // Up to 14 tokens back, so the head survives a long modifier ("Apprehensions by the Border Patrol
  // between ports of entry on the southwest border reached 188,778"); past 7 tokens another number stops it.
  for (let j = verb - 1; j >= Math.max(0, verb - 14); j--) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':') return null;
    if (j < verb - 7 && t.kind === 'num') return null;
    let hit = metricAt(tokens, j);
    if (hit && hit[1] <= verb) {
      // Read backwards, "children" is met before "unaccompanied children": take the longest phrase ending here.
      for (let k = j - 1; k >= Math.max(0, j - MAX_METRIC_WORDS + 1); k--) {
        const longer = metricAt(tokens, k);
        if (longer && longer[1] >= hit[1] && longer[1] <= verb) {
          hit = longer;
          j = k;
        }
      }
      // "Encounters of Mexican nationals rose …": the head is the noun before "of".
      for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
        if (tokens[k].norm === 'of' || tokens[k].norm === 'de') {
          for (let h = k - 1; h >= Math.max(0, k - 3); h--) {
            const head = metricAt(tokens, h);
            if (head && head[1] <= k) return head[0];
          }
          break;
        }
        if (!isPlainWord(tokens[k]) && !['the', 'los', 'las', 'la', 'el'].includes(tokens[k].norm)) break;
      }
      return hit[0];
    }
  }
  return null;
}

/** A date after these is a deadline or a boundary, not the period a figure counts ("arrived before July 31"). */
const DEADLINE_BEFORE = /\b(?:before|after|until|till|by|ended|ending|expires?|antes\s+del?|despu[eé]s\s+del?|hasta\s+el|(?:said|says|announced|reported|told\s+\S+|dijo|inform[oó]|anunci[oó]|report[oó])(?:\s+(?:on|el|este|this))?)\s*$/i;

/** Rate adverbs that may follow a verb: "personas cruzan a diario", "migrants cross daily". */
const PER_ADVERB = /^(?:\s*[\p{L}]+){1,2}?\s+(a diario|diariamente|cada d[ií]a|every day|each day|daily|per day|al d[ií]a|por d[ií]a)(?![\p{L}])/iu;

/** Words that introduce a comparison baseline: "up from 188,000", "than 150,000", "frente a 90 mil". */
const COMPARISON = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|above|below|frente\s+a|contra|comparaci[oó]n\s+con|respecto\s+(?:a|de)|que\s+los|que\s+las|a\s+los)\s+(?:the\s+|los\s+|las\s+|about\s+|nearly\s+|some\s+|unos\s+|unas\s+|casi\s+)?$/i;

function qualifierBefore(sentence: string, pos: number): { text: string; start: number } | null {
  const before = sentence.slice(0, pos).toLowerCase();
  let best: { text: string; start: number } | null = null;
  for (const q of QUALIFIERS) {
    const re = new RegExp(`(?:^|[^\\p{L}])(${q.replace(/\s+/g, '\\s+')})\\s*$`, 'u');
    const m = re.exec(before);
    if (m && (!best || m[1].length > best.text.length)) best = { text: m[1].replace(/\s+/g, ' '), start: pos - m[0].length + (m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length)) };
  }
  if (best) best.start = before.trimEnd().length - best.text.length;
  return best;
}

function perAfter(sentence: string, pos: number): { per: string; end: number } | null {
  const rest = sentence.slice(pos);
  const lead = /^[\s,]*/.exec(rest)?.[0] ?? '';
  for (const [re, per] of PER_PHRASES) {
    const m = re.exec(rest.slice(lead.length));
    if (m) return { per, end: pos + lead.length + m[0].length };
  }
  return null;
}

/** A rate adverb a word or two after the figure, outside its text span. */
function perAdverbAfter(sentence: string, pos: number): string | null {
  const m = PER_ADVERB.exec(sentence.slice(pos));
  return m ? 'day' : null;
}

function perBefore(sentence: string, pos: number): string | null {
  const before = sentence.slice(Math.max(0, pos - 40), pos);
  for (const [re, per] of PER_BEFORE) if (per && re.test(before)) return per;
  return null;
}

function isExcluded(tokens: Token[], m: NumberMatch, sentence: string, spans: Array<[number, number]>, periods: PeriodMatch[]): boolean {
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
  // Glued to letters: ordinals (21st, 1er, 3a), codes (FY2023, H2A, COVID19).
  if (prev && adjacent(prev, tokens[m.startTok]) && (prev.kind === 'word' || prev.kind === 'num')) return true;
  if (next && adjacent(last, next) && next.kind === 'word') return true;
  if (next && adjacent(last, next) && (next.text === 'º' || next.text === '°' || next.text === '(' || next.text === 'ª')) return true;
  // Scores and ranges written with a hyphen: 3-1, 2023-24, I-10, COVID-19, Title-42.
  if (prev && prev.text === '-' && adjacent(prev, tokens[m.startTok]) && prev2 && adjacent(prev2, prev)) return true;
  if (next && (next.text === '-' || next.text === '–') && adjacent(last, next) && next2?.kind === 'num') return true;
  // Durations, measures, ages, page chrome: "90 days", "a two-hour meeting", "12-year-old", "21 views".
  // Not a count of events: "turned back more than 1.4 million times" (a number of 100 or more before "times").
  if (next && NON_FIGURE_NEXT.has(next.norm) && !isEventCount(m, next)) return true;
  if (next && next.text === '-' && next2 && (NON_FIGURE_NEXT.has(next2.norm) || /^(?:year|month|day|week|hour|minute|mile|foot)-/.test(next2.norm))) return true;
  if (next && next.kind === 'word' && /^-?(?:year|month|day|week|hour|minute)s?-old$/.test(next.norm)) return true;
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

function figuresInSentence(sentence: string, lang: Lang, published: Date): Figure[] {
  const tokens = tokenize(sentence);
  if (!tokens.some((t) => t.kind === 'num' || t.kind === 'word')) return [];
  const spans: Array<[number, number]> = [];
  for (const re of NON_FIGURE_SPANS) for (const m of sentence.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const periods = findPeriods(sentence, published);
  const baselines = baselineStarts(tokens, sentence, lang);
  const out: Figure[] = [];
  /** Where each figure of `out` starts. */
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = numberAt(tokens, i, lang);
    if (!m) continue;
    const skipTo = m.endTok - 1;
    if (isExcluded(tokens, m, sentence, spans, periods)) {
      i = skipTo;
      continue;
    }
    let metric: string | null = null;
    let metricEnd = m.endTok;
    let modifiers: Token[] = [];
    if (m.money) {
      const moneyEnd = tokens[m.endTok - 1]!.end;
      const purpose = moneyPurpose(sentence, tokens[m.startTok]!.start, moneyEnd, lang);
      const prevMoney = out[out.length - 1];
      // "1,580 millones … frente a 1,760 millones": a baseline sum is for the same purpose.
      const baselinePurpose = !purpose && prevMoney && prevMoney.unit === m.unit && COMPARISON.test(sentence.slice(0, tokens[m.startTok]!.start)) ? prevMoney.metric : null;
      metric = purpose ?? baselinePurpose ?? (m.unit === 'USD' ? 'dollars' : m.unit === 'MXN' ? 'pesos' : 'money');
    } else {
      const fwd = forwardMetric(tokens, m);
      const drug = fwd && WEIGHT_WORDS.has(fwd.metric) ? drugAfter(tokens, fwd.end) : null;
      const verb = fwd ? null : verbMetricAfter(sentence, tokens[m.endTok - 1]!.end, lang);
      if (drug) {
        metric = drug.metric;
        metricEnd = drug.end;
        modifiers = fwd!.modifiers;
      } else if (fwd) {
        metric = fwd.metric;
        metricEnd = fwd.end;
        modifiers = fwd.modifiers;
      } else if (verb) {
        metric = verb;
      } else if (isEventCount(m, tokens[m.endTok])) {
        metric = eventMetric(tokens, m.startTok);
        metricEnd = m.endTok + 1;
      } else {
        const next = tokens[m.endTok];
        // Only look back when the number is not followed by a noun of its own ("90 migrants' days").
        const openEnd = !next || next.kind !== 'word' || FUNCTION_WORDS.has(next.norm) || PER_PHRASES.some(([re]) => re.test(sentence.slice(next.start)));
        if (openEnd) metric = backwardMetric(tokens, m.startTok);
        const prevFig = out[out.length - 1];
        const numStartAt = tokens[m.startTok].start;
        if (!metric && openEnd && prevFig && !m.money && prevFig.unit === m.unit && COMPARISON.test(sentence.slice(0, numStartAt))) {
          metric = prevFig.metric;
        }
        // A number with no noun of its own takes the counted thing of the figure before it in the sentence:
        // "… 26,000 migrants …, and about 14,000 remain", "6 mil personas, pero hoy alojan a más de 7 mil",
        // "188,778 apprehensions …, a 14% decrease", "12 mil migrantes, un promedio de 411 al día".
        if (!metric && prevFig && prevFig.unit !== 'USD' && prevFig.unit !== 'MXN' && !/[;:]/.test(sentence.slice(starts[starts.length - 1]! + prevFig.text.length, numStartAt))) {
          if (m.unit === 'percent' ? isChangePercent(tokens, m) : m.unit === prevFig.unit && hasNoNoun(tokens, m.endTok, sentence)) metric = prevFig.metric;
        }
        if (metric && m.unit !== 'percent' && m.unit !== 'percentage points' && m.words && m.value < 10) metric = null;
      }
    }
    if (!metric) {
      i = skipTo;
      continue;
    }
    const numStart = tokens[m.startTok].start;
    const q = qualifierBefore(sentence, numStart);
    const qualifier = q && !NEUTRAL_QUALIFIERS.has(q.text) ? q.text : null;
    const lastTok = tokens[metricEnd - 1];
    let textEnd = lastTok.kind === 'word' && lastTok.text.endsWith('.') && !lastTok.norm.includes('.') ? lastTok.end - 1 : lastTok.end;
    let per: string | null = null;
    const pa = perAfter(sentence, textEnd);
    if (pa) {
      per = pa.per;
      textEnd = pa.end;
    } else if (metricEnd > m.endTok) {
      const pn = perAfter(sentence, tokens[m.endTok - 1].end);
      if (pn) per = pn.per;
    }
    if (!per) {
      for (const t of modifiers) {
        const hit = PER_PHRASES.find(([re]) => re.test(t.text));
        if (hit) per = hit[1];
      }
    }
    if (!per) per = perBefore(sentence, q ? q.start : numStart);
    if (!per && !m.money && m.unit !== 'percent') per = perAdverbAfter(sentence, textEnd);
    const textStart = qualifier && q ? q.start : numStart;
    const text = sentence.slice(textStart, textEnd);
    const clause = clauseBounds(sentence, textStart, textEnd);
    const kind: 'count' | 'change' = !m.money && isChange(tokens, m) ? 'change' : 'count';
    const prevFig = out[out.length - 1];
    let period = nearestPeriod(periodsFor(sentence, periods, clause, textStart, textEnd, baselines, starts), textStart, textEnd)?.period ?? null;
    // A change belongs to the period of the figure it changes ("9,804 in September, a decline of 1,207 from August").
    if (kind === 'change' && prevFig && prevFig.metric === metric && prevFig.period) period = prevFig.period;
    // "from 4,205 a month earlier", "72,177 the year before": the period before the previous figure's.
    const earlier = EARLIER_AFTER.exec(sentence.slice(textEnd));
    const earlierUnit = earlier ? (earlier[1] ?? earlier[2] ?? earlier[3] ?? earlier[4] ?? '').toLowerCase() : '';
    if (earlierUnit && prevFig?.period) period = shiftPeriod(prevFig.period, earlierUnit) ?? period;
    starts.push(textStart);
    out.push({
      kind,
      value: m.value,
      text,
      sentence,
      qualifier,
      per,
      metric,
      scope: findScope(sentence, textStart, textEnd),
      period,
      source: findSource(sentence.slice(clause[0], clause[1]), textStart - clause[0], extendOverAgency(sentence, textEnd) - clause[0]) ?? findSource(sentence, textStart, extendOverAgency(sentence, textEnd), true),
      unit: m.unit === 'percentage points' ? 'percentage points' : m.unit === 'money' ? null : m.unit,
    });
    const f = out[out.length - 1]!;
    if (!f.source) f.source = namedBodySource(sentence);
    i = Math.max(skipTo, metricEnd - 1);
  }
  return out;
}

/** "a month earlier", "the year before", "un mes antes": the baseline is the period before. */
const EARLIER_AFTER = /^\s*(?:(?:a|one|the)\s+(month|week|year)\s+(?:earlier|before|prior)|(?:the\s+)?(?:previous|prior)\s+(month|week|year)|un\s+(mes|año|semana)\s+antes|(?:el|la)\s+(mes|año|semana)\s+anterior)/i;

/** The period one step before `period` ("2024-03" → "2024-02", "FY2023" → "FY2022", a week range → the week before). */
function shiftPeriod(period: string, unit: string): string | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && (unit === 'month' || unit === 'mes')) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
  }
  if ((m = /^FY(\d{4})$/.exec(period)) && (unit === 'year' || unit === 'año')) return `FY${Number(m[1]) - 1}`;
  if ((m = /^(\d{4})$/.exec(period)) && (unit === 'year' || unit === 'año')) return String(Number(m[1]) - 1);
  m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (m && (unit === 'week' || unit === 'semana')) {
    const day = (s: string): string => new Date(Date.parse(`${s}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    return `${day(m[1]!)}/${day(m[2]!)}`;
  }
  return null;
}

/** "more than 2.8 million times": a count of events, not a repetition ("three times"). */
function isEventCount(m: NumberMatch, next: Token | undefined): boolean {
  return !!next && (next.norm === 'times' || next.norm === 'veces') && m.value >= 100 && !m.money && m.unit === null;
}

/** Verbs of enforcement events → what each event is ("expelled … 900,000 times" → expulsions). */
const EVENT_VERBS: Record<string, string> = {
  expelled: 'expulsions', expel: 'expulsions', 'turned back': 'returns', returned: 'returns', deported: 'deportations', removed: 'removals',
  apprehended: 'apprehensions', arrested: 'arrests', encountered: 'encounters', stopped: 'apprehensions', crossed: 'crossings',
  expulsados: 'expulsiones', expulsó: 'expulsiones', deportados: 'deportaciones', deportó: 'deportaciones', detenidos: 'detenciones',
  cruzaron: 'cruces', devueltos: 'devoluciones', rechazados: 'rechazos',
};

/** The event counted by "<N> times": the nearest counted noun before it in the clause, else its verb's event. */
function eventMetric(tokens: Token[], startTok: number): string {
  for (let j = startTok - 1; j >= Math.max(0, startTok - 10); j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.kind === 'num') break;
    const hit = metricAt(tokens, j);
    if (hit && !GENERIC_METRICS.has(hit[0])) return hit[0];
    const two = `${t.norm} ${tokens[j + 1]?.norm ?? ''}`;
    if (EVENT_VERBS[two]) return EVENT_VERBS[two]!;
    if (EVENT_VERBS[t.norm]) return EVENT_VERBS[t.norm]!;
  }
  return 'times';
}

/** "1,250 pounds of methamphetamine": the drug after a weight, with the token after it. */
function drugAfter(tokens: Token[], j: number): { metric: string; end: number } | null {
  if (!tokens[j] || !['of', 'de'].includes(tokens[j]!.norm)) return null;
  for (const d of DRUGS) {
    const ws = d.split(' ');
    if (ws.every((w, k) => tokens[j + 1 + k]?.norm === w)) return { metric: d, end: j + 1 + ws.length };
  }
  return null;
}

/** "25 resultaron heridos", "41 were injured": what a verb right after the number says it counts. */
function verbMetricAfter(sentence: string, pos: number, lang: Lang): string | null {
  const rest = sentence.slice(pos).toLowerCase();
  for (const table of lang === 'es' ? [VERB_METRICS.es, VERB_METRICS.en] : [VERB_METRICS.en, VERB_METRICS.es]) {
    for (const [verb, metric] of table) {
      const re = new RegExp(`^\\s+(?:(?:others?|more|otros?|m[aá]s|also|tambi[eé]n)\\s+)?${verb.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u');
      if (re.test(rest)) return metric;
    }
  }
  return null;
}

/** Source named as a body of a country: "Costa Rican authorities said", "the Italian coast guard said", "según las autoridades panameñas". */
const BODY_EN = new RegExp(`(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${vocabularyHeads('en')}))(?![\\p{L}])`, 'u');
const BODY_ES = new RegExp(`(?:^|[^\\p{L}])((?:${vocabularyHeads('es')})\\s+(?:\\p{Ll}+(?:as|os|es|a|o)|de\\s+\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))(?![\\p{L}])`, 'u');
const ATTRIBUTION = /\b(?:said|says|reported|estimated|announced|told|counted|recorded|according\s+to|dijo|dijeron|inform[oó]|informaron|report[oó]|reportaron|seg[uú]n|de\s+acuerdo\s+con|estim[oó]|contabiliz[oó]|registr[oó])\b/i;

function vocabularyHeads(lang: 'en' | 'es'): string {
  return SOURCE_HEADS[lang].map((h) => h.replace(/\s+/g, '\\s+')).join('|');
}

function namedBodySource(sentence: string): string | null {
  if (!ATTRIBUTION.test(sentence)) return null;
  const m = BODY_EN.exec(sentence) ?? BODY_ES.exec(sentence);
  if (!m) return null;
  const name = m[1]!.replace(/^(?:The|El|La|Los|Las)\s+/, '').replace(/\s+/g, ' ').trim();
  return /^(?:Officials|Authorities|Autoridades|Government|Gobierno)\b/.test(name) ? null : name;
}

/**
 * A period that is a comparison baseline ("a 7% decrease from May", "compared with December",
 * "9% menos que en mayo", "respecto a octubre"): the start of the comparison word, or -1.
 */
function comparisonStart(sentence: string, periodStart: number): number {
  const before = sentence.slice(0, periodStart);
  const m = COMPARED_BEFORE.exec(before) ?? CHANGE_FROM_BEFORE.exec(before);
  return m ? before.length - m[0].length : -1;
}

/** Comparison words right before a period phrase (with an optional "in"/"en"/"the"). */
const COMPARED_BEFORE =
  /(?<![\p{L}])(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|than|que|respecto\s+(?:a|al|de|del)|con\s+respecto\s+(?:a|al)|en\s+comparaci[oó]n\s+con|comparad[oa]s?\s+con|frente\s+(?:a|al))(?:\s+(?:in|en|during|durante|el|la|the|those\s+of|los\s+de|las\s+de))?\s*$/iu;

/** "from"/"over" after a change word: "up 3% from October", "a threefold increase over 2019", "down from September". */
const CHANGE_FROM_BEFORE =
  /(?<![\p{L}])(?:down|up|decrease|increase|drop|decline|rise|jump|fall|fell|rose|dropped|climbed|declined|increased|decreased|percent|%|points?|change|reduction|surge)(?:[^.;%\d]{0,40}?)?\s(?:from|over)(?:\s+(?:the|in))?\s*$/iu;

/** ", and 10,000 more …" / ", y más de 10.000 …": a new clause with a figure of its own. */
const FIGURE_CLAUSE_BREAK = /,\s+(?:and|y|e)\s+(?=(?:[\p{L}]+\s+){0,3}(?:\$|US\$)?\d)/giu;

/**
 * The periods a figure at [start, end) may take: in its clause; not a deadline ("before July 31");
 * not a comparison baseline unless the figure is itself inside the comparison ("down from nearly
 * 219,000 in September", "compared with December, when agents recorded 250,000"); not past a
 * ", and <another figure>" break that follows it.
 */
function periodsFor(
  sentence: string,
  periods: PeriodMatch[],
  clause: [number, number],
  start: number,
  end: number,
  baselines: number[],
  earlier: number[],
): PeriodMatch[] {
  let limit = clause[1];
  let from = clause[0];
  for (const m of sentence.matchAll(FIGURE_CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at >= end && at < limit) limit = at;
    // Behind the break, a period that follows an earlier figure is that figure's ("26,000 migrants since
    // August 2022, and about 14,000 remain"); one that opens the sentence frames both ("In November, …").
    if (at + m[0].length <= start) {
      const firstBefore = earlier.filter((e) => e < at).sort((a, b) => a - b)[0];
      if (firstBefore !== undefined) from = Math.max(from, firstBefore);
    }
  }
  // "190,000 apprehensions, down from 219,000 in September": the period after a baseline is the baseline's.
  for (const b of baselines) if (b >= end && b < limit) limit = b;
  return periods.filter((p) => {
    if (p.start < clause[0] || p.end > limit) return false;
    if (p.start > from && p.end < start && from > clause[0]) return false;
    if (DEADLINE_BEFORE.test(sentence.slice(0, p.start))) return false;
    const cmp = comparisonStart(sentence, p.start);
    return cmp < 0 || start >= cmp;
  });
}

/** Where the numbers written as comparison baselines start ("down from 219,000", "que los 90 mil"). */
function baselineStarts(tokens: Token[], sentence: string, lang: Lang): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'num' && tokens[i].kind !== 'word') continue;
    const m = numberAt(tokens, i, lang);
    if (!m) continue;
    const start = tokens[m.startTok].start;
    if (COMPARISON.test(sentence.slice(0, start))) out.push(start);
    i = m.endTok - 1;
  }
  return out;
}

/** The part of the sentence between semicolons around [start, end). */
const CLAUSE_BREAK = /;|,?\s+(?:while|whereas|mientras\s+que|en\s+tanto\s+que)\s+|,\s+(?:but|pero|aunque|although)\s+/gi;

function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const s = m.index ?? 0;
    if (s + m[0].length <= start) from = s + m[0].length;
    else if (s >= end && to === sentence.length) to = s;
  }
  return [from, to];
}

/** "1,800 elementos de la Guardia Nacional": an agency right after the counted thing belongs to it. */
function extendOverAgency(sentence: string, end: number): number {
  const m = /^\s+(?:of\s+the\s+|of\s+|de\s+la\s+|del\s+|de\s+los\s+|de\s+)((?:\p{Lu}[\p{L}.]*\s*){1,5})/u.exec(sentence.slice(end));
  return m ? end + m[0].length : end;
}

function richness(f: Figure): number {
  return [f.qualifier, f.per, f.scope, f.period, f.source].filter((x) => x !== null).length;
}

function importance(l: Located): number {
  const f = l.figure;
  const specific = GENERIC_METRICS.has(f.metric) || f.unit === 'percent' ? 0 : 2;
  return l.location * 10 + specific * 3 + (f.period ? 1 : 0) + (f.source ? 1 : 0);
}

/**
 * Find the key figures in a story (title, summary, content) or in a plain text.
 * Figures repeated across title, summary and content are merged (the richer one kept, ranked as the
 * earliest); the result is ordered by importance: the top figure first (title or lead, most specific metric).
 */
export function extractFigures(input: ExtractInput, opts: ExtractOptions = {}): Figure[] {
  const parts = typeof input === 'string' ? { content: input } : input;
  const all = [parts.title, parts.summary, parts.content].filter(Boolean).join('\n');
  const lang: Lang = opts.lang ?? detectLang(all);
  const published = toDate(opts.published);
  const located: Located[] = [];
  let order = 0;
  const add = (text: string | undefined, locate: (index: number) => number, asOne = false): void => {
    if (!text) return;
    const sentences = asOne ? [text.replace(/\s+/g, ' ').trim()] : splitSentences(text);
    sentences.forEach((s, idx) => {
      for (const figure of figuresInSentence(s, lang, published)) located.push({ figure, location: locate(idx), order: order++ });
    });
  };
  add(parts.title, () => 3, true);
  add(parts.summary, (i) => (i === 0 ? 2 : 1));
  add(parts.content, (i) => (parts.summary ? 0 : i === 0 ? 2 : i < 3 ? 1 : 0));

  // Merge repeats: same value, metric and unit.
  const merged = new Map<string, Located>();
  for (const l of located) {
    const key = `${l.figure.value}|${l.figure.metric}|${l.figure.unit ?? ''}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, l);
      continue;
    }
    const keep = richness(l.figure) > richness(seen.figure) ? l.figure : seen.figure;
    merged.set(key, { figure: keep, location: Math.max(seen.location, l.location), order: Math.min(seen.order, l.order) });
  }
  // The same figure stated twice in one story under two nouns ("57 migrants … the 57 people", "84 migrantes …
  // las 84 personas extranjeras"): shown once, under the more specific noun. Small numbers (below 10) and
  // percentages repeat by coincidence and are left alone; so are figures of different periods or kinds.
  const kept: Located[] = [];
  for (const l of [...merged.values()].sort((a, b) => a.order - b.order)) {
    const f = l.figure;
    const twin = f.value >= 10 && f.unit === null ? kept.find((k) => k.figure.value === f.value && k.figure.unit === null && (k.figure.kind ?? 'count') === (f.kind ?? 'count') && (!k.figure.period || !f.period || k.figure.period === f.period)) : undefined;
    if (!twin) {
      kept.push(l);
      continue;
    }
    if (GENERIC_METRICS.has(twin.figure.metric) && !GENERIC_METRICS.has(f.metric)) twin.figure = { ...f, period: f.period ?? twin.figure.period, source: f.source ?? twin.figure.source };
    twin.location = Math.max(twin.location, l.location);
  }
  return kept.sort((a, b) => importance(b) - importance(a) || a.order - b.order).map((l) => l.figure);
}
