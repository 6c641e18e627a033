/**
 * The send gate against a real Redis. Two gates on two connections stand for two worker processes.
 */
import Redis from 'ioredis';
import { SendGate } from '../../src/queue/send-gate';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';

let prefix: string;
let other: Redis;

beforeAll(() => {
  other = new Redis(testRedisUrl());
});
beforeEach(() => {
  prefix = uniquePrefix('gate');
});
afterEach(async () => {
  await deletePrefix(testRedis(), prefix);
});
afterAll(async () => {
  other.disconnect();
  await closeTestRedis();
});

/** A send the test finishes by hand. */
function pending<T>(): { promise: Promise<T>; finish: (v: T) => void } {
  let finish!: (v: T) => void;
  const promise = new Promise<T>((r) => (finish = r));
  return { promise, finish };
}

const none = () => ({});

/** Redis's clock in ms (the gate's only clock). */
async function redisNow(): Promise<number> {
  const [sec, usec] = await testRedis().time();
  return Number(sec) * 1000 + Number(usec) / 1000;
}

test('one request in flight per scope across processes; the next one goes once it returned', async () => {
  const a = new SendGate(testRedis(), prefix);
  const b = new SendGate(other, prefix);
  const first = pending<string>();
  let started = false;
  const running = a.run({ scope: 'discord:1' }, () => ((started = true), first.promise), none);
  await waitUntil(() => started, 'the first send to start');

  const meanwhile = await b.run({ scope: 'discord:1' }, async () => 'second', none);
  expect(meanwhile).toMatchObject({ sent: false, reason: 'busy' });
  expect((meanwhile as { ms: number }).ms).toBeLessThanOrEqual(20);
  // Another scope is not held up.
  expect(await b.run({ scope: 'discord:2' }, async () => 'other', none)).toEqual({ sent: true, result: 'other' });

  first.finish('first');
  expect(await running).toEqual({ sent: true, result: 'first' });
  expect(await b.run({ scope: 'discord:1' }, async () => 'second', none)).toEqual({ sent: true, result: 'second' });
});

test('in one process the requests of a scope queue in order instead of finding it busy', async () => {
  const gate = new SendGate(testRedis(), prefix);
  const order: string[] = [];
  const first = pending<void>();
  const r1 = gate.run({ scope: 'slack:bot' }, async () => (order.push('1 start'), await first.promise, order.push('1 end')), none);
  const r2 = gate.run({ scope: 'slack:bot' }, async () => void order.push('2'), none);
  await waitUntil(() => order.length > 0, 'the first send to start');
  first.finish();
  expect((await r1).sent).toBe(true);
  expect((await r2).sent).toBe(true);
  expect(order).toEqual(['1 start', '1 end', '2']);
});

test("a 429's hold-off is in place before the scope is free again, and stops its scope (and the scopes held by it)", async () => {
  const a = new SendGate(testRedis(), prefix);
  const b = new SendGate(other, prefix);
  const limited = await a.run({ scope: 'discord:1' }, async () => 429, () => ({ retryAfterMs: 5_000 }));
  expect(limited.sent).toBe(true);
  const next = await b.run({ scope: 'discord:1' }, async () => 'x', none);
  expect(next).toMatchObject({ sent: false, reason: 'hold' });
  expect((next as { ms: number }).ms).toBeGreaterThan(0);
  expect((next as { ms: number }).ms).toBeLessThanOrEqual(5_000);
  expect(await b.heldFor('discord:1')).toBeLessThanOrEqual(5_000);

  // A global hold-off stops every route that names it.
  await a.run({ scope: 'discord:2' }, async () => 429, () => ({ retryAfterMs: 5_000, holdScope: 'discord:global' }));
  expect(await b.run({ scope: 'discord:3', alsoHeldBy: ['discord:global'] }, async () => 'x', none)).toMatchObject({ sent: false, reason: 'hold' });
  expect(await b.run({ scope: 'slack:bot' }, async () => 'x', none)).toEqual({ sent: true, result: 'x' });
});

