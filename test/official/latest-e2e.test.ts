/**
 * /border latest answered from the official data on both platforms: the real discord.js bot and Bolt app against
 * the stand-ins, the real handler over Redis stores holding two releases. The chart arrives as a Discord
 * multipart attachment and as a Slack files upload; both are decoded as PNGs.
 */
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createCommandHandler } from '../../src/commands/handlers';
import { startDiscordBot, type DiscordBot } from '../../src/platforms/discord/bot';
import { createSlackApp, type SlackAppHandle } from '../../src/platforms/slack/app';
import type { PipelineStores } from '../../src/pipeline/pipeline';
import { createRedisStores } from '../../src/store/redis';
import { startDiscordStandIn, type DiscordStandIn, type RecordedInteractionCall } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { figure, figureEntry, memoryLogger, testConfig } from '../commands/fixtures';
import { fixtureRelease } from './store-contract';
import { NOV_AOR, OCT_AOR } from './fixtures';
import { decodePng } from './png';

const CHANNEL = '700000000000000077';
const BOT_TOKEN = 'xoxb-official-latest';
const SIGNING_SECRET = 'official-signing-secret-0123';

let redis: Redis;
let prefix: string;
let stores: PipelineStores;
let discord: DiscordStandIn;
let bot: DiscordBot;
let slack: SlackStandIn;
let app: SlackAppHandle;
let eventsUrl: string;
let calls = 0;

beforeAll(async () => {
  redis = testRedis();
  prefix = uniquePrefix('official-latest');
  stores = createRedisStores(redis, prefix);
  await stores.official!.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z'));
  await stores.official!.putRelease({ ...(await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z')), page: 'https://www.cbp.gov/document/stats/nationwide-encounters' });
  await stores.figures.record(figureEntry(figure({ value: 180_000, qualifier: 'nearly', text: 'nearly 180,000 encounters', period: '2025-11' }), { published: '2025-12-15T12:00:00Z' }));
  const config = testConfig({ official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: 'https://www.cbp.gov/document/stats/nationwide-encounters' }] } });
  const handler = createCommandHandler({ config, stores, logger: memoryLogger().logger });
  discord = await startDiscordStandIn({ heartbeatIntervalMs: 500 });
  bot = await startDiscordBot({ token: discord.botToken, apiBase: discord.apiBase, guildId: '800000000000000001', adminUserIds: [], handler });
  slack = await startSlackStandIn({ botTokens: [BOT_TOKEN], users: { U0MEMBER: {} } });
  app = createSlackApp({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, socketMode: false, apiUrl: slack.apiUrl, port: 0, host: '127.0.0.1', adminUserIds: [], logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }, handler });
  eventsUrl = `http://127.0.0.1:${(await app.start()).port}/slack/events`;
});

afterAll(async () => {
  await bot?.close();
  await discord?.close();
  await app?.stop();
  await slack?.close();
  await deletePrefix(redis, prefix);
  await closeTestRedis();
});

async function discordLatest(metric?: string): Promise<RecordedInteractionCall> {
  const { id } = discord.dispatchInteraction({ command: 'border', path: ['latest'], options: metric ? { metric } : {}, channelId: CHANNEL });
  await discord.waitFor(() => discord.callsFor(id).some((c) => c.kind === 'edit-original'));
  return discord.callsFor(id).find((c) => c.kind === 'edit-original')!;
}

async function slash(text: string): Promise<{ response_type: string; text: string; blocks: unknown[] }> {
  const responseId = `r${++calls}`;
  const body = new URLSearchParams({ token: 'legacy', team_id: 'T0STANDIN', channel_id: 'C0NEWS', user_id: 'U0MEMBER', command: '/border', text, response_url: slack.responseUrl(responseId), trigger_id: '1.2.3' }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const res = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body });
  expect(res.status).toBe(200);
  return (await slack.waitFor(() => slack.responses.find((r) => r.id === responseId))).body as { response_type: string; text: string; blocks: unknown[] };
}

