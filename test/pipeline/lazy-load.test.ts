/**
 * What each kind of process loads, on the production build (dist/): `--help` loads no dependency at all; a
 * `--role worker` process never loads discord.js, Bolt or Bull Board — not at start, and not when it
 * delivers to Discord (the REST package alone) — while a front process (role all) does load them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, cleanEnv } from '../support/cli';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';

const DIST = path.join(ROOT, 'dist');

/** Run a script in a fresh node process; it prints a JSON array of the packages it loaded, as its last line. */
function loadedPackages(script: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const footer = `
    ;(globalThis.__report = () => {
      const names = new Set(Object.keys(require.cache).map((k) => (/node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(k) || [])[1]).filter(Boolean));
      process.stdout.write('\\n' + JSON.stringify([...names].sort()) + '\\n');
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', footer + script], { cwd: ROOT, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('[')) reject(new Error(`script exited ${code}: ${err || out}`));
      else resolve(JSON.parse(last) as string[]);
    });
  });
}

const SDKS = ['discord.js', '@discordjs/ws', '@slack/bolt', '@bull-board/api', '@bull-board/express'];

let prefix: string;
beforeAll(() => {
  prefix = uniquePrefix('lazy');
});
afterAll(async () => {
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

test('borderwatch --help loads no dependency', async () => {
  const loaded = await loadedPackages(`require(${JSON.stringify(path.join(DIST, 'cli.js'))}).main(['--help'], { stdout: { write() {} }, stderr: process.stderr, stdin: process.stdin, env: {} }).then(() => __report());`);
  expect(loaded).toEqual([]);
});

/** Starts the service from dist/. Only the worker gets a (dummy) Discord token: it never connects with it. */
function serviceScript(role: 'worker' | 'all', afterStart = ''): string {
  return `
    const { parseConfig } = require(${JSON.stringify(path.join(DIST, 'config/load.js'))});
    const { readEnv } = require(${JSON.stringify(path.join(DIST, 'config/env.js'))});
    const { createLogger } = require(${JSON.stringify(path.join(DIST, 'log.js'))});
    const { startService } = require(${JSON.stringify(path.join(DIST, 'main.js'))});
    (async () => {
      const config = parseConfig({ keyPrefix: ${JSON.stringify(prefix)} + '${role}:', feeds: [{ url: 'http://127.0.0.1:9/feed.xml', name: 'F' }] });
      const env = readEnv({ REDIS_URL: process.env.REDIS_URL, BORDERWATCH_ROLE: '${role}', HTTP_PORT: '0', BULL_BOARD_USER: 'u', BULL_BOARD_PASSWORD: 'p', LOG_LEVEL: 'silent'${role === 'worker' ? ", DISCORD_TOKEN: 'x.y.z'" : ''} });
      const service = await startService({ config, env, handleSignals: false, schedule: false, logger: createLogger({ level: 'silent' }), processEnv: {} });
      ${afterStart}
      __report();
      await service.stop();
      process.exit(0);
    })().catch((e) => { console.error(e); process.exit(1); });`;
}

test('a --role worker process loads none of discord.js, Bolt or Bull Board, even with the dashboard and an HTTP port configured', async () => {
  const loaded = await loadedPackages(serviceScript('worker'), { REDIS_URL: testRedisUrl() });
  expect(loaded).toContain('bullmq');
  for (const sdk of SDKS) expect(loaded).not.toContain(sdk);
  // No platform SDK at all until a delivery needs one.
  expect(loaded).not.toContain('@discordjs/rest');
  expect(loaded).not.toContain('@slack/web-api');
  // Nor the official data ingest (CSV reader) until an official job comes, nor the chart renderers; and its
  // health and metrics port is plain node:http: Express comes only with the dashboard (a front's).
  for (const lazy of ['csv-parse', 'vega', 'vega-lite', '@resvg/resvg-js', 'express']) expect(loaded).not.toContain(lazy);
}, 60_000);

test('run --once --dry-run with no official datasets loads neither BullMQ, the platform SDKs nor the CSV reader', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-lazy-'));
  const file = path.join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ fetch: { allowPrivateHosts: ['127.0.0.1:9'] }, official: { datasets: [] }, feeds: [{ url: 'http://127.0.0.1:9/feed.xml', name: 'F' }] }));
  try {
    const loaded = await loadedPackages(
      `require(${JSON.stringify(path.join(DIST, 'cli.js'))}).main(['run', '--once', '--dry-run', '--json', '--config', ${JSON.stringify(file)}], { stdout: { write() {} }, stderr: { write() {} }, stdin: process.stdin, env: {} }).then((code) => { if (code !== 0) throw new Error('exit ' + code); __report(); });`,
    );
    expect(loaded).toContain('rss-parser');
    for (const lazy of ['bullmq', 'ioredis', 'csv-parse', 'vega', '@discordjs/rest', '@slack/web-api', ...SDKS]) expect(loaded).not.toContain(lazy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('its Discord sender loads the REST package alone', async () => {
  const loaded = await loadedPackages(
    serviceScript('worker', `
      const { createSenders } = require(${JSON.stringify(path.join(DIST, 'delivery/senders.js'))});
      const senders = createSenders(env, createLogger({ level: 'silent' }));
      if (!senders.get('discord', 'bot') || !senders.get('discord', 'webhook')) throw new Error('no Discord sender');
      await senders.close();`),
    { REDIS_URL: testRedisUrl() },
  );
  expect(loaded).toContain('@discordjs/rest');
  for (const sdk of SDKS) expect(loaded).not.toContain(sdk);
}, 60_000);

test('a front process (role all) does load the dashboard (so the check above is not vacuous)', async () => {
  const loaded = await loadedPackages(serviceScript('all'), { REDIS_URL: testRedisUrl() });
  expect(loaded).toContain('@bull-board/api');
  expect(loaded).toContain('express');
}, 60_000);
