/**
 * The official-data store: releases (aggregates, never raw rows) under their newest month, the revisions
 * found between consecutive releases, each dataset's fetch validators, and which releases were announced.
 * Redis in the service (store/redis/official-store.ts), memory in `--once`, `stats` and pure tests.
 */
import { diffReleases } from './aggregate';
import type { DatasetFetchState } from './fetch-dataset';
import type { Period, Release, Revision } from './types';

/** Releases kept per dataset (three years of monthly releases). */
export const RELEASES_KEPT = 36;
/** Revisions kept per dataset, newest first. */
export const REVISIONS_KEPT = 1000;

export interface PutReleaseResult {
  /** False when the same release (same numbers) was already stored. */
  stored: boolean;
  /** True when this release's newest month is newer than any stored before. */
  isNewest: boolean;
  /** True when the dataset had no release stored before this one. */
  firstRelease: boolean;
  /** Months whose values this release changed, compared with the release before it. */
  revisions: Revision[];
}

export interface OfficialStore {
  /** Store a release under its newest month (replacing one of the same month), recording revisions. */
  putRelease(release: Release): Promise<PutReleaseResult>;
  /** The release with the newest month. */
  latestRelease(dataset: string): Promise<Release | undefined>;
  getRelease(dataset: string, period: Period): Promise<Release | undefined>;
  /** Stored releases' newest months, oldest first. */
  releasePeriods(dataset: string): Promise<Period[]>;
  /** Revisions, newest first; `release` keeps only those a given release (by its newest month) made. */
  revisions(dataset: string, opts?: { release?: Period; limit?: number }): Promise<Revision[]>;
  getFetchState(dataset: string): Promise<DatasetFetchState | undefined>;
  setFetchState(dataset: string, state: DatasetFetchState): Promise<void>;
  /** True exactly once per dataset and release: the caller that gets true records it as announced. */
  claimAnnouncement(dataset: string, period: Period): Promise<boolean>;
  isAnnounced(dataset: string, period: Period): Promise<boolean>;
}

/** The primitive operations a backend provides; the release logic is shared. */
export interface OfficialBackend {
  periods(dataset: string): Promise<Period[]>;
  read(dataset: string, period: Period): Promise<Release | undefined>;
  /** Write a release, add revisions, and drop the oldest releases beyond `RELEASES_KEPT` — in one step. */
  write(release: Release, revisions: Revision[], drop: Period[]): Promise<void>;
}

function sameNumbers(a: Release, b: Release): boolean {
  return JSON.stringify(a.cells) === JSON.stringify(b.cells) && JSON.stringify(a.breakdowns) === JSON.stringify(b.breakdowns);
}

/** The release half of an OfficialStore, on top of a backend's primitives (memory and Redis share it). */
export abstract class BackedOfficialStore {
  protected abstract readonly backend: OfficialBackend;

  putRelease(release: Release): Promise<PutReleaseResult> {
    return putReleaseWith(this.backend, release);
  }

  async latestRelease(dataset: string): Promise<Release | undefined> {
    const periods = await this.backend.periods(dataset);
    const last = periods[periods.length - 1];
    return last ? this.backend.read(dataset, last) : undefined;
  }

  getRelease(dataset: string, period: Period): Promise<Release | undefined> {
    return this.backend.read(dataset, period);
  }

  releasePeriods(dataset: string): Promise<Period[]> {
    return this.backend.periods(dataset);
  }
}

/** putRelease on top of a backend (memory and Redis share it). */
export async function putReleaseWith(backend: OfficialBackend, release: Release): Promise<PutReleaseResult> {
  const periods = await backend.periods(release.dataset);
  const newestStored = periods[periods.length - 1];
  // Compare with the release this one follows: the same month (a re-publication) or the latest before it.
  const before = [...periods].reverse().find((p) => p <= release.latestPeriod);
  const prev = before ? await backend.read(release.dataset, before) : undefined;
  if (prev && prev.latestPeriod === release.latestPeriod && sameNumbers(prev, release)) {
    return { stored: false, isNewest: false, firstRelease: false, revisions: [] };
  }
  const revisions = prev ? diffReleases(prev, release) : [];
  const all = [...new Set([...periods, release.latestPeriod])].sort();
  const drop = all.length > RELEASES_KEPT ? all.slice(0, all.length - RELEASES_KEPT) : [];
  await backend.write(release, revisions, drop);
  return { stored: true, isNewest: !newestStored || release.latestPeriod > newestStored, firstRelease: !newestStored, revisions };
}
