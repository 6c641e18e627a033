/**
 * Kind and purpose composed (round money20). money-kind.ts says what a sum IS ("spending", "funding", "presupuesto");
 * the older purpose rules (money-purpose.ts with the kind layer off) say what it is FOR ("border technology", "shelter
 * costs", "atención de migrantes"). The metric is both, as a reader names the money:
 *
 * - a charge or a rate keeps its kind ("ransom", "cost per detainee", "cobro"); so does a kind that already carries more
 *   than its head ("accommodation spending", "gasto en alimentación", "remesa promedio");
 * - a purpose that already names the kind is the metric when compact ("state grant", "presupuesto de la comar");
 * - English: "<compact purpose> <kind>", the purpose a noun modifier of at most two words — no function word, no
 *   participle, no infinitive clause ("to move …"), leading proper names (places, agencies) and a trailing money noun
 *   dropped ("Deming respite center" → "respite center funding", "shelter costs" → "shelter spending");
 * - Spanish: a kind read from a verb or participle ("destinó" → presupuesto, "gastó" → gasto) is named by the purpose
 *   phrase the text uses when it is compact (at most four words, no verb: "atención de migrantes", "albergues"); a
 *   money noun that governs the sum ("fianza", "contrato") names it itself;
 * - else the kind alone.
 *
 * Pure.
 */
import type { Lang } from './numbers';
import type { MoneyKind } from './money-kind';
import { escapeRegExp, foldAccents, phrasePattern } from '../text';
import money from './data/money.json';

const ARTICLE = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|el|la|los|las|un|una|su|sus|este|esta|estos|estas)$/u;
const FUNCTION_EN = /^(?:and|or|of|to|for|in|on|at|by|with|from|into|per|as|than|that|which|who|its|their|his|her|our|the|a|an|this|these|those|is|are|was|were|be|will|would|has|have|had)$/u;
/** Money nouns that end a purpose phrase and only repeat the kind ("shelter costs" spending). */
const MONEY_TAIL_EN = /^(?:costs?|expenses?|fees?|funds?|funding|money|bills?|spending|outlays?)$/u;
const CURRENCY = /^(?:dollars?|d[oó]lares|pesos?|euros?|pounds?|money|dinero|lempiras|quetzales|colones|soles)$/u;
/** A Spanish word that is a verb: an infinitive (with clitics), or a common finite form ending a predicate. */
const ES_VERB = /^\p{Ll}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$|^(?:es|son|fue|fueron|era|eran|ser[aá]|ir[aá]|va|van|ha|han)$/u;
/** Spanish nouns in -ar/-er/-ir that are no infinitive. */
const ES_NOT_VERB = /^(?:hogar|hogares|lugar|lugares|mujer|mujeres|militar|militares|familiar|familiares|escolar|titular|alquiler|taller|poder|placer)$/u;

const sameWord = (a: string, b: string): boolean => {
  const x = foldAccents(a);
  const y = foldAccents(b);
  return x === y || x === `${y}s` || y === `${x}s` || x === `${y}es` || y === `${x}es`;
};

/** English nouns with no singular of the same sense ("smuggling proceeds forfeiture"). */
const PLURALIA = /^(?:proceeds|savings|earnings|wages|customs|premises|arms|goods|means|series|species|clothes|operations)$/u;

/** An English plural noun as a modifier: "hotels" → "hotel", "facilities" → "facility", "buses" → "bus". */
function modifierForm(w: string): string {
  if (/ies$/u.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes|uses)$/u.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ics|news)$/u.test(w) || PLURALIA.test(w) || w.length <= 3) return w;
  return w.replace(/s$/u, '');
}

/** The words of `purpose` as the sentence writes them (their case), or null when the sentence does not hold them in order. */
function asWritten(purpose: string, sentence: string): string[] | null {
  const ws = purpose.split(/\s+/u).filter(Boolean);
  if (!ws.length) return null;
  const esc = ws.map(escapeRegExp).join(String.raw`\s+`);
  const m = new RegExp(String.raw`(?<![\p{L}])${esc}(?![\p{L}])`, 'iu').exec(sentence);
  return m ? m[0].split(/\s+/u) : null;
}

