import type { Figure, Story } from '../model';
import { NOT_PLACING_TOKENS, conceptTokens } from './bilingual';
import vocabulary from './data/bilingual.json';
import events from './data/events.json';
import names from './data/names.json';
import roles from './data/roles.json';
import { eventPlaces, extractEntities, SENTENCE_START } from './entities';
import { gazetteerWithin } from './places';
import { dayDistance, eventDays, type EventDays, localDay, namesWeekday, periodOf, reportMonths, reportYears, reportsUpdate } from './event-date';
import { agreeingFigureCount, estimatesAgree, figuresConflict, sameSumConverted } from './figure-match';
import { numberWordsOf } from '../figures/numbers';
import figureLexicon from '../figures/data/lexicon.json';
import { foldText, isStopWord, stripDateline, words } from './normalize-text';
import { pairModel, pairModelSays, type PairContext } from './pair-model';
import { hamming, NEAR_DUPLICATE_BITS, simhash64, simhashOfWords } from './simhash';
import type { SourceText } from './story-store';
import { anyShared, idGeneration, sharedOfSets, sortedTaggedIds, type IdArray } from './token-ids';

/** What same-story scoring knows about one text (an item, or one source of a story). Pure data. */
export interface TextFeatures {
  simhash: bigint;
  /** Language-neutral content tokens (English and Spanish beat vocabulary mapped to one token). */
  titleTokens: Set<string>;
  /** Title + the first ~40 words of the summary. */
  leadTokens: Set<string>;
  entities: Set<string>;
  /** Words of the names a text gives, for place and party mismatches (computed once per text). */
  nameWords?: NameWords;
  /** Distinctive numbers written in the text (≥ 100, not years): "240988", "3000". */
  numbers: Set<string>;
  /** Lengths and weights the text writes with their unit, in meters or kilograms (see measuresOf); absent when none. */
  measures?: Measure[];
  /** Months named in the title. */
  titleMonths: Set<number>;
  /** Years named in the title (and fiscal years: "FY2024"). */
  titleYears: Set<string>;
  figures: Figure[];
  /** Local day numbers of the event (weekdays named, else the publication day); empty when the time is unknown; with the period the text names, if any. */
  eventDays: EventDays;
  /** The text reports a grown count ("death toll rises to 51", "sube a 62"). */
  updates: boolean;
  /** The event days come from weekdays the text names (not from the publication day). */
  namedDays?: boolean;
  /** Numbers of roads the headline names ("I-35", "U.S. 83", "carretera 57"): no counts. Absent when none. */
  roadNumbers?: Set<string>;
  /** The headline or lead places its event a stated time after another ("a day after the capsize", "dos días después del"): see laterFollowUp. */
  followsEarlier?: true;
  /** Towns the text itself places in a state ("Roma, Texas"): core key of the town → core key of the state. Absent when none. */
  selfPlaced?: Map<string, string>;
  /** Local day number of the publication (absent when the time is unknown). */
  publishedDay?: number;
}

/** Words of the summary kept as the lead. */
export const LEAD_WORDS = 40;

/** The lead of a summary: dateline stripped, first LEAD_WORDS words. */
export function leadOf(rawSummary: string): string {
  // One summary's lead is read by the item's features, its stored source text and its comparisons: recent answers kept.
  const hit = LEADS.get(rawSummary);
  if (hit !== undefined) return hit;
  const lead = stripDateline(rawSummary).trim().split(/\s+/).slice(0, LEAD_WORDS).join(' ');
  if (LEADS.size >= LEADS_SIZE) LEADS.clear();
  LEADS.set(rawSummary, lead);
  return lead;
}

const LEADS = new Map<string, string>();
const LEADS_SIZE = 64;

/**
 * Features of a title + summary + the figures found in it; `publishedMs` (when known) dates the event.
 * `titleWords`: the headline's folded words (`words(title)`), when the caller has them (Pipeline.process
 * folds an item's headline once, for its fingerprint and these features: src/pipeline/analyse.ts).
 *
 * The headline, the summary and the lead are each folded once here: what reads the folded headline with the
 * summary (SimHash, measures) or with the lead (event days, updates) reads the words of each part, joined —
 * the fold of a text is the fold of its parts joined by a space (the fold never joins across one).
 */
export function textFeatures(title: string, rawSummary: string, figures: Figure[], publishedMs?: number, titleWords: readonly string[] = words(title)): TextFeatures {
  const summary = stripDateline(rawSummary);
  const lead = leadOf(rawSummary);
  const entities = extractEntities(title, summary);
  const titleTokens = new Set(conceptTokens(title));
  const summaryWords = words(summary);
  const leadWords = lead === summary ? summaryWords : words(lead);
  const titleFolded = titleWords.join(' ');
  const titleLeadFolded = joinFolded(titleFolded, leadWords);
  const features: TextFeatures = {
    nameWords: withHeadlineNationals(nameWordsOf(extractEntities(title, ''), eventPlaces(title, lead), entities), titleTokens),
    simhash: headlineSummarySimhash(title, titleWords, summary, summaryWords),
    titleTokens,
    leadTokens: new Set(conceptTokens(`${title} ${lead}`)),
    entities,
    numbers: distinctiveNumbers(conceptTokens(`${title} ${summary}`), `${title} ${summary}`),
    ...(/\d/.test(title) || /\d/.test(summary) ? measuresField(joinFolded(titleFolded, summaryWords)) : {}),
    titleMonths: reportMonths(title, titleWords),
    titleYears: reportYears(title, titleWords),
    figures,
    eventDays: publishedMs === undefined || Number.isNaN(publishedMs) ? new Set() : eventDays(`${title} ${lead}`, publishedMs, titleLeadFolded),
    updates: reportsUpdate(`${title} ${lead}`, titleLeadFolded),
    namedDays: namesWeekday(`${title} ${lead}`, publishedMs, titleLeadFolded),
    ...roadNumbersField(title, titleFolded),
    ...followsField(`${title} ${lead}`),
    ...selfPlacedField(`${title}. ${summary}`),
    ...(publishedMs === undefined || Number.isNaN(publishedMs) ? {} : { publishedDay: localDay(publishedMs) }),
  };
  textsRead.set(features, { title, summary });
  return features;
}

/** foldText(`${a} ${b}`), given foldText(a) and words(b). */
function joinFolded(folded: string, ws: readonly string[]): string {
  if (ws.length === 0) return folded;
  return folded.length === 0 ? ws.join(' ') : `${folded} ${ws.join(' ')}`;
}

/**
 * simhash64(`${title}\n${summary}`) from the parts' words (`summary` dateline-stripped once already: the
 * SimHash strips each line's dateline again). A headline with a "(" may hold a dateline of its own, whose
 * match may run on into the summary's line: that text is read whole.
 */
function headlineSummarySimhash(title: string, titleWords: readonly string[], summary: string, summaryWords: readonly string[]): bigint {
  if (title.indexOf('(') >= 0) return simhash64(`${title}\n${summary}`);
  const rest = summary.indexOf('(') < 0 ? summaryWords : words(stripDateline(summary));
  return simhashOfWords(rest.length === 0 ? titleWords : titleWords.length === 0 ? rest : [...titleWords, ...rest]);
}

/**
 * The distinctive numbers among a text's tokens: 100 or more, and no year — unless a count that only looks
 * like one is written as a count ("2,000 becas", "2.000 migrantes", "2 mil hondureños").
 */
export function distinctiveNumbers(tokens: Iterable<string>, text: string): Set<string> {
  const out = new Set<string>();
  for (const w of tokens) if (/^\d{3,}$/.test(w) && (!/^(?:19|20)\d\d$/.test(w) || writtenAsCount(w, text))) out.add(w);
  return out;
}

/** A length or weight a text writes: the number as written (a distinctive-number token), its dimension and its value in meters or kilograms. */
export interface Measure {
  number: string;
  dimension: 'length' | 'weight';
  si: number;
}

/** Units of length and weight by their written forms (folded), with their size in meters or kilograms. */
const UNITS: Record<string, ['length' | 'weight', number]> = {
  feet: ['length', 0.3048], foot: ['length', 0.3048], ft: ['length', 0.3048], pies: ['length', 0.3048],
  meters: ['length', 1], metres: ['length', 1], metros: ['length', 1], meter: ['length', 1], metro: ['length', 1],
  yards: ['length', 0.9144], yardas: ['length', 0.9144],
  miles: ['length', 1609.34], mile: ['length', 1609.34], millas: ['length', 1609.34],
  kilometers: ['length', 1000], kilometres: ['length', 1000], kilometros: ['length', 1000], km: ['length', 1000],
  pounds: ['weight', 0.4536], pound: ['weight', 0.4536], lbs: ['weight', 0.4536], libras: ['weight', 0.4536],
  kilos: ['weight', 1], kilograms: ['weight', 1], kilogramos: ['weight', 1], kg: ['weight', 1],
  tons: ['weight', 907.2], toneladas: ['weight', 1000],
};
const MEASURE_RE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d+)(?:\\s*-\\s*|\\s+)(?:de\\s+)?(${Object.keys(UNITS).join('|')})(?![\\p{L}])`, 'giu');

/**
 * The lengths and weights a text writes ("a 2,000-foot tunnel", "un túnel de 600 metros", "1,200 pounds
 * of meth", "550 kilos"), each with the number as a distinctive-number token would write it.
 */
export function measuresOf(text: string): Measure[] {
  if (!/\d/.test(text)) return [];
  return measuresOfFolded(foldText(text));
}

/** measuresOf a text that writes an ASCII digit, given its fold. */
function measuresOfFolded(folded: string): Measure[] {
  const out: Measure[] = [];
  for (const m of folded.matchAll(MEASURE_RE)) {
    const number = m[1]!.replace(/[.,]/g, '');
    const [dimension, size] = UNITS[m[2]!.toLowerCase()]!;
    out.push({ number, dimension, si: Number(number) * size });
  }
  return out;
}

/** The figure extractor's road words (src/figures/data/lexicon.json roadWords), folded, with "I" ("I-35") and "federal" ("carretera federal 57"). */
const ROAD_WORDS_FOLDED = [...new Set([...figureLexicon.roadWords, 'i', 'federal'].map((w) => foldText(w)))].sort((a, b) => b.length - a.length);
/** A road and its number in a headline: "I-35", "US-83", "U.S. 281", "State Route 90", "Highway 59", "carretera 57". */
const ROAD_NUMBER_RE = new RegExp(`(?<![\\p{L}])(?:${ROAD_WORDS_FOLDED.map((w) => w.replace(/[.]/g, '\\.') + (w.endsWith('.') || !w.includes('.') ? '' : '\\.?')).join('|')})[\\s-]*(\\d{1,3})(?!\\d)`, 'giu');

/** The road numbers a headline writes (see ROAD_NUMBER_RE), when any. */
/**
 * A stated time after another event ("a day after the panga tragedy", "two weeks after", "un día después del
 * naufragio", "al día siguiente"): the report tells what followed, on a later day than what it follows.
 */
const FOLLOWS_RE = /(?<![\p{L}])(?:(?:a|one|two|three|four|five|the|\d+)\s+(?:days?|weeks?)\s+after|days\s+after|(?:un|una|dos|tres|cuatro|cinco|\d+)\s+(?:d[ií]as?|semanas?)\s+(?:despu[eé]s|tras)|al\s+d[ií]a\s+siguiente)(?![\p{L}])/iu;

export function followsField(text: string): { followsEarlier?: true } {
  return FOLLOWS_RE.test(text) ? { followsEarlier: true } : {};
}

export function roadNumbersField(title: string, folded?: string): { roadNumbers?: Set<string> } {
  if (!/\d/.test(title)) return {};
  const out = new Set<string>();
  for (const m of (folded ?? foldText(title)).matchAll(ROAD_NUMBER_RE)) out.add(m[1]!);
  return out.size > 0 ? { roadNumbers: out } : {};
}

/** States (./data/names.json "states") as a text writes them after a town and a comma: each word capitalized, accents dropped. */
const STATE_WRITTEN = [...(names.states as string[])].sort((a, b) => b.length - a.length).map((st) => st.split(' ').map((w) => (w === 'de' ? w : w[0]!.toUpperCase() + w.slice(1))).join(' '));
/** "Roma, Texas", "Los Ebanos, Texas", "Hazleton, Pennsylvania": up to four capitalized words (with "de", "los"…), a comma, a state. */
const SELF_PLACED_RE = new RegExp(`(\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:(?:de|del|la|las|los|el)\\s+)?\\p{Lu}[\\p{L}'.-]*){0,3}),\\s+(${STATE_WRITTEN.join('|')})(?![\\p{L}])`, 'gu');

/**
 * The towns a text places in a state itself, writing the state after the town ("hacia Roma, Texas"), when
 * any: such a town lies in that state whatever the tables say of its name (another "Roma", another "Ébano").
 */
export function selfPlacedField(text: string): { selfPlaced?: Map<string, string> } {
  if (!text.includes(',')) return {};
  let out: Map<string, string> | undefined;
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const m of plain.matchAll(SELF_PLACED_RE)) {
    const town = coreKey(m[1]!);
    const state = coreKey(m[2]!);
    // A list of states ("covering Louisiana, Mississippi, Alabama") places no town.
    if (!town || town === state || STATE_KEYS.has(town)) continue;
    (out ??= new Map()).set(town, state);
  }
  return out ? { selfPlaced: out } : {};
}

