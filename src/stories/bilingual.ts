import { MONTHS_EN, spanishMonthNames } from '../text/months';
import { contentTokens, foldText, stem } from './normalize-text';
import vocabulary from './data/bilingual.json';
import names from './data/names.json';

/**
 * A compact English/Spanish map of the border and migration beat, so that an EFE or La Jornada report and
 * an AP or Reuters report of one event share tokens: "caravana" and "caravan" both become `caravan`,
 * "Patrulla Fronteriza" and "Border Patrol" both `borderpatrol`, "muertos"/"killed"/"deaths" all `dead`.
 * Multi-word names are folded first (phrase → one token), then single words (after the light stem).
 * Unknown words pass through unchanged: names of places and people are spelled alike in both languages.
 */

/** Known names of every kind (./data/names.json): display name → written forms. */
export const KNOWN_NAMES: Record<string, string[]> = { ...names.agencies, ...names.programs, ...names.regions, ...names.places };

/**
 * Multi-word names and phrases (folded, accents stripped) → one canonical token. Longest first at use. The
 * agencies and places of ./data/names.json join them: every written form → the display name, folded, with
 * no spaces ("la agencia europea de fronteras", "EU border agency" → `frontex`).
 */
const PHRASES: Record<string, string> = { ...nameTokens(), ...vocabulary.phrases };

function nameTokens(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [display, forms] of Object.entries(KNOWN_NAMES)) {
    const token = foldText(display).replace(/ /g, '');
    for (const f of forms) out[foldText(f)] = token;
  }
  return out;
}

/** Canonical token → its variants in either language (written plainly; stemmed when the map is built). */
const WORDS: Record<string, string> = {
  ...vocabulary.words,
  // months: the toolkit's one month table (src/text/months.ts)
  ...Object.fromEntries(MONTHS_EN.map((m) => [m, spanishMonthNames(m).join(' ')])),
};

/** Tokens that only name the country or say "U.S." (EE.UU., EU): present in nearly every report. */
const IGNORED = new Set(['eeuu', 'eu', 'ee', 'uu', 'unitedstates', 'unitedstate']);

const PHRASE_LIST = Object.keys(PHRASES).sort((a, b) => b.length - a.length);
const PHRASE_RE = new RegExp(`\\b(?:${PHRASE_LIST.map((p) => p.replace(/\./g, '\\.')).join('|')})\\b`, 'g');

const CONCEPT = new Map<string, string>();
for (const [canonical, variants] of Object.entries(WORDS)) {
  const c = stem(canonical);
  CONCEPT.set(c, c);
  for (const v of variants.split(' ')) CONCEPT.set(stem(v), c);
}

/** The canonical (English) token of a stemmed, folded word; the word itself when the map does not know it. */
export function conceptOf(token: string): string {
  return CONCEPT.get(token) ?? cognate(token);
}

/**
 * Concept tokens of the known names that never place an event: agencies (who reports or acts, not where)
 * and regions (seas, archipelagos, deserts: too wide, like countries). Programs ("Title 42", "TPS") are
 * what a report is about: a name both reports share, one that only one of them gives.
 */
export const NOT_PLACING_TOKENS = new Set(
  // as conceptTokens reads the display name: "Central America" → centralameric (a final vowel dropped, see cognate)
  Object.keys({ ...names.agencies, ...names.regions }).flatMap((d) => {
    const t = stem(foldText(d).replace(/ /g, ''));
    return [t, conceptOf(t)];
  }),
);

/**
 * A word the map does not know, as its cognate key: -ción written -tion, a final a/e/o dropped from words of five or more letters,
 * so that a name spelled in either language with another final vowel is one ("Creta" / "Crete", "Samaritano"
 * / "Samaritan", "Tenerife"): the map's own words and digits are left alone.
 */
function cognate(token: string): string {
  if (token.length < 5 || !/^[a-z]+$/.test(token)) return token;
  // Spanish -cción / -ción are English -ction / -tion: "protección" / "protection", "operación" / "operation"
  if (token.endsWith('ccion')) return `${token.slice(0, -5)}ction`;
  if (token.endsWith('cion')) return `${token.slice(0, -4)}tion`;
  // -cional is -tional: "constitucional" / "constitutional", "binacional" / "binational"
  if (token.endsWith('cional')) return `${token.slice(0, -6)}tional`;
  return /[aeo]$/.test(token) ? token.slice(0, -1) : token;
}

/** Folded text with the beat's multi-word names turned into single canonical tokens. */
export function foldPhrases(text: string): string {
  const folded = foldText(text);
  return folded.replace(BILL_RE, (_m, kind: string, n: string) => `${BILL_KINDS[kind] ?? kind}${n}`).replace(PHRASE_RE, (m) => PHRASES[m] ?? m);
}

/**
 * A bill by its number, however written ("SB 4", "S.B. 4", "SB4", "Senate Bill 4", "la ley SB4"): one token
 * ("sb4"), so that reports of one state law share it (folded text: "s.b." is already "sb").
 */
const BILL_RE = /\b(senate bill|house bill|assembly bill|sb|hb|ab) (\d{1,4})\b/g;
const BILL_KINDS: Record<string, string> = { 'senate bill': 'sb', 'house bill': 'hb', 'assembly bill': 'ab' };

/**
 * Language-neutral content tokens of a text: folded, stop words dropped, stemmed, multi-word names joined,
 * Spanish and English beat vocabulary mapped to one canonical token, "7 mil" read as 7000.
 */
