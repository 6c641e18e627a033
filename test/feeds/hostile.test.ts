/**
 * The hostile set: every case a feed server (or a feed author) could use to hurt the poller.
 * Each runs against a real local server on 127.0.0.1; blocked addresses are refused without any
 * TCP connection attempt (recorded through node's diagnostics channel).
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { FeedConfig } from '../../src/config/schema';
import { fetchFeed } from '../../src/feeds/fetch';
import { pollFeed } from '../../src/feeds/poll';
import { fakeResolver, fixture, recordConnectionAttempts, startFeedServer, testFetchConfig, testFetchOptions, type FeedServer } from './feed-server';

let srv: FeedServer;
beforeAll(async () => {
  srv = await startFeedServer();
});
afterAll(async () => {
  await srv.close();
});

const MB = 1024 * 1024;
const NOW = new Date('2023-11-15T12:00:00Z');

function feed(path: string, name = 'Hostile'): FeedConfig {
  return { url: `${srv.url}${path}`, name };
}

async function poll(path: string) {
  return pollFeed(feed(path), undefined, testFetchConfig(), NOW);
}

/** An endless-looking stream of zeros, produced chunk by chunk (never held in memory). */
function zeros(total: number, onChunk: (n: number) => void): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  let produced = 0;
  return new Readable({
    read() {
      if (produced >= total) return void this.push(null);
      produced += chunk.length;
      onChunk(chunk.length);
      this.push(chunk);
    },
  });
}

function redirectTo(location: string): http.RequestListener {
  return (_req, res) => {
    res.writeHead(302, { location });
    res.end();
  };
}

describe('wrong content type and charset', () => {
  test('an RSS feed served as text/html is still parsed (content is sniffed, not trusted)', async () => {
    srv.serve('/ct/html', fixture('rss2-en.xml'), 'text/html; charset=utf-8');
    const out = await poll('/ct/html');
    expect(out.report).toMatchObject({ status: 'ok', items: 3 });
  });

  test('an Atom feed served as application/octet-stream is still parsed', async () => {
    srv.serve('/ct/octet', fixture('atom.xml'), 'application/octet-stream');
    const out = await poll('/ct/octet');
    expect(out.report).toMatchObject({ status: 'ok', items: 2 });
  });

  test('an HTML page served as application/rss+xml is a clear not-XML error', async () => {
    srv.serve('/ct/liar', fixture('page.html'), 'application/rss+xml');
    const out = await poll('/ct/liar');
    expect(out.report).toMatchObject({ status: 'error', items: 0, error: 'got an HTML page, not an RSS or Atom feed' });
  });

  test('a UTF-8 body mislabelled charset=ISO-8859-1 comes out right (no mojibake)', async () => {
    srv.serve('/cs/mislabelled', fixture('utf8-mislabeled.xml'), 'text/xml; charset=ISO-8859-1');
    const out = await poll('/cs/mislabelled');
    expect(out.items[0].title).toBe('“Ya no hay espacio”: albergues de Reynosa piden ayuda');
    expect(JSON.stringify(out.items)).not.toMatch(/Ã|â€/);
  });

  test('a Latin-1 body mislabelled charset=utf-8 follows its XML declaration', async () => {
    srv.serve('/cs/latin1-as-utf8', fixture('latin1.xml'), 'application/rss+xml; charset=utf-8');
    const out = await poll('/cs/latin1-as-utf8');
    expect(out.items[0].title).toBe('Migración: récord de cruces en Piedras Negras');
    expect(out.items[0].summary).toContain('¿qué sigue');
    expect(JSON.stringify(out.items)).not.toContain('\uFFFD');
  });

  test('a Windows-1252 body with no charset anywhere still gets its curly quotes', async () => {
    srv.serve('/cs/none', fixture('cp1252-undeclared.xml'), 'application/xml');
    const out = await poll('/cs/none');
    expect(out.items[0].title).toBe('“Ya no hay espacio”: albergues de Reynosa piden ayuda');
    expect(out.items[0].summary).toBe('El director dijo: ‘estamos al 150 %’ — y pidió apoyo al gobierno federal… La situación en Matamoros es similar.');
  });

  test('an unknown charset label does not break decoding', async () => {
    srv.serve('/cs/bogus', fixture('rss2-es.xml'), 'application/rss+xml; charset=x-made-up-charset');
    const out = await poll('/cs/bogus');
    expect(out.items[0].title).toBe('Llegan más de 2 mil migrantes a Ciudad Juárez en una semana');
  });
});