/** The measures of a folded text that writes an ASCII digit, when any. */
function measuresField(folded: string): { measures?: Measure[] } {
  const m = measuresOfFolded(folded);
  return m.length > 0 ? { measures: m } : {};
}

/**
 * One length or weight in two units ("2,000-foot" / "600 metros", "1,300 pounds" / "590 kilos"): measures of
 * one dimension within 10% once converted (a round figure of one unit said in the other); `number`: only
 * that number of `x`.
 */
function measuredAlike(x: TextFeatures, y: TextFeatures, number?: string): boolean {
  if (!x.measures || !y.measures) return false;
  for (const p of x.measures) {
    if (number !== undefined && p.number !== number) continue;
    for (const q of y.measures) if (p.dimension === q.dimension && Math.abs(p.si - q.si) <= 0.1 * Math.max(p.si, q.si)) return true;
  }
  return false;
}

function writtenAsCount(year: string, text: string): boolean {
  const head = year[0]!;
  const rest = year.slice(1);
  // cheap test first: most texts write no such number
  if (!text.includes(`${head},${rest}`) && !text.includes(`${head}.${rest}`) && !(rest === '000' && text.includes(`${head} mil`))) return false;
  return new RegExp(`(?<![\\d.,])${head}[.,]${rest}(?![\\d])|(?<![\\d.,])${head}\\s+mil(?![\\p{L}])(?!\\s+\\d)`, 'u').test(text) && (rest === '000' || text.includes(`${head},${rest}`) || text.includes(`${head}.${rest}`));
}

/** The headline and (dateline-stripped) summary each textFeatures result was computed from. */
const textsRead = new WeakMap<TextFeatures, { title: string; summary: string }>();

/** The headline and dateline-stripped summary `f` was computed from, when textFeatures made it. */
export function textReadFor(f: TextFeatures): { title: string; summary: string } | undefined {
  return textsRead.get(f);
}

/** Features of a stored story (its first item's title and the story summary and figures). Cached by content. */
export function storyFeatures(story: Story): TextFeatures {
  // The same frozen story object again (a store's snapshot): no key to build.
  let base = featuresByStory.get(story);
  if (!base) {
    const key = storyKey(story);
    base = sourceFeatureCache.get(key);
    if (!base) {
      base = textFeatures(story.title, story.summary, NO_FIGURES, Date.parse(story.published));
      sourceFeatureCache.set(key, base);
    }
    if (Object.isFrozen(story)) featuresByStory.set(story, base);
  }
  return { ...base, figures: story.figures };
}

/** Features of frozen (never changed) stories' title and summary, as long as the objects live. */
const featuresByStory = new WeakMap<Story, TextFeatures>();

function storyKey(story: Pick<Story, 'published' | 'title' | 'summary'>): string {
  return `s\u0000${story.published}\u0000${story.title}\u0000${story.summary}`;
}

/**
 * The features of the text a new story starts with, as its item's analysis computed them
 * (`features` = textFeatures(story.title, story.summary, figures, Date.parse(story.published)), any figures):
 * storyFeatures finds them in the source-text feature cache instead of analysing the same text again (it
 * replaces the figures with the story's own).
 */
export function seedStoryFeatures(story: Pick<Story, 'published' | 'title' | 'summary'>, features: TextFeatures): void {
  sourceFeatureCache.set(storyKey(story), features);
}

/**
 * Dice overlap of two token sets. Given the texts' distinctive numbers, a number of one said as a round
 * number in the other ("6,880" / "nearly 6,900", see sameNumber) counts as a shared token too. Shared tokens
 * are counted on the sets' sorted ids (the sets are never changed).
 */
export function dice(a: Set<string>, b: Set<string>, numbersA?: Set<string>, numbersB?: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return diceOfShared(a, b, sharedOfSets(a, b), numbersA, numbersB);
}

/** dice(a, b, numbersA, numbersB), given how many tokens the sets share (`shared`, counted by the caller: the pre-filter). */
export function diceOfShared(a: Set<string>, b: Set<string>, shared: number, numbersA?: Set<string>, numbersB?: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = shared;
  if (numbersA && numbersB && numbersA.size > 0 && numbersB.size > 0) n += roundedPairs(a, b, numbersA, numbersB);
  return (2 * n) / (a.size + b.size);
}

/** Numbers of `a` not written in `b` that `b` writes rounded or exact in another form, one for one. */
function roundedPairs(a: Set<string>, b: Set<string>, numbersA: Set<string>, numbersB: Set<string>): number {
  let n = 0;
  let taken: Set<string> | undefined;
  for (const x of numbersA) {
    if (!a.has(x) || b.has(x)) continue;
    for (const y of numbersB) {
      if (y === x || !b.has(y) || a.has(y) || taken?.has(y) || !sameNumber(x, y)) continue;
      (taken ??= new Set()).add(y);
      n++;
      break;
    }
  }
  return n;
}

export function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Words that end many names without identifying one ("Val Verde County", "State Department"). */
const GENERIC_NAME_WORDS = [
  'county', 'city', 'state', 'states', 'department', 'river', 'sector', 'border', 'park', 'court', 'office', 'house', 'agency',
  'service', 'police', 'guard', 'patrol', 'president', 'minister', 'secretary', 'university', 'center', 'centre', 'bridge', 'port',
  'condado', 'ciudad', 'estado', 'departamento', 'rio', 'frontera', 'parque', 'corte', 'oficina', 'casa', 'policia', 'guardia',
  'patrulla', 'presidente', 'presidenta', 'secretario', 'secretaria', 'puente', 'puerto', 'gobierno', 'government', 'nacional', 'national',
  // words of institutions and their seats ("Secretaría de Relaciones Exteriores", "Seguridad Nacional", "Palacio Nacional")
  'foreign', 'affairs', 'ministry', 'ministerio', 'relaciones', 'exteriores', 'security', 'seguridad', 'palace', 'palacio',
  // legislatures: "Guatemala's Congress", "Senado de la República" are placed by their country or state, not by the word
  'congress', 'congreso', 'senate', 'senado', 'assembly', 'asamblea', 'chamber', 'camara', 'parliament', 'parlamento',
  // points of the compass: "Central Mediterranean", "South Texas", "Eastern Europe" are placed by their other word
  'central', 'north', 'south', 'east', 'west', 'eastern', 'western', 'este', 'oeste', 'oriental', 'occidental',
  // a part of a city named by its side ("the Southwest Side", "South Side"): the city places it, the side alone does not
  'side', 'lado', 'northwest', 'northeast', 'southwest', 'southeast', 'noroeste', 'noreste', 'suroeste', 'sureste',
  // kinds of a detention site ("Torrance County Detention Facility", "Otero County Processing Center"): placed by their town or county
  'facility', 'detention', 'processing', 'detencion',
];

