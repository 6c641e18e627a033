/**
 * The clause around a sum of money, read once for what the money-purpose rules need (round money17): the clause is
 * cleared of what never says what a sum is for (a dateline, and the adjuncts between a sum and its purpose: a time, a
 * source, a participle, a duration), and its shapes are found — what the clause's subject is when the sum only states an
 * amount of it ("the fine was", "la multa irá de", "rations were cut to"), who charges the sum, where a sum that is the
 * subject of its clause goes ("… of the $200 million … went to", "lo recaudado, unos 9 millones, irá al …") and the verb
 * that governs it. Pure; spans only — money-purpose.ts turns them into phrases.
 */
import { monthNames } from '../text/months';
import money from './data/money.json';

const MONTHS = [...monthNames('en'), ...monthNames('es')].join('|');
const blank = (s: string): string => s.replace(/\S/g, ' ');

/**
 * "MEXICO CITY (Reuters) - ", "CIUDAD DE MÉXICO (EFE) – ", "EL PASO, Texas (AP) — ": a dateline opening the text names
 * where and who wrote it, never what money is for. Blanked (the offsets of the sentence stay).
 */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+(?:DE|DEL|LA|EL|\p{Lu}[\p{Lu}.'’-]*))*)(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s*,?\s*\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2})?\s*(?:\(\s*\p{Lu}[\p{L}.&\s-]{1,30}\)\s*)?[-–—]+\s+/u;
export function maskDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  // (An all-capitals word of two letters or more opens it: "EL PASO", "TIJUANA"; a plain capitalised start is a sentence.)
  if (!m || !/^\s*\p{Lu}{2,}/u.test(m[0]) || !/\(|[-–—]/u.test(m[0])) return sentence;
  return blank(m[0]) + sentence.slice(m[0].length);
}

/** A time phrase: "March", "fiscal 2027", "el año fiscal 2027", "the first half", "2026", "this year". */
const TIME_NP = String.raw`(?:(?:the|el|la|los|las|this|that|next|last|past|coming|este|esta|ese|esa|fiscal|año|year|ejercicio|primer|primero|primera|segundo|segunda|tercer|cuarto|first|second|third|fourth|end\s+of|fin\s+de|finales\s+de)\s+)*(?:(?:19|20)\d\d(?:\s*[-–]\s*\d{2,4})?|(?:${MONTHS})(?:\s+\d{1,2})?(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?|years?|months?|weeks?|quarter|half|semestre|trimestre|año|mes|semana|spring|summer|fall|winter|primavera|verano|otoño|invierno)(?![\p{L}\d])`;
const TIME_ADJUNCT = new RegExp(String.raw`^\s*,?\s*(?:(?:through|until|till|since|by|in|during|over|durante|en|desde|hasta)\s+${TIME_NP}|(?:this|next|last)\s+(?:fiscal\s+)?(?:year|month|week|quarter)|(?:este|el\s+pr[oó]ximo)\s+(?:año|mes|trimestre)|so\s+far(?:\s+this\s+year)?)(?:\s+(?:alone|solamente|nada\s+m[aá]s))?(?:\s*,)?`, 'iu');
/** "from the state's migrant aid fund", "del Estado", "de la Federación", "by Congress": where the money comes from. */
const SOURCE_ADJUNCT_EN = /^\s*(?:from|by)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+(?=\s+(?:for|to)\s+\p{L})/u;
const SOURCE_ADJUNCT_ES = /^\s*(?:de|del|de\s+la|de\s+los|por\s+parte\s+del?)\s+(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:de|del|de\s+la|y)?\s*\p{Lu}[\p{L}.'’-]*){0,5}(?=\s+(?:para|a|al)\s+\p{L})/u;
/** "earmarked", "set aside", "destinados", "etiquetados" right after the sum, then its preposition. */
const PARTICIPLE_ADJUNCT = /^\s*,?\s*(?:\p{Ll}{3,}ed|set\s+aside|put\s+aside|\p{Ll}{3,}(?:ad|id)[oa]s?)(?=\s+(?:for|to(?!\s+(?:the|a|an)\s)|toward|towards|on|para|a|al)\s+\p{L})/u;
/**
 * "the $15 million lawmakers set aside for …", "the $1.5 million Congress appropriated for …", "the $5 million the council
 * approved for …": a reduced relative clause with its own subject (a plural noun, a name, or a determiner and a noun), right
 * after the sum, before its purpose (data: money.json relativeGivingVerbs).
 */
const RELATIVE_GIVING_ADJUNCT = new RegExp(String.raw`^\s+(?:(?:the|its|their|his|her|state|federal)\s+(?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*|\p{Ll}{3,}s)\s+(?:${(money.relativeGivingVerbs.en as string[]).map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})(?=\s+(?:for|to(?!\s+(?:the|a|an)\s)|toward|towards|on)\s+\p{L})`, 'u');
/** ", five-year", ", three-year": a duration in apposition before the noun the sum modifies ("a $318 million, five-year contract"). */
const DURATION_ADJUNCT = /^\s*,\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:year|month|week|day)(?=\s+\p{Ll})/u;
/** "pesos colombianos", "dólares canadienses": an adjective of the currency right after its word. */
const CURRENCY_ADJECTIVE = /^\s+\p{Ll}{4,}s(?=\s+(?:en|para|a|al|por)\s)/u;
const ENDS_IN_CURRENCY = /(?:pesos|d[oó]lares|euros|lempiras|quetzales|colones|soles|reales)\s*$/iu;
/** What opens a purpose after the adjuncts. */
const PURPOSE_OPENER = /^\s*(?:for|on|to|toward|towards|para|a|al|en|por|\p{Ll}[\p{Ll}-]+)\s/u;

/**
 * The sentence with the adjuncts right after the sum at `end` blanked, when a purpose (or a noun the sum modifies) follows
 * them: "spend $5.6 million through June on the center" → "… on the center"; "100 millones de euros del Estado para la
 * acogida" → "… para la acogida"; "another $2.2 million earmarked for transportation" → "… for transportation".
 */
export function maskAdjunctsAfter(sentence: string, end: number): string {
  let at = end;
  const adjective = ENDS_IN_CURRENCY.test(sentence.slice(0, end)) ? CURRENCY_ADJECTIVE.exec(sentence.slice(end)) : null;
  if (adjective) at += adjective[0].length;
  for (let guard = 0; guard < 4; guard++) {
    const rest = sentence.slice(at);
    const m = TIME_ADJUNCT.exec(rest) ?? SOURCE_ADJUNCT_EN.exec(rest) ?? SOURCE_ADJUNCT_ES.exec(rest) ?? PARTICIPLE_ADJUNCT.exec(rest) ?? DURATION_ADJUNCT.exec(rest) ?? RELATIVE_GIVING_ADJUNCT.exec(rest);
    if (!m || !m[0].trim()) break;
    at += m[0].length;
  }
  if (at === end || !PURPOSE_OPENER.test(sentence.slice(at))) return sentence;
  return sentence.slice(0, end) + blank(sentence.slice(end, at)) + sentence.slice(at);
}

/**
 * A predicate that only states an amount of its subject, right before the sum: a copula ("was", "era de", "será de"), a
 * verb and "to"/"at"/"a"/"de" ("were cut to", "slipped to", "irá de", "subió a"). Group 1 ends the subject.
 */
const AMOUNT_PREDICATE_EN = /(\s)(?:(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|be)\s+(?:(?:now|still|just|only)\s+)?(?:(?:\p{Ll}{2,}ed|cut|set|put|held|kept)\s+(?:to|at)\s+)?)|(?:\p{Ll}{2,}ed|rose|fell|grew|hit|cut|set)\s+(?:to|at)\s+|(?:would|will|could|may|might|is\s+expected\s+to|are\s+expected\s+to)\s+\p{Ll}{3,}\s+to\s+)(?:(?:about|nearly|roughly|some|almost|just|only|more\s+than|less\s+than|up\s+to|as\s+much\s+as)\s+)?(?:US)?[$€£]?\s*$/u;
const AMOUNT_PREDICATE_ES = /(\s)(?:(?:era|eran|es|son|fue|fueron|será|serán|sería|serían|ha\s+sido|había\s+sido|va|van|iba|iban|irá|irán|iría|quedó|quedará|quedaron|oscila|osciló)\s+(?:(?:de|entre|en)\s+)?|\p{Ll}{3,}(?:ó|ió|aron|ieron|ará|erá|irá|arán|erán)\s+(?:a|hasta|en)\s+)(?:(?:unos|unas|casi|cerca\s+de|alrededor\s+de|m[aá]s\s+de|menos\s+de|hasta|apenas|s[oó]lo)\s+)?(?:US)?[$€£]?\s*$/u;
/** Clause boundaries before a subject: ";", ":", ", " before a lower-case word, "said (that)", "where", "y que". */
const CLAUSE_START = /(?:[;:]|,\s+(?:(?:where|donde|en\s+donde|while|mientras\s+que|and|y)\s+)?|\s(?:said|says|dijo|informó|informo|señaló|indicó|reported|that|que|where|donde)\s+)(?=\S)/giu;

/** The text of the subject of the clause whose predicate only states the sum, or null. */
export function amountSubjectText(before: string, lang: 'en' | 'es'): string | null {
  const m = (lang === 'es' ? AMOUNT_PREDICATE_ES : AMOUNT_PREDICATE_EN).exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  let from = 0;
  for (const c of head.matchAll(CLAUSE_START)) from = c.index! + c[0].length;
  const subject = head.slice(from).trim();
  return subject && /^\S/.test(subject) ? subject : null;
}

/** A verb of charging right before the sum (past an indirect object, a qualifier or the first end of a range). */
const CHARGE_BEFORE = /(?:^|\s)(?:charge|charged|charges|charging|cobra|cobran|cobraba|cobraban|cobr[oó]|cobraron|cobrar[aá]n?|cobrar[ií]an?|demand|demanded|demands|demanding|ped[ií]an?|pidi[oó]|pidieron|exig[ií]an?|exigi[oó]|exigieron)\s+(?:(?:a|al|a\s+los|a\s+las)?\s*(?:[^\s,;$€£\d]+\s+){0,4}?)?(?:(?:hasta|unos|unas|m[aá]s\s+de|casi|up\s+to|about|as\s+much\s+as|more\s+than|nearly|between|entre)\s+)?(?:(?:US)?[$€£]?\s*[\d.,]+(?:\s+(?:mil|millones|million|thousand|d[oó]lares|dollars|pesos))*\s+(?:and|y|to|a)\s+)?(?:US)?[$€£]?\s*$/iu;
/** The charger: the noun phrase before the verb of charging, or the antecedent of "who"/"que" before it. */
/** An adverb between the charger and its verb (data: money.json chargeAdverbs). */
const CHARGE_ADVERB = String.raw`(?:(?:${(money.chargeAdverbs.words as string[]).join('|')})\s+)?`;
const CHARGER = new RegExp(String.raw`(?:^|[\s,;])((?:(?:the|a|an|un|una|el|la|los|las)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:(?:who|that|que|quien|quienes)\s+)?(?:(?:were|was|are|is|had\s+been|have\s+been)\s+(?=charging)|(?:habían|había|han|ha)\s+)?${CHARGE_ADVERB}(?:charge|charged|charges|charging|cobra|cobran|cobraba|cobraban|cobr[oó]|cobraron|cobrar[aá]n?|cobrar[ií]an?|demand|demanded|demands|demanding|ped[ií]an?|pidi[oó]|pidieron|exig[ií]an?|exigi[oó]|exigieron)\s`, 'iu');

/** The charger of the sum ("smugglers", "un coyote", "los polleros"), when a verb of charging governs it. */
/** "cobraban 500 dólares por persona por cruzar … y": a sum coordinated with one charged before it is charged too. */
const COORDINATED_CHARGE_BEFORE = /(?:^|\s)(?:charge|charged|charges|charging|demanded|cobra|cobran|cobraba|cobraban|cobr[oó]|cobraron|ped[ií]an|exig[ií]an)\s[^.;]*?\d[^.;]*?\s(?:y|e|and)\s+(?:(?:otros|otras|another)\s+)?(?:US)?[$€£]?\s*$/iu;
export function chargerText(before: string): string | null {
  if (!CHARGE_BEFORE.test(before) && !COORDINATED_CHARGE_BEFORE.test(before)) return null;
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(new RegExp(CHARGER.source, 'giu'))) last = m as RegExpExecArray;
  // ("She was charged $800": a passive's subject pays; no charger is named.)
  if (!last || /(?:^|\s)(?:was|were|is|are|be|been|being|get|got|gets)$/iu.test(last[1]!)) return null;
  // ("Kidnappers in Reynosa demanded …": a place after the charger is no part of it.)
  return last[1]!.replace(/\s+(?:in|at|from|near|en|desde)\s+.*$/iu, '');
}

