import type { Figure } from '../../src/model';
import type { FigureEntry, FigureStore } from '../../src/figures/store';

/** Build a FigureEntry for tests. */
export function entry(over: Partial<Figure> & { value: number }, meta: Partial<Omit<FigureEntry, 'figure'>> = {}): FigureEntry {
  const figure: Figure = {
    text: `${over.value} ${over.metric ?? 'apprehensions'}`,
    sentence: `${over.value} ${over.metric ?? 'apprehensions'}.`,
    qualifier: null,
    per: null,
    metric: 'apprehensions',
    scope: 'between ports of entry',
    period: null,
    source: null,
    unit: null,
    ...over,
  };
  return {
    figure,
    storyId: meta.storyId ?? `story-${over.value}`,
    storyTitle: meta.storyTitle ?? `Story ${over.value}`,
    url: meta.url ?? `https://example.com/${over.value}`,
    sourceName: meta.sourceName ?? 'Border Report',
    primary: meta.primary ?? false,
    published: meta.published ?? '2023-12-05T12:00:00Z',
  };
}

/** The FigureStore contract: every implementation must pass it. */
export function figureStoreContract(name: string, make: () => Promise<FigureStore>, cleanup: () => Promise<void> = async () => {}): void {
  describe(`FigureStore contract: ${name}`, () => {
    let store: FigureStore;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(cleanup);

    it('is empty at first', async () => {
      expect(await store.latest()).toEqual([]);
      expect(await store.history('apprehensions', 'between ports of entry')).toEqual([]);
    });

    it('keeps the newest period per metric and scope, with the previous one and the change', async () => {
      await store.record(entry({ value: 240000, period: '2023-10' }, { published: '2023-11-15T12:00:00Z', storyId: 'oct' }));
      await store.record(entry({ value: 190000, period: '2023-11' }, { published: '2023-12-12T12:00:00Z', storyId: 'nov' }));
      // A later story quoting an older month does not replace the newest period.
      await store.record(entry({ value: 210000, period: '2023-09' }, { published: '2023-12-20T12:00:00Z', storyId: 'sep' }));
      const [latest, ...rest] = await store.latest('apprehensions');
      expect(rest).toEqual([]);
      expect(latest.figure.value).toBe(190000);
      expect(latest.storyId).toBe('nov');
      expect(latest.previous?.figure.value).toBe(240000);
      expect(latest.change).toBe(-50000);
      expect(latest.revision).toBeFalsy();
    });

    it('keeps one series per scope and filters by metric', async () => {
      await store.record(entry({ value: 190000, period: '2023-11' }));
      await store.record(entry({ value: 50000, period: '2023-11', scope: 'at ports of entry' }));
      await store.record(entry({ value: 10000, metric: 'people', per: 'day', scope: null }, { published: '2023-12-06T12:00:00Z' }));
      const all = await store.latest();
      expect(all.map((l) => l.figure.value).sort((a, b) => a - b)).toEqual([10000, 50000, 190000]);
      const people = await store.latest('people');
      expect(people.map((l) => l.figure.value)).toEqual([10000]);
      expect(await store.latest('nothing')).toEqual([]);
      expect((await store.latest(undefined, 2)).length).toBe(2);
    });

    it('marks a revision for the same period and prefers the primary source', async () => {
      await store.record(entry({ value: 191000, period: '2023-11', source: 'CBP' }, { published: '2023-12-10T12:00:00Z', storyId: 'cbp', sourceName: 'CBP Newsroom', primary: true }));
      await store.record(entry({ value: 190000, period: '2023-11', source: 'CBP' }, { published: '2023-12-12T12:00:00Z', storyId: 'outlet', sourceName: 'Border Report' }));
      const [latest] = await store.latest('apprehensions');
      expect(latest.figure.value).toBe(191000);
      expect(latest.primary).toBe(true);
      expect(latest.revision).toBe(true);
      expect(latest.previous?.figure.value).toBe(190000);
      const hist = await store.history('apprehensions', 'between ports of entry');
      expect(hist.map((h) => h.figure.value).sort()).toEqual([190000, 191000]);
    });

    it('without a primary source, the newest story wins a revision', async () => {
      await store.record(entry({ value: 190000, period: '2023-11' }, { published: '2023-12-10T12:00:00Z', storyId: 'a' }));
      await store.record(entry({ value: 192500, period: '2023-11' }, { published: '2023-12-14T12:00:00Z', storyId: 'b' }));
      const [latest] = await store.latest();
      expect(latest.figure.value).toBe(192500);
      expect(latest.revision).toBe(true);
      expect(latest.change).toBe(2500);
    });

    it('records the same figure of the same story once', async () => {
      const e = entry({ value: 190000, period: '2023-11' });
      await store.record(e);
      await store.record(e);
      expect(await store.history('apprehensions', 'between ports of entry')).toHaveLength(1);
    });

    it('returns history newest first, limited, round-tripping every field', async () => {
      for (let m = 1; m <= 9; m++) {
        await store.record(entry({ value: 1000 * m, period: `2023-0${m}`, qualifier: 'more than', source: 'CBP' }, { published: `2023-${String(m + 1).padStart(2, '0')}-05T12:00:00Z` }));
      }
      const hist = await store.history('apprehensions', 'between ports of entry', 3);
      expect(hist.map((h) => h.figure.period)).toEqual(['2023-09', '2023-08', '2023-07']);
      expect(hist[0]).toEqual(entry({ value: 9000, period: '2023-09', qualifier: 'more than', source: 'CBP' }, { published: '2023-10-05T12:00:00Z' }));
      expect(await store.history('apprehensions', null)).toEqual([]);
    });

    it('folds one story\'s figure recorded under two metrics (same value, period and kind) into one latest figure', async () => {
      await store.record(entry({ value: 7500, metric: 'migrantes', period: '2024-08', scope: null }, { storyId: 'one', published: '2024-09-11T16:00:00Z' }));
      await store.record(entry({ value: 7500, metric: 'detenciones', period: '2024-08', scope: null }, { storyId: 'one', published: '2024-09-11T15:00:00Z' }));
      await store.record(entry({ value: 7500, metric: 'migrantes', period: '2024-08', scope: 'in Sonora' }, { storyId: 'other', published: '2024-09-11T14:00:00Z' }));
      const latest = await store.latest();
      expect(latest.filter((l) => l.storyId === 'one').map((l) => l.figure.metric)).toEqual(['detenciones']);
      expect(latest.filter((l) => l.storyId === 'other')).toHaveLength(1);
      // Each series keeps what was recorded.
      expect((await store.history('migrantes', null)).map((e) => e.storyId)).toEqual(['one']);
    });

    it('records several figures at once as it records them one after the other, history limit included', async () => {
      const many = (n: number, storyId: string) =>
        Array.from({ length: n }, (_, i) => [
          entry({ value: 100 + i, period: `2023-${String((i % 12) + 1).padStart(2, '0')}` }, { storyId, published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T12:00:00Z` }),
          entry({ value: 5 + i, metric: 'deaths', scope: null }, { storyId, published: '2024-02-01T12:00:00Z' }),
        ]).flat();
      const batch = many(6, 'batch');
      await store.recordAll(batch);
      // The same entry twice in one call is one entry, as with record.
      await store.recordAll([batch[0]!, batch[0]!]);
      await store.recordAll([]);
      const oneByOne = await make();
      for (const e of many(6, 'batch')) await oneByOne.record(e);
      for (const [metric, scope] of [['apprehensions', 'between ports of entry'], ['deaths', null]] as const) {
        expect(await store.history(metric, scope, 50)).toEqual(await oneByOne.history(metric, scope, 50));
      }
      expect(await store.latest()).toEqual(await oneByOne.latest());
    });
  });
}