/** Words of a part of a city named by its side only ("the Southwest Side", "el lado este"): no place of its own. */
const SIDE_WORDS = new Set(['side', 'lado', 'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'este', 'oeste', 'norte', 'sur', 'noroeste', 'noreste', 'suroeste', 'sureste'].flatMap((w) => [w, ...conceptTokens(w)]));
// Written and as concept tokens (names are compared as tokens: "Pima County Office" → pima county offic).
const GENERIC_NAME_ENDS = new Set([...GENERIC_NAME_WORDS, ...GENERIC_NAME_WORDS.flatMap((w) => conceptTokens(w))]);

/**
 * Shared names: equal, the same distinctive last word ("Alicia Bárcena" = "Mexican Foreign Secretary Alicia
 * Bárcena"), or the same beat concepts in either language ("Ciudad de Guatemala" = "Guatemala City").
 * Each set's look-up tables are built once (see nameIndex): an item is compared with up to 40 candidates.
 */
export function sharedNames(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const ia = nameIndex(a);
  const ib = nameIndex(b);
  // Most candidates share no name: every look-up below would miss, the place at two scales too.
  if (!mayShareNames(ia, ib)) return 0;
  const used = new Set<string>();
  let n = officeHeldByNamedPerson(ia, b) || officeHeldByNamedPerson(ib, a) ? 1 : 0;
  for (let i = 0; i < ia.names.length; i++) {
    const x = ia.names[i]!;
    if (b.has(x) && !used.has(x)) {
      used.add(x);
      n++;
      continue;
    }
    const l = ia.lasts[i];
    const ini = ia.initials[i];
    const y = (l ? ib.lastFiltered.get(l) : undefined) ?? ib.byKey.get(ia.keys[i]!) ?? ib.coreMap().get(ia.cores[i]!) ?? (ini && b.has(ini) ? ini : undefined) ?? ib.byInitials.get(x) ?? leadingPartOf(ia, i, ib);
    if (y && !used.has(y)) {
      used.add(y);
      n++;
    }
  }
  n += sentenceStartNames(ia, b, ib.lastFiltered, used) + sentenceStartNames(ib, a, ia.lastOfNames, used);
  // One place at two scales ("Sierra Blanca" / "West Texas"): counted once, when no name matched that place.
  const pa = ia.places();
  const pb = ib.places();
  if (pa.inner.length === 0 && pb.inner.length === 0) return n;
  return n + (namesPlaceAround(a, b, pa, pb, used) || namesPlaceAround(b, a, pb, pa, used) ? 1 : 0);
}

/**
 * A name of `a` lies in a place `b` names that no shared name stands for already ("Grand Island" /
 * "Nebraska"), and `b` names no other place in it ("Eagle Pass" / "Brownsville, Texas" are two towns).
 */
function namesPlaceAround(a: Set<string>, b: Set<string>, pa: PlaceNames, pb: PlaceNames, used: Set<string>): boolean {
  if (pa.inner.length === 0) return false;
  // most pairs: `b` names no place any name of `a` lies in
  let any = false;
  for (const k of pb.keys) {
    if (!pa.around.has(k)) continue;
    any = true;
    break;
  }
  if (!any) return false;
  let around: Set<string> | undefined;
  for (const [x, k, up] of pa.inner) {
    // a place both name ("Nogales" / "the Nogales port") says nothing more for lying in a third
    if (b.has(x) || pb.keys.has(k)) continue;
    around ??= new Set();
    for (const o of up) around.add(o);
  }
  if (!around) return false;
  for (const y of b) {
    if (!isName(y) || used.has(y) || a.has(y)) continue;
    const k = coreKey(y);
    if (!around.has(k)) continue;
    if (!pb.inner.some(([z, , up]) => z !== y && !used.has(z) && up.has(k))) return true;
  }
  return false;
}

/** The core keys of a set's names, and its names that lie in known places (see WITHIN). */
interface PlaceNames {
  keys: Set<string>;
  inner: Array<[name: string, key: string, around: ReadonlySet<string>]>;
  /** Every place the names lie in. */
  around: Set<string>;
}

/**
 * A set of entities as sharedNames reads it, computed once per set (sets are shared and never changed):
 * its names in order with their last words, name keys and core keys, the words after SENTENCE_START, the
 * offices named with a holder, and the maps the other side of a comparison looks names up in.
 */
interface NameIndex {
  /** The set itself. */
  all: Set<string>;
  /** The names (isName), in the set's order. */
  names: string[];
  /** last(name) of each name (null when too short or generic). */
  lasts: Array<string | null>;
  keys: string[];
  cores: string[];
  /** Last distinctive word → the last entity (any, offices too) ending in it. */
  lastFiltered: Map<string, string>;
  /** Last word of each name → the last name ending in it. */
  lastOfNames: Map<string, string>;
  byKey: Map<string, string>;
  /** Each name's initials when it is written out in three or more words ("banco central de reserva" → "bcr"), else null. */
  initials: Array<string | null>;
  /** The names written out, by their initials. */
  byInitials: Map<string, string>;
  /** Each name's leading parts as core keys (see leadingParts), and the names by them. */
  leading: string[][];
  byLeading: Map<string, string>;
  /** Core keys of the names written in two or more words (those another name may begin with), and the names by them. */
  byLongCore: Map<string, string>;
  /** coreKey → name, built on first use. */
  coreMap: () => Map<string, string>;
  /** Words of the SENTENCE_START entities, in order. */
  capWords: string[];
  /** Offices named with their holder ("role*:x" → x). */
  heldOffices: string[];
  /** The names' core keys and the known places they lie in, built on first use. */
  places: () => PlaceNames;
  /** Everything sharedNames looks up of this set in the other one's tables, and what it finds there (see mayShareNames). */
  lookups?: { probes: IdArray; targets: IdArray };
}

/**
 * Whether any look-up of sharedNames can hit: what each side looks up (its names, their last words, keys and
 * core keys; its sentence-start words; its offices held; the places its names lie in, see WITHIN) against
 * what the other side's tables hold (the place at two scales needs a name of the other side whose core key
 * is one of those places: namesPlaceAround), as sorted ids, tagged by table. False: sharedNames is 0.
 */
function mayShareNames(a: NameIndex, b: NameIndex): boolean {
  let la = lookupsOf(a);
  const lb = lookupsOf(b);
  if (la.probes.generation !== lb.probes.generation) la = lookupsOf(a);
  return anyShared(la.probes.ids, lb.targets.ids) || anyShared(lb.probes.ids, la.targets.ids);
}

/**
 * An upper bound of sharedNames(a, b), from the look-ups alone: how many of either side's look-ups (probes,
 * each counted as often as sharedNames makes it) find something in the other side's tables. Every name
 * sharedNames counts is found by a look-up of its own (a name of one side, an office held, a sentence-start
 * word, the places around a side's names for the place at two scales), so it never counts more. 0 exactly when
 * sharedNames is 0 by mayShareNames.
 */
export function sharedNamesBound(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const ia = nameIndex(a);
  const ib = nameIndex(b);
  let la = lookupsOf(ia);
  const lb = lookupsOf(ib);
  if (la.probes.generation !== lb.probes.generation) la = lookupsOf(ia);
  return hitsIn(la.probes.ids, lb.targets.ids) + hitsIn(lb.probes.ids, la.targets.ids);
}

/** How many entries of `probes` (sorted, repeats kept) are in `targets` (sorted). */
function hitsIn(probes: Int32Array, targets: Int32Array): number {
  let j = 0;
  let n = 0;
  for (let i = 0; i < probes.length && j < targets.length; i++) {
    const x = probes[i]!;
    while (j < targets.length && targets[j]! < x) j++;
    if (j < targets.length && targets[j] === x) n++;
  }
  return n;
}

function lookupsOf(ix: NameIndex): { probes: IdArray; targets: IdArray } {
  const gen = idGeneration();
  if (ix.lookups && ix.lookups.probes.generation === gen && ix.lookups.targets.generation === gen) return ix.lookups;
  // Tables: E the entities themselves, K name keys, C core keys, L distinctive last words, N last words of names,
  // W core keys as places around another side's names.
  const probes: string[] = [];
  const probeTags: number[] = [];
  const probe = (s: string, tag: number): void => {
    probes.push(s);
    probeTags.push(tag);
  };
  for (let i = 0; i < ix.names.length; i++) {
    probe(ix.names[i]!, E);
    probe(ix.keys[i]!, K);
    probe(ix.cores[i]!, C);
    if (ix.lasts[i]) probe(ix.lasts[i]!, L);
    // A name written out, found as the other side's acronym of it (and the acronym, as the other's name's initials).
    if (ix.initials[i]) probe(ix.initials[i]!, E);
    // A name of two or more words another name begins with, and this name's own leading parts (leadingPartOf).
    if (ix.names[i]!.includes(' ')) probe(ix.cores[i]!, P);
    for (const c of ix.leading[i]!) probe(c, Q);
  }
  for (const o of ix.places().around) probe(o, W);
  for (const w of ix.capWords) {
    probe(w, E);
    probe(w, L);
    probe(w, N);
  }
  for (const o of ix.heldOffices) probe(`role:${o}`, E);
  const targets: string[] = [];
  const targetTags: number[] = [];
  const target = (s: string, tag: number): void => {
    targets.push(s);
    targetTags.push(tag);
  };
  for (const y of ix.all) target(y, E);
  for (const l of ix.lastFiltered.keys()) target(l, L);
  for (let i = 0; i < ix.names.length; i++) {
    target(ix.keys[i]!, K);
    target(ix.cores[i]!, C);
    target(ix.cores[i]!, W);
    if (ix.initials[i]) target(ix.initials[i]!, E);
    for (const c of ix.leading[i]!) target(c, P);
  }
  for (const c of ix.byLongCore.keys()) target(c, Q);
  for (const l of ix.lastOfNames.keys()) target(l, N);
  // Probes keep their repeats (sharedNamesBound counts each look-up); targets are distinct.
  let p = sortedTaggedIds(probes, probeTags, true);
  const t = sortedTaggedIds(targets, targetTags);
  if (p.generation !== t.generation) p = sortedTaggedIds(probes, probeTags, true);
  ix.lookups = { probes: p, targets: t };
  return ix.lookups;
}

/** Look-up tables of sharedNames, as tags of their ids (see lookupsOf). */
const E = 0;
const K = 1;
const C = 2;
const L = 3;
const N = 4;
const W = 5;
const P = 6;
const Q = 7;

/**
 * The leading parts of a name of three or more words, as core keys: its first two words, first three… short of
 * the whole ("otero county processing center" → "otero", "otero processing"), when the first word is
 * distinctive (not generic, not a stop word: "puente juárez lincoln" has none) and the part's core is not the
 * whole name's. One outlet writes "the Otero County Processing Center", another "in Otero County".
 */
function leadingParts(name: string): string[] {
  const ws = name.split(' ');
  if (ws.length < 3 || GENERIC_NAME_ENDS.has(ws[0]!) || isStopWord(ws[0]!) || ws[0]!.length < 3) return NO_PARTS;
  const whole = coreKey(name);
  let out: string[] | undefined;
  for (let n = 2; n < ws.length; n++) {
    const part = ws.slice(0, n).join(' ');
    const c = coreKey(part);
    if (c === whole || c.split(' ').every((w) => GENERIC_NAME_ENDS.has(w))) continue;
    if (!out?.includes(c)) (out ??= []).push(c);
  }
  return out ?? NO_PARTS;
}

const NO_PARTS: string[] = [];

/**
 * A name of `b` that the `i`-th name of `a` is the beginning of, or that begins it: written in two or more words
 * and a leading part of the other (see leadingParts): "Otero County" / "Otero County Processing Center",
 * "Moshannon Valley" / "the Moshannon Valley Processing Center".
 */
function leadingPartOf(ia: NameIndex, i: number, ib: NameIndex): string | undefined {
  if (ia.names[i]!.includes(' ')) {
    const y = ib.byLeading.get(ia.cores[i]!);
    if (y) return y;
  }
  for (const c of ia.leading[i]!) {
    const y = ib.byLongCore.get(c);
    if (y) return y;
  }
  return undefined;
}

const NAME_INDEX = new WeakMap<Set<string>, NameIndex>();

/** The last word of an entity when distinctive (four or more letters, not a generic end). */
function lastWord(e: string): string | null {
  const l = e.slice(e.lastIndexOf(' ') + 1);
  return l.length >= 4 && !GENERIC_NAME_ENDS.has(l) ? l : null;
}

/**
 * The initials of a name written out in three or more words besides "de", "of", "and"… ("banco central de
 * reserva" → "bcr", "executive office for immigration review" → "eoir"): the acronym another outlet may
 * write it as. Null for shorter names (two initials say too little).
 */
function initialsOf(name: string): string | null {
  if (!name.includes(' ')) return null;
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0 && !isStopWord(w));
  if (words.length < 3 || words.length > 6 || !words.every((w) => /^\p{L}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** One text writes a name out, the other its initials (see initialsOf). */
function namedByInitials(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const ia = nameIndex(a);
  const ib = nameIndex(b);
  for (const k of ia.byInitials.keys()) if (b.has(k)) return true;
  for (const k of ib.byInitials.keys()) if (a.has(k)) return true;
  return false;
}

function nameIndex(set: Set<string>): NameIndex {
  let ix = NAME_INDEX.get(set);
  if (ix) return ix;
  const names: string[] = [];
  const lasts: Array<string | null> = [];
  const keys: string[] = [];
  const cores: string[] = [];
  const lastFiltered = new Map<string, string>();
  const lastOfNames = new Map<string, string>();
  const byKey = new Map<string, string>();
  const capWords: string[] = [];
  const heldOffices: string[] = [];
  const initials: Array<string | null> = [];
  const byInitials = new Map<string, string>();
  const leading: string[][] = [];
  const byLeading = new Map<string, string>();
  const byLongCore = new Map<string, string>();
  for (const y of set) {
    const l = lastWord(y);
    if (l) lastFiltered.set(l, y);
    if (y.startsWith(SENTENCE_START)) capWords.push(y.slice(SENTENCE_START.length));
    if (y.startsWith('role*:')) heldOffices.push(y.slice('role*:'.length));
    if (!isName(y)) continue;
    names.push(y);
    lasts.push(l);
    const k = nameKey(y);
    keys.push(k);
    cores.push(coreKey(y));
    byKey.set(k, y);
    lastOfNames.set(y.slice(y.lastIndexOf(' ') + 1), y);
    const ini = initialsOf(y);
    initials.push(ini);
    if (ini) byInitials.set(ini, y);
    const parts = leadingParts(y);
    leading.push(parts);
    for (const c of parts) byLeading.set(c, y);
    if (y.includes(' ')) byLongCore.set(coreKey(y), y);
  }
  let core: Map<string, string> | undefined;
  const coreMap = (): Map<string, string> => {
    if (!core) {
      core = new Map();
      for (let i = 0; i < names.length; i++) core.set(cores[i]!, names[i]!);
    }
    return core;
  };
  let places: PlaceNames | undefined;
  const placesOf = (): PlaceNames => {
    if (!places) {
      places = { keys: new Set(cores), inner: [], around: new Set() };
      for (let i = 0; i < names.length; i++) {
        const up = placesWithin(cores[i]!);
        if (!up) continue;
        places.inner.push([names[i]!, cores[i]!, up]);
        for (const o of up) places.around.add(o);
      }
    }
    return places;
  };
  ix = { all: set, names, lasts, keys, cores, lastFiltered, lastOfNames, byKey, initials, byInitials, leading, byLeading, byLongCore, coreMap, capWords, heldOffices, places: placesOf };
  NAME_INDEX.set(set, ix);
  return ix;
}

/**
 * A name only capitalized as a sentence's first word, of which the other text gives the whole ("Whitfield" /
 * "Dana Whitfield"); `lastB`: the other set's names by last word.
 */
function sentenceStartNames(a: NameIndex, b: Set<string>, lastB: Map<string, string>, used: Set<string>): number {
  let n = 0;
  for (const w of a.capWords) {
    const y = b.has(w) ? w : lastB.get(w);
    if (y && !used.has(y)) {
      used.add(y);
      n++;
    }
  }
  return n;
}

/** An entity that is a name (not an office, not a maybe-name opening a sentence). */
function isName(e: string): boolean {
  return !e.startsWith('role') && !e.startsWith(SENTENCE_START);
}

function hasName(s: Set<string>): boolean {
  for (const e of s) if (isName(e)) return true;
  return false;
}

const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_SIZE = 8192;

/**
 * A name in either language, as the set of its beat concepts in any order: "ciudad de guatemala" and
 * "guatemala city", "instituto guatemalteco de migracion" and "guatemalan migration institute",
 * "fuerza aerea de estados unidos" and "us air force" get one key. Memoized (names recur across checks).
 */
function nameKey(name: string): string {
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    k = keyOfName(name);
    if (NAME_KEYS.size >= NAME_KEYS_SIZE) NAME_KEYS.clear();
    NAME_KEYS.set(name, k);
  }
  return k;
}

/** A name's key without its generic words ("San Diego Sector", "San Diego" → "diego san"), unless all are generic. */
function coreKey(name: string): string {
  let c = CORE_KEYS.get(name);
  if (c === undefined) {
    c = coreOfKey(nameKey(name));
    if (CORE_KEYS.size >= NAME_KEYS_SIZE) CORE_KEYS.clear();
    CORE_KEYS.set(name, c);
  }
  return c;
}

const CORE_KEYS = new Map<string, string>();

/** nameKey, uncached. */
function keyOfName(name: string): string {
  return [...new Set(conceptTokens(name))].sort().join(' ');
}

/** A name key without its generic words, unless all are (see coreKey). */
function coreOfKey(k: string): string {
  const core = k.split(' ').filter((w) => !GENERIC_NAME_ENDS.has(w));
  return core.length > 0 ? core.join(' ') : k;
}

/** coreKey, uncached: the key under which eval/gen-gazetteer.ts stores the gazetteer's towns (places.ts). */
export const coreOfName = (name: string): string => coreOfKey(keyOfName(name));

/**
 * One text names an office with its holder ("Homeland Security Secretary Alejandro Mayorkas"), the other
 * the office alone ("the U.S. homeland security secretary"): the same person, very likely. Two texts that
 * both name holders must share the name itself; two that both name the office alone ("the president")
 * prove nothing.
 */
function officeHeldByNamedPerson(named: NameIndex, other: Set<string>): boolean {
  for (const office of named.heldOffices) if (other.has(`role:${office}`) && !other.has(`role*:${office}`)) return true;
  return false;
}

/** Written forms of each office (./data/roles.json), folded. */
const OFFICE_FORMS = new Map<string, string[]>(Object.entries(roles.roles as Record<string, string[]>));

/**
 * Words of the names of `x`'s officials ("Homeland Security Secretary Dana Whitfield" → dana, whitfield, …)
 * whose office `y` gives without a holder ("the homeland security secretary"); undefined when none.
 */
function holdersDescribedByOffice(x: TextFeatures, y: TextFeatures): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const r of x.entities) {
    if (!r.startsWith('role*:')) continue;
    const office = r.slice('role*:'.length);
    if (!y.entities.has(`role:${office}`) || y.entities.has(`role*:${office}`)) continue;
    const forms = OFFICE_FORMS.get(office) ?? [];
    for (const e of x.entities) {
      if (!isName(e) || !forms.some((f) => ` ${e} `.includes(` ${f} `))) continue;
      out ??= new Set();
      for (const w of nameKey(e).split(' ')) out.add(w);
    }
  }
  return out;
}

/** Concept tokens of country names (and their demonyms, which map to them): too coarse to place an event. */
const COUNTRY_WORDS = new Set(vocabulary.countries.flatMap((c) => conceptTokens(c)));

/**
 * Words of country names that are also words of the beat vocabulary ("costa rica" → coast, rica; coast is
 * "costa", "coast"): a headline names the country by such a word only when it writes the rest of the name
 * too ("la costa de Sonora" names no country). Every other word of a country's name names it alone.
 */
const VOCABULARY_WORDS = new Set(Object.values(vocabulary.words as Record<string, string>).flatMap((w) => conceptTokens(w)));
const COUNTRY_PHRASES = vocabulary.countries.map((c) => conceptTokens(c)).filter((t) => t.length > 1 && t.some((w) => VOCABULARY_WORDS.has(w)));
const ALONE_COUNTRY_WORDS = new Set([...COUNTRY_WORDS].filter((w) => !COUNTRY_PHRASES.some((p) => p.includes(w) && VOCABULARY_WORDS.has(w))));

/** The country words among a headline's tokens (see COUNTRY_PHRASES) added to `out`. */
function addCountries(tokens: Set<string>, out: Set<string>): void {
  for (const t of tokens) if (ALONE_COUNTRY_WORDS.has(t)) out.add(t);
  for (const p of COUNTRY_PHRASES) if (p.every((t) => tokens.has(t))) for (const t of p) out.add(t);
}

/**
 * Words that never place an event: countries and regions (too coarse: ./data/names.json) and the known
 * agencies, which say who reported or acted, not where: one outlet citing the State Department or Frontex
 * and another not is no sign of another event.
 */
const NOT_PLACING = new Set([...COUNTRY_WORDS, ...NOT_PLACING_TOKENS]);

/**
 * Words of the border rivers (./data/names.json "rivers": riogrand, suchiat): events anywhere along hundreds
 * of miles name them, so the two-event place checks pass over them (a report is placed by its town), while a
 * headline naming the river still says where the event was for the paraphrase paths.
 */
const RIVER_WORDS = new Set((names.rivers as string[]).flatMap((r) => conceptTokens(r)).filter((w) => !GENERIC_NAME_ENDS.has(w)));

/** The words of a text's names that place and party mismatches compare (see nameWordsOf). */
export interface NameWords {
  /** Distinctive words of the headline's names: countries dropped, generic words unless alone. */
  headline: Set<string>;
  /** Countries the headline names ("Guatemala's president", "47 Haitians": guatemala, haiti). */
  headlineCountries: Set<string>;
  /** Distinctive words of the places things happened ("in Tijuana"): countries and generic words dropped. */
  places: Set<string>;
  /** Distinctive words of all the text's names (offices aside): countries and generic words dropped. */
  names: Set<string>;
  /** Places (name keys, see coreKey) that the headline's names lie in ("Sasabe" → arizon, sonor). */
  headlineWithin?: Set<string>;
  /** Places (name keys) that any of the text's names lie in ("Grand Island" → nebrask). */
  within?: Set<string>;
}

/**
 * The words of a text's names, computed once per text: "eagle pass" → eagle, pass. Countries are too
 * coarse to place an event ("southern Mexico" and "la Mixteca" are one place at two scales), and generic
 * words ("Tucson Sector" → tucson) count only when the name has no other ("Del Rio" → rio).
 */
export function nameWordsOf(headlineNames: Set<string>, places: Set<string>, names: Set<string>): NameWords {
  const headline = new Set<string>();
  const headlineCountries = new Set<string>();
  for (const e of headlineNames) {
    if (!isName(e) || namesNothing(e)) continue;
    const all = nameKey(e).split(' ').filter((w) => w).map(unpossessed);
    addCountries(new Set(all), headlineCountries);
    const ws = all.filter((w) => !NOT_PLACING.has(w));
    const distinctive = ws.filter((w) => !GENERIC_NAME_ENDS.has(w));
    if (distinctive.length === 0 && ws.some((w) => w === 'side' || w === 'lado') && ws.every((w) => SIDE_WORDS.has(w))) continue;
    // Generic words count when the name has no other ("Del Rio" → rio), but not those of a country's
    // institution ("Tribunal de EE.UU.", "Mexican government", "Policía de Guatemala"): no place, no party.
    if (distinctive.length === 0 && ws.length < all.length + (namesUnitedStates(e) ? 1 : 0)) continue;
    for (const w of distinctive.length > 0 ? distinctive : ws) headline.add(w);
  }
  const distinctiveWords = (set: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const p of set) {
      if (!isName(p) || namesNothing(p)) continue;
      for (const w of nameKey(p).split(' ').map(unpossessed)) if (w && !NOT_PLACING.has(w) && !GENERIC_NAME_ENDS.has(w)) out.add(w);
    }
    return out;
  };
  return { headline, headlineCountries, places: distinctiveWords(places), names: distinctiveWords(names), headlineWithin: placesAround(headlineNames), within: placesAround(names) };
}

