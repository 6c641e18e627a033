/** The Pipeline's decisions with memory stores and a local feed server: no Redis, no platforms. */
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { createLogger } from '../../src/log';
import { Pipeline } from '../../src/pipeline/pipeline';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { createMemoryStores } from '../../src/store/memory';
import { AdminAlerts } from '../../src/delivery/admin-alerts';
import type { Delivery } from '../../src/pipeline/pipeline';
import type { FeedItem, Story } from '../../src/model';
import { listen } from '../support/http';
import { dedupKeys } from '../../src/stories/fingerprint';
import { fixtureRelease } from '../official/store-contract';
import { OCT_AOR } from '../official/fixtures';

const logger = createLogger({ level: 'silent' });
let server: Awaited<ReturnType<typeof listen>>;
let body = '';
let status = 200;

const item = (i: number, title: string, published = new Date(Date.UTC(2026, 10, 20, i)).toUTCString()) =>
  `<item><title>${title}</title><link>https://n.example/${i}</link><guid>g-${i}</guid><pubDate>${published}</pubDate><description>${title}.</description></item>`;
const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://n.example/</link><description>d</description>${items.join('')}</channel></rss>`;

beforeAll(async () => {
  server = await listen((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/rss+xml' });
    res.end(status === 200 ? body : 'down');
  });
});
afterAll(() => server.close());

function makeConfig(extra: Record<string, unknown> = {}): Config {
  return parseConfig({
    fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 3000, failingAfter: 2 },
    feeds: [{ name: 'News', url: `${server.url}/feed` }],
    keywords: { rules: [{ name: 'asylum', match: 'asylum' }, { name: 'deaths', match: 'dead OR deaths OR muertos' }], exclude: ['"border collie"'] },
    ...extra,
  });
}

const storyOf = (title: string): Story => ({ id: 's1', title, url: 'https://n.example/s', published: '2026-11-20T00:00:00Z', summary: title, figures: [], sources: [{ name: 'News', title, url: 'https://n.example/s' }] });

test('service mode: the first poll records every item as seen and returns only the newest `backfill`', async () => {
  body = rss([item(1, 'Asylum one'), item(3, 'Asylum three'), item(2, 'Asylum two')]);
  const config = makeConfig({ fetch: { allowPrivateHosts: ['127.0.0.1'], backfill: 1 } });
  const stores = createMemoryStores();
  const p = new Pipeline(config, stores, logger, 'service');
  const first = await p.poll(config.feeds[0]!);
  expect(first.items.map((i) => i.title)).toEqual(['Asylum three']);
  expect((await stores.feedState.get(config.feeds[0]!.url))?.initialized).toBe(true);
  // The seeded items are duplicates when processed later; the backfilled one is new.
  const all = [...first.items];
  body = rss([item(1, 'Asylum one'), item(3, 'Asylum three'), item(2, 'Asylum two'), item(4, 'Asylum four')]);
  all.push(...(await p.poll(config.feeds[0]!)).items);
  const kinds: Record<string, string> = {};
  for (const it of all) {
    const kind = (await p.process(it)).kind;
    kinds[it.title] ??= kind; // the second poll lists "three" again: the first processing is the one that counts
  }
  expect(kinds['Asylum three']).toBe('new');
  expect(kinds['Asylum four']).toBe('new');
  expect((await p.process({ ...all.find((i) => i.title === 'Asylum three')!, id: 'g-3-republished' })).kind).toBe('duplicate');
});

