/**
 * `borderwatch start` ends after a clean stop even when something still holds the event loop open (here a
 * preloaded interval; in the field, a BullMQ worker's blocking connection re-opened while it closes right after
 * a Redis outage): the process exits with code 0 shortly after "stopped", instead of lingering until its
 * supervisor kills it.
 */
import path from 'node:path';
import { spawnService, writeConfigFile, type ServiceProcess } from '../support/service-process';
import { testRedisUrl, uniquePrefix } from '../support/redis';

let service: ServiceProcess | undefined;
let config: { path: string; cleanup: () => void };

beforeAll(() => {
  config = writeConfigFile({ keyPrefix: uniquePrefix('stopexit'), feeds: [] });
});

afterAll(async () => {
  await service?.kill();
  config.cleanup();
});

test('a stopped service exits with 0 although a handle is still open', async () => {
  const holdOpen = path.join(__dirname, '..', 'support', 'hold-open.js');
  service = spawnService({ configPath: config.path, role: 'worker', env: { REDIS_URL: testRedisUrl(), NODE_OPTIONS: `--require ${holdOpen}` } });
  await service.ready(30_000);
  // SIGTERM; the helper SIGKILLs the process if it has not exited within 30 s (it would never exit by itself).
  await service.stop(30_000);
  expect(await service.exited).toBe(0);
  const msgs = service
    .output()
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => (JSON.parse(l) as { msg: string }).msg);
  expect(msgs).toContain('stopped');
}, 60_000);
