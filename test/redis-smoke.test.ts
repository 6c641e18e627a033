import { testRedis, uniquePrefix, closeTestRedis, deletePrefix } from './support/redis';

afterAll(closeTestRedis);

test('the test Redis answers and prefixes isolate test files', async () => {
  const r = testRedis();
  const a = uniquePrefix('a');
  const b = uniquePrefix('b');
  await r.set(`${a}k`, '1');
  expect(await r.get(`${b}k`)).toBeNull();
  expect(await r.get(`${a}k`)).toBe('1');
  await deletePrefix(r, a);
  expect(await r.get(`${a}k`)).toBeNull();
});
