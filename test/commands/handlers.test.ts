/**
 * The neutral /border handler over memory stores and a parsed config: every command and action,
 * usage errors, admin refusal, and the feed URL guard (refused before any connection).
 */
import type http from 'node:http';
import { createCommandHandler, pollFeedOnce, usageLines, type CommandDeps, type QueueStatusSource } from '../../src/commands/handlers';
import type { CommandHandler } from '../../src/commands/types';
import { createMemoryStores } from '../../src/store/memory';
import type { PipelineStores } from '../../src/pipeline/pipeline';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { effectiveFeeds, effectiveKeywords } from '../../src/config/effective';
import { listen } from '../support/http';
import { recordConnectionAttempts } from '../feeds/feed-server';
import { figure, figureEntry, memoryLogger, replyText, request, rss, story, testConfig } from './fixtures';

const NOW = new Date('2023-12-20T12:00:00Z');

let stores: PipelineStores;
let handle: CommandHandler;
let logLines: string[];
const feedTests: string[] = [];

function build(over: Partial<CommandDeps> = {}): CommandHandler {
  const { logger, lines } = memoryLogger();
  logLines = lines;
  return createCommandHandler({ config: testConfig(), stores, logger, now: () => NOW, ...over });
}

beforeEach(() => {
  stores = createMemoryStores();
  feedTests.length = 0;
  handle = build();
});

const admin = { isAdmin: true, userId: 'U0ADMIN' };

describe('help and usage', () => {
  test('help lists every command, with /border-admin on Discord', async () => {
    const slack = await handle(request('help'));
    expect(slack.ephemeral).toBe(true);
    const text = replyText(slack);
    for (const cmd of ['latest', 'stories', 'subscribe', 'unsubscribe', 'keywords', 'feeds', 'status', 'subscriptions list|resume <id>']) expect(text).toContain(cmd);
    expect(text).not.toContain('/border-admin');
    expect(replyText(await handle(request('help', [], { platform: 'discord' })))).toContain('/border-admin feeds');
    expect(usageLines('discord').join('\n')).toContain('/border-admin status');
  });

  test('an unknown action gets a usage message, never an exception', async () => {
    const r = await handle(request('feeds', ['frobnicate'], admin));
    expect(r).toMatchObject({ ephemeral: true, error: true, title: 'Usage' });
    expect(replyText(r)).toContain('feeds list | add <url> [name] | remove <url> | test <url>');
    const k = await handle(request('keywords', ['explode'], admin));
    expect(k.error).toBe(true);
    expect(replyText(k)).toContain('keywords list [page] | add <rule>');
  });

  test('a store failure becomes a short error reply; the detail goes to the log only', async () => {
    stores.figures.latest = async () => {
      throw new Error('connection reset by /var/run/redis.sock');
    };
    const r = await handle(request('latest'));
    expect(r).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(r)).not.toContain('redis.sock');
    expect(replyText(r)).not.toMatch(/\bat .*:\d+/);
    expect(logLines.join('')).toContain('redis.sock');
  });
});

describe('admin refusal', () => {
  test.each(['keywords', 'feeds', 'status', 'subscriptions'] as const)('%s is refused to non-admins without touching the stores', async (name) => {
    let touched = 0;
    const spy = { ...stores, adminEdits: { get: async () => (touched++, stores.adminEdits.get()), update: stores.adminEdits.update } };
    const h = createCommandHandler({ config: testConfig(), stores: spy, logger: memoryLogger().logger });
    const r = await h(request(name, name === 'status' ? [] : ['list']));
    expect(r).toMatchObject({ ephemeral: true, error: true, title: 'Not allowed' });
    expect(replyText(r)).toContain('admins only');
    expect(touched).toBe(0);
  });

  test('the refusal names the right kind of admin per platform', async () => {
    expect(replyText(await handle(request('status', [], { platform: 'discord' })))).toContain('Manage Server');
    expect(replyText(await handle(request('status')))).toContain('workspace admins');
  });
});

