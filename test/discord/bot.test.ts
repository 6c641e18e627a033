/**
 * The real discord.js Client against the local stand-in: gateway login, command registration,
 * and slash commands answered end to end (defer → handler → @original edit).
 */
import { Routes } from 'discord.js';
import type { CommandRequest, CommandReply } from '../../src/commands/types';
import { ADMIN_COMMANDS } from '../../src/commands/types';
import { startDiscordBot, type DiscordBot } from '../../src/platforms/discord/bot';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';

const MANAGE_GUILD = (1n << 5n).toString();
const CONFIGURED_ADMIN = '600000000000000077';

describe('Discord bot through discord.js against the stand-in', () => {
  let standIn: DiscordStandIn;
  let bot: DiscordBot;
  const seen: CommandRequest[] = [];
  const logged: unknown[][] = [];

  /** A small real app boundary: echoes the request; refuses admin commands to non-admins; throws on demand. */
  async function handler(req: CommandRequest): Promise<CommandReply> {
    seen.push(req);
    if (req.name === 'stories' && req.args[0] === 'explode') throw new Error('database exploded at /secret/path');
    if (ADMIN_COMMANDS.has(req.name) && !req.isAdmin) {
      return { ephemeral: true, error: true, lines: [{ text: 'Only server admins can do that.' }] };
    }
    return {
      ephemeral: req.name !== 'latest',
      title: `${req.name} @everyone`,
      lines: [{ text: `args: ${req.args.join(', ')}` }, { text: '**bold** <@123>', url: 'https://example.com/a(b)' }],
      footer: 'borderwatch',
    };
  }

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 300 });
    bot = await startDiscordBot({
      token: standIn.botToken,
      apiBase: standIn.apiBase,
      guildId: '800000000000000001',
      adminUserIds: [CONFIGURED_ADMIN],
      handler,
      logger: { info: () => {}, warn: (...a) => logged.push(a), error: (...a) => logged.push(a) },
    });
  });

  afterAll(async () => {
    await bot?.close();
    await standIn?.close();
  });

  test('logs in over the gateway: HELLO, IDENTIFY with the token and intent Guilds, READY', async () => {
    expect(standIn.identifies).toHaveLength(1);
    expect(standIn.identifies[0].token).toBe(standIn.botToken);
    expect(standIn.identifies[0].intents).toBe(1); // GatewayIntentBits.Guilds
    expect(standIn.gatewayQueries[0]).toContain('v=10');
    expect(standIn.gatewayQueries[0]).toContain('encoding=json');
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.application?.id).toBe(standIn.applicationId);
    await standIn.waitFor(() => standIn.heartbeats >= 1);
    // The client's REST speaks to the stand-in too.
    expect(await bot.client.rest.get(Routes.user())).toMatchObject({ id: standIn.botUserId, bot: true });
    expect(await bot.client.rest.get(Routes.currentApplication())).toMatchObject({ id: standIn.applicationId });
  });

  test('registers /border and /border-admin guild-scoped, admin command gated by Manage Server', () => {
    expect(standIn.commandPuts).toHaveLength(1);
    const put = standIn.commandPuts[0];
    expect(put.guildId).toBe('800000000000000001');
    expect(put.applicationId).toBe(standIn.applicationId);
    const names = put.commands.map((c) => c.name);
    expect(names).toEqual(['border', 'border-admin']);
    const admin = put.commands.find((c) => c.name === 'border-admin')!;
    expect(admin.default_member_permissions).toBe(MANAGE_GUILD);
    const border = put.commands.find((c) => c.name === 'border')!;
    expect(border.default_member_permissions ?? null).toBeNull();
  });

  test('/border latest: deferred callback, then the reply arrives as an @original edit', async () => {
    const { id } = standIn.dispatchInteraction({ command: 'border', path: ['latest'], options: { metric: 'encounters' } });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'edit-original'));
    const calls = standIn.callsFor(id);
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit-original']);
    expect(calls[0].body).toMatchObject({ type: 5 }); // DeferredChannelMessageWithSource
    expect(((calls[0].body!.data as { flags?: number }).flags ?? 0) & 64).toBe(0); // latest is public
    const edit = calls[1].body!;
    expect(edit.allowed_mentions).toEqual({ parse: [] });
    const embed = (edit.embeds as Array<Record<string, unknown>>)[0];
    expect(embed.title).not.toContain('@everyone');
    expect(embed.title).toContain('@\u200beveryone');
    expect(embed.description).toContain('args: encounters');
    expect(embed.description).not.toContain('**bold**');
    expect(embed.description).not.toContain('<@123>');
    expect(embed.description).toContain('(https://example.com/a%28b%29)');
    const req = seen.find((r) => r.name === 'latest')!;
    expect(req).toMatchObject({ platform: 'discord', channelId: '700000000000000001', workspaceId: '800000000000000001', args: ['encounters'] });
  });

  test('ephemeral replies are deferred with the Ephemeral flag', async () => {
    const { id } = standIn.dispatchInteraction({ command: 'border', path: ['subscribe'], options: { mode: 'digest', schedule: '08:00', timezone: 'America/Chicago' } });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'edit-original'));
    const [callback] = standIn.callsFor(id);
    expect((callback.body!.data as { flags: number }).flags & 64).toBe(64);
    expect(seen.at(-1)).toMatchObject({ name: 'subscribe', args: ['digest', '08:00', 'America/Chicago'] });
  });

  test("a non-admin's /border-admin feeds add is refused; a Manage Server member's passes", async () => {
    const refused = standIn.dispatchInteraction({
      command: 'border-admin',
      path: ['feeds', 'add'],
      options: { url: 'https://news.example/feed.xml', name: 'Example' },
      permissions: '0',
      userId: '600000000000000002',
    });
    await standIn.waitFor(() => standIn.callsFor(refused.id).some((c) => c.kind === 'edit-original'));
    const refusedReq = seen.at(-1)!;
    expect(refusedReq).toMatchObject({ name: 'feeds', isAdmin: false, args: ['add', 'https://news.example/feed.xml', 'Example'] });
    const refusedEmbed = (standIn.callsFor(refused.id)[1].body!.embeds as Array<{ description: string }>)[0];
    expect(refusedEmbed.description).toContain('Only server admins');

    const allowed = standIn.dispatchInteraction({
      command: 'border-admin',
      path: ['feeds', 'add'],
      options: { url: 'https://news.example/feed.xml' },
      permissions: (BigInt(MANAGE_GUILD) | 1n).toString(),
      userId: '600000000000000003',
    });
    await standIn.waitFor(() => standIn.callsFor(allowed.id).some((c) => c.kind === 'edit-original'));
    expect(seen.at(-1)).toMatchObject({ name: 'feeds', isAdmin: true, userId: '600000000000000003' });
    const allowedEmbed = (standIn.callsFor(allowed.id)[1].body!.embeds as Array<{ description: string }>)[0];
    expect(allowedEmbed.description).toContain('args: add, https://news.example/feed.xml');
  });

  test('a configured admin user id is an admin without Manage Server', async () => {
    const { id } = standIn.dispatchInteraction({ command: 'border-admin', path: ['status'], permissions: '0', userId: CONFIGURED_ADMIN });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'edit-original'));
    expect(seen.at(-1)).toMatchObject({ name: 'status', isAdmin: true, args: [] });
  });

  test('an ephemeral reply to a public command replaces the public placeholder with a private follow-up', async () => {
    // `stories` defers publicly; the handler answers ephemeral for everything but `latest`.
    const { id } = standIn.dispatchInteraction({ command: 'border', path: ['stories'], options: { query: 'asylum ruling' } });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'follow-up'));
    const calls = standIn.callsFor(id);
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'delete-original', 'follow-up']);
    expect(calls[2].body!.flags).toBe(64);
    expect(seen.at(-1)).toMatchObject({ name: 'stories', args: ['asylum ruling'] });
  });

  test('a handler exception becomes a short error reply without the exception text', async () => {
    const { id } = standIn.dispatchInteraction({ command: 'border', path: ['stories'], options: { query: 'explode' } });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'follow-up'));
    const text = JSON.stringify(standIn.callsFor(id).map((c) => c.body));
    expect(text).toContain('Something went wrong');
    expect(text).not.toContain('database exploded');
    expect(text).not.toContain('/secret/path');
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.stringify(logged)).toContain('database exploded');
    expect(JSON.stringify(logged)).not.toContain(standIn.botToken);
  });

  test('arguments the model cannot express get a usage reply and never reach the handler', async () => {
    const before = seen.length;
    const { id } = standIn.dispatchInteraction({ command: 'border', path: ['subscribe'], options: { timezone: 'America/Chicago' } });
    await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === 'edit-original'));
    expect(seen.length).toBe(before);
    const [callback, edit] = standIn.callsFor(id);
    expect((callback.body!.data as { flags: number }).flags & 64).toBe(64);
    expect(JSON.stringify(edit.body)).toContain('Give a schedule together with the timezone');
  });
});

