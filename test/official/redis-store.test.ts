import { RedisOfficialStore } from '../../src/store/redis/official-store';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { officialStoreContract, fixtureRelease } from './store-contract';
import { OCT_AOR } from './fixtures';

const redis = testRedis();
let prefix = uniquePrefix('official');

afterAll(async () => {
  await closeTestRedis();
});

officialStoreContract(
  'redis',
  async () => {
    prefix = uniquePrefix('official');
    return new RedisOfficialStore(redis, prefix);
  },
  async () => deletePrefix(redis, prefix),
);

it('redis keeps aggregates, not rows: one hash field per release', async () => {
  const p = uniquePrefix('official-keys');
  const store = new RedisOfficialStore(redis, p);
  await store.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z'));
  expect(await redis.hkeys(`${p}official:r:cbp-nationwide`)).toEqual(['2025-10']);
  const raw = JSON.parse((await redis.hget(`${p}official:r:cbp-nationwide`, '2025-10'))!) as { cells: unknown[]; rows: number };
  expect(raw.rows).toBe(225);
  expect(raw.cells).toHaveLength(25 * 6); // 25 months × 3 regions × 2 components
  // A second store on the same keys (another process) sees the same data.
  expect((await new RedisOfficialStore(redis, p).latestRelease('cbp-nationwide'))?.latestPeriod).toBe('2025-10');
  await deletePrefix(redis, p);
});
