import zlib from 'node:zlib';
import { closeFeedConnections, fetchFeed, FEED_ACCEPT } from '../../src/feeds/fetch';
import { fakeResolver, fixture, recordConnectionAttempts, startFeedServer, testFetchOptions, type FeedServer } from './feed-server';

let srv: FeedServer;
beforeAll(async () => {
  srv = await startFeedServer();
});
afterAll(async () => {
  await srv.close();
});

function redirect(to: string, status = 302): (req: unknown, res: import('node:http').ServerResponse) => void {
  return (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };
}

describe('fetchFeed: the happy path', () => {
  test('fetches an RSS 2.0 feed with a real User-Agent, a feed Accept and compression offered', async () => {
    srv.serve('/rss2.xml', fixture('rss2-en.xml'), 'application/rss+xml; charset=utf-8');
    const res = await fetchFeed(`${srv.url}/rss2.xml`, testFetchOptions());
    expect(res.ok && !res.notModified).toBe(true);
    if (!res.ok || res.notModified) return;
    expect(res.status).toBe(200);
    expect(res.body.equals(fixture('rss2-en.xml'))).toBe(true);
    expect(res.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(res.finalUrl).toBe(`${srv.url}/rss2.xml`);
    const seen = srv.requests.filter((r) => r.path === '/rss2.xml').at(-1)!;
    expect(seen.headers['user-agent']).toMatch(/^borderwatch-test\//);
    expect(seen.headers.accept).toBe(FEED_ACCEPT);
    expect(seen.headers.accept).toContain('application/rss+xml');
    expect(seen.headers.accept).toContain('application/atom+xml');
    expect(seen.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(seen.headers['if-none-match']).toBeUndefined();
  });

  test.each([
    ['gzip', 'gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['deflate (zlib-wrapped)', 'deflate', (b: Buffer) => zlib.deflateSync(b)],
    ['deflate (raw, as some servers send it)', 'deflate', (b: Buffer) => zlib.deflateRawSync(b)],
    ['br', 'br', (b: Buffer) => zlib.brotliCompressSync(b)],
  ])('decodes a %s body', async (_label, encoding, compress) => {
    const path = `/enc-${encoding}-${Math.random().toString(36).slice(2)}.xml`;
    srv.serve(path, compress(fixture('atom.xml')), 'application/atom+xml', { 'content-encoding': encoding });
    const res = await fetchFeed(`${srv.url}${path}`, testFetchOptions());
    expect(res.ok && !res.notModified && res.body.toString('utf8')).toBe(fixture('atom.xml').toString('utf8'));
  });

  test('follows redirects (absolute and relative) and reports the final URL', async () => {
    srv.route('/r/a', redirect(`${srv.url}/r/b`, 301));
    srv.route('/r/b', redirect('/r/c', 307));
    srv.serve('/r/c', fixture('rss2-es.xml'));
    const res = await fetchFeed(`${srv.url}/r/a`, testFetchOptions());
    expect(res.ok).toBe(true);
    expect(res.ok && res.finalUrl).toBe(`${srv.url}/r/c`);
  });
});

describe('fetchFeed: HTTP errors', () => {
  test('404 is an http error with a readable message', async () => {
    const res = await fetchFeed(`${srv.url}/missing.xml`, testFetchOptions());
    expect(res).toEqual({ ok: false, kind: 'http', status: 404, error: 'HTTP 404 Not Found' });
  });

  test('500 is an http error', async () => {
    srv.route('/boom', (_req, res) => {
      res.writeHead(500);
      res.end('stack trace here');
    });
    const res = await fetchFeed(`${srv.url}/boom`, testFetchOptions());
    expect(res).toEqual({ ok: false, kind: 'http', status: 500, error: 'HTTP 500 Internal Server Error' });
  });

  test('a redirect without a Location header is an http error', async () => {
    srv.route('/noloc', (_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const res = await fetchFeed(`${srv.url}/noloc`, testFetchOptions());
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toBe('HTTP 302 Found without a Location header');
  });

  test('connection refused is a network error', async () => {
    const closed = await startFeedServer();
    const url = `${closed.url}/feed.xml`;
    await closed.close();
    const res = await fetchFeed(url, testFetchOptions());
    expect(res.ok).toBe(false);
    expect(!res.ok && res.kind).toBe('network');
    expect(!res.ok && res.error).toMatch(/connection refused by 127\.0\.0\.1:\d+/);
  });

  test('a server that hangs up mid-body is a network error', async () => {
    srv.route('/hangup', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '5000' });
      res.write('<rss version="2.0"><channel>');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const res = await fetchFeed(`${srv.url}/hangup`, testFetchOptions());
    expect(res.ok).toBe(false);
    expect(!res.ok && res.kind).toBe('network');
  });

  test('a DNS failure names the host', async () => {
    const res = await fetchFeed('http://example.invalid/feed.xml', testFetchOptions({ resolveAll: fakeResolver({}) }));
    expect(res).toEqual({ ok: false, kind: 'dns', error: 'DNS lookup failed for example.invalid' });
  });
});

describe('fetchFeed: redirects', () => {
  test('too many redirects', async () => {
    for (let i = 0; i < 7; i++) srv.route(`/chain/${i}`, redirect(`/chain/${i + 1}`));
    srv.serve('/chain/7', fixture('rss2-en.xml'));
    const res = await fetchFeed(`${srv.url}/chain/0`, testFetchOptions({ maxRedirects: 5 }));
    expect(res).toEqual({ ok: false, kind: 'redirect', status: 302, error: 'too many redirects (more than 5)' });
    // Exactly maxRedirects hops were followed.
    expect(srv.requests.filter((r) => r.path.startsWith('/chain/')).map((r) => r.path)).toEqual(['/chain/0', '/chain/1', '/chain/2', '/chain/3', '/chain/4', '/chain/5']);
  });

  test('maxRedirects 0 refuses any redirect', async () => {
    srv.route('/once', redirect('/rss2.xml'));
    const res = await fetchFeed(`${srv.url}/once`, testFetchOptions({ maxRedirects: 0 }));
    expect(!res.ok && res.kind).toBe('redirect');
  });

  test('a redirect loop is detected before the limit', async () => {
    srv.route('/loop/a', redirect('/loop/b'));
    srv.route('/loop/b', redirect('/loop/a'));
    const res = await fetchFeed(`${srv.url}/loop/a`, testFetchOptions({ maxRedirects: 10 }));
    expect(res).toEqual({ ok: false, kind: 'redirect', error: `redirect loop: ${srv.url}/loop/a was already visited` });
  });
});

describe('fetchFeed: limits', () => {
  test('a slow response times out (whole-response deadline)', async () => {
    srv.route('/slow', (_req, res) => {
      const t = setTimeout(() => res.end('<rss/>'), 3000);
      res.on('close', () => clearTimeout(t));
    });
    const res = await fetchFeed(`${srv.url}/slow`, testFetchOptions({ timeoutMs: 300 }));
    expect(res).toEqual({ ok: false, kind: 'timeout', error: 'timed out after 300 ms' });
  });

  test('the deadline spans redirect hops', async () => {
    const slowRedirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
      const t = setTimeout(() => {
        res.writeHead(302, { location: to });
        res.end();
      }, 150);
      res.on('close', () => clearTimeout(t));
    };
    srv.route('/slowhop/1', slowRedirect('/slowhop/2'));
    srv.route('/slowhop/2', slowRedirect('/slowhop/3'));
    srv.route('/slowhop/3', slowRedirect('/slowhop/4'));
    srv.serve('/slowhop/4', fixture('rss2-en.xml'));
    // Each hop alone is well under the limit; together they are not.
    const res = await fetchFeed(`${srv.url}/slowhop/1`, testFetchOptions({ timeoutMs: 400 }));
    expect(!res.ok && res.kind).toBe('timeout');
  });

  test('an oversized body declared by Content-Length is refused', async () => {
    const big = Buffer.alloc(64 * 1024, 'a');
    srv.serve('/big', big, 'application/rss+xml');
    const res = await fetchFeed(`${srv.url}/big`, testFetchOptions({ maxBytes: 32 * 1024 }));
    expect(!res.ok && res.kind).toBe('too-large');
    expect(!res.ok && res.error).toMatch(/^response larger than 32768 bytes/);
  });

  test('an oversized chunked body is cut while streaming', async () => {
    srv.route('/big-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      for (let i = 0; i < 8; i++) res.write(Buffer.alloc(8 * 1024, 'b'));
      res.end();
    });
    const res = await fetchFeed(`${srv.url}/big-chunked`, testFetchOptions({ maxBytes: 32 * 1024 }));
    expect(res).toEqual({ ok: false, kind: 'too-large', status: 200, error: 'response larger than 32768 bytes' });
  });
});

describe('fetchFeed: conditional GET', () => {
  test('ETag round trip: If-None-Match is sent and 304 means notModified', async () => {
    srv.route('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      res.end(fixture('rss2-en.xml'));
    });
    const first = await fetchFeed(`${srv.url}/etag.xml`, testFetchOptions());
    expect(first.ok && first.etag).toBe('"v1"');
    const second = await fetchFeed(`${srv.url}/etag.xml`, testFetchOptions({ etag: '"v1"' }));
    expect(second).toEqual({ ok: true, notModified: true, status: 304, etag: '"v1"', finalUrl: `${srv.url}/etag.xml` });
    expect(srv.requests.filter((r) => r.path === '/etag.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
  });

  test('Last-Modified round trip: If-Modified-Since is sent and 304 means notModified', async () => {
    const stamp = 'Tue, 14 Nov 2023 18:30:00 GMT';
    srv.route('/lm.xml', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': stamp });
      res.end(fixture('rss2-en.xml'));
    });
    const first = await fetchFeed(`${srv.url}/lm.xml`, testFetchOptions());
    expect(first.ok && first.lastModified).toBe(stamp);
    const second = await fetchFeed(`${srv.url}/lm.xml`, testFetchOptions({ lastModified: stamp }));
    expect(second.ok && second.notModified).toBe(true);
  });

  test('a stored validator with control characters is never sent (no header injection)', async () => {
    srv.serve('/inject.xml', fixture('rss2-en.xml'));
    const res = await fetchFeed(`${srv.url}/inject.xml`, testFetchOptions({ etag: '"x"\r\nX-Evil: 1' }));
    expect(res.ok).toBe(true);
    const seen = srv.requests.filter((r) => r.path === '/inject.xml').at(-1)!;
    expect(seen.headers['if-none-match']).toBeUndefined();
    expect(seen.headers['x-evil']).toBeUndefined();
  });
});

describe('fetchFeed: keep-alive connection pool', () => {
  /** Count the TCP connections node opens while `fn` runs, and the resolver's lookups. */
  async function counting<T>(fn: () => Promise<T>): Promise<{ result: T; connections: number }> {
    const { result, attempts } = await recordConnectionAttempts(fn);
    return { result, connections: attempts.length };
  }

  test('a second fetch of the same origin reuses the connection; the guarded lookup runs once, for the new one', async () => {
    const feeds = await startFeedServer();
    feeds.serve('/ka.xml', fixture('rss2-en.xml'));
    const lookups: string[] = [];
    const resolver = fakeResolver({ 'feeds.test': ['127.0.0.1'] })!;
    const resolveAll = async (host: string) => (lookups.push(host), resolver(host));
    const opts = testFetchOptions({ allowPrivateHosts: ['feeds.test'], resolveAll });
    const url = `http://feeds.test:${feeds.port}/ka.xml`;
    try {
      const first = await counting(() => fetchFeed(url, opts));
      expect(first.result.ok).toBe(true);
      expect(first.connections).toBe(1);
      const second = await counting(() => fetchFeed(url, opts));
      expect(second.result.ok).toBe(true);
      expect(second.connections).toBe(0);
      expect(lookups).toEqual(['feeds.test']);
    } finally {
      closeFeedConnections(resolveAll);
      await feeds.close();
    }
  });

  test('another resolver or allow list never shares a pooled connection: its own guarded lookup refuses the host', async () => {
    const feeds = await startFeedServer();
    feeds.serve('/share.xml', fixture('rss2-en.xml'));
    const resolveAll = fakeResolver({ 'feeds.test': ['127.0.0.1'] })!;
    const url = `http://feeds.test:${feeds.port}/share.xml`;
    try {
      expect((await fetchFeed(url, testFetchOptions({ allowPrivateHosts: ['feeds.test'], resolveAll }))).ok).toBe(true);
      // Same host and resolver, but the host is no longer allowed to be private: a new, checked connection.
      const refused = await fetchFeed(url, testFetchOptions({ allowPrivateHosts: [], resolveAll }));
      expect(!refused.ok && refused.kind).toBe('blocked-address');
    } finally {
      closeFeedConnections(resolveAll);
      await feeds.close();
    }
  });

  test('a redirect hop opens a fresh connection of its own (and its lookup runs), even to a pooled origin', async () => {
    const feeds = await startFeedServer();
    feeds.serve('/target.xml', fixture('rss2-en.xml'));
    feeds.route('/hop', redirect('/target.xml'));
    const lookups: string[] = [];
    const resolver = fakeResolver({ 'feeds.test': ['127.0.0.1'] })!;
    const resolveAll = async (host: string) => (lookups.push(host), resolver(host));
    const opts = testFetchOptions({ allowPrivateHosts: ['feeds.test'], resolveAll });
    try {
      expect((await fetchFeed(`http://feeds.test:${feeds.port}/target.xml`, opts)).ok).toBe(true);
      const hop = await counting(() => fetchFeed(`http://feeds.test:${feeds.port}/hop`, opts));
      expect(hop.result.ok && hop.result.finalUrl).toBe(`http://feeds.test:${feeds.port}/target.xml`);
      // The first hop reused the pooled connection; the redirect hop opened (and looked up) one of its own.
      expect(hop.connections).toBe(1);
      expect(lookups).toEqual(['feeds.test', 'feeds.test']);
    } finally {
      closeFeedConnections(resolveAll);
      await feeds.close();
    }
  });

  test('a pooled connection the server dropped while idle is retried once on a fresh connection', async () => {
    const feeds = await startFeedServer();
    const sockets = new Set<unknown>();
    feeds.route('/drop.xml', (req, res) => {
      // The second request arriving on a connection that already served one: hang up without answering.
      if (sockets.has(req.socket)) return req.socket.destroy();
      sockets.add(req.socket);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(fixture('rss2-en.xml'));
    });
    const resolveAll = fakeResolver({ 'feeds.test': ['127.0.0.1'] })!;
    const opts = testFetchOptions({ allowPrivateHosts: ['feeds.test'], resolveAll });
    const url = `http://feeds.test:${feeds.port}/drop.xml`;
    try {
      expect((await fetchFeed(url, opts)).ok).toBe(true);
      const again = await counting(() => fetchFeed(url, opts));
      expect(again.result.ok).toBe(true);
      expect(again.connections).toBe(1);
    } finally {
      closeFeedConnections(resolveAll);
      await feeds.close();
    }
  });
});
