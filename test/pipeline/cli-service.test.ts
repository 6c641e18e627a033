/** CLI commands that talk to services: register-commands against the Discord stand-in; start without Redis. */
import { runCli, cleanEnv } from '../support/cli';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';

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
