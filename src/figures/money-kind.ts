/**
 * The kind of money a sum is, read once from its clause (round money19). A sum is named first by what its clause says it
 * IS, and only then (money-purpose.ts) by what it is for:
 *
 * 1. charged by people who hold others, it is a ransom ("Kidnappers … demanded $4,000 apiece", "Los captores exigían");
 *    charged in Spanish ("cobraba entre 8 mil y 12 mil dólares"), a cobro;
 * 2. governed by a money noun: before it ("fees of $7,500", "un contrato de 2,3 millones", "una remesa promedio de"),
 *    after it ("a $612 million contract", "Q3.2 millones en apoyos"), as the subject of a predicate that states it ("the
 *    cost … was $26 million", "El contrato … asciende a 2,3 millones"), or elided after "y de" ("una fianza de 7,500
 *    dólares a un padre y de 3 mil dólares a su hijo");
 * 3. a participle after it that names a kind ("880 million euros budgeted", "39 millones ejercidos");
 * 4. paid per unit of a thing ("$158 per detainee per day", "about $2.10 a meal", "41 euros por persona y día"): a cost
 *    per that unit, or the kind of the sum it restates per unit ("apoyos a 4,100 retornados, unos Q780 a cada uno");
 *    restating a sum per unit of time ("…, unos 60 mil dólares diarios"), the cost (or spending) per that time;
 * 5. governed by a verb, the verb's noun ("spent" → spending, "invertirá" → inversión, "cost" → cost, "paid … to move"
 *    → spending), with a compact purpose where the text gives one ("on accommodation" → accommodation spending, "en
 *    alimentación" → gasto en alimentación).
 *
 * Vocabulary: data/money-kind.json. Pure.
 */
import type { Lang } from './numbers';
import { chargerText } from './money-clause';
import kind from './data/money-kind.json';

export interface MoneyKind {
  /** The metric: the kind of money, maybe with a compact purpose or a unit ("cost per detainee", "gasto en alimentación"). */
  noun: string;
  how: 'charge' | 'noun' | 'participle' | 'rate' | 'verb';
}

/** Case only: the vocabulary keeps its accents. */
const lower = (w: string): string => w.toLowerCase();
const NOUNS = { en: new Set(kind.kindNouns.en), es: new Set(kind.kindNouns.es) };
const ADJ = { en: new Set(kind.kindAdjectives.en), es: new Set(kind.kindAdjectives.es) };
const ADJ_ENDING = { es: new RegExp(`^(?:${kind.adjectiveEndings.es})$`, 'u'), en: new RegExp(`^(?:${kind.adjectiveEndings.en})$`, 'u') };
const TRANSFER = new Set([...kind.transferNouns.en, ...kind.transferNouns.es]);
const KIDNAPPERS = new Set([...kind.kidnappers.en, ...kind.kidnappers.es]);

/** Qualifiers and the first end of a range between a governing word and the sum. */
const QUALIFIER = String.raw`(?:(?:about|nearly|roughly|some|almost|only|just|more\s+than|less\s+than|up\s+to|as\s+much\s+as|an\s+estimated|another|an\s+additional|a\s+combined|a\s+total\s+of|a\s+record|unos|unas|casi|cerca\s+de|alrededor\s+de|m[aá]s\s+de|hasta|apenas|s[oó]lo|solo|otros|otras|un\s+total\s+de)\s+)*`;
const RANGE_FIRST = String.raw`(?:(?:between|entre|from|de)\s+(?:US|C|CA)?[$€£]?\s*[\d.,]+(?:\s+(?:mil|millones|million|billion|thousand|de|d[oó]lares|dollars|pesos|euros))*\s+(?:and|y|to|a)\s+)?`;
const TAIL = String.raw`${QUALIFIER}${RANGE_FIRST}(?:US|C|CA|Q|S\/)?[$€£₡]?\s*$`;
const CURRENCY_WORDS_AFTER = /^\s*(?:(?:de\s+)?(?:d[oó]lares|pesos|euros|lempiras|quetzales|colones|soles|libras)(?:\s+(?:estadounidenses|mexicanos|canadienses|colombianos|chilenos))?|dollars?|euros?|pounds?|pesos?)(?![\p{L}])/iu;
/** Function words that never modify a money noun ("$5 million in grants": "in" is no modifier). */
const NOT_MODIFIER = /^(?:in|on|for|to|from|of|at|by|with|and|or|the|a|an|this|last|next|that|which|per|each|apiece|over|through|since|during|a|en|de|del|para|por|al|el|la|los|las|y|o|que|un|una|su|sus|cada)$/u;

