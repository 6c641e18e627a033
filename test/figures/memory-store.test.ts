import { MemoryFigureStore } from '../../src/store/memory/figure-store';
import { entry, figureStoreContract } from './store-contract';

figureStoreContract('memory', async () => new MemoryFigureStore());

it('memory store bounds history', async () => {
  const store = new MemoryFigureStore(5);
  for (let i = 1; i <= 8; i++) await store.record(entry({ value: i, period: `2023-0${i}` }));
  const hist = await store.history('apprehensions', 'between ports of entry', 100);
  expect(hist.map((h) => h.figure.value)).toEqual([8, 7, 6, 5, 4]);
});

it('memory store bounds history when several figures are recorded at once', async () => {
  const store = new MemoryFigureStore(5);
  await store.recordAll([3, 8, 1, 6, 2, 7, 4, 5].map((i) => entry({ value: i, period: `2023-0${i}` })));
  const hist = await store.history('apprehensions', 'between ports of entry', 100);
  expect(hist.map((h) => h.figure.value)).toEqual([8, 7, 6, 5, 4]);
});