/** A verb of going after a sum that is the subject of its clause, and the preposition of where it goes. */
const GOES_LATER = /^([^.;]{0,160}?)\s(?:went|go|goes|will\s+go|would\s+go|(?:was|were|will\s+be|would\s+be)\s+(?:spent|used)|fue|fueron|ir[aá]n?|ir[ií]an?|van|va|se\s+destin(?:ó|o|aron|ar[aá]n?)|se\s+(?:us[oó]|usaron|gast[oó]|gastaron))\s+(?:(?:to|toward|towards|on|for)|(a|al|para|en))\s+/iu;
/** The sum opens its clause (nothing governs it) or is restated in apposition (", unos 9 millones de dólares, irá …"). */
const SUBJECT_POSITION_BEFORE = /(?:^|[;:]|,|\s(?:said|says|dijo|informó|that|que))\s*(?:(?:about|nearly|some|roughly|only|just|unos|unas|casi|cerca\s+de|alrededor\s+de|s[oó]lo|otros|otras|another|an\s+additional)\s+)?(?:US)?[$€£]?\s*$/iu;

/** Where a sum that is the subject of its clause goes: the text after the verb of going and its preposition, or null. */
export function laterDestination(before: string, after: string): { text: string; spanish: boolean } | null {
  if (!SUBJECT_POSITION_BEFORE.test(before)) return null;
  const m = GOES_LATER.exec(after);
  if (!m) return null;
  // (The words between are the sum's own complement: "of the $200 million … sent to cities", ", unos 9 millones de dólares,".)
  // (Not past a second clause: ", and …", "but", "while".)
  if (/,\s*(?:and|y|e)\s|\s(?:but|pero|while|mientras|whereas)\s/iu.test(m[1]!)) return null;
  return { text: after.slice(m[0].length), spanish: !!m[2] };
}

