/**
 * Key-figure extraction: "more than 190,000 apprehensions between ports of entry in November",
 * "más de 10.000 personas al día", "$14 billion", "13.8 percent" — with qualifier, rate, metric,
 * scope, period and source. Pure: the only input besides the text is the publish date.
 */
import type { Figure } from '../model';
import { splitSentences } from '../summary/sentences';
import { attributedToDocument, findScope, findSource, hasAttribution, hasUnnamedAttribution, lastAgencyIn } from './attribution';
import { detectLang } from './lang';
import { isChange, CHANGE_VERBS } from './change';
import { METRIC_WORDS, GENERIC_METRICS, NEUTRAL_QUALIFIERS, NON_FIGURE_NEXT, PER_PHRASES, VERB_METRICS, WEIGHT_WORDS } from './lexicon';
import { participleNoun } from './money-kind';
import { moneyPurpose, CHANGE_BY_BEFORE, CUT_VERB_BEFORE, GOES_TO_AFTER } from './money-purpose';
import { CHANGE_NOUNS } from './change';
import { numberAt, type Lang, type NumberMatch } from './numbers';
import { withCurrencyPlace } from './currency';
import { findPeriods, nearestPeriod } from './period';
import { tokenize, type Token } from './tokens';
import { NON_FIGURE_SPANS, EMERGENCY_NUMBER_SPAN, isExcluded, datelineLength } from './skip';
import { beatCompoundAfter, onesAfter, FUNCTION_WORDS, QUANTITY_VERBS, metricAt, forwardMetric, hasNoNoun, backwardMetric, isEventCount, eventMetric, drugAfter, drugBefore, casualtyMetric, verbMetricAfter, verbMetricBefore, gappedSubjectBefore, categoryWith, rateSubjectBefore } from './metric';
import { rateOfCountedThingBefore, isChangePercent, COMPARISON, qualifierBefore, perAfter, perAdverbAfter, perBefore } from './qualifier';
import { EARLIER_AFTER, shiftPeriod, periodsFor, baselineStarts, isPastClause, sameTimeLastYearAfter } from './figure-period';
import { namedBodySource } from './source';
import { clauseBounds, extendOverAgency } from './clause';
import { type Located, richness, importance, moreSpecificMetric, isGenericMetric } from './rank';
import vocabulary from './data/vocabulary.json';
import { isCapacity } from './capacity';
import { countEvent, countedBase, isGroupNoun, ownPassiveEvent } from './event';
import { tableHead } from './table';
import { isElidedFrame, isNamedPartOpening, mentionBefore, hasOwnPassive } from './antecedent';
import { isNonBeatCount } from './non-beat';
import { isCategoryMetric, wholeOfPart, partOfNamedWhole, categoryParticiple, isPeriodOnlySentence, PART_OF_TOTAL_AFTER, OF_THE_WHOLE_BEFORE, SUPERLATIVE_PART_BEFORE, OPENING_PARTITIVE_AFTER, OPENS_SENTENCE, ANOTHER_OPENS } from './breakdown';

export interface ExtractOptions {
  /** Publish date: periods without a year ("in November", "last week") are resolved against it. Defaults to now. */
  published?: string | Date;
  /** Language of the text; detected from the text when absent. */
  lang?: Lang;
}

export type ExtractInput = { title?: string; summary?: string; content?: string } | string;

