/**
 * Aggregation of a file's rows into a Release (totals per month × region × component, plus breakdowns),
 * and the read side: series points, latest numbers, breakdowns, and the revisions between two releases.
 * Memory is bounded by the number of distinct cells, not by the number of rows.
 */
import type { RowCell } from './adapter';
import { addMonths } from './periods';
import {
  BREAKDOWN_KINDS,
  COMPONENTS,
  REGIONS,
  type BreakdownKind,
  type Component,
  type Period,
  type Region,
  type Release,
  type Revision,
  type SeriesComponent,
  type SeriesPoint,
  type SeriesRegion,
} from './types';

export class Aggregator {
  private readonly totals = new Map<string, number>();
  private readonly breakdowns = new Map<string, number>();
  rows = 0;

  add(cell: RowCell): void {
    this.rows += 1;
    const base = `${cell.period}|${cell.region}|${cell.component}`;
    this.totals.set(base, (this.totals.get(base) ?? 0) + cell.count);
    for (const kind of BREAKDOWN_KINDS) {
      const value = cell.breakdown[kind];
      if (value === undefined) continue;
      const key = `${base}|${kind}|${value}`;
      this.breakdowns.set(key, (this.breakdowns.get(key) ?? 0) + cell.count);
    }
  }

  get empty(): boolean {
    return this.totals.size === 0;
  }

  /** The release; `meta` says where it came from. Call only when not empty. */
  toRelease(meta: Pick<Release, 'dataset' | 'type' | 'url' | 'page' | 'releasedAt' | 'fetchedAt' | 'coversNationwide' | 'notes'>): Release {
    const cells: Release['cells'] = [];
    const regions = new Set<Region>();
    let latest = '';
    let first = '9999-99';
    for (const [key, count] of this.totals) {
      const [period, region, component] = key.split('|') as [Period, Region, Component];
      cells.push([period, region, component, count]);
      regions.add(region);
      if (period > latest) latest = period;
      if (period < first) first = period;
    }
    cells.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
    const breakdowns: Release['breakdowns'] = [];
    for (const [key, count] of this.breakdowns) {
      const [period, region, component, kind, ...rest] = key.split('|');
      breakdowns.push([period!, region as Region, component as Component, kind as BreakdownKind, rest.join('|'), count]);
    }
    return {
      ...meta,
      latestPeriod: latest,
      firstPeriod: first,
      rows: this.rows,
      regions: REGIONS.filter((r) => regions.has(r)),
      cells,
      breakdowns,
    };
  }
}

function matches(region: SeriesRegion, component: SeriesComponent, r: Region, c: Component): boolean {
  return (region === 'nationwide' || region === r) && (component === 'all' || component === c);
}

/** The series' months, oldest first. `nationwide` only for releases that cover every region. */
export function seriesPoints(release: Release, region: SeriesRegion, component: SeriesComponent): SeriesPoint[] {
  if (region === 'nationwide' && !release.coversNationwide) return [];
  const by = new Map<Period, number>();
  for (const [period, r, c, count] of release.cells) {
    if (matches(region, component, r, c)) by.set(period, (by.get(period) ?? 0) + count);
  }
  return [...by.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([period, value]) => ({ period, value }));
}

/** The value of one month, or undefined when the release has no row for it. */
export function valueAt(release: Release, region: SeriesRegion, component: SeriesComponent, period: Period): number | undefined {
  if (region === 'nationwide' && !release.coversNationwide) return undefined;
  let found = false;
  let sum = 0;
  for (const [p, r, c, count] of release.cells) {
    if (p === period && matches(region, component, r, c)) {
      found = true;
      sum += count;
    }
  }
  return found ? sum : undefined;
}

/** Every region × component pair the release holds: nationwide (when covered) and its regions; all and its components. */
export function seriesPairs(release: Release): Array<{ region: SeriesRegion; component: SeriesComponent }> {
  const regions: SeriesRegion[] = [...(release.coversNationwide ? (['nationwide'] as const) : []), ...release.regions];
  const comps = new Set<Component>(release.cells.map((c) => c[2]));
  const components: SeriesComponent[] = ['all', ...COMPONENTS.filter((c) => comps.has(c))];
  const out: Array<{ region: SeriesRegion; component: SeriesComponent }> = [];
  for (const region of regions) {
    for (const component of components) {
      if (region !== 'nationwide' && component !== 'all' && !release.cells.some((c) => c[1] === region && c[2] === component)) continue;
      out.push({ region, component });
    }
  }
  return out;
}

export interface LatestNumber {
  region: SeriesRegion;
  component: SeriesComponent;
  period: Period;
  value: number;
  previous: SeriesPoint | null;
  yearAgo: SeriesPoint | null;
}

/** The newest month of a series with the month before and the same month a year earlier. */
export function latestOf(release: Release, region: SeriesRegion, component: SeriesComponent): LatestNumber | undefined {
  const points = seriesPoints(release, region, component);
  const last = points[points.length - 1];
  if (!last) return undefined;
  const at = (p: Period) => points.find((x) => x.period === p) ?? null;
  return { region, component, period: last.period, value: last.value, previous: at(addMonths(last.period, -1)), yearAgo: at(addMonths(last.period, -12)) };
}

/** A breakdown of one month: labels with their counts, largest first. */
export function breakdownOf(release: Release, kind: BreakdownKind, region: SeriesRegion, component: SeriesComponent, period: Period): Array<{ label: string; value: number }> {
  if (region === 'nationwide' && !release.coversNationwide) return [];
  const by = new Map<string, number>();
  for (const [p, r, c, k, label, count] of release.breakdowns) {
    if (p === period && k === kind && matches(region, component, r, c)) by.set(label, (by.get(label) ?? 0) + count);
  }
  return [...by.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** Months whose value differs between an earlier release and a later one, for every series pair of the later one. */
export function diffReleases(before: Release, after: Release): Revision[] {
  const out: Revision[] = [];
  for (const { region, component } of seriesPairs(after)) {
    const old = new Map(seriesPoints(before, region, component).map((p) => [p.period, p.value]));
    for (const p of seriesPoints(after, region, component)) {
      const was = old.get(p.period);
      if (was === undefined || was === p.value) continue;
      out.push({
        dataset: after.dataset,
        period: p.period,
        region,
        component,
        from: was,
        to: p.value,
        fromRelease: before.latestPeriod,
        toRelease: after.latestPeriod,
        fromReleasedAt: before.releasedAt,
        toReleasedAt: after.releasedAt,
      });
    }
  }
  return out;
}
