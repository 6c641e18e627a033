import { foldAccents, NFKD_INVARIANT } from '../text/fold';
import { monthNames } from '../text/months';
import { foldText, isStopWord, stem } from './normalize-text';
import vocabulary from './data/bilingual.json';
import names from './data/names.json';
import roles from './data/roles.json';
import { conceptOf, isEnglish, KNOWN_NAMES } from './bilingual';

/**
 * Named entities, crudely: acronyms (CBP, ICE, EFE, INM), and runs of capitalized words, possibly joined by
 * "of/de/del/la/y" ("Customs and Border Protection", "Instituto Nacional de Migración", "Ciudad Juárez").
 * A single capitalized word at a sentence start is not taken (it is capitalized anyway). Title Case
 * headlines are read for acronyms only (they capitalize every word); sentence-case headlines like the
 * body. Acronyms may end in digits ("SB4"). Results are folded (lower-case, no accents) and common
 * English/Spanish aliases map to one name ("Patrulla Fronteriza" → "border patrol").
 */
export function extractEntities(rawTitle: string, rawBody: string): Set<string> {
  const out = new Set<string>();
  // Each text is read once (memoized: a headline is read with its summary, alone, and with its lead), and
  // the names found are added in the order the steps below take them.
  const t = titlePart(rawTitle);
  const b = bodyPart(rawBody);
  // Agencies and places named in any of their forms ("la agencia europea de fronteras", "Mexico's refugee
  // agency", "canal de la Mancha") are their display name (./data/names.json), and are read as such below.
  for (const n of t.known) out.add(n);
  for (const n of b.known) out.add(n);
  const title = t.text;
  const body = b.text;
  if (/\bEU\b/.test(title + body) && isEnglish(`${title} ${body}`)) out.add('european union');
  for (const n of t.acronyms) out.add(n);
  for (const n of b.acronyms) out.add(n);
  // A headline in sentence case ("Tunnel dug from Mexico found beneath Nogales, Border Patrol says", as
  // Spanish and many English outlets write them) capitalizes names only: read it like the body.
  for (const n of t.runs) out.add(n);
  // "Sheinbaum: México no aceptará…", "ACNUR: …": a headline that opens with a name and a colon quotes it.
  if (t.speaker !== undefined) out.add(t.speaker);
  for (const n of b.runs) out.add(n);
  // Offices: "role:<office>" when the text names no holder right after it ("the U.S. homeland security
  // secretary"), "role*:<office>" when it does ("Homeland Security Secretary Alejandro Mayorkas").
  for (const n of t.roles) out.add(n);
  for (const n of b.roles) out.add(n);
  for (const w of b.weak) if (!out.has(w)) out.add(`${SENTENCE_START}${w}`);
  return out;
}

/** What extractEntities reads of one text (a headline or a body): the names to add, in order. */
interface TextPart {
  /** The text with known names written as their display names. */
  text: string;
  known: string[];
  acronyms: string[];
  /** Capitalized runs (of a headline only when in sentence case). */
  runs: string[];
  /** Single capitalized words at a sentence start (bodies only). */
  weak: string[];
  /** A headline's speaker ("Sheinbaum: …"), as added. */
  speaker?: string;
  roles: string[];
}

const TITLE_PARTS = new Map<string, TextPart>();
const BODY_PARTS = new Map<string, TextPart>();
const PARTS_SIZE = 256;

