/**
 * fig19: what happened to a counted group, from the clause of its number. A count named by a bare noun of people or
 * things ("188 people", "612 migrantes", "two of the survivors") is named "<noun> <participle>" when its own clause says
 * what happened to them: a state phrase after the noun ("61,240 people in detention"), an active verb with the number as
 * its object ("ICE removed 318,400 people", "detuvo a 6 personas" → "personas detenidas"), a passive or a participle after
 * it ("188 were returned", "fueron devueltas", "612 migrantes rescatados", "who were hospitalized") or coordinated states
 * ("have died or gone missing" → "dead or missing"). Nouns that already name an event ("apprehensions", "deportaciones")
 * never take it. Vocabulary: data/events.json.
 */
import type { Lang, NumberMatch } from './numbers';
import type { Token } from './tokens';
import events from './data/events.json';
import vocabulary from './data/vocabulary.json';
import { QUANTITY_VERBS } from './metric';

const COUNTED = new Set([...events.countedNouns.en, ...events.countedNouns.es, ...(vocabulary.demonyms as string[]).map((d) => d.toLowerCase())]);
const NOT_EVENT_VERBS = { en: new Set(events.notEventVerbs.en), es: new Set(events.notEventVerbs.es) };
const PARTICIPLES = { en: events.participles.en as Record<string, string>, es: events.participles.es as Record<string, string> };
const NOT_EVENT_PARTICIPLES = new Set(events.notEventParticiples);
const FEMININE = new Set(events.feminineNouns);
const TRANSITIVE = new Set(events.transitiveEvents.en);
const STATES = { en: events.states.en as Record<string, string>, es: events.states.es as Record<string, string> };
const words = (list: string[]): string[][] => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const STATE_PHRASES = words([...events.statePhrases.en, ...events.statePhrases.es]);
const PASSIVE_AUX = { en: words(events.passiveAuxiliaries.en), es: words(events.passiveAuxiliaries.es) };
const PERFECT_AUX = new Set([...events.perfectAuxiliaries.en, ...events.perfectAuxiliaries.es]);
const QUALIFIERS = words(events.qualifiersBefore);
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'its', 'their', 'his', 'her', 'our', 'each', 'every', 'some', 'two', 'several']);
const COMPLEMENTS = words([...events.complements.en, ...events.complements.es]);
/** The participle at j with the particle or fixed complement after it ('brought ashore', 'trasladados al hospital'). */
function withComplement(tokens: Token[], j: number, participle: string): string {
  const n = longest(tokens, j + 1, COMPLEMENTS);
  // ("caught 150 migrants over the weekend", "rescued 47 Cubans off Key West": a one-word particle heading a noun phrase
  // is a preposition, not part of the verb.)
  const next = tokens[j + 1 + n];
  if (n === 1 && next && (next.kind === 'num' || /^\p{Lu}/u.test(next.text) || NP_OPENERS.has(next.norm))) return participle;
  return n ? `${participle} ${tokens.slice(j + 1, j + 1 + n).map((t) => t.norm).join(' ')}` : participle;
}
const SINGULAR_AUX = new Set(events.singularAuxiliaries);
const RELATIVES = new Set(['who', 'that', 'que', 'quienes', 'cuales']);
const ADVERB = /^(?:\p{Ll}{3,}(?:ly|mente)|also|later|then|since|already|all|both|too|también|luego|después|ya|todos|todas)$/u;
const OF_THEM = [['of', 'them'], ['of', 'those'], ['of', 'these'], ['de', 'ellos'], ['de', 'ellas'], ['de', 'estos'], ['de', 'estas']];
const EN_PARTICIPLE = /^\p{Ll}{3,}ed$/u;
const ES_PARTICIPLE = /^\p{Ll}{3,}(?:ad|id)[oa]s?$/u;

const GROUPS = new Set([...events.countedNouns.en, ...events.countedNouns.es]);
/** A group of people that is no nationality ("single adults", "families", "mujeres"). */
export const isGroupNoun = (metric: string): boolean => GROUPS.has(metric.toLowerCase());

