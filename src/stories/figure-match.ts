import currencies from './data/currencies.json';
import { numberWordsOf } from '../figures/numbers';
import { eventBase, isGenericMetric, moreSpecificMetric, twoNounsOfOneCount } from '../figures/rank';
import type { Figure } from '../model';
import { canonicalMetric } from './bilingual';
import { foldText } from './normalize-text';
import vocabulary from './data/bilingual.json';

/** Qualifiers that mark an estimate ("about 3,000", "más de 3 mil"): estimates of one event may differ more. */
const APPROX = /\b(?:about|around|nearly|almost|roughly|some|approximately|more than|over|at least|up to|less than|under|close to|estimated|unos|unas|cerca|casi|alrededor|aproximadamente|mas de|menos de|al menos|hasta|poco mas|estimad)/;

/**
 * metricOf by the figure's metric as written, memoized: a pair of texts compares each figure with each of the
 * other's (an item's with its ~40 candidates' figures), and the metrics recur across stories.
 */
const METRIC_OF = new Map<string, string>();
const METRIC_OF_SIZE = 4096;

/** The metric in either language ("migrantes" = "migrants"). */
function metricOf(f: Figure): string {
  // (A counted noun with its event, "migrantes detenidos", is compared as the noun: src/figures/rank.ts eventBase.)
  const metric = f.metric ?? '';
  let out = METRIC_OF.get(metric);
  if (out === undefined) {
    out = canonicalMetric(eventBase(metric));
    if (METRIC_OF.size >= METRIC_OF_SIZE) METRIC_OF.clear();
    METRIC_OF.set(metric, out);
  }
  return out;
}

function isApprox(f: Figure): boolean {
  return !!f.qualifier && APPROX.test(foldText(f.qualifier));
}

/** A month ("2023-10"), a year ("2023") or a fiscal year ("FY2023"): the period a report covers. */
const REPORTING_PERIOD = /^(?:\d{4}-\d{2}|\d{4}|FY\d{4})$/i;

/**
 * Two figures of one metric cover different reporting periods: both are months or (fiscal) years and
 * differ. Day-level dates and intervals say when something happened and vary between reports of one event.
 */
export function differentReportingPeriods(a: string | null, b: string | null): boolean {
  return !!a && !!b && REPORTING_PERIOD.test(a) && REPORTING_PERIOD.test(b) && a.toUpperCase() !== b.toUpperCase();
}

/**
 * A figure dated to a month of fiscal year N (October of N-1 to September of N) and a close figure of
 * that fiscal year: the year-to-date total "through" that month, one figure, not two periods. A month's
 * own count is never close to its fiscal year's.
 */
function monthClosesFiscalYearTotal(month: Figure, fy: Figure): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(month.period ?? '');
  const y = /^FY(\d{4})$/i.exec(fy.period ?? '');
  if (!m || !y) return false;
  const fiscal = Number(m[2]) >= 10 ? Number(m[1]) + 1 : Number(m[1]);
  return fiscal === Number(y[1]) && closeValues(month, fy);
}

/** Same quantity: within 1.5% for exact figures (rounding), 35% when either is an estimate. */
export function closeValues(a: Figure, b: Figure): boolean {
  if ((a.unit ?? null) !== (b.unit ?? null) && a.unit && b.unit) return false;
  const max = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (max === 0) return true;
  const tolerance = isApprox(a) || isApprox(b) ? 0.35 : 0.015;
  return Math.abs(a.value - b.value) / max <= tolerance;
}

/**
 * Two estimates of one metric (either language) within ESTIMATES_APART of each other: "unos 1.500" / "more
 * than 1,400". An estimate and an exact count ("about 1,300" / "1,700", "over 300" / "340") are not.
 */
export function estimatesAgree(a: Figure, b: Figure): boolean {
  if (!isApprox(a) || !isApprox(b) || a.kind === 'change' || b.kind === 'change' || metricOf(a) !== metricOf(b)) return false;
  if ((a.unit ?? null) !== (b.unit ?? null)) return false;
  const max = Math.max(Math.abs(a.value), Math.abs(b.value));
  return max > 0 && Math.abs(a.value - b.value) / max <= ESTIMATES_APART;
}

/** Most relative difference of two estimates of one count. */
const ESTIMATES_APART = 0.1;

/** Counts only: a change ("down 14%") is not a figure two reports can agree or conflict on. */
function byMetric(figs: Figure[]): Map<string, Figure[]> {
  const m = new Map<string, Figure[]>();
  for (const f of figs) {
    if (f.kind === 'change') continue;
    const k = metricOf(f);
    if (!k) continue;
    const list = m.get(k) ?? [];
    list.push(f);
    m.set(k, list);
  }
  return m;
}

