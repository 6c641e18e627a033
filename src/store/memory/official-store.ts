import { putReleaseWith, REVISIONS_KEPT, type OfficialBackend, type OfficialStore, type PutReleaseResult } from '../../official/store';
import type { DatasetFetchState } from '../../official/fetch-dataset';
import type { Period, Release, Revision } from '../../official/types';

/** Official-data store in memory (`run --once`, `stats`, tests). Values are copied in and out. */
export class MemoryOfficialStore implements OfficialStore {
  private readonly releases = new Map<string, Map<Period, string>>();
  private readonly revs = new Map<string, Revision[]>();
  private readonly states = new Map<string, DatasetFetchState>();
  private readonly announced = new Set<string>();

  private readonly backend: OfficialBackend = {
    periods: async (dataset) => [...(this.releases.get(dataset)?.keys() ?? [])].sort(),
    read: async (dataset, period) => {
      const raw = this.releases.get(dataset)?.get(period);
      return raw ? (JSON.parse(raw) as Release) : undefined;
    },
    write: async (release, revisions, drop) => {
      const map = this.releases.get(release.dataset) ?? new Map<Period, string>();
      map.set(release.latestPeriod, JSON.stringify(release));
      for (const p of drop) map.delete(p);
      this.releases.set(release.dataset, map);
      this.revs.set(release.dataset, [...[...revisions].reverse(), ...(this.revs.get(release.dataset) ?? [])].slice(0, REVISIONS_KEPT));
    },
  };

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

  async revisions(dataset: string, opts: { release?: Period; limit?: number } = {}): Promise<Revision[]> {
    const all = (this.revs.get(dataset) ?? []).filter((r) => !opts.release || r.toRelease === opts.release);
    return all.slice(0, opts.limit ?? 100).map((r) => ({ ...r }));
  }

  async getFetchState(dataset: string): Promise<DatasetFetchState | undefined> {
    const s = this.states.get(dataset);
    return s ? { ...s } : undefined;
  }

  async setFetchState(dataset: string, state: DatasetFetchState): Promise<void> {
    this.states.set(dataset, { ...state });
  }

  async isAnnounced(dataset: string, period: Period): Promise<boolean> {
    return this.announced.has(`${dataset}|${period}`);
  }

  async claimAnnouncement(dataset: string, period: Period): Promise<boolean> {
    const key = `${dataset}|${period}`;
    if (this.announced.has(key)) return false;
    this.announced.add(key);
    return true;
  }
}