describe('/border latest', () => {
  test('no figures yet: a private note', async () => {
    const r = await handle(request('latest'));
    expect(r.ephemeral).toBe(true);
    expect(replyText(r)).toContain('No key figures yet');
  });

  test('newest figure per series with value, qualifier, period, source, link and the change vs the previous figure', async () => {
    await stores.figures.record(figureEntry(figure({ value: 240_000, text: '240,000 encounters', qualifier: null, period: '2023-10' }), { published: '2023-11-14T12:00:00Z' }));
    await stores.figures.record(figureEntry(figure({ value: 190_000, period: '2023-11' }), { published: '2023-12-15T12:00:00Z' }));
    await stores.figures.record(
      figureEntry(figure({ value: 3_200, metric: 'deaths', text: '3,200 deaths', qualifier: 'at least', scope: null, period: '2023', source: 'IOM' }), {
        storyTitle: 'Deadliest year',
        url: 'https://news.example/deaths',
        published: '2023-12-18T12:00:00Z',
      }),
    );
    const r = await handle(request('latest'));
    expect(r.ephemeral).toBe(false);
    expect(r.title).toBe('Latest numbers');
    const enc = r.lines.find((l) => l.text.includes('encounters'))!;
    expect(enc.text).toContain('more than 190,000 encounters');
    expect(enc.text).toContain('Nov 2023');
    expect(enc.text).toContain('CBP');
    expect(enc.text).toContain('−50,000 vs Oct 2023');
    expect(enc.text).toContain('240,000');
    expect(enc.url).toBe('https://news.example/2023-11/190000');
    const deaths = r.lines.find((l) => l.text.includes('deaths'))!;
    expect(deaths.text).toContain('at least 3,200 deaths');
    expect(deaths.text).toContain('IOM');
    expect(deaths.text).toContain('Deadliest year');
    expect(deaths.url).toBe('https://news.example/deaths');
    expect(deaths.text).not.toMatch(/vs /);
  });

  test('a metric filter, synonyms included; one argument with spaces or several words', async () => {
    await stores.figures.record(figureEntry(figure({ value: 190_000, period: '2023-11' })));
    await stores.figures.record(figureEntry(figure({ value: 12, metric: 'crossings', text: '12 crossings', period: '2023-11' })));
    const only = await handle(request('latest', ['Encounters']));
    expect(only.title).toBe('Latest: encounters');
    expect(only.lines).toHaveLength(1);
    const synonym = await handle(request('latest', ['border', 'crossings']));
    expect(synonym.lines.map((l) => l.text).join()).toContain('12 crossings');
    const discord = await handle(request('latest', ['border crossings'], { platform: 'discord' }));
    expect(discord.lines).toEqual(synonym.lines);
    const none = await handle(request('latest', ['gotaways']));
    expect(none.ephemeral).toBe(true);
    expect(replyText(none)).toContain('No figures for "gotaways"');
  });

  test('a revision is marked with the other value given for the same period', async () => {
    await stores.figures.record(figureEntry(figure({ value: 189_000, qualifier: null, period: '2023-11' }), { storyId: 'a', sourceName: 'Border Report', published: '2023-12-10T00:00:00Z' }));
    await stores.figures.record(
      figureEntry(figure({ value: 191_113, qualifier: null, period: '2023-11' }), { storyId: 'b', sourceName: 'CBP Newsroom', primary: true, published: '2023-12-16T00:00:00Z' }),
    );
    const r = await handle(request('latest', ['encounters']));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].text).toContain('191,113');
    expect(r.lines[0].text).toContain('[revised: also reported as 189,000 by Border Report]');
  });
});

describe('/border stories', () => {
  beforeEach(async () => {
    const put = (id: string, title: string, at: string, summary = '') => stores.stories.put(story(id, title, at, summary), { at, keys: [`t:${id}`] });
    await put('caravan', 'Migrant caravan leaves Tapachula', '2023-12-19T08:00:00Z', 'Thousands walk north.');
    await put('buoys', 'Court rules on Rio Grande buoys', '2023-12-18T08:00:00Z');
    await put('old', 'Old caravan story', '2023-11-01T08:00:00Z');
  });

  test('recent stories, newest first, public, with links', async () => {
    const r = await handle(request('stories'));
    expect(r.ephemeral).toBe(false);
    expect(r.lines.map((l) => l.text.split(' — ')[0])).toEqual(['Migrant caravan leaves Tapachula', 'Court rules on Rio Grande buoys']);
    expect(r.lines[0].url).toBe('https://news.example/caravan');
    expect(r.lines[0].text).toContain('Border Report');
  });

  test('a query keeps matching stories only (one argument or several words)', async () => {
    const r = await handle(request('stories', ['caravan']));
    expect(r.title).toBe('Stories: caravan');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].text).toContain('Tapachula');
    expect((await handle(request('stories', ['rio grande'], { platform: 'discord' }))).lines).toHaveLength(1);
    expect((await handle(request('stories', ['rio', 'grande']))).lines).toHaveLength(1);
    const none = await handle(request('stories', ['wall']));
    expect(none.ephemeral).toBe(true);
    expect(replyText(none)).toContain('match "wall"');
  });
});