function memoPart(memo: Map<string, TextPart>, text: string, make: (text: string) => TextPart): TextPart {
  let p = memo.get(text);
  if (p === undefined) {
    p = make(text);
    if (memo.size >= PARTS_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(text, p);
  }
  return p;
}

function titlePart(rawTitle: string): TextPart {
  return memoPart(TITLE_PARTS, rawTitle, (raw) => {
    const known: string[] = [];
    const cased = markless(raw);
    const text = knownNames(raw, known, cased);
    const runs: string[] = [];
    if (sentenceCase(text)) addRuns(runs, text, undefined, true);
    const speakerRun = SPEAKER.exec(text);
    const speaker: string[] = [];
    if (speakerRun && !COMMON_CAPS.has(foldText(speakerRun[1]!))) add(speaker, speakerRun[1]!);
    return { text, known, acronyms: acronymsOf(text), runs, weak: [], ...(speaker.length > 0 ? { speaker: speaker[0] } : {}), roles: rolesOf(text === raw ? cased : markless(text)) };
  });
}

function bodyPart(rawBody: string): TextPart {
  return memoPart(BODY_PARTS, rawBody, (raw) => {
    const known: string[] = [];
    const cased = markless(raw);
    const text = knownNames(raw, known, cased);
    const runs: string[] = [];
    const weak: string[] = [];
    addRuns(runs, text, weak);
    return { text, known, acronyms: acronymsOf(text), runs, weak, roles: rolesOf(text === raw ? cased : markless(text)) };
  });
}

function acronymsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ACRONYM)) add(out, m[0]);
  return out;
}

