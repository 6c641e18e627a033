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

function fold(text: string): string {
  return foldAccents(text)
    // dotted abbreviations as one word: "u.s." → "us", "ee.uu." → "eeuu"
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    // keep digits joined across thousands separators and decimals: "240,988" → "240988", "2.5" → "2.5"
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
 * mostly the verb; "mayo" is kept.
 */
export function monthsNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const w of words(text)) {
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
  return text.replace(DATELINE, '');
}

const DATELINE =
  /^[ \t]*[\p{L}\p{N} .,'’-]{0,60}\((?:AP|Reuters|EFE|AFP|Europa Press|Notimex|Xinhua|dpa|ANSA|UPI|Bloomberg)\)\s*(?:\.\s*)?[-—–:]*\s*/gmu;