describe('Discord bot command scope', () => {
  test('without a guild id the commands are registered globally', async () => {
    const standIn = await startDiscordStandIn();
    const bot = await startDiscordBot({ token: standIn.botToken, apiBase: standIn.apiBase, adminUserIds: [], handler: async () => ({ ephemeral: true, lines: [] }) });
    try {
      expect(standIn.commandPuts).toHaveLength(1);
      expect(standIn.commandPuts[0].guildId).toBeUndefined();
      expect(standIn.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/commands`)).toBe(true);
    } finally {
      await bot.close();
      await standIn.close();
    }
  });

  test('a wrong token fails to start, and the error does not contain the token', async () => {
    const standIn = await startDiscordStandIn();
    const wrong = 'wrong-token.abcdefghijklmnop';
    try {
      const err = await startDiscordBot({ token: wrong, apiBase: standIn.apiBase, adminUserIds: [], handler: async () => ({ ephemeral: true, lines: [] }) }).then(
        () => null,
        (e: Error) => e,
      );
      expect(err).toBeInstanceOf(Error);
      expect(err!.message).toMatch(/failed to start/);
      expect(err!.message).not.toContain(wrong);
      expect(standIn.identifies).toHaveLength(0);
    } finally {
      await standIn.close();
    }
  });
});