test('service mode: first-poll items become quiet stories and figures (for /border stories and latest), never digested', async () => {
  body = rss([item(1, 'Asylum seekers: Border Patrol made 47,300 apprehensions in November'), item(2, 'Asylum shelters full')]);
  const config = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C1', mode: 'digest', schedule: '0 8 * * *', postEmpty: false }] });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service');
  const first = await p.poll(config.feeds[0]!);
  expect(first.items).toEqual([]);
  expect(first.quiet?.map((i) => i.title).sort()).toEqual(['Asylum seekers: Border Patrol made 47,300 apprehensions in November', 'Asylum shelters full']);
  // Without the quiet flag they are duplicates (already seen): nothing can alert them.
  expect((await p.process(first.quiet![0]!)).kind).toBe('duplicate');
  const results = [];
  for (const it of first.quiet!) results.push(await p.process(it, { quiet: true }));
  expect(results.map((r) => r.kind)).toEqual(['new', 'new']);
  const stories = await stores.stories.recent({ since: '2026-01-01T00:00:00Z', limit: 10 });
  expect(stories).toHaveLength(2);
  expect(stories.every((s) => s.quiet)).toBe(true);
  expect((await stores.figures.latest(undefined, 10)).map((l) => l.figure.value)).toContain(47300);
  const [sub] = await stores.subscriptions.list();
  expect(await p.digestDeliveries(sub!, { from: new Date(0), to: new Date() }, stories)).toEqual([]);
  // An item from a later poll about the same event does not hide in the quiet story: it is a new story (it alerts).
  body = rss([item(1, 'Asylum seekers: Border Patrol made 47,300 apprehensions in November'), item(2, 'Asylum shelters full'), `<item><title>Asylum shelters full, directors say</title><link>https://m.example/x</link><guid>m-1</guid><pubDate>${new Date(Date.UTC(2026, 10, 20, 3)).toUTCString()}</pubDate><description>Asylum shelters full.</description></item>`]);
  const second = await p.poll(config.feeds[0]!);
  expect(second.quiet).toBeUndefined();
  const merged = await p.process(second.items.find((i) => i.id.includes('m-1') || i.guid === 'm-1')!);
  expect(merged.kind).toBe('new');
  expect('story' in merged && merged.story.quiet).toBeFalsy();
});

test('once mode: every item counts as new, subject to the maximum age', async () => {
  const now = new Date('2026-11-21T00:00:00Z');
  body = rss([item(1, 'Asylum old', new Date('2026-11-01T00:00:00Z').toUTCString()), item(2, 'Asylum recent', new Date('2026-11-20T12:00:00Z').toUTCString())]);
  const config = makeConfig({ fetch: { allowPrivateHosts: ['127.0.0.1'], maxItemAgeHours: 48 } });
  const p = new Pipeline(config, createMemoryStores(), logger, 'once', () => now);
  const r = await p.poll(config.feeds[0]!);
  expect(r.items.map((i) => i.title)).toEqual(['Asylum recent']);
});

test('a failing feed: errors are values, failing after N, recovered after a success, admin alerts both ways', async () => {
  status = 500;
  const config = makeConfig({ adminAlerts: { platform: 'slack', channel: 'CADMIN' } });
  const stores = createMemoryStores();
  const sent: Delivery[] = [];
  const alerts = new AdminAlerts(config, async (d) => void sent.push(...d), logger);
  let clock = new Date('2026-11-21T00:00:00Z');
  const p = new Pipeline(config, stores, logger, 'service', () => clock);
  const r1 = await p.poll(config.feeds[0]!);
  expect(r1.report).toMatchObject({ status: 'error', items: 0 });
  expect(r1.report.error).toMatch(/500/);
  expect(r1.transition).toBeUndefined();
  clock = new Date(clock.getTime() + 3600_000);
  const r2 = await p.poll(config.feeds[0]!);
  expect(r2.transition).toBe('failing');
  await alerts.feedTransition(config.feeds[0]!, 'failing', r2.report.error);
  status = 200;
  body = rss([item(1, 'Asylum one')]);
  clock = new Date(clock.getTime() + 6 * 3600_000);
  const r3 = await p.poll(config.feeds[0]!);
  expect(r3.transition).toBe('recovered');
  await alerts.feedTransition(config.feeds[0]!, 'recovered');
  expect(sent.map((d) => String(d.messages[0]!.payload.text))).toEqual([expect.stringMatching(/News.*failing.*500/), expect.stringMatching(/News.*recovered/)]);
  expect(sent.every((d) => d.messages[0]!.target === 'CADMIN')).toBe(true);
});