/** The verb right before the sum ("ejerció", "raised", "reimbursed for"): the last thing the text says about it. */
const GOVERNING_VERB = /(?:^|\s)(\p{Ll}{3,}(?:ed|ó|ió|aron|ieron))\s+(?:for\s+)?(?:(?:about|nearly|some|roughly|more\s+than|unos|unas|casi|m[aá]s\s+de)\s+)?(?:US)?[$€£]?\s*$/u;
/** A clause opening with a time or place adjunct, not a subject ("Solo en octubre ingresaron …", "In July, …"). */
const ADJUNCT_OPENING = /^(?:(?:solo|sólo|only|just|also|también|y|and)\s+)?(?:en|in|on|at|during|durante|desde|since|a|al|de|del|por|para|for|from|tras|after|before|antes|hasta|until)\s/iu;
/**
 * The verb of a subject–verb–sum clause ("El INM ejerció 2 mil 740 millones", "The legal fund raised $640,000"): with
 * nothing else said, the sum is what the subject did with money. Not when no subject precedes the verb ("Solo en octubre
 * ingresaron …": the sum is the subject, and more of the money before it).
 */
export function governingVerb(before: string): string | null {
  const m = GOVERNING_VERB.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  let from = 0;
  for (const c of head.matchAll(CLAUSE_START)) from = c.index! + c[0].length;
  const subject = head.slice(from).trim();
  // ("Se destinaron 14 mil millones": a clitic is no subject.)
  // ("She was charged $800": a passive's subject is who pays, and the verb says nothing of what for.)
  return subject && !ADJUNCT_OPENING.test(subject) && !/^(?:se|le|les|lo|la|nos|me)$/iu.test(subject) && !/(?:^|\s)(?:was|were|is|are|be|been|being|fue|fueron)$/iu.test(subject) ? m[1]! : null;
}

