/**
 * `fetch.allowPrivateHosts` is per entry (host and optional port) and per feed: a feed that is not itself
 * allow-listed is never redirected into an allow-listed private host, and an allow-listed feed reaches only
 * listed hosts and ports. Traffic only to 127.0.0.1; public feeds are decided without any connection.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load';
import { fetchFeed } from '../../src/feeds/fetch';
import { allowListForHop, checkUrlAllowed, isUrlAllowListed, parseAllowEntry } from '../../src/feeds/net-guard';
import { fakeResolver, fixture, recordConnectionAttempts, startFeedServer, testFetchOptions, type FeedServer } from './feed-server';

let a: FeedServer;
let b: FeedServer;
beforeAll(async () => {
  [a, b] = await Promise.all([startFeedServer(), startFeedServer()]);
  for (const s of [a, b]) s.serve('/feed.xml', fixture('rss2-en.xml'));
  a.route('/to-b', (_req, res) => {
    res.writeHead(302, { location: `${b.url}/feed.xml` });
    res.end();
  });
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

describe('entries', () => {
  test.each([
    ['intranet.local', { host: 'intranet.local' }],
    ['Intranet.Local.:8443', { host: 'intranet.local', port: 8443 }],
    ['127.0.0.1:8080', { host: '127.0.0.1', port: 8080 }],
    ['10.0.0.5', { host: '10.0.0.5' }],
    ['::1', { host: '::1' }],
    ['[0:0:0:0:0:0:0:1]', { host: '::1' }],
    ['[fd00::5]:8443', { host: 'fd00::5', port: 8443 }],
  ])('%s', (entry, parsed) => {
    expect(parseAllowEntry(entry)).toEqual(parsed);
  });

  test.each(['http://intranet.local/', 'intranet.local:0', 'intranet.local:70000', 'intranet.local:', 'a b', '', '[intranet.local]:80', 'user@host', 'host/path'])('%j is not an entry', (entry) => {
    expect(parseAllowEntry(entry)).toBeUndefined();
  });

  test('an entry read again (every fetch checks the list) gives the same answer, which cannot be changed by a caller', () => {
    const first = parseAllowEntry('Intranet.Local.:8443');
    expect(parseAllowEntry('Intranet.Local.:8443')).toEqual({ host: 'intranet.local', port: 8443 });
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseAllowEntry('intranet.local:0')).toBeUndefined();
    expect(parseAllowEntry('intranet.local:0')).toBeUndefined();
  });

  test('a host:port entry allows that port only; a plain host entry any port (URL default ports count)', () => {
    const list = ['intranet.local:8443', '10.0.0.5', 'feeds.lan:443'];
    expect(isUrlAllowListed(new URL('https://intranet.local:8443/rss'), list)).toBe(true);
    expect(isUrlAllowListed(new URL('https://intranet.local/rss'), list)).toBe(false);
    expect(isUrlAllowListed(new URL('http://intranet.local:8080/rss'), list)).toBe(false);
    expect(isUrlAllowListed(new URL('http://10.0.0.5:6379/'), list)).toBe(true);
    expect(isUrlAllowListed(new URL('https://feeds.lan/rss'), list)).toBe(true);
    expect(isUrlAllowListed(new URL('http://feeds.lan/rss'), list)).toBe(false);
  });

  test('a feed that is not allow-listed gets no allow list on any hop: its redirects never land on a listed private host', () => {
    const list = ['intranet.local:8443', '127.0.0.1'];
    const publicFeed = new URL('https://news.example.com/feed.xml');
    expect(allowListForHop(publicFeed, publicFeed, list)).toEqual([]);
    expect(allowListForHop(publicFeed, new URL('https://intranet.local:8443/admin'), list)).toEqual([]);
    expect(allowListForHop(publicFeed, new URL('http://127.0.0.1:6379/'), list)).toEqual([]);
    const intranetFeed = new URL('https://intranet.local:8443/rss');
    expect(allowListForHop(intranetFeed, intranetFeed, list)).toEqual(['intranet.local']);
    expect(allowListForHop(intranetFeed, new URL('https://intranet.local:9000/rss'), list)).toEqual([]);
    expect(allowListForHop(intranetFeed, new URL('http://127.0.0.1:8080/rss'), list)).toEqual(['127.0.0.1']);
  });

  test('feeds add: the port counts (checked without connecting)', async () => {
    const noDns = fakeResolver({ 'intranet.local': ['10.0.0.9'] });
    expect(await checkUrlAllowed('http://127.0.0.1:8080/rss', ['127.0.0.1:8080'], noDns)).toEqual({ ok: true });
    expect(await checkUrlAllowed('http://127.0.0.1:9/rss', ['127.0.0.1:8080'], noDns)).toEqual({ ok: false, error: '127.0.0.1 is a private address (blocked); to poll an intranet feed, add "127.0.0.1:9" to fetch.allowPrivateHosts' });
    expect(await checkUrlAllowed('https://intranet.local:8443/rss', ['intranet.local:8443'], noDns)).toEqual({ ok: true });
    expect(await checkUrlAllowed('https://intranet.local/rss', ['intranet.local:8443'], noDns)).toEqual({ ok: false, error: 'intranet.local resolves to a private address 10.0.0.9 (blocked); to poll an intranet feed, add "intranet.local:443" to fetch.allowPrivateHosts' });
  });
});

describe('fetching', () => {
  test('a host:port entry: that port is fetched, another port of the same host is refused without connecting', async () => {
    const ok = await fetchFeed(`${a.url}/feed.xml`, testFetchOptions({ allowPrivateHosts: [`127.0.0.1:${a.port}`] }));
    expect(ok.ok).toBe(true);
    const before = b.requests.length;
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`${b.url}/feed.xml`, testFetchOptions({ allowPrivateHosts: [`127.0.0.1:${a.port}`] })));
    expect(result).toEqual({
      ok: false,
      kind: 'blocked-address',
      error: `127.0.0.1 is a private address (blocked); to poll an intranet feed, add "127.0.0.1:${b.port}" to fetch.allowPrivateHosts`,
    });
    expect(attempts).toEqual([]);
    expect(b.requests.length).toBe(before);
  });

  test('an allow-listed feed redirecting to an unlisted port is refused without connecting to it', async () => {
    const before = b.requests.length;
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`${a.url}/to-b`, testFetchOptions({ allowPrivateHosts: [`127.0.0.1:${a.port}`] })));
    expect(result).toEqual({ ok: false, kind: 'blocked-address', error: 'redirects to a private address 127.0.0.1 (blocked)' });
    // The feed itself only (its connection may also be an open one from the keep-alive pool): never one to b.
    expect(attempts.length).toBeLessThanOrEqual(1);
    expect(b.requests.length).toBe(before);
  });

  test('the redirect is followed when its port is listed too, or when the host is listed without a port (any port)', async () => {
    const both = await fetchFeed(`${a.url}/to-b`, testFetchOptions({ allowPrivateHosts: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`] }));
    expect(both.ok && both.finalUrl).toBe(`${b.url}/feed.xml`);
    const plain = await fetchFeed(`${a.url}/to-b`, testFetchOptions({ allowPrivateHosts: ['127.0.0.1'] }));
    expect(plain.ok && plain.finalUrl).toBe(`${b.url}/feed.xml`);
  });

  test('a name entry does not allow the address it resolves to under another name', async () => {
    const resolveAll = fakeResolver({ 'intranet.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] });
    const ok = await fetchFeed(`http://intranet.test:${a.port}/feed.xml`, testFetchOptions({ allowPrivateHosts: [`intranet.test:${a.port}`], resolveAll }));
    expect(ok.ok).toBe(true);
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`http://other.test:${a.port}/feed.xml`, testFetchOptions({ allowPrivateHosts: [`intranet.test:${a.port}`], resolveAll })));
    expect(result).toEqual({
      ok: false,
      kind: 'blocked-address',
      error: `other.test resolves to a private address 127.0.0.1 (blocked); to poll an intranet feed, add "other.test:${a.port}" to fetch.allowPrivateHosts`,
    });
    expect(attempts).toEqual([]);
  });
});

test('a config entry that is not a host[:port] is refused naming file, line and field', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-allow-'));
  const file = path.join(dir, 'allow.yaml');
  writeFileSync(file, 'fetch:\n  allowPrivateHosts:\n    - intranet.local:8443\n    - http://10.0.0.5/\n');
  expect(() => loadConfig(file)).toThrow(`${file}:4: fetch.allowPrivateHosts[1]: expected a host name or IP address, optionally with a port`);
  writeFileSync(file, 'fetch:\n  allowPrivateHosts: ["intranet.local:8443", "127.0.0.1", "[fd00::5]:8443"]\n');
  expect(loadConfig(file).fetch.allowPrivateHosts).toEqual(['intranet.local:8443', '127.0.0.1', '[fd00::5]:8443']);
});