test('a hold-off is never shortened by a later, shorter Retry-After', async () => {
  const gate = new SendGate(testRedis(), prefix);
  await gate.run({ scope: 's' }, async () => 0, () => ({ retryAfterMs: 10_000 }));
  const long = await gate.heldFor('s');
  // A request already on the wire when the first 429 came back could not exist (the lease), but a hold-off may
  // also be set by a sender of another scope holding `s`: the shorter one must not cut it short.
  await gate.run({ scope: 'other' }, async () => 0, () => ({ retryAfterMs: 100, holdScope: 's' }));
  expect(await gate.heldFor('s')).toBeGreaterThan(5_000);
  expect(long).toBeGreaterThan(5_000);
});

test('pacing: one slot per interval per key, reserved only by a request that goes', async () => {
  const gate = new SendGate(testRedis(), prefix);
  const pace = { key: 'slack:C1', intervalMs: 60_000 };
  expect(await gate.run({ scope: 'slack:bot', pace }, async () => 'one', none)).toEqual({ sent: true, result: 'one' });
  const second = await gate.run({ scope: 'slack:bot', pace }, async () => 'two', none);
  expect(second).toMatchObject({ sent: false, reason: 'pace' });
  expect((second as { ms: number }).ms).toBeLessThanOrEqual(60_000);
  // Another channel of the same workspace has its own slot.
  expect(await gate.run({ scope: 'slack:bot', pace: { key: 'slack:C2', intervalMs: 60_000 } }, async () => 'c2', none)).toEqual({ sent: true, result: 'c2' });
});

test('pacing counts from the answer: a slow request pushes its channel\'s next slot past its own return', async () => {
  const gate = new SendGate(testRedis(), prefix);
  const pace = { key: 'slack:C1', intervalMs: 300 };
  const spans: Array<{ start: number; end: number }> = [];
  const send = async () => {
    const start = await redisNow();
    await new Promise((r) => setTimeout(r, 150)); // a slow way to the platform and back: the case under test
    spans.push({ start, end: await redisNow() });
  };
  expect((await gate.run({ scope: 'slack:bot', lease: 'slack:C1', pace }, send, none)).sent).toBe(true);
  const next = await gate.run({ scope: 'slack:bot', lease: 'slack:C1', pace }, send, none);
  expect(next).toMatchObject({ sent: false, reason: 'pace' });
  // The slot is 300 ms after the first answer, not after its start.
  const got = await waitUntil(async () => {
    const r = await gate.run({ scope: 'slack:bot', lease: 'slack:C1', pace }, send, none);
    return r.sent ? r : undefined;
  }, 'the next pacing slot');
  expect(got.sent).toBe(true);
  expect(spans).toHaveLength(2);
  expect(spans[1]!.start - spans[0]!.end).toBeGreaterThanOrEqual(300);
});

test('the lease of a worker that died mid-request expires', async () => {
  const dead = new SendGate(testRedis(), prefix, 300);
  const b = new SendGate(other, prefix, 300);
  let started = false;
  void dead.run({ scope: 'discord:9' }, () => ((started = true), new Promise<never>(() => {})), none);
  await waitUntil(() => started, 'the doomed send to start');
  expect(await b.run({ scope: 'discord:9' }, async () => 'x', none)).toMatchObject({ sent: false, reason: 'busy' });
  const got = await waitUntil(async () => {
    const r = await b.run({ scope: 'discord:9' }, async () => 'x', none);
    return r.sent ? r : undefined;
  }, 'the expired lease to free the scope');
  expect(got).toEqual({ sent: true, result: 'x' });
});

test('a send that throws still gives the scope back', async () => {
  const gate = new SendGate(testRedis(), prefix);
  await expect(gate.run({ scope: 'x' }, async () => Promise.reject(new Error('boom')), none)).rejects.toThrow('boom');
  expect(await new SendGate(other, prefix).run({ scope: 'x' }, async () => 'ok', none)).toEqual({ sent: true, result: 'ok' });
});

test('spacing: requests of a key take consecutive slots `intervalMs` apart across processes, fractions kept', async () => {
  const a = new SendGate(testRedis(), prefix);
  const b = new SendGate(other, prefix);
  const spacing = { key: 'discord:global', intervalMs: 20.4 };
  const [sec, usec] = await testRedis().time();
  const before = Number(sec) * 1000 + Number(usec) / 1000;
  const runs = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).run({ scope: `discord:${i}`, spacing }, async () => i, none));
  const results = await Promise.all(runs);
  expect(results.every((r) => r.sent)).toBe(true);
  // The next free slot is ten intervals after the first one, which was no earlier than `before`.
  const next = Number(await testRedis().get(`${prefix}slot:discord:global`));
  expect(next - before).toBeGreaterThanOrEqual(10 * 20.4);
  expect(String(next)).toMatch(/\.\d+$|^\d+$/);
});

