/**
 * The CLI reads the environment the same way in every command (.env included), refuses bad flags and
 * variables with exit 2 naming them, and `start` logs which adapters run and why the others do not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, runCli, cleanEnv } from '../support/cli';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';

const prefixes: string[] = [];
afterAll(async () => {
  for (const p of prefixes) await deletePrefix(testRedis(), p);
  await closeTestRedis();
});

test('check-config reads .env like run and start: BORDERWATCH_CONFIG from .env is the file checked', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-dotenv-'));
  writeFileSync(path.join(dir, 'mine.yaml'), 'feeds:\n  - url: https://a.example/feed\n');
  writeFileSync(path.join(dir, '.env'), 'BORDERWATCH_CONFIG=mine.yaml\n');
  const r = await runCli(['check-config'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('mine.yaml:2: feeds[0].name');
  // And the env:NAME secrets of the subscriptions come from .env too.
  writeFileSync(path.join(dir, 'mine.yaml'), 'subscriptions:\n  - { platform: slack, webhook: env:SLACK_WEBHOOK_URL, mode: instant }\n');
  const missing = await runCli(['check-config'], { cwd: dir });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('mine.yaml:2: subscriptions[0].webhook: env:SLACK_WEBHOOK_URL: the environment variable SLACK_WEBHOOK_URL is not set');
  writeFileSync(path.join(dir, '.env'), 'BORDERWATCH_CONFIG=mine.yaml\nSLACK_WEBHOOK_URL=https://hooks.slack.example/services/T/B/x\n');
  const ok = await runCli(['check-config'], { cwd: dir });
  expect(ok.stderr).toBe('');
  expect(ok.stdout).toMatch(/^config OK \(mine\.yaml over defaults\): \d+ feeds, \d+ keyword rules, 1 subscriptions/);
  expect(ok.code).toBe(0);
});

test('start --role bogus exits 2 naming the flag', async () => {
  const r = await runCli(['start', '--role', 'bogus'], { env: cleanEnv({ REDIS_URL: testRedisUrl() }) });
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe('borderwatch start: --role: expected all, worker or scheduler, got "bogus"');
});

test.each([['HTTP_PORT', 'eighty'], ['HTTP_PORT', '70000'], ['BORDERWATCH_ROLE', 'boss']])('start with %s=%s exits 2 naming the variable', async (name, value) => {
  const r = await runCli(['start'], { env: cleanEnv({ REDIS_URL: testRedisUrl(), [name]: value }) });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`^borderwatch: ${name}: expected .*got "${value}"`));
});

async function startAndStop(env: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-startlog-'));
  const prefix = uniquePrefix('startlog');
  prefixes.push(prefix);
  const cfg = path.join(dir, 'c.yaml');
  writeFileSync(cfg, `keyPrefix: "${prefix}"\nfeeds: []\n`);
  const child = spawn(process.execPath, [BIN, 'start', '--config', cfg], { cwd: dir, env: cleanEnv({ REDIS_URL: testRedisUrl(), HTTP_PORT: '0', LOG_LEVEL: 'info', ...env }) });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`not started: ${stderr}`)), 20_000);
    child.stderr.on('data', () => {
      if (/borderwatch started/.test(stderr)) {
        clearTimeout(t);
        resolve();
      }
    });
  });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  return stderr;
}

test('the startup log says which adapters run and why the others do not; /admin/queues only when on', async () => {
  const off = await startAndStop({ DISCORD_WEBHOOK_URL: 'https://discord.example/api/webhooks/1/x' });
  expect(off).toContain('"msg":"Discord: disabled, DISCORD_TOKEN not set; webhook deliveries (DISCORD_WEBHOOK_URL) on"');
  expect(off).toContain('"msg":"Slack: disabled, SLACK_BOT_TOKEN not set"');
  expect(off).toMatch(/"msg":"http: \/healthz \/metrics \(queue dashboard \/admin\/queues off: BULL_BOARD_USER and BULL_BOARD_PASSWORD not set\)"/);
  const on = await startAndStop({ BULL_BOARD_USER: 'ops', BULL_BOARD_PASSWORD: 'secret-pass' });
  expect(on).toContain('"msg":"http: /healthz /metrics /admin/queues"');
  expect(on).not.toContain('secret-pass');
});