/** The last clause of `before`: after ";", ":", ", " before a lower-case word, or a verb of saying and "that"/"que". */
function lastClause(before: string): string {
  const pieces = before.split(/[;:]|,\s+(?=\p{Ll})|\s(?:said|says|dijo|informó|señaló|indicó)\s+(?:that\s+|que\s+)?|\s(?:that|que)\s+(?=(?:the|el|la|los|las)\s)/u);
  return pieces[pieces.length - 1] ?? before;
}

function singular(w: string, lang: Lang): string {
  if (lang === 'es') return /[rlndzj]es$/u.test(w) ? w.slice(0, -2) : w.replace(/s$/u, '');
  return /ies$/u.test(w) ? `${w.slice(0, -3)}y` : /(?:ss|us)$/u.test(w) ? w : w.replace(/s$/u, '');
}

/** The noun of a cost in the text's variety: "cost", "costo", "coste" (a sum in euros). */
function costNoun(lang: Lang, sum: string): string {
  if (lang === 'en') return kind.costNoun.en;
  return /€|euro/iu.test(sum) ? kind.costNoun.esEUR : kind.costNoun.es;
}

/** 1. A sum charged: a ransom when those who charge hold people, a Spanish "cobro" when they charge (cobrar). */
function chargeKind(before: string, lang: Lang): string | null {
  if (!chargerText(before)) return null;
  const clause = lastClause(before).toLowerCase();
  if (clause.split(/[^\p{L}-]+/u).some((w) => KIDNAPPERS.has(w))) return kind.kidnappers.noun[lang];
  const verbs = [...clause.matchAll(/(?:^|\s)(cobr\p{Ll}*|ped[ií]\p{Ll}*|pidi\p{Ll}*|exig\p{Ll}*|charg\p{Ll}*|demand\p{Ll}*)\s/gu)];
  const last = verbs[verbs.length - 1]?.[1] ?? '';
  return lang === 'es' && /^cobr/u.test(last) ? kind.chargeNoun.es : null;
}

/** A kind noun with its adjective ("remesa promedio", "average remittance", "daily rate") from two words before a link. */
function nounOfPair(w1: string | undefined, w2: string, lang: Lang): string | null {
  const a = w1 ? lower(w1) : undefined;
  const b = lower(w2);
  if (lang === 'es' && a && NOUNS.es.has(a) && (ADJ.es.has(b) || ADJ_ENDING.es.test(b))) return `${a} ${b}`;
  if (NOUNS[lang].has(b) || (lang === 'es' && NOUNS.en.has(b) && b === 'rate')) return a && lang === 'en' && ADJ.en.has(a) ? `${a} ${b}` : b;
  return null;
}

