import { RedisFigureStore } from '../../src/store/redis/figure-store';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { entry, figureStoreContract } from './store-contract';

const redis = testRedis();
/** Prefixes made by the current test (a test may make more than one store). */
let prefixes: string[] = [];

afterAll(async () => {
  await closeTestRedis();
});

figureStoreContract(
  'redis',
  async () => {
    const prefix = uniquePrefix('figures');
    prefixes.push(prefix);
    return new RedisFigureStore(redis, prefix);
  },
  async () => {
    for (const p of prefixes) await deletePrefix(redis, p);
    prefixes = [];
  },
);

it('redis store bounds history and keeps entries and index in step', async () => {
  const p = uniquePrefix('figures-bound');
  const store = new RedisFigureStore(redis, p, 5);
  for (let i = 1; i <= 8; i++) await store.record(entry({ value: i, period: `2023-0${i}` }));
  const hist = await store.history('apprehensions', 'between ports of entry', 100);
  expect(hist.map((h) => h.figure.value)).toEqual([8, 7, 6, 5, 4]);
  expect(await redis.hlen(`${p}figures:e:apprehensions|between ports of entry`)).toBe(5);
  expect(await redis.zcard(`${p}figures:s:apprehensions|between ports of entry`)).toBe(5);
  await deletePrefix(redis, p);
});

it('redis store bounds history when several figures are recorded at once, as one by one', async () => {
  const p = uniquePrefix('figures-bound-all');
  const store = new RedisFigureStore(redis, p, 5);
  await store.recordAll([3, 8, 1, 6, 2, 7, 4, 5].map((i) => entry({ value: i, period: `2023-0${i}` })));
  const hist = await store.history('apprehensions', 'between ports of entry', 100);
  expect(hist.map((h) => h.figure.value)).toEqual([8, 7, 6, 5, 4]);
  expect(await redis.hlen(`${p}figures:e:apprehensions|between ports of entry`)).toBe(5);
  expect(await redis.zcard(`${p}figures:s:apprehensions|between ports of entry`)).toBe(5);
  await deletePrefix(redis, p);
});
