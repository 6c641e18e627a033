import { FULL_MONTH_NUMBERS, monthNumber } from '../text/months';
import { foldText, monthsNamed, words } from './normalize-text';

/**
 * When an event happened, as far as a report says: the weekdays it names ("on Thursday", "este jueves"),
 * resolved to the latest such day on or before the report's local date; else the report's local date.
 * Days are counted since 1970-01-01 in the border's time (UTC−6), so a report filed at 00:30 UTC about
 * something that happened that Thursday evening still counts as Thursday.
 */

const LOCAL_OFFSET_MS = 6 * 3600_000;
const DAY_MS = 86_400_000;

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};

/** Local (UTC−6) day number of a time in ms. */
export function localDay(ms: number): number {
  return Math.floor((ms - LOCAL_OFFSET_MS) / DAY_MS);
}

/**
 * Day numbers of the event a text reports, given when it was published (ms). Pure. `folded`: foldText(text),
 * when the caller has it (here and below).
 */
/** Event days, with the period the text names when it names one ("from Nov. 30 through Dec. 6"): [first day, last day]. */
export type EventDays = Set<number> & { period?: readonly [number, number] };

export function eventDays(text: string, publishedMs: number, folded?: string): EventDays {
  const day = localDay(publishedMs);
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const out: EventDays = new Set<number>();
  const words = wordsOf(text, folded);
  for (let i = 0; i < words.length; i++) {
    const w = WEEKDAYS[words[i]];
    if (w === undefined) continue;
    if (w === 0 && words[i - 1] === 'santo') continue; // Santo Domingo
    if (saysLater(words, i)) continue;
    out.add(day - ((weekday - w + 7) % 7));
  }
  for (const d of datesOf(words, publishedMs)) out.add(d);
  if (out.size === 0) out.add(day);
  const period = periodNamed(words, publishedMs);
  if (period) out.period = period;
  return out;
}

/**
 * The period a report covers, read with its event days ("from Nov. 30 through Dec. 6", "Dec. 14-20", "del 14 al 20 de
 * diciembre", "entre el 30 de noviembre y el 6 de diciembre"): [first day, last day], or undefined when the text names none.
 */
export function periodOf(days: EventDays): readonly [number, number] | undefined {
  return days.period;
}

/** Words joining the two ends of a period ("through", "al", "y el"), as written between them. */
const PERIOD_JOINS = new Set(['through', 'thru', 'to', 'and', 'until', 'al', 'a', 'y', 'y el', 'hasta', 'hasta el', '']);

/** A day of the month, as a word. */
const dayOfMonth = (w: string | undefined): number => (w !== undefined && /^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31 ? Number(w) : NaN);

/** A month at `i` (full name or short form, "may" only before a day). */
function monthAt(words: string[], i: number): number {
  const w = words[i];
  if (w === undefined) return 0;
  const m = FULL_MONTH_NUMBERS[w] ?? (w.length <= 4 && /^[a-z]{3,4}$/.test(w) ? monthNumber(w) : 0);
  return m && !(w === 'may' && !/^\d/.test(words[i + 1] ?? '')) ? m : 0;
}

/** Longest report period read as one: a month (a quarter or a year is told by the months and years of the headline). */
const PERIOD_MAX_DAYS = 31;

/** The period the words name (see periodOf), resolved like datesNamed: ending by the day after publication, within the weeks before it. */
function periodNamed(words: string[], publishedMs: number): readonly [number, number] | undefined {
  // The dates: "dec 14" (month, day), "14 de diciembre" (day, de, month), and bare days ("del 14 al 20 de…").
  const dates: Array<{ start: number; end: number; month: number; day: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const m = monthAt(words, i);
    if (m && !Number.isNaN(dayOfMonth(words[i + 1]))) {
      dates.push({ start: i, end: i + 1, month: m, day: dayOfMonth(words[i + 1]) });
      i++;
      continue;
    }
    const d = dayOfMonth(words[i]);
    if (Number.isNaN(d)) continue;
    if (words[i + 1] === 'de' && monthAt(words, i + 2)) {
      dates.push({ start: i, end: i + 2, month: monthAt(words, i + 2), day: d });
      i += 2;
    } else dates.push({ start: i, end: i, month: 0, day: d });
  }
  const day = localDay(publishedMs);
  const year = new Date(publishedMs - LOCAL_OFFSET_MS).getUTCFullYear();
  for (let k = 0; k + 1 < dates.length; k++) {
    const x = dates[k]!;
    const y = dates[k + 1]!;
    if (!x.month && !y.month) continue;
    if (!PERIOD_JOINS.has(words.slice(x.end + 1, y.start).join(' '))) continue;
    // "between … and …", "del … al …", or a written range ("Dec. 14-20"): a bare first day needs the opening word.
    if (!x.month && !RANGE.has(words[x.start - 1] ?? '') && !(words[x.start - 1] === 'el' && RANGE.has(words[x.start - 2] ?? ''))) continue;
    const m2 = y.month || x.month;
    const m1 = x.month || y.month;
    for (const yr of [year, year - 1]) {
      const to = Math.floor(Date.UTC(yr, m2 - 1, y.day) / DAY_MS);
      const from = Math.floor(Date.UTC(m1 > m2 ? yr - 1 : yr, m1 - 1, x.day) / DAY_MS);
      if (to > day + 1 || to < day - PERIOD_MAX_DAYS) continue;
      if (to > from && to - from <= PERIOD_MAX_DAYS) return [from, to];
      break;
    }
  }
  return undefined;
}