describe('/border subscribe and unsubscribe', () => {
  test('instant: stored for this channel, public confirmation', async () => {
    const r = await handle(request('subscribe', ['instant']));
    expect(r).toMatchObject({ ephemeral: false });
    expect(r.error).toBeUndefined();
    expect(replyText(r)).toContain('instant alerts');
    expect(await stores.subscriptions.list()).toEqual([{ id: 'slack-C0NEWS', platform: 'slack', channel: 'C0NEWS', mode: 'instant', timezone: 'UTC', postEmpty: false, workspace: 'T0' }]);
  });

  test('digest with a quoted schedule and a time zone (Slack), or Discord options', async () => {
    await handle(request('subscribe', ['digest', '0 8 * * *', 'America/Chicago']));
    expect(await stores.subscriptions.get('slack-C0NEWS')).toMatchObject({ mode: 'digest', schedule: '0 8 * * *', timezone: 'America/Chicago' });
    await handle(request('subscribe', ['digest', 'mon-fri 7:30', 'Europe/Madrid'], { platform: 'discord', channelId: '700' }));
    expect(await stores.subscriptions.get('discord-700')).toMatchObject({ mode: 'digest', schedule: '30 7 * * mon-fri', timezone: 'Europe/Madrid' });
  });

  test('digest with an unquoted schedule (Slack words) and the defaults', async () => {
    const r = await handle(request('subscribe', ['digest', '0', '18', '*', '*', '1-5', 'America/Chicago']));
    expect(replyText(r)).toContain('"0 18 * * 1-5" (America/Chicago)');
    await handle(request('subscribe', [], { channelId: 'C2' }));
    expect(await stores.subscriptions.get('slack-C2')).toMatchObject({ mode: 'digest', schedule: '0 8 * * *', timezone: 'UTC' });
  });

  test('a bad cron expression or time zone is a usage error naming the value; nothing stored', async () => {
    const cron = await handle(request('subscribe', ['digest', '99 8 * * *']));
    expect(cron).toMatchObject({ ephemeral: true, error: true, title: 'Usage' });
    expect(replyText(cron)).toContain('Bad schedule "99 8 * * *"');
    expect(replyText(cron)).toContain('cron');
    const tz = await handle(request('subscribe', ['digest', '0 8 * * *', 'Mars/Olympus']));
    expect(tz.error).toBe(true);
    expect(replyText(tz)).toContain('Bad timezone "Mars/Olympus"');
    const mode = await handle(request('subscribe', ['weekly']));
    expect(replyText(mode)).toContain('Unknown mode "weekly"');
    const instant = await handle(request('subscribe', ['instant', '0 8 * * *']));
    expect(replyText(instant)).toContain('no schedule');
    expect(await stores.subscriptions.list()).toEqual([]);
  });

  test('subscribing again replaces the channel subscription (same id, one entry)', async () => {
    await handle(request('subscribe', ['digest', '0 8 * * *', 'America/Chicago']));
    const r = await handle(request('subscribe', ['instant']));
    expect(replyText(r)).toContain('Updated');
    const subs = await stores.subscriptions.list();
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ id: 'slack-C0NEWS', mode: 'instant' });
    expect(subs[0].schedule).toBeUndefined();
    // The same channel id on the other platform is another subscription.
    await handle(request('subscribe', ['instant'], { platform: 'discord' }));
    expect(await stores.subscriptions.list()).toHaveLength(2);
  });

  test('re-subscribing keeps the settings that are not arguments (keyword overrides, postEmpty)', async () => {
    await stores.subscriptions.put({ id: 'news-desk', platform: 'slack', channel: 'C0NEWS', mode: 'instant', timezone: 'UTC', postEmpty: true, keywords: { add: ['wall'], remove: [], exclude: [] } });
    await handle(request('subscribe', ['digest', '18:00', 'America/Phoenix']));
    expect(await stores.subscriptions.list()).toEqual([
      { id: 'news-desk', platform: 'slack', channel: 'C0NEWS', mode: 'digest', schedule: '0 18 * * *', timezone: 'America/Phoenix', postEmpty: true, keywords: { add: ['wall'], remove: [], exclude: [] }, workspace: 'T0' },
    ]);
  });

  test('unsubscribe removes a command-made subscription; a second one says there is none', async () => {
    await handle(request('subscribe', ['instant']));
    const r = await handle(request('unsubscribe'));
    expect(r.ephemeral).toBe(false);
    expect(replyText(r)).toContain('unsubscribed');
    expect(await stores.subscriptions.list()).toEqual([]);
    const again = await handle(request('unsubscribe'));
    expect(again.ephemeral).toBe(true);
    expect(replyText(again)).toContain('no subscription');
  });

  test('unsubscribing a config-file subscription pauses it (so a restart does not bring it back); subscribing resumes it', async () => {
    const config = testConfig();
    await seedSubscriptions(config, stores.subscriptions);
    const r = await handle(request('unsubscribe', [], { channelId: 'C0CONF' }));
    expect(replyText(r)).toContain('unsubscribed');
    const paused = await stores.subscriptions.get('slack-C0CONF');
    expect(paused?.paused?.reason).toBe('unsubscribed by U0MEMBER');
    await seedSubscriptions(config, stores.subscriptions); // a restart keeps the pause
    expect((await stores.subscriptions.get('slack-C0CONF'))?.paused).toBeDefined();
    expect(replyText(await handle(request('unsubscribe', [], { channelId: 'C0CONF' })))).toContain('no subscription');
    await handle(request('subscribe', ['digest', '0 7 * * *'], { channelId: 'C0CONF' }));
    const resumed = await stores.subscriptions.get('slack-C0CONF');
    expect(resumed).toMatchObject({ mode: 'digest', schedule: '0 7 * * *' });
    expect(resumed?.paused).toBeUndefined();
  });
});

