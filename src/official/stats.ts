/**
 * The numbers `borderwatch stats` prints and `/border latest` leads with, read from the official store.
 * `StatsJson` is a public contract (README "JSON output contracts"): fields may be added, never changed.
 */
import type { Config } from '../config/schema';
import { latestOf, seriesPairs, seriesPoints, type LatestNumber } from './aggregate';
import type { OfficialStore } from './store';
import type { DatasetReport } from './sync';
import { seriesId, type Period, type Release, type SeriesComponent, type SeriesPoint, type SeriesRegion } from './types';

export interface StatsDatasetJson {
  id: string;
  status: 'ok' | 'error';
  url: string;
  latestPeriod: Period | null;
  error?: string;
}

/** A `latest` entry of `stats --json` (README: the contract): the latest number of a series, and its dataset. */
export interface StatsLatestJson extends LatestNumber {
  dataset: string;
  /** The value this month had before a later release revised it. */
  revisedFrom?: number;
}

export interface StatsSeriesJson {
  id: string;
  dataset: string;
  region: SeriesRegion;
  component: SeriesComponent;
  points: SeriesPoint[];
}

export interface StatsJson {
  datasets: StatsDatasetJson[];
  latest: StatsLatestJson[];
  series: StatsSeriesJson[];
}

/** Latest numbers of one release, for every region × component pair it holds (nationwide and all first). */
export async function latestNumbers(store: OfficialStore, release: Release): Promise<StatsLatestJson[]> {
  const revisions = await store.revisions(release.dataset, { release: release.latestPeriod, limit: 1000 });
  const out: StatsLatestJson[] = [];
  for (const { region, component } of seriesPairs(release)) {
    const l = latestOf(release, region, component);
    if (!l) continue;
    const entry: StatsLatestJson = { dataset: release.dataset, region, component, period: l.period, value: l.value, previous: l.previous, yearAgo: l.yearAgo };
    const rev = revisions.find((r) => r.period === l.period && r.region === region && r.component === component);
    if (rev) entry.revisedFrom = rev.from;
    out.push(entry);
  }
  return out;
}

export function releaseSeries(release: Release): StatsSeriesJson[] {
  return seriesPairs(release).map(({ region, component }) => ({
    id: seriesId(release.dataset, region, component),
    dataset: release.dataset,
    region,
    component,
    points: seriesPoints(release, region, component),
  }));
}

/** The `stats --json` object: every configured dataset's status, then the latest numbers and series of those stored. */
export async function buildStats(config: Config, store: OfficialStore, reports: DatasetReport[]): Promise<StatsJson> {
  const datasets: StatsDatasetJson[] = [];
  const latest: StatsLatestJson[] = [];
  const series: StatsSeriesJson[] = [];
  for (const ds of config.official.datasets) {
    const report = reports.find((r) => r.id === ds.id);
    const release = await store.latestRelease(ds.id);
    const entry: StatsDatasetJson = {
      id: ds.id,
      status: report?.status === 'error' ? 'error' : 'ok',
      url: report?.url ?? release?.url ?? ds.url ?? ds.page ?? '',
      latestPeriod: release?.latestPeriod ?? null,
    };
    if (report?.status === 'error') entry.error = report.error;
    datasets.push(entry);
    if (!release) continue;
    latest.push(...(await latestNumbers(store, release)));
    series.push(...releaseSeries(release));
  }
  return { datasets, latest, series };
}