/** Words of holidays and weekdays (./data/names.json "holidays"): "Good Friday", "Viernes Santo" name a day, not a place. */
const HOLIDAY_WORDS = new Set((names.holidays as string[]).flatMap((h) => conceptTokens(h)));
/** First words of a devotion's name (a title of the Virgin or of Christ), as the folded entities write them. */
const DEVOTION_TITLES = new Set(['virgen', 'virgin', 'our', 'nuestra', 'senor', 'cristo', 'christ', 'santisima', 'sagrado', 'sacred']);
/** Numerals in either language (./data/names.json "numerals"), as concept tokens ("tres" → three). */
const NUMERAL_WORDS = new Set((names.numerals as string[]).flatMap((n) => conceptTokens(n)));

/**
 * A capitalized phrase that names no place and no party: a holiday ("Good Friday", "Viernes Santo": every
 * word a word of holidays), or a count opening a headline ("Four Cuban rafters…", "Llegan 14 pateras…",
 * "Baja 12%…": a number or numeral, the other words countries, nationalities or beat vocabulary).
 */
function namesNothing(name: string): boolean {
  const ws = nameKey(name).split(' ').filter((w) => w);
  if (ws.length === 0) return false;
  if (ws.every((w) => HOLIDAY_WORDS.has(w))) return true;
  // A devotion ("Virgen de Guadalupe", "Our Lady of Charity", "Señor de los Milagros"): feasts kept in many towns
  // on one day, no place of the event (the shrine's town is named as a place of its own when it is one).
  if (ws.length > 1 && DEVOTION_TITLES.has(name.split(' ')[0]!)) return true;
  if (!ws.some((w) => /^\d+$/.test(w) || NUMERAL_WORDS.has(w))) return false;
  return ws.every((w) => /^\d+$/.test(w) || NUMERAL_WORDS.has(w) || COUNTRY_WORDS.has(w) || VOCABULARY_WORDS.has(w));
}

