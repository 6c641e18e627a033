import { checkUrlAllowed, guardedLookup, isPublicAddress } from '../../src/feeds/net-guard';
import { fakeResolver } from './feed-server';

describe('isPublicAddress', () => {
  test.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.255', '0.0.0.0', '0.1.2.3', '224.0.0.1', '255.255.255.255', '192.0.2.1', '198.18.0.1',
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:169.254.169.254', '::ffff:10.0.0.1', '[::ffff:7f00:1]', '64:ff9b::a9fe:a9fe', '2002:0a00:0001::1',
    'not-an-ip', '', 'localhost', '0x7f000001',
  ])('%s is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  test.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '[2001:4860:4860::8888]'])(
    '%s is public',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );
});

describe('checkUrlAllowed', () => {
  test('public answers pass (no connection is made, only the injected resolver is asked)', async () => {
    const resolve = fakeResolver({ 'news.example.com': ['93.184.216.34', '2606:2800:220:1::248'] });
    expect(await checkUrlAllowed('https://news.example.com/feed.xml', [], resolve)).toEqual({ ok: true });
  });

  test('a host resolving to any private address is refused', async () => {
    const resolve = fakeResolver({ 'mixed.example.com': ['93.184.216.34', '10.1.2.3'] });
    expect(await checkUrlAllowed('https://mixed.example.com/feed.xml', [], resolve)).toEqual({ ok: false, error: 'mixed.example.com resolves to a private address 10.1.2.3 (blocked); to poll an intranet feed, add "mixed.example.com:443" to fetch.allowPrivateHosts' });
  });

  test('localhost is refused unless allow-listed (real resolver, /etc/hosts)', async () => {
    const refused = await checkUrlAllowed('http://localhost:8080/feed', []);
    expect(refused.ok).toBe(false);
    expect(await checkUrlAllowed('http://localhost:8080/feed', ['localhost'])).toEqual({ ok: true });
  });

  test('IP literals are checked without DNS', async () => {
    const noDns = fakeResolver({});
    expect(await checkUrlAllowed('http://169.254.169.254/latest/meta-data/', [], noDns)).toEqual({ ok: false, error: '169.254.169.254 is a private address (blocked); to poll an intranet feed, add "169.254.169.254:80" to fetch.allowPrivateHosts' });
    expect(await checkUrlAllowed('http://[::1]/', [], noDns)).toEqual({ ok: false, error: '::1 is a private address (blocked); to poll an intranet feed, add "[::1]:80" to fetch.allowPrivateHosts' });
    expect(await checkUrlAllowed('http://127.0.0.1:9/', ['127.0.0.1'], noDns)).toEqual({ ok: true });
  });

  test.each([
    ['file:///etc/passwd', 'only http and https URLs are allowed, not file:'],
    ['ftp://example.com/x', 'only http and https URLs are allowed, not ftp:'],
    ['not a url', 'not a valid URL: not a url'],
    ['https://user:pw@example.com/feed', 'URLs with credentials are not allowed'],
  ])('%s is refused', async (url, error) => {
    expect(await checkUrlAllowed(url, [], fakeResolver({}))).toEqual({ ok: false, error });
  });

  test('an unknown host is a DNS error', async () => {
    expect(await checkUrlAllowed('https://example.invalid/feed', [], fakeResolver({}))).toEqual({ ok: false, error: 'DNS lookup failed for example.invalid' });
  });
});

describe('guardedLookup', () => {
  function lookupAsync(lookup: ReturnType<typeof guardedLookup>, host: string, options: object) {
    return new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) =>
      lookup(host, options, (err, address, family) => resolve({ err, address, family })),
    );
  }

  test('answers single-address and all-address calls with public addresses', async () => {
    const lookup = guardedLookup([], fakeResolver({ 'a.example': ['93.184.216.34', '2606:2800:220:1::248'] }));
    expect(await lookupAsync(lookup, 'a.example', {})).toEqual({ err: null, address: '93.184.216.34', family: 4 });
    expect(await lookupAsync(lookup, 'a.example', { family: 6 })).toEqual({ err: null, address: '2606:2800:220:1::248', family: 6 });
    const all = await lookupAsync(lookup, 'a.example', { all: true });
    expect(all.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::248', family: 6 },
    ]);
  });

  test('refuses a rebinding answer that mixes public and private addresses', async () => {
    const lookup = guardedLookup([], fakeResolver({ 'rebind.example': ['93.184.216.34', '127.0.0.1'] }));
    const res = await lookupAsync(lookup, 'rebind.example', { all: true });
    expect(res.err?.code).toBe('EBLOCKED');
    expect(res.err?.message).toBe('rebind.example resolves to a private address 127.0.0.1 (blocked); to poll an intranet feed, add its host (and port) to fetch.allowPrivateHosts');
  });

  test('lets an allow-listed host resolve to a private address', async () => {
    const lookup = guardedLookup(['Intranet.Example'], fakeResolver({ 'intranet.example': ['10.0.0.5'] }));
    expect(await lookupAsync(lookup, 'intranet.example', {})).toEqual({ err: null, address: '10.0.0.5', family: 4 });
  });
});

describe('IPv4-compatible IPv6 (::/96) and other IPv6 outside 2000::/3', () => {
  // Never connected to: literals are refused before any connection, names only ever meet the injected resolver.
  test.each(['::127.0.0.1', '::7f00:1', '[::7f00:1]', '::169.254.169.254', '::a9fe:a9fe', '::10.0.0.1', '0:0:0:0:0:0:127.0.0.1', '::8.8.8.8', '::808:808', '::2', '::ffff:0:7f00:1'])(
    '%s is not public',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(false);
    },
  );

  test.each(['100::1', '1::1', '4000::1', 'e000::1'])('%s (outside the global unicast block) is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  test('a URL literal [::127.0.0.1] (normalized to [::7f00:1]) is refused before any connection', async () => {
    expect(await checkUrlAllowed('http://[::127.0.0.1]:9/feed', [], fakeResolver({}))).toEqual({ ok: false, error: '::7f00:1 is a private address (blocked); to poll an intranet feed, add "[::7f00:1]:9" to fetch.allowPrivateHosts' });
    expect(await checkUrlAllowed('http://[::169.254.169.254]/latest/meta-data/', [], fakeResolver({}))).toEqual({ ok: false, error: '::a9fe:a9fe is a private address (blocked); to poll an intranet feed, add "[::a9fe:a9fe]:80" to fetch.allowPrivateHosts' });
  });

  test('a name resolving to an IPv4-compatible address is refused at lookup', async () => {
    const resolve = fakeResolver({ 'compat.example': ['::7f00:1'] });
    expect(await checkUrlAllowed('https://compat.example/feed', [], resolve)).toEqual({ ok: false, error: 'compat.example resolves to a private address ::7f00:1 (blocked); to poll an intranet feed, add "compat.example:443" to fetch.allowPrivateHosts' });
    const lookup = guardedLookup([], resolve);
    const res = await new Promise<NodeJS.ErrnoException | null>((done) => lookup('compat.example', { all: true }, (err) => done(err)));
    expect(res?.code).toBe('EBLOCKED');
  });
});
