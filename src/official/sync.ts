/**
 * Fetch every configured dataset once and store what is new: the step `run --once`, `stats` and the service's
 * dataset job share. One dataset's failure is a value in its report; the others carry on, and a failure never
 * touches what is already stored.
 */
import type { Config, OfficialDatasetConfig } from '../config/schema';
import type { ResolveAll } from '../feeds/net-guard';
import type { Logger } from '../log';
import { fetchDataset, type DatasetFetchOptions } from './fetch-dataset';
import type { OfficialStore, PutReleaseResult } from './store';
import type { Period } from './types';

export interface DatasetReport {
  id: string;
  status: 'ok' | 'not-modified' | 'error';
  /** The CSV ingested (or asked for), else the page or URL that failed. */
  url: string;
  /** Newest month stored for the dataset (after this fetch), or null. */
  latestPeriod: Period | null;
  error?: string;
  /** What storing the release did (ok only). */
  put?: PutReleaseResult;
  notes?: string[];
}

export function datasetFetchOptions(config: Config, resolveAll?: ResolveAll): DatasetFetchOptions['fetch'] {
  return {
    timeoutMs: config.official.timeoutMs,
    maxBytes: config.official.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    userAgent: config.fetch.userAgent,
    allowPrivateHosts: config.fetch.allowPrivateHosts,
    ...(resolveAll ? { resolveAll } : {}),
  };
}

/** Fetch one dataset and store its release when it is new or changed. */
export async function syncDataset(
  config: Config,
  ds: OfficialDatasetConfig,
  store: OfficialStore,
  opts: { logger?: Logger; now?: () => Date; resolveAll?: ResolveAll } = {},
): Promise<DatasetReport> {
  const now = opts.now ?? (() => new Date());
  const previous = await store.getFetchState(ds.id);
  const outcome = await fetchDataset(ds, { fetch: datasetFetchOptions(config, opts.resolveAll), previous, now, resolveAll: opts.resolveAll });
  const stored = async () => (await store.releasePeriods(ds.id)).at(-1) ?? null;
  if (outcome.status === 'error') {
    await store.setFetchState(ds.id, { ...(previous ?? {}), checkedAt: now().toISOString(), lastError: outcome.error });
    opts.logger?.warn({ dataset: ds.id, error: outcome.error }, 'official dataset fetch failed');
    return { id: ds.id, status: 'error', url: outcome.url, latestPeriod: await stored(), error: outcome.error };
  }
  if (outcome.status === 'not-modified') {
    await store.setFetchState(ds.id, outcome.state);
    return { id: ds.id, status: 'not-modified', url: outcome.url, latestPeriod: await stored() };
  }
  const put = await store.putRelease(outcome.release);
  await store.setFetchState(ds.id, outcome.state);
  if (put.stored) opts.logger?.info({ dataset: ds.id, release: outcome.release.latestPeriod, rows: outcome.release.rows, revisions: put.revisions.length }, 'official release stored');
  if (outcome.release.notes.length) opts.logger?.warn({ dataset: ds.id, notes: outcome.release.notes }, 'official dataset: parts of the file were not recognised');
  return { id: ds.id, status: 'ok', url: outcome.url, latestPeriod: await stored(), put, notes: outcome.release.notes };
}

/** Every configured dataset, one after the other (they are few and large). */
export async function syncDatasets(config: Config, store: OfficialStore, opts: { logger?: Logger; now?: () => Date; resolveAll?: ResolveAll } = {}): Promise<DatasetReport[]> {
  const out: DatasetReport[] = [];
  for (const ds of config.official.datasets) out.push(await syncDataset(config, ds, store, opts));
  return out;
}