test('relevance: global profile, exclusions, and a subscription that adds its own terms', async () => {
  const config = makeConfig({ subscriptions: [{ platform: 'discord', channel: '333333333333333333', mode: 'instant', keywords: { add: ['remittances'] } }, { platform: 'slack', channel: 'C2', mode: 'instant' }] });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service');
  const base: Omit<FeedItem, 'id' | 'title'> = { summary: '', feedUrl: 'u', feedName: 'News' };
  expect((await p.process({ ...base, id: '1', title: 'A border collie herds sheep' })).kind).toBe('irrelevant');
  expect((await p.process({ ...base, id: '2', title: 'Border collie rescue group hosts asylum fundraiser' })).kind).toBe('irrelevant');
  const r = await p.process({ ...base, id: '3', title: 'Remittances to Mexico hit a record', link: 'https://n.example/r' });
  expect(r.kind).toBe('new');
  const alerts = await p.alertDeliveries((r as { story: Story }).story);
  // Only the subscription that added "remittances" wants it.
  expect(alerts.map((d) => d.subscriptionId)).toEqual(['discord-333333333333333333']);
});

test('mentions only for stories matching the configured rules, and digests skip empty windows unless asked', async () => {
  const config = makeConfig({
    subscriptions: [
      { platform: 'discord', channel: '444444444444444444', mode: 'instant', mention: { id: '555555555555555555', rules: ['deaths'] } },
      { platform: 'slack', channel: 'C3', mode: 'digest', schedule: '0 8 * * *' },
      { platform: 'slack', channel: 'C4', mode: 'digest', schedule: '0 8 * * *', postEmpty: true },
    ],
  });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service');
  const pinged = await p.alertDeliveries({ ...storyOf('Three dead after crossing the Rio Grande'), matched: ['deaths'] });
  expect(pinged[0]!.messages[0]!.payload.allowed_mentions).toEqual({ parse: [], roles: ['555555555555555555'] });
  const quiet = await p.alertDeliveries({ ...storyOf('Asylum hearings resume'), matched: ['asylum'] });
  expect(quiet[0]!.messages[0]!.payload.allowed_mentions).toEqual({ parse: [] });
  const window = { from: new Date('2026-11-20T08:00:00Z'), to: new Date('2026-11-21T08:00:00Z') };
  const subs = await stores.subscriptions.list();
  expect(await p.digestDeliveries(subs.find((s) => s.channel === 'C3')!, window, [])).toEqual([]);
  const empty = await p.digestDeliveries(subs.find((s) => s.channel === 'C4')!, window, []);
  expect(empty).toHaveLength(1);
  expect(empty[0]!.messages[0]!.target).toBe('C4');
});

test('digest "By the numbers" reads the latest-figures store: the agency itself wins over an outlet quoting it', async () => {
  const config = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C5', mode: 'digest', schedule: '0 8 * * *' }] });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service', () => new Date('2023-12-16T00:00:00Z'));
  const base = { feedUrl: 'u', published: '2023-12-15T15:00:00Z' };
  // An outlet quoting a rounded number first, then the agency's own release with the exact one.
  const outlet = await p.process({ ...base, id: 'o1', feedName: 'Valley Ledger', link: 'https://ledger.example/cbp', title: 'Asylum: about 190,000 apprehensions in November, CBP says', summary: 'Border Patrol made about 190,000 apprehensions between ports of entry in November, CBP said.' });
  const agency = await p.process({ ...base, id: 'c1', feedName: 'CBP National Media Releases', link: 'https://www.cbp.gov/newsroom/november', published: '2023-12-15T16:00:00Z', title: 'CBP releases November 2023 monthly update on asylum and apprehensions', summary: 'U.S. Border Patrol recorded 191,113 apprehensions between ports of entry in November.' });
  expect(outlet.kind).not.toBe('irrelevant');
  expect(agency.kind).not.toBe('irrelevant');
  const stories = await stores.stories.recent({ since: '2023-12-01T00:00:00Z', limit: 10 });
  const sub = (await stores.subscriptions.list())[0]!;
  const [d] = await p.digestDeliveries(sub, { from: new Date('2023-12-15T00:00:00Z'), to: new Date('2023-12-16T00:00:00Z') }, stories);
  const blocks = (d!.messages[0]!.payload as { blocks: Array<{ type: string; text?: { text: string } }> }).blocks;
  const i = blocks.findIndex((b) => /By the numbers/.test(b.text?.text ?? ''));
  expect(i).toBeGreaterThanOrEqual(0);
  // The section after the heading up to the first story: only the agency's exact figure for the series.
  const numbers = blocks.slice(i, blocks.findIndex((b, j) => j > i && b.type === 'divider')).map((b) => b.text?.text ?? '').join('\n');
  expect(numbers).toContain('191,113');
  expect(numbers).not.toContain('190,000');
  const latest = await stores.figures.latest('apprehensions');
  expect(latest[0]!.figure.value).toBe(191113);
});

