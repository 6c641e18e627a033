/**
 * Official datasets (CBP encounter files) as borderwatch keeps them: not raw rows but aggregates per
 * month × land-border region × component, with breakdowns, one `Release` per published file.
 * Plain values only: no Redis, no HTTP, no platform in here.
 */

/** Land-border regions as CBP files name them ("Southwest Land Border", "Northern Land Border", "Other"). */
export type Region = 'southwest' | 'northern' | 'other';
/** A region of a series: one of the three, or `nationwide` (their sum). */
export type SeriesRegion = Region | 'nationwide';
/** U.S. Border Patrol (between ports of entry) or Office of Field Operations (at ports of entry). */
export type Component = 'usbp' | 'ofo';
export type SeriesComponent = Component | 'all';

export const REGIONS: readonly Region[] = ['southwest', 'northern', 'other'];
export const COMPONENTS: readonly Component[] = ['usbp', 'ofo'];

/** Breakdown dimensions kept besides the totals. `aor` = area of responsibility (sector / field office). */
export type BreakdownKind = 'demographic' | 'citizenship' | 'encounterType' | 'titleOfAuthority' | 'aor';
export const BREAKDOWN_KINDS: readonly BreakdownKind[] = ['demographic', 'citizenship', 'encounterType', 'titleOfAuthority', 'aor'];

/** A month, "YYYY-MM". */
export type Period = string;

/** One published file, aggregated. Stored under its newest month (`latestPeriod`). */
export interface Release {
  dataset: string;
  /** Adapter kind, e.g. "cbp-encounters". */
  type: string;
  /** The CSV the numbers came from, and the document page it was found on (when discovered). */
  url: string;
  page?: string;
  /** Newest and oldest month in the file. */
  latestPeriod: Period;
  firstPeriod: Period;
  /** When the agency published it: the file's Last-Modified when given, else when borderwatch first fetched it. ISO. */
  releasedAt: string;
  fetchedAt: string;
  /** Data rows read. */
  rows: number;
  /** Regions the dataset covers (nationwide only when all three are covered by its kind). */
  regions: Region[];
  /** True when the file covers every land-border region, so `nationwide` is their sum. */
  coversNationwide: boolean;
  /** [period, region, component, count], summed over every other column. */
  cells: Array<[Period, Region, Component, number]>;
  /** [period, region, component, kind, value, count]. */
  breakdowns: Array<[Period, Region, Component, BreakdownKind, string, number]>;
  /** What the adapter did not recognise (ignored columns, unknown labels): said, never silently dropped. */
  notes: string[];
}

/** A changed value of an earlier month between two releases. */
export interface Revision {
  dataset: string;
  period: Period;
  region: SeriesRegion;
  component: SeriesComponent;
  from: number;
  to: number;
  /** The releases compared, by their newest month, and their release dates. */
  fromRelease: Period;
  toRelease: Period;
  fromReleasedAt: string;
  toReleasedAt: string;
}

export interface SeriesPoint {
  period: Period;
  value: number;
}

/** Series ids are `<dataset>.<region>.<component>`, e.g. `cbp-nationwide.southwest.all` (safe in a URL path). */
export function seriesId(dataset: string, region: SeriesRegion, component: SeriesComponent): string {
  return `${dataset}.${region}.${component}`;
}

export function parseSeriesId(id: string): { dataset: string; region: SeriesRegion; component: SeriesComponent } | undefined {
  const m = /^([a-z0-9][a-z0-9-]*)\.(nationwide|southwest|northern|other)\.(all|usbp|ofo)$/.exec(id);
  if (!m) return undefined;
  return { dataset: m[1]!, region: m[2] as SeriesRegion, component: m[3] as SeriesComponent };
}
