/**
 * /healthz reports each enabled platform adapter: the real service (startService on real Redis) with the real
 * discord.js client against the Discord stand-in and the real Bolt app (HTTP receiver) against the Slack one.
 * An enabled adapter that did not start makes /healthz 503, naming it and why.
 */
import { parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService, type Service } from '../../src/main';
import { closeTestRedis, deletePrefix, testRedis, testRedisUrl, uniquePrefix } from '../support/redis';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';

const SLACK_TOKEN = 'xoxb-health-test-token';
let discord: DiscordStandIn;
let slack: SlackStandIn;
const prefixes: string[] = [];

beforeAll(async () => {
  discord = await startDiscordStandIn();
  slack = await startSlackStandIn({ botTokens: [SLACK_TOKEN] });
});

afterAll(async () => {
  await discord.close();
  await slack.close();
  for (const p of prefixes) await deletePrefix(testRedis(), p);
  await closeTestRedis();
});

async function start(env: Record<string, string>): Promise<Service> {
  const prefix = uniquePrefix('health');
  prefixes.push(prefix);
  const config = parseConfig({ keyPrefix: prefix, feeds: [] });
  return startService({
    config,
    env: readEnv({ REDIS_URL: testRedisUrl(), HTTP_PORT: '0', DISCORD_API_BASE: discord.apiBase, DISCORD_APPLICATION_ID: discord.applicationId, SLACK_API_URL: slack.apiUrl, SLACK_SIGNING_SECRET: 'health-signing-secret', SLACK_SOCKET_MODE: 'false', SLACK_PORT: '0', ...env }),
    handleSignals: false,
    schedule: false,
    logger: createLogger({ level: 'silent' }),
  });
}

async function health(service: Service): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const r = await fetch(`${service.httpUrl}/healthz`);
  return { status: r.status, body: (await r.json()) as { status: string; checks: Record<string, string> } };
}

test('both adapters up: 200, each reported ok', async () => {
  const service = await start({ DISCORD_TOKEN: discord.botToken, SLACK_BOT_TOKEN: SLACK_TOKEN });
  try {
    const h = await health(service);
    expect(h.body.checks).toMatchObject({ redis: 'ok', workers: 'ok', discord: 'ok', slack: 'ok' });
    expect(h.status).toBe(200);
  } finally {
    await service.stop();
  }
});

test('the Discord bot did not start (token refused): 503 naming discord and why; Slack still ok', async () => {
  const service = await start({ DISCORD_TOKEN: 'not-the-stand-in-token.abcdef', SLACK_BOT_TOKEN: SLACK_TOKEN });
  try {
    const h = await health(service);
    expect(h.status).toBe(503);
    expect(h.body.status).toBe('unhealthy');
    expect(h.body.checks.discord).toMatch(/^did not start: Discord bot failed to start: /);
    expect(h.body.checks.slack).toBe('ok');
    expect(h.body.checks.redis).toBe('ok');
    expect(JSON.stringify(h.body)).not.toContain('not-the-stand-in-token');
  } finally {
    await service.stop();
  }
});

test('the Slack app did not start (auth.test refused): 503 naming slack', async () => {
  const service = await start({ SLACK_BOT_TOKEN: 'xoxb-revoked-health-token' });
  try {
    const h = await health(service);
    expect(h.status).toBe(503);
    expect(h.body.checks.slack).toMatch(/^did not start: slack: could not verify the bot token/);
    expect(h.body.checks).not.toHaveProperty('discord'); // not enabled: not reported
  } finally {
    await service.stop();
  }
});

test('adapters are not checked by a worker-only process (they run with the scheduler)', async () => {
  const service = await start({ DISCORD_TOKEN: 'not-the-stand-in-token.abcdef', BORDERWATCH_ROLE: 'worker' });
  try {
    const h = await health(service);
    expect(h.body.checks).not.toHaveProperty('discord');
    expect(h.status).toBe(200);
  } finally {
    await service.stop();
  }
});