test('config-file subscriptions: run-time changes survive a restart until the file entry itself changes', async () => {
  const stores = createMemoryStores();
  const first = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C9', mode: 'digest', schedule: '0 8 * * *' }] });
  await seedSubscriptions(first, stores.subscriptions);
  const [sub] = await stores.subscriptions.list();
  // Changed at run time (as /border subscribe does), then a restart with the same file.
  await stores.subscriptions.put({ ...sub!, schedule: '0 18 * * *' });
  await seedSubscriptions(first, stores.subscriptions);
  expect((await stores.subscriptions.get(sub!.id))?.schedule).toBe('0 18 * * *');
  // A pause by a delivery error survives a restart with the same file…
  await stores.subscriptions.put({ ...(await stores.subscriptions.get(sub!.id))!, paused: { at: 'x', reason: 'Unknown Channel', kind: 'delivery-error' } });
  expect(await seedSubscriptions(first, stores.subscriptions)).toMatchObject({ resumed: [], paused: [{ id: sub!.id }] });
  expect((await stores.subscriptions.get(sub!.id))?.paused?.reason).toBe('Unknown Channel');
  // …and is lifted when the file entry changes (the operator fixed it there).
  const edited = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C9', mode: 'digest', schedule: '30 7 * * *' }] });
  expect(await seedSubscriptions(edited, stores.subscriptions)).toEqual({ resumed: [{ id: sub!.id, reason: 'Unknown Channel' }], paused: [] });
  const after = await stores.subscriptions.get(sub!.id);
  expect(after?.schedule).toBe('30 7 * * *');
  expect(after?.paused).toBeUndefined();
  // A pause from before pauses had a kind counts as a delivery error too.
  await stores.subscriptions.put({ ...after!, paused: { at: 'y', reason: 'Missing Access' } });
  await seedSubscriptions(makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C9', mode: 'digest', schedule: '45 7 * * *' }] }), stores.subscriptions);
  expect((await stores.subscriptions.get(sub!.id))?.paused).toBeUndefined();
});

test('config-file subscriptions: a pause someone chose (/border unsubscribe) is kept when the entry changes', async () => {
  const stores = createMemoryStores();
  const first = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C8', mode: 'instant' }] });
  await seedSubscriptions(first, stores.subscriptions);
  const [sub] = await stores.subscriptions.list();
  await stores.subscriptions.put({ ...sub!, paused: { at: 'x', reason: 'unsubscribed by U0ADMIN' } });
  const edited = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C8', mode: 'instant', postEmpty: true }] });
  const seeded = await seedSubscriptions(edited, stores.subscriptions);
  expect(seeded.resumed).toEqual([]);
  expect((await stores.subscriptions.get(sub!.id))?.paused?.reason).toBe('unsubscribed by U0ADMIN');
});

test('a processing job that stopped before its item was marked seen is replayed, not dropped as a duplicate', async () => {
  const config = makeConfig({ subscriptions: [{ platform: 'discord', channel: '666666666666666666', mode: 'instant' }] });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service');
  const base = { feedUrl: 'u', published: '2026-11-20T10:00:00Z', summary: 'Asylum seekers wait at the San Ysidro port of entry.' };
  const first: FeedItem = { ...base, id: 'r1', feedName: 'Outlet A', title: 'Asylum seekers wait at San Ysidro', link: 'https://a.example/r1' };
  const second: FeedItem = { ...base, id: 'r2', feedName: 'Outlet B', title: 'Asylum seekers wait at the San Ysidro port', link: 'https://b.example/r2' };
  // The worker's order: process without marking, queue the alerts, then mark. A crash in between: retry.
  const a1 = await p.process(first, { markSeen: false });
  const a2 = await p.process(first, { markSeen: false });
  expect(a1.kind).toBe('new');
  expect(a2.kind).toBe('new');
  expect((a2 as { story: Story }).story.id).toBe((a1 as { story: Story }).story.id);
  // Its alerts are the same deliveries (same ids), so queuing them again is harmless.
  expect((await p.alertDeliveries((a2 as { story: Story }).story)).map((d) => d.id)).toEqual((await p.alertDeliveries((a1 as { story: Story }).story)).map((d) => d.id));
  await p.markSeen(first);
  expect((await p.process(first)).kind).toBe('duplicate');
  // A merged source replays as merged (no alert), and once marked is a duplicate.
  expect((await p.process(second, { markSeen: false })).kind).toBe('merged');
  expect((await p.process(second, { markSeen: false })).kind).toBe('merged');
  await p.markSeen(second);
  expect((await p.process(second)).kind).toBe('duplicate');
  const story = await stores.stories.get((a1 as { story: Story }).story.id);
  expect(story?.sources.map((s) => s.name)).toEqual(['Outlet A', 'Outlet B']);
});

test('markSeen(item) after process(item, { markSeen: false }) records the keys of the item the caller holds, tracking parameters or not', async () => {
  const stores = createMemoryStores();
  const p = new Pipeline(makeConfig(), stores, logger, 'service');
  const base = { feedUrl: 'https://feeds.example/rss', feedName: 'Outlet A', published: '2026-11-20T10:00:00Z' };
  const plain: FeedItem = { ...base, id: 'p1', guid: 'p1', title: 'Asylum seekers wait at San Ysidro', summary: 'Families wait at the San Ysidro port of entry for appointments.', link: 'https://a.example/p1' };
  const tracked: FeedItem = {
    ...base, id: 't1', guid: 't1', title: 'Texas National Guard lays new buoys in the Rio Grande near Eagle Pass',
    summary: 'The state added a thousand feet of buoys where asylum seekers have tried to cross.', link: 'https://a.example/t1?utm_source=rss&utm_medium=feed',
  };
  for (const it of [plain, tracked]) {
    expect((await p.process(it, { markSeen: false })).kind).toBe('new');
    expect(await stores.seen.has(dedupKeys(it))).toBe(false);
    await p.markSeen(it);
    expect(await stores.seen.has(dedupKeys(it))).toBe(true);
    expect((await p.process(it)).kind).toBe('duplicate');
  }
  // The same article without the tracking parameters, under a new guid: its canonical URL was recorded.
  expect((await p.process({ ...tracked, id: 't2', guid: 't2', link: 'https://a.example/t1' })).kind).toBe('duplicate');
});

test('official releases: while none is stored the store is read at most once per CONFIG_REFRESH_MS; one stored since is used after that', async () => {
  const stores = createMemoryStores();
  const config = makeConfig({ official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: 'https://www.cbp.gov/document/stats/nationwide-encounters' }] } });
  const p = new Pipeline(config, stores, logger, 'service');
  const official = stores.official!;
  let reads = 0;
  const latestRelease = official.latestRelease.bind(official);
  official.latestRelease = (dataset: string) => {
    reads++;
    return latestRelease(dataset);
  };
  let now = Date.now();
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
  try {
    expect(await p.officialReleases()).toEqual([]);
    expect(await p.officialReleases()).toEqual([]);
    expect(reads).toBe(1);
    await official.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z'));
    now += Pipeline.CONFIG_REFRESH_MS;
    expect((await p.officialReleases()).map((r) => r.dataset)).toEqual(['cbp-nationwide']);
    expect(reads).toBe(2);
    // Once there is data, it is kept for OFFICIAL_REFRESH_MS.
    now += Pipeline.CONFIG_REFRESH_MS;
    expect((await p.officialReleases()).length).toBe(1);
    expect(reads).toBe(2);
  } finally {
    clock.mockRestore();
  }
});