/** A country's name with the possessive s the entities keep ("Haiti's National Migration Office" → haitis): the country. */
function unpossessed(w: string): string {
  return w.length > 3 && w.endsWith('s') && COUNTRY_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
}

/**
 * The countries a headline names include those of its nationals written in lower case, as Spanish writes
 * them ("Guardia Costera repatría a 52 haitianos" → haiti, as "52 Haitians" is): the title's concept tokens.
 */
function withHeadlineNationals(words: NameWords, titleTokens: Set<string>): NameWords {
  addCountries(titleTokens, words.headlineCountries);
  return words;
}

/** A name that writes the United States ("Tribunal de EE.UU.", "U.S. court"), whose words the tokens drop. */
function namesUnitedStates(name: string): boolean {
  return /(?:^|[^a-z])(?:ee\.?\s?uu|eeuu|ee|us|u\.s|usa|united states|estados unidos)(?:[^a-z]|$)/.test(name);
}

const NO_NAME_WORDS: NameWords = { headline: new Set(), headlineCountries: new Set(), places: new Set(), names: new Set() };
const NOTHING = new Set<string>();

/**
 * Place → the places it lies in, by name key (./data/names.json "within", closed: a town in a county in a
 * state lies in both): "sasab" → {arizon, pima, sonor}; and a border town → its twin across the border
 * ("twins": "eagl pass" → {…, negr piedr}).
 */
const WITHIN = ((): Map<string, Set<string>> => {
  const direct = new Map<string, Set<string>>();
  for (const [outer, inner] of Object.entries(names.within as Record<string, string[]>)) {
    const o = coreKey(outer);
    for (const p of inner) {
      const k = coreKey(p);
      // A town whose core, its generic words dropped, is a border river's name ("Rio Grande City" → riogrand)
      // would place the river in its county and state: it is left out (the river runs along hundreds of
      // miles, see RIVER_WORDS). A town named as the river ("Suchiate") stays.
      if (k === o || (RIVER_WORDS.has(k) && k !== nameKey(p))) continue;
      let set = direct.get(k);
      if (!set) direct.set(k, (set = new Set()));
      set.add(o);
    }
  }
  const closed = new Map<string, Set<string>>();
  const close = (k: string, seen: Set<string>): Set<string> => {
    const hit = closed.get(k);
    if (hit) return hit;
    const out = new Set<string>();
    for (const o of direct.get(k) ?? []) {
      if (seen.has(o)) continue;
      out.add(o);
      for (const oo of close(o, new Set([...seen, o]))) out.add(oo);
    }
    closed.set(k, out);
    return out;
  };
  for (const k of direct.keys()) close(k, new Set([k]));
  // Twin towns across the border are near each other, not inside: added after the closure, so that a
  // town of Coahuila is not near Eagle Pass.
  for (const towns of names.twins as string[][]) {
    const keys = towns.map((t) => coreKey(t));
    for (const k of keys) {
      let set = closed.get(k);
      if (!set) closed.set(k, (set = new Set()));
      for (const o of keys) if (o !== k) set.add(o);
    }
  }
  return closed;
})();

/** States of the United States and Mexico (./data/names.json "states"), as core keys. */
const STATES = [...new Set((names.states as string[]).map((s) => coreKey(s)))];
const STATE_KEYS = new Set(STATES);
const STATE_WORDS = new Set(STATES.flatMap((k) => k.split(' ')));

/** Every place the tables know (core keys): those inside others, those around them, twin towns and states. */
const KNOWN_PLACES = new Set([...WITHIN.keys(), ...[...WITHIN.values()].flatMap((s) => [...s]), ...STATES]);

/**
 * The places a place (core key) lies in: the tables' own (WITHIN), else the gazetteer's state of a town
 * (places.ts: "round rock" → {texa}; empty for a town abroad), else undefined (unknown). States, countries,
 * agencies and rivers are not towns.
 */
function placesWithin(k: string): ReadonlySet<string> | undefined {
  const own = WITHIN.get(k);
  if (own || KNOWN_PLACES.has(k) || STATE_KEYS.has(k)) return own;
  const town = gazetteerWithin(k);
  if (!town || k.split(' ').every((w) => NOT_PLACING.has(w) || RIVER_WORDS.has(w) || GENERIC_NAME_ENDS.has(w))) return undefined;
  return town;
}

/**
 * `y` names a state and `x` names no place the tables know, and no state ("ICE raids egg farm in Sioux
 * Center" / "… granja avícola de Iowa"; "desierto de Altar" / "Sonora desert"): whether x's places lie in y's
 * state is unknown, so the names do not tell two places apart.
 */
function placeUnknownInState(x: TextFeatures, y: TextFeatures): boolean {
  if (!writesAState(y.leadTokens)) return false;
  // …and `y` places its event at no other town `x` does not write ("Sioux City, Iowa" / "Worthington": two towns).
  const ny = nameWords(y);
  for (const set of [ny.places, ny.headline]) for (const w of set) if (!STATE_WORDS.has(w) && !x.leadTokens.has(w)) return false;
  for (const e of x.entities) if (isName(e) && (KNOWN_PLACES.has(coreKey(e)) || STATE_KEYS.has(coreKey(e)) || placesWithin(coreKey(e)))) return false;
  if (writesAState(x.leadTokens)) return false;
  return true;
}

/** The states' words (STATES, each split once). */
const STATE_WORD_LISTS = STATES.map((k) => k.split(' '));
const WRITES_STATE = new WeakMap<Set<string>, boolean>();

/** The tokens write some state (each of its words), computed once per token set (sets are never changed). */
function writesAState(tokens: Set<string>): boolean {
  let v = WRITES_STATE.get(tokens);
  if (v === undefined) {
    v = STATE_WORD_LISTS.some((ws) => ws.every((w) => tokens.has(w)));
    WRITES_STATE.set(tokens, v);
  }
  return v;
}

/** The places the given names lie in (name keys), none when no name is a known place inside another. */
function placesAround(names: Set<string>): Set<string> {
  let out: Set<string> | undefined;
  for (const e of names) {
    if (!isName(e)) continue;
    const around = placesWithin(coreKey(e));
    if (!around) continue;
    out ??= new Set();
    for (const o of around) out.add(o);
  }
  return out ?? NOTHING;
}

/** A place (name key) is written in the tokens (each of its words). */
function writes(tokens: Set<string>, key: string): boolean {
  for (const w of key.split(' ')) if (!tokens.has(w)) return false;
  return true;
}

/**
 * Some place of `keys` (around `x`'s names) is written in `y`'s lead, and `y` names no other place in it
 * that `x` does not write: "near Eagle Pass" / "in Texas" is one place at two scales, "near Eagle Pass" /
 * "in Brownsville, Texas" two towns.
 */
function writesAround(keys: Set<string> | undefined, x: TextFeatures, y: TextFeatures): boolean {
  if (!keys) return false;
  for (const k of keys) if (writes(y.leadTokens, k) && !namesOtherInside(y, k, x)) return true;
  return false;
}

/**
 * `y` says something happened at a place inside `k` (its headline names it, or "in"/"near" it), of which
 * `x`'s lead writes no word. A place named in passing ("west of Nogales") does not place the event.
 */
function namesOtherInside(y: TextFeatures, k: string, x: TextFeatures): boolean {
  const ny = nameWords(y);
  for (const z of y.entities) {
    if (!isName(z)) continue;
    // A town `y` itself places in `k` ("hacia Roma, Texas") is a place of its report, however written.
    if (y.selfPlaced?.get(coreKey(z)) === k) {
      if (!coreKey(z).split(' ').some((w) => x.leadTokens.has(w))) return true;
      continue;
    }
    if (!placesWithin(coreKey(z))?.has(k)) continue;
    const ws = coreKey(z).split(' ');
    if (!ws.some((w) => ny.places.has(w) || ny.headline.has(w))) continue;
    if (!ws.some((w) => x.leadTokens.has(w))) return true;
  }
  return false;
}

/** A text's name words; features built by hand without them have only their entities' words. */
function nameWords(f: TextFeatures): NameWords {
  return f.nameWords ?? (f.entities.size === 0 ? NO_NAME_WORDS : nameWordsOf(new Set(), new Set(), f.entities));
}

/**
 * For the pair model (pair-model.ts): how many of the two texts' headlines (`headline`) and places of the
 * event (`places`) name words of which the other text (headline and lead) writes none, 0–2 each; raw, before
 * the one-place-at-two-scales exceptions of headlinesNameOthers.
 */
export function namesUnwritten(a: TextFeatures, b: TextFeatures): { headline: number; places: number } {
  const none = (words: Set<string>, y: TextFeatures): number => {
    if (words.size === 0) return 0;
    for (const w of words) if (y.leadTokens.has(w)) return 0;
    return 1;
  };
  const na = nameWords(a);
  const nb = nameWords(b);
  return { headline: none(na.headline, b) + none(nb.headline, a), places: none(na.places, b) + none(nb.places, a) };
}

/**
 * One headline names people or places ("… near Eagle Pass") of which the other report, headline and lead,
 * says not a word ("… near Laredo"): two events. Words are compared, not whole names, so "Blinken" finds
 * "Antony Blinken" and "Guatemala" finds "Guatemala City".
 */
function headlinesNameOthers(a: TextFeatures, b: TextFeatures, both = false): boolean {
  const absent = (x: TextFeatures, y: TextFeatures): boolean => {
    const nx = nameWords(x);
    // As a sign of two events (both headlines), a river places nothing (see RIVER_WORDS).
    const words = both ? withoutRivers(nx.headline) : nx.headline;
    if (words.size === 0) return false;
    for (const w of words) if (y.leadTokens.has(w)) return false;
    // One place at two scales: the headline's town in the state the other names ("near Sierra Blanca" /
    // "in Hudspeth County"), or the headline's state around a town the other names ("Nebraska" / "Grand Island").
    if (writesAround(nx.headlineWithin, x, y)) return false;
    // As a sign of two events: the other's places lie in a place this report writes ("New Orleans Sector,
    // covering Louisiana, Mississippi…" / "near Gulfport"), with no other town of its own inside it.
    if (both && writesAround(nameWords(y).within, y, x)) return false;
    const around = nameWords(y).within;
    if (around) for (const w of words) if (around.has(w) && !namesOtherInside(x, w, y)) return false;
    // ...or a place of several words around a town the other names ("Del Rio Sector" / "near Eagle Pass").
    if (around) for (const k of around) if (k.includes(' ') && writes(words, k) && !namesOtherInside(x, k, y)) return false;
    // An official the headline names ("Whitfield meets…") whom the other report names by office alone
    // ("the homeland security secretary"): the same person.
    const held = holdersDescribedByOffice(x, y);
    if (held) for (const w of words) if (held.has(w)) return false;
    // A town the tables do not know and a state ("Sioux Center" / "Iowa"): perhaps one place.
    if (placeUnknownInState(x, y) || placeUnknownInState(y, x)) return false;
    return true;
  };
  return both ? absent(a, b) && absent(b, a) : absent(a, b) || absent(b, a);
}

/**
 * A number mismatch: both texts give distinctive numbers (≥ 100, not years) and share none, or one
 * headline's number ("Sheinbaum anuncia 25 mil elementos…") is nowhere in the other text: another event
 * or announcement. A number only in one text's body may just be a detail the other outlet left out.
 */
/**
 * Both headlines give a distinctive number and neither's is in the other text ("mil 300 migrantes" /
 * "1,700 migrants"): two counts, two events, however alike the rest.
 */
function headlineNumbersDiffer(a: TextFeatures, b: TextFeatures): boolean {
  const headlineNumbers = (x: TextFeatures): string[] => [...x.titleTokens].filter((t) => x.numbers.has(t));
  const na = headlineNumbers(a);
  const nb = headlineNumbers(b);
  if (na.length === 0 || nb.length === 0) return false;
  return !na.some((t) => numberIn(t, b.numbers) || convertedMoneyAlike(a, b, Number(t))) && !nb.some((t) => numberIn(t, a.numbers) || convertedMoneyAlike(b, a, Number(t)));
}

