/** The counted thing of a number: the metric phrase after it, the subject before it, a verb after it, drugs after a weight, events counted by "<N> times". */
import { DRUGS, GENERIC_METRICS, MAX_METRIC_WORDS, METRIC_WORDS, NON_FIGURE_NEXT, PER_PHRASES, VERB_METRICS } from './lexicon';
import { isNumberWord, type Lang, type NumberMatch } from './numbers';
import type { Token } from './tokens';
import { CHANGE_VERBS } from './change';
import lexicon from './data/lexicon.json';
import { MONTHS_ES } from '../text/months';
import vocabulary from './data/vocabulary.json';
import events from './data/events.json';

/** Words that end the modifiers between a number and its noun ("2,000 were detained"). */
export const FUNCTION_WORDS = new Set(lexicon.functionWords);

/** Verbs that link a counted thing to its number: "apprehensions rose to 190,000", "las detenciones sumaron 7.500". */
export const QUANTITY_VERBS = new Set([...lexicon.quantityVerbs, ...lexicon.changeParticiples, ...CHANGE_VERBS]);

export const CHANGE_NOUNS = new Set(lexicon.changeNouns);

const DEMONYMS = new Set(vocabulary.demonyms as string[]);

/**
 * "autos mexicanos", "exportaciones guatemaltecas": a nationality right after a plural noun that counts nothing is an
 * adjective of that noun, not the counted thing.
 */
function isAdjectivalDemonym(tokens: Token[], j: number, metric: string): boolean {
  if (!DEMONYMS.has(metric)) return false;
  const prev = tokens[j - 1];
  return !!prev && isPlainWord(prev) && /\p{Ll}s$/u.test(prev.text) && !metricAt(tokens, j - 1);
}

/** Words after "de" that date or rate a whole rather than name it ("los detenidos de noviembre", "de este año"). */
const NOT_COMPLEMENTS = new Set([...MONTHS_ES, ...(vocabulary.rateTimeUnits as string[]), 'año', 'años', 'mes', 'meses', 'semana', 'semanas', 'ayer', 'hoy', 'entonces']);

/** "the number of X", "la cifra de X", "el total de X": the counted thing is X. */
const NUMBER_OF_HEADS = new Set(vocabulary.numberOfHeads as string[]);

/** First word of every metric phrase → the most words a phrase starting with it has. */
const FIRST_WORDS = new Map<string, number>();
for (const phrase of Object.keys(METRIC_WORDS)) {
  const words = phrase.replace(/,/g, ' ,').split(/\s+/);
  FIRST_WORDS.set(words[0]!, Math.max(FIRST_WORDS.get(words[0]!) ?? 0, words.length));
}

/** Longest metric phrase starting at token j: [canonical metric, end token]. */
export function metricAt(tokens: Token[], j: number): [string, number] | null {
  // Most tokens start no metric phrase: look up the longest phrase only from a word that can start one.
  const longest = tokens[j] ? FIRST_WORDS.get(tokens[j]!.norm) : undefined;
  if (longest === undefined) return null;
  for (let n = Math.min(longest, MAX_METRIC_WORDS, tokens.length - j); n >= 1; n--) {
    const slice = tokens.slice(j, j + n);
    if (slice.some((t) => t.kind === 'num')) continue;
    const phrase = slice.map((t) => t.norm).join(' ').replace(/ ,/g, ',');
    const m = METRIC_WORDS[phrase];
    if (m) return [m, j + n];
  }
  return null;
}

export function isPlainWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !FUNCTION_WORDS.has(t.norm);
}

