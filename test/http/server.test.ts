import { Queue } from 'bullmq';
import crypto from 'node:crypto';
import { readEnv } from '../../src/config/env';
import { basicAuthMatches, startHttpServer } from '../../src/http/server';
import { Metrics } from '../../src/http/metrics';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';

const prefix = uniquePrefix('http');
let queue: Queue;
let healthy = true;
let server: Awaited<ReturnType<typeof startHttpServer>>;
const metrics = new Metrics({ defaults: false });

beforeAll(async () => {
  queue = new Queue('poll', { connection: testRedis(), prefix: prefix.replace(/:$/, '') });
  await queue.add('poll', { feedUrl: 'https://example.org/feed', slot: 1 });
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics,
    queues: [queue],
    health: [{ name: 'redis', check: async () => (healthy ? undefined : 'connection refused') }],
    refreshQueueMetrics: async () => {
      const c = await queue.getJobCounts('waiting');
      metrics.queueDepth.set({ queue: 'poll', state: 'waiting' }, c.waiting ?? 0);
    },
    bullBoard: { user: 'ops', password: 'pa:ss' },
  });
});

afterAll(async () => {
  await server.close();
  await queue.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('/healthz is 200 when every check passes and 503 naming the failing one otherwise', async () => {
  healthy = true;
  let r = await fetch(`${server.url}/healthz`);
  expect(r.status).toBe(200);
  expect(await r.json()).toEqual({ status: 'ok', checks: { redis: 'ok' } });
  healthy = false;
  r = await fetch(`${server.url}/healthz`);
  expect(r.status).toBe(503);
  expect(await r.json()).toEqual({ status: 'unhealthy', checks: { redis: 'connection refused' } });
});

test('/metrics serves Prometheus text with queue depth and the 304 ratio', async () => {
  metrics.polls.inc({ status: 'ok' });
  metrics.polls.inc({ status: 'not-modified' }, 3);
  const r = await fetch(`${server.url}/metrics`);
  expect(r.headers.get('content-type')).toMatch(/text\/plain/);
  const text = await r.text();
  expect(text).toMatch(/borderwatch_queue_jobs\{queue="poll",state="waiting"\} 1/);
  expect(text).toMatch(/borderwatch_poll_not_modified_ratio 0\.75/);
  expect(text).toMatch(/# TYPE borderwatch_publish_to_post_seconds histogram/);
});

test('the queue dashboard needs the credentials', async () => {
  expect((await fetch(`${server.url}/admin/queues`)).status).toBe(401);
  const wrong = Buffer.from('ops:nope').toString('base64');
  expect((await fetch(`${server.url}/admin/queues`, { headers: { authorization: `Basic ${wrong}` } })).status).toBe(401);
  const right = Buffer.from('ops:pa:ss').toString('base64');
  const ok = await fetch(`${server.url}/admin/queues`, { headers: { authorization: `Basic ${right}` } });
  expect(ok.status).toBe(200);
  expect(await ok.text()).toMatch(/<html/i);
  const api = await fetch(`${server.url}/admin/queues/api/queues`, { headers: { authorization: `Basic ${right}` } });
  expect(api.status).toBe(200);
  expect(JSON.stringify(await api.json())).toContain('poll');
});

test('without credentials configured the dashboard is off', async () => {
  const s = await startHttpServer({ port: 0, host: '127.0.0.1', metrics: new Metrics({ defaults: false }), queues: [queue], health: [] });
  try {
    expect((await fetch(`${s.url}/admin/queues`)).status).toBe(404);
  } finally {
    await s.close();
  }
});

test('a health check that never answers (Redis down) makes /healthz 503 instead of hanging', async () => {
  const s = await startHttpServer({ port: 0, host: '127.0.0.1', metrics: new Metrics({ defaults: false }), queues: [], health: [{ name: 'redis', check: () => new Promise(() => {}) }] });
  try {
    const r = await fetch(`${s.url}/healthz`);
    expect(r.status).toBe(503);
    expect(((await r.json()) as { checks: Record<string, string> }).checks.redis).toMatch(/no answer within/);
  } finally {
    await s.close();
  }
});

describe('dashboard credentials', () => {
  const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

  test('the password is compared exactly: not trimmed, ":" and spaces kept', async () => {
    const s = await startHttpServer({ port: 0, host: '127.0.0.1', metrics: new Metrics({ defaults: false }), queues: [queue], health: [], bullBoard: { user: 'ops', password: ' pa:ss ' } });
    try {
      const status = async (auth: string) => (await fetch(`${s.url}/admin/queues`, { headers: { authorization: auth } })).status;
      expect(await status(basic('ops: pa:ss '))).toBe(200);
      expect(await status(basic('ops:pa:ss'))).toBe(401);
      expect(await status(basic('ops: pa:ss'))).toBe(401);
      expect(await status(basic('ops'))).toBe(401);
      expect(await status(`Bearer ${Buffer.from('ops: pa:ss ').toString('base64')}`)).toBe(401);
    } finally {
      await s.close();
    }
  });

  test('BULL_BOARD_PASSWORD is read as written', () => {
    expect(readEnv({ BULL_BOARD_USER: 'ops', BULL_BOARD_PASSWORD: ' secret with spaces ' }).bullBoard).toEqual({ user: 'ops', password: ' secret with spaces ' });
    expect(readEnv({ BULL_BOARD_USER: 'ops', BULL_BOARD_PASSWORD: '' }).bullBoard.password).toBeUndefined();
  });

  test('constant time including length: user and password are always both compared, as equal-length digests', () => {
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      for (const header of [basic('x:y'), basic(`ops:${'p'.repeat(500)}`), basic('ops:right-password'), 'garbage', undefined]) {
        spy.mockClear();
        basicAuthMatches(header, 'ops', 'right-password');
        expect(spy).toHaveBeenCalledTimes(2);
        for (const [a, b] of spy.mock.calls) {
          expect((a as Buffer).length).toBe(32);
          expect((b as Buffer).length).toBe(32);
        }
      }
      expect(basicAuthMatches(basic('ops:right-password'), 'ops', 'right-password')).toBe(true);
      expect(basicAuthMatches(basic('ops:right-passwor'), 'ops', 'right-password')).toBe(false);
      expect(basicAuthMatches(basic('op:right-password'), 'ops', 'right-password')).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});

test('default process metrics carry the borderwatch_ prefix once (borderwatch_process_cpu_seconds_total)', async () => {
  const m = new Metrics();
  const text = await m.registry.metrics();
  expect(text).toMatch(/^borderwatch_process_cpu_seconds_total \d/m);
  expect(text).toMatch(/^borderwatch_nodejs_heap_size_total_bytes \d/m);
  expect(text).not.toContain('process_process');
});