/** The English compact purpose (at most two words), or null. */
function compactEnglish(purpose: string, sentence: string): string | null {
  // ("to move released migrants", "to reimburse border counties", "pay … to the families": an infinitive clause or a
  // recipient after "to" is no noun that the money is spent on.)
  const esc = phrasePattern(purpose);
  if (new RegExp(String.raw`(?:^|\s)to\s+(?:\S+\s+)?${esc}(?![\p{L}])`, 'iu').test(sentence)) return null;
  const written = asWritten(purpose, sentence);
  let ws = purpose.split(/\s+/u).filter(Boolean);
  while (ws.length > 1 && ARTICLE.test(ws[0]!)) ws = ws.slice(1);
  if (written && written.length === purpose.split(/\s+/u).filter(Boolean).length) {
    // (Leading proper names — a place, an agency, a county — are dropped while a common noun remains.)
    let cut = purpose.split(/\s+/u).filter(Boolean).length - ws.length;
    while (cut < written.length - 1 && /^\p{Lu}/u.test(written[cut]!) && /^\p{Ll}/u.test(written[written.length - 1]!)) cut++;
    ws = purpose.split(/\s+/u).filter(Boolean).slice(cut).map((w) => w.replace(/['’]s$/u, ''));
  }
  if (ws.length > 1 && MONEY_TAIL_EN.test(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  if (!ws.length || ws.length > 2) return null;
  // ("keeping its cameras online": a gerund the text goes on to give an object is a clause, not a modifier.)
  if (ws.length === 1 && /^\p{Ll}{3,}ing$/u.test(ws[0]!) && new RegExp(String.raw`(?<![\p{L}])${ws[0]}\s+(?:its|their|his|her|our|the|a|an|this|these|those)\s`, 'iu').test(sentence)) return null;
  // ("busing migrants", "housing families": a gerund with its object is a clause, not a modifier; "processing center" is.)
  if (ws.length === 2 && /^\p{Ll}{3,}ing$/u.test(ws[0]!) && /[^s]s$/u.test(ws[1]!)) return null;
  if (ws.some((w) => FUNCTION_EN.test(w) || CURRENCY.test(w) || MONEY_TAIL_EN.test(w) || /^\p{Ll}{3,}ed$/u.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  ws[ws.length - 1] = modifierForm(ws[ws.length - 1]!);
  return ws.join(' ');
}

/** A Spanish noun of action ("atención", "integración", "reforzamiento", "hospedaje"): what money is spent doing. */
const ES_ACTION_NOUN = /^\p{Ll}{3,}(?:ción|sión|miento|aje)$/u;

/** The Spanish compact purpose phrase (at most `max` words, no verb), or null. */
function compactSpanish(purpose: string, sentence: string, max = 4): string | null {
  // (A word the text capitalises is a name, never a verb: "la Comar".)
  const written = asWritten(purpose, sentence);
  const names = new Set((written ?? []).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  let ws = purpose.split(/\s+/u).filter(Boolean);
  while (ws.length > 1 && ARTICLE.test(ws[0]!)) ws = ws.slice(1);
  if (!ws.length || ws.length > max) return null;
  if (ws.some((w) => /\p{Ll}(?:ó|aron|ieron|aba|aban|ía|ían)$/u.test(w) && !/(?:ción|sión)$/u.test(w))) return null;
  if (ws.some((w) => (ES_VERB.test(w) && !ES_NOT_VERB.test(w) && !names.has(w)) || CURRENCY.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  // (A phrase opens with its noun: "de …", "a …" left over is no purpose.)
  if (/^(?:de|del|a|al|en|para|por|y|o|con|que)$/u.test(ws[0]!) || /^(?:de|del|a|al|en|para|por|y|o|con|que)$/u.test(ws[ws.length - 1]!)) return null;
  return ws.join(' ');
}

/** The metric of a sum whose clause names its kind, given what the older rules say it is for (null: nothing). */
export function composeKind(kind: MoneyKind, purpose: string | null, sentence: string, lang: Lang): string {
  if (kind.how === 'charge' || kind.how === 'rate' || !purpose) return kind.noun;
  const head = kind.noun.split(/\s+/u);
  if (head.length > 1) return kind.noun;
  const pw = purpose.split(/\s+/u).filter(Boolean);
  // ("state grant", "presupuesto de la comar": the purpose already names the kind.)
  if (pw.some((w) => sameWord(w, head[0]!))) {
    // (Spanish: the kind with its complement, "<kind> de/para/en …"; "multa impuesta" is the kind and a participle.)
    const es = compactSpanish(purpose, sentence);
    const complement = es ? /^\p{L}+\s+(?:de|del|para|en|a|al)\s/u.test(es) && sameWord(es.split(' ')[0]!, head[0]!) : false;
    const named = lang === 'en' ? (pw.length <= 4 && !pw.some((w) => FUNCTION_EN.test(w) || CURRENCY.test(w) || /^\p{Ll}{3,}ed$/u.test(w)) ? purpose : null) : complement ? es : null;
    return named ?? kind.noun;
  }
  if (lang === 'en') {
    const c = compactEnglish(purpose, sentence);
    return c ? `${c} ${kind.noun}` : kind.noun;
  }
  // (Spanish: a kind read from a verb or participle is named by the action the money pays for, as the text writes it.)
  if (kind.how === 'noun') return kind.noun;
  const action = compactSpanish(purpose, sentence, 3);
  if (action && ES_ACTION_NOUN.test(action.split(' ')[0]!)) return action;
  // (fig20) Any other noun phrase of up to four words names the sum when it is the whole phrase the text gives: it ends the
  // clause (",", ".", ";", "y"), or only a place follows it ("a Haití", "de la ciudad"). "albergues para migrantes",
  // "plan de Colchane", "… en 2027" go on, and the kind alone stays.
  const phrase = compactSpanish(purpose, sentence, 4);
  return phrase && !ES_ACTION_NOUN.test(phrase.split(' ')[0]!) && completePhrase(phrase, sentence) ? phrase : kind.noun;
}

const GENERIC_PLACES = (money.genericPlaces.words as string[]).join('|');
const PHRASE_END = new RegExp(String.raw`^(?:\s*(?:[,.;:]|$)|\s+(?:y|e)\s|\s+(?:a|en)\s+\p{Lu}|\s+(?:de\s+la|del|de\s+los|de\s+las)\s+(?:${GENERIC_PLACES})(?![\p{L}]))`, 'u');
/** Is `phrase` (as the sentence writes it) followed by the end of its clause or only by a place? */
function completePhrase(phrase: string, sentence: string): boolean {
  const m = new RegExp(String.raw`(?<![\p{L}])${phrasePattern(phrase)}(?![\p{L}])`, 'iu').exec(sentence);
  return !!m && PHRASE_END.test(sentence.slice(m.index + m[0].length));
}