describe('size and time limits', () => {
  test('a gzip bomb (1 GB of zeros, compressed while streaming) stops at the cap', async () => {
    let generated = 0;
    srv.route('/bomb.gz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      const src = zeros(1024 * MB, (n) => (generated += n));
      const gz = zlib.createGzip({ level: 9 });
      res.on('close', () => {
        src.destroy();
        gz.destroy();
      });
      src.pipe(gz).pipe(res);
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const res = await fetchFeed(`${srv.url}/bomb.gz`, testFetchOptions({ maxBytes: 2 * MB }));
    expect(res).toEqual({ ok: false, kind: 'too-large', status: 200, error: 'response larger than 2097152 bytes' });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * MB);
    // The client hung up long before the server got through the gigabyte.
    expect(generated).toBeLessThan(512 * MB);
  });

  test('a brotli bomb stops at the cap too', async () => {
    srv.route('/bomb.br', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' });
      const src = zeros(1024 * MB, () => undefined);
      const br = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
      res.on('close', () => {
        src.destroy();
        br.destroy();
      });
      src.pipe(br).pipe(res);
    });
    const res = await fetchFeed(`${srv.url}/bomb.br`, testFetchOptions({ maxBytes: 1 * MB }));
    expect(!res.ok && res.kind).toBe('too-large');
  });

  test('a 50 MB streamed body (no Content-Length) is cut at the default 10 MB cap', async () => {
    let generated = 0;
    srv.route('/50mb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const src = zeros(50 * MB, (n) => (generated += n));
      res.on('close', () => src.destroy());
      src.pipe(res);
    });
    const res = await fetchFeed(`${srv.url}/50mb`, testFetchOptions({ maxBytes: 10 * MB }));
    expect(res).toEqual({ ok: false, kind: 'too-large', status: 200, error: 'response larger than 10485760 bytes' });
    expect(generated).toBeLessThan(50 * MB);
  });

  test('a 50 MB body announced by Content-Length is refused before reading it', async () => {
    let generated = 0;
    srv.route('/50mb-declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * MB) });
      const src = zeros(50 * MB, (n) => (generated += n));
      res.on('close', () => src.destroy());
      src.pipe(res);
    });
    const res = await fetchFeed(`${srv.url}/50mb-declared`, testFetchOptions());
    expect(!res.ok && res.error).toBe('response larger than 10485760 bytes (Content-Length 52428800)');
    expect(generated).toBeLessThan(50 * MB);
  });

  test('a server dripping one byte a second times out', async () => {
    srv.route('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<');
      const timer = setInterval(() => res.write('r'), 1000);
      res.on('close', () => clearInterval(timer));
    });
    const res = await fetchFeed(`${srv.url}/drip`, testFetchOptions({ timeoutMs: 1500 }));
    expect(res).toEqual({ ok: false, kind: 'timeout', status: 200, error: 'timed out after 1500 ms' });
  });

  test('a server that accepts and never answers times out', async () => {
    srv.route('/silent', () => undefined);
    const res = await fetchFeed(`${srv.url}/silent`, testFetchOptions({ timeoutMs: 300 }));
    expect(res).toEqual({ ok: false, kind: 'timeout', error: 'timed out after 300 ms' });
  });

  test('oversized response headers are a network error, not a crash', async () => {
    srv.route('/header-bomb', (_req, res) => {
      const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
      for (let i = 0; i < 100; i++) headers[`x-junk-${i}`] = 'j'.repeat(1000);
      res.writeHead(200, headers);
      res.end('<rss/>');
    });
    const res = await fetchFeed(`${srv.url}/header-bomb`, testFetchOptions());
    expect(!res.ok && res.kind).toBe('network');
  });

  test('a body that claims gzip but is not is a clear decoding error', async () => {
    srv.serve('/fake-gzip', fixture('rss2-en.xml'), 'application/rss+xml', { 'content-encoding': 'gzip' });
    const res = await fetchFeed(`${srv.url}/fake-gzip`, testFetchOptions());
    expect(!res.ok && res.error).toMatch(/^could not decode gzip body/);
  });

  test('an unknown content-encoding is refused', async () => {
    srv.serve('/zstd', fixture('rss2-en.xml'), 'application/rss+xml', { 'content-encoding': 'compress' });
    const res = await fetchFeed(`${srv.url}/zstd`, testFetchOptions());
    expect(!res.ok && res.error).toBe('unsupported content-encoding "compress"');
  });
});