describe('/border keywords', () => {
  test('list shows config rules and exclusions', async () => {
    const r = await handle(request('keywords', ['list'], admin));
    expect(r.title).toBe('Keyword rules (2)');
    expect(replyText(r)).toContain('asylum: asylum OR asilo');
    expect(replyText(r)).toContain('exclude: "border collie"');
    expect(replyText(await handle(request('keywords', [], admin)))).toContain('caravan: caravan* OR caravana*');
  });

  test('add: Slack words keep a quoted phrase as a phrase; Discord passes the rule as typed', async () => {
    await handle(request('keywords', ['add', 'border wall', 'OR', 'muro'], admin));
    await handle(request('keywords', ['add', '“title wall” AND (Texas OR Arizona)'], { ...admin, platform: 'discord' }));
    await handle(request('keywords', ['add', 'border buoys'], { ...admin, platform: 'discord' }));
    expect((await stores.adminEdits.get()).rulesAdded).toEqual(['"border wall" OR muro', '"title wall" AND (Texas OR Arizona)', 'border buoys']);
    const kw = effectiveKeywords(testConfig(), await stores.adminEdits.get());
    expect(kw.rules.map((r) => r.match)).toContain('"border wall" OR muro');
    const dup = await handle(request('keywords', ['add', 'border wall', 'OR', 'muro'], admin));
    expect(replyText(dup)).toContain('Already a rule');
    expect((await stores.adminEdits.get()).rulesAdded).toHaveLength(3);
  });

  test('add with a syntax error: refused, with the position in the message', async () => {
    const r = await handle(request('keywords', ['add', 'asylum AND (border OR'], { ...admin, platform: 'discord' }));
    expect(r).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(r)).toContain('position 22: expected a term or "(" after OR');
    const mid = await handle(request('keywords', ['add', 'asylum', 'AND', 'AND', 'wall'], admin));
    expect(replyText(mid)).toMatch(/position 12\b/);
    expect(replyText(r)).toContain('Not added');
    expect((await stores.adminEdits.get()).rulesAdded).toEqual([]);
  });

  test('remove: an added rule, a config rule by name; an unknown rule is a usage error', async () => {
    await handle(request('keywords', ['add', 'border buoys'], admin));
    const a = await handle(request('keywords', ['remove', 'border buoys'], admin));
    expect(replyText(a)).toContain('Removed rule');
    expect((await stores.adminEdits.get()).rulesAdded).toEqual([]);
    await handle(request('keywords', ['remove', 'caravan'], admin));
    expect(effectiveKeywords(testConfig(), await stores.adminEdits.get()).rules.map((r) => r.name)).toEqual(['asylum']);
    const unknown = await handle(request('keywords', ['remove', 'nothing', 'like', 'this'], admin));
    expect(unknown).toMatchObject({ error: true });
    expect(replyText(unknown)).toContain('No rule named or reading: nothing like this');
    // A quoted Slack argument is a phrase, and removes the rule that reads so.
    await handle(request('keywords', ['add', 'border wall', 'OR', 'muro'], admin));
    expect(replyText(await handle(request('keywords', ['remove', 'border wall', 'OR', 'muro'], admin)))).toContain('Removed rule admin-1');
    expect((await stores.adminEdits.get()).rulesAdded).toEqual([]);
    const empty = await handle(request('keywords', ['add'], admin));
    expect(empty.error).toBe(true);
  });
});

