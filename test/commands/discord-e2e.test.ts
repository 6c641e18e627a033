/**
 * /border end to end on Discord: the real discord.js Client (gateway + REST) against the local stand-in,
 * the real neutral handler, and the Redis stores. What the channel sees and what gets stored.
 */
import type { Redis } from 'ioredis';
import { createCommandHandler } from '../../src/commands/handlers';
import { startDiscordBot, type DiscordBot } from '../../src/platforms/discord/bot';
import type { PipelineStores } from '../../src/pipeline/pipeline';
import { createRedisStores } from '../../src/store/redis';
import { startDiscordStandIn, type DiscordStandIn, type RecordedInteractionCall } from '../support/discord-standin';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { figure, figureEntry, memoryLogger, testConfig } from './fixtures';

const MANAGE_GUILD = (1n << 5n).toString();
const CHANNEL = '700000000000000042';

let standIn: DiscordStandIn;
let bot: DiscordBot;
let redis: Redis;
let prefix: string;
let stores: PipelineStores;

type Embed = { title?: string; description?: string };

/** Waits until the interaction has its final answer; returns its calls in order. */
async function finished(id: string, last: RecordedInteractionCall['kind']): Promise<RecordedInteractionCall[]> {
  await standIn.waitFor(() => standIn.callsFor(id).some((c) => c.kind === last));
  return standIn.callsFor(id);
}

const embedOf = (call: RecordedInteractionCall): Embed => (call.body!.embeds as Embed[])[0]!;
const isEphemeralFlag = (flags: unknown) => ((Number(flags) || 0) & 64) === 64;

beforeAll(async () => {
  redis = testRedis();
  prefix = uniquePrefix('cmd-discord');
  stores = createRedisStores(redis, prefix);
  const config = testConfig();
  standIn = await startDiscordStandIn({ heartbeatIntervalMs: 500 });
  bot = await startDiscordBot({
    token: standIn.botToken,
    apiBase: standIn.apiBase,
    guildId: '800000000000000001',
    adminUserIds: config.admins.discordUserIds,
    handler: createCommandHandler({ config, stores, logger: memoryLogger().logger }),
  });
});

afterAll(async () => {
  await bot?.close();
  await standIn?.close();
  await deletePrefix(redis, prefix);
  await closeTestRedis();
});

test('/border subscribe digest "0 8 * * *" America/Chicago: stored; the confirmation is public', async () => {
  const { id } = standIn.dispatchInteraction({
    command: 'border',
    path: ['subscribe'],
    options: { mode: 'digest', schedule: '0 8 * * *', timezone: 'America/Chicago' },
    channelId: CHANNEL,
  });
  const calls = await finished(id, 'follow-up');
  expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit-original', 'follow-up']);
  // Deferred privately (a usage error would stay private), then posted for the channel.
  expect(isEphemeralFlag((calls[0].body!.data as { flags?: number }).flags)).toBe(true);
  const followUp = calls[2];
  expect(isEphemeralFlag(followUp.body!.flags)).toBe(false);
  expect(embedOf(followUp).description).toContain('a digest on "0 8 \\* \\* \\*" (America/Chicago)');

  expect(await stores.subscriptions.get(`discord-${CHANNEL}`)).toMatchObject({
    platform: 'discord',
    channel: CHANNEL,
    mode: 'digest',
    schedule: '0 8 * * *',
    timezone: 'America/Chicago',
  });
});

test('/border subscribe with a bad schedule: a private usage message, nothing stored', async () => {
  const { id } = standIn.dispatchInteraction({ command: 'border', path: ['subscribe'], options: { mode: 'digest', schedule: 'whenever', timezone: 'UTC' }, channelId: '700000000000000043' });
  const calls = await finished(id, 'edit-original');
  expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit-original']);
  expect(embedOf(calls[1]).title).toBe('Usage');
  expect(embedOf(calls[1]).description).toContain('Bad schedule');
  expect(await stores.subscriptions.get('discord-700000000000000043')).toBeUndefined();
});

test('/border latest shows a figure recorded in the store, with its link', async () => {
  await stores.figures.record(figureEntry(figure({ value: 240_000, qualifier: null, text: '240,000 encounters', period: '2023-10' }), { published: '2023-11-14T12:00:00Z' }));
  await stores.figures.record(figureEntry(figure({ value: 190_000, period: '2023-11' }), { storyTitle: 'November encounters fall', published: '2023-12-15T12:00:00Z' }));
  const { id } = standIn.dispatchInteraction({ command: 'border', path: ['latest'], channelId: CHANNEL });
  const calls = await finished(id, 'edit-original');
  expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit-original']);
  expect(isEphemeralFlag((calls[0].body!.data as { flags?: number }).flags)).toBe(false);
  const embed = embedOf(calls[1]);
  expect(embed.title).toBe('Latest numbers');
  expect(embed.description).toContain('more than 190,000 encounters');
  expect(embed.description).toContain('−50,000 vs Oct 2023');
  expect(embed.description).toContain('(https://news.example/2023-11/190000)');
});

test("a non-admin's /border-admin feeds add is refused; nothing is fetched or stored", async () => {
  const { id } = standIn.dispatchInteraction({
    command: 'border-admin',
    path: ['feeds', 'add'],
    options: { url: 'http://10.0.0.1/feed.xml', name: 'Sneaky' },
    permissions: '0',
    userId: '600000000000000002',
    channelId: CHANNEL,
  });
  const calls = await finished(id, 'edit-original');
  expect(isEphemeralFlag((calls[0].body!.data as { flags?: number }).flags)).toBe(true);
  const embed = embedOf(calls[1]);
  expect(embed.title).toBe('Not allowed');
  expect(embed.description).toContain('admins only');
  expect(embed.description).toContain('Manage Server');
  expect((await stores.adminEdits.get()).feedsAdded).toEqual([]);
});

