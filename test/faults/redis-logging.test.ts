/**
 * What an operator reads when Redis is away: the real CLI (`borderwatch start`, compiled dist/) against a real
 * redis-server that is started late, then stopped and started again. One structured line per reconnect
 * attempt of the service (not one per queue, worker and client), with backoff, no stack traces, never the
 * password of REDIS_URL; one "connected" line when Redis comes, "lost" and "reconnected after N s" around an
 * outage.
 */
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { spawnService, writeConfigFile, type ServiceProcess } from '../support/service-process';
import { uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';
import { Redis } from 'ioredis';
import { isRedisConnectionError, redisLocation, redisRetryDelay } from '../../src/queue/connection';

const PASSWORD = 's3cret-redis-pw';

interface LogLine {
  msg: string;
  level: string;
  redis?: string;
  reason?: string;
  attempt?: number;
  retryInMs?: number;
  downForSeconds?: number;
}

let redis: RedisServer;
let service: ServiceProcess | undefined;
let config: { path: string; cleanup: () => void };

function lines(): LogLine[] {
  return service!
    .output()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LogLine);
}
const indexOfMsg = (all: LogLine[], re: RegExp, from = 0): number => all.findIndex((l, i) => i >= from && re.test(l.msg));

/** Connections the redis-server has from clients other than the one asking (the service's, here). */
async function serviceConnections(): Promise<number> {
  const c = new Redis(`redis://127.0.0.1:${redis.port}`, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await c.connect();
    const list = (await c.client('LIST')) as string;
    return list.split('\n').filter((l) => l.trim()).length - 1;
  } finally {
    c.disconnect();
  }
}

beforeAll(async () => {
  redis = await startRedisServer();
  await redis.stop(); // the port is known; Redis comes later
  config = writeConfigFile({ keyPrefix: uniquePrefix('redislog'), feeds: [] });
});

afterAll(async () => {
  await service?.stop();
  await redis.cleanup();
  config.cleanup();
});

test('Redis unreachable at start, then started: one line per retry with backoff, then "connected"', async () => {
  // The default user has no password; AUTH default <anything> is accepted, so the URL can carry one to leak.
  const url = `redis://default:${PASSWORD}@127.0.0.1:${redis.port}`;
  service = spawnService({ configPath: config.path, env: { REDIS_URL: url, HTTP_PORT: '0' } });
  await waitUntil(() => lines().filter((l) => l.msg.startsWith('waiting for Redis')).length >= 4, 'four "waiting for Redis" lines', 20_000);
  await redis.restart();
  await service.ready(20_000);

  const all = lines();
  const connected = indexOfMsg(all, /^connected to Redis at /);
  expect(connected).toBeGreaterThan(0);
  const before = all.slice(0, connected);
  const waiting = before.filter((l) => l.msg.startsWith('waiting for Redis'));
  // Nothing else was written while waiting (the HTTP line comes first: the port opens before Redis is awaited).
  expect(before.filter((l) => !l.msg.startsWith('waiting for Redis')).map((l) => l.msg)).toEqual(['http: /healthz /metrics (queue dashboard /admin/queues off: BULL_BOARD_USER and BULL_BOARD_PASSWORD not set)']);
  for (const w of waiting) {
    expect(w.msg).toBe(`waiting for Redis at redis://127.0.0.1:${redis.port}: connection refused`);
    expect(w).toMatchObject({ level: 'warn', redis: `redis://127.0.0.1:${redis.port}`, reason: 'connection refused' });
  }
  expect(waiting.map((w) => w.attempt)).toEqual(waiting.map((_, i) => i + 1));
  // Backoff: each wait at least as long as the one before, and growing.
  const delays = waiting.map((w) => w.retryInMs!);
  for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
  expect(delays.at(-1)!).toBeGreaterThan(delays[0]!);
  expect(all[connected]!.msg).toBe(`connected to Redis at redis://127.0.0.1:${redis.port}`);
  expect(service.output()).not.toContain(PASSWORD);
  expect(service.output()).not.toMatch(/\n\s+at |Unhandled error event/);
}, 60_000);

test('Redis lost at run time: "lost Redis", one line per retry, "reconnected after N s" — nothing from the queues or workers', async () => {
  const start = lines().length;
  const connections = await serviceConnections();
  await redis.stop();
  await waitUntil(() => indexOfMsg(lines(), /^lost Redis at /, start) >= 0, '"lost Redis"', 20_000);
  await waitUntil(() => lines().slice(start).filter((l) => l.msg.startsWith('waiting for Redis')).length >= 3, 'three retries', 20_000);
  await redis.restart();
  await waitUntil(() => indexOfMsg(lines(), /^reconnected to Redis at /, start) >= 0, '"reconnected"', 20_000);
  // A moment for any worker or queue to report its own copy of the outage (it must not).
  const all = lines();
  const lost = indexOfMsg(all, /^lost Redis at /, start);
  const back = indexOfMsg(all, /^reconnected to Redis at /, start);
  expect(all.slice(start, lost)).toEqual([]);
  expect(all[lost]).toMatchObject({ level: 'warn', redis: `redis://127.0.0.1:${redis.port}` });
  const between = all.slice(lost + 1, back);
  expect(between.length).toBeGreaterThanOrEqual(3);
  expect(between.every((l) => l.msg === `waiting for Redis at redis://127.0.0.1:${redis.port}: connection refused`)).toBe(true);
  expect(all[back]!.msg).toMatch(new RegExp(`^reconnected to Redis at redis://127\\.0\\.0\\.1:${redis.port} after \\d+ s$`));
  expect(all[back]!.downForSeconds).toBeGreaterThanOrEqual(0);
  expect(service!.output()).not.toContain(PASSWORD);
  expect(service!.output()).not.toMatch(/\n\s+at |Unhandled error event/);

  // The service works again — every connection it had is back (the workers' blocking ones reconnect on their own
  // backoff, up to 5 s after the shared one) — and then stops cleanly.
  await waitUntil(async () => (await serviceConnections()) >= connections, `the service's ${connections} connections back`, 30_000, 200);
  await service!.stop(30_000);
  expect(await service!.exited).toBe(0);
  const after = lines().slice(back + 1).map((l) => l.msg);
  expect(after.filter((m) => /redis|queue|worker/i.test(m))).toEqual([]);
}, 90_000);

describe('pieces', () => {
  test('redisLocation never shows credentials or options', () => {
    expect(redisLocation('redis://user:pw@redis.internal:6380/2?family=6')).toBe('redis://redis.internal:6380/2');
    expect(redisLocation('rediss://:pw@cache.example')).toBe('rediss://cache.example');
    expect(redisLocation('not a url pw')).toBe('redis (unparsable REDIS_URL)');
  });
  test('backoff doubles from 250 ms to a 5 s cap', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(redisRetryDelay)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
  test('connection failures are told apart from other errors by code', () => {
    expect(isRedisConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isRedisConnectionError(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisConnectionError(new Error('Missing lock for job 1. moveToFinished'))).toBe(false);
  });
});
