/**
 * Redis official-data store. Keys (under keyPrefix):
 *   official:r:<dataset>         HASH  newest month → Release JSON (aggregates), at most RELEASES_KEPT
 *   official:rev:<dataset>       LIST  Revision JSON, newest first, at most REVISIONS_KEPT
 *   official:state:<dataset>     STRING fetch validators (DatasetFetchState JSON)
 *   official:ann:<dataset>       HASH  release month → when it was announced (HSETNX: once per release)
 */
import type { Redis } from 'ioredis';
import { BackedOfficialStore, REVISIONS_KEPT, type OfficialBackend, type OfficialStore } from '../../official/store';
import type { DatasetFetchState } from '../../official/fetch-dataset';
import type { Period, Release, Revision } from '../../official/types';

export class RedisOfficialStore extends BackedOfficialStore implements OfficialStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {
    super();
  }

  private k(kind: string, dataset: string): string {
    return `${this.keyPrefix}official:${kind}:${dataset}`;
  }

  protected readonly backend: OfficialBackend = {
    periods: async (dataset) => (await this.redis.hkeys(this.k('r', dataset))).sort(),
    read: async (dataset, period) => {
      const raw = await this.redis.hget(this.k('r', dataset), period);
      return raw ? (JSON.parse(raw) as Release) : undefined;
    },
    write: async (release, revisions, drop) => {
      const m = this.redis.multi().hset(this.k('r', release.dataset), release.latestPeriod, JSON.stringify(release));
      if (drop.length) m.hdel(this.k('r', release.dataset), ...drop);
      if (revisions.length) m.lpush(this.k('rev', release.dataset), ...revisions.map((r) => JSON.stringify(r))).ltrim(this.k('rev', release.dataset), 0, REVISIONS_KEPT - 1);
      await m.exec();
    },
  };

  async revisions(dataset: string, opts: { release?: Period; limit?: number } = {}): Promise<Revision[]> {
    const raw = await this.redis.lrange(this.k('rev', dataset), 0, REVISIONS_KEPT - 1);
    return raw
      .map((r) => JSON.parse(r) as Revision)
      .filter((r) => !opts.release || r.toRelease === opts.release)
      .slice(0, opts.limit ?? 100);
  }

  async getFetchState(dataset: string): Promise<DatasetFetchState | undefined> {
    const raw = await this.redis.get(this.k('state', dataset));
    return raw ? (JSON.parse(raw) as DatasetFetchState) : undefined;
  }

  async setFetchState(dataset: string, state: DatasetFetchState): Promise<void> {
    await this.redis.set(this.k('state', dataset), JSON.stringify(state));
  }

  async isAnnounced(dataset: string, period: Period): Promise<boolean> {
    return (await this.redis.hexists(this.k('ann', dataset), period)) === 1;
  }

  async claimAnnouncement(dataset: string, period: Period): Promise<boolean> {
    return (await this.redis.hsetnx(this.k('ann', dataset), period, new Date().toISOString())) === 1;
  }
}