test('a request waiting for its slot is stopped by a hold-off that began meanwhile', async () => {
  const gate = new SendGate(testRedis(), prefix);
  const spacing = { key: 'g', intervalMs: 400 };
  // The first request takes the current slot and answers with a global hold-off; the second had already taken
  // the slot after it (400 ms later) and must not go when it wakes up.
  const first = pending<void>();
  let firstStarted = false;
  const r1 = gate.run({ scope: 'r1', alsoHeldBy: ['global'], spacing }, async () => ((firstStarted = true), first.promise), () => ({ retryAfterMs: 5_000, holdScope: 'global' }));
  await waitUntil(() => firstStarted, 'the first request to start');
  let secondSent = false;
  const r2 = gate.run({ scope: 'r2', alsoHeldBy: ['global'], spacing }, async () => void (secondSent = true), none);
  // r2 holds its lease: it took the slot after r1's and now sleeps until it.
  await waitUntil(async () => (await testRedis().exists(`${prefix}lease:r2`)) === 1, 'the second request to take its slot');
  first.finish();
  await r1;
  expect(await r2).toMatchObject({ sent: false, reason: 'hold' });
  expect(secondSent).toBe(false);
});

/** Most of these times in any sliding `ms` (times in any order). */
function mostInAnyWindow(times: number[], ms: number): number {
  const t = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

test('a sliding window over the requests: each counts from the moment it may go until it is back, plus `ms`', async () => {
  const a = new SendGate(testRedis(), prefix);
  const b = new SendGate(other, prefix);
  const spacing = { key: 'w', intervalMs: 0, window: { limit: 3, ms: 300 } };
  // Each send notes when it began and ended, by Redis's clock: after the gate let it go, before it was released.
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < 7; i++) {
    const r = await (i % 2 ? a : b).run({ scope: `s${i}`, spacing }, async () => {
      const start = await redisNow();
      spans.push({ start, end: await redisNow() });
    }, none);
    expect(r.sent).toBe(true);
  }
  // Each new request began at least 300 ms after the one three before it had ended.
  for (let i = 3; i < spans.length; i++) expect(spans[i]!.start - spans[i - 3]!.end).toBeGreaterThanOrEqual(300);
  expect(mostInAnyWindow(spans.map((s) => s.start), 300)).toBeLessThanOrEqual(3);
});

test('a request that leaves late (its process stalled after the gate let it go) still never crowds the window', async () => {
  const stalled = new SendGate(testRedis(), prefix);
  const b = new SendGate(other, prefix);
  const spacing = { key: 'w', intervalMs: 0, window: { limit: 3, ms: 300 } };
  // Where the platform counts each request: when it arrives (here: when the send reaches this line).
  const arrivals: number[] = [];
  let claimedAt = 0;
  // The stalled process is let through first, then reaches the platform only 200 ms later.
  const late = stalled.run({ scope: 'late', spacing }, async () => {
    claimedAt = performance.now();
    await new Promise((r) => setTimeout(r, 200)); // the stall being simulated, not a wait for a state
    arrivals.push(performance.now());
  }, none);
  await waitUntil(() => claimedAt > 0, 'the stalled request to be let through');
  // Meanwhile another process sends five requests as fast as the gate allows.
  for (let i = 0; i < 5; i++) {
    const r = await b.run({ scope: `s${i}`, spacing }, async () => void arrivals.push(performance.now()), none);
    expect(r.sent).toBe(true);
  }
  expect((await late).sent).toBe(true);
  // The late request did arrive after some of the others (the case under test)…
  expect(arrivals.filter((t) => t < claimedAt + 200).length).toBeGreaterThanOrEqual(2);
  // …and no 300 ms held more than 3 arrivals. (Counting from the moment of sending alone let a fourth one in: the
  // requests sent 300 ms after the stalled one's claim arrived within 100 ms of it.)
  expect(mostInAnyWindow(arrivals, 300)).toBeLessThanOrEqual(3);
});
