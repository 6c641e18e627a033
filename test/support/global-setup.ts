import { execFileSync } from 'node:child_process';
import { startRedisServer, type RedisServer } from './redis-server';

/**
 * Tests run against real Redis: REDIS_URL when it is set, else a private redis-server on a free port
 * started here (and stopped in global-teardown). Each test file isolates itself with its own key prefix.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) {
    process.env.BW_TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('Tests need Redis: set REDIS_URL, or install redis-server (apt-get install redis-server). .ci/run does this for you.');
  }
  const server = await startRedisServer();
  process.env.BW_TEST_REDIS_URL = server.url;
  (globalThis as Record<string, unknown>).__BW_REDIS__ = server;
}

export type { RedisServer };
