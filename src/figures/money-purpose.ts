/**
 * What a sum of money is for: "$650 million for border wall construction" → "border wall construction",
 * "spent $3.9 million on migrant shelter costs" → "migrant shelter costs", "remesas por 5 mil millones de
 * dólares" → "remesas", "el presupuesto de la Comar … será de 52 millones de pesos" → "presupuesto de la
 * comar", "asigna al Instituto Nacional de Migración 1,580 millones" → "instituto nacional de migración".
 * The currency stays in the figure's unit; this is its metric. Pure.
 */
import type { Lang } from './numbers';
import { monthNames } from '../text/months';
import vocabulary from './data/vocabulary.json';
import lexicon from './data/lexicon.json';
import money from './data/money.json';
import { moneyKind } from './money-kind';
import { composeKind } from './money-compose';
import { amountSubjectText, chargerText, governingVerb, laterDestination, maskAdjunctsAfter, maskDateline, penaltyBefore, frontedObject } from './money-clause';
/** "in December", "en 2023", "a year" after a preposition: a time, not a purpose. */
const MONTH_ALTERNATIVES = [...monthNames('en'), ...monthNames('es')].join('|');
const MONTH_WORDS = new Set([...monthNames('en'), ...monthNames('es')].map((m) => m.toLowerCase()));
const TIME_AFTER_PREPOSITION = new RegExp(String.raw`^(?:(?:the\s+)?(?:first|last|past|next|fiscal|this|coming)\b|(?:the\s+|el\s+|la\s+)?(?:current|previous|prior|preceding|same|actual|anterior|presente|mismo|misma)\s+(?:fiscal\s+)?(?:year|month|quarter|period|budget\s+year|año|mes|trimestre|periodo|período|ejercicio)\b|(?:19|20)\d{2}\b|(?:${MONTH_ALTERNATIVES})\b|(?:(?:the|el|la|this|next|este|esta)\s+)?(?:spring|summer|fall|autumn|winter|primavera|verano|otoño|invierno)\b|(?:the\s+)?end\s+of\b|(?:el|la|the)\s+(?:primer|primero|segundo|tercer|tercero|cuarto|first|second|third|fourth)\s+(?:trimestre|semestre|quarter|half|mes|month|año|year|semana|week)\b|(?:el|la|los|las)\s+(?:primer|últim|ultim|pasad|próxim|proxim)|(?:a|one|un)\s+(?:year|month|day|week|año|mes)\b|(?:el|la|los|las|the|this|that|este|esta|ese|ese)\s+(?:trimestre|semestre|bimestre|periodo|período|lapso|quarter|period|year|month|week|weekend|mes|año|semana|fin\s+de\s+semana)\b)`, 'i');


/** Words that end a purpose phrase (function words, time words, verbs that start a new clause). */
const STOP = new Set([
  'and', 'or', 'but', 'to', 'that', 'which', 'while', 'who', 'this', 'last', 'next', 'since', 'in', 'on', 'at', 'by', 'from', 'with',
  'over', 'during', 'through', 'after', 'before', 'than', 'as', 'including', 'is', 'was', 'are', 'were', 'will', 'would', 'said', 'says',
  'according', 'a', 'an', 'year', 'month', 'week', 'y', 'o', 'pero', 'que', 'cual', 'mientras', 'este', 'esta', 'en', 'con', 'por', 'para',
  'desde', 'durante', 'hasta', 'tras', 'según', 'segun', 'informó', 'informo', 'dijo', 'frente', 'respecto', 'un', 'una', 'año', 'mes',
  'semana', 'el', 'la', 'los', 'las', 'al', 'es', 'será', 'sera', 'fue', 'ha', 'han', 'se', 'lo', 'más', 'mas', 'menos', 'this', 'these',
  'its', 'their', 'his', 'her', 'enough', 'bringing', 'which', 'up', 'down', 'for', 'includes', 'include', 'included', 'provides',
  'covers', 'funds', 'pays', 'went', 'goes', 'would', 'could', 'has', 'have', 'had',
  // adverbs of time that open a modifier after the noun ("barriers later removed", "fondos ya ejercidos")
  'later', 'earlier', 'recently', 'already', 'now', 'then', 'still', 'ya', 'luego', 'después', 'despues', 'recién', 'recien',
  // "up to $8,000 each", "5 mil dólares por persona": the sum per person, not what it is for
  'each', 'apiece', 'cada', 'per',
  // change verbs end the subject: "Spending on shelters rose 12% to $81 million"
  'rose', 'fell', 'grew', 'climbed', 'dropped', 'declined', 'increased', 'decreased', 'jumped', 'slipped',
  'cayeron', 'cayó', 'subieron', 'subió', 'crecieron', 'creció', 'aumentaron', 'aumentó', 'bajaron', 'bajó', 'disminuyeron', 'disminuyó',
  // prepositions of place and participles that describe where the money was, not what it is for (data: vocabulary.json purposeStops)
  ...vocabulary.purposeStops,
]);
/** Irregular English participles ("remittances sent to …"); words in -ed that are no participle (data: vocabulary.json). */
const ENGLISH_PARTICIPLES = new Set(vocabulary.englishParticiples as string[]);
const NOT_PARTICIPLES = new Set(vocabulary.notParticiples as string[]);
const ING_NOUNS = new Set(vocabulary.ingNouns as string[]);
const SPANISH_FINITE_VERB = /^\p{Ll}{3,}(?:ó|aron|ieron|aban|ará|erá|irá|arán|erán|irán)$/u;
/** Words that may join a purpose phrase's words: "Shelter and Services Program", "operación del INM". */
const JOINERS = new Set(['of', 'de', 'del', 'de la', 'de los', 'de las', 'de un', 'de una', 'of a', 'of an', 'of the']);
/** "atención a migrantes", "apoyo a refugiados": Spanish "a" before a plural noun joins it to the noun before. */
const A_BEFORE_PLURAL = /^\p{Ll}{3,}s$/u;
const LEAD_ARTICLES = new Set(['the', 'a', 'an', 'un', 'una', 'its', 'their', 'his', 'her', 'our', 'el', 'la', 'los', 'las', 'su', 'sus', 'new', 'nuevo', 'nueva', 'more', 'another', 'additional', 'otros', 'otras']);

/** A verb of going right after the money, then its preposition (group 1: the Spanish one, kept). */
export const GOES_TO_AFTER = /^\s*(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:go|goes|going|went|be\s+spent|be\s+used)\s+(?:to|toward|towards|for)\s+|^\s*(?:will\s+be|would\s+be|were|was|are|is)\s+for\s+(?=(?:the|a|an|its|their)\s)|^\s*(?:ser[aá]n?|ser[ií]an?|son|es|eran|era)\s+(para)\s+(?=(?:el|la|los|las|un|una|sus?)\s)|^\s*(?:se\s+)?(?:ir[aá]n?|ir[ií]an?|fueron|fue|van|va|se\s+destinar[aá]n?|se\s+destinaron|se\s+destin[oó]|ser[aá]n?\s+destinad[oa]s?)\s+(a|al|para)\s+/iu;
/** One rate phrase after a sum: "per bed", "por cada cama", "a day", "diarios", "por persona (para cruzar)" (group 1: the unit). */
const RATE_PHRASE = /\s*,?\s*(?:(?:per|por\s+cada|a\s+cada|each)\s+(?!(?:for|to|in|on|of|the|and|with|from|para|en|del|los|las|con|por)(?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}{3,}(?:ad|id)[oa]s?(?![\p{L}]))?)(?![\p{L}])|por\s+(\p{Ll}[\p{Ll}-]{2,})(?=\s*,?\s*(?:por\s|al\s+d[ií]a|diari|para\s|[.;]|$)|(?<![sr])\s*,)|(?:a|an)\s+(?:day|night|week|month|year|hour)(?![\p{L}])|(?:a|an)\s+(?!(?:day|night|week|month|year|hour)(?![\p{L}]))(\p{Ll}{3,})(?=\s+(?:per|each|a\s+(?:day|night|week|month)|an\s+hour)(?![\p{L}]))|por\s+(?:d[ií]a|noche|semana|mes|hora)(?![\p{L}])|al\s+(?:d[ií]a|mes|año)(?![\p{L}])|(?:diari[oa]s|mensuales|anuales|semanales|daily|nightly|monthly|annually)(?![\p{L}]))/gu;
const RATE_PHRASES_AFTER = new RegExp(`^(?:${RATE_PHRASE.source})+`, 'u');
/** Units of time a rate is per (data: vocabulary.json rateTimeUnits), and people a fee is charged per (rateNounsOfPeople). */
const TIME_UNITS = new Set(vocabulary.rateTimeUnits as string[]);
const PERSON_UNITS = new Set(vocabulary.rateNounsOfPeople as string[]);
/** Prepositions after the money that introduce its purpose. */
const AFTER_EN = /^\s*(?:for|on|in|to\s+fund|toward|towards|in\s+(?:exchange|return)\s+for|through(?=\s+\p{Lu}))\s+/iu;
const AFTER_ES = new RegExp(String.raw`^\s*(?:para|a\s+cambio\s+de|del(?=\s+(?:fondo|fondos|programa|fideicomiso|proyecto|plan|presupuesto|paquete)(?![\p{L}]))|a|en|destinad[oa]s?\s+a|al|(?:por|en)\s+concepto\s+de|por(?=\s+\p{Ll}{2,}(?:ar|er|ir)\s)|por(?=\s+(?:${(vocabulary.porPurposeNouns as string[]).join('|')})(?![\p{L}]))|de(?=\s+(?!(?:los|las|la|el|lo|un|una|unos|unas|esos?|esas?|estos?|estas?|ellos|ellas|cada|m[aá]s|menos|acuerdo|nuevo|hecho|manera|forma|modo|momento|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?![\p{L}]))\p{Ll}{3,}))\s+`, 'iu');
/**
 * "to <verb> <object>" after the money, past an optional span of time: "$12 billion over three years to
 * house them" → "house them", "$450 million to hire 1,000 new immigration judges" → "hire new immigration
 * judges". The verb is a lower-case word that is not an article ("$5 million to the city" is a recipient) nor a plural
 * noun ("$2 billion in grants to states").
 */
const TO_VERB_AFTER = /^\s*(?:(?:over|in|during|across|for)\s+(?:[\p{L}\d-]+\s+){1,3}?(?:years?|months?|weeks?)\s+)?to\s+(?!(?:the|a|an|its|their|his|her|about|more|nearly|be|date)\b)(\p{Ll}{3,})(?<![^su]s)\s+/u;

/** "in federal Shelter and Services Program funds", "in state grants": what kind of money it is (data: vocabulary.json moneyNouns). */
const KIND_OF_MONEY_AFTER = new RegExp(String.raw`^\s*in\s+(?:[\p{L}\d'’.-]+\s+){0,6}?(?:${(vocabulary.moneyNouns.en as string[]).join('|')})(?![\p{L}])`, 'iu');
/** Verbs of paying: "to cover shelter costs", "to pay for buses": what is paid for is the object (data: vocabulary.json fundingVerbs). */
const FUNDING_VERBS = new Set(vocabulary.fundingVerbs as string[]);