/** The counted thing after the number: up to three modifiers, then a metric phrase. */
export function forwardMetric(tokens: Token[], m: NumberMatch): { metric: string; end: number; modifiers: Token[] } | null {
  let j = m.endTok;
  if ((tokens[j]?.norm === 'de' || tokens[j]?.norm === 'of') && (m.scaled || m.unit === 'percent')) j++;
  if (m.unit === 'percent' || m.unit === 'percentage points') {
    // "13.8 percent increase in encounters", "60 percent of migrants", "un aumento de 20% en las detenciones"
    if (tokens[j] && CHANGE_NOUNS.has(tokens[j].norm) && ['in', 'of', 'en', 'de'].includes(tokens[j + 1]?.norm ?? '')) j += 2;
    // "un aumento de 30% en las detenciones", "a rise of 12% in arrests": the change noun stands before the number.
    else if (['in', 'en'].includes(tokens[j]?.norm ?? '') && ['of', 'de'].includes(tokens[m.startTok - 1]?.norm ?? '') && CHANGE_NOUNS.has(tokens[m.startTok - 2]?.norm ?? '')) j += 1;
    // "12% fewer migrants", "18% más solicitudes": the comparative stands between the percentage and what changed.
    if (['fewer', 'more', 'less', 'más', 'mas', 'menos'].includes(tokens[j]?.norm ?? '') && metricAt(tokens, j + 1)) j++;
    // "38% del total de detenciones", "41% of the total of arrests": the whole is what follows "total of".
    if (tokens[j]?.norm === 'del' && tokens[j + 1]?.norm === 'total') j++;
    while (tokens[j] && ['the', 'all', 'los', 'las', 'la', 'el', 'those', 'total'].includes(tokens[j].norm)) j++;
    if (tokens[j - 1]?.norm === 'total' && ['de', 'of'].includes(tokens[j]?.norm ?? '')) {
      j++;
      while (tokens[j] && ['the', 'los', 'las', 'la', 'el'].includes(tokens[j].norm)) j++;
    }
  }
  // "caused 97 of the deaths", "412 de los detenidos": a part of a counted thing named after "of the".
  // ("Guatemalans made up 7,420 of the arrivals": a counted subject of the verb before names the part: backwardMetric.)
  // ("two of the migrants were airlifted", "tres de los fallecidos": a few written in words are a detail of the story.)
  if (!(m.words && m.value < 10) && ['of', 'de'].includes(tokens[j]?.norm ?? '') && ['the', 'los', 'las', 'these', 'those', 'estos', 'estas', 'esos', 'esas', 'aquellos', 'aquellas'].includes(tokens[j + 1]?.norm ?? '') && metricAt(tokens, j + 2)) {
    const part = backwardMetric(tokens, m.startTok);
    if (part) return { metric: part, end: m.endTok, modifiers: [] };
    j += 2;
  }
  // "De ellos, 9 mil 12 eran menores de edad": a copula between the number and its noun.
  if (tokens[j] && COPULAS.has(tokens[j]!.norm) && metricAt(tokens, j + 1)) j++;
  // "41,000 people …, 18,000 of them Venezuelans", "12 mil de ellos menores": the part named after "of them".
  else if (['of', 'de'].includes(tokens[j]?.norm ?? '') && ['them', 'those', 'ellos', 'ellas'].includes(tokens[j + 1]?.norm ?? '') && metricAt(tokens, j + 2)) j += 2;
  // "Unos 1,3 millones de ellos son solicitudes de asilo", "400 of them were children": the part named after the copula.
  else if (['of', 'de'].includes(tokens[j]?.norm ?? '') && ['them', 'those', 'ellos', 'ellas'].includes(tokens[j + 1]?.norm ?? '') && COPULAS.has(tokens[j + 2]?.norm ?? '') && metricAt(tokens, j + 3)) j += 3;
  // (after a scale word the "de" is read already: "1,3 millones de | ellos son …")
  else if (['of', 'de'].includes(tokens[j - 1]?.norm ?? '') && ['them', 'those', 'ellos', 'ellas'].includes(tokens[j]?.norm ?? '') && COPULAS.has(tokens[j + 1]?.norm ?? '') && metricAt(tokens, j + 2)) j += 2;
  // "600 were members of family units", "300 eran integrantes de familias": the group the members belong to.
  else if (tokens[j] && COPULAS.has(tokens[j]!.norm) && MEMBER_NOUNS.has(tokens[j + 1]?.norm ?? '') && ['of', 'de'].includes(tokens[j + 2]?.norm ?? '') && metricAt(tokens, j + 3)) j += 3;
  // "Suman ya 17 los migrantes muertos", "bringing to 24 the number of migrants": an article after the number, then what
  // it counts (or "the number of" it).
  if (m.unit === null && !m.money && tokens[j] && ['los', 'las', 'the'].includes(tokens[j]!.norm)) {
    const k = NUMBER_OF_HEADS.has(tokens[j + 1]?.norm ?? '') && ['of', 'de'].includes(tokens[j + 2]?.norm ?? '') ? j + 3 : j + 1;
    if (metricAt(tokens, k)) j = k;
  }
  // "3,000 more Border Patrol agents", "500 más elementos": more of the counted thing is a count of it ("1,200 more than" is
  // a change: isChange).
  if (m.unit === null && !m.money && ['more', 'additional', 'más', 'mas'].includes(tokens[j]?.norm ?? '') && !['than', 'que', 'from', 'over', 'compared', 'de'].includes(tokens[j + 1]?.norm ?? '')) j++;
  const start = j;
  for (; j <= start + 3 && j < tokens.length; j++) {
    const hit = metricAt(tokens, j);
    if (hit && isAdjectivalDemonym(tokens, j, hit[0])) return null;
    if (hit) {
      // "3,912 adults and children", "1.245 hombres y mujeres": two counted nouns joined by "and" share the number, which
      // counts the whole.
      // ("2,400 men, women and children": a list of them, commas before the last "and".)
      const parts = [hit[0]];
      let k = hit[1];
      // (A list of nationalities stays a breakdown: "300,000 Cubans, Haitians, Nicaraguans and Venezuelans" counts Cubans first.)
      while (tokens[k]?.text === ',' && metricAt(tokens, k + 1) && parts.length < 4 && !DEMONYM_SET.has(hit[0])) {
        const next = metricAt(tokens, k + 1)!;
        parts.push(next[0]);
        k = next[1];
      }
      const and = tokens[k]?.norm ?? '';
      const second = ['and', 'y', 'e'].includes(and) ? metricAt(tokens, k + 1) : null;
      if (second && !parts.includes(second[0]) && tokens[second[1]]?.kind !== 'num' && !isAdjectivalDemonym(tokens, k + 1, second[0])) return { metric: `${parts.join(', ')} ${and} ${second[0]}`, end: second[1], modifiers: tokens.slice(start, j) };
      // "34% de los solicitantes de refugio": a share of a whole whose noun has a complement of its own names the whole with it.
      const of = tokens[hit[1]];
      const comp = tokens[hit[1] + 1];
      if (m.unit === 'percent' && ['los', 'las'].includes(tokens[start - 1]?.norm ?? '') && of?.norm === 'de' && comp && comp.kind === 'word' && /^\p{Ll}{4,}$/u.test(comp.text) && !FUNCTION_WORDS.has(comp.norm) && !NOT_COMPLEMENTS.has(comp.norm) && !metricAt(tokens, hit[1] + 1) && (tokens[hit[1] + 2]?.kind !== 'word' || FUNCTION_WORDS.has(tokens[hit[1] + 2]!.norm))) return { metric: `${hit[0]} de ${comp.norm}`, end: hit[1] + 2, modifiers: tokens.slice(start, j) };
      return { metric: hit[0], end: hit[1], modifiers: tokens.slice(start, j) };
    }
    if (!isPlainWord(tokens[j])) return null;
    // ("Los 38 incluían cinco niñas": another number starts another noun phrase.)
    if (isNumberWord(tokens[j]!.norm)) return null;
  }
  return null;
}