/**
 * Metrics this module made, with the noun they were made from ("people returned" → "people"). Bounded: a worker reads
 * text for months and any "-ed" word can make a metric, so the oldest entries go first past MADE_CAP (a paragraph only
 * looks up what it made moments before).
 */
const MADE = new Map<string, string>();
const MADE_CAP = 20_000;
function remember(made: string, noun: string): void {
  if (MADE.has(made)) return;
  if (MADE.size >= MADE_CAP) MADE.delete(MADE.keys().next().value!);
  MADE.set(made, noun);
}

/** The noun a metric counts when it is a counted noun, or an event metric made from one. */
export function countedBase(metric: string): string | null {
  const m = metric.toLowerCase();
  return COUNTED.has(m) ? m : (MADE.get(m) ?? null);
}

const at = (tokens: Token[], k: number, ws: string[]): boolean => ws.every((w, i) => tokens[k + i]?.norm === w);
const longest = (tokens: Token[], k: number, list: string[][]): number => list.find((ws) => at(tokens, k, ws))?.length ?? 0;

/** Spanish participle "detenido" agreeing with the noun ("personas" → "detenidas", "migrantes" → "detenidos"). */
function agree(participle: string, noun: string, plural: boolean): string {
  const head = noun.split(' ')[0]!;
  const fem = FEMININE.has(noun) || FEMININE.has(head) || /as$/u.test(head);
  const stem = participle.replace(/[oa]s?$/u, '');
  return `${stem}${fem ? 'a' : 'o'}${plural ? 's' : ''}`;
}

/** "rescató" → "rescatado", "detuvieron" → "detenido", "ha deportado" → "deportado"; null for verbs of counting. */
function spanishParticiple(tokens: Token[], v: number): string | null {
  const t = tokens[v];
  // (A headline opens with its verb: "Rescatan a 52 migrantes".)
  if (!t || t.kind !== 'word' || (!/^\p{Ll}/u.test(t.text) && v > 0)) return null;
  const w = t.norm;
  if (PARTICIPLES.es[w]) return PARTICIPLES.es[w]!;
  let stem: string | null = null;
  let ending = '';
  if (ES_PARTICIPLE.test(w) && PERFECT_AUX.has(tokens[v - 1]?.norm ?? '')) [stem, ending] = [w.replace(/(?:ad|id)[oa]s?$/u, ''), /ad[oa]s?$/u.test(w) ? 'ado' : 'ido'];
  else if (/aron$/u.test(w)) [stem, ending] = [w.slice(0, -4), 'ado'];
  else if (/ieron$/u.test(w)) [stem, ending] = [w.slice(0, -5), 'ido'];
  else if (/ió$/u.test(w)) [stem, ending] = [w.slice(0, -2), 'ido'];
  else if (/ó$/u.test(w)) [stem, ending] = [w.slice(0, -1), 'ado'];
  // (The present of headlines: "Rescatan a 52 migrantes", "Atienden a 300 personas".)
  // ("alojaban a", "tenían a": an imperfect is a state, not the event of the count.)
  else if (/an$/u.test(w) && !/(?:aban|ían)$/u.test(w)) [stem, ending] = [w.slice(0, -2), 'ado'];
  else if (/en$/u.test(w)) [stem, ending] = [w.slice(0, -2), 'ido'];
  // ("subió a 3 mil 905", "llegó a 12 mil": a verb of amount before "a" links a level, not an object.)
  if (!stem || stem.length < 3 || NOT_EVENT_VERBS.es.has(stem) || QUANTITY_VERBS.has(w)) return null;
  return `${stem}${ending}`;
}

