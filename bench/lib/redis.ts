/**
 * Redis for the benchmarks: REDIS_URL when set, else a private redis-server on a free port of 127.0.0.1
 * (no persistence), stopped at the end. Keys are written under a private prefix and deleted afterwards.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { startRedisServer } from '../../test/support/redis-server';

export interface BenchRedis {
  url: string;
  version: string;
  /** Set when this run started the server (its CPU can then be read from /proc). */
  pid?: number;
  stop(): Promise<void>;
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
  const server = await startRedisServer();
  return {
    url: server.url,
    version: await serverVersion(server.url),
    pid: server.pid(),
    stop: () => server.cleanup(),
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

/** Commands Redis has run (INFO commandstats): all of them (Lua-internal ones included), and scripts (EVAL/EVALSHA). */
export async function redisCommandCounts(redis: Redis): Promise<{ commands: number; scripts: number }> {
  const info = await redis.info('commandstats');
  let commands = 0;
  let scripts = 0;
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    if (m[1] === 'info') continue;
    commands += Number(m[2]);
    if (m[1] === 'evalsha' || m[1] === 'eval') scripts += Number(m[2]);
  }
  return { commands, scripts };
}
