import type { FeedConfig } from '../../src/config/schema';
import { backoffMs, isDue, pollFeed } from '../../src/feeds/poll';
import type { FeedState } from '../../src/store/types';
import { fixture, startFeedServer, testFetchConfig, type FeedServer } from './feed-server';

let srv: FeedServer;
beforeAll(async () => {
  srv = await startFeedServer();
});
afterAll(async () => {
  await srv.close();
});

const MIN = 60_000;
const T0 = new Date('2023-11-15T12:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * MIN);

describe('backoffMs', () => {
  test('grows exponentially from the interval and is capped', () => {
    expect(backoffMs(0, 5, 60)).toBe(0);
    expect([1, 2, 3, 4, 5, 6, 50, 10_000].map((n) => backoffMs(n, 5, 60) / MIN)).toEqual([5, 10, 20, 40, 60, 60, 60, 60]);
  });

  test('the cap never goes below the interval itself', () => {
    expect(backoffMs(3, 120, 60)).toBe(120 * MIN);
  });
});

describe('isDue', () => {
  test('a new feed is due; a feed in backoff is not until nextAttemptAt', () => {
    expect(isDue(undefined, T0)).toBe(true);
    const state: FeedState = { failures: 2, failing: false, initialized: true, nextAttemptAt: at(10).toISOString() };
    expect(isDue(state, at(9))).toBe(false);
    expect(isDue(state, at(10))).toBe(true);
  });

  test('with an interval, a healthy feed polled recently is not due', () => {
    const state: FeedState = { failures: 0, failing: false, initialized: true, lastPollAt: T0.toISOString() };
    expect(isDue(state, at(4), 5)).toBe(false);
    expect(isDue(state, at(5), 5)).toBe(true);
    expect(isDue(state, at(1))).toBe(true);
  });
});

describe('pollFeed', () => {
  test('a successful poll: items, report, validators saved, initialized copied through', async () => {
    srv.serve('/ok.xml', fixture('rss2-en.xml'), 'application/rss+xml', { etag: '"abc"', 'last-modified': 'Tue, 14 Nov 2023 18:30:00 GMT' });
    const feed: FeedConfig = { url: `${srv.url}/ok.xml`, name: 'Border Report Daily', lang: 'en' };
    const out = await pollFeed(feed, { failures: 0, failing: false, initialized: true }, testFetchConfig(), T0);
    expect(out.report).toEqual({ url: feed.url, name: 'Border Report Daily', status: 'ok', items: 3 });
    expect(out.items[1]).toMatchObject({ link: `${srv.url}/border/2023/11/buoy-barrier-appeal`, feedUrl: feed.url, feedName: 'Border Report Daily', lang: 'en' });
    expect(out.items[0].content).toBe('U.S. Customs and Border Protection recorded more than 190,000 encounters at the southwest border in October. Officials in El Paso & Tucson said shelters remain near capacity.');
    expect(out.state).toEqual({
      etag: '"abc"',
      lastModified: 'Tue, 14 Nov 2023 18:30:00 GMT',
      lastPollAt: T0.toISOString(),
      lastOkAt: T0.toISOString(),
      failures: 0,
      failing: false,
      initialized: true,
    });
    expect(out.transition).toBeUndefined();
  });

  test('ETag/304 round trip through the state: not-modified, no items, no parse', async () => {
    let bodies = 0;
    srv.route('/cond.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v7"') {
        res.writeHead(304, { etag: '"v7"' });
        return res.end();
      }
      bodies++;
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"' });
      res.end(fixture('atom.xml'));
    });
    const feed: FeedConfig = { url: `${srv.url}/cond.xml`, name: 'Atom' };
    const first = await pollFeed(feed, undefined, testFetchConfig(), T0);
    expect(first.report.status).toBe('ok');
    expect(first.state.initialized).toBe(false);
    const second = await pollFeed(feed, { ...first.state, initialized: true }, testFetchConfig(), at(5));
    expect(second.report).toEqual({ url: feed.url, name: 'Atom', status: 'not-modified', items: 0 });
    expect(second.items).toEqual([]);
    expect(second.state).toMatchObject({ etag: '"v7"', lastOkAt: at(5).toISOString(), initialized: true });
    expect(bodies).toBe(1);
  });

  test('a 304 without validators keeps the stored Last-Modified', async () => {
    const stamp = 'Mon, 13 Nov 2023 08:00:00 GMT';
    srv.route('/lm-only.xml', (req, res) => {
      res.writeHead(req.headers['if-modified-since'] === stamp ? 304 : 500);
      res.end();
    });
    const prev: FeedState = { failures: 0, failing: false, initialized: true, lastModified: stamp };
    const out = await pollFeed({ url: `${srv.url}/lm-only.xml`, name: 'LM' }, prev, testFetchConfig(), T0);
    expect(out.report.status).toBe('not-modified');
    expect(out.state.lastModified).toBe(stamp);
  });

  test('failures → backoff grows and is capped → failing transition → recovered', async () => {
    let healthy = false;
    srv.route('/flaky.xml', (_req, res) => {
      if (!healthy) {
        res.writeHead(503);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(fixture('rss2-es.xml'));
    });
    const feed: FeedConfig = { url: `${srv.url}/flaky.xml`, name: 'Flaky' };
    const cfg = testFetchConfig({ intervalMinutes: 5, maxBackoffMinutes: 30, failingAfter: 3 });

    let state: FeedState | undefined = { failures: 0, failing: false, initialized: true };
    let now = T0;
    const delays: number[] = [];
    const transitions: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      const out = await pollFeed(feed, state, cfg, now);
      expect(out.report).toEqual({ url: feed.url, name: 'Flaky', status: 'error', items: 0, error: 'HTTP 503 Service Unavailable', errorKind: 'http' });
      state = out.state;
      delays.push((Date.parse(state.nextAttemptAt!) - now.getTime()) / MIN);
      transitions.push(out.transition);
      expect(state.failures).toBe(i + 1);
      expect(state.lastError).toBe('HTTP 503 Service Unavailable');
      expect(state.initialized).toBe(true);
      expect(isDue(state, new Date(Date.parse(state.nextAttemptAt!) - 1))).toBe(false);
      now = new Date(state.nextAttemptAt!);
      expect(isDue(state, now)).toBe(true);
    }
    expect(delays).toEqual([5, 10, 20, 30, 30, 30]);
    expect(transitions).toEqual([undefined, undefined, 'failing', undefined, undefined, undefined]);
    expect(state!.failing).toBe(true);

    healthy = true;
    const recovered = await pollFeed(feed, state, cfg, now);
    expect(recovered.transition).toBe('recovered');
    expect(recovered.report).toMatchObject({ status: 'ok', items: 2 });
    expect(recovered.state).toEqual({ lastPollAt: now.toISOString(), lastOkAt: now.toISOString(), failures: 0, failing: false, initialized: true });

    const again = await pollFeed(feed, recovered.state, cfg, at(500));
    expect(again.transition).toBeUndefined();
  });

  test('a per-feed interval is the backoff base', async () => {
    const feed: FeedConfig = { url: `${srv.url}/gone.xml`, name: 'Gone', intervalMinutes: 15 };
    const out = await pollFeed(feed, undefined, testFetchConfig({ intervalMinutes: 5 }), T0);
    expect(out.report.error).toBe('HTTP 404 Not Found');
    expect(out.state.nextAttemptAt).toBe(at(15).toISOString());
    expect(out.state.initialized).toBe(false);
  });

  test('a parse failure counts as a failure and keeps the previous validators', async () => {
    srv.serve('/broken.xml', fixture('truncated.xml'), 'application/rss+xml', { etag: '"broken"' });
    const prev: FeedState = { failures: 0, failing: false, initialized: true, etag: '"old"' };
    const out = await pollFeed({ url: `${srv.url}/broken.xml`, name: 'Broken' }, prev, testFetchConfig(), T0);
    expect(out.report.status).toBe('error');
    expect(out.report.error).toMatch(/^XML parse error/);
    expect(out.state).toMatchObject({ failures: 1, etag: '"old"' });
  });

  test.each([
    ['an empty body', '', /^empty body/],
    ['an HTML page', fixture('page.html'), /HTML page/],
  ])('%s is an error report', async (_label, body, error) => {
    const path = `/bad-${Math.random().toString(36).slice(2)}`;
    srv.serve(path, body, 'application/rss+xml');
    const out = await pollFeed({ url: `${srv.url}${path}`, name: 'Bad' }, undefined, testFetchConfig(), T0);
    expect(out.report.status).toBe('error');
    expect(out.report.error).toMatch(error);
  });

  test('never throws, even for a nonsense URL', async () => {
    const out = await pollFeed({ url: 'not a url at all', name: 'Nonsense' }, undefined, testFetchConfig(), T0);
    expect(out.report).toEqual({ url: 'not a url at all', name: 'Nonsense', status: 'error', items: 0, error: 'not a valid URL: not a url at all', errorKind: 'bad-url' });
  });
});