test('Discord: /border latest leads with the official numbers, then the news figures, with the chart attached', async () => {
  const edit = await discordLatest();
  const embed = (edit.body!.embeds as Array<{ title?: string; description?: string; footer?: { text: string }; image?: { url: string } }>)[0]!;
  const d = embed.description!;
  expect(d).toMatch(/^\[Official numbers for Nov 2025 \(CBP, released 2025-12-12\)\]\(<?https:\/\/www\.cbp\.gov\/document\/stats\/nationwide-encounters>?\)/);
  expect(d).toContain('Southwest border encounters: 175,660 (−3,648 (−2.0%) vs Oct 2025; +5,034 (+3.0%) vs Nov 2024)');
  expect(d).toContain('Nationwide encounters: 192,768');
  expect(d).toContain('Border Patrol apprehensions (southwest, between ports of entry): 143,891');
  expect(d).toContain('Encounters at southwest ports of entry: 31,769');
  expect(d).toContain('Revised: Southwest border encounters for Oct 2025 now 179,308 (was 178,074)');
  expect(d.indexOf('Newest figures in the news:')).toBeGreaterThan(d.indexOf('Encounters at southwest ports of entry'));
  expect(d).toContain('nearly 180,000 encounters');
  expect(embed.footer?.text).toMatch(/^Source: CBP, Nationwide Encounters, released 2025-12-12/);
  // The chart: a multipart upload the embed points at.
  expect(edit.files).toHaveLength(1);
  expect(edit.files![0]!.name).toBe('cbp-nationwide.southwest.all.png');
  expect(embed.image?.url).toBe('attachment://cbp-nationwide.southwest.all.png');
  const png = decodePng(edit.files![0]!.data);
  expect(png.width).toBe(720);
  expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.1);
});

test('Discord: /border latest encounters by citizenship — a breakdown of the newest month', async () => {
  const edit = await discordLatest('encounters by citizenship');
  const d = (edit.body!.embeds as Array<{ description?: string }>)[0]!.description!;
  expect(d).toContain('Southwest border encounters: 175,660');
  expect(d).toMatch(/• MEXICO: [\d,]+ \(\d+\.\d%\)/);
  expect(d).toContain('• CHINA, PEOPLES REPUBLIC OF:');
  expect(d).not.toContain('Newest figures in the news');
  expect(edit.files).toHaveLength(1);
});

test('Slack: /border latest answers in the channel and uploads the chart through the files API', async () => {
  const before = slack.uploads.length;
  const body = await slash('latest');
  expect(body.response_type).toBe('in_channel');
  const text = JSON.stringify(body.blocks);
  expect(text).toContain('Southwest border encounters: 175,660');
  expect(text).toContain('<https://www.cbp.gov/document/stats/nationwide-encounters|Official numbers for Nov 2025 (CBP, released 2025-12-12)>');
  const upload = await slack.waitFor(() => slack.uploads[before]);
  expect(upload).toMatchObject({ filename: 'cbp-nationwide.southwest.all.png', channel_id: 'C0NEWS', title: 'Southwest border encounters, last 13 months to Nov 2025' });
  expect(decodePng(upload.data).width).toBe(720);
  expect(slack.calls('files.getUploadURLExternal')).toBeGreaterThan(0);
});

test('Slack: breakdowns by sector and by component; a bad breakdown is a private usage message', async () => {
  const sectors = JSON.stringify((await slash('latest apprehensions by sector')).blocks);
  expect(sectors).toContain('Southwest border Border Patrol encounters (between ports of entry): 143,891');
  expect(sectors).toMatch(/• Tucson Sector: [\d,]+ \(\d+\.\d%\)/);
  expect(sectors).not.toContain('Field Office');
  const comp = JSON.stringify((await slash('latest nationwide encounters by component')).blocks);
  expect(comp).toContain('Nationwide encounters: 192,768');
  expect(comp).toContain('• Nationwide Border Patrol encounters (between ports of entry): 146,331 (75.9%)');
  expect(comp).toContain('• Nationwide encounters at ports of entry (Field Operations): 46,437 (24.1%)');
  const bad = await slash('latest encounters by weather');
  expect(bad.response_type).toBe('ephemeral');
  expect(JSON.stringify(bad.blocks)).toContain('Unknown breakdown \\"weather\\"');
});