export const COPULAS = new Set(lexicon.copulas);
const DEMONYM_SET = new Set((vocabulary.demonyms as string[]).map((d) => d.toLowerCase()));
/** "members of", "integrantes de" after a copula (data: vocabulary.json memberNouns). */
const MEMBER_NOUNS = new Set(vocabulary.memberNouns as string[]);

/** Words with no final "s" that still name plural counted things. */
export const PLURALS_WITHOUT_S = new Set(lexicon.pluralsWithoutS);

/**
 * Nothing counted follows the number: the sentence ends, punctuation, a function word, a rate
 * ("250 al día"), or a lower-case word that cannot be a plural noun ("14,000 remain", "156,000 recorded").
 * A capitalised word or a word ending in "s" may be a noun the lexicon lacks ("20 states"), so it is not.
 */
export function hasNoNoun(tokens: Token[], endTok: number, sentence: string): boolean {
  const next = tokens[endTok];
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '-' && next.text !== '(' && next.text !== '/' && !(next.text === '.' && tokens[endTok + 1]?.kind === 'num');
  if (next.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(next.norm) || PER_PHRASES.some(([re]) => re.test(sentence.slice(next.start)))) return true;
  if (/^\p{Lu}/u.test(next.text) || PLURALS_WITHOUT_S.has(next.norm) || NON_FIGURE_NEXT.has(next.norm)) return false;
  // "34 new sites", "5 partner agencies": a modifier, then a plural noun.
  const after = tokens[endTok + 1];
  if (after && after.kind === 'word' && /^\p{Ll}[\p{Ll}-]{2,}(?<!s)s$/u.test(after.norm) && !FUNCTION_WORDS.has(after.norm) && !NON_FIGURE_NEXT.has(after.norm) && !/(?:ed|ing|ly)$/.test(next.norm)) return false;
  return !/s$/.test(next.norm);
}

/** Between the percentage at `pctTok` and the number at `startTok` only "to"/"a"/"hasta" (and the percent sign or words). */
function isLevelAfterChange(tokens: Token[], pctTok: number, startTok: number): boolean {
  let k = pctTok + 1;
  if (tokens[k]?.text === '%' || tokens[k]?.norm === 'percent') k++;
  else if (tokens[k]?.norm === 'por' && tokens[k + 1]?.norm === 'ciento') k += 2;
  if (tokens[k]?.text === ',') k++;
  return k === startTok - 1 && ['to', 'a', 'hasta'].includes(tokens[k]!.norm);
}

/** Words opening a relative clause in apposition (", which covers …,", ", que abarca …,"). */
const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'where', 'que', 'quien', 'quienes', 'donde', 'cuyo', 'cuya']);

/** Words before a quantity verb that make it a noun ("a daily average of", "un promedio de"). */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'daily', 'weekly', 'monthly', 'yearly', 'annual', 'un', 'una', 'el', 'la', 'diario', 'mensual', 'semanal']);

