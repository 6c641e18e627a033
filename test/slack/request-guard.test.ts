import { MemoryReplayStore } from '../../src/platforms/slack/request-guard';

test('the replay memory refuses a key until its time is up, then forgets it', async () => {
  let now = 1_700_000_000_000;
  const store = new MemoryReplayStore(() => now);
  expect(await store.claim('v0=abc', 300)).toBe(true);
  expect(await store.claim('v0=abc', 300)).toBe(false);
  expect(await store.claim('v0=def', 300)).toBe(true);
  now += 299_000;
  expect(await store.claim('v0=abc', 300)).toBe(false);
  now += 2_000;
  expect(await store.claim('v0=abc', 300)).toBe(true);
});