function toDate(published: string | Date | undefined): Date {
  if (published instanceof Date && !Number.isNaN(published.getTime())) return published;
  if (typeof published === 'string') {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T12:00:00Z` : published);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/**
 * Who the figure at [start, end) comes from: an explicit attribution in its clause, then in its sentence, then — when the
 * sentence has an attribution word ("the agency said", "según su estadística", "informó") that names no one in particular
 * itself — the agency named in its clause. An agency that is only the subject or agent of the counting ("Border Patrol
 * agents apprehended", "la Comar registró") with no attribution word is no source (issue 10 source convention).
 */
function sourceOf(sentence: string, clause: [number, number], start: number, end: number, previousAgency: string | null, purpose: string | null, money = false): string | null {
  const text = sentence.slice(clause[0], clause[1]);
  return (
    findSource(text, start - clause[0], end - clause[0], true, previousAgency) ??
    findSource(sentence, start, end, true, previousAgency) ??
    (!hasAttribution(sentence) || hasUnnamedAttribution(sentence) || attributedToDocument(sentence) ? null : findSource(text, start - clause[0], end - clause[0], false, previousAgency, purpose, money))
  );
}

/** "That compares with", "Esto se compara con", "compared with": the number after it is a baseline. */
const ANAPHORIC_COMPARISON = /(?:compares?\s+(?:with|to)|compared\s+(?:with|to)|se\s+compara\s+con|frente\s+a|versus|vs\.?|(?:was|is|were|are)\s+(?:down|up)\s+from|(?:fell|rose|dropped|climbed|declined|increased)\s+from)\s+(?:(?:about|nearly|some|roughly|almost|more\s+than|casi|unos|unas|m[aá]s\s+de|alrededor\s+de|los|las|the)\s+)*$/iu;

/** A sentence whose subject is the figure before: "La cifra …", "The figure …", "That was …", "El total …" (data: anaphoricSubjects). */
const ANAPHORIC_SUBJECT = new RegExp(`^\\s*(?:${(vocabulary.anaphoricSubjects as string[]).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** The opener right before a number: "De ellos, 97", "Of those, about 400". */
const OPENER_BEFORE = new RegExp(`(?:^|[,;:]\\s*)(?:${(vocabulary.anaphoricOpeners as string[]).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\s*,?\\s*(?:(?:about|some|nearly|almost|more\\s+than|at\\s+least|casi|unos|unas|alrededor\\s+de|m[aá]s\\s+de|al\\s+menos)\\s+)?$`, 'iu');

const ANAPHORIC_OPENER = new RegExp(`(?<![\\p{L}])(?:${(vocabulary.anaphoricOpeners as string[]).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/**
 * "31 mil eran venezolanos y 18 mil 450, hondureños": in a coordination with the verb elided, the noun after the comma
 * is what the number counts (the clause ends with it).
 */
function gappedNounAfter(tokens: Token[], m: NumberMatch): string | null {
  const prev = tokens[m.startTok - 1];
  if (!prev || !['y', 'e', 'and', 'o', 'or'].includes(prev.norm) || tokens[m.endTok]?.text !== ',') return null;
  const hit = metricAt(tokens, m.endTok + 1);
  if (!hit) return null;
  const after = tokens[hit[1]];
  return !after || after.kind === 'punct' ? hit[0] : null;
}

/** A ranking that names its count with "con"/"with": "encabezó la lista con", "ranked first with", "ocupó el primer lugar con". */
const RANKED_WITH_BEFORE = new RegExp(`(?:${(vocabulary.rankingWords as string[]).join('|')})[^;:.]{0,40}?\\s(?:con|with)\\s+(?:(?:more\\s+than|about|nearly|almost|casi|m[aá]s\\s+de|unos|unas|alrededor\\s+de)\\s+)?$`, 'iu');

/** A ranking word, then up to 90 characters with no number or clause break, then "con"/"with" (its noun may stand far before). */
const RANKED_WITH_OPENING = new RegExp(`(?:${(vocabulary.rankingWords as string[]).join('|')})[^;:.\\d]{0,90}?\\s(?:con|with)\\s+(?:(?:more\\s+than|about|nearly|almost|casi|m[aá]s\\s+de|unos|unas|alrededor\\s+de)\\s+)?$`, 'iu');

/**
 * The text between the figure before and this number (starting at `from`) is "; <preposition> <period>,": the
 * clause repeats the counted thing of the one before ("181,000 apprehensions in August 2023; in August 2024, 58,000").
 */
function isGappedClause(between: string, from: number, periods: Array<{ start: number; end: number }>): boolean {
  const semi = Math.max(between.lastIndexOf(';'), between.lastIndexOf(':'));
  if (semi < 0) return false;
  let rest = between.slice(semi + 1);
  const at = from + semi + 1;
  const inside = periods.filter((p) => p.start >= at && p.end <= at + rest.length);
  if (!inside.length) return false;
  for (const p of [...inside].sort((a, b) => b.start - a.start)) rest = rest.slice(0, p.start - at) + rest.slice(p.end - at);
  return /^[\s,]*(?:(?:in|en|during|durante|for|para|and|y|but|pero|while|mientras\s+que|the|el|la)\s+)*[\s,]*$/i.test(rest);
}

/** ", at about", " to", ", a": the words between a change and the new level it leads to. */
const LEVEL_AFTER_CHANGE = /(?:,\s*|\s)(?:at|to|a|en|hasta)\s+(?:(?:about|nearly|some|roughly|unos|unas|casi|alrededor\s+de)\s+)?$/i;
const FROM_BEFORE = /(?:^|\s)(?:from|de)\s+$/i;
const TO_BEFORE = /(?:^|\s)(?:to|a)\s+$/i;
const TO_NUMBER_AFTER = /^\s*(?:%|percent|por\s+ciento)?\s*(?:to|a)\s+(?:\$\s*)?\d/i;

/** After a percentage: "del total", "of the total", "de lo requerido", or a Spanish verb of origin ("provino de", "procede de"). */
const SHARE_OF_WHOLE_AFTER = /^\s*(?:%|percent|por\s+ciento)?\s*(?:del\s+total|of\s+the\s+total|of\s+(?:the\s+)?(?:that|this)\s+(?:total|amount|sum)|de\s+lo\s+\p{Ll}{4,}|(?:provino|proviene|provinieron|provienen|provendr[aá]n?|procede|procedió|proceder[aá]n?|came|comes|will\s+come)\s+(?:de|from)\s)/iu;

/** A number written as a new mention: "una docena de …", "a dozen …". */
const INDEFINITE_MENTION = /^(?:una?|an?)\s/iu;

/** "of them", "de ellos" right after a number, with no noun after it. */
const OF_THEM_AFTER = /^\s*(?:of\s+them|de\s+ell[oa]s|(?:of\s+(?:those|these)|de\s+(?:est[oa]s|es[oa]s))(?!\s+\p{Ll}))(?![\p{L}])(?!\s+(?:were|are|eran|son|fueron)\s)/iu;
/** "2 of those facilities", "3 de sus unidades": a part of some other thing, named after "of" + a determiner. */
const PART_OF_OTHER_AFTER = /^\s*(?:of|de)\s+(?:sus?|its|their|his|her|the|those|these|esos|esas|estos|estas|los|las)\s+(?!(?:total|totals|sum|cifra|suma|number|número)(?![\p{L}]))\p{L}{3,}/iu;

/** "… percent of them", "% de ellos" right after a percentage: a share of the figure before it. */
const SHARE_OF_THEM = /^\s*(?:of\s+(?:them|those|these|whom|which)|de\s+(?:ell[oa]s|est[oa]s|es[oa]s))(?![\p{L}])/iu;

/**
 * The text between the figure before and this number is "; <Name>[, …,] [had|recorded|registró|…]": another subject in a
 * parallel clause, with no counted thing and no number of its own.
 */
function isParallelSubjectClause(tokens: Token[], between: string, numStart: number): boolean {
  const semi = Math.max(between.lastIndexOf(';'), between.lastIndexOf(':'));
  if (semi < 0) return false;
  const rest = between.slice(semi + 1);
  if (!/^\s*\p{Lu}/u.test(rest) || /\d/.test(rest) || rest.split(/\s+/).filter(Boolean).length > 10) return false;
  const from = numStart - rest.length;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start < from) continue;
    if (t.start >= numStart) break;
    if (metricAt(tokens, j)) return false;
  }
  return true;
}

/** "% were …", "% of those apprehended were …", "% eran …": a share stated with a copula. */
const SHARE_COPULA_AFTER = /^\s*(?:%|percent|por\s+ciento)?\s*(?:(?:of\s+(?:them|those|these|the)|de\s+(?:ell[oa]s|est[oa]s|es[oa]s|los|las))(?:\s+\p{Ll}+)?\s+)?(?:were|are|eran|fueron|son)\s+/iu;

/** "de las cuales", "of whom", "of which" right before a number: a part of the figure before it. */
const PART_OF_BEFORE = /(?:de\s+(?:los|las)\s+cuales|of\s+(?:which|whom|them|those)|de\s+ell[oa]s|entre\s+ell[oa]s|among\s+them)\s*,?\s*(?:(?:about|some|nearly|almost|more\s+than|at\s+least|casi|unos|unas|alrededor\s+de|m[aá]s\s+de|al\s+menos|el|la)\s+)?$/i;

/** "an increase of", "un recorte de": a change noun right before a sum. */
const CHANGE_NOUN_OF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...CHANGE_NOUNS].join('|')})\\s+(?:of|de)\\s+(?:(?:about|nearly|more\\s+than|some|casi|m[aá]s\\s+de|unos)\\s+)?$`, 'iu');

/** ", or about", ", o sea": a percentage in apposition to the change before it. */
const APPOSITIVE_OR = /^\s*,?\s*(?:or|o|o\s+sea)\s+(?:(?:about|nearly|some|roughly|almost|casi|cerca\s+de|alrededor\s+de|un|una|el)\s+)?$/i;

/** "between 5 and 8", "entre 5 mil y 8 mil", "from 3,000 to 4,000": the words that open and join the two ends of a range. */
const RANGE_OPENERS = new Set(['between', 'entre', 'from', 'de']);
const RANGE_JOINERS = new Set(['and', 'y', 'to', 'a', '-', '–']);
/**
 * "reported 300 to 450 apprehensions a day", "llegan 80 o 90 deportados": with no opener, two numbers joined by "to", "or"
 * or a dash are a range too, unless what stands before makes the first a change ("fell 1,200 to 3,400", "rose by 300 to …").
 */
const OPENLESS_JOINERS = new Set(['to', 'a', 'or', 'o', 'u', '-', '–']);
const NO_RANGE_BEFORE = new Set(['up', 'down', 'by', 'en', 'un', 'una', 'of', 'de', 'than', 'que', 'from', 'desde', 'to', 'a', 'hasta']);
function rangeJoined(tokens: Token[], m: NumberMatch): boolean {
  const prev = tokens[m.startTok - 1]?.norm ?? '';
  const joiner = tokens[m.endTok]?.norm ?? '';
  if (RANGE_OPENERS.has(prev)) return RANGE_JOINERS.has(joiner);
  return OPENLESS_JOINERS.has(joiner) && !CHANGE_VERBS.has(prev) && !NO_RANGE_BEFORE.has(prev) && tokens[m.endTok + 1]?.kind === 'num';
}

/** "… más para alimentos", "… more for legal aid": a purpose of its own right after a bare sum. */
const OWN_PURPOSE_AFTER = /^\s+(?:(?:m[aá]s|more|adicionales|additional|extra)\s+)?((?:para|for|a|al|en|on|toward|towards)\s+)(?!(?:19|20)\d\d)/iu;

/** "la cifra (apenas) llega a", "the figure reached", "el total asciende a": an anaphoric figure as the subject of a verb of amount. */
const FIGURE_SUBJECT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:la|esta|esa|the|this|that)\\s+(?:cifra|figure|total|number|número|numero)\\s+(?:\\p{L}+\\s+){0,2}?(?:${[...QUANTITY_VERBS].join('|')})\\s+(?:(?:a|to|de|en|at|about|nearly|casi|unos|unas|m[aá]s\\s+de|more\\s+than)\\s+)*$`, 'iu');

/**
 * The count a breakdown after a colon divides: the number has no unit, is followed by "de <lower-case word>", and every
 * figure between the colon and it is an item of the same breakdown.
 */
function colonListHead(sentence: string, tokens: Token[], m: NumberMatch, out: Figure[], starts: number[]): Figure | null {
  if (m.money || m.unit !== null) return null;
  const numStart = tokens[m.startTok]!.start;
  const colon = sentence.lastIndexOf(':', numStart);
  if (colon < 0 || /;/.test(sentence.slice(colon, numStart)) || !/^\s+de\s+\p{Ll}/u.test(sentence.slice(tokens[m.endTok - 1]!.end))) return null;
  let head = -1;
  for (let i = out.length - 1; i >= 0; i--) if (starts[i]! < colon) { head = i; break; }
  const h = out[head];
  if (!h || h.unit !== null || h.kind === 'change' || /[.;]/.test(sentence.slice(starts[head]! + h.text.length, colon))) return null;
  return out.slice(head + 1).every((f) => f.metric === h.metric) ? h : null;
}

/** Verbs of estimating a quantity "at"/"en" a number (data: vocabulary.json estimateVerbs). */
const ESTIMATE_VERBS = new Set(vocabulary.estimateVerbs as string[]);

/**
 * The counted thing named between a verb of `verbs` and a preposition of `preps` right before the number (past
 * the qualifiers in `skip`), the verb at most `span` tokens back and nothing but words in between; a generic
 * metric ("total") names none. "estiman la cifra de expulsiones en 520 mil", "bringing interceptions to 17,920".
 */
function metricBetweenVerbAndNumber(tokens: Token[], startTok: number, rule: { skip: readonly string[]; preps: ReadonlySet<string>; verbs: ReadonlySet<string>; span: number }): string | null {
  let at = startTok - 1;
  while (at > 0 && rule.skip.includes(tokens[at]!.norm)) at--;
  if (!rule.preps.has(tokens[at]?.norm ?? '')) return null;
  for (let v = at - 1; v >= Math.max(0, at - rule.span); v--) {
    const t = tokens[v]!;
    if (t.kind === 'num' || t.text === ';' || t.text === ':' || t.text === ',') return null;
    if (!rule.verbs.has(t.norm)) continue;
    let found: string | null = null;
    for (let j = v + 1; j < at; j++) {
      const hit = metricAt(tokens, j);
      if (hit && hit[1] <= at) found = hit[0];
    }
    return found && !GENERIC_METRICS.has(found) ? found : null;
  }
  return null;
}

const ESTIMATED = { skip: ['about', 'nearly', 'some', 'roughly', 'more', 'than', 'unos', 'unas', 'casi', 'más', 'de', 'cerca', 'alrededor'], preps: new Set(['en', 'at']), verbs: ESTIMATE_VERBS, span: 10 };

function estimatedMetric(tokens: Token[], startTok: number): string | null {
  return metricBetweenVerbAndNumber(tokens, startTok, ESTIMATED);
}

/** A nationality opening the clause, then one verb, then the number. */
function demonymSubjectBefore(tokens: Token[], startTok: number): string | null {
  const verb = tokens[startTok - 1];
  if (!verb || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text) || FUNCTION_WORDS.has(verb.norm)) return null;
  for (let a = Math.max(0, startTok - 4); a < startTok - 1; a++) {
    const hit = metricAt(tokens, a);
    if (!hit || hit[1] !== startTok - 1 || !DEMONYMS.has(hit[0])) continue;
    const before = tokens[a - 1];
    const opens = !before || before.text === ',' || before.text === ';' || ['y', 'e', 'and', 'los', 'las', 'the'].includes(before.norm);
    return opens ? hit[0] : null;
  }
  return null;
}

/** Verbs of raising a running total ("bringing … to", "elevando … a"; data: vocabulary.json totalVerbs). */
const TOTAL_VERBS = new Set(vocabulary.totalVerbs as string[]);
const TO_TOTAL = new Set(['to', 'above', 'past', 'over', 'beyond', 'a', 'hasta']);

const BROUGHT_TO = { skip: ['about', 'nearly', 'some', 'almost', 'more', 'than', 'roughly', 'casi', 'unos', 'unas', 'más', 'de', 'cerca'], preps: TO_TOTAL, verbs: TOTAL_VERBS, span: 8 };

/** The counted thing between a verb of raising a total and "to" right before the number (a generic "total" names none). */
function broughtToMetric(tokens: Token[], startTok: number): string | null {
  return metricBetweenVerbAndNumber(tokens, startTok, BROUGHT_TO);
}

/** The metric of money whose purpose the text does not say: it lends nothing to a change after it. */
const CURRENCY_FALLBACK = new Set(['dollars', 'pesos', 'money']);

const RATE_ADJECTIVES = new Map(Object.entries(vocabulary.rateAdjectives as Record<string, string>));
/** The events a verb names in the verb-metric tables ("were deported" → deportations). */
const VERB_EVENTS = new Set([...VERB_METRICS.en, ...VERB_METRICS.es].map(([, metric]) => metric));
const WEIGHT_UNITS = new Map(Object.entries(vocabulary.weightUnits as Record<string, string>));

/** Boats and vehicles that carry the people counted (data: vocabulary.json conveyanceMetrics). */
const CONVEYANCES = new Set(vocabulary.conveyanceMetrics as string[]);
const LAND_CONVEYANCES = new Set(vocabulary.landConveyances as string[]);
/** "for five straight days", "durante tres días seguidos": a time span after a count in words (vocabulary durationAdjectives). */
const WORD_DURATION_AFTER = new RegExp(`^\\s+(?:(?:${(vocabulary.durationAdjectives as string[]).join('|')})\\s+)?(?:${[...NON_FIGURE_NEXT].filter((w) => /^\p{L}{2,}$/u.test(w)).join('|')})(?![\\p{L}])`, 'iu');
/** "a father of four", "madre de tres": a family size (vocabulary kinshipBefore). */
const KINSHIP_BEFORE = new RegExp(`(?<![\\p{L}])(?:${(vocabulary.kinshipBefore as string[]).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');

const DEMONYMS = new Set(vocabulary.demonyms as string[]);
/** Metrics of the dead and the injured (data: vocabulary.json casualtyMetrics). */
const CASUALTY_METRIC_SET = new Set(vocabulary.casualtyMetrics as string[]);

/** What the story has said so far that later sentences lean on. */
interface StoryContext {
  /** The last sum of money whose purpose the text said (not a change): "another $12 million", "De ese monto, …". */
  lastMoney: Figure | null;
  /** The figures of the sentence before ("… a bordo de 61 embarcaciones. El Hierro recibió 1.204 de ellas"). */
  previousSentence: Figure[];
}

function figuresInSentence(sentence: string, lang: Lang, published: Date, previousAgency: string | null = null, previousFigure: Figure | null = null, story: StoryContext = { lastMoney: null, previousSentence: [] }): Figure[] {
  const tokens = tokenize(sentence);
  // Each token's number is read once (the baselines and the main loop ask for the same positions).
  const numCache: Array<NumberMatch | null | undefined> = new Array(tokens.length);
  const numAt = (i: number): NumberMatch | null => (numCache[i] === undefined ? (numCache[i] = numberAt(tokens, i, lang)) : numCache[i]!);
  // A sentence with no number has no figure: skip its periods, spans and baselines.
  if (!tokens.some((t, i) => (t.kind === 'num' || t.kind === 'word') && numAt(i))) return [];
  const spans: Array<[number, number]> = [];
  for (const re of NON_FIGURE_SPANS) for (const m of sentence.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (sentence.includes('911') || sentence.includes('9-1-1')) for (const m of sentence.matchAll(EMERGENCY_NUMBER_SPAN)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const periods = findPeriods(sentence, published);
  const baselines = baselineStarts(tokens, sentence, lang, numAt);
  const out: Figure[] = [];
  /** The interval a "from <figure>" was dated to the start of; the "to <figure>" after it takes its end. */
  let fromInterval: string | null = null;
  /** Where each figure of `out` starts. */
  const starts: number[] = [];
  /** Whether each figure of `out` is a sum of money (a Spanish "$" leaves the unit null). */
  const moneyFlags: boolean[] = [];
  /** Figures of `out` that are capacities: context for the numbers after them, not figures. */
  const capacities = new Set<Figure>();
  /** First ends of ranges that borrowed the noun of the second end, with where the second end starts. */
  const rangeFirsts: Array<[Figure, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = numAt(i);
    if (!m) continue;
    const skipTo = m.endTok - 1;
    if (isExcluded(tokens, m, sentence, spans, periods)) {
      i = skipTo;
      continue;
    }
    let metric: string | null = null;
    let metricEnd = m.endTok;
    let modifiers: Token[] = [];
    let unit = m.unit;
    let money = m.money;
    /** A change stated as a sum ("cut by $200 million") or as its percentage in apposition ("…, or about 40%"). */
    let moneyChange = false;
    let listHead: Figure | null = null;
    /** The number has no noun of its own: its counted thing, if any, is borrowed from around it. */
    let elided = false;
    /** The metric is a category named around a bare number (a nationality as subject, "with", a gapped clause), not its own noun. */
    let categoryOnly = false;
    /** The number opens its sentence as a part of what was counted before ("Four of those rescued were …"). */
    let partitive = false;
    // "entre 5 mil y 8 mil dólares", "between $8,000 and 12,000 dollars": the first end of a range shares the currency and
    // purpose of the second.
    const rangeEnd = !m.money && m.unit === null && rangeJoined(tokens, m) ? numAt(m.endTok + 1) : null;
    const sharedMoney = rangeEnd?.money && rangeEnd.scaled === m.scaled ? rangeEnd : null;
    if (sharedMoney) {
      unit = sharedMoney.unit;
      money = true;
    }
    /** The figure a ranking after a semicolon counts ("…; Haití encabezó la lista con 44 mil 239"): its period frames this one. */
    let framedBy: Figure | null = null;
    /** framedBy is the count a ranking in a later sentence ranks ("Guatemala was second with 640"). */
    let rankedAcross = false;
    /** Where the second end of the range this number opens starts, when it borrowed that end's noun ("300 to 450 apprehensions"). */
    let rangeSecondAt = -1;
    /** The figure this number is the comparison baseline of ("averaging 2,500 a day, up from 1,800"): same rate. */
    let baselineOf: Figure | null = null;
    const prevIsMoney = moneyFlags[moneyFlags.length - 1] ?? false;
    const lastMoneyAt = moneyFlags.lastIndexOf(true);
    const nextTok = tokens[m.endTok];
    // "… averaged $389, and the number of transactions reached 12.6 million": a bare sum whose own clause names what it
    // counts (a counted subject of a quantity verb) is a count, not money.
    const ownCount = !m.money && m.scaled && m.unit === null && lastMoneyAt >= 0 ? backwardMetric(tokens, m.startTok) : null;
    const bareSumBaseline =
      !m.money && m.scaled && m.unit === null && lastMoneyAt >= 0 && (ownCount === null || out[lastMoneyAt]!.metric.split(' ').includes(ownCount)) &&
      // ("1.840 millones de dólares en remesas en octubre, un 9% más …; en todo 2025 ingresaron 21.500 millones": past the
      // changes of the last sum.)
      (((prevIsMoney || out.slice(lastMoneyAt + 1).every((f) => f.kind === 'change')) && hasNoNoun(tokens, m.endTok, sentence)) ||
        // "frente a los 2,340 millones aprobados": a baseline of a sum earlier in the sentence, maybe with a participle.
        (COMPARISON.test(sentence.slice(0, tokens[m.startTok]!.start)) && (hasNoNoun(tokens, m.endTok, sentence) || (!!nextTok && /^\p{L}{3,}(?:ad[oa]s?|id[oa]s?|ed)$/u.test(nextTok.norm)))) ||
        // "18 millones de pesos para el albergue …, y 4.5 millones más para alimentos": a bare sum coordinated with money
        // earlier in the sentence, with a purpose of its own.
        // ("… y otros 12 millones en transporte": "otros"/"another" between.)
        (/(?:^|[^\p{L}])(?:y|and|e)\s+(?:(?:otros|otras|another)\s+)?$/iu.test(sentence.slice(Math.max(0, tokens[m.startTok]!.start - 14), tokens[m.startTok]!.start)) && OWN_PURPOSE_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end))));
    // "… 51 mil 300 millones de dólares por remesas entre enero y octubre. Solo en octubre ingresaron 5 mil 40 millones": a
    // bare sum with no noun opening the sentence after one whose last sum had a purpose is more of that money.
    const bareSumAfterSentence = !bareSumBaseline && !m.money && m.scaled && m.unit === null && lastMoneyAt < 0 && !out.length && !!story.lastMoney && story.previousSentence.includes(story.lastMoney) && hasNoNoun(tokens, m.endTok, sentence) && backwardMetric(tokens, m.startTok) === null && forwardMetric(tokens, m) === null && !['de', 'of'].includes(tokens[m.endTok]?.norm ?? '');
    if (bareSumBaseline || bareSumAfterSentence) {
      // "1,580 millones de pesos …, frente a 1,760 millones": a bare sum after money is money of the same kind and purpose.
      const prevMoney = bareSumBaseline ? out[lastMoneyAt]! : story.lastMoney!;
      const numEnd = tokens[m.endTok - 1]!.end;
      const ownAt = OWN_PURPOSE_AFTER.exec(sentence.slice(numEnd));
      // ("de los cuales 3 mil millones fueron a barreras fronterizas": a verb of going names its own purpose too.)
      const own = ownAt ? moneyPurpose(sentence, tokens[m.startTok]!.start, numEnd + ownAt[0].length - ownAt[1]!.length, lang) : GOES_TO_AFTER.test(sentence.slice(numEnd)) ? moneyPurpose(sentence, tokens[m.startTok]!.start, numEnd, lang) : null;
      // ("frente a 39 millones ejercidos este año": a participle after the bare sum names its own kind; money-kind.ts.)
      metric = own ?? participleNoun(sentence.slice(numEnd), lang) ?? prevMoney.metric;
      unit = prevMoney.unit;
      money = true;
    } else if (m.money || sharedMoney) {
      // "charged each migrant between $8,000 and $12,000 for the trip": the first end of a range of sums in one currency
      // is for what the second end is for.
      const second = m.money && RANGE_OPENERS.has(tokens[m.startTok - 1]?.norm ?? '') && RANGE_JOINERS.has(tokens[m.endTok]?.norm ?? '') ? numAt(m.endTok + 1) : null;
      const moneyEnd = tokens[(sharedMoney ?? (second?.money && second.unit === m.unit ? second : m)).endTok - 1]!.end;
      const purpose = moneyPurpose(sentence, tokens[m.startTok]!.start, moneyEnd, lang);
      const prevMoney = out[out.length - 1];
      // "1,580 millones … frente a 1,760 millones": a baseline sum is for the same purpose.
      const baselinePurpose = !purpose && prevMoney && prevMoney.unit === m.unit && COMPARISON.test(sentence.slice(0, tokens[m.startTok]!.start)) ? prevMoney.metric : null;
      // "… $89.4 million on migrant shelter …, and another $12 million in 2027", "En julio habían llegado 5 mil 318 millones":
      // a sum whose purpose the text does not say again is for the purpose of the last sum in the same currency before it.
      const samePurpose = (f: Figure | null | undefined): string | null => (f && f.unit === unit && f.kind !== 'change' && !CURRENCY_FALLBACK.has(f.metric) ? f.metric : null);
      const earlierPurpose = purpose || baselinePurpose ? null : (samePurpose([...out].reverse().find((f, idx) => moneyFlags[out.length - 1 - idx] && samePurpose(f))) ?? samePurpose(story.lastMoney));
      metric = purpose ?? baselinePurpose ?? earlierPurpose ?? (unit === 'USD' ? 'dollars' : unit === 'MXN' ? 'pesos' : 'money');
      // "Funding … was cut by $200 million": the sum is a change of what it is for.
      // ("an increase of $500 million", "un recorte de 300 millones", "a $2 billion increase", "cuts $300 million from …")
      const beforeSum = sentence.slice(0, tokens[m.startTok]!.start);
      moneyChange = CHANGE_BY_BEFORE.test(beforeSum) || CUT_VERB_BEFORE.test(beforeSum) || CHANGE_NOUN_OF_BEFORE.test(beforeSum) || CHANGE_NOUNS.has(tokens[(sharedMoney ?? m).endTok]?.norm ?? '');
      // (the three fallbacks are CURRENCY_FALLBACK)
    } else if ((listHead = colonListHead(sentence, tokens, m, out, starts))) {
      // "6 mil 180 solicitudes de asilo: 2 mil 412 de personas hondureñas, mil 96 de cubanas y 804 de salvadoreñas": the items
      // of a breakdown after a colon count the head's thing, "de" naming the part.
      metric = listHead.metric;
      framedBy = listHead;
    } else {
      // ("64 smuggling suspects": a plural noun the vocabulary lacks, after a modifier of the beat.)
      const fwd = forwardMetric(tokens, m) ?? beatCompoundAfter(tokens, m);
      // "… logged 6,112 reports since 2013. Over the past week it logged 19 new ones": "ones" counts what the count before counts.
      const onesEnd = fwd || m.money || m.unit !== null ? -1 : onesAfter(tokens, m);
      const onesWhole = onesEnd < 0 ? null : ([...out].reverse().find((f, idx) => f.unit === null && f.kind !== 'change' && !moneyFlags[out.length - 1 - idx]) ?? [...story.previousSentence].reverse().find((f) => f.unit === null && f.kind !== 'change') ?? null);
      // "Between 300 and 400 migrants", "entre 300 y 400 personas": the first end of a range counts the noun of the second.
      const rangeFwd = !fwd && rangeEnd && !rangeEnd.money && rangeEnd.unit === null ? forwardMetric(tokens, rangeEnd) : null;
      // A weight counts the drug named after it ("900 pounds of methamphetamine") or before it in the clause.
      const weightTok = fwd && WEIGHT_WORDS.has(fwd.metric) ? fwd.end - 1 : !fwd && WEIGHT_WORDS.has(tokens[m.endTok]?.norm ?? '') ? m.endTok : -1;
      const drugNamed = weightTok < 0 ? null : drugAfter(tokens, weightTok + 1) ?? (() => {
        const d = drugBefore(tokens, m.startTok);
        return d ? { metric: d, end: weightTok + 1 } : null;
      })();
      const drug = drugNamed;
      const verb = fwd ? null : verbMetricAfter(sentence, tokens[m.endTok - 1]!.end, lang);
      // ("…, with 35 percent of them children": a share of the count before, not a category listed "with" its count.)
      const listed = fwd || verb || (m.unit === 'percent' && SHARE_OF_THEM.test(sentence.slice(tokens[m.endTok - 1]!.end))) ? null : categoryWith(tokens, m.startTok);
      const gapped = fwd || verb || listed ? null : gappedNounAfter(tokens, m) ?? (m.unit === null && !m.money ? gappedSubjectBefore(tokens, m.startTok) : null);
      // "… y 18 mil 450, hondureños": the elided clause shares the frame (period, source) of the figure before it.
      if (gapped) framedBy = out[out.length - 1] ?? null;
      const category = listed ?? gapped;
      if (drug) {
        metric = drug.metric;
        metricEnd = drug.end;
        modifiers = fwd?.modifiers ?? [];
        // "1,210 pounds of methamphetamine": the weight is the figure's unit (data: vocabulary.json weightUnits).
        unit = WEIGHT_UNITS.get(tokens[weightTok]!.norm) ?? unit;
      } else if (fwd) {
        metricEnd = fwd.end;
        modifiers = fwd.modifiers;
        metric = casualtyMetric(sentence.slice(Math.max(0, tokens[m.startTok]!.start - 60), tokens[m.startTok]!.start), sentence.slice(tokens[fwd.end - 1]!.end, tokens[fwd.end - 1]!.end + 80), lang) ?? fwd.metric;
        // "18 mil 600 mexicanos repatriados": the nationality and the participle that names the people counted.
        const withParticiple = categoryParticiple(tokens, fwd.end, metric);
        if (withParticiple) {
          metric = withParticiple;
          metricEnd = fwd.end + 1;
        }
      } else if (onesWhole) {
        metric = onesWhole.metric;
        metricEnd = onesEnd;
      } else if (rangeFwd && !WEIGHT_WORDS.has(rangeFwd.metric)) {
        metric = rangeFwd.metric;
        rangeSecondAt = tokens[rangeEnd!.startTok]!.start;
      } else if (verb) {
        metric = verb;
      } else if (category) {
        metric = category;
        categoryOnly = true;
      } else if (isEventCount(m, tokens[m.endTok])) {
        metric = eventMetric(tokens, m.startTok);
        metricEnd = m.endTok + 1;
      } else {
        elided = true;
        const next = tokens[m.endTok];
        // Only look back when the number is not followed by a noun of its own ("90 migrants' days").
        const openEnd = !next || next.kind !== 'word' || FUNCTION_WORDS.has(next.norm) || PER_PHRASES.some(([re]) => re.test(sentence.slice(next.start)));
        // "La tasa de reconocimiento fue de 72%": a percentage of a rate named as its subject.
        if (openEnd && m.unit === 'percent') metric = rateSubjectBefore(sentence, tokens[m.startTok]!.start);
        // "rescataron a 44 y …", "crews rescued 61, and …": the verb before the number names what it counts.
        if (!metric && openEnd && m.unit === null && !m.money && hasNoNoun(tokens, m.endTok, sentence)) metric = verbMetricBefore(tokens, m.startTok, lang);
        // "Rescues by sector, November: Tucson 212; Yuma 48", "Retornados en noviembre — por aire: 6 mil 14 | …": a table line
        // whose items name only their row counts the head noun that opens it (src/figures/table.ts).
        if (!metric && openEnd && hasNoNoun(tokens, m.endTok, sentence)) {
          metric = tableHead(tokens, m);
          // (The items share the frame of the first: "…, November: Tucson 212; Yuma 48".)
          if (metric) framedBy = out.find((f) => f.metric === metric) ?? null;
        }
        // "cayeron un 97 % …, al pasar de 38.455 a 1.140", "fell 12% from 4,000 to 3,520": the two ends of a change count
        // what changed.
        const lastChange = out[out.length - 1];
        if (!metric && lastChange && lastChange.kind === 'change' && m.unit === null && !m.money && FROM_BEFORE.test(sentence.slice(Math.max(0, tokens[m.startTok]!.start - 8), tokens[m.startTok]!.start)) && TO_NUMBER_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end, tokens[m.endTok - 1]!.end + 40)) && !/[;:]/.test(sentence.slice(starts[starts.length - 1]!, tokens[m.startTok]!.start))) metric = lastChange.metric;
        // "… la cifra apenas llega a 14.870", "the figure reached 2,100": a figure named as "the figure" counts what the last
        // count before it counts.
        if (!metric && m.unit === null && !m.money && FIGURE_SUBJECT_BEFORE.test(sentence.slice(0, tokens[m.startTok]!.start))) {
          const whole = [...out].reverse().find((f, idx) => f.unit === null && f.kind !== 'change' && !moneyFlags[out.length - 1 - idx]) ?? (previousFigure && previousFigure.unit === null && previousFigure.kind !== 'change' ? previousFigure : null);
          if (whole) metric = whole.metric;
        }
        // "… bringing this year's interceptions to 17,920", "pushing arrivals on the island above 9,500": the running total
        // of the thing named between the verb and "to".
        if (!metric && m.unit === null && !m.money) metric = broughtToMetric(tokens, m.startTok);
        // "estiman la cifra real de expulsiones en 520 mil", "analysts put the number of overstays at 1.2 million": what is
        // estimated is named between the verb of estimating and "en/at".
        if (!metric && m.unit === null && !m.money) metric = estimatedMetric(tokens, m.startTok);
        // "Hondureños presentaron 18 mil 211", "Cubans filed 12,040": a nationality as the subject of the verb right before
        // a bare number is the category it counts.
        // "Four of those rescued were children", "Tres de ellas fueron …", "Five of the bodies were recovered": a number
        // opening its sentence as a part counts the noun named after it, else what was counted before.
        if (!metric && !out.length && m.unit === null && !m.money && OPENS_SENTENCE.test(sentence.slice(0, tokens[m.startTok]!.start)) && OPENING_PARTITIVE_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          const whole = wholeOfPart(out, moneyFlags, story.previousSentence);
          metric = partOfNamedWhole(tokens, m.endTok) ?? whole?.metric ?? null;
          partitive = !!metric;
        }
        // "Another 1,930 were returned by land": more of what the sentence before counted.
        if (!metric && !out.length && m.unit === null && !m.money && hasNoNoun(tokens, m.endTok, sentence) && ANOTHER_OPENS.test(sentence.slice(0, tokens[m.startTok]!.start))) metric = wholeOfPart(out, moneyFlags, story.previousSentence)?.metric ?? null;
        // "El año pasado recibió 80 mil 12.", "En octubre de 2025 habían sido 41 mil 880.": the count before, for another time.
        if (!metric && !out.length && m.unit === null && !m.money && periods.length) {
          let between = sentence.slice(0, tokens[m.startTok]!.start);
          for (const p of [...periods].sort((a, b) => b.start - a.start)) if (p.end <= between.length) between = between.slice(0, p.start) + ' ' + between.slice(p.end);
          if (isPeriodOnlySentence(between, sentence.slice(tokens[m.endTok - 1]!.end))) metric = wholeOfPart(out, moneyFlags, story.previousSentence)?.metric ?? null;
        }
        // "Cubans made up 3,106 of the October total", "Los mexicanos representaron 3 mil 415 del total": a part of the whole
        // stated before it counts what the whole counts (src/figures/breakdown.ts).
        if (!metric && m.unit === null && !m.money && PART_OF_TOTAL_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          const whole = wholeOfPart(out, moneyFlags, story.previousSentence);
          // ("Of the 29,540 encounters, single adults made up 17,900 of the total": a group of people as the subject names the
          // part — a nationality does not, it is only the part's category.)
          const group = backwardMetric(tokens, m.startTok);
          if (group && isGroupNoun(group)) {
            metric = group;
            if (whole && out.includes(whole)) framedBy = whole;
          } else if (whole) {
            metric = whole.metric;
            if (out.includes(whole)) framedBy = whole;
          }
        }
        // "Of the injured, 12 were in serious condition", "De los rescatados, 40 …": the opener names the whole; its noun, if
        // a counted thing, else the last count before it.
        const ofTheWhole = !metric && m.unit === null && !m.money ? OF_THE_WHOLE_BEFORE.exec(sentence.slice(0, tokens[m.startTok]!.start)) : null;
        if (ofTheWhole) {
          const named = ofTheWhole[1]!.trim().toLowerCase();
          const whole = wholeOfPart(out, moneyFlags, story.previousSentence);
          metric = METRIC_WORDS[named] ?? METRIC_WORDS[named.split(/\s+/)[0]!] ?? whole?.metric ?? null;
          if (whole && out.includes(whole)) framedBy = whole;
        }
        // "Venezuelans accounted for 7,300 of the encounters": a part of the counted thing named after it.
        if (!metric && m.unit === null && !m.money) metric = partOfNamedWhole(tokens, m.endTok);
        // "Hondurans filed the most, 24,318": a superlative part of the whole before it.
        if (!metric && m.unit === null && !m.money && SUPERLATIVE_PART_BEFORE.test(sentence.slice(0, tokens[m.startTok]!.start))) {
          const whole = wholeOfPart(out, moneyFlags, story.previousSentence);
          if (whole) {
            metric = whole.metric;
            if (out.includes(whole)) framedBy = whole;
          }
        }
        if (!metric && m.unit === null && !m.money && hasNoNoun(tokens, m.endTok, sentence)) {
          metric = demonymSubjectBefore(tokens, m.startTok);
          if (metric) categoryOnly = true;
        }
        if (!metric && openEnd) metric = backwardMetric(tokens, m.startTok);
        const prevFig = out[out.length - 1];
        const numStartAt = tokens[m.startTok].start;
        if (!metric && openEnd && prevFig && !m.money && prevFig.unit === m.unit && COMPARISON.test(sentence.slice(0, numStartAt))) {
          metric = prevFig.metric;
          baselineOf = prevFig;
        }
        // A number with no noun of its own takes the counted thing of the figure before it in the sentence:
        // "… 26,000 migrants …, and about 14,000 remain", "6 mil personas, pero hoy alojan a más de 7 mil",
        // "188,778 apprehensions …, a 14% decrease", "12 mil migrantes, un promedio de 411 al día".
        // "58 mil solicitudes, de las cuales 40% …", "9,000 people, of whom 1,200 …": a part of the figure before.
        if (!metric && prevFig && !prevIsMoney && PART_OF_BEFORE.test(sentence.slice(0, numStartAt))) metric = prevFig.metric;
        // "… houses about 180 of them", "Reynosa accounted for 3,100 of them", "12 mil de ellos": a part of the last count
        // before it (in the sentence, else the sentence before), in its frame.
        if (!metric && m.unit === null && !m.money && OF_THEM_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          // (Boats and vehicles carry the people counted: "… a bordo de 61 embarcaciones. El Hierro recibió 1.204 de ellas".
          // A change ending the sentence before is passed over: "412 removal flights, 96 more than in September. Guatemala
          // received 118 of them".)
          const whole = [...out].reverse().find((f, idx) => f.unit === null && f.kind !== 'change' && !moneyFlags[out.length - 1 - idx] && !CONVEYANCES.has(f.metric)) ?? (story.previousSentence.length ? [...story.previousSentence].reverse().find((f) => f.unit === null && f.kind !== 'change' && !CONVEYANCES.has(f.metric)) ?? null : null);
          if (whole) {
            metric = whole.metric;
            framedBy = whole;
          }
        }
        // A change after a sum of money is a change of that sum ("remesas por 5 mil millones de dólares, 2.1% más");
        // a share after a share counts the same whole ("las mujeres, 31% …, y los menores de edad, 22%").
        // "…; Haití encabezó la lista con 44 mil 239": a ranking after a semicolon still counts the figure before it.
        const sincePrev = prevFig ? sentence.slice(starts[starts.length - 1]! + prevFig.text.length, numStartAt) : '';
        if (!metric && prevFig && !m.money && m.unit === prevFig.unit && RANKED_WITH_BEFORE.test(sincePrev)) {
          metric = prevFig.metric;
          framedBy = prevFig;
        }
        // "71 percent of them", "el 40% de ellos": a share of the count before it.
        if (!metric && prevFig && m.unit === 'percent' && !prevIsMoney && SHARE_OF_THEM.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          const whole = [...out].reverse().find((f) => f.unit === null && f.kind !== 'change');
          if (whole) metric = whole.metric;
        }
        // "Tijuana recibió 2 mil 870 deportados. El 60% de ellos eran …": with no count before it in its sentence, a share of
        // them is of the last count of the sentence before.
        if (!metric && !out.length && m.unit === 'percent' && SHARE_OF_THEM.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          const whole = [...story.previousSentence].reverse().find((f) => f.unit === null && f.kind !== 'change' && !CURRENCY_FALLBACK.has(f.metric) && !/^[A-Z]{3}$/.test(f.unit ?? ''));
          if (whole) metric = whole.metric;
        }
        // "concentró el 58% del total", "apenas el 22 % de lo requerido", "y el 98 % provino de Estados Unidos": a share of the
        // whole stated before it (a count or a sum, in the sentence or the one before).
        if (!metric && m.unit === 'percent' && SHARE_OF_WHOLE_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end))) {
          const whole = [...out].reverse().find((f) => f.unit !== 'percent' && f.kind !== 'change' && !CURRENCY_FALLBACK.has(f.metric)) ?? (previousFigure && previousFigure.unit !== 'percent' && !CURRENCY_FALLBACK.has(previousFigure.metric) ? previousFigure : null);
          // (A nationality is one part of a list, not the whole a share "del total" is of.)
          if (whole && !DEMONYMS.has(whole.metric)) {
            metric = whole.metric;
            framedBy = whole;
          }
        }
        // "Of the 5,800 unaccompanied children …, 62% were from Guatemala", "40% of those apprehended were families": a
        // percentage with a copula after it is a share: of the noun after the copula, else of the count before it.
        const shareCopula = !metric && m.unit === 'percent' && !m.money ? SHARE_COPULA_AFTER.exec(sentence.slice(tokens[m.endTok - 1]!.end)) : null;
        if (shareCopula) {
          const at = tokens[m.endTok - 1]!.end + shareCopula[0].length;
          const j = tokens.findIndex((t) => t.start >= at);
          const named = j >= 0 ? metricAt(tokens, j) : null;
          const whole = [...out].reverse().find((f, idx) => f.unit === null && f.kind !== 'change' && !moneyFlags[out.length - 1 - idx]);
          if (named && !isGenericMetric(named[0])) metric = named[0];
          else if (whole && !/[;:]/.test(sincePrev)) {
            metric = whole.metric;
            framedBy = whole;
          }
        }
        // "… recorded 4,130 apprehensions in April; San Diego, now the busiest, had 9,870": a parallel clause with another
        // subject (a name) and a bare number counts the same thing, in the same frame.
        if (!metric && prevFig && !m.money && m.unit === null && prevFig.unit === null && prevFig.kind !== 'change' && !prevIsMoney && hasNoNoun(tokens, m.endTok, sentence) && isParallelSubjectClause(tokens, sincePrev, numStartAt)) {
          metric = prevFig.metric;
          framedBy = prevFig;
        }
        // "181,000 apprehensions in August 2023; in August 2024, 58,000": a parallel clause with only a period and the number.
        if (!metric && prevFig && !m.money && m.unit === prevFig.unit && hasNoNoun(tokens, m.endTok, sentence) && isGappedClause(sincePrev, numStartAt - sincePrev.length, periods)) metric = prevFig.metric;
        if (!metric && prevFig && !/[;:]/.test(sentence.slice(starts[starts.length - 1]! + prevFig.text.length, numStartAt))) {
          const changePct = m.unit === 'percent' && isChangePercent(tokens, m);
          const sharePct = m.unit === 'percent' && prevFig.unit === 'percent' && prevFig.kind !== 'change' && hasNoNoun(tokens, m.endTok, sentence);
          // ("22 people drowned and 59 were pulled alive", "3 personas fallecieron y 21 fueron atendidas": a number with a
          // passive verb of its own is not one more of the dead or the injured.)
          const ownVerbNotCasualty = CASUALTY_METRIC_SET.has(prevFig.metric) && hasOwnPassive(tokens, m.endTok, lang);
          if (prevIsMoney ? changePct && !CURRENCY_FALLBACK.has(prevFig.metric) : m.unit === 'percent' ? changePct || sharePct : m.unit === prevFig.unit && hasNoNoun(tokens, m.endTok, sentence) && !ownVerbNotCasualty) metric = prevFig.metric;
          // "… was cut by $200 million, or about 40%": the same change as a percentage.
          if (!metric && prevIsMoney && prevFig.kind === 'change' && m.unit === 'percent' && APPOSITIVE_OR.test(sincePrev)) {
            metric = prevFig.metric;
            moneyChange = true;
          }
          // "… had 9,870, and Tucson 8,055": a list item with the verb elided shares the frame of the item before it.
          if (metric && m.unit === null && framedBy === null && /^,?\s*(?:and|y|e)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*,?\s*$/u.test(sincePrev)) framedBy = prevFig;
          // "882 people crossed in 14 small boats …, bringing the total to 21,117": boats carry the people counted; a bare
          // number after them counts the people.
          if (metric && CONVEYANCES.has(metric) && m.unit === null) metric = [...out].reverse().find((f) => f.unit === null && f.kind !== 'change' && !CONVEYANCES.has(f.metric))?.metric ?? null;
        }
        // "6,342 apprehensions, a 14% increase …, while agents in El Paso made 3,105": a bare count after a change takes the
        // counted thing of the last count before it (a percentage in between does not stop it).
        if (!metric && prevFig && prevFig.unit === 'percent' && m.unit === null && !m.money && hasNoNoun(tokens, m.endTok, sentence)) {
          const k = out.map((f, idx) => ({ f, idx })).reverse().find(({ f, idx }) => f.unit === null && f.kind !== 'change' && !moneyFlags[idx]);
          if (k && !/[;:]/.test(sentence.slice(starts[k.idx]!, numStartAt))) metric = k.f.metric;
          // "Apprehensions are down 60 percent …, at about 6,000 a week": the level after a change of what changed.
          else if (!k && prevFig.kind === 'change' && LEVEL_AFTER_CHANGE.test(sincePrev)) metric = prevFig.metric;
        }
        // "… rescataron a 312 migrantes. De ellos, 97 son de Guatemala", "Of those, 41 were …": a bare number right after an
        // opener that points back to the figures of the sentence before is a part of its last count.
        // ("… 112 mil eventos en septiembre, 18% menos que en agosto. De ellos, …": a change or a share after the count is
        // passed over; the part is of the last count of that sentence.)
        const wholeBefore = story.previousSentence.length ? [...story.previousSentence].reverse().find((f) => f.unit === null && f.kind !== 'change' && !CONVEYANCES.has(f.metric)) ?? null : null;
        // ("… 1,910 deportation flights in fiscal year 2026. Guatemala was second with 640": a ranking that opens the sentence
        // ranks the last count of the sentence before.)
        if (!metric && !out.length && wholeBefore && !m.money && hasNoNoun(tokens, m.endTok, sentence) && ((m.unit === null && (OPENER_BEFORE.test(sentence.slice(0, numStartAt)) || RANKED_WITH_BEFORE.test(sentence.slice(0, numStartAt)))) || (m.unit === 'percent' && OPENER_BEFORE.test(sentence.slice(0, numStartAt))))) {
          metric = wholeBefore.metric;
          framedBy = wholeBefore;
          // (The ranking sentence attributes nothing: its period is the count's, its source only its own.)
          rankedAcross = !OPENER_BEFORE.test(sentence.slice(0, numStartAt));
        }
        // "… where 19 of them were arrested", "The busiest day was Sept. 14, when 1,316 arrived", "Por vía terrestre llegaron
        // 1 mil 380", "…; in September there were 38,750": a bare number as the subject of a verb right after or before it
        // counts the last counted thing named before it in the sentence (with a number or not), else the last count of the
        // sentence before (src/figures/antecedent.ts).
        if (!metric && m.unit === null && !m.money && isElidedFrame(tokens, m, sentence, lang, hasNoNoun(tokens, m.endTok, sentence))) {
          // ("Los 57 fueron trasladados", "The 14 were charged": a number after a definite article restates the figure of the
          // same value before it.)
          const restated = ['the', 'los', 'las', 'all'].includes(tokens[m.startTok - 1]?.norm ?? '') ? [...out, ...story.previousSentence].find((f) => f.value === m.value && f.unit === null && f.kind !== 'change') : undefined;
          // ("Agents made 2,000 arrests; 300 were released": the subject of a passive borrows nothing across a semicolon.)
          let semi = -1;
          if (hasOwnPassive(tokens, m.endTok, lang)) for (let j = 0; j < m.startTok; j++) if (tokens[j]!.text === ';' || tokens[j]!.text === ':') semi = j;
          const named = restated?.metric ?? mentionBefore(tokens, m.startTok, semi + 1);
          // (Its frame is not carried over: a later sentence with no attribution of its own has no source.)
          metric = named ?? (semi < 0 ? wholeBefore?.metric : null) ?? null;
        }
        // "De enero a noviembre, México deportó a 64 mil 300 centroamericanos. Guatemala recibió 28 mil 100 …": a named subject
        // opening the sentence, its verb and a bare number make a part of the last count of the sentence before.
        if (!metric && !out.length && m.unit === null && !m.money && wholeBefore && hasNoNoun(tokens, m.endTok, sentence) && isNamedPartOpening(tokens, m.startTok)) metric = wholeBefore.metric;
        // "Venezuela encabezó las solicitudes de asilo … con 31 mil 62": a ranking with no count before it in the sentence
        // ranks the counted thing it names.
        if (!metric && !out.length && m.unit === null && !m.money && hasNoNoun(tokens, m.endTok, sentence) && RANKED_WITH_OPENING.test(sentence.slice(0, numStartAt))) metric = mentionBefore(tokens, m.startTok);
        // "pulled nine from the river", "Four were taken to a hospital", "seis de ellos eran menores": a count in words with
        // no noun of its own counts the thing before it (holdout5 convention 2), unless it is a span of time ("for five straight
        // days") or a family size ("a father of four").
        if (metric && m.words && m.value < 10 && (WORD_DURATION_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end)) || KINSHIP_BEFORE.test(sentence.slice(0, numStartAt)))) metric = null;
        // "That compares with nearly 118,000 in May 2024", "Esto se compara con 90 mil": a bare baseline in a sentence whose
        // subject points back to the last count of the sentence before counts the same thing.
        // (A share or change after that count is passed over: "ICE arrested 31,450 people, 62% of whom …. That was up from
        // 27,900 in September.")
        const comparedBefore = story.previousSentence.length ? [...story.previousSentence].reverse().find((f) => f.kind !== 'change' && f.unit === m.unit) ?? null : null;
        if (!metric && !out.length && comparedBefore && !m.money && hasNoNoun(tokens, m.endTok, sentence) && ANAPHORIC_SUBJECT.test(sentence) && ANAPHORIC_COMPARISON.test(sentence.slice(0, numStartAt))) {
          metric = comparedBefore.metric;
          baselineOf = comparedBefore;
        }
        // "La cifra representa una caída de 35% …", "That was up 12% from a year earlier": a change whose subject points
        // back to the last count of the sentence before changes that count, in its frame.
        if (!metric && !out.length && previousFigure && previousFigure.kind !== 'change' && previousFigure.unit === null && ANAPHORIC_SUBJECT.test(sentence) && isChange(tokens, m)) {
          metric = previousFigure.metric;
          framedBy = previousFigure;
        }
      }
    }
    // "Hondurans filed the most, 24,318, followed by Cubans with 13,605", "Syrians lodged 7,210 of them": a nationality named
    // around a bare number is the part's category; when a whole was stated before it, the part counts what the whole counts.
    if (metric && (categoryOnly || elided || metricEnd === m.endTok) && !m.money && isCategoryMetric(metric)) {
      const named = partOfNamedWhole(tokens, m.endTok);
      const whole = named ? null : wholeOfPart(out, moneyFlags, story.previousSentence);
      if (named) metric = named;
      else if (whole) {
        metric = whole.metric;
        if (out.includes(whole)) framedBy ??= whole;
      }
    }
    // "… 40 were deported to Mexico and 12 were charged with smuggling": a bare number that is the subject of a passive of its
    // own, and borrowed the event another clause's verb named (a verbMetrics value: "deportations"; a noun of people such as
    // "deportees" is kept: "Another 1,105 were sent back"), is named by its own passive (src/figures/event.ts ownPassiveEvent).
    // ("Agents made 2,000 arrests; 300 were released" still borrows nothing across the semicolon: no figure.)
    if (elided && metric && VERB_EVENTS.has(metric) && !m.money && m.unit === null && hasOwnPassive(tokens, m.endTok, lang)) {
      const people = [...out, ...story.previousSentence].reverse().map((f) => (f.unit === null ? countedBase(f.metric) : null)).find((b) => b) ?? null;
      metric = ownPassiveEvent(tokens, m, lang, people) ?? metric;
    }
    // "far above their capacity of 1,500", "con capacidad para 836 personas", "space for 5,000 beds", "can hold 2,400 people",
    // "The facility has 714 beds": what a place can take is not a count of what it holds (src/figures/capacity.ts).
    // (The capacity is kept as context and dropped at the end: "built for 300 people but housed 452" counts people.)
    const capacity = !!metric && !m.money && m.unit === null && isCapacity(sentence, tokens[m.startTok]!.start, tokens[m.endTok - 1]!.end, metric, elided);
    // "interviewed 146 detainees at 2 of those facilities", "suspendió 3 de sus unidades": a bare number that is a part of
    // another noun (not a counted one) borrows no counted thing.
    if (metric && elided && !partitive && m.unit === null && PART_OF_OTHER_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end)) && !PART_OF_TOTAL_AFTER.test(sentence.slice(tokens[m.endTok - 1]!.end)) && !metricAt(tokens, m.endTok + 2)) metric = null;
    // "viajaban en dos tractocamiones", "along with four trucks": a few land vehicles written in words are a detail of the
    // story. (Boats and flights are figures, in words too: "rescató a 212 personas de cuatro embarcaciones" counts both.)
    if (metric && LAND_CONVEYANCES.has(metric) && m.words && m.value < 10) metric = null;
    // "4 buses a day", "17 active judges on the court": vehicles and sitting judges are no figure (src/figures/non-beat.ts).
    if (metric && !m.money && m.unit === null && !elided) {
      const from = Math.max(0, sentence.lastIndexOf(';', tokens[m.startTok]!.start), sentence.lastIndexOf(':', tokens[m.startTok]!.start));
      if (isNonBeatCount(metric, sentence.slice(from, tokens[m.startTok]!.start), sentence.slice(tokens[m.startTok]!.start, tokens[metricEnd - 1]!.end))) metric = null;
    }
    if (!metric) {
      i = skipTo;
      continue;
    }
    // "Agents returned 188 people", "188 were returned", "612 migrantes rescatados", "61,240 people in detention": a count
    // named by a bare noun of people is named by what its clause says happened to them (src/figures/event.ts).
    // (A share or a rate borrowed from such a count is a share of the people: "ICE arrested 31,450 people, 62% of whom …".)
    // ("ICE was holding 52,300 people in detention …, up from 49,800": a bare number that names the noun the count before it
    // named with its event counts that event too.)
    const eventBefore = out[out.length - 1];
    // ("… and two others were charged": a word of its own after the number is a clause of its own.)
    const ownWordAfter = tokens[m.endTok]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[m.endTok]!.norm);
    const sameNounBefore = !money && m.unit === null && metricEnd === m.endTok && !ownWordAfter && eventBefore && eventBefore.metric !== metric && countedBase(eventBefore.metric) === metric.toLowerCase() ? eventBefore.metric : null;
    if (!money) metric = countEvent(tokens, m, metricEnd, metric, lang) ?? sameNounBefore ?? (m.unit !== null ? (countedBase(metric) ?? metric) : metric);
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
    // "entre 3 mil y 5 mil dólares por persona": the first end of a range has the rate of the second.
    if (!per && sharedMoney) per = perAfter(sentence, tokens[sharedMoney.endTok - 1]!.end)?.per ?? null;
    if (!per) per = perBefore(sentence, q ? q.start : numStart);
    // "a $100 annual fee", "una cuota mensual de 500 pesos": money for something paid at a rate.
    if (!per && money && metric) per = RATE_ADJECTIVES.get(metric.split(' ')[0]!) ?? RATE_ADJECTIVES.get(metric.split(' ')[1] ?? '') ?? null;
    if (!per && !money && m.unit !== 'percent') per = rateOfCountedThingBefore(sentence, q ? q.start : numStart, (w) => METRIC_WORDS[w] === metric);
    if (!per && !money && m.unit !== 'percent') per = perAdverbAfter(sentence, textEnd);
    const prevOut = out[out.length - 1];
    if (!baselineOf && prevOut && prevOut.metric === metric && prevOut.unit === unit && COMPARISON.test(sentence.slice(0, numStart))) baselineOf = prevOut;
    if (!per && baselineOf) per = baselineOf.per;
    const textStart = qualifier && q ? q.start : numStart;
    const text = sentence.slice(textStart, textEnd);
    const clause = clauseBounds(sentence, textStart, textEnd);
    const kind: 'count' | 'change' = moneyChange || (!money && isChange(tokens, m)) ? 'change' : 'count';
    // "una caída de 8,3% anual", "up 4 percent year over year": the year is what the change compares, not a rate.
    if (kind === 'change' && m.unit === 'percent' && per === 'year') per = null;
    const prevFig = out[out.length - 1];
    let period = nearestPeriod(periodsFor(sentence, periods, clause, textStart, textEnd, baselines, starts), textStart, textEnd)?.period ?? null;
    // A part takes the period and source of its whole: the last count before it ("98 mil extranjeros, 12% menos …; de ellos, …").
    if (!framedBy && PART_OF_BEFORE.test(sentence.slice(0, numStart))) framedBy = [...out].reverse().find((f) => f.kind !== 'change' && f.unit === null) ?? null;
    if (!period && framedBy) period = framedBy.period;
    const framedSource = rankedAcross ? null : (framedBy?.source ?? null);
    // A change belongs to the period of the figure it changes ("9,804 in September, a decline of 1,207 from August").
    if (kind === 'change' && prevFig && prevFig.metric === metric && prevFig.period) period = prevFig.period;
    // "fell 9% in November compared with October, to 38,200", "bajaron 14% … respecto a octubre, hasta 5 mil 820": the level a
    // change leads to is of the change's period, not of the baseline named between them.
    if (kind === 'count' && prevFig && prevFig.kind === 'change' && prevFig.metric === metric && prevFig.period && !money) {
      const between = sentence.slice(starts[starts.length - 1]! + prevFig.text.length, numStart);
      if (LEVEL_AFTER_CHANGE.test(between) && !/[;:]/.test(between)) period = prevFig.period;
    }
    // "from 4,205 a month earlier", "72,177 the year before": the period before the previous figure's.
    const earlier = EARLIER_AFTER.exec(sentence.slice(textEnd));
    const earlierUnit = earlier ? (earlier[1] ?? earlier[2] ?? earlier[3] ?? earlier[4] ?? '').toLowerCase() : '';
    if (earlierUnit && prevFig?.period) period = shiftPeriod(prevFig.period, earlierUnit) ?? period;
    // "compared with 127 at this point last year": the previous figure's period, a year back.
    if (kind !== 'change' && prevFig?.period && sameTimeLastYearAfter(sentence.slice(textEnd))) period = shiftPeriod(prevFig.period, 'year') ?? period;
    // "… in March, while single adults accounted for 59%": a parallel past-tense clause with no period of its own
    // shares the period of the figure before it.
    if (!period && prevFig?.period && clause[0] > 0 && clause[0] > starts[starts.length - 1]! && /(?:while|whereas|mientras\s+que|en\s+tanto\s+que)\s+$/i.test(sentence.slice(0, clause[0])) && isPastClause(sentence.slice(clause[0], textStart))) period = prevFig.period;
    // "whose share fell from 38 percent to 22 percent between June and December": the first value is the start of the
    // interval, the second its end.
    if (period && period.includes('/') && kind === 'count') {
      const [a, b] = period.split('/');
      if (FROM_BEFORE.test(sentence.slice(Math.max(0, textStart - 12), textStart)) && TO_NUMBER_AFTER.test(sentence.slice(textEnd, textEnd + 40))) {
        fromInterval = period;
        period = a!;
      } else if (fromInterval === period && TO_BEFORE.test(sentence.slice(Math.max(0, textStart - 8), textStart))) {
        period = b!;
        fromInterval = null;
      }
    }
    starts.push(textStart);
    moneyFlags.push(money);
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
      source: sourceOf(sentence, clause, textStart, extendOverAgency(sentence, textEnd), previousAgency, metric, money),
      unit: unit === 'percentage points' ? 'percentage points' : unit === 'money' ? null : unit,
    });
    const f = out[out.length - 1]!;
    if (capacity) capacities.add(f);
    if (rangeSecondAt >= 0) rangeFirsts.push([f, rangeSecondAt]);
    if (!f.source) f.source = framedSource ?? namedBodySource(sentence);
    if (money && kind !== 'change' && !CURRENCY_FALLBACK.has(f.metric)) story.lastMoney = f;
    i = Math.max(skipTo, metricEnd - 1);
  }
  // "300 to 450 apprehensions a day during the week ending Dec. 18": the first end of a range has the rate and period of the second.
  for (const [first, at] of rangeFirsts) {
    const second = out[starts.findIndex((s) => s >= at)];
    if (!second || second.metric !== first.metric) continue;
    first.per ??= second.per;
    first.period ??= second.period;
  }
  return capacities.size ? out.filter((f) => !capacities.has(f)) : out;
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
  /** The last agency named so far in the story ("… the agency said" in a later sentence). */
  let previousAgency: string | null = null;
  const story: StoryContext = { lastMoney: null, previousSentence: [] };
  const add = (text: string | undefined, locate: (index: number) => number, asOne = false): void => {
    if (!text) return;
    const sentences = asOne ? [text.replace(/\s+/g, ' ').trim()] : splitSentences(text);
    let before: Figure | undefined;
    sentences.forEach((whole, idx) => {
      // "MEXICO CITY (Reuters) - Remittances …": a dateline opening the text is no part of the sentence read (src/figures/skip.ts).
      const cut = idx === 0 ? datelineLength(whole) : 0;
      const s = cut ? whole.slice(cut) : whole;
      const figures = figuresInSentence(s, lang, published, previousAgency, before && before.kind !== 'change' ? before : null, story);
      if (cut) for (const f of figures) f.sentence = whole;
      // "De ellos, 2 mil 30 eran menores de edad", "… 1.4 million of those": the figures of the sentence before frame this one.
      if (before && ANAPHORIC_OPENER.test(s)) {
        for (const f of figures) {
          f.period ??= before.period;
          f.source ??= before.source;
        }
      }
      // "… 61,204 encounters in October. … agents made 7,918 apprehensions …": a sentence that names no time of its own
      // continues the time of the counts before it (not of a change, not across money and counts).
      const prevPeriod = [...story.previousSentence].reverse().find((f) => f.period && f.kind !== 'change');
      if (prevPeriod && figures.some((f) => !f.period) && findPeriods(s, published).length === 0) {
        const isSum = (f: Figure): boolean => !!f.unit && /^[A-Z]{3}$/.test(f.unit);
        for (const f of figures) if (!f.period && f.kind !== 'change' && isSum(f) === isSum(prevPeriod)) f.period = prevPeriod.period;
      }
      for (const figure of figures) located.push({ figure, location: locate(idx), order: order++ });
      if (figures.length) story.previousSentence = figures;
      previousAgency = lastAgencyIn(s) ?? previousAgency;
      before = figures[figures.length - 1] ?? before;
    });
  };
  // The places the story names say which peso a bare "pesos" is and what a Spanish "$" is (src/figures/currency.ts).
  withCurrencyPlace(all, () => {
    add(parts.title, () => 3, true);
    add(parts.summary, (i) => (i === 0 ? 2 : 1));
    add(parts.content, (i) => (parts.summary ? 0 : i === 0 ? 2 : i < 3 ? 1 : 0));
  });

  // Merge repeats: same value, metric and unit, and no two different periods ("7.500 detenciones en julio" and
  // "7.500 detenciones en agosto" are two figures; a title without a period repeats the dated lead).
  const merged: Located[] = [];
  for (const l of located) {
    const f = l.figure;
    const i = merged.findIndex((k) => k.figure.value === f.value && k.figure.metric === f.metric && k.figure.unit === f.unit && (!k.figure.period || !f.period || k.figure.period === f.period));
    if (i < 0) {
      merged.push(l);
      continue;
    }
    const seen = merged[i]!;
    const keep = richness(f) > richness(seen.figure) ? f : seen.figure;
    merged[i] = { figure: { ...keep, period: keep.period ?? seen.figure.period ?? f.period }, location: Math.max(seen.location, l.location), order: Math.min(seen.order, l.order) };
  }
  // The same figure stated twice in one story under two nouns ("57 migrants … the 57 people", "84 migrantes …
  // las 84 personas extranjeras"): shown once, under the more specific noun. Small numbers (below 10) and
  // percentages repeat by coincidence and are left alone; so are figures of different periods or kinds.
  const kept: Located[] = [];
  for (const l of [...merged].sort((a, b) => a.order - b.order)) {
    const f = l.figure;
    // ("Doce migrantes … Una docena de elementos": a number introduced as new ("una docena", "another 57") is no restatement.)
    const twin = f.value >= 10 && f.unit === null && !INDEFINITE_MENTION.test(f.text) ? kept.find((k) => k.figure.value === f.value && k.figure.unit === null && (k.figure.kind ?? 'count') === (f.kind ?? 'count') && (!k.figure.period || !f.period || k.figure.period === f.period))
      // "Deportaciones suben 25%" over "… 25% más que en 2024": a title's percentage change restated in the text under
      // another noun is one figure.
      : f.unit === 'percent' && f.kind === 'change' ? kept.find((k) => (k.location === 3) !== (l.location === 3) && k.figure.value === f.value && k.figure.unit === 'percent' && k.figure.kind === 'change' && (!k.figure.period || !f.period || k.figure.period === f.period))
      : undefined;
    if (!twin) {
      kept.push(l);
      continue;
    }
    const [keep, other] = moreSpecificMetric(f.metric, twin.figure.metric) ? [f, twin.figure] : [twin.figure, f];
    // The period of either statement is the figure's; a source is carried over only onto a later, more specific statement.
    // (A title's percentage change restated in the text takes the text's source.)
    const titleTwin = f.unit === 'percent' && (twin.location === 3) !== (l.location === 3);
    twin.figure = { ...keep, period: keep.period ?? other.period, source: keep === f || titleTwin ? (keep.source ?? other.source) : keep.source };
    twin.location = Math.max(twin.location, l.location);
  }
  return kept.sort((a, b) => importance(b) - importance(a) || a.order - b.order).map((l) => l.figure);
}