describe('redirects and private addresses (SSRF)', () => {
  test('a redirect to itself is a loop', async () => {
    srv.route('/self', redirectTo('/self'));
    const res = await fetchFeed(`${srv.url}/self`, testFetchOptions());
    expect(!res.ok && res.kind).toBe('redirect');
    expect(!res.ok && res.error).toMatch(/^redirect loop/);
  });

  test.each([
    ['cloud metadata 169.254.169.254', 'http://169.254.169.254/latest/meta-data/', 'redirects to a private address 169.254.169.254 (blocked)'],
    ['private 10.x', 'http://10.0.0.7/feed.xml', 'redirects to a private address 10.0.0.7 (blocked)'],
    ['private 192.168.x over https', 'https://192.168.1.1/admin', 'redirects to a private address 192.168.1.1 (blocked)'],
    ['IPv4-mapped loopback [::ffff:127.0.0.1]', 'http://[::ffff:127.0.0.1]:1/feed.xml', 'redirects to a private address ::ffff:7f00:1 (blocked)'],
    ['IPv6 loopback [::1]', 'http://[::1]/feed.xml', 'redirects to a private address ::1 (blocked)'],
    ['hex-encoded IPv4 0x0a000001', 'http://0x0a000001/', 'redirects to a private address 10.0.0.1 (blocked)'],
  ])('a redirect to %s is refused without connecting', async (_label, target, message) => {
    const path = `/to-private/${Math.random().toString(36).slice(2)}`;
    srv.route(path, redirectTo(target));
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`${srv.url}${path}`, testFetchOptions()));
    expect(result).toEqual({ ok: false, kind: 'blocked-address', error: message });
    expect(attempts).toEqual(['127.0.0.1']);
  });

  test('a redirect to localhost (resolves to loopback, not allow-listed) is refused without connecting', async () => {
    srv.route('/to-localhost', redirectTo(`http://localhost:${srv.port}/rss2.xml`));
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`${srv.url}/to-localhost`, testFetchOptions()));
    expect(!result.ok && result.kind).toBe('blocked-address');
    expect(!result.ok && result.error).toMatch(/^redirects to localhost, which resolves to a private address (127\.0\.0\.1|::1) \(blocked\)$/);
    expect(attempts).toEqual(['127.0.0.1']);
  });

  test('a redirect to a host name whose DNS answer is the metadata address is refused without connecting', async () => {
    srv.route('/to-rebind', redirectTo('http://metadata.attacker.example/feed.xml'));
    const resolveAll = fakeResolver({ 'metadata.attacker.example': ['169.254.169.254'] });
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(`${srv.url}/to-rebind`, testFetchOptions({ resolveAll })));
    expect(result).toEqual({ ok: false, kind: 'blocked-address', error: 'redirects to metadata.attacker.example, which resolves to a private address 169.254.169.254 (blocked)' });
    expect(attempts).toEqual(['127.0.0.1']);
  });

  test.each([
    ['http://169.254.169.254/latest/meta-data/iam/', '169.254.169.254 is a private address (blocked). To allow an intranet feed, add its host to fetch.allowPrivateHosts'],
    ['http://100.64.0.1/feed', '100.64.0.1 is a private address (blocked). To allow an intranet feed, add its host to fetch.allowPrivateHosts'],
    ['http://[fd00::1]/feed', 'fd00::1 is a private address (blocked). To allow an intranet feed, add its host to fetch.allowPrivateHosts'],
    ['http://0.0.0.0/feed', '0.0.0.0 is a private address (blocked). To allow an intranet feed, add its host to fetch.allowPrivateHosts'],
  ])('a feed URL %s is refused without connecting', async (url, message) => {
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(url, testFetchOptions()));
    expect(result).toEqual({ ok: false, kind: 'blocked-address', error: message });
    expect(attempts).toEqual([]);
  });

  test('a feed URL on localhost is refused unless localhost is allow-listed', async () => {
    srv.serve('/rss2.xml', fixture('rss2-en.xml'));
    const url = `http://localhost:${srv.port}/rss2.xml`;
    const blocked = await recordConnectionAttempts(() => fetchFeed(url, testFetchOptions()));
    expect(!blocked.result.ok && blocked.result.kind).toBe('blocked-address');
    expect(blocked.attempts).toEqual([]);
    const allowed = await fetchFeed(url, testFetchOptions({ allowPrivateHosts: ['localhost'] }));
    expect(allowed.ok).toBe(true);
  });

  test.each([
    ['file:///etc/passwd'],
    ['ftp://ftp.example.com/feed.xml'],
    ['data:application/rss+xml,<rss/>'],
    ['gopher://example.com/1'],
    ['javascript:alert(1)'],
  ])('the non-http scheme %s is a bad-url error', async (url) => {
    const { result, attempts } = await recordConnectionAttempts(() => fetchFeed(url, testFetchOptions()));
    expect(!result.ok && result.kind).toBe('bad-url');
    expect(!result.ok && result.error).toMatch(/^only http and https URLs are allowed, not [a-z]+:$/);
    expect(attempts).toEqual([]);
  });

  test('a redirect to file:///etc/passwd is a bad-url error', async () => {
    srv.route('/to-file', redirectTo('file:///etc/passwd'));
    const res = await fetchFeed(`${srv.url}/to-file`, testFetchOptions());
    expect(res).toEqual({ ok: false, kind: 'bad-url', error: 'redirect to a file: URL (only http and https are allowed)' });
  });
});