/** A verb of penalising, by its stem, and the penalty it names ("fined" → fine, "multó" → multa). */
const PENALTY_STEMS: Array<[RegExp, string]> = [
  [/^fin(?:e|ed|es|ing)$/u, 'fine'],
  [/^mult(?:a|an|ó|o|aron|ará|arán|ado|ada|ados|adas)$/u, 'multa'],
  [/^sancion(?:a|an|ó|o|aron|ará|arán|ado|ada|ados|adas)$/u, 'sanción'],
  [/^penali[sz](?:e|ed|es|ing)$/u, 'penalty'],
];
/**
 * A verb of penalising before the sum, past its object and a qualifier: "fined a Uvalde trucking company $220,000", "was
 * fined $5,000", "multó a una agencia de viajes con 230 mil pesos", "fined two bus companies a combined $310,000".
 */
const PENALTY_BEFORE = /(?:^|\s)(\p{Ll}{4,})\s+(?:(?:a|al|a\s+la|a\s+los|a\s+las|a\s+una|a\s+un|an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|its|their|his|her|each|cada)\s+[^,;$€£\d]{1,60}?\s+)?(?:(?:con|with|up\s+to|hasta|about|nearly|more\s+than|m[aá]s\s+de|unos|unas|casi|a\s+combined|a\s+total\s+of|un\s+total\s+de|de)\s+)*(?:US)?[$€£]?\s*$/u;
export function penaltyBefore(before: string): string | null {
  const m = PENALTY_BEFORE.exec(before);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return PENALTY_STEMS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** "Con 15 millones de pesos, el gobierno abrirá …", "With $2 million, the county will hire …": a fronted sum pays for what the main clause's verb does. */
const FRONTED_BEFORE = /(?:^|[.;:]\s*)(?:con|with)\s+(?:(?:unos|unas|casi|m[aá]s\s+de|about|nearly|more\s+than|some)\s+)?(?:US)?[$€£]?\s*$/iu;
const MAIN_VERB_AFTER = /^\s*,\s*(?:[^,;]{0,60}?\s)?(?:will\s+|would\s+|plans\s+to\s+|planea\s+|podr[aá]\s+)?(\p{Ll}{3,}(?:ará|erá|irá|arán|erán|irán|ó|ió|aron|ieron|ed|ar|er|ir)|build|buy|hire|open|fund|pay|cover|expand|run|staff)\s+/u;
export function frontedObject(before: string, after: string): { verb: string; object: string } | null {
  if (!FRONTED_BEFORE.test(before)) return null;
  const m = MAIN_VERB_AFTER.exec(after);
  return m ? { verb: m[1]!, object: after.slice(m[0].length) } : null;
}
