import { MONTHS_EN, spanishMonthNames } from '../text/months';
import { contentTokens, foldText, stem } from './normalize-text';
import vocabulary from './data/bilingual.json';

/**
 * A compact English/Spanish map of the border and migration beat, so that an EFE or La Jornada report and
 * an AP or Reuters report of one event share tokens: "caravana" and "caravan" both become `caravan`,
 * "Patrulla Fronteriza" and "Border Patrol" both `borderpatrol`, "muertos"/"killed"/"deaths" all `dead`.
 * Multi-word names are folded first (phrase → one token), then single words (after the light stem).
 * Unknown words pass through unchanged: names of places and people are spelled alike in both languages.
 */

/** Multi-word names and phrases (folded, accents stripped) → one canonical token. Longest first at use. */
const PHRASES: Record<string, string> = vocabulary.phrases;

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
  return CONCEPT.get(token) ?? token;
}

/** Folded text with the beat's multi-word names turned into single canonical tokens. */
export function foldPhrases(text: string): string {
  return foldText(text).replace(PHRASE_RE, (m) => PHRASES[m] ?? m);
}

/**
 * Language-neutral content tokens of a text: folded, stop words dropped, stemmed, multi-word names joined,
 * Spanish and English beat vocabulary mapped to one canonical token, "7 mil" read as 7000.
 */
export function conceptTokens(text: string): string[] {
  const folded = foldPhrases(text).replace(/\b(\d{1,3}) mil\b/g, (_m, n: string) => String(Number(n) * 1000));
  return contentTokens(folded)
    .map(conceptOf)
    .filter((t) => !IGNORED.has(t));
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
