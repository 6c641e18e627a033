/**
 * The latest-numbers model: every recorded figure is kept per series (metric + scope) with its
 * story, outlet and date; `latest` answers "what is the newest number for each thing we count".
 * Redis (store/redis/figure-store.ts) and memory (store/memory/figure-store.ts) implement FigureStore
 * and share the pure functions below, so both answer the same.
 */
import { createHash } from 'node:crypto';
import type { Figure } from '../model';
import type { PutRider } from '../stories/story-store';
import { canonicalAgency } from './attribution';
import { moreSpecificMetric, twoNounsOfOneCount } from './rank';

export interface FigureEntry {
  figure: Figure;
  storyId: string;
  storyTitle: string;
  url: string;
  /** Outlet (feed) name. */
  sourceName: string;
  /** True when the outlet is the agency the figure comes from (CBP newsroom quoting CBP). */
  primary: boolean;
  /** ISO 8601 publish time of the story. */
  published: string;
}

/**
 * The current figure of one series. `previous` is, when `revision` is set, the other value given
 * for the same period (the one this figure supersedes or is preferred to); otherwise the newest
 * figure of an earlier period. `change` = figure.value − previous.figure.value, when comparable.
 */
export type LatestFigure = FigureEntry & { previous?: FigureEntry; change?: number; revision?: boolean };

export interface FigureStore {
  /** Record a figure; recording the same figure of the same story again replaces it. */
  record(entry: FigureEntry): Promise<void>;
  /** Record several figures, as `record` would one after the other (one round trip with Redis). */
  recordAll(entries: readonly FigureEntry[]): Promise<void>;
  /** `recordAll(entries)` as a story put may carry it (StoryStore.put's riders). Optional. */
  rider?(entries: readonly FigureEntry[]): PutRider;
  /** The current figure of each series, most recent first (optionally of one metric only). Default limit 10. */
  latest(metric?: string, limit?: number): Promise<LatestFigure[]>;
  /** Recorded figures of one series, most recent period first. Default limit 20. */
  history(metric: string, scope: string | null, limit?: number): Promise<FigureEntry[]>;
}

/** History kept per series; older entries are dropped. */
export const HISTORY_LIMIT = 200;
/** Entries read per series to compute its latest figure. */
export const LATEST_WINDOW = 50;

/** Series key: metric and scope, lower-case. */
export function seriesKey(metric: string, scope: string | null): string {
  return `${metric.toLowerCase()}|${(scope ?? '').toLowerCase()}`;
}

