import { RedisFigureStore } from '../../src/store/redis/figure-store';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { entry, figureStoreContract } from './store-contract';

const redis = testRedis();
let prefix = uniquePrefix('figures');

afterAll(async () => {
  await closeTestRedis();
});

figureStoreContract(
  'redis',
  async () => {
    prefix = uniquePrefix('figures');
    return new RedisFigureStore(redis, prefix);
  },
  async () => deletePrefix(redis, prefix),
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