describe('/border feeds', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  let hits: string[];
  beforeAll(async () => {
    hits = [];
    server = await listen((req: http.IncomingMessage, res: http.ServerResponse) => {
      hits.push(req.url ?? '');
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          rss('Local news', [
            { title: 'Asylum office reopens in El Paso', link: 'https://news.example/a' },
            { title: 'Caravan reaches Mexico City', link: 'https://news.example/b' },
            { title: 'Weather: sunny weekend', link: 'https://news.example/c' },
          ]),
        );
      } else if (req.url === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>Not a feed</body></html>');
      } else {
        res.writeHead(500);
        res.end('boom');
      }
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    hits.length = 0;
    handle = build({
      testFeed: async (url, cfg) => {
        feedTests.push(url);
        return pollFeedOnce()(url, cfg);
      },
    });
  });

  test('list shows config feeds with their health', async () => {
    await stores.feedState.set('https://www.cbp.gov/rss/newsroom', { failures: 4, failing: true, lastError: 'HTTP 503', initialized: true, lastPollAt: '2023-12-20T11:00:00Z' });
    const r = await handle(request('feeds', ['list'], admin));
    expect(r.title).toBe('Feeds (1)');
    expect(replyText(r)).toContain('CBP Newsroom — https://www.cbp.gov/rss/newsroom — FAILING (4 failures: HTTP 503)');
  });

  test.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://10.0.0.1/feed.xml', '10.0.0.1'],
    ['http://localhost:9/feed.xml', 'localhost'],
    ['http://[::1]/feed', '::1'],
  ])('add %s is refused without any connection', async (url, shown) => {
    const { result, attempts } = await recordConnectionAttempts(() => handle(request('feeds', ['add', url], admin)));
    expect(result).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(result)).toContain('Refused');
    expect(replyText(result)).toContain(shown);
    expect(attempts).toEqual([]);
    expect(feedTests).toEqual([]);
    expect((await stores.adminEdits.get()).feedsAdded).toEqual([]);
  });

  test('only http(s) URLs are accepted', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/feed', 'not a url', 'https://user:pw@example.org/feed']) {
      const r = await handle(request('feeds', ['add', url], admin));
      expect(r.error).toBe(true);
      expect(replyText(r)).toContain('Refused');
    }
    expect(feedTests).toEqual([]);
  });

  test('add of a local feed (127.0.0.1 allowlisted): fetched, then saved with its name; matches reported', async () => {
    const url = `${server.url}/feed.xml`;
    const r = await handle(request('feeds', ['add', `<${url}>`, 'Local', 'News'], admin));
    expect(r.error).toBeUndefined();
    expect(r.title).toBe('Feed added');
    expect(replyText(r)).toContain('3 items, 2 matching the keyword rules');
    expect(r.lines.slice(1).map((l) => l.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(hits).toEqual(['/feed.xml']);
    expect((await stores.adminEdits.get()).feedsAdded).toEqual([{ url, name: 'Local News' }]);
    expect(effectiveFeeds(testConfig(), await stores.adminEdits.get()).map((f) => f.url)).toContain(url);
    const again = await handle(request('feeds', ['add', url], admin));
    expect(replyText(again)).toContain('Already following');
    expect(hits).toHaveLength(1);
    // The same host written as a decimal or hex IPv4 address is the same feed: not fetched, not saved twice.
    const port = new URL(url).port;
    for (const other of [`http://2130706433:${port}/feed.xml`, `http://0x7f000001:${port}/feed.xml`, `HTTP://127.0.0.1:${port}/feed.xml#top`]) {
      const dup = await handle(request('feeds', ['add', other], admin));
      expect(replyText(dup)).toContain(`Already following ${other} as ${url} ("Local News")`);
    }
    expect(hits).toHaveLength(1);
    expect((await stores.adminEdits.get()).feedsAdded).toHaveLength(1);
  });

  test('add of a broken feed (HTTP 500, or not a feed) is refused and not saved', async () => {
    for (const path of ['/broken.xml', '/page.html']) {
      const r = await handle(request('feeds', ['add', `${server.url}${path}`], admin));
      expect(r).toMatchObject({ ephemeral: true, error: true, title: 'Feed not added' });
    }
    expect(hits).toEqual(['/broken.xml', '/page.html']);
    expect((await stores.adminEdits.get()).feedsAdded).toEqual([]);
  });

  test('test fetches and reports without saving; remove drops a config feed and an added one', async () => {
    const t = await handle(request('feeds', ['test', `${server.url}/feed.xml`], admin));
    expect(t.title).toBe('Feed OK');
    expect(replyText(t)).toContain('3 items, 2 matching');
    expect((await stores.adminEdits.get()).feedsAdded).toEqual([]);

    await handle(request('feeds', ['add', `${server.url}/feed.xml`], admin));
    await handle(request('feeds', ['remove', `${server.url}/feed.xml`], admin));
    const removed = await handle(request('feeds', ['remove', 'https://www.cbp.gov/rss/newsroom'], admin));
    expect(replyText(removed)).toContain('Removed feed "CBP Newsroom"');
    expect(effectiveFeeds(testConfig(), await stores.adminEdits.get())).toEqual([]);
    const unknown = await handle(request('feeds', ['remove', 'https://nowhere.example/feed'], admin));
    expect(unknown.error).toBe(true);
    expect(replyText(unknown)).toContain('Not following');
  });
});

