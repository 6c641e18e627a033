import type { OfficialStore } from '../../src/official/store';
import { RELEASES_KEPT } from '../../src/official/store';
import { adapterFor } from '../../src/official/adapters';
import { valueAt } from '../../src/official/aggregate';
import { ingestCsv } from '../../src/official/ingest';
import type { Release } from '../../src/official/types';
import { NOV_AOR, OCT_AOR, officialStream } from './fixtures';

/** A release read from a fixture file. */
export async function fixtureRelease(name: string, releasedAt: string, dataset = 'cbp-nationwide'): Promise<Release> {
  const r = await ingestCsv(officialStream(name), adapterFor('cbp-encounters'), name);
  if (!r.ok) throw new Error(r.error);
  return r.aggregator.toRelease({ dataset, type: 'cbp-encounters', url: `https://www.cbp.gov/${name}`, releasedAt, fetchedAt: releasedAt, coversNationwide: true, notes: r.notes });
}

/** The OfficialStore contract: every implementation must pass it. */
export function officialStoreContract(name: string, make: () => Promise<OfficialStore>, cleanup: () => Promise<void> = async () => {}): void {
  describe(`OfficialStore contract: ${name}`, () => {
    let store: OfficialStore;
    let oct: Release;
    let nov: Release;
    beforeAll(async () => {
      oct = await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z');
      nov = await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z');
    });
    beforeEach(async () => {
      store = await make();
    });
    afterEach(cleanup);

    it('is empty at first', async () => {
      expect(await store.latestRelease('cbp-nationwide')).toBeUndefined();
      expect(await store.releasePeriods('cbp-nationwide')).toEqual([]);
      expect(await store.revisions('cbp-nationwide')).toEqual([]);
      expect(await store.getFetchState('cbp-nationwide')).toBeUndefined();
    });

    it('stores each release under its newest month; the latest is the newest month', async () => {
      expect(await store.putRelease(oct)).toEqual({ stored: true, isNewest: true, firstRelease: true, revisions: [] });
      const second = await store.putRelease(nov);
      expect(second.firstRelease).toBe(false);
      expect(second.stored).toBe(true);
      expect(second.isNewest).toBe(true);
      expect(await store.releasePeriods('cbp-nationwide')).toEqual(['2025-10', '2025-11']);
      const latest = await store.latestRelease('cbp-nationwide');
      expect(latest?.latestPeriod).toBe('2025-11');
      expect(latest && valueAt(latest, 'southwest', 'all', '2025-11')).toBe(175660);
      // Each release keeps its own numbers: October's file still says what it said.
      const kept = await store.getRelease('cbp-nationwide', '2025-10');
      expect(kept && valueAt(kept, 'southwest', 'usbp', '2025-10')).toBe(146137);
    });

    it('records a revision when a later release changes an earlier month (old → new, release dates)', async () => {
      await store.putRelease(oct);
      const { revisions } = await store.putRelease(nov);
      const sw = revisions.find((r) => r.region === 'southwest' && r.component === 'usbp');
      expect(sw).toEqual({
        dataset: 'cbp-nationwide',
        period: '2025-10',
        region: 'southwest',
        component: 'usbp',
        from: 146137,
        to: 147371,
        fromRelease: '2025-10',
        toRelease: '2025-11',
        fromReleasedAt: '2025-11-14T15:00:00.000Z',
        toReleasedAt: '2025-12-12T15:00:00.000Z',
      });
      // Tucson is Southwest USBP: southwest usbp/all and nationwide usbp/all changed; nothing else.
      expect(revisions.map((r) => `${r.region}.${r.component}`).sort()).toEqual(['nationwide.all', 'nationwide.usbp', 'southwest.all', 'southwest.usbp']);
      expect((await store.revisions('cbp-nationwide')).map((r) => `${r.region}.${r.component}`).sort()).toEqual(['nationwide.all', 'nationwide.usbp', 'southwest.all', 'southwest.usbp']);
      expect(await store.revisions('cbp-nationwide', { release: '2025-10' })).toEqual([]);
      expect(await store.revisions('cbp-nationwide', { release: '2025-11', limit: 2 })).toHaveLength(2);
    });

    it('the same release twice is stored once; a re-publication of the same month replaces it with revisions', async () => {
      await store.putRelease(oct);
      expect(await store.putRelease(oct)).toEqual({ stored: false, isNewest: false, firstRelease: false, revisions: [] });
      const fixed: Release = { ...oct, releasedAt: '2025-11-20T00:00:00.000Z', cells: oct.cells.map((c) => (c[0] === '2025-09' && c[1] === 'northern' && c[2] === 'ofo' ? [c[0], c[1], c[2], c[3] + 10] : c)) };
      const r = await store.putRelease(fixed);
      expect(r.stored).toBe(true);
      expect(r.isNewest).toBe(false);
      expect(r.revisions.find((x) => x.region === 'northern' && x.component === 'ofo')).toMatchObject({ period: '2025-09', from: 9739, to: 9749, fromRelease: '2025-10', toRelease: '2025-10' });
      expect(await store.releasePeriods('cbp-nationwide')).toEqual(['2025-10']);
    });

    it('an older release ingested late is kept but is not the newest', async () => {
      await store.putRelease(nov);
      const r = await store.putRelease(oct);
      expect(r).toMatchObject({ stored: true, isNewest: false });
      expect((await store.latestRelease('cbp-nationwide'))?.latestPeriod).toBe('2025-11');
    });

    it('keeps at most RELEASES_KEPT releases per dataset, dropping the oldest', async () => {
      for (let i = 0; i < RELEASES_KEPT + 2; i++) {
        const y = 2020 + Math.floor(i / 12);
        const m = String((i % 12) + 1).padStart(2, '0');
        await store.putRelease({ ...oct, latestPeriod: `${y}-${m}`, cells: [[`${y}-${m}`, 'southwest', 'usbp', i + 1]], breakdowns: [] });
      }
      const periods = await store.releasePeriods('cbp-nationwide');
      expect(periods).toHaveLength(RELEASES_KEPT);
      expect(periods[0]).toBe('2020-03');
    });

    it('keeps datasets apart, fetch validators, and announces a release once', async () => {
      await store.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z', 'other-set'));
      expect(await store.latestRelease('cbp-nationwide')).toBeUndefined();
      await store.setFetchState('cbp-nationwide', { csvUrl: 'https://x/a.csv', etag: '"1"' });
      expect(await store.getFetchState('cbp-nationwide')).toEqual({ csvUrl: 'https://x/a.csv', etag: '"1"' });
      expect(await store.isAnnounced('cbp-nationwide', '2025-11')).toBe(false);
      expect(await store.claimAnnouncement('cbp-nationwide', '2025-11')).toBe(true);
      expect(await store.isAnnounced('cbp-nationwide', '2025-11')).toBe(true);
      expect(await store.claimAnnouncement('cbp-nationwide', '2025-11')).toBe(false);
      expect(await store.claimAnnouncement('cbp-nationwide', '2025-12')).toBe(true);
      expect(await store.claimAnnouncement('other-set', '2025-11')).toBe(true);
    });
  });
}