const CHANGE_NOUN_AFTER = new RegExp(`^\\s+(?:${lexicon.changeNouns.join('|')})\\s+(?:in|to|for|en|de|del|a|al|para)\\s+(?:(?:the|el|la|los|las)\\s+)?`, 'iu');
/** A verb of cutting right before the sum. */
export const CUT_VERB_BEFORE = /(?:^|\s)(?:cut|cuts|slashed|slashes|trimmed|trims|redirected|diverted|recort[oó]|recorta|recortar[aá]|quit[oó]|quita|quitar[aá]|reduc[eé]|redujo)\s+(?:(?:about|nearly|more\s+than|some|casi|m[aá]s\s+de|unos)\s+)?$/iu;
/** "from its migrant response budget", "from the state's border fund". */
const FROM_BUDGET_AFTER = /^\s*from\s+(?:(?:the|its|their|his|her|a)\s+)?((?:[\p{L}'’-]+\s+){0,4}?(?:budget|fund|funds|funding|program|account|grant|grants))(?![\p{L}])/iu;

/** A time ("last year", "este año", "in 2024") or a relative clause ("que necesita este año", "that it needs") right after the money. */
const TIME_OR_RELATIVE_AFTER = /^\s*,?\s*(?:(?:last|this|next|the\s+past|the\s+last)\s+(?:fiscal\s+)?(?:year|month|week|quarter)|(?:a|per|each|every)\s+(?:year|month|week|day|mile|person|head|night)|per\s+\p{Ll}+|annually|(?:al|por)\s+(?:año|mes|día|dia)|anuales|mensuales|(?:over|in|during|across)\s+(?:(?:the\s+next\s+)?(?:two|three|four|five|ten|\d+)\s+)(?:years|months)|(?:in|en|durante|during)\s+(?:fiscal\s+)?(?:19|20)\d{2}|(?:del|de\s+su|from\s+(?:the|its|their))\s+(?:presupuesto|fondo|fondos|erario|budget|funds?)(?:\s+\p{Ll}+)?|(?:el|este)\s+(?:año|mes|trimestre)(?:\s+pasado)?|(?:que|that|which)\s+(?:[\p{L}'’]+\s+){1,5}?(?=(?:para|for)\s))\s*,?/iu;
/** A preposition after the money that may name a recipient rather than a purpose: "al INM", "a Comar", "to the county". */
const RECIPIENT_PREP = /^\s*(?:a|al|to)\s+$/i;
/** After a recipient, the purpose: "(al) INM para la operación …", "(to) the county for shelter costs". */
// ("reclama 22 millones de euros al Estado por la acogida de …": after a recipient, "por" and an article give the reason paid.)
const PURPOSE_AFTER_RECIPIENT = /^(?:[\p{L}'’.-]+\s+){1,6}?(?:para|for|por(?=\s+(?:la|el|los|las)\s+\p{Ll}{4,}))\s+/u;
/** Verbs whose object is another verb: "to keep running …", "to help fund …", "para seguir operando …". */
const ASPECTUAL_VERBS = new Set(vocabulary.aspectualVerbs as string[]);
/** A Spanish infinitive: "atender", "construir", "reforzar". */
const INFINITIVE = /^\p{Ll}{3,}(?:ar|er|ir)$/u;

/**
 * A Spanish purpose clause after "para": "para atender a refugiados y migrantes venezolanos" → "atender a refugiados y
 * migrantes venezolanos"; "para que Mauritania refuerce el control de sus costas" → "control de sus costas".
 */
function spanishPurposeClause(rest: string, keepVerb = false): string | null {
  const que = /^que\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:\p{Ll}+\s+)(?:(?:el|la|los|las|sus?|un|una)\s+)?/u.exec(rest);
  if (que) return phraseForward(rest.slice(que[0].length));
  // ("para trasladar y alimentar a migrantes": two infinitives share the object.)
  const two = /^(\p{Ll}{3,}(?:ar|er|ir))\s+(?:y|e|o)\s+(\p{Ll}{3,}(?:ar|er|ir))\s/u.exec(rest);
  if (two && !STOP.has(two[1]!) && !STOP.has(two[2]!)) {
    const second = spanishPurposeClause(rest.slice(two[0].length - two[2]!.length - 1).trimStart(), true);
    if (second && second.startsWith(`${two[2]} `)) return `${two[1]} y ${second}`;
  }
  const inf = /^(\p{Ll}+)\s+(?:(a|al)\s+)?/u.exec(rest);
  if (!inf || !INFINITIVE.test(inf[1]!) || STOP.has(inf[1]!)) return null;
  // The object of the infinitive keeps its determiner and its participle: "reforzar el control fronterizo", "llevar a
  // un migrante", "atender a los guatemaltecos retornados".
  const det = inf[2] !== 'al' ? /^(el|la|los|las|un|una|sus?)\s+(?=\p{L})/u.exec(rest.slice(inf[0].length)) : null;
  const objectText = rest.slice(inf[0].length + (det ? det[0].length : 0));
  const bare = phraseForward(objectText, true);
  const object = bare && det ? `${det[1]} ${bare}` : bare;
  if (!object) return inf[1]!;
  // "para levantar 27 kilómetros de muro", "para apoyar a la Unidad de Refugio": the thing paid for is the object.
  const funded = ACQUISITION_VERBS.has(inf[1]!) && !keepVerb ? fundedNoun(object) : null;
  if (funded) return funded;
  return `${inf[1]} ${inf[2] ? `${inf[2]} ` : ''}${object}`;
}

/** After a count, adjectives kept at the head of a purpose: "for 1,500 new agents", "para 40 nuevas patrullas". */
const KEPT_ADJECTIVES = new Set(['new', 'nuevo', 'nueva', 'nuevos', 'nuevas']);
/** Verbs of building, buying or hiring: the money pays for their object (data: vocabulary.json acquisitionVerbs). */
const ACQUISITION_VERBS = new Set(vocabulary.acquisitionVerbs as string[]);
/** Determiners and adjectives of quantity or time before the object of a purpose verb (data: vocabulary.json objectDeterminers). */
const OBJECT_DETERMINERS = new Set(vocabulary.objectDeterminers as string[]);
/** "stretch of", "kilómetros de": a measure of the thing built or bought (data: vocabulary.json measureHeads). */
const MEASURE_HEADS = new Set(vocabulary.measureHeads as string[]);

/**
 * The noun phrase a verb of building, buying or hiring has as object, without its determiners and a measure of it: "the
 * latest stretch of buoys" → "buoys", "new border patrol agents" → "border patrol agents", "27 kilómetros de muro" →
 * "muro". (Other verbs say what the money does and stay: "patrol coastal waters", "atender a refugiados".) A one-word
 * object without a measure names too little: the verb stays with it (null).
 */
function fundedNoun(object: string): string | null {
  let ws = words(object);
  while (ws.length && OBJECT_DETERMINERS.has(ws[0]!)) ws.shift();
  let measured = false;
  if (ws.length >= 3 && MEASURE_HEADS.has(ws[0]!) && (ws[1] === 'of' || ws[1] === 'de')) {
    ws = ws.slice(2);
    measured = true;
  }
  // ("to fly deportees home": an adverb after the object makes it a beneficiary sent somewhere, not a thing paid for.)
  if (!ws.length || (ws.length < 2 && !measured) || PRONOUNS.has(ws[0]!) || /^(?:home|back|abroad|away|out|casa)$/.test(ws[ws.length - 1]!)) return null;
  return ws.join(' ');
}

/** A verb of funding after the money (past the noun it modifies or an apposition's comma): "grant will fund", ", covers", "para financiar". */
const FUNDS_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?,?\s*(?:will\s+|would\s+|to\s+|that\s+will\s+|which\s+will\s+)?(?:fund|funds|pay\s+for|pays\s+for|cover|covers|finance|finances|financiará|financiara|cubrirá|cubrira)\s+/u;
/** "The contract, worth", "un contrato por un valor de": the noun phrase the money is the worth of. */
const WORTH_BEFORE = /(?:(?:^|[,;]\s*)((?:(?:the|a|an|el|la|un|una)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})|\s((?:the|a|an|el|la|un|una)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)),?\s+(?:worth|valued\s+at|valorad[oa]s?\s+en|por\s+un\s+(?:valor|monto)\s+de|(?:which|that)\s+(?:totals|totaled|totalled|costs|cost|is\s+worth|amounts\s+to)|(?:que|el\s+cual|la\s+cual)\s+(?:asciende\s+a|suma|cuesta|cost[oó]))\s+(?:about\s+|more\s+than\s+|nearly\s+|m[aá]s\s+de\s+)?$/iu;

/** A verb of amount before the money: "será de", "asciende a", "costó", "sumaron" (data: vocabulary.json amountVerbsBefore). */
const AMOUNT_VERBS = {
  en: [...money.amountVerbsBefore.en, ...vocabulary.amountVerbsBefore.en],
  es: [...money.amountVerbsBefore.es, ...vocabulary.amountVerbsBefore.es],
};
const AMOUNT_VERB_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${[...AMOUNT_VERBS.en, ...AMOUNT_VERBS.es].map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})\s*(?:(?:en\s+promedio|on\s+average|de\s+media|por\s+lo\s+menos|at\s+least)\s+)?(?:(?:los|las|the)\s+)?(?:m[aá]s\s+de\s+|more\s+than\s+|about\s+|nearly\s+|unos\s+|alrededor\s+de\s+)?(?:(?:un|una)\s+(?:nuevo\s+)?(?:r[eé]cord|m[aá]ximo\s+hist[oó]rico|m[aá]ximo|cifra\s+r[eé]cord)\s+de\s+|an?\s+(?:new\s+)?(?:record|all-time\s+high)(?:\s+(?:high\s+)?of)?\s+)?$`,
  'iu',
);
/** An amount noun right before the sum (data: vocabulary.json amountHeadsBefore). */
const AMOUNT_HEADS = vocabulary.amountHeadsBefore as { en: string[]; es: string[] };
const AMOUNT_HEAD_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${[...AMOUNT_HEADS.en, ...AMOUNT_HEADS.es].map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:(?:about|nearly|more\s+than|some|unos|unas|casi|m[aá]s\s+de|cerca\s+de|alrededor\s+de)\s+)?(?:US)?[$€£]?\s*$`, 'iu');
/** A time that opens a clause before its subject: "Para 2027 el INM contará con", "In fiscal 2027, the agency will get". */
const LEADING_TIME = /^\s*(?:para|en|in|for|during|durante|by)\s+(?:(?:el|the)\s+)?(?:(?:fiscal|año|year|ejercicio)\s+)*(?:fiscal\s+)?(?:19|20)\d\d\s*,?\s+/iu;
/** A recipient before the money: "asigna al INM", "destinará a Comar", "gave the agency". */
const RECIPIENT_BEFORE = /(?:asigna|asignó|asignará|asignar[aá]|destina|destinó|destinará|otorga|otorgó|otorgará)\s+(?:al|a\s+la|a\s+los|a)\s+((?:[\p{L}][\p{L}'’.-]*\s+){1,7}?)$/iu;
/** "<noun> por <money>": "remesas por 4 mil millones de dólares", "ingresos por". */
const NOUN_POR_BEFORE = /([\p{L}][\p{L}'’-]*(?:\s+(?:de|del|de\s+la)\s+[\p{L}][\p{L}'’-]*)?)\s+por\s+(?:m[aá]s\s+de\s+|unos\s+|casi\s+)?$/iu;

/**
 * A money noun right before the money: "La Comar tendrá un presupuesto de 58 millones", "a budget of $2
 * million", "una inversión de". The purpose is the noun, owned by the clause's named subject when there is
 * one ("presupuesto de la comar", "cbp budget").
 */
const MONEY_NOUN_BEFORE = /(?:^|[^\p{L}])(presupuesto|inversi[oó]n|fondo|financiamiento|budget|funding|investment|grant)\s+(?:(?:total|anual|global|inicial|adicional)\s+)?(?:de|of)\s+(?:m[aá]s\s+de\s+|more\s+than\s+|about\s+|unos\s+|casi\s+|nearly\s+|hasta\s+|up\s+to\s+)?$/iu;
/** A named subject opening the clause: "La Comar", "El Instituto Nacional de Migración", "CBP". */
const NAMED_SUBJECT = /^\s*(?:(el|la|los|las|the)\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:de|del|de\s+la|of|and|y)?\s*\p{Lu}[\p{L}.’'-]*){0,5})\s+\p{Ll}/u;

function moneyNounPurpose(before: string): string | null {
  const m = MONEY_NOUN_BEFORE.exec(before);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const clause = (before.slice(0, m.index + 1).split(/[;:]|,\s+/).pop() ?? '').replace(/^\s*(?:y|and|but|pero)\s+/i, '');
  const s = NAMED_SUBJECT.exec(clause);
  // Without an article the subject must look like a name, not a capitalised first word ("Se aprobó"):
  // an acronym (INM, FEMA) or several capitalised words (Casa Blanca).
  if (!s || (!s[1] && !/^\p{Lu}{2,}(?![\p{Ll}])|\s\p{Lu}/u.test(s[2]!))) return noun;
  const owner = s[2]!.replace(/\s+/g, ' ');
  const spanishNoun = /^(?:presupuesto|inversi[oó]n|fondo|financiamiento)$/.test(noun);
  if (spanishNoun) return `${noun} ${s[1] ? `de ${s[1].toLowerCase()}` : 'de'} ${owner.toLowerCase()}`.replace(/\bde el\b/, 'del');
  return `${owner.toLowerCase()} ${noun}`;
}

/** Participles of penalising → the penalty ("fined" → "fine"; data: vocabulary.json penaltyVerbs). */
const PENALTY_VERBS = vocabulary.penaltyVerbs as Record<string, string>;
const PENALTY_VERB_BEFORE = new RegExp(String.raw`(?:^|\s)(${Object.keys(PENALTY_VERBS).join('|')})\s+(?:(?:con|with|de|up\s+to|hasta|about|more\s+than|m[aá]s\s+de|unos|casi)\s+)*$`, 'iu');
/** "total spending on the border mission to more than $11 billion". */
const SPENDING_TO_BEFORE = /(?:spending|spent|gasto|gastos|inversi[oó]n)\s+(?:on|en|for|de)\s+(.+?)\s+(?:to|a|at|reached|hit)\s+(?:more\s+than\s+|m[aá]s\s+de\s+|about\s+|nearly\s+)?$/iu;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

const clean = (w: string): string => w.replace(/^[("“'‘]+|[)"”'’,.;:!?]+$/g, '');

/** Nationalities in the plural ("salvadoreños", "Hondurans"; data: vocabulary.json demonyms). */
const DEMONYMS = new Set(vocabulary.demonyms as string[]);
/** Counts written in words. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce']);
/** An action noun ("operación", "construction", "financiamiento"): a name after its "de"/"of" is what is acted on. */
const ACTION_NOUN = /(?:ci[oó]n|si[oó]n|miento|tion|sion|ment)$/u;
/** Money nouns whose "de"/"of" + name is their owner ("presupuesto de la Comar"), kept in the purpose. */
const OWNED_MONEY_HEADS = new Set([...vocabulary.moneyNouns.en, ...vocabulary.moneyNouns.es, 'inversión', 'inversion', 'fondo', 'partida'].map((w) => w.split(' ')[0]!));

/** "… open through March": the state an object is kept in, before the clause ends. */
const KEPT_OPEN = /^[^,;.]{0,80}?\s(?:open|running|operating|afloat)(?![\p{L}])/u;
/** Levels of government before a program's name (data: money.json governmentLevels). */
const GOVERNMENT_LEVELS = new Set(money.governmentLevels.words as string[]);
/** Generic places after "de"/"of" (data: money.json genericPlaces). */
const GENERIC_PLACES = new Set(money.genericPlaces.words as string[]);
/** A noun phrase read forward from `text`: up to six words, joiners allowed inside, stopping at a function word. */
function phraseForward(text: string, keepParticiple = false): string | null {
  const ws = words(text.slice(0, 120));
  const out: string[] = [];
  let headLower = false;
  let counted = false;
  let lastLower = false;
  for (let i = 0; i < ws.length && out.length < 10; i++) {
    const raw = ws[i]!;
    const w = clean(raw).toLowerCase();
    // "a los 9 centros instalados …", "for 1,000 new judges": a count before the noun of the purpose is skipped.
    if (out.length === 0 && /^\d[\d.,]*$/.test(w) && /^\p{Ll}/u.test(clean(ws[i + 1] ?? ''))) {
      counted = true;
      continue;
    }
    if (!w || /\d/.test(w)) break;
    // "… al migrante y prevé otros 80 millones", "… center and expects another $5 million": "and", a word, then a quantity
    // opens a second predicate with its own sum.
    if (out.length > 0 && ['y', 'e', 'and'].includes(w) && /^(?:otros|otras|otro|otra|another|more|más|\d[\d.,]*)$/iu.test(clean(ws[i + 2] ?? ''))) break;
    if (out.length === 0 && LEAD_ARTICLES.has(w) && !(counted && KEPT_ADJECTIVES.has(w))) continue;
    // ("a $1.9 million state Emergency Food and Shelter Program grant", "federal Shelter and Services Program funds": the level
    // of government before a program's name is no part of it.)
    if (out.length === 0 && GOVERNMENT_LEVELS.has(w) && /^\p{Lu}/u.test(clean(ws[i + 1] ?? ''))) continue;
    // "FEMA's Shelter and Services Program", "the state's Operation Lone Star Grant": the owner of a named program is not part
    // of its name.
    if (out.length === 0 && /['’]s$/.test(raw) && /^\p{Lu}/u.test(ws[i + 1] ?? '') && /^\p{Lu}/u.test(ws[i + 2] ?? '')) continue;
    // ("Two new soft-sided facilities", "dos nuevos albergues": a count in words before the noun is skipped.)
    if (out.length === 0 && NUMBER_WORDS.has(w) && /^\p{Ll}/u.test(clean(ws[i + 1] ?? ''))) continue;
    // ("food and lodging it provided": a pronoun opens a relative clause.)
    if (out.length > 0 && PRONOUNS.has(w) && !['que', 'who', 'which'].includes(w)) break;
    const pair = `${w} ${clean(ws[i + 1] ?? '').toLowerCase()}`;
    if (out.length > 0 && w === 'a' && A_BEFORE_PLURAL.test(clean(ws[i + 1] ?? '')) && !STOP.has(clean(ws[i + 1] ?? '').toLowerCase()) && !/^\p{Ll}+(?:ar|er|ir)$/u.test(out[out.length - 1]!)) {
      out.push(w);
      continue;
    }
    // ("asistencia legal a inmigrantes amenazados de deportación": a participle with a complement of its own opens a
    // modifier of the noun before it; the phrase ends at that noun.)
    if (!keepParticiple && out.length > 2 && (JOINERS.has(pair) || JOINERS.has(w)) && /^\p{Ll}{3,}(?:ad|id)[oa]s$/u.test(out[out.length - 1]!) && /^\p{Ll}{3,}s$/u.test(out[out.length - 2]!) && !JOINERS.has(out[out.length - 2]!)) {
      out.pop();
      break;
    }
    if (out.length > 0 && (JOINERS.has(pair) || JOINERS.has(w))) {
      const j = JOINERS.has(pair) ? 2 : 1;
      const nextWord = clean(ws[i + j] ?? '').toLowerCase();
      // ("albergues de Sonora", "el trámite de la Forma Migratoria Múltiple", "centro de detención de Fort Bliss": a name
      // after "de"/"of" says whose or where the common noun before it is, not what the money is for.)
      // (A name after an action noun is its object and stays: "operación del INM", "construcción de la Torre Centinela"; so
      // does the owner of a money noun: "presupuesto de la Comar".)
      // ("remesas de salvadoreños": the people who send or own it are no part of what it is for.)
      if (out.length === 1 && j === 1 && w === 'de' && DEMONYMS.has(nextWord)) break;
      // ("albergues de la ciudad", "comedores del municipio": a generic place after "de" says where, not what — except for
      // the owner of a money noun or of a government, "presupuesto del estado", "gobierno del estado".)
      if (GENERIC_PLACES.has(nextWord) && !OWNED_MONEY_HEADS.has(out[0]!) && !/^(?:gobierno|government|congreso|secretar[ií]a|tesorer[ií]a|hacienda)$/u.test(out[0]!)) break;
      if (headLower && lastLower && /^\p{Lu}/u.test(clean(ws[i + j] ?? '')) && !(out.length === 1 && ACTION_NOUN.test(out[0]!)) && !OWNED_MONEY_HEADS.has(out[0]!)) break;
      // ("remesas de enero a octubre": a month after "de" is a time, not part of the phrase.)
      if (!nextWord || STOP.has(nextWord) || /\d/.test(nextWord) || MONTH_WORDS.has(nextWord)) break;
      out.push(...(j === 2 ? [w, clean(ws[i + 1]!).toLowerCase()] : [w]));
      i += j - 1;
      continue;
    }
    if ((w === 'and' || w === 'y' || w === 'a' || w === 'al') && out.length > 0 && /^\p{Lu}/u.test(clean(ws[i + 1] ?? '')) && /^\p{Lu}/u.test(clean(ws[i - 1] ?? ''))) {
      out.push(w); // "Shelter and Services Program", "albergue Alfa y Omega", "programa Hermano Vuelve a Casa"
      continue;
    }
    // "shelter and services grants", "refugiados y migrantes venezolanos": two nouns joined inside the phrase (not a
    // new clause: the word after the conjunction is no function word, number or name).
    if ((w === 'and' || w === 'y') && out.length > 0 && !/[,;:]$/.test(ws[i - 1] ?? '')) {
      const nextRaw = ws[i + 1] ?? '';
      const nextWord = clean(nextRaw).toLowerCase();
      // A word followed by an article is a verb starting a new clause ("… el control de sus costas y frene la salida").
      // ("meals and laundry, the agency said": a word that ends its clause at a comma is a noun, not a verb.)
      const verbNext = !/[,;:]$/.test(nextRaw) && /^(?:the|a|an|its|their|el|la|los|las|un|una|sus?)$/.test(clean(ws[i + 2] ?? '').toLowerCase());
      // ("para la gestión de fronteras y otros 300 millones para …": "otros"/"another" opens the next sum, not a noun.)
      const nextSum = /^(?:otros|otras|otro|otra|another|other|more|más|mas)$/.test(nextWord);
      if (nextWord && !STOP.has(nextWord) && !/\d/.test(nextWord) && /^\p{Ll}/u.test(nextRaw) && !verbNext && !nextSum) {
        out.push(w);
        continue;
      }
    }
    // A Spanish finite verb ("ascendió", "llegaron") ends the phrase: a new predicate starts. So does an English "-ing"
    // after a plural noun ("migrants arriving in Denver", "shelters housing asylum seekers"), unless it is a noun.
    if (STOP.has(w) || (out.length > 0 && SPANISH_FINITE_VERB.test(w))) break;
    if (out.length > 0 && /^[a-z]{3,}ing$/.test(w) && /[^s]s$/.test(out[out.length - 1]!) && !ING_NOUNS.has(w)) break;
    if (out.length === 0) headLower = /^\p{Ll}/u.test(clean(raw));
    lastLower = /^\p{Ll}/u.test(clean(raw));
    out.push(w);
    if (/[,.;:!?)]$/.test(raw)) break;
  }
  while (out.length && JOINERS.has(out[out.length - 1]!)) out.pop();
  // "remesas enviadas", "gasto previsto": a trailing participle is not part of what the money is for.
  // After "de" it is a noun ("comunidades de acogida"). On the object of a preposition it describes that object and stays
  // ("atención de migrantes retornados", "apoyo a familias desplazadas").
  const modifiesObject = out.length > 2 && (JOINERS.has(out[out.length - 3]!) || out[out.length - 3] === 'a');
  // "remittances sent (to Guatemala)", "funds approved (by Congress)": an English participle that opened a modifier.
  while (!keepParticiple && out.length > 1 && !JOINERS.has(out[out.length - 2]!) && (ENGLISH_PARTICIPLES.has(out[out.length - 1]!) || /^[a-z]{3,}[^e]ed$/.test(out[out.length - 1]!)) && !NOT_PARTICIPLES.has(out[out.length - 1]!)) out.pop();
  // "menores no acompañados": a participle after "no" is part of the noun phrase; a phrase never ends in "no".
  while (!keepParticiple && !modifiesObject && out.length > 1 && out[out.length - 2] !== 'no' && !JOINERS.has(out[out.length - 2]!) && out[out.length - 2] !== 'a' && /^(?:\p{L}{3,}(?:ad[oa]s?|id[oa]s?)|previst[oa]s?)$/u.test(out[out.length - 1]!)) out.pop();
  while (out.length && (out[out.length - 1] === 'no' || out[out.length - 1] === 'not')) out.pop();
  return out.length ? out.join(' ') : null;
}

/** The subject noun phrase of the clause ending at `before` ("El presupuesto de la Comar para 2025 será de"). */
function subjectBefore(before: string, lang: Lang): string | null {
  const pieces = before.split(/[;:]|,\s+(?=[\p{Ll}])/u);
  // "His lawyer said the median fee is …", "dijo que el costo fue de …": the clause reported is the one that states the sum.
  // ("La partida … asciende este año a": a time between the verb and its preposition is skipped.)
  // ("… said it had registered 2,100 claims, and that its budget was …": a second reported clause, after "and that"/"y que",
  // has a subject of its own.)
  const clause = (pieces.pop() ?? before).replace(REPORTED_CLAUSE, '').replace(/^(?:.*\s)?(?:and|y|e)\s+(?:that|que)\s+(?=\S)/iu, '').replace(TIME_BEFORE_LAST_WORD, ' ');
  // "The cost of each flight is about $17,000": after a subject of cost, a plain copula states the sum.
  // ("Its Mexico program budget for 2027 is $9 million": so does a subject whose head is a budget.)
  // ("The application fee for asylum is now $100", "La multa es de …": so does a subject headed by a payment noun.)
  const copula = COST_OF.test(clause) || BUDGET_SUBJECT.test(clause) || PAYMENT_SUBJECT.test(clause) ? COST_COPULA_BEFORE.exec(clause) : null;
  if (copula) return purposeOfSubject(clause.slice(0, copula.index).replace(CLAUSE_CONJUNCTION, '').replace(POSSESSOR, ''));
  const m = AMOUNT_VERB_BEFORE.exec(clause);
  if (!m) return null;
  let subject = clause.slice(0, m.index);
  // "el INM contará con 2 mil 860 millones", "La Comar dispondrá de …": what a named body has is its budget.
  const having = HAVING_VERB_BEFORE.exec(clause);
  const named = having ? NAMED_SUBJECT.exec(`${clause.slice(0, having.index).replace(CLAUSE_CONJUNCTION, '')} x`) : null;
  if (named && (named[1] || /^\p{Lu}{2,}(?![\p{Ll}])|\s\p{Lu}/u.test(named[2]!)) && named[0].length >= clause.slice(0, having!.index).replace(CLAUSE_CONJUNCTION, '').length) {
    // (The owner is the subject, read as the figure's body; the purpose is the budget.)
    return lang === 'es' ? 'presupuesto' : 'budget';
  }
  // "Las remesas subieron en agosto, al sumar …", "El programa X, que entrega …, ha costado …": a clause with no subject of
  // its own takes the subject of the clause before it, past relative clauses.
  if (/^\s*(?:(?:y|and)\s*)?$/iu.test(subject)) {
    while (pieces.length && RELATIVE_OPENER.test(pieces[pieces.length - 1]!)) pieces.pop();
    subject = pieces.pop() ?? '';
  }
  return purposeOfSubject(subject.replace(CLAUSE_CONJUNCTION, '').replace(LEADING_TIME, '').replace(POSSESSOR, ''));
}
/** A verb of having right before the sum (data: money.json havingVerbs). */
const HAVING_VERB_BEFORE = new RegExp(String.raw`\s(?:${[...money.havingVerbs.es, ...money.havingVerbs.en].map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:(?:m[aá]s\s+de|unos|casi|about|nearly|more\s+than)\s+)?$`, 'iu');
/** A verb of sending money home right before the sum (data: money.json remittanceVerbs). */
const REMITTANCE_VERB_BEFORE = {
  en: new RegExp(String.raw`(?:^|\s)${money.remittanceVerbs.en.pattern.replace(/ /g, String.raw`\s+`)}\s+(?:(?:about|nearly|more\s+than|some|a\s+record)\s+)?(?:US)?[$€£]?\s*$`, 'iu'),
  es: new RegExp(String.raw`(?:^|\s)${money.remittanceVerbs.es.pattern.replace(/ /g, String.raw`\s+`)}\s+(?:(?:unos|unas|casi|m[aá]s\s+de)\s+)?(?:US)?[$€£]?\s*$`, 'iu'),
};
/** "at a cost of", "a un costo de": the cost of the clause before. */
const AT_COST_BEFORE = /,?\s+(?:at\s+a\s+(?:total\s+|combined\s+|projected\s+|estimated\s+)?cost\s+of|a\s+un\s+costo\s+(?:total\s+)?de)\s+(?:(?:about|nearly|more\s+than|some|unos|unas|casi|m[aá]s\s+de)\s+)?(?:US)?[$€£]?\s*$/iu;
/** A verb of giving money right before the sum, past "more than"/"about" (data: money.json allocationVerbs). */
const ALLOCATION_VERB_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${[...money.allocationVerbs.en, ...money.allocationVerbs.es].join('|')})\s+(?:(?:more\s+than|about|nearly|some|an\s+additional|another|m[aá]s\s+de|unos|unas|casi|otros|otras)\s+)?(?:US)?[$€£]?\s*$`, 'iu');
/** A verb of raising revenue right before the sum (data: money.json revenueVerbs). */
const REVENUE_VERB_BEFORE = {
  en: new RegExp(String.raw`(?:^|\s)${money.revenueVerbs.en.pattern.replace(/ /g, String.raw`\s+`)}\s+(?:(?:about|nearly|more\s+than|some|an\s+estimated)\s+)?$`, 'iu'),
  es: new RegExp(String.raw`(?:^|\s)${money.revenueVerbs.es.pattern}\s+(?:(?:unos|unas|casi|m[aá]s\s+de|alrededor\s+de)\s+)?$`, 'iu'),
};
/** "mientras que", "while", "y": a conjunction opening the clause is not part of its subject. */
const CLAUSE_CONJUNCTION = /^\s*(?:mientras\s+que|mientras|en\s+tanto\s+que|aunque|while|whereas|although|y|e|and|but|pero)\s+/iu;
/** "este año", "this year", "en 2026" right before the last word (a preposition) of the text before the sum. */
const TIME_BEFORE_LAST_WORD = /\s(?:(?:este|ese|el\s+pr[oó]ximo|el\s+pasado|this|last|next)\s+(?:año|mes|trimestre|year|month|quarter)|en\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)\s+(?=\p{L}+\s*$)/iu;
/** "… said (that)", "… dijo que": the start of a reported clause. */
const REPORTED_CLAUSE = new RegExp(String.raw`^.*\s(?:(?:said|says|say|told\s+\p{L}+|reported|reports|dijo|dice|afirm[oó]|inform[oó]|señal[oó]|explic[oó]|indic[oó]|precis[oó]|asegur[oó])(?:\s+(?:that|que))?|(?:${[...money.reportingVerbs.en, ...money.reportingVerbs.es].join('|')})\s+(?:that|que))\s+(?=\S)`, 'iu');
/** A relative clause in apposition: ", que entrega …", ", which pays …". */
const RELATIVE_OPENER = /^\s*(?:que|quien|quienes|(?:el|la|los|las)\s+cual(?:es)?|donde|which|who|that|where)\s/iu;
/** "The coalition's", "the groups'": a common-noun possessor before the money noun is not what the money is for (a named one,
 * "Denver's migrant response", stays). */
const POSSESSOR = /^\s*(?:[Tt]he\s+)?(?:\p{Ll}[\p{L}.-]*\s+){0,2}\p{Ll}+(?:'s|’s|s'|s’)\s+(?=\p{Ll})/u;

/** What the subject of a sum names: what a cost is of, what spending is on, else the subject itself. */
function purposeOfSubject(subject: string): string | null {
  // ("…, in a deployment expected to cost", "part of a mission expected to cost": the noun after the preposition is the subject.)
  subject = subject.replace(/^\s*(?:(?:as\s+)?part\s+of|parte\s+de|in|en)\s+(?=(?:an?|the|un|una|el|la)\s)/iu, '');
  // "Funding for legal aid was cut by …" -> legal aid; "Funding for the Border Patrol rose to …" -> border patrol funding:
  // a money noun's object says what the money is for (a named body owns it).
  const of = MONEY_NOUN_OBJECT.exec(subject);
  if (of) {
    const rest = subject.slice(of[0].length);
    const p = phraseForward(rest);
    const noun = /^\s*(?:(?:the|el|la|los|las)\s+)?(?:federal\s+|state\s+)?(\p{L}+)/iu.exec(subject)?.[1]?.toLowerCase() ?? '';
    const named = /^\p{Lu}/u.test(rest);
    if (p && named && ENGLISH_MONEY_NOUNS.has(noun)) return `${p} ${noun}`;
    // ("El presupuesto de la Comar será de …": a Spanish money noun keeps its named owner, read below.)
    if (p && !named) return p;
  }
  // "El costo de cada vuelo de deportación es de …", "The cost of each removal flight is …": what the cost is of.
  const costOf = COST_OF.exec(subject);
  if (costOf) {
    const p = phraseForward(subject.slice(costOf[0].length));
    if (p) return p;
  }
  // "Los ingresos por remesas …", "revenue from smuggling fees …": what the income comes from.
  const income = INCOME_FROM.exec(subject);
  if (income) {
    const p = phraseForward(subject.slice(income[0].length));
    if (p) return p;
  }
  // "El gasto previsto para 2026 en la ampliación de la estación migratoria": what the spending is on.
  // ("El gasto federal del INM en Chihuahua": a capitalised place after "en" is where, not what, the money is spent on.)
  const on = /(?:gasto|gastos|inversi[oó]n|spending|investment|costo|cost)\b[^,;]*?\s(?:en|on|for)\s+((?:la|el|los|las|the)\s+)?(\p{Ll}[^,;]*)$/u.exec(subject);
  if (on) {
    const p = phraseForward(on[2]!);
    if (p) return p;
  }
  // ("Each asylum seeker bused from Texas cost the state about \$1,600": what each one cost is the thing counted.)
  const p = phraseForward(subject.replace(/^\s*(?:y|and|but|pero)\s+/i, '').replace(/^\s*(?:each|every|cada)\s+(?=\p{L})/iu, ''));
  // (A pronoun subject names nothing: "It will cost $5 million".)
  return p && !PRONOUNS.has(p) ? p : null;
}
const INCOME_FROM = /^\s*(?:(?:y|and|but|pero)\s+)?(?:(?:the|el|la|los|las)\s+)?(?:ingresos|ingreso|income|revenue|revenues|flujo|flujos)\s+(?:por|from|de|del)\s+(?:(?:the|el|la|los|las)\s+)?/iu;
/** A subject headed by "budget"/"presupuesto", past its time: "its shelter budget for 2027 is". */
const BUDGET_SUBJECT = /(?:^|\s)(?:budget|presupuesto)(?:\s+(?:for|para|de|in|en)\s+(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d)?\s+(?:is|was|will\s+be|es|fue|ser[aá])\s+(?:(?:about|nearly|roughly|more\s+than|some|unos|unas|m[aá]s\s+de|casi|alrededor\s+de)\s+)?$/iu;
/** A subject headed by a noun that names a kind of payment (data: vocabulary.json selfNamedMoneyNouns), then a copula. */
const PAYMENT_SUBJECT = new RegExp(String.raw`(?:^|\s)(?:${(vocabulary.selfNamedMoneyNouns as string[]).join('|')})(?:\s+(?:for|of|de|del|para|a|al|to|on|against|contra)\s+[^,;]{1,40}?)?\s+(?:is|was|will\s+be|es|fue|ser[aá])\s+(?:(?:now|still|already|ahora|ya|todav[ií]a|currently|actualmente)\s+)?(?:(?:about|nearly|roughly|more\s+than|some|unos|unas|m[aá]s\s+de|casi|alrededor\s+de)\s+)?(?:de\s+)?$`, 'iu');
const COST_COPULA_BEFORE = /\s(?:is|was|are|were|will\s+be|es|fue|son|ser[aá])\s+(?:(?:now|still|already|ahora|ya|todav[ií]a|currently|actualmente)\s+)?(?:(?:about|nearly|roughly|more\s+than|some|unos|unas|m[aá]s\s+de|casi|alrededor\s+de)\s+)?$/iu;
const ENGLISH_MONEY_NOUNS = new Set(vocabulary.moneyNouns.en as string[]);
const COST_OF = /^\s*(?:(?:y|and|but|pero)\s+)?(?:(?:the|el|la|los|las)\s+)?(?:average\s+|promedio\s+|total\s+)?(?:cost|costs|price(?:\s+tag)?|tab|bill|costo|costos|coste|precio|monto|amount|valor|value|suma|sum|total)\s+(?:of|de|del|for)\s+(?:(?:each|every|a|an|the|cada|un|una|el|la|los|las)\s+)?/iu;

/**
 * "Las remesas cayeron 4.6% en el primer trimestre, a 14 mil 270 millones de dólares", "Spending on
 * shelters rose 12% to $81 million": the money is the new level of the subject of a change verb.
 */
const CHANGE_VERB = /\s(?:cayeron|cay[oó]|subieron|subi[oó]|crecieron|creci[oó]|aumentaron|aument[oó]|disminuyeron|disminuy[oó]|bajaron|baj[oó]|repuntaron|repunt[oó]|rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped)(?:\s[^;:]*?)?(?:\s|,\s)(?:a|hasta|to)\s+(?:m[aá]s\s+de\s+|more\s+than\s+|about\s+|unos\s+)?(?:(?:a|an|un|una)\s+(?:new\s+|nuevo\s+)?(?:record|all-time\s+high(?:\s+of)?|r[eé]cord\s+de|m[aá]ximo\s+(?:hist[oó]rico\s+)?de)\s+)?$/iu;

/** "Funding for legal aid was cut by $200 million", "el gasto en albergues aumentó en 40 millones": a change of the subject by the sum. */
export const CHANGE_BY_BEFORE = /\s(?:(?:was|were|has\s+been|have\s+been|will\s+be)\s+)?(?:(?:would|will|could|may|might)\s+(?:grow|shrink|rise|fall|increase|decrease|drop|climb|decline)|shrank|cut|reduced|slashed|increased|raised|boosted|trimmed|rose|fell|grew|dropped|declined|jumped|climbed|aumentó|aumento|aumentaron|aumentará|aumentarán|creció|crecieron|crecerá|cayó|cayeron|caerá|disminuyó|disminuyeron|disminuirá|se\s+redujo|se\s+redujeron|se\s+reducirá|se\s+recortó|se\s+recortará|fue\s+recortad[oa]|será\s+recortad[oa]|bajó|bajará|subió|subirá|(?:tuvo|tendrá|tiene|sufrió|sufrirá)\s+un\s+(?:recorte|aumento|incremento|alza|reducción)|(?:had|has|will\s+have|saw|faces)\s+an?\s+(?:cut|increase|reduction))\s+(?:by|en|de|of)\s+(?:(?:about|nearly|more\s+than|almost|some|casi|m[aá]s\s+de|unos|alrededor\s+de)\s+)?$/iu;

/** "Funding for …", "el gasto en …", "el presupuesto para …": a money noun opening a subject, and its preposition (data: vocabulary.json moneyNouns). */
const MONEY_NOUN_OBJECT = new RegExp(String.raw`^\s*(?:(?:the|el|la|los|las)\s+)?(?:federal\s+|state\s+)?(?:${[...vocabulary.moneyNouns.en, ...vocabulary.moneyNouns.es].join('|')})\s+(?:for|on|to|para|en|de|del|a)\s+(?:(?:the|el|la|los|las)\s+)?`, 'iu');

function changedSubject(before: string): string | null {
  const by = CHANGE_BY_BEFORE.exec(before);
  if (by) {
    const p = purposeOfSubject((before.slice(0, by.index).split(/[;:]|,\s+/).pop() ?? '').replace(/^\s*(?:y|and|but|pero)\s+/i, ''));
    if (p) return p;
  }
  const m = CHANGE_VERB.exec(before);
  if (!m) return null;
  return purposeOfSubject((before.slice(0, m.index).split(/[;:]|,\s+/).pop() ?? '').replace(/^\s*(?:y|and|but|pero)\s+/i, ''));
}

/** A verb that sets a level, its object (group 1) and "to"/"a" right before the sum (data: money.json levelVerbs). */
const LEVEL_OBJECT_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${[...money.levelVerbs.en, ...money.levelVerbs.es].join('|')})\s+((?:the|its|their|his|her|our|el|la|los|las|su|sus)\s+(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s+(?:to|a|hasta)\s+(?:(?:about|nearly|roughly|more\s+than|just|only|casi|unos|unas|m[aá]s\s+de|alrededor\s+de|apenas|s[oó]lo)\s+)?(?:US)?[$€£]?\s*$`, 'iu');
/** Money nouns too bare to say what a level is of. */
const BARE_MONEY_NOUNS = new Set([...vocabulary.moneyNouns.en, ...vocabulary.moneyNouns.es]);

/** "contract", "award", "deal": nouns a sum is the worth of (data: money.json vehicleNouns). */
const VEHICLE = `(?:${money.vehicleNouns.en.join('|')})`;
/** A verb of paying that opens what a vehicle or a recipient pays for: "covering", "that will cover", "will pay for". */
const PAYS_FOR = String.raw`(?:covering|(?:(?:that|which)\s+)?(?:will|would)\s+(?:pay\s+for|pay|cover|fund|finance))\s+`;
const VEHICLE_THEN_PURPOSE = new RegExp(String.raw`^\s+(?:(?!(?:to|for|in|on|of|and|or)\s)[\p{Ll}-]+\s+){0,2}?${VEHICLE}(?:\s*,)?\s+(?:(?=to\s+\p{Ll}{3,}\s)|(?=for\s+(?!(?:fiscal|the\s+(?:next|coming|past))\b)(?:the\s+|a\s+|an\s+)?\p{Ll})|${PAYS_FOR})`, 'u');
const FUND_THEN_PAYS = new RegExp(String.raw`^\s*to\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:fund|program|trust|account|pool)\s+${PAYS_FOR}`, 'u');
const UNDER_VEHICLE_AFTER = new RegExp(String.raw`^\s*(?:(?:a|per|each)\s+(?:year|month)\s+)?under\s+(?:the|a|an|its|their)\s+((?:[\p{Ll}-]+\s+){0,2}${VEHICLE})(?![\p{L}])`, 'u');

/** "under the Interim Housing Assistance Program", "under its Shelter and Services Program": a named program (data: money.json programHeads). */
const UNDER_NAMED_PROGRAM_AFTER = new RegExp(String.raw`^\s*,?\s*under\s+(?:the|a|an|its|their|his|her)\s+((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}(?:${(money.programHeads.en as string[]).join('|')}))(?![\p{L}])`, 'u');
/** The text after a sum past a vehicle noun or a fund it goes to, when what they pay for follows. */
function pastVehicle(after: string): string {
  const m = VEHICLE_THEN_PURPOSE.exec(after) ?? FUND_THEN_PAYS.exec(after);
  if (!m) return after;
  const paysFor = new RegExp(`${PAYS_FOR}$`, 'u').exec(m[0]);
  return paysFor ? ` to cover ${after.slice(m[0].length)}` : ` ${after.slice(m[0].length)}`;
}

let kindLayer = true;
/** Turns the money-kind layer on or off (the money19 convention relabel script and A/B runs compare the two). */
export function useMoneyKind(on: boolean): void {
  kindLayer = on;
}

/** The purpose of the money at [start, end) of `sentence`, lower-case, or null when the text does not say. */
export function moneyPurpose(sentence: string, start: number, end: number, lang: Lang): string | null {
  // The clause is read once: a dateline and the adjuncts between the sum and its purpose (a time, a source, a participle)
  // are blanked, so every rule below sees the purpose right after the sum.
  const s = maskAdjunctsAfter(maskDateline(sentence), end);
  const before = s.slice(0, start);
  const after = s.slice(end);
  // "$91 million of the $200 million … went to hotel stays", "lo recaudado, unos 9 millones de dólares, irá al fondo …": a
  // sum that is the subject of its clause is for where the clause's verb of going sends it.
  const dest = laterDestination(before, after);
  if (dest) {
    const p = dest.spanish ? spanishPurposeClause(dest.text) ?? phraseForward(dest.text) : phraseForward(dest.text);
    if (p && !weakPurpose(p, lang)) return tidyPurpose(p);
  }
  // "fined a trucking company $220,000 for …", "multó a una agencia con 230 mil pesos": the penalty the verb names; "for"
  // gives its reason.
  // "has drawn down $8.6 million of the $15 million lawmakers set aside for migrant transport": a part of a later sum is
  // for what that sum is for.
  const partOf = PART_OF_SUM_AFTER.exec(after);
  const whole = partOf ? WHOLE_SUM.exec(after.slice(partOf[0].length)) : null;
  if (whole) {
    const at = end + partOf![0].length + whole.index;
    const p = moneyPurpose(sentence, at, at + whole[0].length, lang);
    if (p && !PRONOUNS.has(p)) return p;
  }
  // "Barrier construction took $3.4 billion of that": the subject that takes a part of the money before names it.
  const part = PART_OF_THAT_AFTER.test(after) ? PART_TAKER_BEFORE.exec(before) : null;
  if (part) {
    const p = phraseForward(part[1]!.replace(CLAUSE_CONJUNCTION, ''));
    if (p && !PRONOUNS.has(p) && !weakPurpose(p, lang)) return tidyPurpose(p);
  }
  const penalty = penaltyBefore(before);
  if (penalty) return penalty;
  // (money19) What the clause says the sum IS — a ransom, a contract, a cost per detainee, spending — names it before what it
  // is for does (money-kind.ts).
  const kindOf = kindLayer ? moneyKind(s, start, end, lang, 0, sentence) : null;
  if (kindOf) {
    // (money20) …and what it is for, where the text says it compactly: kind and purpose composed (composeKind).
    kindLayer = false;
    let purpose: string | null;
    try {
      purpose = moneyPurpose(sentence, start, end, lang);
    } finally {
      kindLayer = true;
    }
    return composeKind(kindOf, purpose, sentence, lang);
  }
  // "Con 15 millones de pesos, el gobierno estatal abrirá un nuevo albergue": the object of the main clause's verb.
  const fronted = frontedObject(before, after);
  if (fronted) {
    const object = phraseForward(fronted.object);
    // ("abrirá" is "abrir" said of the future: the verb by its infinitive.)
    const infinitive = fronted.verb.replace(/([aei])r[aá]n?$/u, '$1r');
    const p = object && ACQUISITION_VERBS.has(infinitive) ? object : object ? `${fronted.verb} ${object}` : null;
    if (p && !weakPurpose(p, lang)) return p;
  }
  const found = cascadePurpose(s, start, end, lang);
  // "Smugglers charged $12,000 to move …", "Un coyote cobraba 11 mil dólares por persona para llevar …": a sum charged for
  // an action (or for nothing said) is the charger's fee.
  const fee = chargedFee(before, after, found, lang);
  if (fee) return fee;
  if (found && !weakPurpose(found, lang, after)) return tidyPurpose(found);
  // What is left says what the money is for only through the clause: the subject whose amount the predicate states ("El
  // rescate … era de", "Daily meal allowances were cut to"), else the verb that governs the sum ("ejerció", "raised").
  const subjectText = amountSubjectText(before, lang);
  const subject = subjectText ? purposeOfSubject(subjectText.replace(CLAUSE_CONJUNCTION, '').replace(POSSESSOR, '')) : null;
  if (subject && !weakPurpose(subject, lang)) return tidyPurpose(subject);
  const verb = governingVerb(before);
  if (verb && !STOP.has(verb)) return verb;
  return found && !CURRENCY_WORDS.has(found) ? found : null;
}

/** "of the $15 million …", "de los 300 millones …": the sum is a part of the sum after it. */
const PART_OF_SUM_AFTER = /^\s+(?:of|de)\s+(?:the|its|their|a|an|los|las|el|la)\s+(?=(?:US|C|CA)?[$€£]\s*\d|\d[\d.,]*\s+(?:mil|millones|million|billion))/iu;
const WHOLE_SUM = /^(?:(?:US|C|CA)?[$€£]\s*\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion|mil\s+millones|millones|mil))?|\d[\d.,]*(?:\s+(?:mil|millones|million|billion))+(?:\s+de)?(?:\s+(?:d[oó]lares|pesos|euros|quetzales|lempiras))?)/iu;
/** "of that", "of it", "of the total", "de esa cantidad": the sum is a part of the money named before. */
const PART_OF_THAT_AFTER = /^\s+(?:of\s+(?:that|it|this|those|them|the\s+(?:total|money|sum|amount|funds?|funding))|de\s+(?:eso|ello|ese\s+(?:monto|total|dinero)|esa\s+(?:cantidad|suma|bolsa)))(?![\p{L}])/iu;
/** The subject of a verb of taking a part right before the sum (group 1; data: money.json partVerbs). */
const PART_TAKER_BEFORE = new RegExp(String.raw`(?:^|[.;:]\s*|,\s*|\s(?=(?:while|whereas|and|but|y|mientras)\s))((?:(?:while|whereas|and|but|y|mientras)\s+)?(?:the\s+|el\s+|la\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:${[...money.partVerbs.en, ...money.partVerbs.es].map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:(?:about|nearly|roughly|some|more\s+than|almost|another|unos|unas|casi|m[aá]s\s+de)\s+)?(?:US)?[$€£]?\s*$`, 'iu');
/** Currency words: the unit of a sum, never its purpose. */
const CURRENCY_WORDS = new Set(['dollars', 'dólares', 'dolares', 'pesos', 'euros', 'money', 'dinero']);
/** A copula or finite verb ending a phrase: the phrase ran into its clause's predicate ("banda era", "irregular irá"). */
const PREDICATE_END = /(?:^|\s)(?:era|eran|es|son|fue|fueron|ser[aá]|ir[aá]|iba|va|van|was|were|is|are|will|would)$/u;
/**
 * A purpose that names nothing: a currency word, a phrase that ran into the predicate, a lone participle ("earmarked"), a
 * bare verb with no object ("llevar", "llevarlos"), a pronoun.
 */
function weakPurpose(p: string, lang: Lang, after = ''): boolean {
  const ws = words(p);
  if (CURRENCY_WORDS.has(p) || PREDICATE_END.test(p) || (ws.length > 1 && SPANISH_FINITE_VERB.test(ws[ws.length - 1]!))) return true;
  if (ws.length !== 1) return false;
  const w = ws[0]!;
  return PRONOUNS.has(w) || /^(?:uno|una|one)$/.test(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PARTICIPLES.has(w)) || (lang === 'es' && /^\p{Ll}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$/u.test(w) && new RegExp(String.raw`(?:^|\s)(?:para|por)\s+${w}(?![\p{L}])`, 'iu').test(after));
}
/** "Shelter and Services Program money" → "shelter and services program": a trailing "money" after what the money is names only money. */
function tidyPurpose(p: string): string {
  // ("border patrol's budget": the owner of a budget names it, as "cbp budget" does.)
  return p.replace(/(\s(?!(?:of|de)\s)\S+)\s+(?:money|dinero)$/u, '$1').replace(/^((?:\p{L}+\s+){0,3}\p{L}+)['’]s\s+(budget|funding|spending)$/u, '$1 $2');
}

/** "red de tráfico", "smuggling network": a group named by what it does (data: money.json collectiveHeads). */
const COLLECTIVE_NAMED = new RegExp(String.raw`(?:^|\s)(?:(?:${money.collectiveHeads.es.join('|')})\s+(?:de|del)\s+((?:\p{Ll}+\s+)*?\p{Ll}+)|(\p{Ll}+)\s+(?:${money.collectiveHeads.en.join('|')})s?)$`, 'iu');

/** "charging migrants", "charged each Ecuadorian migrant": a verb of charging people on the beat, right before the sum (data: money.json chargedPeople). */
const CHARGED_PEOPLE = new RegExp(String.raw`(?:^|\s)(?:charge|charged|charges|charging)\s+(?:(?:each|every|the)\s+)?(?:(?:of\s+the\s+)?[\p{L}-]+\s+){0,2}?(?:${(money.chargedPeople.en as string[]).join('|')})\s+(?:(?:up\s+to|about|as\s+much\s+as|more\s+than|nearly|between)\s+)?(?:(?:US)?[$€£]?\s*[\d.,]+(?:\s+(?:million|thousand))?\s+(?:and|to)\s+)?(?:US)?[$€£]?\s*$`, 'iu');
/** A Spanish verb of charging or asking (group 1): only "cobrar" charges a fee for what the clause after it does. */
const ES_CHARGE_VERB = /(?:^|\s)(cobr\p{Ll}*|ped[ií]\p{Ll}*|pidi\p{Ll}*|exig\p{Ll}*)\s/giu;
/** Chargers named by a word for smuggler that is no agent noun in -er ("coyotes"; data: money.json smugglingChargers). */
const SMUGGLING_CHARGERS = new Set(money.smugglingChargers.en as string[]);
/** The fee a charger charges, when the sum is charged for an action or for nothing the text names. */
function chargedFee(before: string, after: string, found: string | null, lang: Lang): string | null {
  const charger = chargerText(before);
  if (!charger) return null;
  // (A sum charged for a thing keeps the thing: "charged $14,000 for the trip", "cobran 50 pesos por viaje".)
  // ("$12,000 a person to move …", "9 mil dólares por persona para …": the rate the fee is charged at comes first.)
  const rest = after.replace(RATE_PHRASES_AFTER, '').replace(/^\s*,?\s*(?:each|apiece|cada\s+un[oa])(?![\p{L}])/iu, '').replace(/^\s*,?\s*(?:a|an|per|each|por|por\s+cada)\s+\p{Ll}{3,}(?=\s+(?:to|para|por)\s)/u, '');
  const action = /^\s*(?:to\s+(?!(?:the|a|an|its|their)\s)\p{Ll}{3,}\s|(?:para|por)\s+\p{Ll}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?(?![\p{L}]))/u.test(rest);
  // (A sum charged for an action is the charger's fee in Spanish too — "Los polleros cobran … por persona por cruzar a
  // migrantes" is "cobro de polleros" — when a charger is named; else the infinitive clause says what it pays for.)
  // (Asking is no charging: "ACNUR pidió 412 millones de dólares para atender a refugiados" keeps its purpose clause.)
  const asked = lang === 'es' && !/^cobr/iu.test([...before.matchAll(ES_CHARGE_VERB)].pop()?.[1] ?? '');
  if ((!action || asked) && found && !weakPurpose(found, lang, after)) return null;
  // ("Una red de tráfico de personas cobraba …": a group named by what it does names the fee.)
  const activity = chargerBefore(before, true);
  if (lang === 'es' && activity) return activity;
  const ws = words(charger.toLowerCase().replace(/^(?:the|a|an|un|una|el|la|los|las)\s+/u, ''));
  const collective = COLLECTIVE_NAMED.exec(ws.join(' '));
  const head = ws[ws.length - 1]!.replace(/[^\p{L}]/gu, '');
  // (A pronoun names no one: "Ellos cobran 500 dólares".)
  // ("… after he admitted charging migrants $9,500": with no charger named, charging migrants is smuggling.)
  const chargedPeople = lang === 'en' && CHARGED_PEOPLE.test(before);
  if (PRONOUNS.has(head)) return chargedPeople ? 'smuggling fee' : null;
  if (lang === 'es') return `cobro de ${head}`;
  // "Smugglers", "a smuggler", "smuggling networks": the activity names the fee ("smuggling fee"); so does a charger of
  // migrants ("a driver charging migrants $2,500 each": his driving is smuggling them).
  const agent = /^(\p{Ll}{3,})ers?$/u.exec(head);
  const done = activity ?? collective?.[2] ?? (chargedPeople || SMUGGLING_CHARGERS.has(head) ? 'smuggling' : agent ? `${agent[1]}ing` : null);
  // ("guides were charging …": a charger not named by what it does names the fee itself.)
  return done ? `${done} fee` : chargerBefore(before) ?? head;
}

/** "Cada plaza … cuesta al Estado", "each case costs": a sum each unit of a thing costs (group 1: the thing). */
// (The "each" phrase opens its clause: "legal representation for every detained immigrant would cost" is the cost of the representation.)
const EACH_COSTS_BEFORE = /(?:^|[.;:,]\s*|\s(?:que|that|and|y)\s+)(?:cada|each|every)\s+([^,;]{2,80}?)(?:\s+(?:le|les|nos|me|te|lo|la))?\s+(?:cuesta|cuestan|cost[oó]|costaba|costar[aá]|costs?|costed)\s+(?:(?:al|a\s+la|a\s+los|a\s+las|a|the)\s+(?:[\p{L}'’.-]+\s+){1,3}?)?(?:(?:en\s+promedio|on\s+average|unos|unas|about|nearly|some|roughly|casi|alrededor\s+de|m[aá]s\s+de|more\s+than)\s+)*(?:US)?[$€£]?\s*$/iu;

function cascadePurpose(sentence: string, start: number, end: number, lang: Lang): string | null {
  // "remesas por un monto promedio de 392 dólares", "paid an average of $7,400": an amount noun before the sum is read as
  // part of it, so what comes before it (the noun, the verb, the subject) says what the money is for.
  const amountHead = AMOUNT_HEAD_BEFORE.exec(sentence.slice(0, start));
  if (amountHead) start = amountHead.index + amountHead[0].length - amountHead[0].trimStart().length;
  // "4.2 billion pesos last year on …", "$2 million this year for …", "390 millones de dólares que necesita este año
  // para …": a time or a relative clause between the money and the preposition of its purpose is skipped.
  let after = sentence.slice(end);
  // "climbed to $2.1 billion in August from $1.8 billion in the same month", "frente a 8 mil 100 millones en el mismo
  // periodo", "including one of $410,000": the second sum of a comparison, or one of a total, is the same kind of money as
  // the sum before it.
  const earlier = earlierSumPurpose(sentence, start, end, lang) ?? anotherSumPurpose(sentence, start, end, lang) ?? apposedSumPurpose(sentence, start, end, lang);
  if (earlier) return earlier;
  // "Cada expediente cuesta en promedio 4 mil 500 pesos a la comisión", "Each bed costs the county $180 a night": what
  // each one costs is the thing counted (who bears the cost, after the sum or between, is no purpose).
  const each = EACH_COSTS_BEFORE.exec(sentence.slice(0, start));
  if (each) {
    const p = phraseForward(each[1]!);
    if (p && !PRONOUNS.has(p)) return p;
  }
  // "will cut its asylum-seeker budget to $1.9 billion", "elevó la multa por estancia irregular a 9 mil pesos": the object
  // of a verb that sets a level is what the sum is the new level of (a bare "funding"/"presupuesto" lets a purpose after
  // the sum say more).
  const level = LEVEL_OBJECT_BEFORE.exec(sentence.slice(0, start));
  if (level) {
    const p = phraseForward(level[1]!.replace(POSSESSOR, ''));
    if (p && !PRONOUNS.has(p) && !BARE_MONEY_NOUNS.has(p)) return p;
  }
  // "has asked for \$3.1 billion more to expand capacity", "50 millones más para …": more of the money, then its purpose.
  after = after.replace(/^\s+(?:more|additional|extra|más|mas|adicionales)(?=\s+(?:to|for|on|para|a|en)\s)/iu, '');
  // "Another $640m will go toward surveillance towers", "3 mil millones fueron a barreras": a verb of going after the money
  // leads to what it is for.
  const goes = GOES_TO_AFTER.exec(after);
  if (goes) after = ` ${goes[1] ?? 'toward'} ` + after.slice(goes[0].length);
  const gap = TIME_OR_RELATIVE_AFTER.exec(after);
  if (gap && ((lang === 'es' ? AFTER_ES : AFTER_EN).test(after.slice(gap[0].length).replace(/^\s*/, ' ')) || (lang === 'en' && TO_VERB_AFTER.test(after.slice(gap[0].length).replace(/^\s*/, ' '))))) after = ' ' + after.slice(gap[0].length);
  // "$19.6 million in federal grant funds to cover shelter costs": the "in" phrase names the kind of money; the purpose is
  // the "to <verb>" after it (or the "for" phrase after a budget it sits in: "$23 million in its 2027 budget for …"), unless the kind is a named program ("in federal Shelter and Services Program funds"): then
  // the program, without the adjectives before its name.
  const kindOfMoney = lang === 'en' ? KIND_OF_MONEY_AFTER.exec(after) : null;
  if (kindOfMoney) {
    const named = /^(\s*in\s+)(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u.exec(kindOfMoney[0]);
    if (/\s\p{Lu}/u.test(kindOfMoney[0])) {
      if (named) after = named[1] + after.slice(named[0].length);
    } else if (TO_VERB_AFTER.test(after.slice(kindOfMoney[0].length)) || (/^\s*in\s+(?:its|the|their|his|her|this|next|a|an)\s/i.test(kindOfMoney[0]) && /^\s*(?:for|on)\s+(?!(?:fiscal|the\s+(?:next|coming|past))\b)/.test(after.slice(kindOfMoney[0].length)))) after = ' ' + after.slice(kindOfMoney[0].length);
  }
  // "a $1.26 billion contract to build 31 miles of barrier", "a $410 million award covering lighting and cameras", "$75
  // million to a fund that will pay legal fees": what the money is the worth of, or who gets it, then what it pays for.
  // ("paid cartel members $3,000 each to cross", "500 dólares cada uno para …": a distributive word before the purpose.)
  // (Before "for" a noun it is the fee of stays what it is: "paid guides between $4,000 and $6,000 each for the trip".)
  after = after.replace(/^\s+(?:each|apiece|cada\s+un[oa])(?=\s+(?:to\s+\p{Ll}{3,}|para\s+\p{Ll}+(?:ar|er|ir))\s)/iu, '');
  if (lang === 'en') after = pastVehicle(after);
  const beforeSum = sentence.slice(0, start);
  // "Salvadorans abroad sent home $8.4 billion": money sent home is remittances.
  if (REMITTANCE_VERB_BEFORE[lang].test(beforeSum)) return money.remittanceVerbs[lang].metric;
  // "Immigration fees brought in $5.6 billion for USCIS": what brought the money in names it ("for" names who got it).
  if (lang === 'en' && /(?:^|\s)(?:brought|bring|brings|bringing)\s+in\s+(?:(?:about|nearly|more\s+than|some|an\s+estimated)\s+)?(?:US)?[$€£]?\s*$/i.test(beforeSum)) {
    const p = subjectBefore(beforeSum, lang);
    if (p) return p;
  }
  // "CBP plans to buy 300 new body cameras at a cost of $2.4 million": the cost of what a verb of buying or building
  // acquires.
  const atCost = AT_COST_BEFORE.exec(beforeSum);
  if (atCost) {
    const acq = new RegExp(String.raw`(?:^|\s)(${[...ACQUISITION_VERBS].join('|')})\s+([^,;]+)$`, 'iu').exec(beforeSum.slice(0, atCost.index));
    const p = acq ? fundedNoun(phraseForward(acq[2]!) ?? '') : null;
    if (p) return p;
  }
  // "collected $9.8 million under the contract": the vehicle the money came under.
  // ("Immigration courts will receive $600 million under the deal": a subject that receives it says more.)
  const under = lang === 'en' && !/(?:^|\s)(?:get|gets|got|receive|receives|received)\s+(?:(?:about|nearly|more\s+than|some)\s+)?$/i.test(sentence.slice(0, start)) ? UNDER_VEHICLE_AFTER.exec(after) : null;
  if (under) return under[1]!.replace(/\s+/g, ' ');
  // "will pay provinces C$250 million under the Interim Housing Assistance Program": a named program the money is paid under.
  const underNamed = lang === 'en' && !under ? UNDER_NAMED_PROGRAM_AFTER.exec(after) : null;
  if (underNamed) return underNamed[1]!.replace(/\s+/g, ' ').toLowerCase();
  // "$75 million to Guatemala to strengthen its border security", "$38 million from FEMA to reimburse …", "divert $1
  // billion from military construction to fund …": a named recipient, a giver or a source of money, then "to <verb>".
  const namedThenVerb = lang === 'en' ? /^\s*(?:(?:to|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|from\s+(?:(?:the|its|their)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){1,3})(?=to\s+\p{Ll})/u.exec(after) : null;
  if (namedThenVerb) after = ' ' + after.slice(namedThenVerb[0].length);
  // "$138.50 per bed per day", "142 dólares por cama por día", "$352 per household per night in its shelters": a sum paid
  // per unit; a purpose after the rate phrases wins, else the unit paid for (not a person: "por persona" is a fee's rate).
  const rates = RATE_PHRASES_AFTER.exec(after);
  let perUnit: string | null = null;
  if (rates) {
    for (const r of rates[0].matchAll(RATE_PHRASE)) {
      const unitNoun = (r[1] ?? r[2] ?? r[3])?.toLowerCase();
      if (unitNoun && !perUnit && !TIME_UNITS.has(unitNoun) && !PERSON_UNITS.has(unitNoun)) perUnit = unitNoun;
    }
    after = ' ' + after.slice(rates[0].length);
  }
  // "$12 million to the city for migrant shelter beds": a recipient after "to", then the purpose.
  const toRecipient = lang === 'en' ? /^\s*to\s+(?=the\s|an?\s|\p{Lu})/u.exec(after) : null;
  let prep = (toRecipient && PURPOSE_AFTER_RECIPIENT.test(after.slice(toRecipient[0].length)) ? toRecipient : null) ??
    (lang === 'es' ? AFTER_ES : AFTER_EN).exec(after) ?? (lang === 'es' ? AFTER_EN.exec(after) : /^\s*a\s/.test(after) ? null : AFTER_ES.exec(after));
  // "apoyos de 2 mil pesos a cada repatriado", "set bail at $50,000 for the driver": a noun linked to the sum before it
  // names what it pays; "a"/"to" after it then names a recipient, and "at" binds closer than "for".
  const linked = nounLinkedBefore(sentence.slice(0, start));
  // ("paid ransoms averaging \$4,200 to free relatives": a noun the sum averages or totals is what it is, before a purpose.)
  // "a bond of $25,000 for the asylum seeker", "una multa de 380 mil pesos a una empresa", "un paquete de 90 millones para
  // Guatemala": a noun that names a kind of payment (data: vocabulary.json selfNamedMoneyNouns) is what the sum is; so is
  // any linked noun when "para"/"for" only names a place or body (a capitalised name), not a purpose.
  if (linked && (SELF_NAMED_MONEY.has(linked.head) || (prep && /^\s*(?:para|for)\s+$/i.test(prep[0]) && /^\p{Lu}[\p{Ll}]+(?:\s*[,.;]|\s+(?:y|and|e|,|según|said|dijo|informó|para|to)\s|\s*$)/u.test(after.slice(prep[0].length))))) return linked.noun;
  if (linked && (linked.link === 'at' || /^(?:averaging|totaling|totalling)$/.test(linked.link) || (prep && /^\s*(?:a|al|to)\s+$/i.test(prep[0]) && !PURPOSE_AFTER_RECIPIENT.test(after.slice(prep[0].length))))) return linked.noun;
  // ("94 dólares por detenido por día en el Centro de Detención de Stewart": after a rate, "en"/"in" and a name is where the
  // unit is paid for, not a purpose.)
  // ("por cada menor acogido en sus centros": so is "en" after a unit with its participle, the participle's complement.)
  if (perUnit && prep && /^\s*(?:en|in|at)\s+$/i.test(prep[0]) && (/^(?:(?:el|la|los|las|the)\s+)?\p{Lu}/u.test(after.slice(prep[0].length)) || perUnit.includes(' '))) prep = null;
  // "was fined $1.8 million (for …)", "fue multado con 50 mil pesos (por …)": the penalty the verb names; "for"/"por" gives
  // its reason, not a purpose.
  const penalty = PENALTY_VERB_BEFORE.exec(sentence.slice(0, start));
  if (penalty) return PENALTY_VERBS[penalty[1]!.toLowerCase()] ?? null;
  // "recibió 90 millones de dólares de México": "de" and a name is who gave the money, not what it is for.
  if (prep && /^\s*de\s+$/i.test(prep[0]) && /^\p{Lu}/u.test(after.slice(prep[0].length))) prep = null;
  // ("La multa a la empresa fue de 1.2 millones de pesos por trasladar …", "The fine was $5,000 for …": after a subject
  // that names a kind of payment, "por"/"for" gives its reason.)
  if (prep && /^\s*(?:por|for)\s+$/i.test(prep[0])) {
    const clause = (sentence.slice(0, start).split(/[;:]|,\s+(?=[\p{Ll}])/u).pop() ?? '').replace(REPORTED_CLAUSE, '');
    const paid = PAYMENT_SUBJECT.test(clause) ? subjectBefore(sentence.slice(0, start), lang) : null;
    if (paid && SELF_NAMED_MONEY.has(paid.split(' ')[0]!)) return paid;
  }
  if (prep) {
    let rest = after.slice(prep[0].length);
    let afterRecipient = false;
    // "mil 300 millones de pesos al INM para la operación de …", "$5 million to the county for shelter costs": the
    // recipient comes first, the purpose after "para"/"for".
    // The recipient is a name or has an article ("al municipio", "to the county"); "a albergues para migrantes" is a purpose.
    // ("a la construcción de …" is a purpose: after "a" and an article the recipient is a name, "la Comar".)
    // ("pagó 700 dólares a una red para cruzar el Darién": an indefinite recipient too, when a purpose follows it.)
    // ("invertirá 80 millones de euros en Senegal para frenar …", "$5 million in Guatemala for …": a place named, then the purpose.)
    const placeThen = /^\s*(?:en|in)\s+$/i.test(prep[0]) && /^\p{Lu}/u.test(rest) ? /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:para|for)\s+/u.exec(rest) : null;
    if (placeThen && !TIME_AFTER_PREPOSITION.test(rest.slice(placeThen[0].length))) {
      rest = rest.slice(placeThen[0].length);
      afterRecipient = true;
    }
    if (RECIPIENT_PREP.test(prep[0]) && (/^\s*al\s+$/i.test(prep[0]) || /^(?:\p{Lu}|the\s|(?:la|el|los|las)\s+\p{Lu}|(?:un|una|unos|unas|a|an)\s+(?:\p{Ll}+\s+){1,3}?(?:para|for)\s)/u.test(rest))) {
      const then = PURPOSE_AFTER_RECIPIENT.exec(rest);
      // ("a la Comar para 2025": a time after "para", so the recipient stays what the money is for.)
      if (then && !TIME_AFTER_PREPOSITION.test(rest.slice(then[0].length))) {
        rest = rest.slice(then[0].length);
        afterRecipient = true;
      }
    }
    // "in December", "en 2023", "a year": a time, not a purpose.
    if (!TIME_AFTER_PREPOSITION.test(rest)) {
      // "para atender a refugiados …", "para que Mauritania refuerce el control de sus costas": a purpose clause.
      const clause = afterRecipient || /^\s*(?:para|a|por|a\s+cambio\s+de)\s*$/i.test(prep[0]) ? spanishPurposeClause(rest) : null;
      // ("Una red de tráfico cobraba 10.000 dólares por persona para llevar a ecuatorianos …": a group named by what it does
      // names the fee; the clause says what it then does. "Los polleros cobraban … para cruzar": the clause stays.)
      const chargedBy = !afterRecipient && /^\s*para\s*$/i.test(prep[0]) && /^\p{Ll}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\s/u.test(rest) ? chargerBefore(sentence.slice(0, start), true) : null;
      if (chargedBy) return chargedBy;
      if (clause) return clause;
      const p = phraseForward(rest);
      // ("un apoyo de 2 mil 500 lempiras para reintegrarse": a verb with only its clitic says what the money does, not what
      // it is; the linked noun names the payment.)
      if (p && linked && /^\p{Ll}{3,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)$/u.test(p)) return linked.noun;
      if (p) return p;
    }
  }
  // ("apoyos de 2 mil pesos a cada repatriado": a noun linked to the sum before it says what is paid per unit.)
  if (perUnit) return linked?.noun ?? perUnit;
  // "cut $45 million from its migrant response budget": the budget the money came out of.
  const fromBudget = lang === 'en' ? FROM_BUDGET_AFTER.exec(after) : null;
  // ("redirected $250 million from the state's rainy day fund to border wall construction": the money moves to what it is
  // now for.)
  const movedTo = fromBudget ? /^\s+to\s+(?:the\s+)?(?=\p{L})/u.exec(after.slice(fromBudget[0].length)) : null;
  if (movedTo) {
    const p = phraseForward(after.slice(fromBudget![0].length + movedTo[0].length));
    if (p && !PRONOUNS.has(p)) return p;
  }
  if (fromBudget) return fromBudget[1]!.replace(/^\S+['’]s\s+(?=\p{Lu})/u, '').toLowerCase().replace(/\s+/g, ' ');
  // "The budget cuts $300 million from refugee resettlement", "recorta 200 millones al INM": what a cut takes money from.
  if (CUT_VERB_BEFORE.test(sentence.slice(0, start))) {
    const from = /^\s*(?:from|a|al|de|del)\s+/iu.exec(after);
    if (from) {
      const p = phraseForward(after.slice(from[0].length));
      if (p) return p;
    }
  }
  // "Los coyotes cobran entre 3 mil y 5 mil dólares por persona", "smugglers charged $6,000": what is charged is the
  // charger's fee, named by the charger.
  const charger = chargerBefore(sentence.slice(0, start));
  if (charger) return charger;
  const toVerb = lang === 'en' ? TO_VERB_AFTER.exec(after) : null;
  if (toVerb) {
    let verb = toVerb[1]!;
    let objectText = after.slice(toVerb[0].length);
    // "to keep running its reception centers", "to help fund …": the verb that says what the money does comes second.
    // ("to keep three shelters open": a count or an article after the aspectual verb is its object, not a second verb.)
    const second = ASPECTUAL_VERBS.has(verb.toLowerCase()) ? /^(?:to\s+)?(\p{Ll}{3,})\s+/u.exec(objectText) : null;
    if (second && (NUMBER_WORDS.has(second[1]!) || LEAD_ARTICLES.has(second[1]!) || STOP.has(second[1]!))) second.length = 0;
    if (second && second.length) {
      verb = second[1]!;
      objectText = objectText.slice(second[0].length);
    }
    // "to house and care for asylum seekers": two verbs sharing the object.
    const both = /^and\s+(\p{Ll}{3,})\s+(for\s+)?/u.exec(objectText);
    if (both && !STOP.has(both[1]!)) {
      verb = `${verb} and ${both[1]}${both[2] ? ' for' : ''}`;
      objectText = objectText.slice(both[0].length);
    }
    // "to pay for buses": a particle after the verb of paying.
    if (FUNDING_VERBS.has(verb.toLowerCase())) objectText = objectText.replace(/^for\s+/i, '');
    // The object keeps its determiner and adjectives as written ("to build a new processing center", "to keep running its
    // reception centers"), as the Spanish purpose clause does.
    const dets = /^(?:(?:a|an|the|its|their|his|her|new|more|additional)\s+)+(?=\p{Ll})/u.exec(objectText.replace(/^[\d.,]+\s+/, ''))?.[0] ?? '';
    const bareObject = phraseForward(objectText.replace(/^[\d.,]+\s+/, '').slice(dets.length));
    let object = bareObject && dets ? `${dets.trim().toLowerCase()} ${bareObject}` : bareObject;
    // "to curb irregular departures and fund returns": after an object of two words or more, "and" + two words is a
    // second verb phrase, not part of the first object ("to expand detention and removal operations" joins).
    const and = object ? / and /.exec(object) : null;
    if (object && and && words(object.slice(0, and.index)).length >= 2 && words(object.slice(and.index + 5)).length >= 2) object = object.slice(0, and.index);
    // "to keep the Migrant Resource Center … open", "to keep three shelters running": what is kept open is what the money is for.
    if (object && /^(?:keep|keeping|maintain)$/i.test(verb) && KEPT_OPEN.test(objectText)) return object.replace(/^(?:the|a|an|its|their)\s+/u, '').replace(/\s+(?:open|running|operating|afloat)$/u, '');
    // "to cover shelter costs", "to fund legal aid": what is paid for is the purpose, not the paying.
    if (object && FUNDING_VERBS.has(verb.toLowerCase())) return object;
    // "to hire 3,000 new Border Patrol agents", "to install the latest stretch of buoys": the thing paid for is the object.
    const funded = object && ACQUISITION_VERBS.has(verb.split(' ')[0]!.toLowerCase()) ? fundedNoun(object) : null;
    if (funded) return funded;
    return object ? `${verb} ${object}` : verb;
  }
  const before = sentence.slice(0, start);
  const rec = RECIPIENT_BEFORE.exec(before);
  if (rec) {
    const p = phraseForward(rec[1]!);
    if (p) return p;
  }
  const owned = moneyNounPurpose(before);
  if (owned) return owned;
  // ("212 fianzas este año por un total de …": a time between the noun and "por" is skipped.)
  const por = NOUN_POR_BEFORE.exec(before.replace(/\s(?:este|ese|esta|esa|el\s+pasado|la\s+pasada|el\s+[uú]ltimo|la\s+[uú]ltima)\s+(?:año|mes|semana|trimestre|semestre)(?=\s+por\s+(?:m[aá]s\s+de\s+|unos\s+|casi\s+)?$)/iu, ''));
  // ("adjudicó por 46 millones la gestión …": a verb before "por" is no noun; its object after the sum is what it pays.)
  if (por && !SPANISH_FINITE_VERB.test(por[1]!.split(/\s+/)[0]!.toLowerCase())) return por[1]!.toLowerCase();
  const spending = SPENDING_TO_BEFORE.exec(before);
  if (spending) {
    const p = phraseForward(spending[1]!);
    if (p) return p;
  }
  const subject = subjectBefore(before, lang) ?? changedSubject(before);
  if (subject) return subject;
  // "A $2 million grant will fund legal representation", "The contract, worth $87 million, covers soft-sided
  // facilities": what the money pays for follows a verb of funding.
  const funds = FUNDS_AFTER.exec(after);
  if (funds) {
    const p = phraseForward(after.slice(funds[0].length));
    if (p) return p;
  }
  // "The contract, worth $87 million, …": the noun the worth is of.
  const worth = WORTH_BEFORE.exec(before);
  if (worth) {
    const p = phraseForward((worth[1] ?? worth[2]!).replace(/^(?:the|a|an|el|la|un|una)\s+/i, ''));
    if (p) return p;
  }
  // "a $2 billion increase in funding for ICE", "a $300 million cut to refugee programs": what changed.
  const changeOf = CHANGE_NOUN_AFTER.exec(after);
  if (changeOf) {
    const p = purposeOfSubject(after.slice(changeOf[0].length));
    if (p) return p;
  }
  // "$118 billion Senate package": the money written as a modifier of what it is.
  if (lang === 'en' && /^\s+(?!(?:a|an|the)\s)[\p{L}]/u.test(after) && !prep) {
    const p = phraseForward(after);
    // ("up from \$10,000 two years ago": a time after the sum modifies nothing.)
    if (p && !/^(?:in|of|a|an)\b/.test(p) && !/(?:^|\s)(?:ago|earlier|before|later|prior)$/.test(p) && !/^(?:so|thus)\s+far\b|^to\s+date\b/.test(p)) return p;
  }
  if (linked) return linked.noun;
  // "pagó 800 mil pesos por la renta de un predio": after a verb of paying, "por" says what was paid for ("por persona"
  // is a rate).
  // ("cobraban entre 4 mil y 6 mil dólares por cruzar …, y 250 pesos diarios por el hospedaje": a sum coordinated with an
  // earlier one shares its verb of paying.)
  if (lang === 'es' && (PAY_VERB_BEFORE.test(before) || COORDINATED_PAY_BEFORE.test(before))) {
    const por = /^\s*por\s+(?!(?:persona|cada|d[ií]a|mes|a[nñ]o|semana|cabeza|migrante|viaje)\b)(?:(?:el|la|los|las|un|una)\s+)?/iu.exec(after);
    if (por) {
      const p = phraseForward(after.slice(por[0].length));
      if (p) return p;
    }
  }
  // "paid an average of $7,000 to smugglers": with nothing else said, the people paid (a plural noun after "to").
  const paidTo = lang === 'en' ? /^\s*to\s+(?=(?:\p{Ll}+\s+){0,2}\p{Ll}+[^su\s]s(?![\p{L}]))/u.exec(after) : null;
  if (paidTo) return phraseForward(after.slice(paidTo[0].length));
  // "ha financiado con US$6 millones los vuelos de repatriación", "adjudicó por 46 millones la gestión del centro": a verb,
  // "con"/"por" and the sum, then the verb's object.
  if (lang === 'es' && VERB_WITH_SUM_BEFORE.test(before)) {
    const object = /^\s*(?:el|la|los|las)\s+(?=\p{Ll})/u.exec(after);
    if (object) return phraseForward(after.slice(object[0].length));
  }
  // "contribute $3 million to the South Bay migrant welcome center": with nothing else said, the recipient it goes to
  // (as "asigna al INM" does in Spanish).
  const toThe = lang === 'en' ? /^\s*to\s+the\s+(?=(?:\p{L}[\p{L}'’-]*\s+){0,4}\p{Ll}{3,})/u.exec(after) : null;
  if (toThe) return phraseForward(after.slice(toThe[0].length));
  // "has devoted more than $11 billion to Operation Lone Star": after a verb of giving, what the money goes to.
  const given = ALLOCATION_VERB_BEFORE.test(before) ? /^\s*(?:to|a|al)\s+(?:(?:the|la|el|los|las)\s+)?(?=\p{L})/iu.exec(after) : null;
  if (given) {
    const p = phraseForward(after.slice(given[0].length));
    if (p && !PRONOUNS.has(p)) return p;
  }
  // "expects it to raise $1.1 billion", "permitirá recaudar …": with no subject that names it, revenue.
  if (REVENUE_VERB_BEFORE[lang].test(before)) return money.revenueVerbs[lang].metric;
  // "con un monto promedio de 392 dólares": with nothing else said, the amount noun names the sum.
  if (amountHead) {
    const p = phraseForward(amountHead[0].replace(/^\s*(?:un|una|an?|the)\s+/iu, '').replace(/\s+(?:de|of)\s.*$/iu, ''));
    if (p && p.includes(' ')) return p;
  }
  return null;
}
const SELF_NAMED_MONEY = new Set(vocabulary.selfNamedMoneyNouns as string[]);
/** "from", "frente a", "compared with", "one of": the sum is compared with, or is a part of, the sum before it. */
const COMPARED_WITH_BEFORE = /(?:\s(?:from|frente\s+a|compared\s+(?:with|to)|versus|vs\.?|contra|comparad[oa]s?\s+con)|(?:^|\s)(?:including|incluida|incluido|among\s+them)?\s*(?:one|uno|una)\s+(?:of|de))\s+(?:(?:the|los|las|el|la)\s+)?(?:(?:about|nearly|some|roughly|unos|unas|casi)\s+)?$/iu;
/** "in the same month", "en el mismo periodo", "a year earlier", "un año antes": the time of the earlier sum's comparison. */
const SAME_TIME_AFTER = /^\s*,?\s*(?:(?:in|during|en|durante|del?)\s+(?:the|el|la|los|las)\s+(?:same|mismo|misma|mismos|mismas)\b|(?:a|one|un)\s+(?:year|month|quarter|año|mes|trimestre)\s+(?:earlier|before|ago|antes|atrás|atras)\b)/iu;
/** A sum written with a currency sign or word, or a bare amount of millions: the earlier sum of a comparison. */
const EARLIER_SUM = /(?:(?:US)?[$€£]\s*\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion))?|\d[\d.,]*(?:\s+(?:mil|millones|million|billion|thousand))*(?:\s+(?:mil\s+)?\d[\d.,]*)*\s+(?:mil\s+)?(?:millones|million|billion|mil)(?:\s+de)?(?:\s+(?:d[oó]lares|pesos|euros|quetzales|lempiras))?)/giu;

/** "otros", "another": more of the same money as a sum before it. */
const ANOTHER_BEFORE = /(?:^|\s)(?:otros|otras|another|an\s+additional)\s+(?:US)?[$€£]?\s*$/iu;
/** After "another" sum: nothing, a time, or a recipient or giver ("al gobierno federal", "from the state") — no purpose of its own. */
const NO_PURPOSE_AFTER = /^\s*(?:[.;,]|$|(?:al|a\s+la|a\s+los|del|de\s+la|to\s+the|from\s+the|from)\s+(?:\p{Ll}+\s+){0,2}?(?:gobierno|federaci[oó]n|estado|municipio|congreso|government|state|county|city|congress|\p{Lu})|(?:in|en|para)\s+(?:19|20)\d\d)/u;

/** ", or about", ", roughly", ", unos": a sum restated in apposition right after the sum before it (and its rate). */
const APPOSED_BEFORE = /,\s*(?:or\s+|o\s+sea\s+|es\s+decir\s+|that\s+is\s+)?(?:about|roughly|around|nearly|some|almost|approximately|unos|unas|alrededor\s+de|casi|cerca\s+de|aproximadamente)\s+(?:US)?[$€£]?\s*$|,\s*(?:or|o\s+sea|es\s+decir)\s+(?:US)?[$€£]?\s*$/iu;

/** "$420 million a year, roughly $6,800 per case": a restated sum is for what the sum it restates is for. */
function apposedSumPurpose(sentence: string, start: number, end: number, lang: Lang): string | null {
  const before = sentence.slice(0, start);
  const ap = APPOSED_BEFORE.exec(before);
  if (!ap) return null;
  // ("…, about $180 per bed per day": a sum per thing of its own is for that thing.)
  const rates = RATE_PHRASES_AFTER.exec(sentence.slice(end));
  const ownUnit = rates ? [...rates[0].matchAll(RATE_PHRASE)].map((r) => (r[1] ?? r[2] ?? r[3])?.toLowerCase()).find((u) => !!u && !TIME_UNITS.has(u) && !PERSON_UNITS.has(u)) : undefined;
  if (ownUnit) return ownUnit;
  const head = before.slice(0, ap.index);
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(EARLIER_SUM)) last = m as RegExpExecArray;
  if (!last) return null;
  // The earlier sum ends the text before the comma, past its rate or time ("a year", "por día", "last year").
  const between = head.slice(last.index! + last[0].length);
  if (!/^(?:\s+(?:a|an|per|each|por|al)\s+\p{L}+|\s+(?:diarios|anuales|mensuales|annually)|\s+(?:last|this|next)\s+(?:year|month|week)|\s+(?:el\s+)?(?:año|mes)\s+pasado)*\s*$/iu.test(between) && !/^\s+(?:on|for|en|para)\s+[^,;]{1,60}$/iu.test(between)) return null;
  const p = moneyPurpose(sentence, last.index!, last.index! + last[0].length, lang);
  return p && !PRONOUNS.has(p) ? p : null;
}

/** "gastó 35 millones de pesos en albergues … y pide otros 20 millones al gobierno federal": another sum, with no purpose of its own, is more of the sum before it. */
function anotherSumPurpose(sentence: string, start: number, end: number, lang: Lang): string | null {
  const before = sentence.slice(0, start);
  if (!ANOTHER_BEFORE.test(before) || !NO_PURPOSE_AFTER.test(sentence.slice(end))) return null;
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(EARLIER_SUM)) last = m as RegExpExecArray;
  if (!last) return null;
  const p = moneyPurpose(sentence, last.index!, last.index! + last[0].length, lang);
  return p && !PRONOUNS.has(p) ? p : null;
}

function earlierSumPurpose(sentence: string, start: number, end: number, lang: Lang): string | null {
  const before = sentence.slice(0, start);
  const cmp = COMPARED_WITH_BEFORE.exec(before);
  if (!cmp) return null;
  const one = /(?:one|uno|una)\s+(?:of|de)\s+\S*$/iu.test(before.slice(cmp.index).trimEnd()) || /(?:one|uno|una)\s+(?:of|de)\s*$/iu.test(before.trimEnd());
  if (!one && !SAME_TIME_AFTER.test(sentence.slice(end))) return null;
  const head = before.slice(0, cmp.index);
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(EARLIER_SUM)) last = m as RegExpExecArray;
  if (!last) return null;
  const p = moneyPurpose(sentence, last.index!, last.index! + last[0].length, lang);
  return p && !PRONOUNS.has(p) && !/^(?:same|mismo|misma|one|uno)\b/.test(p) ? p : null;
}
/** A Spanish verb form right before "con"/"por" and the sum ("ha financiado con", "adjudicó por", "pagará con"). */
const VERB_WITH_SUM_BEFORE = /(?:^|\s)\p{Ll}{3,}(?:ó|aron|ado|ada|ará|arán|ía|ían|a|an|e|en)\s+(?:con|por)\s+(?:(?:unos|unas|m[aá]s\s+de|casi|hasta)\s+)?$/u;

/** A Spanish verb of paying right before the sum (past a qualifier or the first end of a range). */
const PAY_VERB_BEFORE = /(?:^|\s)(?:pag\p{Ll}*|cobr\p{Ll}*|invirti\p{Ll}*|gast\p{Ll}*)\s+(?:(?:a|al)\s+(?:[^\s,;$€£\d]+\s+){1,5}?)?(?:(?:hasta|unos|unas|m[aá]s\s+de|casi|cerca\s+de|alrededor\s+de)\s+)?(?:entre\s+(?:[\d.,]+(?:\s+(?:mil|millones))*\s+y\s+)?)?$/iu;
/** A verb of paying or charging and its sum earlier in the sentence, then "y" (and "otros"): this sum is paid the same way. */
const COORDINATED_PAY_BEFORE = /(?:^|\s)(?:pag\p{Ll}*|cobr\p{Ll}*|invirti\p{Ll}*|gast\p{Ll}*)\s[^.;]*?\d[^.;]*?\s(?:y|e)\s+(?:(?:otros|otras)\s+)?$/iu;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'you', 'i', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'usted', 'ustedes', 'who', 'which', 'que', 'quien', 'quienes']);
/** The subject of a verb of charging right before the sum. */
const CHARGE_VERB_BEFORE = /^(.*?)\s(?:cobran|cobraban|cobraba|cobrar[aá]n?|cobr[oó]|cobraron|cobra|charge|charged|charges|charging)\s+(?:(?:a|al)\s+(?:[^\s,;$€£]+\s+){1,6}?)?(?:(?:hasta|unos|unas|m[aá]s\s+de|casi|up\s+to|about|as\s+much\s+as|more\s+than|nearly)\s+)?(?:(?:entre|between)\s+(?:\S*[\d.,]+(?:\s+(?:mil|millones|million|thousand))*\s+(?:y|and)\s+)?)?$/iu;

/** "red de", "banda de": a group head before what the group does (data: money.json collectiveHeads). */
const COLLECTIVE_OF = new RegExp(String.raw`^(?:${money.collectiveHeads.es.join('|')})\s+(?:de|del)\s+(?=\p{Ll})`, 'u');
/** "smuggling ring", "trafficking network": what the group does, before its head. */
const COLLECTIVE_AFTER = new RegExp(String.raw`^((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:${money.collectiveHeads.en.join('|')})$`, 'u');

const TRAILING_CHARGE_ADVERB = new RegExp(String.raw`\s+(?:${(money.chargeAdverbs.words as string[]).join('|')})$`, 'iu');
/** The subject of a verb of charging right before the sum, named by what it does: "Los coyotes", "Una red de tráfico" → "tráfico". */
function chargerBefore(before: string, activityOnly = false): string | null {
  const charge = CHARGE_VERB_BEFORE.exec(before);
  if (!charge) return null;
  // ("Smugglers now charge", "Los coyotes también cobran": an adverb before the verb is no part of the charger.)
  const p = phraseForward((charge[1]!.split(/[;:]|,\s+/).pop() ?? '').replace(TRAILING_CHARGE_ADVERB, '').replace(REPORTED_CLAUSE, '').replace(/^\s*(?:y|and|but|pero)\s+/i, '').replace(/^\s*(?:some|many|most|several|all|algunos|algunas|muchos|muchas|varios|varias|todos|todas)\s+(?=\p{L})/iu, '').replace(/\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|fue|fueron)$/i, ''));
  // (A pronoun names no one: "She was charged $500".)
  if (!p || PRONOUNS.has(p)) return null;
  // ("Una red de tráfico de personas cobraba …", "A smuggling ring charged …": the group is named by what it does.)
  const activity = p.replace(COLLECTIVE_OF, '').replace(COLLECTIVE_AFTER, '$1');
  return activityOnly && activity === p ? null : activity;
}

/** "between $8,000 and", "entre 5 mil y": the first sum of a range before the money; the range shares the noun before it. */
const RANGE_BEFORE = /\s(between|entre|from|de)\s+(?:US)?[$€£]?\s*\d[\d.,]*(?:\s+(?:mil|millones|million|billion|thousand|de|d[oó]lares|dollars|pesos|euros))*\s+(?:and|y|to|a)\s+$/iu;
const NOUN_LINK_BEFORE = /(?:^|[\s(])(?:(?:the|a|an|el|la|los|las|un|una|unos|unas|sus?|its|their)\s+)?([\p{Ll}][\p{L}'’-]{2,})\s+(of\s+between|de\s+entre|of|de|at|averaging|totaling|totalling|between|entre)\s+(?:(?:about|nearly|some|roughly|up\s+to|as\s+(?:much|high|little)\s+as|more\s+than|m[aá]s\s+de|hasta|unos|unas|casi|alrededor\s+de)\s+)?$/u;
/** Words before "of"/"de"/"at" + money that are no noun of what it pays: amounts, changes, qualifiers, verbs (data: vocabulary.json notMoneyNouns). */
const NOT_MONEY_NOUNS = new Set([...(vocabulary.notMoneyNouns as string[]), ...lexicon.changeNouns, ...lexicon.functionWords]);
/** Verbs before "at" + money that set or state it ("set at", "stood at"): no noun (data: vocabulary.json linkVerbs). */
const LINK_VERBS = new Set(vocabulary.linkVerbs as string[]);
/** A verb, not a noun: an English past form, a Spanish finite verb ("cobran", "pagó", "sumaron"), a participle. */
const VERB_FORM = /^(?:\p{L}+(?:ed|aron|ieron|ó|ará|erá|irá|an|en)|\p{L}+(?:ad|id)[oa]s?)$/u;

/**
 * "paid ransoms averaging $3,500", "set bond at $15,000", "apoyos de 2 mil pesos", "paid smugglers between $8,000 and
 * $12,000": the noun the money is linked to by "of"/"de", "at", "averaging" or "between" is what it pays.
 */
function nounLinkedBefore(before: string): { noun: string; head: string; link: string } | null {
  // ("a razón de 142 dólares por detenido", "at a rate of $88 per inmate": a rate, whose unit says what is paid for.)
  if (/(?:^|\s)(?:a\s+raz[oó]n|at\s+(?:a|the)\s+(?:\p{Ll}+\s+)?rate)\s+(?:de|of)\s+(?:(?:about|unos|unas|casi)\s+)?$/iu.test(before)) return null;
  const range = RANGE_BEFORE.exec(before);
  const text = range ? `${before.slice(0, range.index)} ${range[1]} ` : before;
  const m = NOUN_LINK_BEFORE.exec(text);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const bad = (w: string): boolean => STOP.has(w) || /^(?:cuy[oa]s?|whose)$/.test(w) || VERB_FORM.test(w) || (/^\p{Ll}{3,}ing$/u.test(w) && !ING_NOUNS.has(w)) || LEAD_ARTICLES.has(w) || PRONOUNS.has(w) || /\d/.test(w);
  // "becas escolares de 1,800 pesos", "apoyos en efectivo de 2 mil 500 pesos", "un costo total de", "prepaid debit cards
  // of $400", "at a total cost of": the noun phrase linked to the sum, with its adjectives (after the noun in Spanish,
  // before it in English) and a Spanish "en" complement.
  if (m[2] === 'de' || m[2] === 'of') {
    const lead = text.slice(0, m.index + m[0].indexOf(m[1]!));
    const es = new RegExp(String.raw`(?:^|[\s(])(\p{Ll}{3,})\s+(?:(en)\s+)?$`, 'u').exec(lead);
    const prev = es?.[1]?.toLowerCase();
    // (An English modifier is no verb or participle: "allows penalties of", "paid ransoms of".)
    const englishVerb = (w: string): boolean => m[2] === 'of' && (ENGLISH_PARTICIPLES.has(w) || /s$/.test(w));
    if (prev && !bad(prev) && !englishVerb(prev) && !LINK_VERBS.has(prev) && !(m[2] === 'of' && es![2])) {
      const en = m[2] === 'of' ? new RegExp(String.raw`(?:^|[\s(])(\p{Ll}{3,})\s+${prev}\s+$`, 'u').exec(lead) : null;
      const first = en?.[1]?.toLowerCase();
      const phrase = first && !bad(first) && !englishVerb(first) && !LINK_VERBS.has(first) ? `${first} ${prev} ${noun}` : `${prev} ${es![2] ? 'en ' : ''}${noun}`;
      // (Not a verb's object: "paid smugglers of …" — the previous word is no participle or verb.)
      if (!/(?:ed|ó|aron|ieron)$/u.test(prev)) return { noun: phrase, head: noun, link: m[2]! };
    }
  }
  // ("were charging between $8,000 and …": a verb in -ing is no noun of what the money pays.)
  if (NOT_MONEY_NOUNS.has(noun) || STOP.has(noun) || VERB_FORM.test(noun) || (/^\p{Ll}{3,}ing$/u.test(noun) && !ING_NOUNS.has(noun)) || (m[2] === 'at' && LINK_VERBS.has(noun))) return null;
  return { noun, head: noun, link: m[2]! };
}