/** The active verb whose object is the number: "Agents returned 188 people", "ha deportado a 2 mil 307 personas". */
function verbBefore(tokens: Token[], m: NumberMatch, noun: string, lang: Lang, inherited = false): string | null {
  const v = verbIndex(tokens, m.startTok);
  // ("Mexico returned 6,300 Central Americans. Guatemala received 3,900": a bare number that borrowed an event, after a
  // verb whose subject is a name, is a part of the count framed by that name; the verb is not done to the people again.
  // "Agents apprehended 57 migrants … and pulled six from a wash" has no new subject.)
  if (inherited && v > 0 && /^\p{Lu}/u.test(tokens[v - 1]!.text)) return null;
  // ("… y mil 9 de ellos eran niños": a part with a clause of its own is not the second object of a coordination.)
  const part = ['of', 'de', 'del'].includes(tokens[m.endTok]?.norm ?? '');
  return verbBeforeAt(tokens, m.startTok, m.value, noun, lang, part ? 1 : 0);
}

/** The index of the word right before the number, past its qualifiers (and a Spanish "a"). */
function verbIndex(tokens: Token[], startTok: number): number {
  let k = startTok;
  for (let guard = 0; guard < 3; guard++) {
    const q = QUALIFIERS.find((ws) => k - ws.length >= 0 && at(tokens, k - ws.length, ws));
    if (!q) break;
    k -= q.length;
  }
  return tokens[k - 1]?.norm === 'a' ? k - 2 : k - 1;
}

/** Words inside a written number ("2 mil 307", "1.2 million"). */
const SCALE = new Set(['mil', 'millones', 'millón', 'million', 'millions', 'thousand', 'billion']);

function verbBeforeAt(tokens: Token[], startTok: number, value: number, noun: string, lang: Lang, depth: number): string | null {
  let k = startTok;
  // Past the qualifiers right before the number ("more than", "a unos").
  for (let guard = 0; guard < 3; guard++) {
    const q = QUALIFIERS.find((ws) => k - ws.length >= 0 && at(tokens, k - ws.length, ws));
    if (!q) break;
    k -= q.length;
  }
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word') return null;
  // ("repatrió a 214 cubanos y 96 haitianos": the second object of a coordination has the verb of the first.)
  if (['and', 'y', 'e'].includes(prev.norm)) {
    if (depth > 0) return null;
    for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
      if (tokens[j]!.kind !== 'num') continue;
      let n = j;
      while (n > 0 && (tokens[n - 1]!.kind === 'num' || SCALE.has(tokens[n - 1]!.norm))) n--;
      return verbBeforeAt(tokens, n, value, noun, lang, depth + 1);
    }
    return null;
  }
  if (lang === 'es' || prev.norm === 'a') {
    // ("fueron repatriados 3 mil 870 guatemaltecos", "han sido rescatadas 45 personas": an inverted passive, the
    // participle after its auxiliary and before the number, says what happened to the people it counts.)
    if (lang === 'es' && prev.norm !== 'a') return invertedPassive(tokens, k - 1, noun, value);
    // Spanish: the personal "a" marks the people as the object of the verb before it.
    if (prev.norm !== 'a') return null;
    const p = spanishParticiple(tokens, k - 2);
    return p ? agree(p, noun, value !== 1) : null;
  }
  if (!/^\p{Ll}/u.test(prev.text) || NOT_EVENT_VERBS.en.has(prev.norm) || QUANTITY_VERBS.has(prev.norm)) return null;
  // ("the detained 300", "of 300 arrested": a word after an article or a preposition is no verb of a subject.)
  const before = tokens[k - 2]?.norm ?? '';
  if (['the', 'a', 'an', 'of', 'to', 'for', 'with', 'were', 'was', 'been'].includes(before)) return null;
  return PARTICIPLES.en[prev.norm] ?? (EN_PARTICIPLE.test(prev.norm) ? prev.norm : null);
}

/** The participle at p of an inverted passive ("fueron <participle> <N> <noun>"), agreeing with the noun; else null. */
function invertedPassive(tokens: Token[], p: number, noun: string, value: number): string | null {
  const t = tokens[p]!;
  if (!/^\p{Ll}/u.test(t.text) || !(ES_PARTICIPLE.test(t.norm) || PARTICIPLES.es[t.norm])) return null;
  const isAux = PASSIVE_AUX.es.some((ws) => p - ws.length >= 0 && at(tokens, p - ws.length, ws));
  if (!isAux || NOT_EVENT_PARTICIPLES.has(t.norm)) return null;
  const participle = PARTICIPLES.es[t.norm] ?? t.norm;
  const stem = participle.replace(/(?:ad|id)[oa]s?$/u, '');
  if (stem.length < 3 || NOT_EVENT_VERBS.es.has(stem)) return null;
  return agree(participle, noun, value !== 1);
}

