import { spawn, execFileSync } from 'node:child_process';
import net from 'node:net';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Tests run against real Redis: REDIS_URL when it is set, else a private redis-server on a free port
 * started here (and stopped in global-teardown). Each test file isolates itself with its own key prefix.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

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
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'], { stdio: 'ignore', detached: false });
  await waitForPort(port, 10_000);
  process.env.BW_TEST_REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.BW_TEST_REDIS_PID = String(child.pid);
  (globalThis as Record<string, unknown>).__BW_REDIS__ = child;
}
