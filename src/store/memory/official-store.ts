import { BackedOfficialStore, REVISIONS_KEPT, type OfficialBackend, type OfficialStore } from '../../official/store';
import type { DatasetFetchState } from '../../official/fetch-dataset';
import type { Period, Release, Revision } from '../../official/types';

/** Official-data store in memory (`run --once`, `stats`, tests). Values are copied in and out. */
export class MemoryOfficialStore extends BackedOfficialStore implements OfficialStore {
  private readonly releases = new Map<string, Map<Period, string>>();
  private readonly revs = new Map<string, Revision[]>();
  private readonly states = new Map<string, DatasetFetchState>();
  private readonly announced = new Set<string>();

  protected readonly backend: OfficialBackend = {
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