/** Coordinated states after k: "died or gone missing", "muertos o desaparecidos" → "dead or missing". */
function statesAt(tokens: Token[], k: number, lang: Lang, noun: string): string | null {
  const table = { ...STATES.en, ...STATES.es };
  const one = (j: number): [string, number] | null => {
    const two = `${tokens[j]?.norm} ${tokens[j + 1]?.norm}`;
    if (table[two]) return [table[two]!, j + 2];
    const w = tokens[j]?.norm ?? '';
    return table[w] ? [table[w]!, j + 1] : null;
  };
  const a = one(k);
  if (!a || !['or', 'o', 'u', 'and', 'y'].includes(tokens[a[1]]?.norm ?? '')) return null;
  let j = a[1] + 1;
  if (PERFECT_AUX.has(tokens[j]?.norm ?? '')) j++;
  const b = one(j);
  if (!b || b[0] === a[0]) return null;
  const es = (w: string): string => (/[oa]s$/u.test(w) && lang === 'es' ? agree(w, noun, true) : w);
  return `${es(a[0])} ${tokens[a[1]]!.norm} ${es(b[0])}`;
}

/** What the clause after the noun says happened: a state phrase, a passive, a participle, coordinated states. */
/** `clause.finite` is set when the number has a verb of its own (an auxiliary or a relative word), not a bare participle. */
function afterNoun(tokens: Token[], m: NumberMatch, end: number, noun: string, lang: Lang, clause = { finite: false }): string | null {
  let k = end;
  if (end === m.endTok) k += OF_THEM.find((ws) => at(tokens, k, ws))?.length ?? 0;
  // ("two of the survivors were hospitalized", "tres de los rescatados fueron …": past the whole named after "of the".)
  if (k === m.endTok && ['of', 'de'].includes(tokens[k]?.norm ?? '') && ['the', 'los', 'las', 'those', 'these'].includes(tokens[k + 1]?.norm ?? '')) {
    for (let j = k + 2; j < k + 6 && tokens[j]?.kind === 'word'; j++) {
      if (longest(tokens, j + 1, PASSIVE_AUX[lang])) {
        k = j + 1;
        break;
      }
    }
  }
  const state = longest(tokens, k, STATE_PHRASES);
  if (state) return tokens.slice(k, k + state).map((t) => t.norm).join(' ');
  if (tokens[k]?.text === ',' && RELATIVES.has(tokens[k + 1]?.norm ?? '')) k++;
  const relative = RELATIVES.has(tokens[k]?.norm ?? '');
  if (relative) k++;
  clause.finite = relative || PERFECT_AUX.has(tokens[k]?.norm ?? '');
  if (PERFECT_AUX.has(tokens[k]?.norm ?? '') && !at(tokens, k + 1, ['been']) && !at(tokens, k + 1, ['sido'])) {
    const s = statesAt(tokens, k + 1, lang, noun);
    if (s) return s;
  }
  const aux = longest(tokens, k, PASSIVE_AUX[lang]) || longest(tokens, k, PASSIVE_AUX[lang === 'en' ? 'es' : 'en']);
  // ("con 14 migrantes fue detenido", "300 people … was charged": a singular verb after a plural count has another subject.)
  if (aux && m.value !== 1 && SINGULAR_AUX.has(tokens[k]!.norm)) return null;
  let j = k + aux;
  if (aux) clause.finite = true;
  if (aux && ADVERB.test(tokens[j]?.norm ?? '')) j++;
  const s = statesAt(tokens, j, lang, noun);
  if (s) return s;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || NOT_EVENT_PARTICIPLES.has(t.norm)) return null;
  const w = t.norm;
  if (ES_PARTICIPLE.test(w) && (lang === 'es' || aux)) {
    if (m.value !== 1 && !/s$/u.test(w)) return null;
    // ("58 migrantes secuestrados liberados": in a chain of participles the last one is the event, the others describe.)
    let last = j;
    while (ES_PARTICIPLE.test(tokens[last + 1]?.norm ?? '') && /s$/u.test(tokens[last + 1]!.norm) && !NOT_EVENT_PARTICIPLES.has(tokens[last + 1]!.norm)) last++;
    return withComplement(tokens, last, tokens[last]!.norm);
  }
  if (PARTICIPLES.es[w] && (aux || lang === 'es')) return withComplement(tokens, j, agree(PARTICIPLES.es[w]!, noun, m.value !== 1));
  if (lang === 'es' && !aux) return null;
  const en = PARTICIPLES.en[w] ?? (EN_PARTICIPLE.test(w) ? w : null);
  if (!en) return null;
  // ("43 migrants found in a stash house", "141 migrants turned over to …": with no auxiliary only a verb done to people is
  // a reduced passive.)
  const full = withComplement(tokens, j, en);
  if (!aux && !TRANSITIVE.has(en) && !TRANSITIVE.has(full)) return null;
  // ("who were returned" but not "who crossed the river": with no auxiliary the participle has no object after it.)
  if (!aux && ['the', 'a', 'an', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those'].includes(tokens[j + 1]?.norm ?? '')) return null;
  return full;
}

/**
 * "… 40 were deported and 12 were charged with smuggling", "Agents made 2,000 arrests; 300 were released", "dos fueron
 * llevados a un hospital": the event of a bare number that is the subject of a passive of its own, as its participle
 * ("charged", "released", "llevados a un hospital"; Spanish agreeing with `noun`, the people a count before it named);
 * null when its clause has no such passive.
 */
export function ownPassiveEvent(tokens: Token[], m: NumberMatch, lang: Lang, noun: string | null): string | null {
  return afterNoun(tokens, m, m.endTok, noun ?? (lang === 'es' ? 'migrantes' : 'people'), lang);
}

/**
 * The metric "<noun> <what happened>" for a count of `metric` at `m` whose noun ends at `end` (m.endTok when the number
 * has no noun of its own), or null when the metric names no counted noun or the clause says nothing of what happened.
 */
export function countEvent(tokens: Token[], m: NumberMatch, end: number, metric: string, lang: Lang): string | null {
  if (m.money || m.unit !== null) return null;
  const noun = countedBase(metric);
  if (!noun) return null;
  const state = longest(tokens, end, STATE_PHRASES);
  // ("Agents arrested 20 people and 5 were released": a coordinated number with a verb of its own is not the object of the
  // verb before.)
  const clause = { finite: false };
  const after = state ? null : afterNoun(tokens, m, end, noun, lang, clause);
  const coordinated = ['and', 'y', 'e'].includes(tokens[m.startTok - 1]?.norm ?? '');
  // ("Mexico returned 6,300 Central Americans. Guatemala received 3,900": a bare number that took an event with its noun
  // keeps it; the verb before it frames the part, it is not done to the people again.)
  // ("… took 11 of them to hospitals": a part named as the object is done to again.)
  const ofThem = OF_THEM.some((ws) => at(tokens, m.endTok, ws));
  const inherited = end === m.endTok && !ofThem && MADE.has(metric.toLowerCase());
  const before = state || (coordinated && after && clause.finite) ? null : verbBefore(tokens, m, noun, lang, inherited);
  // ("took 11 of them to hospitals": the complement of the verb after its object.)
  const objectEnd = end + (end === m.endTok ? (OF_THEM.find((ws) => at(tokens, end, ws))?.length ?? 0) : 0);
  const event = state ? tokens.slice(end, end + state).map((t) => t.norm).join(' ') : before ? withComplement(tokens, objectEnd - 1, before) : after;
  if (!event) return null;
  const made = `${noun} ${event}`;
  remember(made, noun);
  return made;
}