/**
 * Words that put what follows them in the future ("will be repatriated Wednesday", "next Monday", "será
 * repatriado el miércoles", "cruzará el lunes"): a weekday after one of them, within three words, is a day
 * to come, not the day of the event reported. Spanish futures of the verbs reports use are listed, folded.
 */
const LATER = new Set([
  'will', 'next', 'upcoming', 'sera', 'seran', 'proximo', 'proxima', 'llegara', 'llegaran', 'cruzara', 'cruzaran', 'saldra', 'saldran',
  'partira', 'partiran', 'regresara', 'regresaran', 'volvera', 'volveran', 'viajara', 'iniciara', 'comenzara', 'habra', 'tendra', 'estara',
  'realizara', 'celebrara', 'presentara', 'trasladara', 'repatriara', 'enviara', 'recibira', 'visitara', 'reunira',
]);

/** The weekday at `i` is said of a day to come (see LATER). */
function saysLater(words: string[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (LATER.has(words[j]!)) return true;
  return false;
}

/** Words around a date that make it an end of a period ("from … to …", "del … al …", "between … and …"). */
const RANGE = new Set(['from', 'to', 'through', 'thru', 'between', 'until', 'since', 'del', 'al', 'desde', 'hasta', 'entre']);

/** Days a report may date its event by: a week before its publication day to the day after. */
const DATE_BEFORE_DAYS = 7;

/**
 * Day numbers of the dates a text names in the week before it was published ("on March 14", "Mar. 14",
 * "el 14 de marzo", "14 mar"), resolved to the publication year (or the one before, across New Year).
 * Dates further back are what a report recalls ("since Jan. 20"), not when its event happened.
 */
function datesNamed(words: string[], publishedMs: number): number[] {
  const day = localDay(publishedMs);
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // folded words: a full month name, or a short form ("jun", "sept")
    const m = FULL_MONTH_NUMBERS[w] ?? (w.length <= 4 && /^[a-z]{3,4}$/.test(w) ? monthNumber(w) : 0);
    if (!m || (words[i] === 'may' && !/^\d/.test(words[i + 1] ?? ''))) continue;
    // "march 14" / "14 de marzo" / "14 marzo"
    const after = /^\d{1,2}$/.test(words[i + 1] ?? '') ? Number(words[i + 1]) : NaN;
    const before = words[i - 1] === 'de' ? Number(words[i - 2]) : Number(words[i - 1]);
    const date = after >= 1 && after <= 31 ? after : before >= 1 && before <= 31 ? before : NaN;
    if (Number.isNaN(date)) continue;
    // "from Feb. 10 to Feb. 16", "del 10 al 16 de febrero": the period a report covers, not its event's day
    const start = after >= 1 && after <= 31 ? i : words[i - 1] === 'de' ? i - 2 : i - 1;
    if (RANGE.has(words[start - 1] ?? '') || RANGE.has(words[i + 2] ?? '') || RANGE.has(words[i + 1] ?? '')) continue;
    const year = new Date(publishedMs - LOCAL_OFFSET_MS).getUTCFullYear();
    for (const y of [year, year - 1]) {
      const d = Math.floor(Date.UTC(y, m - 1, date) / DAY_MS);
      if (d <= day + 1 && d >= day - DATE_BEFORE_DAYS) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}

/**
 * Does the text name the event's day: a weekday ("on Monday", "este jueves"), or, given its publication
 * time, a date in the week before ("on March 14", "el 14 de marzo")? Otherwise its day is the publication day.
 */
export function namesWeekday(text: string, publishedMs?: number, folded?: string): boolean {
  const words = wordsOf(text, folded);
  if (words.some((w, i) => WEEKDAYS[w] !== undefined && !(WEEKDAYS[w] === 0 && words[i - 1] === 'santo') && !saysLater(words, i))) return true;
  return publishedMs !== undefined && !Number.isNaN(publishedMs) && datesOf(words, publishedMs).length > 0;
}

/**
 * The last text's folded words and the dates named in them: eventDays and namesWeekday read the same
 * headline and lead one after the other (pure functions of the text and the time; the arrays are shared
 * and not changed).
 */
let lastWords: { folded: string; words: string[]; ms?: number; dates?: number[] } | undefined;

function wordsOf(text: string, folded: string = foldText(text)): string[] {
  if (lastWords?.folded !== folded) lastWords = { folded, words: folded.split(' ') };
  return lastWords.words;
}

/** datesNamed(words, publishedMs), remembered for the last words of wordsOf. */
function datesOf(words: string[], publishedMs: number): number[] {
  const last = lastWords;
  if (!last || last.words !== words) return datesNamed(words, publishedMs);
  if (last.ms !== publishedMs || !last.dates) {
    last.dates = datesNamed(words, publishedMs);
    last.ms = publishedMs;
  }
  return last.dates;
}

/** Fewest days between two sets of event days (Infinity when either is empty). */
export function dayDistance(a: Set<number>, b: Set<number>): number {
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
  return best;
}

/**
 * The text reports a count that grew: "death toll rises to 51", "climbs to", "aumenta a 40", "sube a 62",
 * "suman 40 muertos", "asciende a". Such an update of a toll is the same story, not a conflicting figure.
 */
export function reportsUpdate(text: string, folded: string = foldText(text)): boolean {
  return UPDATE.test(folded);
}

const UPDATE =
  /\b(?:(?:rises|rose|risen|climbs|climbed|jumps|jumped|increases|increased|grows|grew|reaches|reached|mounts|mounted) to \d|toll (?:rises|rose|climbs|climbed|jumps|jumped|increases|increased|grows|grew|now)\b|(?:aumenta|aumento|sube|subio|asciende|ascendio|eleva|elevo|llega|llego|crece|crecio) a \d|suman? \d|(?:aumenta|aumento|sube|subio|asciende|ascendio|eleva|elevo) (?:a )?(?:la|el) (?:cifra|numero|saldo))/;

/** Words before a year that make it a point of comparison, not the period reported ("lowest since 2021"). */
const REFERENCE = new Set(['since', 'desde', 'than', 'que', 'from', 'vs', 'versus', 'frente']);

/**
 * Years (and fiscal years: "FY2024") a headline reports on; a year it compares with ("lowest since 2021",
 * "el nivel más bajo desde 2021", "up from 2023") is not one.
 */
export function reportYears(title: string, ws: readonly string[] = words(title)): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    if (!/^(?:fy)?(?:19|20)\d\d$/.test(ws[i]!)) continue;
    if (REFERENCE.has(ws[i - 1] ?? '') || (ws[i - 1] === 'de' && REFERENCE.has(ws[i - 2] ?? ''))) continue;
    const year = ws[i]!.replace(/^fy/, '');
    if (writtenAsCountOnly(year, title)) continue;
    out.add(year);
  }
  return out;
}

/**
 * A count that looks like a year, written with a thousands separator ("2,087 migrants", "past 2,000",
 * "2.018 becas") and never as a year: no year is written so.
 */
function writtenAsCountOnly(year: string, title: string): boolean {
  const sep = `${year[0]}[.,]${year.slice(1)}`;
  if (!new RegExp(`(?<![\\d.,])${sep}(?![\\d])`).test(title)) return false;
  return !new RegExp(`(?<![\\d.,])${year}(?![\\d])`).test(title);
}

/**
 * Months a headline names ("October", "noviembre"), with English "May" read as the month where it can only
 * be one ("in May", "since May", "May 5"); elsewhere "may" is the verb.
 */
export function reportMonths(title: string, ws?: readonly string[]): Set<number> {
  const out = monthsNamed(title, ws);
  if (!out.has(5) && MAY.test(title)) out.add(5);
  return out;
}

const MAY = /\b(?:in|of|during|since|for|through|until|by|last|early|late|mid|from)\s+May\b|\bMay\s+\d{1,2}\b/;