/** Which side of a comparison reports a grown count ("rises to 51", "sube a 62"). */
export interface UpdateFlags {
  a?: boolean;
  b?: boolean;
  /** Tokens each side writes (numbers as digits): a value the other side writes is not in conflict. */
  writtenA?: Set<string>;
  writtenB?: Set<string>;
}

/** A figure that counts something at a moment (no month/year period): a toll that may be updated. */
function isCount(f: Figure): boolean {
  return !f.period || !REPORTING_PERIOD.test(f.period);
}

/**
 * Conflicting figures keep two stories apart: for a metric both report, the headline figures (first
 * mentioned) are for different reporting periods ("October" vs "November" update), or they disagree in value for
 * the same period and neither side has the other's headline value for that period. A count that only grew,
 * reported with an update verb by the side with the larger value ("death toll rises to 51" after "46 dead"),
 * is an update of the same story, not a conflict.
 */
export function figuresConflict(a: Figure[], b: Figure[], updates: UpdateFlags = {}): boolean {
  const ma = byMetric(a);
  const mb = byMetric(b);
  for (const [metric, fa] of ma) {
    const fb = mb.get(metric);
    if (!fb) continue;
    const a0 = fa[0];
    const b0 = fb[0];
    // The same distinctive headline value on both sides is the same figure, whatever period each text's
    // wording gave it ("fell 14% in October from September, … with 188,778 apprehensions").
    if (a0.value === b0.value && Math.abs(a0.value) >= 100 && !isYear(a0.value) && (a0.unit ?? null) === (b0.unit ?? null)) continue;
    // "encounters reached 1,204,377 through July" (read as July) / "1,2 millones en el año fiscal": one total.
    if (monthClosesFiscalYearTotal(a0, b0) || monthClosesFiscalYearTotal(b0, a0)) continue;
    // "31,200 … frente a 33,900 en abril" / "about 31,200 … down from 33,900 in April": each text writes the
    // other's first figure of the metric (a distinctive one, for the same period or an undated one), in
    // another order: one report of two figures, not two periods.
    if (writesTwin(a0, fb) && writesTwin(b0, fa)) continue;
    if (differentReportingPeriods(a0.period, b0.period)) return true;
    if (closeValues(a0, b0)) continue;
    const samePeriod = (x: Figure, y: Figure) => (x.period ?? null) === (y.period ?? null);
    const explained = fb.some((y) => samePeriod(a0, y) && closeValues(a0, y)) || fa.some((x) => samePeriod(x, b0) && closeValues(x, b0));
    if (explained) continue;
    // "44 of the 58 people aboard": the other text writes this side's figure, its own was another count.
    // Small numbers are written as words ("killing two of them", "otras seis"), which the tokens keep.
    if (writesNumber(updates.writtenB, a0.value) || writesNumber(updates.writtenA, b0.value)) continue;
    // "four people died" / "four migrants died; 70 people tried to board": a generic noun counts whoever its
    // sentence is about, so a generic count that is the other text's first (headline) count, under another
    // noun, is that count, not a conflict.
    // An estimate under a generic noun of the other's first count ("roughly 1,500 people" / "1,463 migrants")
    // is that count too.
    if ((isGeneric(a0) && leadsNear(a0, b)) || (isGeneric(b0) && leadsNear(b0, a))) continue;
    // "six dead; the navy rescued 11 people" / "six dead; the boat carried 17 people": when both texts' first
    // counts agree, later counts under a generic noun may count other groups of the same event.
    if (isGeneric(a0) && isGeneric(b0) && !isFirst(a0, a) && !isFirst(b0, b) && firstCountsAgree(a, b)) continue;
    if (isCount(a0) && isCount(b0) && grownBy(a0, b0, updates)) continue;
    // "Sube a 55 la cifra de migrantes muertos" after "49 dead; the truck carried 100 migrants": an update's
    // count under a generic noun has grown from the other report's headline count, not from its other counts.
    if (isCount(a0) && isCount(b0) && (grownFromHeadline(b0, a, !!updates.b) || grownFromHeadline(a0, b, !!updates.a))) continue;
    return true;
  }
  return false;
}

/** An updating report's generic count is larger than the other report's first (headline) count. */
function grownFromHeadline(f: Figure, other: Figure[], updating: boolean): boolean {
  if (!updating || !isGeneric(f)) return false;
  const first = other.find((x) => x.kind !== 'change');
  return !!first && isCount(first) && !isGeneric(first) && f.value > first.value;
}