describe('/border subscriptions (admins)', () => {
  const webhookConfig = () =>
    testConfig({
      subscriptions: [
        { platform: 'slack', channel: 'C0CONF', mode: 'instant' },
        { platform: 'discord', webhook: 'env:DISCORD_WEBHOOK_URL', mode: 'digest', schedule: '0 8 * * *' },
      ],
    });

  beforeEach(async () => {
    const config = webhookConfig();
    await seedSubscriptions(config, stores.subscriptions);
    await stores.subscriptions.put({ ...(await stores.subscriptions.get('discord-webhook-2'))!, paused: { at: '2023-12-19T09:30:00.000Z', reason: 'Unknown Webhook (10015)', kind: 'delivery-error' } });
    await stores.subscriptions.put({ id: 'slack-C0CMD', platform: 'slack', channel: 'C0CMD', mode: 'instant', timezone: 'UTC', postEmpty: false });
    handle = build({ config });
  });

  test('list: every subscription, webhook ones included, paused first with since when and why', async () => {
    for (const args of [['list'], []]) {
      const r = await handle(request('subscriptions', args, admin));
      expect(r).toMatchObject({ ephemeral: true, title: 'Subscriptions (3, 1 paused)' });
      expect(r.lines.map((l) => l.text)).toEqual([
        'discord-webhook-2 — discord webhook:discord-webhook-2 — digest "0 8 * * *" UTC (config file) — PAUSED since Dec 19, 9:30 AM UTC: Unknown Webhook (10015)',
        'slack-C0CMD — slack C0CMD — instant — active',
        'slack-C0CONF — slack C0CONF — instant (config file) — active',
      ]);
      expect(r.footer).toBe('Resume one with /border subscriptions resume <id>.');
    }
    const discord = await handle(request('subscriptions', ['list'], { ...admin, platform: 'discord' }));
    expect(discord.footer).toBe('Resume one with /border-admin subscriptions resume <id>.');
  });

  test('resume <id>: the pause is lifted and stored; the reply says what was paused and what happens now', async () => {
    const r = await handle(request('subscriptions', ['resume', 'discord-webhook-2'], admin));
    expect(r).toMatchObject({ ephemeral: true, title: 'Subscription resumed' });
    expect(replyText(r)).toContain('Resumed discord-webhook-2 (discord webhook:discord-webhook-2), paused since Dec 19, 9:30 AM UTC: Unknown Webhook (10015).');
    expect(replyText(r)).toContain('the next delivery pauses it again');
    const sub = await stores.subscriptions.get('discord-webhook-2');
    expect(sub?.paused).toBeUndefined();
    expect(sub).toMatchObject({ webhook: 'env:DISCORD_WEBHOOK_URL', mode: 'digest', schedule: '0 8 * * *' });
    expect(logLines.join('')).toContain('"msg":"subscription resumed"');
    // The config file is applied again at a restart: the resumed subscription stays resumed (entry unchanged).
    await seedSubscriptions(webhookConfig(), stores.subscriptions);
    expect((await stores.subscriptions.get('discord-webhook-2'))?.paused).toBeUndefined();
  });

  test('resume of an active, an unknown or a missing id; an unknown action', async () => {
    expect(replyText(await handle(request('subscriptions', ['resume', 'slack-C0CMD'], admin)))).toBe('\nslack-C0CMD is not paused: it is delivering.\n');
    const unknown = await handle(request('subscriptions', ['resume', 'nope'], admin));
    expect(unknown).toMatchObject({ error: true, title: 'Usage' });
    expect(replyText(unknown)).toContain('No subscription "nope". See /border subscriptions list.');
    const missing = await handle(request('subscriptions', ['resume'], admin));
    expect(replyText(missing)).toContain('Give the id of the subscription to resume.');
    expect(replyText(missing)).toContain('/border subscriptions list | resume <id>');
    const odd = await handle(request('subscriptions', ['pause', 'x'], { ...admin, platform: 'discord' }));
    expect(odd).toMatchObject({ error: true });
    expect(replyText(odd)).toContain('/border-admin subscriptions list | resume <id>');
    expect((await stores.subscriptions.get('discord-webhook-2'))?.paused).toBeDefined();
  });

  test('status points at the resume command for each paused subscription', async () => {
    expect(replyText(await handle(request('status', [], admin)))).toContain('Paused: discord-webhook-2: Unknown Webhook (10015) — resume: /border subscriptions resume discord-webhook-2');
  });
});

