/**
 * Redis for the benchmarks: REDIS_URL when set, else a private redis-server on a free port of 127.0.0.1
 * (no persistence), stopped at the end. Keys are written under a private prefix and deleted afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { sleep } from './measure';

export interface BenchRedis {
  url: string;
  version: string;
  /** Set when this run started the server (its CPU can then be read from /proc). */
  pid?: number;
  stop(): Promise<void>;
}

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

async function serverVersion(url: string): Promise<string> {
  const r = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await r.connect();
    const info = await r.info('server');
    return /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
  } finally {
    r.disconnect();
  }
}

export async function startBenchRedis(): Promise<BenchRedis> {
  const fromEnv = process.env.REDIS_URL?.trim();
  if (fromEnv) {
    const host = new URL(fromEnv).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`REDIS_URL must point at 127.0.0.1 or localhost for the benchmarks (got ${host})`);
    return { url: fromEnv, version: await serverVersion(fromEnv), stop: async () => {} };
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-redis-'));
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  } catch (e) {
    throw new Error(`REDIS_URL is not set and redis-server could not be started: ${(e as Error).message}`);
  }
  const spawnError = new Promise<never>((_, reject) => child.once('error', (e) => reject(new Error(`redis-server: ${e.message} (install redis-server or set REDIS_URL)`))));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await Promise.race([
      new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
        s.once('error', () => resolve(false));
      }),
      spawnError,
    ]);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await sleep(50);
  }
  return {
    url,
    version: await serverVersion(url),
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => (child.kill('SIGKILL'), resolve()), 3000);
          child.once('exit', () => (clearTimeout(t), resolve()));
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A key prefix no other run uses. */
export const benchPrefix = (tag: string): string => `bwbench:${tag}:${randomBytes(4).toString('hex')}:`;

/** Delete every key under a prefix (SCAN + UNLINK, never KEYS). */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

/** CPU seconds (user+system) used so far by a process, from /proc (Linux); undefined elsewhere. */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = require('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8') as string;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15 of stat)
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