test('a wire copy from a second outlet (same title and text, another URL, feeds on one host) joins the story as a source and is never new', async () => {
  const config = makeConfig({ feeds: [{ name: 'Wire A', url: `${server.url}/a` }, { name: 'Outlet B', url: `${server.url}/b` }] });
  const stores = createMemoryStores();
  const p = new Pipeline(config, stores, logger, 'service', () => new Date('2026-11-20T12:00:00Z'));
  const base: FeedItem = {
    id: 'a-1', guid: 'a-1', title: 'Asylum seekers wait for weeks at the bridge in Reynosa', link: 'https://wire-a.example/2026/11/20/asylum-reynosa',
    published: '2026-11-20T10:00:00Z', summary: 'Families sleeping near the bridge said the asylum appointments had not opened for them since October.',
    feedUrl: `${server.url}/a`, feedName: 'Wire A',
  };
  const copy: FeedItem = { ...base, id: 'b-9', guid: 'b-9', link: 'https://outlet-b.example/news/asylum-reynosa-8812', feedUrl: `${server.url}/b`, feedName: 'Outlet B', published: '2026-11-20T10:40:00Z' };
  const first = await p.process(base);
  expect(first.kind).toBe('new');
  const second = await p.process(copy);
  expect(second.kind).toBe('merged');
  if (second.kind !== 'merged') return;
  expect(second.story.sources.map((s) => [s.name, s.url])).toEqual([
    ['Wire A', base.link],
    ['Outlet B', copy.link],
  ]);
  // Seen now: the copy polled again is a duplicate, not a second merge.
  expect((await p.process(copy)).kind).toBe('duplicate');
});