/**
 * Counts from 2 to 99 as headline tokens write them: two-digit numbers, and the number words two to twelve of
 * either language as concept tokens ("nueve" → nine; one-digit numerals are not tokens). "Once" is left out:
 * it is also the English word.
 */
const SMALL_COUNT_WORDS = new Map<string, number>(
  Array.from({ length: 11 }, (_, i) => i + 2)
    .filter((v) => v !== 11)
    .flatMap((v) => numberWordsOf(v).flatMap((w) => conceptTokens(w)).map((t) => [t, v] as [string, number])),
);

function smallCountOf(token: string): number | undefined {
  if (/^[1-9]\d$/.test(token)) return Number(token);
  return SMALL_COUNT_WORDS.get(token);
}

/**
 * `tokens` write the count, as two digits or as a number word, or a round count within 10% of it ("48" /
 * "nearly 50").
 */
function writesCount(tokens: Set<string>, v: number): boolean {
  for (const t of tokens) {
    const w = smallCountOf(t);
    if (w === undefined) continue;
    if (w === v || ((w % 10 === 0 || v % 10 === 0) && Math.abs(w - v) <= 0.1 * Math.max(w, v))) return true;
  }
  return false;
}

/**
 * Both headlines give one count ("47 deportees" / "47 jamaicanos", "2.870" / "2,870", "3,214" / "about 3,200"):
 * a distinctive number (one said in two ways, see sameNumber) or a count under 100.
 */
function headlinesShareCount(a: TextFeatures, b: TextFeatures): boolean {
  for (const t of a.titleTokens) {
    if (a.numbers.has(t)) {
      for (const u of b.titleTokens) if (b.numbers.has(u) && sameNumber(t, u)) return true;
      continue;
    }
    const v = smallCountOf(t);
    if (v !== undefined && !a.roadNumbers?.has(t) && writesCount(b.titleTokens, v)) return true;
  }
  return false;
}

/** Both headlines give a count under 100 and no count of either headline is written in the other text. */
function headlineSmallCounts(x: TextFeatures): number[] {
  const out: number[] = [];
  for (const t of x.titleTokens) {
    const v = smallCountOf(t);
    if (v !== undefined && !x.roadNumbers?.has(t)) out.push(v);
  }
  return out;
}

const MONTH_PERIOD_RE = /^\d{4}-\d{2}$/;

/**
 * `x` sums up a month (a distinctive count for the month: "Roughly 3,200 people crossed… in January") and `y`'s
 * headline counts an incident ("Cinco migrantes mueren…") with no month's figure of its own, neither count in
 * the other text: a month's total and one day's incident in the same place are two reports.
 */
function monthCountAgainstIncident(x: TextFeatures, y: TextFeatures): boolean {
  const monthly = x.figures.filter((f) => f.period !== null && MONTH_PERIOD_RE.test(f.period) && x.numbers.has(String(f.value)));
  if (monthly.length === 0 || y.figures.some((f) => f.period !== null && MONTH_PERIOD_RE.test(f.period))) return false;
  const cy = headlineSmallCounts(y);
  if (cy.length === 0 || cy.some((v) => writesCount(x.leadTokens, v))) return false;
  return !monthly.some((f) => numberIn(String(f.value), y.numbers));
}

function smallHeadlineCountsDiffer(a: TextFeatures, b: TextFeatures): boolean {
  const counts = headlineSmallCounts;
  const ca = counts(a);
  if (ca.length === 0) return false;
  const cb = counts(b);
  if (cb.length === 0) return false;
  return !ca.some((v) => writesCount(b.leadTokens, v)) && !cb.some((v) => writesCount(a.leadTokens, v));
}

/**
 * One sum written in two currencies: a money figure of `x` (of `value`, when given) and one of `y` in
 * another currency that convert to about the same dollars (figure-match.ts sameSumConverted).
 */
function convertedMoneyAlike(x: TextFeatures, y: TextFeatures, value?: number): boolean {
  for (const f of x.figures) if (value === undefined || f.value === value) for (const g of y.figures) if (sameSumConverted(f, g)) return true;
  return false;
}

function numbersUnmatched(a: TextFeatures, b: TextFeatures): boolean {
  if (a.numbers.size > 0 && b.numbers.size > 0 && sharedNumbersOf(a.numbers, b.numbers) === 0 && !estimatedAlike(a, b) && !measuredAlike(a, b) && !convertedMoneyAlike(a, b)) return true;
  const headlineNumberMissing = (x: TextFeatures, y: TextFeatures): boolean => {
    for (const t of x.titleTokens) if (x.numbers.has(t) && !numberIn(t, y.numbers) && !saidVaguely(Number(t), y) && !estimatedAlike(x, y, Number(t)) && !measuredAlike(x, y, t) && !convertedMoneyAlike(x, y, Number(t))) return true;
    return false;
  };
  return headlineNumberMissing(a, b) || headlineNumberMissing(b, a);
}

/**
 * Two estimates of one count, each written as a distinctive number ("unos mil 500 migrantes" / "more than
 * 1,400 migrants"): figures of one metric, at least one of them an estimate, close enough to agree (see
 * closeValues); `value`: only figures of `x` of that value.
 */
function estimatedAlike(x: TextFeatures, y: TextFeatures, value?: number): boolean {
  for (const f of x.figures) {
    if ((value !== undefined && f.value !== value) || !x.numbers.has(String(f.value))) continue;
    for (const g of y.figures) if (y.numbers.has(String(g.value)) && estimatesAgree(f, g)) return true;
  }
  return false;
}

/**
 * The other text gives the count only as an order of magnitude, with no number of its own: "thousands"
 * ("miles de personas") for 2,000 to 999,999, "hundreds" ("cientos", "centenares") for 200 to 999.
 */
function saidVaguely(n: number, y: TextFeatures): boolean {
  if (y.numbers.size > 0) return false;
  return (y.leadTokens.has('thousand') && n >= 2000 && n < 1e6) || (y.leadTokens.has('hundred') && n >= 200 && n < 1000);
}

/**
 * Each headline names a country the other report, headline and lead, never mentions ("Costa Rica deporta a
 * 45 venezolanos" / "Panamá deporta a 45 venezolanos"): two countries acting, two events — also when both
 * headlines share another country (the nationality of the people deported).
 */
function headlineCountriesApart(a: TextFeatures, b: TextFeatures): boolean {
  const unmentioned = (x: TextFeatures, y: TextFeatures): boolean => {
    const other = nameWords(y).headlineCountries;
    for (const w of nameWords(x).headlineCountries) if (!other.has(w) && !y.leadTokens.has(w)) return true;
    return false;
  };
  return unmentioned(a, b) && unmentioned(b, a);
}

/**
 * One headline places its event in a country ("Sea arrivals to Greece fall…") that the other report never
 * writes, while the other's headline names a place of its own that the first never writes and the other writes a
 * country (or its nationals) the first never does ("…migrantes por Necoclí…", "Migración Colombia"): the same
 * kind of count in two countries, two events. The United States (named by most border reports) places nothing here;
 * two headlines giving one count ("Mexico rescues 88…" / "Rescatan a 88… en Tuxtla") are left to the checks below.
 */
function headlineCountryElsewhere(x: TextFeatures, y: TextFeatures): boolean {
  const cx = nameWords(x).headlineCountries;
  if (cx.size === 0) return false;
  const ny = nameWords(y);
  for (const c of cx) if (y.leadTokens.has(c) || ny.headlineCountries.has(c)) return false;
  if (ny.headline.size === 0) return false;
  for (const w of ny.headline) if (x.leadTokens.has(w)) return false;
  const written = new Set<string>();
  addCountries(y.leadTokens, written);
  for (const t of written) if (t !== UNITED_STATES_WORD && !x.leadTokens.has(t)) return true;
  return false;
}
const UNITED_STATES_WORD = 'unitedstat';

/**
 * Each text names where things happened or who did them ("in Tijuana" / "in Reynosa"; "blocked Texas" /
 * "blocked Iowa") and neither says a word of the other's names anywhere in its headline and lead: a place
 * (or party) mismatch. Countries are too coarse to count; offices are compared elsewhere. `counted`: both
 * headlines give one count (headlinesShareCount), and only the main names are compared (mainNames).
 */
function placesApart(a: TextFeatures, b: TextFeatures, counted = false): boolean {
  const na = nameWords(a);
  const nb = nameWords(b);
  // Two headlines that give one count ("Rescatan a 112 migrantes…" / "Abandonan tráiler con 112 extranjeros…")
  // are told apart by their main names only: a town named in passing (where the group came from) is no other place.
  if (!wordsApart(na.places, nb.places, a, b) && !(counted ? wordsApart(mainNames(na), mainNames(nb), a, b) : wordsApart(na.names, nb.names, a, b))) return false;
  // "Banco Central de Reserva" / "BCR": one name, written out and by its initials.
  if (namedByInitials(a.entities, b.entities)) return false;
  // One place at two scales ("near Sasabe" / "in southern Arizona"): a name of one lies in a place the other writes.
  if (writesAround(na.within, a, b) || writesAround(nb.within, b, a)) return false;
  // A town the tables do not know and a state ("Sioux Center" / "Iowa"): perhaps one place.
  return !placeUnknownInState(a, b) && !placeUnknownInState(b, a);
}

/**
 * The words of the names a report gives as its own place and party: its headline's names and the places things
 * happened ("in", "near", "en"), not every name of the lead ("viajaban desde Celaya", "the train had come from
 * Eagle Pass"): what placesApart compares when both headlines give one count.
 */
function mainNames(n: NameWords): Set<string> {
  if (n.headline.size === 0) return n.places;
  if (n.places.size === 0) return n.headline;
  return new Set([...n.headline, ...n.places]);
}

/** The words without those of a border river (the same set when it has none). */
function withoutRivers(words: Set<string>): Set<string> {
  for (const w of words) if (RIVER_WORDS.has(w)) return new Set([...words].filter((x) => !RIVER_WORDS.has(x)));
  return words;
}

function wordsApart(pa: Set<string>, pb: Set<string>, a: TextFeatures, b: TextFeatures): boolean {
  pa = withoutRivers(pa);
  pb = withoutRivers(pb);
  if (pa.size === 0 || pb.size === 0) return false;
  for (const w of pa) if (b.leadTokens.has(w)) return false;
  for (const w of pb) if (a.leadTokens.has(w)) return false;
  return true;
}

/**
 * One number said in two ways: equal, or a round number (two or more trailing zeros) that the other, exact
 * one rounds to, within 5% ("just over 2,200" / "2.211", "over 200" / "203", "casi 79 mil" / "78,902", "just
 * over a thousand" / "1,044"), or a count of hundreds ending in a zero that the other rounds to its tens
 * within 3% ("about 210 workers" / "212 arrested"). Different counts ("612" / "1,044", "882" / "310",
 * "300" / "340", "210" / "216") never match.
 */
export function sameNumber(x: string, y: string): boolean {
  if (x === y) return true;
  const a = Number(x);
  const b = Number(y);
  return roundsTo(a, b) || roundsTo(b, a);
}

