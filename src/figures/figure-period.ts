/** The period each figure counts, and comparison baselines ("from 31,407 in March to 36,922 in April", "a month earlier"). */
import { numberAt, type Lang, type NumberMatch } from './numbers';
import type { PeriodMatch } from './period';
import type { Token } from './tokens';
import { COMPARISON } from './qualifier';
import { FIGURE_CLAUSE_BREAK } from './clause';
import periodWords from './data/periods.json';

const PAST_VERBS = new Set(periodWords.pastVerbs);
/** Does the text tell a past event ("were recovered", "passed", "accounted for", "rescataron", "murió")? */
export function isPastClause(text: string): boolean {
  for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (PAST_VERBS.has(w) || (w.length > 4 && w.endsWith('ed')) || /\p{L}{2,}(?:aron|ieron|ó|ió)$/u.test(w)) return true;
  }
  return false;
}

const SAME_TIME_LAST_YEAR = new RegExp(`^[\\s,]*(?:${[...periodWords.sameTimeLastYear].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
/** "compared with 127 at this point last year", "frente a 90 en el mismo periodo del año pasado": a baseline a year back. */
export function sameTimeLastYearAfter(rest: string): boolean {
  return SAME_TIME_LAST_YEAR.test(rest);
}

/** A date after these is a deadline or a boundary, not the period a figure counts ("arrived before July 31"). */
export const DEADLINE_BEFORE = /\b(?:before|after|until|till|by|ended|ending|expires?|antes\s+del?|despu[eé]s\s+del?|hasta\s+el|(?:said|says|announced|reported|published|released|posted|issued|told\s+\S+|dijo|inform[oó]|anunci[oó]|report[oó]|public[oó]|public[oó])(?:\s+(?:on|el|este|this))?)\s*$/i;

/** "a month earlier", "the year before", "un mes antes": the baseline is the period before. */
export const EARLIER_AFTER = /^\s*(?:(?:a|one|the)\s+(month|week|year)\s+(?:earlier|before|prior)|(?:the\s+)?(?:previous|prior)\s+(month|week|year)|un\s+(mes|año|semana)\s+antes|(?:el|la)\s+(mes|año|semana)\s+anterior)/i;

/** The period one step before `period` ("2024-03" → "2024-02", "FY2023" → "FY2022", a week range → the week before). */
export function shiftPeriod(period: string, unit: string): string | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && (unit === 'month' || unit === 'mes')) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
  }
  // A year back: every year in the period moves back one ("2024-01-01/2024-07-24" → "2023-01-01/2023-07-24", "FY2024" → "FY2023").
  if (unit === 'year' || unit === 'año') return period.replace(/(?<!\d)(\d{4})(?!\d)/g, (y) => String(Number(y) - 1));
  m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (m && (unit === 'week' || unit === 'semana')) {
    const day = (s: string): string => new Date(Date.parse(`${s}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    return `${day(m[1]!)}/${day(m[2]!)}`;
  }
  return null;
}

/**
 * A period that is a comparison baseline ("a 7% decrease from May", "compared with December",
 * "9% menos que en mayo", "respecto a octubre"): the start of the comparison word, or -1.
 */
export function comparisonStart(sentence: string, periodStart: number): number {
  const before = sentence.slice(0, periodStart);
  const m = COMPARED_BEFORE.exec(before) ?? CHANGE_FROM_BEFORE.exec(before);
  return m ? before.length - m[0].length : -1;
}

/** Comparison words right before a period phrase (with an optional "in"/"en"/"the"). */
export const COMPARED_BEFORE =
  /(?<![\p{L}])(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|than|que|respecto\s+(?:a|al|de|del)|con\s+respecto\s+(?:a|al)|en\s+comparaci[oó]n\s+con|comparad[oa]s?\s+con|frente\s+(?:a|al)|(?:inferior|superior|menor|mayor)(?:es)?\s+(?:a|que)|(?:higher|lower)\s+than)(?:\s+(?:in|en|during|durante|el|la|the|those\s+of|los\s+de|las\s+de|la\s+de|lo\s+de|el\s+de|la\s+del|la\s+registrada\s+en))?\s*$/iu;

/** "from"/"over" after a change word: "up 3% from October", "a threefold increase over 2019", "down from September". */
export const CHANGE_FROM_BEFORE =
  /(?<![\p{L}])(?:down|up|decrease|increase|drop|decline|rise|jump|fall|fell|rose|dropped|climbed|declined|increased|decreased|percent|%|points?|change|reduction|surge)(?:[^.;%\d]{0,40}?)?\s(?:from|over)(?:\s+(?:the|in))?\s*$/iu;

/**
 * The periods a figure at [start, end) may take: in its clause; not a deadline ("before July 31");
 * not a comparison baseline unless the figure is itself inside the comparison ("down from nearly
 * 219,000 in September", "compared with December, when agents recorded 250,000"); not past a
 * ", and <another figure>" break that follows it.
 */
export function periodsFor(
  sentence: string,
  periods: PeriodMatch[],
  clause: [number, number],
  start: number,
  end: number,
  baselines: number[],
  earlier: number[],
): PeriodMatch[] {
  let limit = clause[1];
  let from = clause[0];
  /** The break behind which the periods after an earlier figure are that figure's (a period after it is this clause's own). */
  let breakAt = sentence.length;
  for (const m of sentence.matchAll(FIGURE_CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at >= end && at < limit) limit = at;
    // Behind the break, a period that follows an earlier figure is that figure's ("26,000 migrants since
    // August 2022, and about 14,000 remain"); one that opens the sentence frames both ("In November, …").
    // A past-tense clause tells an event in the same frame ("… in June, and about 60% passed"); only a present-tense one
    // ("and about 14,000 remain") is a current count apart from the earlier figure's period.
    if (at + m[0].length <= start && !isPastClause(sentence.slice(at + m[0].length))) {
      const firstBefore = earlier.filter((e) => e < at).sort((a, b) => a - b)[0];
      if (firstBefore !== undefined) {
        from = Math.max(from, firstBefore);
        breakAt = at;
      }
    }
  }
  // "190,000 apprehensions, down from 219,000 in September": the period after a baseline is the baseline's.
  for (const b of baselines) if (b >= end && b < limit) limit = b;
  return periods.filter((p) => {
    if (p.start < clause[0] || p.end > limit) return false;
    if (p.start > from && p.end < start && p.end <= breakAt && from > clause[0]) return false;
    if (DEADLINE_BEFORE.test(sentence.slice(0, p.start))) return false;
    const cmp = comparisonStart(sentence, p.start);
    return cmp < 0 || start >= cmp;
  });
}

/** Where the numbers written as comparison baselines start ("down from 219,000", "que los 90 mil"). */
export function baselineStarts(tokens: Token[], sentence: string, lang: Lang, numAt: (i: number) => NumberMatch | null = (i) => numberAt(tokens, i, lang)): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'num' && tokens[i].kind !== 'word') continue;
    const m = numAt(i);
    if (!m) continue;
    const start = tokens[m.startTok].start;
    if (COMPARISON.test(sentence.slice(0, start))) out.push(start);
    i = m.endTok - 1;
  }
  return out;
}