describe('hostile XML', () => {
  const PASSWD_MARKER = /root:.*:0:0:/;

  test('billion laughs is refused as unsafe XML', async () => {
    srv.serve('/lol.xml', fixture('billion-laughs.xml'));
    const out = await poll('/lol.xml');
    expect(out.report.status).toBe('error');
    expect(out.report.error).toMatch(/declares entities/);
    expect(out.items).toEqual([]);
    expect(JSON.stringify(out)).not.toContain('lollol');
  });

  test('an external entity pointing at /etc/passwd is refused and nothing is read', async () => {
    srv.serve('/xxe.xml', fixture('xxe.xml'));
    const out = await poll('/xxe.xml');
    expect(out.report.error).toMatch(/declares entities/);
    expect(JSON.stringify(out)).not.toMatch(PASSWD_MARKER);
  });

  test('a parameter-entity XXE is refused', async () => {
    srv.serve('/xxe-pe.xml', fixture('xxe-parameter.xml'));
    const out = await poll('/xxe-pe.xml');
    expect(out.report.status).toBe('error');
    expect(JSON.stringify(out)).not.toMatch(PASSWD_MARKER);
  });

  test('a DOCTYPE whose DTD is a local file is refused', async () => {
    srv.serve('/xxe-dtd.xml', fixture('xxe-external-dtd.xml'));
    const out = await poll('/xxe-dtd.xml');
    expect(out.report.error).toBe('the DOCTYPE references file: (only http(s) DTDs are tolerated); refused');
    expect(JSON.stringify(out)).not.toMatch(PASSWD_MARKER);
  });

  test('an undeclared entity without any DOCTYPE is a parse error, not a file read', async () => {
    srv.serve('/undeclared.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>');
    const out = await poll('/undeclared.xml');
    expect(out.report.status).toBe('error');
    expect(out.report.error).toMatch(/^XML parse error/);
    expect(JSON.stringify(out)).not.toMatch(PASSWD_MARKER);
  });

  test('deeply nested markup in a description does not crash the poller', async () => {
    const depth = 20000;
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Nest</title><item><title>Deep</title><link>https://nest.example/1</link><description>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</description></item></channel></rss>`;
    srv.serve('/nested.xml', body);
    const out = await poll('/nested.xml');
    expect(out.report).toMatchObject({ status: 'ok', items: 1 });
    // The item survives without its unreadable body.
    expect(out.items[0]).toMatchObject({ title: 'Deep', link: 'https://nest.example/1' });
  });
});

