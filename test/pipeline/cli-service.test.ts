/** CLI commands that talk to services: register-commands and run --once posting to the Discord stand-in; start without Redis. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, runCli, cleanEnv } from '../support/cli';
import { testRedisUrl, uniquePrefix } from '../support/redis';
import { listen } from '../support/http';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn } from '../support/slack-standin';

let discord: DiscordStandIn;
beforeAll(async () => {
  discord = await startDiscordStandIn();
});
afterAll(() => discord.close());

test('register-commands registers /border and /border-admin in the configured guild', async () => {
  const r = await runCli(['register-commands'], {
    env: cleanEnv({ DISCORD_TOKEN: discord.botToken, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_BASE: discord.apiBase, DISCORD_GUILD_ID: '900000000000000001' }),
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/registered Discord commands in guild 900000000000000001/);
  const put = discord.commandPuts.at(-1)!;
  expect(put.guildId).toBe('900000000000000001');
  expect(put.commands.map((c) => c.name).sort()).toEqual(['border', 'border-admin']);
  // The token never reaches output.
  expect(r.stdout + r.stderr).not.toContain(discord.botToken);
});

test('register-commands without credentials is a usage error', async () => {
  const r = await runCli(['register-commands']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
});

test('start without REDIS_URL fails fast and says why', async () => {
  const r = await runCli(['start']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/REDIS_URL is not set/);
});

test('run --once without --dry-run posts through the configured webhook (secret from the environment)', async () => {
  const feed = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(readFileSync(path.join(__dirname, '..', 'fixtures', 'pipeline', 'outlet-a.xml')));
  });
  try {
    const hook = discord.addWebhook('777777777777777777');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-send-'));
    const cfg = path.join(dir, 'c.yaml');
    writeFileSync(
      cfg,
      `fetch: { allowPrivateHosts: ["127.0.0.1"], maxItemAgeHours: 0 }\nofficial: { datasets: [] }\nfeeds: [{ name: Frontera Daily, url: "${feed.url}/a.xml" }]\nsubscriptions:\n  - { platform: discord, webhook: "env:DISCORD_WEBHOOK_URL", mode: digest, schedule: "0 8 * * *" }\n`,
    );
    const before = discord.messages.length;
    const r = await runCli(['run', '--once', '--config', cfg], { env: cleanEnv({ DISCORD_API_BASE: discord.apiBase, DISCORD_WEBHOOK_URL: hook.url }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sent [1-9]\d* message\(s\), 0 failed/);
    const posted = discord.messages.slice(before);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(posted.every((m) => m.via === 'webhook' && m.channelId === '777777777777777777')).toBe(true);
    expect(r.stdout + r.stderr).not.toContain(hook.token);
  } finally {
    await feed.close();
  }
});

test('start runs the service and SIGTERM shuts it down cleanly', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-start-'));
  const cfg = path.join(dir, 'c.yaml');
  writeFileSync(cfg, `keyPrefix: "${uniquePrefix('start')}"\nfeeds: []\n`);
  const child = spawn(process.execPath, [BIN, 'start', '--config', cfg], { cwd: dir, env: cleanEnv({ REDIS_URL: testRedisUrl(), HTTP_PORT: '0', LOG_LEVEL: 'info' }) });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  while (!/borderwatch started/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(stderr).toMatch(/borderwatch started/);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(stderr).toMatch(/"msg":"stopped"/);
});

describe('a port that is in use: exit 2 naming the port and where it came from, no stack trace', () => {
  let occupied: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    occupied = await listen((_req, res) => res.end('someone else'));
  });
  afterAll(() => occupied.close());

  function configFile(extra = ''): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-port-'));
    const cfg = path.join(dir, 'c.yaml');
    writeFileSync(cfg, `keyPrefix: "${uniquePrefix('port')}"\nfeeds: []\n${extra}`);
    return cfg;
  }

  function expectCleanRefusal(r: { code: number | null; stderr: string }, message: string): void {
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`borderwatch: ${message}\n`);
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled 'error' event|EADDRINUSE/);
  }

  test('HTTP_PORT', async () => {
    const r = await runCli(['start', '--config', configFile()], { env: cleanEnv({ REDIS_URL: testRedisUrl(), HTTP_PORT: String(occupied.port) }), timeoutMs: 20_000 });
    expectCleanRefusal(r, `port ${occupied.port} is in use (HTTP_PORT)`);
  });

  test('http.port in the configuration', async () => {
    const r = await runCli(['start', '--config', configFile(`http: { port: ${occupied.port} }\n`)], { env: cleanEnv({ REDIS_URL: testRedisUrl() }), timeoutMs: 20_000 });
    expectCleanRefusal(r, `port ${occupied.port} is in use (http.port in the configuration)`);
  });

  test('SLACK_PORT of the Slack HTTP receiver', async () => {
    const slack = await startSlackStandIn({ botTokens: ['xoxb-port-test'] });
    try {
      const r = await runCli(['start', '--config', configFile()], {
        env: cleanEnv({
          REDIS_URL: testRedisUrl(),
          HTTP_PORT: '0',
          SLACK_BOT_TOKEN: 'xoxb-port-test',
          SLACK_SIGNING_SECRET: 'port-test-signing-secret',
          SLACK_SOCKET_MODE: 'false',
          SLACK_API_URL: slack.apiUrl,
          SLACK_PORT: String(occupied.port),
        }),
        timeoutMs: 20_000,
      });
      expectCleanRefusal(r, `port ${occupied.port} is in use (SLACK_PORT)`);
    } finally {
      await slack.close();
    }
  });
});
