/**
 * A private redis-server on a free port of 127.0.0.1: the shared test Redis (global-setup), the benchmarks'
 * Redis, and tests that stop and restart Redis. With `persistent`, every write goes to an AOF in a temp
 * directory (`appendfsync always`), so a restart on the same port and directory finds every key, queued
 * jobs included; without it nothing is written to disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Data directory (AOF files); kept across restarts, removed by `cleanup()`. */
  dir: string;
  /** Process id of the running server (for CPU readings), if any. */
  pid(): number | undefined;
  /** True while a redis-server process is running. */
  running(): boolean;
  /** Clean shutdown (SIGTERM: Redis flushes the AOF and exits); resolves once the process has exited. */
  stop(): Promise<void>;
  /** Start again on the same port with the same directory; resolves once it accepts connections. */
  restart(): Promise<void>;
  /** Stop (if running) and delete the data directory. */
  cleanup(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (closed again before it is returned). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number, failed: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const err = failed();
    if (err) throw err;
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis-server did not accept connections on port ${port} within ${timeoutMs} ms`);
}

/** Start a redis-server on a free port of 127.0.0.1. Call `cleanup()` when done. */
export async function startRedisServer(opts: { persistent?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-redis-'));
  let child: ChildProcess | undefined;

  const launch = async (): Promise<void> => {
    const persistence = opts.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...persistence, '--maxmemory-policy', 'noeviction'];
    const proc = spawn('redis-server', args, { stdio: 'ignore' });
    let spawnError: Error | undefined;
    proc.once('error', (e) => (spawnError = new Error(`redis-server could not be started: ${e.message} (install redis-server, or set REDIS_URL)`)));
    child = proc;
    proc.once('exit', () => {
      if (child === proc) child = undefined;
    });
    await waitForPort(port, 10_000, () => spawnError);
  };

  const stop = async (): Promise<void> => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      proc.kill('SIGTERM');
    });
  };

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    pid: () => child?.pid,
    running: () => child !== undefined && child.exitCode === null,
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
    cleanup: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