/** Identity of an entry: the same figure of the same story is one entry. */
export function entryId(e: FigureEntry): string {
  const f = e.figure;
  return createHash('sha1').update([e.storyId, f.metric, f.scope ?? '', f.period ?? '', f.per ?? '', f.unit ?? '', f.value].join('\u0000')).digest('hex').slice(0, 16);
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Last day covered by a period string (see period.ts for the format), as YYYY-MM-DD, or null. */
export function periodEnd(period: string | null): string | null {
  if (!period) return null;
  const end = period.includes('/') ? period.split('/')[1] : period;
  let m: RegExpExecArray | null;
  if ((m = /^FY(\d{4})$/.exec(end))) return `${m[1]}-09-30`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end))) return end;
  if ((m = /^(\d{4})-(\d{2})$/.exec(end))) return `${end}-${String(lastDay(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
  if ((m = /^(\d{4})$/.exec(end))) return `${end}-12-31`;
  return null;
}

/** Ordering score of an entry in its series: the end of its period, else its publish date (ms). */
export function rankScore(e: FigureEntry): number {
  const end = periodEnd(e.figure.period);
  const pub = Date.parse(e.published);
  const published = Number.isNaN(pub) ? 0 : pub;
  if (!end) return published;
  // A period ends at the end of its last day; never rank after the story that reported it.
  return Math.min(Date.parse(`${end}T23:59:59Z`), published || Infinity);
}

/** Newest first: by rank score, then publish time. */
export function compareEntries(a: FigureEntry, b: FigureEntry): number {
  return rankScore(b) - rankScore(a) || Date.parse(b.published) - Date.parse(a.published) || entryId(a).localeCompare(entryId(b));
}

function comparable(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && a.per === b.per;
}

/**
 * The current figure of a series from its entries (any order). The newest period wins; when
 * stories disagree on that period's value, a primary source is preferred (then the newest story)
 * and the result is marked as a revision.
 */
export function pickLatest(entries: FigureEntry[]): LatestFigure | null {
  if (!entries.length) return null;
  const sorted = [...entries].sort(compareEntries);
  const head = sorted[0];
  const samePeriod = head.figure.period ? sorted.filter((e) => e.figure.period === head.figure.period) : [head];
  const chosen = samePeriod.find((e) => e.primary) ?? samePeriod[0];
  const other = samePeriod.find((e) => e !== chosen && e.figure.value !== chosen.figure.value);
  const result: LatestFigure = { ...chosen };
  if (other) {
    result.revision = true;
    result.previous = other;
  } else {
    const earlier = sorted.find((e) => e.figure.period !== chosen.figure.period && rankScore(e) < rankScore(chosen) && comparable(e.figure, chosen.figure));
    if (earlier) result.previous = earlier;
  }
  if (result.previous && comparable(result.previous.figure, chosen.figure)) {
    result.change = Math.round((chosen.figure.value - result.previous.figure.value) * 10000) / 10000;
  }
  return result;
}

/** Same story, value, period, kind, unit and rate: one figure stated under two nouns ("7.500 detenciones" / "7.500 migrantes"). */
function sameStatedFigure(a: FigureEntry, b: FigureEntry): boolean {
  const fa = a.figure;
  const fb = b.figure;
  return (
    a.storyId === b.storyId &&
    fa.value === fb.value &&
    (fa.period ?? '') === (fb.period ?? '') &&
    (fa.kind ?? 'count') === (fb.kind ?? 'count') &&
    (fa.unit ?? '') === (fb.unit ?? '') &&
    (fa.per ?? '') === (fb.per ?? '') &&
    // One of them a generic noun for the people counted: "2 deaths" and "2 injured" stay two figures.
    twoNounsOfOneCount(fa.metric ?? '', fb.metric ?? '')
  );
}

/**
 * The latest figures with each story's repeats folded: within one story, the same value, period and kind
 * recorded under two metrics (two outlets of the story, or two nouns for one count) is one figure, kept
 * under the more specific metric. The series keys stay as recorded; only the answer of `latest` is folded.
 * Input and output are ordered as given.
 */
export function foldStoryRepeats<T extends FigureEntry>(latest: T[]): T[] {
  const out: T[] = [];
  for (const l of latest) {
    const i = out.findIndex((k) => sameStatedFigure(k, l));
    if (i < 0) out.push(l);
    else if (moreSpecificMetric(l.figure.metric, out[i]!.figure.metric)) out[i] = l;
  }
  return out;
}

const OUTLET_AGENCIES: Array<[RegExp, string[]]> = [
  [/\b(?:cbp|customs and border protection|aduanas y protecci[oó]n fronteriza)\b/i, ['CBP', 'Border Patrol']],
  [/\bborder patrol|patrulla fronteriza\b/i, ['Border Patrol']],
  [/\b(?:dhs|homeland security|seguridad nacional)\b/i, ['DHS', 'CBP', 'Border Patrol', 'ICE', 'USCIS']],
  [/\b(?:ice|immigration and customs enforcement)\b/i, ['ICE']],
  [/\b(?:uscis)\b/i, ['USCIS']],
  [/\b(?:unhcr|acnur)\b/i, ['UNHCR', 'ACNUR']],
  [/\b(?:iom|oim|international organization for migration|organizaci[oó]n internacional para las migraciones)\b/i, ['IOM', 'OIM']],
  [/\b(?:inm|instituto nacional de migraci[oó]n)\b/i, ['INM']],
  [/\b(?:comar)\b/i, ['COMAR']],
  [/\b(?:upm|unidad de pol[ií]tica migratoria|segob|gobernaci[oó]n)\b/i, ['UPM', 'Segob', 'INM']],
  [/\b(?:eoir|justice)\b/i, ['EOIR', 'DOJ']],
  [/\btrac\b/i, ['TRAC']],
];

/**
 * Whether an outlet is the agency a figure comes from: the CBP newsroom quoting CBP or Border Patrol,
 * UNHCR's feed quoting ACNUR. An agency's own feed with no attribution in the sentence counts as primary.
 */
export function isPrimarySource(outletName: string, figure: Figure): boolean {
  const agencies = OUTLET_AGENCIES.filter(([re]) => re.test(outletName)).flatMap(([, a]) => a);
  if (!agencies.length) return false;
  if (!figure.source) return true;
  const source = canonicalAgency(figure.source) ?? figure.source;
  return agencies.includes(source);
}