/** A text decomposed (NFKD) without its combining marks, case kept: what names and offices are matched in. */
function markless(text: string): string {
  if (NFKD_INVARIANT.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The offices a text names, as "role:<office>" or "role*:<office>" (with a holder's name right after); `cased` = markless(text). */
function rolesOf(cased: string): string[] {
  const out: string[] = [];
  const folded = cased.toLowerCase();
  if (folded.length !== cased.length) return out; // a case mapping that changes length: offsets would not line up
  for (const m of roleMatches(folded)) {
    // "President Joe Biden", "la presidenta electa Claudia Sheinbaum": a name within one more word.
    const named = /^\s+(?:(?:elect|electo|electa|interino|interina|saliente|designate|designado|designada)\s+)?\p{Lu}\p{Ll}/u.test(cased.slice(m.index + m.match.length, m.index + m.match.length + 24));
    out.push(`${named ? 'role*' : 'role'}:${ROLE_OF.get(m.match)!}`);
  }
  return out;
}

/**
 * Prefix of a single capitalized word that opens a sentence ("Whitfield told reporters…", "Frontex said…"):
 * maybe a name, maybe any word. Such a word counts as a shared name only when the other text names someone
 * or something ending in it ("Chief Patrol Agent Dana Whitfield"); it never makes a mismatch.
 */
export const SENTENCE_START = 'cap:';

/** Names in running text: capitalized runs, a single word only away from a sentence start (those go to `weak`). */
function addRuns(out: string[], body: string, weak?: string[], headline = false): void {
  for (const m of body.matchAll(CAPITALIZED_RUN)) {
    let run = dropCommonEnds(
      m[0]
        .replace(/\s+(?:of|the|and|de|del|la|las|los|y)$/i, '')
        .replace(LEADING_WORDS, '')
        .trim(),
    );
    if (!run || countOpening(run)) continue;
    const start = m.index ?? 0;
    let atSentenceStart = start === 0 || /[.!?:;"“«(]\s*$/.test(body.slice(Math.max(0, start - 3), start));
    // "Detecta Migración a más de 12 mil…", "Sale de Tapachula caravana…": a Spanish headline that opens with
    // a verb of the beat's vocabulary before a name: the verb is no part of it. What follows a preposition
    // ("de Tapachula") is a name; a word right after the verb ("Migración", "Marina") is the headline's
    // subject, capitalized or not, and is read as a sentence's first word.
    if (headline && start === 0) {
      const v = VERB_OPENING.exec(run);
      if (v && beatVerb(v[1]!)) {
        run = run.slice(v[0].length);
        atSentenceStart = v[2] === undefined;
      }
    }
    const multi = /\s/.test(run);
    if (!multi && (atSentenceStart || COMMON_CAPS.has(foldText(run)))) {
      const w = foldText(run);
      if (weak && atSentenceStart && w.length >= 4 && /^[a-z]+$/.test(w) && !COMMON_CAPS.has(w) && !isStopWord(w) && conceptOf(stem(w)) === stem(w)) weak.push(w);
      continue;
    }
    add(out, run);
  }
}

/** A first word and what joins it to the rest of a run ("Sale de ", "Detecta "). */
const VERB_OPENING = /^(\p{L}+)\s+(?:(de|del|la|las|los|el|en|a)\s+)?(?=\p{Lu})/u;

/**
 * A Spanish verb of the beat's vocabulary opening a headline ("Detecta", "Sale", "Rescata", "Mueren"): a
 * present-tense form of a verb the vocabulary conjugates (VERB_FORMS), and no noun that opens names.
 */
function beatVerb(word: string): boolean {
  const w = foldText(word);
  return !NAME_OPENERS.has(w) && VERB_FORMS.has(w);
}

/**
 * Present-tense forms (-a, -e, -an, -en) of the vocabulary's verbs: the entries of ./data/bilingual.json
 * that list a preterite (-aron, -ieron), as "leave" (salen salieron sale parte…) or "rescue" do.
 */
const VERB_FORMS = new Set(
  Object.values(vocabulary.words as Record<string, string>)
    .map((v) => v.split(' '))
    .filter((forms) => forms.some((f) => /(?:aron|ieron)$/.test(f)))
    .flatMap((forms) => forms.filter((f) => f.length >= 4 && /(?:a|e|an|en)$/.test(f))),
);

const NAME_OPENERS = new Set(
  'ciudad puerto casa villa playa isla lago rio sierra monte valle bahia cabo colonia nuevo nueva san santa santo paso puente frontera guardia patrulla policia fiscalia marina secretaria secretario estado departamento instituto oficina servicio tribunal corte suprema camara senado congreso gobierno consulado embajada cancilleria comision agencia centro estacion garita aduana'.split(' '),
);

/**
 * "Unas 150 personas…", "Nearly 2,000-foot tunnel…", "Unos 1.500 migrantes…": a sentence's capitalized first
 * word, an article or an estimate, before a number (the run picks up a number for "Title 42"): no name.
 */
function countOpening(run: string): boolean {
  const m = /^(\p{L}+)\s+\d{1,3}$/u.exec(run);
  if (!m) return false;
  const w = foldText(m[1]!);
  return isStopWord(w) || ESTIMATE_WORDS.has(w);
}

const ESTIMATE_WORDS = new Set('nearly almost around roughly approximately about some over under casi cerca alrededor aproximadamente apenas mas menos unos unas'.split(' '));

/** A run that starts or ends with a weekday or month ("Wednesday Guatemala", "Tijuana Monday") loses it. */
function dropCommonEnds(run: string): string {
  const ws = run.split(/\s+/);
  while (ws.length > 1 && COMMON_CAPS.has(foldText(ws[0]!))) ws.shift();
  while (ws.length > 1 && COMMON_CAPS.has(foldText(ws[ws.length - 1]!))) ws.pop();
  return ws.join(' ');
}

/**
 * A headline written in sentence case: one of its words of four or more letters after the first is
 * lower-case, prepositions aside (Title Case headlines capitalize every such word but, in some styles, the
 * prepositions: "Tunnel Found Beneath Nogales" vs "Tunnel found beneath Nogales, agents say"). A headline of
 * names with one verb ("Detainee dies at Otero County Processing Center in Chaparral") is sentence case.
 */
function sentenceCase(title: string): boolean {
  const ws = title.split(/\s+/).slice(1).filter((w) => /^[\p{L}'’-]{4,}/u.test(w));
  if (ws.length < 2) return false;
  const lower = ws.filter((w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(foldText(w))).length;
  return lower >= 1;
}

/** Prepositions of four or more letters, which Title Case styles may leave lower-case. */
const PREPOSITIONS = new Set(
  'from into with over after under near than amid about upon onto beneath across through without within between against toward towards during along among around before behind below beyond despite since until'.split(' '),
);

/**
 * Places where a text says something happened: a capitalized name right after "in", "near", "at",
 * "outside", "en", "cerca de", "frente a", "afuera de" (an article or a word of area may come between:
 * "en la Ciudad de Guatemala", "in downtown Denver", "en el centro de Tijuana"). Folded; read from the
 * body, and from a sentence-case headline.
 */
export function eventPlaces(title: string, body: string): Set<string> {
  const out: string[] = [];
  for (const text of sentenceCase(title) ? [title, body] : [body]) {
    for (const m of text.matchAll(LOCATIVE)) {
      const run = dropCommonEnds(m[1]!.replace(/\s+(?:of|the|and|de|del|la|las|los|y)$/i, '').trim());
      if (run && !COMMON_CAPS.has(foldText(run))) add(out, run);
    }
  }
  return new Set(out);
}

const LOCATIVE = /(?<![\p{L}\p{N}])(?:in|near|at|outside|en|cerca de|frente a|afuera de|junto a)\s+(?:(?:the|el|la|los|las)\s+)?(?:(?:downtown|northern|southern|eastern|western|central|rural|centro de|norte de|sur de|periferia de)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|de|del|la|las|los)\s+)?\p{Lu}[\p{L}'’-]+)*)/gu;

/**
 * Offices named instead of their holders (data: ./data/roles.json): "the U.S. homeland security secretary"
 * and "Homeland Security Secretary Alejandro Mayorkas" both carry "role:homeland security secretary".
 */
const ROLE_OF = new Map<string, string>(
  Object.entries(roles.roles as Record<string, string[]>).flatMap(([office, forms]) => forms.map((f) => [f, office] as [string, string])),
);
// The forms are plain folded words (checked here), so they go into the pattern as they are.
for (const f of ROLE_OF.keys()) if (!/^[a-z ]+$/.test(f)) throw new Error(`src/stories/data/roles.json: role form "${f}" must be folded words`);
/** Texts the form tables do not read (see formTable): surrogates, the Kelvin sign, the long s. */
const OUTSIDE_FAST_PATH = /[\ud800-\udfff\u017f\u212a]/;
const ROLE_FORMS = [...ROLE_OF.keys()].sort((a, b) => b.length - a.length);
const ROLE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${ROLE_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** The office forms as a table (see formTable). */
const ROLE_TABLE = formTable(ROLE_FORMS, false, false);

/** The matches of ROLE_RE in `folded`, in order, found as formTable finds them. */
export function roleMatches(folded: string): FormMatch[] {
  return ROLE_TABLE && !OUTSIDE_FAST_PATH.test(folded) ? ROLE_TABLE.matches(folded) : roleMatchesByExpression(folded);
}

/** The matches of ROLE_RE by the expression itself (test/stories/known-names.test.ts compares roleMatches with it). */
export function roleMatchesByExpression(folded: string): FormMatch[] {
  return [...folded.matchAll(ROLE_RE)].map((m) => ({ index: m.index!, match: m[0] }));
}

/** Written forms of the known names (./data/names.json) → display name; matched with accents folded, any case. */
const NAME_OF = new Map<string, string>();
const nameForm = (f: string): string => f.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ');
for (const [display, forms] of Object.entries(KNOWN_NAMES)) for (const f of forms) NAME_OF.set(nameForm(f), display);
/** The pattern of each written form, longest form first (the order the alternation of NAME_RE tries them in). */
const NAME_PATTERNS: Array<[form: string, pattern: string]> = [...NAME_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => [f, f.replace(/\./g, '\\.?').replace(/'/g, "['’]").replace(/ /g, '\\s+')]);
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAME_PATTERNS.map(([, p]) => p).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** A match of a table of forms: where, and the text matched. */
export interface FormMatch {
  index: number;
  match: string;
}

/**
 * Forms of an alternation bounded by word edges, `(?<![\\p{L}\\p{N}])(?:f1|f2|…)(?![\\p{L}\\p{N}])`, found
 * as the expression finds them, without an expression. Each form is runs of ASCII letters and digits joined by a
 * space (`\\s+` in the names' expression — `spaces` —, one space in the offices'), an apostrophe (`['’]`) or a
 * hyphen. A form can only match where a word starts (no letter or digit before), and only where the run of ASCII
 * letters and digits that starts there is the form's own first run: what follows that run in a form (a joiner,
 * or its end and the lookahead) matches no ASCII letter or digit, so the text's run ends where the form's does.
 * At each word start the forms of that first run are tried in the alternation's order, each in one pass (a
 * joiner is followed by a letter or digit, so `\\s+` takes every space there is: nothing to backtrack), the first
 * that matches taken, and the search goes on after it, as the global expression's does. With `ignoreCase` runs are
 * compared in lower case, as case-insensitive matching compares ASCII letters with ASCII text (the Kelvin sign
 * and the long s, the other characters that fold to one, and characters outside the BMP, which the expression
 * reads as code points, send a text to the expression: OUTSIDE_FAST_PATH). Null when a form is not of that
 * shape (then the expression is used).
 */
function formTable(forms: string[], ignoreCase: boolean, spaces: boolean): { matches(text: string): FormMatch[] } | null {
  if (!forms.every((f) => /^[a-z0-9]+(?:[ '-][a-z0-9]+)*$/.test(f))) return null;
  // Forms by a hash of their first run (forms of runs that collide share a list, in the alternation's order).
  const byRun = new Map<number, string[]>();
  for (const f of forms) {
    let h = 0;
    for (let i = 0; i < f.length; i++) {
      const k = asciiKey(f.charCodeAt(i), false);
      if (k < 0) break;
      h = (Math.imul(h, 37) + k + 1) | 0;
    }
    const list = byRun.get(h);
    if (list) list.push(f);
    else byRun.set(h, [f]);
  }
  /** The end of `form` matched at `p` of `text`, or -1. */
  const matchAt = (form: string, text: string, p: number): number => {
    const n = text.length;
    let q = p;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (c === 0x20) {
        if (!spaces) {
          if (q >= n || text.charCodeAt(q) !== 0x20) return -1;
          q++;
          continue;
        }
        if (q >= n || !isSpace(text.charCodeAt(q))) return -1;
        while (q < n && isSpace(text.charCodeAt(q))) q++;
      } else if (c === 0x27) {
        const t = q < n ? text.charCodeAt(q) : -1;
        if (t !== 0x27 && t !== 0x2019) return -1;
        q++;
      } else if (c === 0x2d) {
        if (q >= n || text.charCodeAt(q) !== 0x2d) return -1;
        q++;
      } else {
        if (q >= n || asciiKey(text.charCodeAt(q), ignoreCase) !== asciiKey(c, false)) return -1;
        q++;
      }
    }
    return q < n && letterOrNumber(text.charCodeAt(q)) ? -1 : q;
  };
  return {
    /** Only for a text without OUTSIDE_FAST_PATH characters. */
    matches(text: string): FormMatch[] {
      const out: FormMatch[] = [];
      const n = text.length;
      for (let p = 0; p < n; p++) {
        let k = asciiKey(text.charCodeAt(p), ignoreCase);
        if (k < 0 || (p > 0 && letterOrNumber(text.charCodeAt(p - 1)))) continue;
        let h = 0;
        let q = p;
        while (k >= 0) {
          h = (Math.imul(h, 37) + k + 1) | 0;
          k = ++q < n ? asciiKey(text.charCodeAt(q), ignoreCase) : -1;
        }
        const list = byRun.get(h);
        let end = -1;
        if (list) {
          for (const f of list) {
            end = matchAt(f, text, p);
            if (end >= 0) break;
          }
        }
        if (end >= 0) {
          out.push({ index: p, match: text.slice(p, end) });
          p = end - 1;
        } else p = q - 1; // no form starts within the run (no word start there): on after it
      }
      return out;
    },
  };
}

/** \\s as regular expressions read it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** 0-35 for an ASCII digit or lower-case letter (and an upper-case one, with `ignoreCase`), else -1. */
function asciiKey(c: number, ignoreCase: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  return ignoreCase && c >= 0x41 && c <= 0x5a ? c - 0x41 + 10 : -1;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** 1 letter or number, 0 not, -1 not known yet (BMP code units). */
const LN_CLASS = new Int8Array(0x10000).fill(-1);

function letterOrNumber(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  let k = LN_CLASS[c]!;
  if (k < 0) LN_CLASS[c] = k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 0;
  return k === 1;
}

/** The known-name forms as a table (see formTable). */
const NAME_TABLE = formTable(NAME_PATTERNS.map(([f]) => f), true, true);

/** `cased.replace(NAME_RE, fn)`, the forms found as formTable finds them (test/stories/known-names.test.ts). */
export function replaceKnownNames(cased: string, fn: (m: string) => string): string {
  if (!NAME_TABLE || OUTSIDE_FAST_PATH.test(cased)) return cased.replace(NAME_RE, fn);
  let out = '';
  let copied = 0;
  for (const m of NAME_TABLE.matches(cased)) {
    out += cased.slice(copied, m.index) + fn(m.match);
    copied = m.index + m.match.length;
  }
  return copied === 0 ? cased : out + cased.slice(copied);
}

/** `cased.replace(NAME_RE, fn)` by the expression itself (test/stories/known-names.test.ts compares replaceKnownNames with it). */
export function replaceKnownNamesByExpression(cased: string, fn: (m: string) => string): string {
  return cased.replace(NAME_RE, fn);
}

/** The text with known names written as their display names (each added to `out`); accents folded when any match; `cased` = markless(text). */
function knownNames(text: string, out: string[], cased = markless(text)): string {
  let hit = false;
  const replaced = replaceKnownNames(cased, (m) => {
    const display = NAME_OF.get(nameForm(m));
    if (!display) return m;
    hit = true;
    add(out, display);
    return display;
  });
  return hit ? replaced : text;
}

const SPEAKER = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}):\s/u;
const ACRONYM = /\b(?:EE\.\s?UU\.|U\.S\.|[A-Z]{2,6}\d{0,4})(?![a-z\d])/g;
const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|the|and|de|del|la|las|los|y)\s+)?\p{Lu}[\p{L}'’-]+)*(?:\s+\d{1,3}\b)?/gu;

/** Articles and titles that open a run of capitalized words without being part of the name. */
const LEADING_WORDS = /^(?:(?:the|el|la|los|las|gov\.?|governor|gobernador|gobernadora|president|presidente|presidenta|gobierno de|government of|secretary|secretario)\s+)+/i;

/** Capitalized words that are not names (days, months, titles). */
const COMMON_CAPS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo mr mrs ms dr sr sra the this that president presidente gov governor gobernador'
    .split(' ')
    .concat(monthNames('en'), monthNames('es'))
    // months abbreviated ("from Sept. 28 to Oct. 4", "del 3 de ago. al 9 de ago.")
    .concat('jan feb apr jun jul aug sep sept oct nov dec ene abr ago dic'.split(' ')),
);

/** Bylines and wire services appear in unrelated stories: they say nothing about the event. */
const NOT_ENTITIES = new Set(['united states', 'ee', 'uu', 'ap', 'efe', 'afp', 'upi', 'reuters', 'associated press', 'notimex', 'ansa', 'dpa', 'cnn', 'ft', 'pm', 'am', 'tv']);

const ALIASES: Record<string, string> = {
  'patrulla fronteriza': 'border patrol',
  'u.s. border patrol': 'border patrol',
  'us border patrol': 'border patrol',
  'oficina de aduanas y proteccion fronteriza': 'cbp',
  'customs and border protection': 'cbp',
  'u.s. customs and border protection': 'cbp',
  'servicio de inmigracion y control de aduanas': 'ice',
  'immigration and customs enforcement': 'ice',
  'instituto nacional de migracion': 'inm',
  'national migration institute': 'inm',
  'guardia nacional': 'national guard',
  'estados unidos': 'united states',
  'eeuu': 'united states',
  'ee.uu': 'united states',
  'ee.uu.': 'united states',
  'eu': 'united states',
  'titulo 42': 'title 42',
  'oim': 'iom',
  ue: 'european union',
  'organizacion internacional para las migraciones': 'iom',
  'international organization for migration': 'iom',
  'acnur': 'unhcr',
  'alto comisionado de las naciones unidas para los refugiados': 'unhcr',
  'tribunal supremo': 'supreme court',
  'departamento de justicia': 'justice department',
  'department of justice': 'justice department',
  'doj': 'justice department',
  'quinto circuito': 'fifth circuit',
  'corte de apelaciones del quinto circuito': 'fifth circuit',
  'cumbre de las americas': 'summit of the americas',
  'ee uu': 'united states',
  'u.s.': 'united states',
  'us': 'united states',
  'usa': 'united states',
  'departamento de seguridad nacional': 'dhs',
  'department of homeland security': 'dhs',
  'homeland security': 'dhs',
  'casa blanca': 'white house',
  'rio bravo': 'rio grande',
  // "el río Bravo": the lower-case "río" leaves "Bravo" alone.
  bravo: 'rio grande',
  'ciudad juarez': 'juarez',
  'ciudad de mexico': 'mexico city',
  'corte suprema': 'supreme court',
  'suprema corte': 'supreme court',
  'naciones unidas': 'united nations',
  'un': 'united nations',
  'onu': 'united nations',
};

/** The display names of ./data/names.json, folded (a text's known names are written as these). */
const KNOWN_DISPLAY = new Set(Object.keys(KNOWN_NAMES).map((d) => foldAccents(d).toLowerCase()));

/** Folded written forms of the places of ./data/names.json (within, twins, places): towns, counties, states. */
const PLACE_FORMS = new Set<string>([
  ...Object.entries(names.within as Record<string, string[]>).flatMap(([outer, inner]) => [outer, ...inner]),
  ...(names.twins as string[][]).flat(),
  ...Object.values(names.places as Record<string, string[]>).flat(),
].map((f) => foldAccents(f).toLowerCase()));

/**
 * Appends the entity name of `raw` (folded, aliased) to `out`, unless too short or a byline's. Two places
 * joined by a hyphen ("El Paso-Juárez bridge", "the Tijuana-San Diego border") are two names.
 */
function add(out: string[], raw: string): void {
  // "a Houston-area operation", "a San Diego-based group": the place.
  raw = raw.replace(AREA_SUFFIX, '');
  // "Canal Americano de El Paso" (a known name of ./data/names.json, then the place it is in): two names.
  const de = raw.lastIndexOf(' de ');
  if (de > 0) {
    const inner = foldAccents(raw.slice(0, de)).toLowerCase().trim();
    const outer = foldAccents(raw.slice(de + 4)).toLowerCase().trim();
    if (KNOWN_DISPLAY.has(inner) && PLACE_FORMS.has(outer)) {
      addOne(out, raw.slice(0, de));
      addOne(out, raw.slice(de + 4));
      return;
    }
  }
  const dash = raw.indexOf('-');
  if (dash > 0) {
    const parts = raw.split('-');
    // the run lost its article ("El Paso-Juárez" → "Paso-Juárez"): a place form may need it back
    const form = (p: string): string | undefined => {
      const f = foldAccents(p).toLowerCase().trim();
      return ['', 'el ', 'la ', 'los ', 'las '].map((a) => a + f).find((x) => PLACE_FORMS.has(x));
    };
    const forms = raw.split('-').map(form);
    if (forms.length === 2 && forms.every((f) => f !== undefined)) {
      for (const f of forms) addOne(out, f!);
      return;
    }
  }
  addOne(out, raw);
}

/** A hyphenated suffix that makes a place an adjective ("Houston-area", "El Paso-based"). */
const AREA_SUFFIX = /-(?:area|based|region)$/i;

function addOne(out: string[], raw: string): void {
  const folded = foldAccents(raw)
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const key = folded.replace(/[^a-z0-9. ]/g, '').replace(/\.(?=\s|$)/g, folded === 'u.s.' ? '.' : '').trim();
  const name = ALIASES[folded] ?? ALIASES[key] ?? key;
  if (name.length >= 2 && !NOT_ENTITIES.has(name)) out.push(name);
}
