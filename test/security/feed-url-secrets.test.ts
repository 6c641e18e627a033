/**
 * A feed URL may carry a secret (`?apikey=…`, `&sig=…`; `user:pass@` is refused in config files and by
 * `feeds add` but can still show up in text). Everywhere a feed URL is shown — logs, admin alerts,
 * `/border feeds list` and `status`, `run --once` JSON and human output — it is redacted, while the feed
 * is still fetched with the real URL.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCommandHandler, pollFeedOnce } from '../../src/commands/handlers';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { AdminAlerts } from '../../src/delivery/admin-alerts';
import { createLogger, scrub } from '../../src/log';
import type { Delivery } from '../../src/pipeline/pipeline';
import { runOnce } from '../../src/pipeline/once';
import { formatOnceReport } from '../../src/pipeline/once-report';
import { createMemoryStores } from '../../src/store/memory';
import { displayUrl, isSecretParam, redactUrlsIn } from '../../src/util/display-url';
import { listen } from '../support/http';
import { memoryLogger, replyText, request, rss } from '../commands/fixtures';

const SECRET = 'S3cretValue42';

describe('displayUrl / redactUrlsIn', () => {
  test.each([
    [`https://feeds.example/rss?apikey=${SECRET}&q=border`, 'https://feeds.example/rss?apikey=[redacted]&q=border'],
    [`https://feeds.example/rss?api_key=${SECRET}&token=${SECRET}&key=${SECRET}&sig=${SECRET}`, 'https://feeds.example/rss?api_key=[redacted]&token=[redacted]&key=[redacted]&sig=[redacted]'],
    [`https://feeds.example/rss?signature=${SECRET}&secret=${SECRET}&password=${SECRET}&access_token=${SECRET}&auth=${SECRET}`, 'https://feeds.example/rss?signature=[redacted]&secret=[redacted]&password=[redacted]&access_token=[redacted]&auth=[redacted]'],
    [`https://feeds.example/rss?X-Amz-Signature=${SECRET}&client_secret=${SECRET}&Subscription-Key=${SECRET}&API%5FKEY=${SECRET}`, 'https://feeds.example/rss?X-Amz-Signature=[redacted]&client_secret=[redacted]&Subscription-Key=[redacted]&API%5FKEY=[redacted]'],
    [`https://user:${SECRET}@feeds.example/rss`, 'https://[redacted]@feeds.example/rss'],
    [`https://${SECRET}@feeds.example/rss#access_token=${SECRET}`, 'https://[redacted]@feeds.example/rss#access_token=[redacted]'],
    ['https://feeds.example/rss?q=border&keywords=wall&lang=es', 'https://feeds.example/rss?q=border&keywords=wall&lang=es'],
    ['HTTPS://Feeds.Example:8443/a/../rss?apikey=', 'HTTPS://Feeds.Example:8443/a/../rss?apikey='],
  ])('%s → %s', (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });

  test('secret parameter names', () => {
    for (const k of ['apikey', 'api_key', 'api-key', 'token', 'key', 'sig', 'signature', 'secret', 'password', 'access_token', 'auth', 'private_token', 'hmac']) expect(isSecretParam(k)).toBe(true);
    for (const k of ['q', 'keywords', 'lang', 'page', 'format', 'category']) expect(isSecretParam(k)).toBe(false);
  });

  test('URLs inside text are redacted; punctuation around them stays', () => {
    expect(redactUrlsIn(`redirect loop: (https://a.example/f?token=${SECRET}). Then https://b.example/x, done`)).toBe('redirect loop: (https://a.example/f?token=[redacted]). Then https://b.example/x, done');
  });
});

describe('logs', () => {
  test('the scrubber and the logger redact feed URL secrets in messages and structured fields', () => {
    expect(scrub(`feed https://u:${SECRET}@feeds.example/rss?apikey=${SECRET} failed`, [])).toBe('feed https://[redacted]@feeds.example/rss?apikey=[redacted] failed');
    const { logger, lines } = memoryLogger();
    logger.warn({ feed: 'Paid', url: `https://feeds.example/rss?apikey=${SECRET}`, error: `redirect loop: https://feeds.example/rss?sig=${SECRET}` }, `feed https://feeds.example/rss?token=${SECRET} is failing`);
    logger.error(new Error(`GET https://feeds.example/rss?key=${SECRET} failed`));
    const out = lines.join('');
    expect(out).not.toContain(SECRET);
    expect(out).toContain('https://feeds.example/rss?apikey=[redacted]');
  });
});

describe('admin alerts', () => {
  test('a failing feed is announced with its URL and error redacted; the delivery id holds no secret', async () => {
    const config = parseConfig({ adminAlerts: { platform: 'discord', channel: '123' }, feeds: [{ name: 'Paid', url: `https://feeds.example/rss?apikey=${SECRET}` }] });
    const sent: Delivery[] = [];
    const { logger, lines } = memoryLogger();
    const alerts = new AdminAlerts(config, async (d) => void sent.push(...d), logger);
    await alerts.feedTransition(config.feeds[0]!, 'failing', `redirect loop: https://feeds.example/rss?apikey=${SECRET} was already visited`);
    await alerts.feedTransition(config.feeds[0]!, 'recovered');
    expect(sent).toHaveLength(2);
    const json = JSON.stringify(sent);
    expect(json).not.toContain(SECRET);
    expect(String(sent[0]!.messages[0]!.payload.content)).toContain('https://feeds.example/rss?apikey=\\[redacted\\]');
    expect(lines.join('')).not.toContain(SECRET);
  });
});

describe('commands and run --once', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  const fetched: string[] = [];
  beforeAll(async () => {
    server = await listen((req, res) => {
      fetched.push(req.url ?? '');
      if (req.url?.startsWith('/loop')) {
        res.writeHead(302, { location: req.url });
        res.end();
      } else if (req.url?.startsWith(`/feed.xml?apikey=${SECRET}`)) {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss('Paid', [{ title: 'Asylum office reopens in El Paso', link: 'https://news.example/a' }]));
      } else {
        res.writeHead(403);
        res.end('key required');
      }
    });
  });
  afterAll(() => server.close());

  const goodUrl = () => `${server.url}/feed.xml?apikey=${SECRET}`;
  const loopUrl = () => `${server.url}/loop?token=${SECRET}`;
  const config = () =>
    parseConfig({
      fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 5000, maxItemAgeHours: 0 },
      feeds: [
        { name: 'Paid', url: goodUrl() },
        { name: 'Looping', url: loopUrl() },
      ],
      keywords: { rules: [{ name: 'asylum', match: 'asylum' }] },
    });

  test('feeds list, status, add, test and remove show feed URLs redacted; remove accepts the redacted form', async () => {
    const stores = createMemoryStores();
    const { logger } = memoryLogger();
    const handle = createCommandHandler({ config: config(), stores, logger, testFeed: pollFeedOnce() });
    await stores.feedState.set(loopUrl(), { failures: 3, failing: true, lastError: `redirect loop: ${loopUrl()} was already visited`, initialized: true, lastPollAt: '2023-12-20T11:00:00Z' });
    const admin = { isAdmin: true, userId: 'U0ADMIN' };
    const texts: string[] = [];
    for (const args of [['list'], ['test', goodUrl()], ['test', loopUrl()]]) texts.push(replyText(await handle(request('feeds', args, admin))));
    texts.push(replyText(await handle(request('status', [], admin))));
    texts.push(replyText(await handle(request('feeds', ['add', `${goodUrl()}&lang=en`, 'Paid', 'EN'], admin))));
    const all = texts.join('\n');
    expect(all).not.toContain(SECRET);
    expect(texts[0]).toContain(`Paid — ${server.url}/feed.xml?apikey=[redacted] — not polled yet`);
    expect(texts[0]).toContain(`Looping — ${server.url}/loop?token=[redacted] — FAILING (3 failures: redirect loop: ${server.url}/loop?token=[redacted] was already visited)`);
    expect(texts[1]).toContain(`${server.url}/feed.xml?apikey=[redacted]: 1 items, 1 matching`);
    expect(texts[2]).toContain(`${server.url}/loop?token=[redacted]: redirect loop: ${server.url}/loop?token=[redacted] was already visited`);
    expect(texts[3]).toContain(`Failing: Looping (${server.url}/loop?token=[redacted])`);
    expect(texts[4]).toContain(`Added "Paid EN" (${server.url}/feed.xml?apikey=[redacted]&lang=en): 1 items`);
    expect((await stores.adminEdits.get()).feedsAdded).toEqual([{ url: `${goodUrl()}&lang=en`, name: 'Paid EN' }]);
    // The real URL was used for fetching.
    expect(fetched).toContain(`/feed.xml?apikey=${SECRET}`);

    const removed = await handle(request('feeds', ['remove', `${server.url}/feed.xml?apikey=[redacted]`], admin));
    expect(replyText(removed)).toContain(`Removed feed "Paid" (${server.url}/feed.xml?apikey=[redacted]).`);
    expect((await stores.adminEdits.get()).feedsRemoved).toEqual([goodUrl()]);
  });

  test('run --once: the JSON feeds list, the human report and the logs redact feed URLs; the feed is still fetched', async () => {
    fetched.length = 0;
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
    const result = await runOnce({ config: config(), stores: createMemoryStores(), logger });
    const { deliveries: _d, ...contract } = result;
    const json = JSON.stringify(contract);
    const human = formatOnceReport(contract, { dryRun: true });
    expect(fetched).toContain(`/feed.xml?apikey=${SECRET}`);
    expect(contract.feeds).toEqual([
      { url: `${server.url}/feed.xml?apikey=[redacted]`, name: 'Paid', status: 'ok', items: 1 },
      expect.objectContaining({ url: `${server.url}/loop?token=[redacted]`, name: 'Looping', status: 'error', error: `redirect loop: ${server.url}/loop?token=[redacted] was already visited` }),
    ]);
    expect(contract.stories).toHaveLength(1);
    expect(human).toContain('[ERR] Looping — redirect loop');
    for (const out of [json, human, lines.join('')]) expect(out).not.toContain(SECRET);
  });
});

describe('config files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-secret-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  test('a feed URL with user:password@ is refused naming file, line and field (the secret is not echoed)', () => {
    const p = file('creds.yaml', `feeds:\n  - name: Ok\n    url: https://ok.example/rss\n  - name: Paid\n    url: https://reader:${SECRET}@feeds.example/rss\n`);
    let err: unknown;
    try {
      loadConfig(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain(`${p}:5: feeds[1].url: expected a feed URL without "user:password@"`);
    expect(msg).not.toContain(SECRET);
  });

  test('a key in the query string is allowed (and redacted when shown)', () => {
    const p = file('query.yaml', `feeds:\n  - name: Paid\n    url: https://feeds.example/rss?apikey=${SECRET}\n`);
    expect(loadConfig(p).feeds[0]!.url).toBe(`https://feeds.example/rss?apikey=${SECRET}`);
  });
});
