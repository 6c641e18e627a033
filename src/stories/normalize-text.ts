/**
 * Text normalization shared by fingerprints, SimHash and same-story scoring (English and Spanish):
 * lower-case, accents folded, punctuation stripped, stop words dropped, a light plural stem.
 */
import { foldAccents } from '../text/fold';
import { FULL_MONTH_NUMBERS } from '../text/months';
import { stem } from '../text/stem';

export { stem };

/** Recent foldText results: one text is folded by several features in a row (tokens, dates, updates). */
const FOLD_MEMO = new Map<string, string>();
const FOLD_MEMO_SIZE = 256;

/** Lower-case, fold accents (NFD + strip combining marks), turn punctuation into spaces, collapse spaces. */
export function foldText(text: string): string {
  const hit = FOLD_MEMO.get(text);
  if (hit !== undefined) return hit;
  const out = fold(text);
  if (FOLD_MEMO.size >= FOLD_MEMO_SIZE) FOLD_MEMO.clear();
  FOLD_MEMO.set(text, out);
  return out;
}

/**
 * The fold, in one pass over the characters (after foldAccents): what these replacements, in this order, make of
 * the text, as the regular expressions read it (test/stories/fold.test.ts holds them and checks the equality):
 *   1. dotted abbreviations as one word, `(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}` → the match without dots:
 *      "u.s." → "us", "ee.uu." → "eeuu";
 *   2. digits joined across thousands separators, `(\d)[,.](?=\d{3}\b)` → "$1": "240,988" → "240988";
 *   3. `[^\p{L}\p{N}.]+` → " ";  4. a dot not between two digits, `(?<!\d)\.|\.(?!\d)`, → " " ("2.5" stays);
 *   5. spaces collapsed, trimmed.
 * Texts with characters outside the Basic Multilingual Plane (surrogate pairs) take the expressions themselves.
 */
function fold(text: string): string {
  const s = foldAccents(text);
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return foldByExpressions(s);
  }
  const t = s.indexOf('.') >= 0 ? joinThousands(joinAbbreviations(s)) : s.indexOf(',') >= 0 ? joinThousands(s) : s;
  // 3-5: letters, digits and the dots between two digits kept; every other run is one space; trimmed.
  let out = '';
  let start = -1; // start of the current run of kept characters
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    const keep = c >= 0 && (c === DOT ? isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)) : isLetterOrNumber(c));
    if (keep) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out.length === 0 ? t.slice(start, i) : `${out} ${t.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/** The replacements themselves (characters outside the BMP: \p{L} and \p{N} read code points there). */
function foldByExpressions(folded: string): string {
  return folded
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DOT = 0x2e;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** \w as a regular expression without the u flag reads it (what \b looks at). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** 1 letter, 2 number, 0 neither, for BMP code units (\p{L}, \p{N}), filled as characters are met. */
const CLASS = new Int8Array(0x10000).fill(-1);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k < 0) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    CLASS[c] = k;
  }
  return k;
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a ? true : c < 0x80 ? c >= 0x41 && c <= 0x5a : c >= 0 && classOf(c) === 1;
}

function isLetterOrNumber(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return classOf(c) !== 0;
}

/** Step 1: `(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}` (global) → the match without its dots. */
function joinAbbreviations(s: string): string {
  const n = s.length;
  let out = '';
  let copied = 0;
  for (let p = 0; p < n; p++) {
    if (!isLetter(s.charCodeAt(p)) || (p > 0 && isLetterOrNumber(s.charCodeAt(p - 1)))) continue;
    // Groups of one or two letters and a dot, as many as there are (a group's form is fixed by its second character).
    let q = p;
    let groups = 0;
    while (q < n && isLetter(s.charCodeAt(q))) {
      if (q + 1 < n && isLetter(s.charCodeAt(q + 1))) {
        if (q + 2 < n && s.charCodeAt(q + 2) === DOT) q += 3;
        else break;
      } else if (q + 1 < n && s.charCodeAt(q + 1) === DOT) q += 2;
      else break;
      groups++;
    }
    if (groups < 2) continue;
    out += s.slice(copied, p) + s.slice(p, q).replace(/\./g, '');
    copied = q;
    p = q - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Step 2: `(\d)[,.](?=\d{3}\b)` (global) → the digit. */
function joinThousands(s: string): string {
  const n = s.length;
  let out = '';
  let copied = 0;
  for (let p = 0; p + 4 < n; p++) {
    if (!isDigit(s.charCodeAt(p))) continue;
    const sep = s.charCodeAt(p + 1);
    if (sep !== DOT && sep !== 0x2c) continue;
    if (!isDigit(s.charCodeAt(p + 2)) || !isDigit(s.charCodeAt(p + 3)) || !isDigit(s.charCodeAt(p + 4))) continue;
    if (p + 5 < n && isWordChar(s.charCodeAt(p + 5))) continue;
    out += s.slice(copied, p + 1);
    copied = p + 2;
    p += 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Words of the folded text (keeps stop words: used by SimHash shingles and exact fingerprints). */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

const STOP = new Set(
  (
    // English
    'a an the and or but if of to in on at by for from with without into onto over under about after before ' +
    'as is are was were be been being has have had do does did will would shall should can could may might must ' +
    'this that these those it its it\'s he she they them their his her we our you your i me my not no nor so than ' +
    'then there here who whom whose which what when where why how all any each both more most other some such ' +
    'only own same too very just also amid says said say new up out off down via per us vs ' +
    // Spanish
    'el la los las un una unos unas y o u e ni pero si de del al a en con sin por para sobre tras entre hacia hasta ' +
    'desde ante bajo segun que quien quienes cual cuales cuando donde como es son fue fueron ser ha han habia ' +
    'hay se su sus lo le les mas muy ya no este esta estos estas ese esa esos esas eso esto aquel otro otra otros ' +
    'otras todo toda todos todas tambien dijo dice afirma asegura segun durante mientras sus nuevo nueva'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}


/** Content tokens: folded words minus stop words and 1-letter words, stemmed. */
export function contentTokens(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}


/**
 * Month numbers named in a text ("October", "noviembre"). "may" is ignored in English because it is
 * mostly the verb; "mayo" is kept. `ws`: words(text), when the caller has them.
 */
export function monthsNamed(text: string, ws: readonly string[] = words(text)): Set<number> {
  const out = new Set<number>();
  for (const w of ws) {
    if (w === 'may') continue;
    const m = FULL_MONTH_NUMBERS[w];
    if (m) out.add(m);
  }
  return out;
}

/**
 * Drop wire-service datelines that copies add or change: "EL PASO, Texas (AP) — ", "WASHINGTON (Reuters) -",
 * "Ciudad de México, 14 nov (EFE).- ", at the start of each line.
 */
export function stripDateline(text: string): string {
  // Every dateline has its wire service in parentheses: a text without "(" has none (most texts: no scan).
  return text.indexOf('(') < 0 ? text : text.replace(DATELINE, '');
}

const DATELINE =
  /^[ \t]*[\p{L}\p{N} .,'’-]{0,60}\((?:AP|Reuters|EFE|AFP|Europa Press|Notimex|Xinhua|dpa|ANSA|UPI|Bloomberg)\)\s*(?:\.\s*)?[-—–:]*\s*/gmu;