function roundsTo(exact: number, round: number): boolean {
  // "about 210 workers" / "212 arrested": a count of hundreds rounded to its tens, within 3%.
  if (round >= 100 && round % 10 === 0 && round % 100 !== 0) {
    const d = Math.abs(exact - round);
    return d > 0 && d * 2 <= 10 && d <= 0.03 * round;
  }
  if (round < 100 || round % 100 !== 0) return false;
  let unit = 100;
  while (round % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  const d = Math.abs(exact - round);
  return d * 2 <= unit && d <= 0.05 * round;
}

function numberIn(n: string, set: Set<string>): boolean {
  if (set.has(n)) return true;
  for (const y of set) if (sameNumber(n, y)) return true;
  return false;
}

/** Numbers of `a` said in `b` (see sameNumber). */
export function sharedNumbersOf(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (numberIn(x, b)) n++;
  return n;
}

function disjointNonEmpty<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size > 0 && b.size > 0 && shared(a, b) === 0;
}

/** The evidence of a pairwise comparison, for decisions, tests and the eval's failure list. */
export interface PairScore {
  same: boolean;
  /** Why: "near-duplicate", "similar", "conflicting figures", "different months", … */
  reason: string;
  hamming: number;
  leadDice: number;
  titleDice: number;
  sharedEntities: number;
  sharedNumbers: number;
  sharedFigures: number;
  /** Combined similarity in [0, ~1.5]; used to pick the best candidate. */
  score: number;
}

/** Combined score at or above which two texts of different outlets tell the same event. */
export const SAME_STORY_SCORE = 0.5;

/** Combined score at or above which two reports of the same event day, with a name in common and no mismatch, tell one event. */
export const CLOSE_SCORE = SAME_STORY_SCORE - 0.15;
/** The reason of that path (compareWithStory weighs it against the story's other sources). */
export const WEAK_MATCH = 'same day, close';
const CLOSE_REASON = WEAK_MATCH;
/** Reasons that tell two events (a place, days, counts, kinds of incident): see compareWithStory. */
const TOLD_APART = new Set(['different places', 'different days', 'different counts', 'different incidents', 'different months', 'different years']);
/** Headline overlap that stands for a name in common on that path (no name shared, a third of the headline's words). */
export const CLOSE_TITLE = 0.35;

/** Lead overlap at or above which two same-day reports with no number or place mismatch tell one event. */
export const PARAPHRASED_LEAD = 0.45;

/** Event days this far apart (or more) are different events, unless one report updates a toll. */
export const DIFFERENT_EVENT_DAYS = 2;

/**
 * The combined similarity of two texts from its parts: lead and title token overlap (Dice), shared names,
 * shared numbers and agreeing figures. One expression for compareTexts and the pre-filter's bound.
 */
export function combinedScore(leadDice: number, titleDice: number, sharedEntities: number, sharedNumbers: number, figs: number): number {
  return 0.55 * leadDice + 0.35 * titleDice + 0.09 * Math.min(sharedEntities, 4) + 0.12 * Math.min(sharedNumbers + figs, 3);
}

/**
 * Do two texts tell the same story? Pure. Vetoes first (conflicting figures for the same metric — a toll
 * that grew in an update is not a conflict —, different months or years in the titles), then near-duplicate
 * SimHash (≤ 3 bits), then different event days (weekdays named or publication days ≥ 2 days apart, unless a
 * toll update), then different places (headlines naming places or countries the other report never
 * mentions, places and names neither text shares a word of; a town and the county, state or twin town
 * around it are one place, an official named and the same office without a name one person), then a combined score of title/lead token
 * overlap (language-neutral tokens) strengthened by shared named entities, shared numbers and agreeing
 * figures; then two paraphrase paths (same people, place and day; most of the lead retold the same day).
 * `agreeingFigures`: agreeingFigureCount(a.figures, b.figures) when the caller has it.
 */
export function compareTexts(a: TextFeatures, b: TextFeatures, agreeingFigures?: number): PairScore {
  const h = hamming(a.simhash, b.simhash);
  const leadDice = dice(a.leadTokens, b.leadTokens, a.numbers, b.numbers);
  const titleDice = dice(a.titleTokens, b.titleTokens, a.numbers, b.numbers);
  const sharedEntities = sharedNames(a.entities, b.entities);
  const sharedNumbers = sharedNumbersOf(a.numbers, b.numbers);
  const figs = agreeingFigures ?? agreeingFigureCount(a.figures, b.figures);
  const score = combinedScore(leadDice, titleDice, sharedEntities, sharedNumbers, figs);
  const base = { hamming: h, leadDice, titleDice, sharedEntities, sharedNumbers, sharedFigures: figs, score };
  if (figuresConflict(a.figures, b.figures, { a: a.updates, b: b.updates, writtenA: a.leadTokens, writtenB: b.leadTokens })) return { ...base, same: false, reason: 'conflicting figures' };
  if (disjointNonEmpty(a.titleMonths, b.titleMonths)) return { ...base, same: false, reason: 'different months' };
  if (disjointNonEmpty(a.titleYears, b.titleYears)) return { ...base, same: false, reason: 'different years' };
  if (h <= NEAR_DUPLICATE_BITS && a.simhash !== 0n) return { ...base, same: true, reason: 'near-duplicate', score: score + 1 };
  if (!a.updates && !b.updates && differentEventDays(a, b)) {
    return { ...base, same: false, reason: 'different days' };
  }
  // The deaths, and a funeral, Mass or vigil for the same dead on a later day: another day's event.
  if (laterCeremony(a, b) || laterCeremony(b, a) || laterAftermath(a, b) || laterAftermath(b, a) || laterFollowUp(a, b) || laterFollowUp(b, a)) return { ...base, same: false, reason: 'different days' };
  // A headline names where or who and the other report does not ("… near Eagle Pass" / "… near Laredo"):
  // two events, however alike the rest of the wording.
  if (headlinesNameOthers(a, b, true) || headlineCountriesApart(a, b) || (!headlinesShareCount(a, b) && (headlineCountryElsewhere(a, b) || headlineCountryElsewhere(b, a))) || placesApart(a, b, headlinesShareCount(a, b))) {
    return { ...base, same: false, reason: 'different places' };
  }
  // Two kinds of incident ("agent shot near Santa Teresa" / "agent hurt as vehicle rolls over near Santa
  // Teresa"), neither text telling the other's: two events, whatever place, people and day they share.
  if (incidentKindsDiffer(a, b)) return { ...base, same: false, reason: 'different incidents' };
  // Both headlines count something under a hundred and neither's count is in the other text ("ICE detains 23
  // at restaurant in Houston" / "Detienen a 31 trabajadores en restaurantes de Texas"): two events.
  if (!a.updates && !b.updates && (smallHeadlineCountsDiffer(a, b) || monthCountAgainstIncident(a, b) || monthCountAgainstIncident(b, a))) return { ...base, same: false, reason: 'different counts' };
  if (score >= SAME_STORY_SCORE && (leadDice >= 0.2 || titleDice >= 0.25 || sharedEntities + sharedNumbers + figs >= 3) && !headlineNumbersDiffer(a, b)) {
    return { ...base, same: true, reason: 'similar' };
  }
  // Paraphrased coverage of one event: the same people and places on the same day, told in other words
  // (or the other language). A number mismatch (both texts give distinctive numbers, none shared; or a
  // headline's number missing from the other text) keeps them apart, as does a place mismatch (fewer than
  // two shared names, or a headline naming a place the other report never mentions). A name and an agreeing
  // figure, or a name and a distinctive number both write ("2 mil becas" / "2.000 becas"), are enough.
  if (sharedEntities + Math.min(figs + sharedNumbers, 1) >= 2 && sharedEntities >= 1 && leadDice >= 0.15 && eventDistance(a, b) <= 1 && !numbersUnmatched(a, b) && !headlinesNameOthers(a, b)) {
    return { ...base, same: true, reason: 'same people, place and day' };
  }
  // Most of the lead said again in other words (or the other language) on the same day, with no number
  // or place mismatch and at least one name in common when both texts name any ("Pope Francis" / "el
  // papa Francisco", both in Juárez). Both must have a lead: a bare headline says too little.
  const namesMismatch = sharedEntities === 0 && hasName(a.entities) && hasName(b.entities);
  const bothHaveLeads = a.leadTokens.size > a.titleTokens.size + 3 && b.leadTokens.size > b.titleTokens.size + 3;
  if (leadDice >= PARAPHRASED_LEAD && bothHaveLeads && !namesMismatch && eventDistance(a, b) <= 1 && !numbersUnmatched(a, b) && !headlinesNameOthers(a, b)) {
    return { ...base, same: true, reason: 'same account, other words' };
  }
  // One event told in other words on the very same day: a name in common (or, one of them naming no one, much
  // of the headline, both with a lead), close to the line, none of the vetoes above, no number the other
  // report lacks, and no headline name of either the other does not write at all (not even at another scale:
  // "puente Paso del Norte" / "puente Zaragoza" in Juárez are two bridges). Other days, even the next, need
  // the paths above; a story matched only this way is never folded with another (cluster.ts pick).
  if (score >= CLOSE_SCORE && (sharedEntities >= 1 || (titleDice >= CLOSE_TITLE && bothHaveLeads && !namesMismatch)) && dayDistance(a.eventDays, b.eventDays) === 0 && !numbersUnmatched(a, b) && !headlinesNameOthers(a, b) && namesUnwritten(a, b).headline === 0) {
    return { ...base, same: true, reason: CLOSE_REASON };
  }
  // The learned pair scorer (pair-model.ts), behind the same guards as the paraphrase paths: same or next day,
  // no number mismatch, no headline naming what the other report never mentions, no two headline counts.
  if (pairModel() === undefined) return { ...base, same: false, reason: 'not similar' };
  const days = dayDistance(a.eventDays, b.eventDays);
  if (days <= 1 && pairModelSays({ ...base, days }, a, b, pairContext(a, b)) && !numbersUnmatched(a, b) && !headlinesNameOthers(a, b) && !headlineNumbersDiffer(a, b)) {
    return { ...base, same: true, reason: 'pair model' };
  }
  return { ...base, same: false, reason: 'not similar' };
}

/** What the pair model reads of two texts beyond the pair's scores (pair-model.ts). */
export function pairContext(a: TextFeatures, b: TextFeatures): PairContext {
  const unwritten = namesUnwritten(a, b);
  return { hasNames: [hasName(a.entities), hasName(b.entities)], headlinesUnwritten: unwritten.headline, placesUnwritten: unwritten.places };
}

/** Concept tokens of each kind of incident (./data/events.json "incidentKinds"), and of boats. */
const INCIDENT_KINDS = Object.entries(events.incidentKinds as Record<string, string[]>).map(([kind, ws]) => [kind, new Set(ws.flatMap((w) => conceptTokens(w)))] as const);
const BOAT_WORDS = new Set((events.boats as string[]).flatMap((w) => conceptTokens(w)));

/** The kinds of incident the tokens tell; a road word with a boat word is a water incident ("panga vuelca"). */
function incidentKinds(tokens: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const [kind, words] of INCIDENT_KINDS) if (anyIn(tokens, words)) out.add(kind);
  if (out.has('road') && anyIn(tokens, BOAT_WORDS)) {
    out.delete('road');
    out.add('water');
  }
  return out;
}

/** Both headlines tell an incident and neither text (headline and lead) tells one of the other headline's kinds. */
function incidentKindsDiffer(a: TextFeatures, b: TextFeatures): boolean {
  const ka = incidentKinds(a.titleTokens);
  if (ka.size === 0) return false;
  const kb = incidentKinds(b.titleTokens);
  if (kb.size === 0) return false;
  const la = incidentKinds(a.leadTokens);
  const lb = incidentKinds(b.leadTokens);
  for (const k of ka) if (lb.has(k)) return false;
  for (const k of kb) if (la.has(k)) return false;
  return true;
}

const CEREMONY_WORDS = new Set((events.ceremoniesForTheDead as string[]).flatMap((w) => conceptTokens(w)));
const DEATH_WORDS = new Set((events.deaths as string[]).flatMap((w) => conceptTokens(w)));