test("a Manage Server member's /border-admin keywords add \"border wall\" is stored in the admin edits", async () => {
  const { id } = standIn.dispatchInteraction({
    command: 'border-admin',
    path: ['keywords', 'add'],
    options: { query: '"border wall"' },
    permissions: (BigInt(MANAGE_GUILD) | 1n).toString(),
    userId: '600000000000000003',
    channelId: CHANNEL,
  });
  const calls = await finished(id, 'edit-original');
  expect(calls.map((c) => c.kind)).toEqual(['callback', 'edit-original']);
  expect(embedOf(calls[1]).title).toBe('Keyword rule added');
  expect((await stores.adminEdits.get()).rulesAdded).toEqual(['"border wall"']);

  // And the list (also private) shows it next to the config rules.
  const list = standIn.dispatchInteraction({ command: 'border-admin', path: ['keywords', 'list'], permissions: MANAGE_GUILD, channelId: CHANNEL });
  const listCalls = await finished(list.id, 'edit-original');
  expect(embedOf(listCalls[1]).description).toContain('admin-1: "border wall"');

  // The page option (an integer) reaches the handler: there is no page 7 of this short list.
  const page = standIn.dispatchInteraction({ command: 'border-admin', path: ['keywords', 'list'], options: { page: 7 }, permissions: MANAGE_GUILD, channelId: CHANNEL });
  const pageCalls = await finished(page.id, 'edit-original');
  expect(embedOf(pageCalls[1]).description).toContain('"7" is not one of them');
  expect(embedOf(pageCalls[1]).description).toContain('keywords list \\[page\\] \\| add <rule>'); // escaped markdown, placeholder kept
});

test('a Spanish Discord client (locale es-419) gets its reply in Spanish, and its subscription is Spanish', async () => {
  const help = standIn.dispatchInteraction({ command: 'border', path: ['help'], locale: 'es-419', channelId: '700000000000000077' });
  const helpCalls = await finished(help.id, 'edit-original');
  expect(embedOf(helpCalls[1]).title).toBe('comandos de borderwatch');
  expect(embedOf(helpCalls[1]).description).toContain('/border cifras \\[métrica\\]');
  const sub = standIn.dispatchInteraction({ command: 'border', path: ['subscribe'], options: { mode: 'instant' }, locale: 'es-ES', channelId: '700000000000000077' });
  const subCalls = await finished(sub.id, 'follow-up');
  expect(embedOf(subCalls.find((c) => c.kind === 'edit-original')!).description).toBe('Hecho: la respuesta está publicada en el canal.');
  expect(embedOf(subCalls.find((c) => c.kind === 'follow-up')!).description).toBe('Este canal recibirá una alerta al instante por cada noticia nueva.');
  const stored = (await stores.subscriptions.list()).find((s) => s.channel === '700000000000000077');
  expect(stored).toMatchObject({ language: 'es', workspace: '800000000000000001' });
});

test('/border-admin subscriptions list | resume <id>: a paused webhook subscription is listed, then resumed', async () => {
  await stores.subscriptions.put({
    id: 'discord-webhook-3',
    platform: 'discord',
    webhook: 'env:DISCORD_WEBHOOK_URL',
    mode: 'digest',
    schedule: '0 8 * * *',
    timezone: 'UTC',
    postEmpty: false,
    paused: { at: '2023-12-19T09:30:00.000Z', reason: 'Unknown Webhook (10015)', kind: 'delivery-error' },
  });
  // A member without Manage Server (the command re-granted to everyone, say) is refused; nothing changes.
  const refused = standIn.dispatchInteraction({ command: 'border-admin', path: ['subscriptions', 'resume'], options: { id: 'discord-webhook-3' }, permissions: '0', userId: '600000000000000002', channelId: CHANNEL });
  expect(embedOf((await finished(refused.id, 'edit-original'))[1]).title).toBe('Not allowed');
  expect((await stores.subscriptions.get('discord-webhook-3'))?.paused).toBeDefined();

  const list = standIn.dispatchInteraction({ command: 'border-admin', path: ['subscriptions', 'list'], permissions: MANAGE_GUILD, channelId: CHANNEL });
  const listCalls = await finished(list.id, 'edit-original');
  expect(isEphemeralFlag((listCalls[0].body!.data as { flags?: number }).flags)).toBe(true);
  const listed = embedOf(listCalls[1]);
  expect(listed.title).toMatch(/^Subscriptions \(\d+, 1 paused\)$/);
  expect(listed.description).toContain('discord-webhook-3 — discord webhook:discord-webhook-3');
  expect(listed.description).toContain('Unknown Webhook (10015)');

  const resume = standIn.dispatchInteraction({ command: 'border-admin', path: ['subscriptions', 'resume'], options: { id: 'discord-webhook-3' }, permissions: MANAGE_GUILD, channelId: CHANNEL });
  const calls = await finished(resume.id, 'edit-original');
  expect(embedOf(calls[1]).title).toBe('Subscription resumed');
  expect(embedOf(calls[1]).description).toContain('Resumed discord-webhook-3');
  expect((await stores.subscriptions.get('discord-webhook-3'))?.paused).toBeUndefined();
});