/** The counted thing before the number: "Apprehensions … rose to 190,000", "encounters fell 13.8 percent". */
export function backwardMetric(tokens: Token[], startTok: number): string | null {
  let verb = -1;
  for (let j = startTok - 1; j >= Math.max(0, startTok - 8); j--) {
    const t = tokens[j];
    // "Crossings fell 59% to 66,617", "cayeron 4.6% a 14 mil": the new level after a percentage change.
    if (t.kind === 'num' && (tokens[j + 1]?.text === '%' || tokens[j + 1]?.norm === 'percent' || tokens[j + 1]?.norm === 'por') && isLevelAfterChange(tokens, j, startTok)) continue;
    if (t.text === ';' || t.text === ':' || t.kind === 'num') return null;
    // "Cubans made up 41,220 of the total": "made up" links the counted thing like a quantity verb.
    // ("compared with a daily average of 640": after an article or a rate adjective the word is a noun, not a verb.)
    if (t.kind === 'word' && QUANTITY_VERBS.has(t.norm) && NOUN_MARKERS.has(tokens[j - 1]?.norm ?? '')) return null;
    if (t.kind === 'word' && (QUANTITY_VERBS.has(t.norm) || (t.norm === 'up' && tokens[j - 1]?.norm === 'made'))) {
      verb = t.norm === 'up' ? j - 1 : j;
      break;
    }
  }
  if (verb < 0) return null;
  // "The number of migrants in Juárez shelters has doubled to 3,400", "la cifra de deportados llegó a": the head after "number of".
  for (let j = Math.max(0, verb - 14); j < verb - 1; j++) {
    if (!NUMBER_OF_HEADS.has(tokens[j]!.norm) || !['of', 'de'].includes(tokens[j + 1]!.norm)) continue;
    let k = j + 2;
    while (k < verb && ['the', 'los', 'las', 'la', 'el'].includes(tokens[k]!.norm)) k++;
    for (let e = k; e < Math.min(verb, k + 4); e++) {
      const hit = metricAt(tokens, e);
      // ("El número de guatemaltecos deportados … creció": a nationality and the participle naming the people counted.)
      const part = hit && DEMONYMS.has(hit[0]) ? tokens[hit[1]] : undefined;
      const counted = part && part.kind === 'word' && /^\p{Ll}+(?:ad[oa]s|id[oa]s)$/u.test(part.text) ? METRIC_WORDS[part.norm] : undefined;
      if (hit && counted && !DEMONYMS.has(counted) && hit[1] + 1 <= verb) return `${hit[0]} ${counted}`;
      if (hit && hit[1] <= verb) return hit[0];
      if (!isPlainWord(tokens[e])) break;
    }
  }
  // Up to 14 tokens back, so the head survives a long modifier ("Apprehensions by the Border Patrol
  // between ports of entry on the southwest border reached 188,778"); past 7 tokens another number stops it.
  let reach = 14;
  for (let j = verb - 1; j >= Math.max(0, verb - reach); j--) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':') return null;
    // ("Apprehensions in the Swanton Sector, which covers parts of Vermont and New York, reached …": a relative clause
    // between commas is skipped.)
    if (t.text === ',' && j === verb - 1) {
      let k = j - 1;
      while (k > 0 && tokens[k]!.text !== ',' && tokens[k]!.text !== ';' && j - k <= 12) k--;
      // ("Apprehensions in the Rio Grande Valley Sector, long the busiest on the border, fell …": so is an apposition with no
      // number of its own.)
      const apposition = tokens.slice(k + 1, j).every((x) => x.kind !== 'num') && j - k > 2;
      if (tokens[k]?.text === ',' && (RELATIVE_WORDS.has(tokens[k + 1]?.norm ?? '') || apposition)) {
        reach += j - k + 1;
        j = k;
        continue;
      }
    }
    if (j < verb - 7 && t.kind === 'num' && !(reach > 14)) return null;
    let hit = metricAt(tokens, j);
    if (hit && isAdjectivalDemonym(tokens, j, hit[0])) hit = null;
    if (hit && hit[1] <= verb) {
      // Read backwards, "children" is met before "unaccompanied children": take the longest phrase ending here.
      for (let k = j - 1; k >= Math.max(0, j - MAX_METRIC_WORDS + 1); k--) {
        const longer = metricAt(tokens, k);
        if (longer && longer[1] >= hit[1] && longer[1] <= verb) {
          hit = longer;
          j = k;
        }
      }
      // "Encounters of Mexican nationals rose …", "Remittances from Guatemalans abroad reached …": the head is the noun before
      // "of"/"from".
      for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
        // ("Removals by ICE deportation officers rose …", "Las detenciones por parte de …": so is the noun before "by"/"por".)
        if (tokens[k].norm === 'of' || tokens[k].norm === 'de' || tokens[k].norm === 'from' || tokens[k].norm === 'desde' || tokens[k].norm === 'by' || tokens[k].norm === 'por') {
          // ("Las solicitudes de asilo por parte de nicaragüenses": "por parte de" is one preposition.)
          if (tokens[k].norm === 'de' && tokens[k - 1]?.norm === 'parte' && tokens[k - 2]?.norm === 'por') k -= 2;
          // (The longest phrase ending right before the preposition: "Asylum grants by …" is "asylum grants", not "grants".)
          for (let h = Math.max(0, k - MAX_METRIC_WORDS); h < k; h++) {
            const head = metricAt(tokens, h);
            if (head && head[1] === k) return head[0];
          }
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

/** "more than 2.8 million times": a count of events, not a repetition ("three times"). */
export function isEventCount(m: NumberMatch, next: Token | undefined): boolean {
  return !!next && (next.norm === 'times' || next.norm === 'veces') && m.value >= 100 && !m.money && m.unit === null;
}

/** Verbs of enforcement events → what each event is ("expelled … 900,000 times" → expulsions). */
export const EVENT_VERBS: Record<string, string> = lexicon.eventVerbs;

/** The event counted by "<N> times": the nearest counted noun before it in the clause, else its verb's event, else none. */
export function eventMetric(tokens: Token[], startTok: number): string | null {
  for (let j = startTok - 1; j >= Math.max(0, startTok - 10); j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.kind === 'num') break;
    const hit = metricAt(tokens, j);
    if (hit && !GENERIC_METRICS.has(hit[0])) return hit[0];
    const two = `${t.norm} ${tokens[j + 1]?.norm ?? ''}`;
    if (EVENT_VERBS[two]) return EVENT_VERBS[two]!;
    if (EVENT_VERBS[t.norm]) return EVENT_VERBS[t.norm]!;
  }
  // "viewed 2.3 million times", "se reprodujo 4 millones de veces": no enforcement event is counted.
  return null;
}

/** "1,250 pounds of methamphetamine": the drug after a weight, with the token after it. */
export function drugAfter(tokens: Token[], j: number): { metric: string; end: number } | null {
  if (!tokens[j] || !['of', 'de'].includes(tokens[j]!.norm)) return null;
  // "61 pounds of the fentanyl", "20 kilos de la cocaína": an article before the drug.
  const at = ['the', 'la', 'el', 'los', 'las'].includes(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  for (const d of DRUGS) {
    const ws = d.split(' ');
    if (ws.every((w, k) => tokens[at + k]?.norm === w)) return { metric: d, end: at + ws.length };
  }
  return null;
}

/** "25 resultaron heridos", "41 were injured": what a verb right after the number says it counts. */
const verbRes = (table: Array<[string, string]>): Array<[RegExp, string]> =>
  table.map(([verb, metric]) => [new RegExp(`^\\s+(?:(?:others?|more|otros?|m[aá]s|also|tambi[eé]n)\\s+)?${verb.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u'), metric]);
/** Verb expressions per language, compiled once (Spanish text tries Spanish verbs first). */
const VERB_RES = { en: [...verbRes(VERB_METRICS.en), ...verbRes(VERB_METRICS.es)], es: [...verbRes(VERB_METRICS.es), ...verbRes(VERB_METRICS.en)] };

export function verbMetricAfter(sentence: string, pos: number, lang: Lang): string | null {
  // The longest verb phrase is a few words: read only what follows the number closely.
  // ("5 others were critically injured", "12 resultaron gravemente heridos": an adverb before the participle is skipped.)
  const rest = sentence.slice(pos, pos + 60).toLowerCase().replace(/(\s(?:were|was|are|is|have\s+been|had\s+been|been|resultaron|quedaron|fueron|están|estaban))\s+\p{L}{3,}(?:ly|mente)(?=\s)/u, '$1');
  for (const [re, metric] of VERB_RES[lang]) if (re.test(rest)) return metric;
  return null;
}

const VERB_BEFORE: Record<'en' | 'es', Array<[string[], string]>> = {
  en: Object.entries(vocabulary.verbMetricsBefore.en as Record<string, string>).map(([v, m]) => [v.split(' '), m]),
  es: Object.entries(vocabulary.verbMetricsBefore.es as Record<string, string>).map(([v, m]) => [v.split(' '), m]),
};

/**
 * "los guardacostas rescataron a 44 y …", "crews rescued 61, and …": a verb right before a number with no noun of its
 * own names what it counts (data: vocabulary.json verbMetricsBefore).
 */
export function verbMetricBefore(tokens: Token[], startTok: number, lang: Lang): string | null {
  for (const [words, metric] of VERB_BEFORE[lang]) {
    const at = startTok - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]!.norm === w)) return metric;
  }
  return null;
}

/**
 * "… y los mexicanos, 21 mil 905", "… and Hondurans, 9,400": in a coordination with the verb elided, the noun before
 * the comma is what the number counts.
 */
const GAPPED_AFTER_COMMA = new Set([...events.countedNouns.en, ...events.countedNouns.es]);

export function gappedSubjectBefore(tokens: Token[], startTok: number): string | null {
  // With or without the comma: "… y los mexicanos, 21 mil 905", "… and Guatemalans 9,200"; or with the preposition of
  // the elided verb: "Hondurans accounted for 12,000 …, and Guatemalans for 9,500", "… y Cuba con 7 mil".
  const end = tokens[startTok - 1]?.text === ',' ? startTok - 1 : ['for', 'with', 'con'].includes(tokens[startTok - 1]?.norm ?? '') ? startTok - 1 : startTok;
  for (let a = Math.max(0, end - MAX_METRIC_WORDS); a < end; a++) {
    const hit = metricAt(tokens, a);
    if (!hit || hit[1] !== end) continue;
    let k = a - 1;
    if (['los', 'las', 'the', 'el', 'la'].includes(tokens[k]?.norm ?? '')) k--;
    // ("…; cubanos, 12 mil 40, y haitianos, 9 mil 877": after a semicolon the elided clause opens without "y".)
    // ("single adults made up 17,900 of the total, families 5,880 and …": a comma opens the gapped item when the noun stands
    // right before its number, a group of people or things counted.)
    const commaItem = tokens[k]?.text === ',' && end === startTok && GAPPED_AFTER_COMMA.has(hit[0]);
    return ['y', 'e', 'and'].includes(tokens[k]?.norm ?? '') || ((tokens[k]?.text === ';' || tokens[k]?.text === ':') && end < startTok) || commaItem ? hit[0] : null;
  }
  return null;
}

/** "Los decomisos de fentanilo sumaron 1,340 libras": the drug named before a weight, in the same clause. */
export function drugBefore(tokens: Token[], startTok: number): string | null {
  for (let j = startTok - 1; j >= Math.max(0, startTok - 10); j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || t.kind === 'num') return null;
    for (const d of DRUGS) {
      const ws = d.split(' ');
      if (ws.every((w, k) => tokens[j + k]?.norm === w)) return d;
    }
  }
  return null;
}

/**
 * "followed by Guatemalans with 21,960", "seguida de Honduras, con 12 mil 46": in a ranked list the number
 * after "with"/"con" counts the category named just before it, when that category is a counted thing.
 */
export function categoryWith(tokens: Token[], startTok: number): string | null {
  let j = startTok - 1;
  // qualifiers between "with" and the number: "with more than 21,000", "con casi 9 mil"
  for (let n = 0; n < 3 && tokens[j] && tokens[j]!.kind === 'word' && tokens[j]!.norm !== 'with' && tokens[j]!.norm !== 'con'; n++) j--;
  if (!tokens[j] || (tokens[j]!.norm !== 'with' && tokens[j]!.norm !== 'con')) return null;
  let k = j - 1;
  if (tokens[k]?.text === ',') k--;
  // "encabezó las solicitudes de refugio en Costa Rica con 5.400", "led asylum requests in Mexico with …": a place named
  // between the counted thing and "con"/"with" is skipped.
  let p = k;
  while (p > 0 && tokens[p]?.kind === 'word' && /^\p{Lu}/u.test(tokens[p]!.text) && k - p < 4) p--;
  if (p < k && ['en', 'in'].includes(tokens[p]?.norm ?? '')) k = p - 1;
  for (let a = Math.max(0, k - MAX_METRIC_WORDS + 1); a <= k; a++) {
    const hit = metricAt(tokens, a);
    if (hit && hit[1] === k + 1) return hit[0];
  }
  return null;
}

const RATE_NOUNS = vocabulary.rateNouns as Record<'en' | 'es', string[]>;
const RATE_ES = new RegExp(`(?:^|[^\\p{L}])(${RATE_NOUNS.es.join('|')})\\s+(?:de|del)\\s+(?:la\\s+|los\\s+|las\\s+)?(\\p{Ll}{3,}(?:\\s+\\p{Ll}{2,}){0,3})`, 'giu');
const RATE_EN = new RegExp(`(?:^|[^\\p{L}])((?:\\p{Ll}{3,}\\s+){1,2})(${RATE_NOUNS.en.join('|')})(?![\\p{L}])`, 'gu');
const RATE_RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${[...RATE_NOUNS.es, ...RATE_NOUNS.en].join('|')})\\s+(?:de|del|of)\\s+(?:(?:apenas|casi|solo|sólo|m[aá]s\\s+de|menos\\s+de|cerca\\s+de|alrededor\\s+de|about|nearly|almost|just|only|some|roughly|more\\s+than|less\\s+than)\\s+)?$`, 'iu');
const ARTICLE_OR_VERB = /^(?:the|its|their|this|that|was|were|is|are|has|had|a|an|of|and|whose|which|who|whom)$/;
/** "whose share of arrests fell from 38 percent", "the rate of approvals": a rate of a counted thing named after it. */
const RATE_EN_OF = new RegExp(`(?:^|[^\\p{L}])(${RATE_NOUNS.en.join('|')})\\s+of\\s+(?:the\\s+|all\\s+)?(\\p{Ll}{3,}(?:\\s+\\p{Ll}{3,}){0,3})`, 'gu');

/**
 * The counted thing a noun phrase names: its words up to the first function word or verb, and of them the last that is a
 * counted thing (an English compound ends with its head: "southwest border apprehensions" → apprehensions); null when none is.
 */
function headOfPhrase(words: string[]): string | null {
  let head: string | null = null;
  for (const w of words) {
    // (A participle right after the head belongs to it: "share of cases granted".)
    if (head !== null && /ed$/.test(w) && !QUANTITY_VERBS.has(w)) return `${head} ${w}`;
    if (ARTICLE_OR_VERB.test(w) || FUNCTION_WORDS.has(w) || QUANTITY_VERBS.has(w)) break;
    const c = METRIC_WORDS[w];
    if (c && !GENERIC_METRICS.has(c)) head = w;
  }
  return head;
}

/** The longest counted-thing phrase that opens `words` ("menores no acompañados entre …" → "menores no acompañados"). */
function metricPrefix(words: string[]): string | null {
  for (let n = Math.min(words.length, MAX_METRIC_WORDS); n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    if (METRIC_WORDS[phrase]) return phrase;
  }
  return null;
}

/**
 * A percentage whose subject is a rate: "La tasa de reconocimiento … fue de 72%" → "tasa de reconocimiento",
 * "the asylum grant rate stood at 14%" → "asylum grant rate". The rate phrase is in the number's clause,
 * with no other number between them.
 */
export function rateSubjectBefore(sentence: string, numStart: number): string | null {
  const before = sentence.slice(0, numStart);
  // "una ocupación de apenas 20%", "an occupancy of 85%": the rate noun right before the number is the metric.
  const direct = RATE_RIGHT_BEFORE.exec(before);
  if (direct) return direct[1]!.toLowerCase();
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  const clause = before.slice(clauseStart + 1);
  let best: { at: number; metric: string } | null = null;
  for (const m of clause.matchAll(RATE_ES)) {
    // ("la proporción de menores no acompañados entre …": the longest counted thing after "de", else its first word.)
    const words = m[2]!.toLowerCase().split(/\s+/);
    best = { at: (m.index ?? 0) + m[0].length, metric: `${m[1]!.toLowerCase()} de ${metricPrefix(words) ?? words[0]!}` };
  }
  for (const m of clause.matchAll(RATE_EN)) {
    const mods = m[1]!.trim().split(/\s+/).filter((w) => !ARTICLE_OR_VERB.test(w));
    if (!mods.length) continue;
    const at = (m.index ?? 0) + m[0].length;
    if (!best || at > best.at) best = { at, metric: `${mods.join(' ')} ${m[2]}` };
  }
  for (const m of clause.matchAll(RATE_EN_OF)) {
    // The phrase after "of" ends at a verb or preposition: "share of arrests fell" → "share of arrests".
    const words = m[2]!.split(/\s+/);
    // ("share of all southwest border apprehensions climbed": the head of the phrase, else its first two words.)
    const noun = headOfPhrase(words) ?? (words.length > 1 && (ARTICLE_OR_VERB.test(words[1]!) || FUNCTION_WORDS.has(words[1]!) || QUANTITY_VERBS.has(words[1]!)) ? words[0]! : words.slice(0, 2).join(' '));
    // (The phrase ends at the noun taken: "share of arrests | rose from 41 percent to …".)
    const headEnd = Math.max(1, words.indexOf(noun.split(' ').pop()!) + 1);
    const at = (m.index ?? 0) + m[0].length - m[2]!.length + words.slice(0, headEnd).join(' ').length;
    // "the grant rate of asylum cases": a rate with a modifier of its own is named by it (RATE_EN).
    const wordBefore = /(\p{L}+)\W*$/u.exec(clause.slice(0, (m.index ?? 0) + m[0].indexOf(m[1]!)))?.[1]?.toLowerCase();
    if (wordBefore && !ARTICLE_OR_VERB.test(wordBefore) && /^\p{Ll}{3,}$/u.test(wordBefore)) continue;
    if (!best || at > best.at) best = { at, metric: `${m[1]} of ${noun}` };
  }
  if (!best) return null;
  // "rose from 41 percent to 58 percent": the earlier value of the same rate does not stop it.
  const between = clause.slice(best.at).replace(/\b(?:from|de)\s+[\d.,]+\s*(?:%|percent|por\s+ciento)\s+(?:to|a)\s*$/u, ' ');
  return /\d/.test(between) || between.split(/\s+/).filter(Boolean).length > 12 ? null : best.metric;
}

/** Metrics of people killed or hurt (data: vocabulary.json casualtyMetrics). */
const CASUALTY_METRICS = new Set(vocabulary.casualtyMetrics as string[]);
/** A qualifier between a casualty verb and its number: "killing at least 8", "murieron al menos 4". */
const CASUALTY_QUALIFIER = String.raw`(?:(?:at\s+least|more\s+than|about|nearly|some|almost|al\s+menos|por\s+lo\s+menos|m[aá]s\s+de|unos|unas|casi|cerca\s+de)\s+)?`;
const CASUALTY_BEFORE: Record<'en' | 'es', RegExp> = {
  en: new RegExp(`(?:^|[^\\p{L}])(${Object.keys(vocabulary.casualtyVerbsBefore.en).join('|')})\\s+${CASUALTY_QUALIFIER}$`, 'iu'),
  es: new RegExp(`(?:^|[^\\p{L}])(${Object.keys(vocabulary.casualtyVerbsBefore.es).join('|').replace(/ /g, '\\s+')})\\s+${CASUALTY_QUALIFIER}$`, 'iu'),
};

/**
 * "3 people died", "11 migrantes murieron y …", "killing 8 people and injuring 19", "murieron 4 migrantes": people
 * with a verb of dying or being hurt count the dead or the injured, not the people ("died or went missing" counts them).
 * `before` is the text before the number, `after` the text after its noun.
 */
const CASUALTY_ADJECTIVES = vocabulary.casualtyAdjectives as Record<string, string>;
const CASUALTY_ADJECTIVE = new RegExp(`^\\s+(${Object.keys(CASUALTY_ADJECTIVES).join('|')})(?![\\p{L}])`, 'iu');
/** The verb phrases of VERB_METRICS whose metric is a casualty, in one expression (most numbers have none after them). */
const CASUALTY_AFTER = new RegExp(
  `^\\s+(?:(?:others?|more|otros?|m[aá]s|also|tambi[eé]n)\\s+)?(${[...VERB_METRICS.en, ...VERB_METRICS.es].filter(([, m]) => CASUALTY_METRICS.has(m)).map(([v]) => v.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
  'u',
);

export function casualtyMetric(before: string, afterText: string, lang: Lang): string | null {
  // "… the number of migrants who have died", "los migrantes que murieron": the relative clause tells what happened to them.
  const after = afterText.replace(/^\s+(?:who|that|que|quienes)(?=\s)/iu, '');
  // "17 migrantes muertos", "12 people injured": an adjective of casualty after the noun ("muertos o desaparecidos" is not).
  const adj = CASUALTY_ADJECTIVE.exec(after);
  if (adj && !/^\s+(?:or|o|u)\s/iu.test(after.slice(adj[0].length))) return CASUALTY_ADJECTIVES[adj[1]!.toLowerCase()] ?? null;
  const verb = CASUALTY_AFTER.test(after.toLowerCase()) ? verbMetricAfter(after, 0, lang) : null;
  if (verb && CASUALTY_METRICS.has(verb)) {
    // "… died or disappeared", "murieron o desaparecieron": not only the dead.
    const rest = after.toLowerCase();
    const at = rest.search(/\s(?:or|o|u)\s/);
    const verbEnd = /^\s+(?:[\p{L}]+\s+){0,2}?(?:died|drowned|killed|injured|hurt|wounded|murieron|fallecieron|vida|lesionad[oa]s|herid[oa]s)(?![\p{L}])/u.exec(rest);
    if (verbEnd && at === verbEnd[0].length) return null;
    return verb;
  }
  const b = CASUALTY_BEFORE[lang].exec(before);
  if (b) {
    const tables = vocabulary.casualtyVerbsBefore as Record<'en' | 'es', Record<string, string>>;
    return tables[lang][b[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  }
  return null;
}

const BEAT_MODIFIERS = new Set(vocabulary.beatModifiers as string[]);
/** Facilities, capacities and counts that are no figure are no compound of the beat ("12 migrant shelters"). */
const NOT_COMPOUND_HEADS = new Set([...(vocabulary.facilityNouns as string[]), ...(vocabulary.capacityNouns as string[]), ...(vocabulary.nonBeatCounts.always as string[]), ...(vocabulary.nonBeatCounts.unlessHired as string[])]);
const isBeatModifier = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (BEAT_MODIFIERS.has(t.norm) || t.norm.split('-').some((w) => BEAT_MODIFIERS.has(w)));

/**
 * "64 smuggling suspects", "19 smuggling loads", "6,112 missing-person reports": a plural noun the vocabulary lacks, after a
 * modifier of the beat (at most one plain word before it), counted under the compound (data: vocabulary.json beatModifiers).
 */
export function beatCompoundAfter(tokens: Token[], m: NumberMatch): { metric: string; end: number; modifiers: Token[] } | null {
  if (m.money || m.unit !== null) return null;
  let j = m.endTok;
  if (!isBeatModifier(tokens[j]) && isPlainWord(tokens[j]) && isBeatModifier(tokens[j + 1])) j++;
  const mod = tokens[j];
  const noun = tokens[j + 1];
  if (!isBeatModifier(mod) || !noun || noun.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]{2,}s$/u.test(noun.text)) return null;
  if (FUNCTION_WORDS.has(noun.norm) || NON_FIGURE_NEXT.has(noun.norm) || NOT_COMPOUND_HEADS.has(noun.norm) || /(?:ing|ed)s?$/.test(noun.norm) || METRIC_WORDS[noun.norm]) return null;
  return { metric: `${mod!.norm} ${noun.norm}`, end: j + 2, modifiers: tokens.slice(m.endTok, j) };
}

const ONE_WORDS = vocabulary.oneWords as { before: string[]; ones: string[] };
/** "… 6,112 reports since 2013. Over the past week it logged 19 new ones": "ones" after the number (and "new"/"more"). */
export function onesAfter(tokens: Token[], m: NumberMatch): number {
  let j = m.endTok;
  if (ONE_WORDS.before.includes(tokens[j]?.norm ?? '')) j++;
  return ONE_WORDS.ones.includes(tokens[j]?.norm ?? '') ? j + 1 : -1;
}