describe('/border status', () => {
  test('feeds with failures, queue counts, subscriptions with pauses', async () => {
    await stores.feedState.set('https://www.cbp.gov/rss/newsroom', {
      failures: 5,
      failing: true,
      lastError: 'HTTP 503',
      initialized: true,
      lastPollAt: '2023-12-20T11:55:00Z',
      lastOkAt: '2023-12-19T10:00:00Z',
    });
    await stores.subscriptions.put({ id: 's1', platform: 'slack', channel: 'C1', mode: 'instant', timezone: 'UTC', postEmpty: false });
    await stores.subscriptions.put({
      id: 's2',
      platform: 'discord',
      channel: '7',
      mode: 'digest',
      schedule: '0 8 * * *',
      timezone: 'UTC',
      postEmpty: false,
      paused: { at: NOW.toISOString(), reason: 'Unknown Channel' },
    });
    const asked: string[][] = [];
    const queues: QueueStatusSource = {
      all: () => [
        { name: 'poll', getJobCounts: async (...states) => (asked.push(states), { waiting: 3, prioritized: 1, active: 1, delayed: 2, failed: 0 }) },
        { name: 'deliver', getJobCounts: async () => ({ waiting: 0, active: 0, delayed: 5, failed: 7 }) },
      ],
    };
    const h = build({ queues });
    const r = await h(request('status', [], admin));
    expect(r).toMatchObject({ ephemeral: true, title: 'borderwatch status' });
    const text = replyText(r);
    expect(text).toContain('Feeds: 1, failing: 1');
    expect(text).toContain('last poll: Dec 20');
    expect(text).toContain('Failing: CBP Newsroom (https://www.cbp.gov/rss/newsroom): 5 failures, last error: HTTP 503');
    expect(text).toContain('Queue poll: 4 waiting, 1 active, 2 delayed, 0 failed');
    expect(text).toContain('Queue deliver: 0 waiting, 0 active, 5 delayed, 7 failed');
    expect(asked[0]).toEqual(expect.arrayContaining(['waiting', 'delayed', 'failed']));
    expect(text).toContain('Subscriptions: 2 (1 instant, 0 digest, 1 paused)');
    expect(text).toContain('Paused: s2: Unknown Channel');
  });

  test('without queues in this process, and with nothing polled yet', async () => {
    const text = replyText(await handle(request('status', [], admin)));
    expect(text).toContain('last poll: never');
    expect(text).toContain('Queues: not running in this process.');
  });
});