describe('hostile items', () => {
  test('items without links or titles are kept when they carry something, dropped when empty', async () => {
    srv.serve('/odd.xml', fixture('odd-items.xml'));
    const out = await poll('/odd.xml');
    expect(out.report).toMatchObject({ status: 'ok', items: 7 });
    const onlyText = out.items.find((i) => i.summary.startsWith('Only a description'))!;
    expect(onlyText.link).toBeUndefined();
    expect(onlyText.title).toMatch(/^Only a description: Border Patrol agents/);
    expect(onlyText.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const onlyLink = out.items.find((i) => i.link === 'https://odd.example.org/only-a-link')!;
    expect(onlyLink.id).toBe('https://odd.example.org/only-a-link');
    expect(out.items.find((i) => i.title === 'Javascript link')!.link).toBeUndefined();
  });

  test('dates in the future are kept and crash nothing; invalid dates are dropped', async () => {
    srv.serve('/odd2.xml', fixture('odd-items.xml'));
    const out = await poll('/odd2.xml');
    expect(out.items.find((i) => i.title === 'Scheduled story from the future')!.published).toBe('2100-01-01T00:00:00.000Z');
    expect(out.items.find((i) => i.title === 'Broken date')!.published).toBeUndefined();
    expect(out.items.find((i) => i.title === 'Very far future')!.published).toBeUndefined();
  });

  test('10,000 items in one feed parse fine with bounded heap growth', async () => {
    const items: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      items.push(
        `<item><title>Border update ${i}: ${i * 7} encounters near Eagle Pass</title><link>https://bulk.example.com/story/${i}</link><guid>bulk-${i}</guid><pubDate>Tue, 14 Nov 2023 12:00:00 GMT</pubDate><description>&lt;p&gt;Item ${i} of a very long feed about the U.S.–Mexico border.&lt;/p&gt;</description></item>`,
      );
    }
    srv.serve('/bulk.xml', `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bulk</title>${items.join('')}</channel></rss>`);
    const heapBefore = process.memoryUsage().heapUsed;
    const out = await poll('/bulk.xml');
    expect(out.report).toMatchObject({ status: 'ok', items: 10_000 });
    expect(out.items[9_999]).toMatchObject({ id: 'bulk-9999', link: 'https://bulk.example.com/story/9999', summary: 'Item 9999 of a very long feed about the U.S.–Mexico border.' });
    expect(new Set(out.items.map((i) => i.id)).size).toBe(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * MB);
  });
});