function anyIn(tokens: Set<string>, words: Set<string>): boolean {
  for (const t of tokens) if (words.has(t)) return true;
  return false;
}

/**
 * `x`'s headline tells a ceremony for the dead (a funeral, wake, Mass, vigil: ./data/events.json), on a
 * later day than `y`, which reports deaths and mentions no ceremony: the ceremony is an event of its own,
 * whatever names of the dead and places the two share. A same-day report of the deaths and of a vigil that
 * evening is one story.
 */
function laterCeremony(x: TextFeatures, y: TextFeatures): boolean {
  if (x.eventDays.size === 0 || y.eventDays.size === 0 || !anyIn(x.titleTokens, CEREMONY_WORDS)) return false;
  if (anyIn(y.leadTokens, CEREMONY_WORDS) || !anyIn(y.leadTokens, DEATH_WORDS)) return false;
  return Math.min(...x.eventDays) > Math.max(...y.eventDays);
}

const AFTERMATH_WORDS = new Set((events.aftermathOfDeaths as string[]).flatMap((w) => conceptTokens(w)));

/**
 * `x`'s headline tells what followed deaths (the dead identified, their remains repatriated: ./data/events.json
 * "aftermathOfDeaths"), published two or more days after `y` and after every event day `y` tells, `y`
 * a report of the deaths whose headline tells no such thing: a later event of its own, though it names the
 * day of the deaths ("el hombre que murió el viernes") and shares the dead, the place and the river. A name
 * released the same or the next day stays with the deaths.
 */
function laterAftermath(x: TextFeatures, y: TextFeatures): boolean {
  if (x.publishedDay === undefined || y.publishedDay === undefined || !anyIn(x.titleTokens, AFTERMATH_WORDS)) return false;
  if (anyIn(y.titleTokens, AFTERMATH_WORDS) || !anyIn(y.leadTokens, DEATH_WORDS)) return false;
  return x.publishedDay - y.publishedDay >= DIFFERENT_EVENT_DAYS && x.publishedDay - Math.max(...y.eventDays) >= DIFFERENT_EVENT_DAYS;
}

/**
 * `x` says its event came a stated time after another ("visits San Diego a day after panga tragedy"), every
 * event day of `x` after every one of `y`, and `y` says no such thing: `y` tells the earlier event (the
 * capsize), `x` what followed it (the visit): two events, however many people and places they share.
 */
function laterFollowUp(x: TextFeatures, y: TextFeatures): boolean {
  if (!x.followsEarlier || y.followsEarlier || x.eventDays.size === 0 || y.eventDays.size === 0) return false;
  return Math.min(...x.eventDays) > Math.max(...y.eventDays);
}

function bothTellAftermath(a: TextFeatures, b: TextFeatures): boolean {
  if (a.publishedDay === undefined || b.publishedDay === undefined || Math.abs(a.publishedDay - b.publishedDay) > 1) return false;
  return anyIn(a.titleTokens, AFTERMATH_WORDS) && anyIn(b.titleTokens, AFTERMATH_WORDS);
}

/**
 * `x` covers a period ("from Nov. 30 through Dec. 6", "del 14 al 20 de diciembre": a sector's week, a month's
 * count) and `y` tells a day inside it, or the day after (when such counts are released), or a period that
 * overlaps it: `y` may report a part of what `x` sums up ("11 of the 27 were stopped near Highgate on
 * Thursday"). Two periods that do not overlap are two reports (last week's count, this week's).
 */
function inPeriodOf(x: TextFeatures, y: TextFeatures): boolean {
  const p = periodOf(x.eventDays);
  if (!p) return false;
  const q = periodOf(y.eventDays);
  if (q) return q[0] <= p[1] && p[0] <= q[1];
  for (const d of y.eventDays) if (d >= p[0] && d <= p[1] + 1) return true;
  return false;
}

/** The days between two reports' events (dayDistance), 0 when one covers a period the other's day is in (inPeriodOf). */
export function eventDistance(a: TextFeatures, b: TextFeatures): number {
  const d = dayDistance(a.eventDays, b.eventDays);
  return d > 0 && (inPeriodOf(a, b) || inPeriodOf(b, a)) ? 0 : d;
}

/**
 * Different event days: both texts' days are named weekdays, or both publication days, and are 2+ days
 * apart. When one text names the event's weekday ("shot on Monday") and the other only has its
 * publication day, a later report of the same event (charges filed on Thursday) is expected: different
 * only when the publication day is before the named day, or a week or more after it.
 */
function differentEventDays(a: TextFeatures, b: TextFeatures): boolean {
  const d = dayDistance(a.eventDays, b.eventDays);
  if (d < DIFFERENT_EVENT_DAYS || d === Infinity) return false;
  if (inPeriodOf(a, b) || inPeriodOf(b, a)) return false;
  // Both headlines tell what followed deaths (the dead identified, remains to be repatriated), published the same
  // or the next day: one aftermath, whichever day of the deaths one of them recalls ("murió el miércoles").
  if (bothTellAftermath(a, b)) return false;
  if (!!a.namedDays === !!b.namedDays) return true;
  const [named, dated] = a.namedDays ? [a, b] : [b, a];
  const namedDay = Math.max(...named.eventDays);
  const datedDay = Math.min(...dated.eventDays);
  return datedDay < namedDay - 1 || datedDay - namedDay >= 7;
}

/** Source texts whose (figure-independent) features are kept in memory; the least recently used go first. */
export const SOURCE_FEATURES_CACHE_SIZE = 8192;

/**
 * Features of source texts by their content (headline, lead, time): a text's features depend only on it
 * (the story's figures are attached per call), so the same text read again, from either store and however
 * its story grew, is not re-tokenized. Least-recently-used entries are dropped past the size.
 */
class FeatureCache {
  private readonly map = new Map<string, TextFeatures>();

  constructor(private readonly size: number) {}

  get(key: string): TextFeatures | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: TextFeatures): void {
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

const sourceFeatureCache = new FeatureCache(SOURCE_FEATURES_CACHE_SIZE);

/** Benchmarks: forget the source texts read so far (a measured pass then reads its items' texts as new, as a live run does). */
export function clearSourceFeatureCacheForBench(): void {
  sourceFeatureCache.clear();
}
const NO_FIGURES: Figure[] = [];

/**
 * Features of one source of a story: its headline and lead, dated, with the story's figures. Cached by the
 * text's content (the returned sets are shared and must not be modified).
 */
export function sourceFeatures(text: SourceText, story: Story): TextFeatures {
  return { ...sourceTextFeatures(text), figures: story.figures };
}

/**
 * The figure-free features of a source text (`figures` empty), cached as sourceFeatures says; shared, read-only.
 * `make` computes them when they are not cached (the clusterer derives an item's from the item's features).
 */
export function sourceTextFeatures(text: SourceText, make?: () => TextFeatures): TextFeatures {
  // The same text object again (the memory store hands out its frozen texts): no key to build.
  let base = featuresByText.get(text);
  if (!base) {
    const key = `${text.at}\u0000${text.title}\u0000${text.lead}`;
    base = sourceFeatureCache.get(key);
    if (!base) {
      base = make ? make() : textFeatures(text.title, text.lead, NO_FIGURES, Date.parse(text.at));
      sourceFeatureCache.set(key, base);
    }
    if (Object.isFrozen(text)) featuresByText.set(text, base);
  }
  return base;
}

/** Features of frozen (never changed) source text objects, as long as the objects live. */
const featuresByText = new WeakMap<SourceText, TextFeatures>();

/**
 * Compare an item with a stored story: with every source of the story (headline + lead), the best
 * agreeing source deciding. The story's figures (union of its sources) veto in every comparison. Without
 * stored source texts (stories stored by an older version), the story's own title and summary stand for
 * its first source and each other source's headline for itself.
 */
export function compareWithStory(item: TextFeatures, story: Story, texts?: SourceText[], rejected?: (i: number) => boolean, agreeing?: number): PairScore {
  // Every comparison below is with the story's figures: how many agree with the item's is counted once.
  const figs = (): number => (agreeing ??= agreeingFigureCount(item.figures, story.figures));
  const sources: SourceText[] =
    texts && texts.length > 0
      ? texts
      : [
          { title: story.title, lead: leadOf(story.summary), at: story.published },
          ...story.sources.slice(1).map((s) => ({ title: s.title, lead: '', at: s.published ?? story.published })),
        ];
  let best: PairScore | undefined;
  let apart: PairScore | undefined;
  // Another outlet's copy of a text the story already holds (same headline and lead, the same day): the
  // story took that text with its figures, so its copy joins too, whatever figures other sources added.
  const read = texts && texts.length > 0 ? textReadFor(item) : undefined;
  if (read) {
    const itemLead = leadOf(read.summary);
    for (const t of sources) {
      if (t.title !== read.title || t.lead !== itemLead || dayDistance(item.eventDays, sourceTextFeatures(t).eventDays) > 1) continue;
      const p = compareTexts(item, sourceFeatures(t, story), figs());
      return p.same ? p : { ...p, same: true, reason: 'wire copy', score: p.score + 1 };
    }
  }
  for (let i = 0; i < sources.length; i++) {
    const t = sources[i]!;
    // A text the prefilter rejected is not "same", and scores below the whole-summary fallback: it can change
    // the answer only by its conflicting figures (compareTexts' first veto), checked alone.
    if (rejected && sources === texts && rejected(i)) {
      const base = sourceTextFeatures(t);
      if (!figuresConflict(item.figures, story.figures, { a: item.updates, b: base.updates, writtenA: item.leadTokens, writtenB: base.leadTokens })) continue;
    }
    const p = compareTexts(item, sourceFeatures(t, story), figs());
    if (p.reason === 'conflicting figures') return p;
    if (!p.same && TOLD_APART.has(p.reason)) apart ??= p;
    if (!best || (p.same && !best.same) || (p.same === best.same && p.score > best.score)) best = p;
  }
  // Matched only on the weakest path (close, the same day) while another source of the story tells another
  // place, day or count: the item matched a vaguer report of the story ("attack on a Tamaulipas shelter"),
  // and the story's own reports say it is another event.
  if (best?.same && best.reason === CLOSE_REASON) {
    if (apart) return apart;
    // The sources the prefilter passed over were not compared: those may tell another place (rarely run).
    if (rejected && sources === texts) {
      for (let i = 0; i < sources.length; i++) {
        if (!rejected(i)) continue;
        const p = compareTexts(item, sourceFeatures(sources[i]!, story), figs());
        if (!p.same && TOLD_APART.has(p.reason)) return p;
      }
    }
  }
  // Close but not over the line on the stored leads: the story's whole summary (its first source's text,
  // not just the first ~40 words) may name the people and places the lead cut off.
  if (texts && texts.length > 0 && !best!.same && best!.reason === 'not similar' && best!.score >= SAME_STORY_SCORE - 0.15) {
    const p = compareTexts(item, storyFeatures(story), figs());
    if (p.same) return p;
  }
  return best!;
}

/**
 * Which place check told two texts apart ("headlines", "countries", "places") or undefined, with the name
 * words each side compared: for the eval's failure lists and tests (compareTexts gives only "different places").
 */
export function explainPlaces(a: TextFeatures, b: TextFeatures): { veto?: 'headlines' | 'countries' | 'places'; a: NameWords; b: NameWords } {
  const veto = headlinesNameOthers(a, b, true) ? 'headlines' : headlineCountriesApart(a, b) ? 'countries' : placesApart(a, b, headlinesShareCount(a, b)) ? 'places' : undefined;
  return { veto, a: nameWords(a), b: nameWords(b) };
}