/** The larger of two counts comes from the side that says the count rose. */
function grownBy(a0: Figure, b0: Figure, updates: UpdateFlags): boolean {
  if (a0.value > b0.value) return !!updates.a;
  if (b0.value > a0.value) return !!updates.b;
  return false;
}

function isGeneric(f: Figure): boolean {
  return isGenericMetric(eventBase(f.metric ?? '')) && f.unit == null;
}

/** The first count of `figs` (any metric): the first figure that is no change. */
function firstCount(figs: Figure[]): Figure | undefined {
  return figs.find((f) => f.kind !== 'change');
}

function isFirst(f: Figure, figs: Figure[]): boolean {
  return firstCount(figs) === f;
}

/** The first counts (any metric) of both texts are one value. */
function firstCountsAgree(a: Figure[], b: Figure[]): boolean {
  const first = firstCount(a);
  return !!first && leadsWith(first.value, b);
}

/** The first count of `figs` (any metric) is `value`. */
function leadsWith(value: number, figs: Figure[]): boolean {
  return firstCount(figs)?.value === value;
}

/**
 * The first count of `figs` is `f`'s value, or, when either is an estimate ("roughly 1,500"), within
 * ESTIMATES_APART of it.
 */
function leadsNear(f: Figure, figs: Figure[]): boolean {
  const first = firstCount(figs);
  if (!first) return false;
  if (first.value === f.value) return true;
  const max = Math.max(Math.abs(first.value), Math.abs(f.value));
  return (isApprox(f) || isApprox(first)) && (f.unit ?? null) === (first.unit ?? null) && max > 0 && Math.abs(first.value - f.value) / max <= ESTIMATES_APART;
}

/**
 * `figs` holds `f`'s value (close, see closeValues) for the same period or with either undated: `f` a
 * distinctive figure (100 or more, no year).
 */
function writesTwin(f: Figure, figs: Figure[]): boolean {
  if (Math.abs(f.value) < 100 || isYear(f.value)) return false;
  return figs.some((y) => closeValues(f, y) && (!f.period || !y.period || f.period.toUpperCase() === y.period.toUpperCase()));
}

/** Smallest count that a generic noun and a specific one agree on as one figure ("31 people" / "31 men"). */
const GENERIC_TWIN_MIN = 3;

/**
 * How many figures of `a` agree with one of `b`: same metric and value, the same distinctive value, or
 * the same count (GENERIC_TWIN_MIN or more) under a generic noun in one text and a specific one in the other
 * ("12 migrantes" / "12 muertos", "31 people" / "31 men").
 */
export function sharedFigures(a: Figure[], b: Figure[]): number {
  return countShared(a, metricsOf(a), b, metricsOf(b));
}

/**
 * How many figures agree between two texts, the fewer of both directions (as compareTexts counts them):
 * min(sharedFigures(a, b), sharedFigures(b, a)), each side's metrics read once.
 */
export function agreeingFigureCount(a: readonly Figure[], b: readonly Figure[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ma = metricsOf(a);
  const mb = metricsOf(b);
  return Math.min(countShared(a, ma, b, mb), countShared(b, mb, a, ma));
}

function metricsOf(figs: readonly Figure[]): string[] {
  const out = new Array<string>(figs.length);
  for (let i = 0; i < figs.length; i++) out[i] = metricOf(figs[i]!);
  return out;
}

/** sharedFigures(a, b), given the metrics of both (`ma[i]` = metricOf(a[i])). */
function countShared(a: readonly Figure[], ma: readonly string[], b: readonly Figure[], mb: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const mx = ma[i]!;
    let hit = false;
    for (let j = 0; j < b.length && !hit; j++) {
      const y = b[j]!;
      const my = mb[j]!;
      hit = mx === my ? closeValues(x, y) : (x.value === y.value && ((Math.abs(x.value) >= 100 && !isYear(x.value)) || genericTwins(x, y) || sameCountMetrics(mx, my, x, y))) || moneyTwins(x, mx, y, my);
    }
    for (let j = 0; j < b.length && !hit; j++) hit = sameSumConverted(x, b[j]!);
    if (hit) n++;
  }
  return n;
}

const TO_USD: Record<string, number> = currencies.toUsd;

/**
 * One sum written in two currencies ("200 millones de pesos" / "$11 million", "Q80 millones" / "$10
 * million"): money figures in two currencies of ./data/currencies.json whose amounts, converted to dollars at
 * its rough rates, are within its tolerance. Large sums only (a million dollars or more), of one kind. Sums in
 * one currency are compared as numbers (closeValues).
 */