const LINK_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(\p{L}+)\s+(?:of\s+between|de\s+entre|of|de|por|at|averaging|totaling|totalling)\s+(?:(?:a|an)\s+)?${TAIL}`, 'u');
/** 2a. "fees of $7,500", "un contrato de 2,3 millones", "una remesa promedio de $398", "set bond at $15,000". */
function linkedNoun(before: string, lang: Lang): string | null {
  const m = LINK_BEFORE.exec(before);
  return m ? nounOfPair(m[1], m[2]!, lang) : null;
}

/** 2b. "a $612 million contract", "a 210 million euro package", "a $3.6 million state grant"; "Q3.2 millones en apoyos". */
function nounAfter(after: string, lang: Lang): string | null {
  const rest = after.replace(CURRENCY_WORDS_AFTER, '');
  // ("pagan hasta 500 dólares de cobro de piso", "4 mil dólares de cuota": Spanish names the kind after the currency, by "de".)
  const deKind = lang === 'es' ? /^\s*de\s+(\p{Ll}+)(?![\p{L}])/u.exec(rest) : null;
  if (deKind && NOUNS.es.has(deKind[1]!)) return deKind[1]!;
  const inKind = /^\s*(in|en)\s+/u.exec(rest);
  const ws = rest.slice(inKind ? inKind[0].length : 0).split(/\s+/u).filter(Boolean).slice(0, 3);
  // (English writes the sum as a modifier before its noun; Spanish only names a kind after "en".)
  if (!inKind && lang === 'es') return null;
  let found: string | null = null;
  for (let i = 0; i < ws.length; i++) {
    const raw = ws[i]!;
    const w = lower(raw.replace(/[,.;:)]+$/u, ''));
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_MODIFIER.test(w)) break;
    if (NOUNS[lang].has(w)) {
      const prev = i > 0 ? lower(ws[i - 1]!) : '';
      const next = lower((ws[i + 1] ?? '').replace(/[,.;:)]+$/u, ''));
      found = lang === 'es' ? (next && !/[,.;:)]$/u.test(raw) && (ADJ.es.has(next) || ADJ_ENDING.es.test(next)) ? `${w} ${next}` : w) : prev && (ADJ.en.has(prev) || (inKind && ADJ_ENDING.en.test(prev))) ? `${prev} ${w}` : w;
    }
    if (/[,.;:)]$/u.test(raw)) break;
  }
  return found;
}

/** A predicate that only states an amount of its subject, right before the sum. */
const AMOUNT_PREDICATE = new RegExp(
  String.raw`\s(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|still|only|projected|estimated|expected|forecast|set|put|pegged|capped|held|kept)\s+)?(?:(?:at|to\s+(?:be|reach|total|hit))\s+)?|(?:totals|totaled|totalled|reached|reaches|came\s+to|comes\s+to|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|will\s+(?:reach|total))\s+|(?:asciende|ascendi[oó]|ascender[aá]|ascienden|ascendieron|ascender[aá]n)\s+a\s+|(?:es|fue|ser[aá]|son|fueron|ser[aá]n|era|eran|ha\s+sido|han\s+sido|hab[ií]a\s+sido|hab[ií]an\s+sido|ser[ií]a)\s+de\s+|(?:suma|suman|sum[oó]|sumaron|sumar[aá]|alcanza|alcanzan|alcanz[oó]|alcanzaron|alcanzar[aá])\s+)${TAIL}`,
  'iu',
);
const LEAD_DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|el|la|los|las|un|una|su|sus|este|esta|ese|esa|nuevo|nueva)$/u;
/** 2c. "the cost … was $26 million", "New York City's migrant shelter spending … is projected at", "El contrato … asciende a". */
function subjectNoun(before: string, lang: Lang): string | null {
  const m = AMOUNT_PREDICATE.exec(before);
  if (!m) return null;
  const subject = lastClause(before.slice(0, m.index)).trim();
  const ws = subject.split(/\s+/u).filter(Boolean).map((w) => lower(w.replace(/[,.;:()"“”]+/gu, '')));
  if (lang === 'es') {
    let i = 0;
    while (i < ws.length && LEAD_DETERMINERS.test(ws[i]!)) i++;
    const head = ws[i];
    return head ? nounOfPair(head, ws[i + 1] ?? '', 'es') ?? (NOUNS.es.has(head) ? head : null) : null;
  }
  // English: the head is the last word before a preposition or a relative word; its modifiers as written stay ("Detention
  // bed funding in the Senate bill totals", "New York City's migrant shelter spending … is projected at").
  const raw = subject.split(/\s+/u).filter(Boolean);
  const cut = ws.findIndex((w) => /^(?:for|of|on|in|at|to|from|that|which|under|during|with|by|since)$/u.test(w));
  const end = cut < 0 ? ws.length : cut;
  const np = ws.slice(0, end).map((w) => w.replace(/['’]s?$/u, ''));
  const head = np[np.length - 1];
  const named = head ? nounOfPair(np[np.length - 2], head, 'en') : null;
  if (!named || named.includes(' ')) return named;
  const mods: string[] = [];
  const opensSentence = before.trimStart().startsWith(subject);
  for (let i = end - 2; i >= 0 && mods.length < 3; i--) {
    const r = raw[i]!;
    const lowerOk = /^\p{Ll}[\p{Ll}-]*$/u.test(r) || (i === 0 && opensSentence && /^\p{Lu}\p{Ll}+$/u.test(r));
    if (!lowerOk || LEAD_DETERMINERS.test(ws[i]!) || NOT_MODIFIER.test(ws[i]!) || /(?:ed|ing)$/u.test(ws[i]!)) break;
    mods.unshift(ws[i]!);
  }
  return [...mods, named].join(' ');
}

/** 2d. "una fianza de 7,500 dólares a un padre …, y de 3 mil dólares a su hijo": a kind noun elided after "y de". */
function elidedNoun(before: string, lang: Lang): string | null {
  if (!new RegExp(String.raw`\s(?:y|e|and)\s+(?:de|of)\s+${TAIL}`, 'iu').test(before)) return null;
  let found: string | null = null;
  for (const m of before.matchAll(/(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(\p{L}+)\s+(?:de|of)\s+(?:US|C|CA)?[$€£]?\s*\d/gu)) found = nounOfPair(m[1], m[2]!, lang) ?? found;
  return found;
}

/** 3. "880 million euros budgeted for 2026", "39 millones ejercidos este año". */
export function participleNoun(after: string, lang: Lang): string | null {
  const m = /^\s*(\p{Ll}+)(?![\p{L}])/u.exec(after.replace(CURRENCY_WORDS_AFTER, ''));
  const nouns = kind.participleNouns[lang] as Record<string, string>;
  return m && Object.prototype.hasOwnProperty.call(nouns, m[1]!) ? nouns[m[1]!]! : null;
}

const TIME_UNIT = /^(?:day|night|week|month|year|hour|d[ií]a|noche|semana|mes|a[nñ]o|hora)$/u;
const RATE_WORDS_EN = new Set(kind.rateTimeWords.en);
const RATE_WORDS_ES = kind.rateTimeWords.es as Record<string, string>;
/** The rate phrases right after a sum: the unit paid per (not a time), the time unit, and "a cada uno"/"each". */
function ratesAfter(after: string): { unit: string | null; time: string | null; each: boolean; length: number } {
  let rest = after.replace(CURRENCY_WORDS_AFTER, '');
  let consumed = after.length - rest.length;
  let unit: string | null = null;
  let time: string | null = null;
  let each = false;
  for (let guard = 0; guard < 4; guard++) {
    const m =
      // ("por concepto de remesas": a noun with its own "de" is no unit; "y día" only joins a time: "por persona y día".)
      /^\s*,?\s*(?:per|por\s+cada|por|a\s+cada)\s+(?!(?:the|a|an|its|el|la|los|las|un|una|su|sus|ciento|encima|debajo|arriba)\s|un[oa](?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,}(?:\s+(?:seeker|seekers|applicant|applicants|minor|minors|child|children|family|families))?)(?![\p{L}])(?!\s+(?:de|del)\s)/u.exec(rest) ??
      /^\s*(?:y|and)\s+(d[ií]a|noche|semana|mes|day|night|week|month)(?![\p{L}])/u.exec(rest) ??
      /^\s*,?\s*(?:a|an)\s+(\p{Ll}{3,})(?=\s*(?:[,.;]|$|\s(?:per|each|for|to|in|at|a|an|and|the|according|said)\s))/u.exec(rest) ??
      /^\s*,?\s*(?:al)\s+(d[ií]a|mes|a[nñ]o)(?![\p{L}])/u.exec(rest);
    const w = m ? null : /^\s*,?\s*(\p{Ll}+)(?![\p{L}])/u.exec(rest);
    if (m) {
      const u = lower(m[1]!);
      // ("por cruzar", "por llevar": an infinitive after "por" is what is paid for, not a unit.)
      if (/^\s*,?\s*por\s/u.test(m[0]) && /^\p{Ll}{3,}(?:ar|er|ir)$/u.test(u) && !/^(?:hogar|lugar)$/u.test(u)) break;
      // ("por derechos migratorios": a plural after "por" is what is paid for; a rate's unit is one of a thing.)
      if (/^\s*,?\s*(?:por|por\s+cada|a\s+cada)\s/u.test(m[0]) && /[^s]s$/u.test(u) && !TIME_UNIT.test(u)) break;
      if (TIME_UNIT.test(u)) time = time ?? u;
      else if (/^(?:cada)$/u.test(u)) break;
      else unit = unit ?? u;
    } else if (w && (RATE_WORDS_EN.has(w[1]!) || Object.prototype.hasOwnProperty.call(RATE_WORDS_ES, w[1]!))) {
      time = time ?? (RATE_WORDS_ES[w[1]!] ?? w[1]!.replace(/ly$/u, '').replace(/^dai$/u, 'day').replace(/^annual$/u, 'year'));
    } else {
      const e = /^\s*,?\s*(?:a\s+cada\s+un[oa]|each|apiece|cada\s+un[oa])(?![\p{L}])/u.exec(rest);
      if (!e) break;
      each = true;
      rest = rest.slice(e[0].length);
      consumed += e[0].length;
      continue;
    }
    const len = (m ?? w)![0].length;
    rest = rest.slice(len);
    consumed += len;
  }
  return { unit, time, each, length: consumed };
}

/** ", about", ", or about", ", unos", "at about": a sum restated right after another (its rate). */
const RESTATED_BEFORE = /(?:,\s*(?:or\s+|o\s+sea\s+|es\s+decir\s+)?|\sat\s+)(?:(?:about|roughly|around|nearly|some|almost|approximately|unos|unas|alrededor\s+de|casi|cerca\s+de|aproximadamente)\s+)?(?:US|C|CA|Q)?[$€£]?\s*$/iu;
const EARLIER_SUM = /(?:(?:US|C|CA|Q)?[$€£]\s*\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion|millones|mil))?|\d[\d.,]*(?:\s+(?:mil|millones|million|billion|thousand))*\s+(?:mil\s+)?(?:millones|million|billion|mil|euros|d[oó]lares|pesos|lempiras|quetzales)(?:\s+de)?(?:\s+(?:d[oó]lares|pesos|euros|quetzales|lempiras))?)/giu;

/** The kind of the sum a sum restates (the last sum before the comma), and the text between them. */
function restatedKind(sentence: string, start: number, lang: Lang, depth: number): { kind: MoneyKind | null; between: string } | null {
  const before = sentence.slice(0, start);
  const r = RESTATED_BEFORE.exec(before);
  if (!r) return null;
  const head = before.slice(0, r.index);
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(EARLIER_SUM)) last = m as RegExpExecArray;
  if (!last) return null;
  const at = last.index!;
  return { kind: depth > 0 ? null : moneyKind(sentence, at, at + last[0].length, lang, depth + 1), between: head.slice(at + last[0].length) };
}

/** 4. A sum per unit: a cost per that unit, or the kind of the sum it restates per unit or per time. */
function rateKind(sentence: string, start: number, end: number, lang: Lang, depth: number): string | null {
  const rates = ratesAfter(sentence.slice(end));
  if (!rates.unit && !rates.time && !rates.each) return null;
  const sum = sentence.slice(start, end);
  const per = lang === 'es' ? 'por' : 'per';
  const restated = rates.unit || rates.each || rates.time ? restatedKind(sentence, start, lang, depth) : null;
  // (Not restating a sum, the verb that gives it names the kind: "entregará 1.500 quetzales a cada retornado" → apoyo.)
  const base = restated?.kind?.noun.split(' ')[0] ?? (restated ? null : verbKind(sentence.slice(0, start), sentence.slice(end), lang, sum)?.split(' ')[0] ?? null);
  let unit = rates.unit;
  // ("apoyos a 4,100 retornados, unos Q780 a cada uno": "each" is one of the people counted between the sums.)
  if (!unit && rates.each && restated && base && TRANSFER.has(base)) {
    const counted = [...restated.between.matchAll(/\d[\d.,]*\s+(\p{Ll}{4,}s)(?![\p{L}])/gu)].pop()?.[1];
    if (counted) unit = singular(counted, lang);
  }
  if (unit) {
    if (base && TRANSFER.has(base)) return `${singular(base, lang)} ${per} ${unit}`;
    return `${costNoun(lang, sum)} ${per} ${unit}`;
  }
  // A sum per time restating another: the cost per that time ("…, roughly $3,100 a day"); Spanish names the restated
  // spending by its time ("…, unos 60 mil dólares diarios" → gasto diario).
  if (rates.time && restated?.kind) {
    if (lang === 'en') return kind.costNoun.en;
    const adj = (kind.timeAdjectives.es as Record<string, string>)[rates.time];
    const noun = base === 'gasto' || base === 'gastos' ? 'gasto' : costNoun(lang, sum);
    return adj ? `${noun} ${adj}` : noun;
  }
  return null;
}

interface VerbEntry {
  verb: string;
  noun: string;
  purposeNoun?: string;
  compact?: string;
  object?: boolean;
  purposeVerbs?: Record<string, string>;
}
const AUX = String.raw`(?:(?:will|would|to|has|have|had|could|may|might|must|plans\s+to|plan\s+to|expects\s+to|is\s+to|are\s+to|also|already|now|va\s+a|van\s+a|ha|han|hab[ií]a|hab[ií]an|se|le|les|ya|tambi[eé]n)\s+)*`;
const OBJECT = String.raw`(?:(?!(?:of|for|de|per|on|in|en|para)\s)[\p{L}'’.-]+\s+){0,5}?`;
const VERBS = (['en', 'es'] as const).map((lang) => ({
  lang,
    // ("who said they were paid $1 a day": a passive's subject is paid, and the sum is no spending of theirs.)
  entries: (kind.verbNouns[lang] as VerbEntry[]).map((e) => ({ ...e, re: new RegExp(String.raw`(?:^|\s)(?<!(?:was|were|is|are|be|been|being|get|got|gets|fue|fueron|es|son|ser[aá]n?)\s+)${AUX}(?:${e.verb})\s+${e.object ? OBJECT : ''}${TAIL}`, 'iu') })),
}));
/** What opens a purpose after the sum ("to move …", "for …", "on …", "para …", "en …"). */
const PURPOSE_AFTER = { en: /^\s*(?:to\s+\p{Ll}{3,}|for|on|toward|towards)\s/u, es: /^\s*(?:para|en|a|al|por)\s/u };

/** 5. The noun of the verb that governs the sum, with a compact purpose where the text gives one. */
function verbKind(before: string, after: string, lang: Lang, sum: string): string | null {
  const entries = VERBS.find((v) => v.lang === lang)!.entries;
  const e = entries.find((x) => x.re.test(before));
  if (!e) return null;
  const rest = after.replace(CURRENCY_WORDS_AFTER, '').replace(/^\s*,?\s*(?:diarios|diarias|mensuales|semanales|anuales|a\s+(?:day|month|week|year)|al\s+(?:d[ií]a|mes|a[nñ]o)|por\s+(?:d[ií]a|mes|semana))(?![\p{L}])/u, '');
  if (e.compact === 'before') {
    // "spend 1.1 billion euros on accommodation for …" → accommodation spending (one or two words, the last no plural).
    const c = /^\s*on\s+(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)(?=\s*(?:[,.;]|$)|\s+(?:for|in|at|during|through|since|last|this|next|over|from|to|and|so)\s)/u.exec(rest);
    const ws = c ? c[1]!.split(/\s+/u) : [];
    if (c && !ws.some((w) => NOT_MODIFIER.test(w) || /^(?:its|their|his|her|our)$/u.test(w)) && !/[^s]s$/u.test(ws[ws.length - 1]!)) return `${c[1]} ${e.noun}`;
  }
  if (e.compact === 'en') {
    // "gasta ₡42 millones mensuales en alimentación" → gasto en alimentación (one bare noun, no infinitive).
    const c = /^\s*en\s+(\p{Ll}{4,})(?=\s*(?:[,.;]|$)|\s+(?:en|de|del|para|durante|este|esta|desde|y|según|al|a)\s)/u.exec(rest);
    if (c && !/(?:ar|er|ir)$/u.test(c[1]!) && !NOT_MODIFIER.test(c[1]!)) return `${e.noun} en ${c[1]}`;
  }
  const purposeVerb = /^\s*to\s+(\p{Ll}+)\s/u.exec(rest)?.[1];
  if (purposeVerb && e.purposeVerbs && Object.prototype.hasOwnProperty.call(e.purposeVerbs, purposeVerb)) return e.purposeVerbs[purposeVerb]!;
  if (e.purposeNoun && PURPOSE_AFTER[lang].test(rest) && !/^\s*to\s+(?:the|a|an|his|her|their|its)\s/u.test(rest)) return e.purposeNoun;
  return e.noun === 'cost' ? costNoun(lang, sum + after.slice(0, 20)) : e.noun;
}

/**
 * The kind of money the sum at [start, end) of `sentence` is, by its clause; null when the clause names no kind (the
 * purpose rules then say what it is for).
 */
export function moneyKind(sentence: string, start: number, end: number, lang: Lang, depth = 0, unmasked = sentence): MoneyKind | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // (A sum charged by anyone else is named by the charger's fee: money-purpose.ts chargedFee.)
  if (chargerText(before)) {
    const charged = chargeKind(before, lang);
    return charged ? { noun: charged, how: 'charge' } : null;
  }
  const noun = linkedNoun(before, lang) ?? nounAfter(after, lang) ?? subjectNoun(before, lang) ?? elidedNoun(before, lang);
  if (noun) {
    // ("at a cost of $4.20 per participant per day": a cost per unit is the cost per that unit.)
    const head = noun.split(' ').find((w) => /^(?:cost|costo|coste)$/u.test(w));
    const unit = head ? ratesAfter(after).unit : null;
    return { noun: unit ? `${head} ${lang === 'es' ? 'por' : 'per'} ${unit}` : noun, how: 'noun' };
  }
  // (Read on the text as written: a participle before its purpose is blanked as an adjunct for the purpose rules.)
  const participle = participleNoun(unmasked.slice(end), lang);
  if (participle) return { noun: participle, how: 'participle' };
  // ("food rations were cut to $8 a month per person": a sum stated as the amount of a subject is named by the subject.)
  const stated = AMOUNT_PREDICATE.exec(before);
  const rate = stated && /\p{L}{3,}/u.test(lastClause(before.slice(0, stated.index))) ? null : rateKind(sentence, start, end, lang, depth);
  if (rate) return { noun: rate, how: 'rate' };
  const verb = verbKind(before, after, lang, sentence.slice(start, end));
  if (verb) return { noun: verb, how: 'verb' };
  return null;
}