export function conceptTokens(text: string): string[] {
  // A headline + lead that is the whole summary is read twice in a row (lead tokens, numbers): the last answer is kept.
  if (lastConcepts?.text === text) return lastConcepts.tokens.slice();
  const tokens = readConceptTokens(text);
  lastConcepts = { text, tokens };
  return tokens.slice();
}

let lastConcepts: { text: string; tokens: string[] } | undefined;

function readConceptTokens(text: string): string[] {
  const folded = foldPhrases(writtenNumbers(text));
  const tokens = contentTokens(folded);
  let eu = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = conceptOf(tokens[i]!);
    if (t === 'eu') eu = true;
    tokens[i] = t;
  }
  // "EU" is the European Union in English and Estados Unidos in Mexican Spanish; "UE" is the Union in Spanish.
  const english = eu && isEnglish(text);
  const out: string[] = [];
  for (const t0 of tokens) {
    const t = t0 === 'ue' || (english && t0 === 'eu') ? EUROPEAN_UNION : t0;
    if (!IGNORED.has(t)) out.push(t);
  }
  return out;
}

const EUROPEAN_UNION = 'europeanunion';

/** Written in English rather than Spanish, by their commonest short words. */
export function isEnglish(text: string): boolean {
  const en = text.match(/\b(?:the|of|and|to|is|for|on|with|from|says|said)\b/gi)?.length ?? 0;
  const es = text.match(/\b(?:el|la|los|las|de|del|y|que|en|por|para|con|se)\b/gi)?.length ?? 0;
  return en > es;
}

/** Metric names seen (a small vocabulary, compared on every same-story check), with their canonical form. */
const METRIC_MEMO = new Map<string, string>();
const METRIC_MEMO_SIZE = 4096;

/** Canonical form of a figure's metric name ("migrantes" and "migrants" → "migrant", "muertes" → "dead"). */
export function canonicalMetric(metric: string): string {
  const hit = METRIC_MEMO.get(metric);
  if (hit !== undefined) return hit;
  const out = contentTokens(foldPhrases(metric)).map(conceptOf).join(' ');
  if (METRIC_MEMO.size >= METRIC_MEMO_SIZE) METRIC_MEMO.clear();
  METRIC_MEMO.set(metric, out);
  return out;
}

/** Scale words of numbers in either language ("1.5 million", "1,5 millones", "$5.21 billion"). */
const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, millon: 1e6, 'millón': 1e6, millones: 1e6, billion: 1e9, billions: 1e9,
  'mil millones': 1e9, 'mil millón': 1e9,
  // the Mexican press's millions (and thousands of millions) of dollars or pesos: "5,120 mdd"
  mdd: 1e6, mdp: 1e6, mmdd: 1e9, mmdp: 1e9,
};

/** A written number ("2.211", "2,211", "1,5", "1.5"): a 3-digit group after the separator is thousands, else decimals. */
function numberValue(written: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(written)) return Number(written.replace(/[.,]/g, ''));
  return Number(written.replace(',', '.'));
}

const SCALED = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(mil mill[oó]n(?:es)?|thousands?|millions?|mill[oó]n(?:es)?|billions?|m?md[dp])(?![\p{L}])/giu;
/** Mexican style: "mil 500" (1500), "78 mil 902" (78902), "5 mil 210 millones" (5210 millions), "3 mil". */
const MIL = /(?<![\p{L}\d.,])(?:(\d{1,3})\s+)?mil(?:\s+(\d{1,3}))?(?![\d.,])(?:\s+(mill[oó]n(?:es)?))?(?![\p{L}])/giu;
/** "a thousand", "one million", "un millón", "a hundred" (after a qualifier: "just over a thousand"). */
const WORD_SCALE = /(?<![\p{L}])(?:a|one|un|uno|una)\s+(hundred|thousand|million|mill[oó]n)(?![\p{L}])/giu;
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, millon: 1e6, 'millón': 1e6 };

/**
 * Numbers as digits, however written, so that reports in either language share them: "1.500", "1,500" and
 * "mil 500" → 1500; "1.5 million" and "1,5 millones" → 1500000; "5 mil 210 millones" and "$5.21 billion" →
 * 5210000000; "78 mil 902" → 78902; "just over a thousand" → 1000; "8,3%" → 8.3%; ordinals "26th" → 26.
 */
export function writtenNumbers(text: string): string {
  let out = text;
  const scales = /mil|thousand|hundred|billion|md[dp]/i.test(out);
  if (scales) {
    out = out.replace(MIL, (m, a: string | undefined, b: string | undefined, mill: string | undefined) => {
      // a bare "mil" with no digit on either side is a word ("más de mil personas" is read as 1000)
      if (a === undefined && b === undefined && mill === undefined) return /^mil$/i.test(m) ? '1000' : m;
      const n = (a === undefined ? 1 : Number(a)) * 1000 + (b === undefined ? 0 : Number(b));
      return String(mill ? n * 1e6 : n);
    });
    out = out
      .replace(SCALED, (_m, n: string, scale: string) => String(Math.round(numberValue(n) * (SCALES[foldScale(scale)] ?? 1))))
      .replace(WORD_SCALE, (_m, scale: string) => String(WORD_SCALES[scale.toLowerCase()] ?? scale));
  }
  if (/\d,\d/.test(out)) out = out.replace(/(\d),(\d{1,2})(?![\d])/g, '$1.$2');
  if (/\d(?:st|nd|rd|th)/.test(out)) out = out.replace(/(\d)(?:st|nd|rd|th)(?![\p{L}])/gu, '$1');
  return out;
}

function foldScale(scale: string): string {
  return scale.toLowerCase().replace(/\s+/g, ' ');
}