export function sameSumConverted(x: Figure, y: Figure): boolean {
  const rx = x.unit ? TO_USD[x.unit] : undefined;
  const ry = y.unit ? TO_USD[y.unit] : undefined;
  if (rx === undefined || ry === undefined || x.unit === y.unit || (x.kind ?? 'count') !== (y.kind ?? 'count')) return false;
  const u = x.value * rx;
  const v = y.value * ry;
  return Math.min(u, v) >= 1e6 && Math.abs(u - v) <= currencies.tolerance * Math.max(u, v);
}

/** Metrics (canonical) that count the same people in other words: the dead and the bodies or remains found. */
const SAME_COUNT = new Map<string, number>((vocabulary.sameCountMetrics as string[][]).flatMap((group, i) => group.map((m) => [canonicalMetric(m), i] as [string, number])));

/** `mx`, `my`: metricOf(x), metricOf(y) (the caller has them). */
function sameCountMetrics(mx: string, my: string, x: Figure, y: Figure): boolean {
  const gx = SAME_COUNT.get(mx);
  return gx !== undefined && gx === SAME_COUNT.get(my) && (x.kind ?? 'count') === (y.kind ?? 'count');
}

/** Metrics that only name a currency ("5.5 mil millones de dólares"): an amount, of whatever the other text says it is. */
const CURRENCY_METRICS = new Set(['dollar', 'dolar', 'peso', 'euro', 'mdd', 'usd']);

/**
 * An amount of money under its currency alone in one text and under what it is in the other, one amount
 * said in two ways (see closeValues): "casi 5.5 mil millones de dólares" / "remittances … $5.48 billion".
 * Large amounts only (a million or more), of one kind. `mx`, `my`: metricOf(x), metricOf(y).
 */
/** `mx`, `my`: metricOf(x), metricOf(y) (the caller has them); the cheapest test (a large amount) first. */
function moneyTwins(x: Figure, mx: string, y: Figure, my: string): boolean {
  if (Math.abs(x.value) < 1e6 || CURRENCY_METRICS.has(mx) === CURRENCY_METRICS.has(my)) return false;
  return (x.kind ?? 'count') === (y.kind ?? 'count') && closeValues(x, y);
}

function genericTwins(x: Figure, y: Figure): boolean {
  return (isGeneric(x) || isGeneric(y)) && x.value >= GENERIC_TWIN_MIN && Number.isInteger(x.value) && (x.kind ?? 'count') === (y.kind ?? 'count') && !x.unit && !y.unit;
}

/** A value as the tokens of a text write it ("1500", "8.3"). */
function numberToken(v: number): string {
  return String(v);
}

/** The tokens write the value, in digits or (2 to 12) as a word of either language. */
function writesNumber(tokens: Set<string> | undefined, v: number): boolean {
  if (!tokens) return false;
  if (tokens.has(numberToken(v))) return true;
  // (2 to 12 only: the words of the figures' number tables, as the tokens keep them; one-letter digits are dropped.)
  if (v >= 2 && v <= 12) for (const w of numberWordsOf(v)) if (tokens.has(w)) return true;
  return false;
}

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Identity of a figure for the union of a story's figures. */
export function figureKey(f: Figure): string {
  return `${metricOf(f)}|${f.value}|${f.period ?? ''}`;
}

/**
 * Union of figure lists, first occurrence kept, deduplicated by metric + value + period. The same count stated
 * under a generic noun by one outlet and a specific metric by another ("7.500 migrantes" / "7.500 detenciones":
 * same value, period, kind, unit and rate) is one figure, kept under the specific metric.
 */
export function unionFigures(a: Figure[], b: Figure[]): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const f of [...a, ...b]) {
    const k = figureKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    const twin = out.findIndex((g) => sameCountTwoNouns(f, g));
    if (twin < 0) out.push(f);
    else if (moreSpecificMetric(f.metric ?? '', out[twin]!.metric ?? '')) out[twin] = f;
  }
  return out;
}

function sameCountTwoNouns(f: Figure, g: Figure): boolean {
  if (f.value !== g.value || (f.period ?? '') !== (g.period ?? '') || (f.kind ?? 'count') !== (g.kind ?? 'count')) return false;
  if ((f.unit ?? '') !== (g.unit ?? '') || (f.per ?? '') !== (g.per ?? '')) return false;
  // Only when one of the two is a generic noun for the people counted: "2 deaths" and "2 injured" stay two.
  return twoNounsOfOneCount(f.metric ?? '', g.metric ?? '');
}