test('service mode: first-poll stories are bounded by fetch.firstPollStories (the newest; 0 = none)', async () => {
  body = rss([1, 2, 3, 4, 5].map((i) => item(i, `Asylum item ${i}`)));
  const two = new Pipeline(makeConfig({ fetch: { allowPrivateHosts: ['127.0.0.1'], firstPollStories: 2 } }), createMemoryStores(), logger, 'service');
  const first = await two.poll(makeConfig({}).feeds[0]!);
  expect(first.quiet?.map((i) => i.title)).toEqual(['Asylum item 5', 'Asylum item 4']);
  const none = new Pipeline(makeConfig({ fetch: { allowPrivateHosts: ['127.0.0.1'], firstPollStories: 0 } }), createMemoryStores(), logger, 'service');
  expect((await none.poll(makeConfig({}).feeds[0]!)).quiet).toBeUndefined();
});

test('digest "By the numbers" reads the figure store for the stories folded into a digest story too (recorded under their own ids)', async () => {
  // The kept story's own figures are left out here, so only the store can bring the folded story's figure.
  const config = makeConfig({ subscriptions: [{ platform: 'slack', channel: 'C6', mode: 'digest', schedule: '0 8 * * *' }] });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, logger, 'service', () => new Date('2023-12-16T00:00:00Z'));
  const figure = { value: 4_210, metric: 'asylum requests', text: '4,210 asylum requests', sentence: '4,210 asylum requests.', qualifier: null, per: null, scope: null, period: '2023-11', source: null, unit: null };
  await stores.figures.recordAll([{ figure, storyId: 'gone', storyTitle: 'Asylum requests rise', url: 'https://ledger.example/gone', sourceName: 'Ledger', primary: false, published: '2023-12-15T15:00:00Z' }]);
  const story = (absorbed?: string[]): Story => ({ id: 'kept', title: 'Asylum office extends hours', url: 'https://ledger.example/kept', published: '2023-12-15T16:00:00Z', summary: 'Asylum office extends hours.', figures: [], sources: [{ name: 'Ledger', title: 'Asylum office extends hours', url: 'https://ledger.example/kept' }], ...(absorbed ? { absorbed } : {}) });
  const numbersOf = async (s: Story) => {
    const [d] = await p.digestDeliveries((await stores.subscriptions.list())[0]!, { from: new Date('2023-12-15T00:00:00Z'), to: new Date('2023-12-16T00:00:00Z') }, [s]);
    const blocks = (d!.messages[0]!.payload as { blocks: Array<{ type: string; text?: { text: string } }> }).blocks;
    return blocks.map((b) => b.text?.text ?? '').join('\n');
  };
  expect(await numbersOf(story())).toContain('No key figures in this window.');
  const folded = await numbersOf(story(['gone']));
  expect(folded).toMatch(/\*By the numbers\*\n• 4,210 asylum requests \(Nov 2023\)/);
  expect(folded).not.toContain('No key figures');
});
