/** Dataset fetching through the guarded fetcher against a local stand-in of cbp.gov on 127.0.0.1. */
import { fetchDataset, type DatasetFetchOptions } from '../../src/official/fetch-dataset';
import { findCsvLinks } from '../../src/official/discover';
import { valueAt } from '../../src/official/aggregate';
import { testFetchOptions, type FeedServer } from '../feeds/feed-server';
import { CSV_TYPE, NOV_AOR, OCT_AOR, PAGE, PATHS, officialFixture, startCbpServer } from './fixtures';

let server: FeedServer;
beforeAll(async () => {
  server = await startCbpServer();
});
afterAll(() => server.close());

const opts = (over: Partial<DatasetFetchOptions['fetch']> = {}, rest: Partial<DatasetFetchOptions> = {}): DatasetFetchOptions => ({
  fetch: testFetchOptions(over),
  now: () => new Date('2025-12-13T08:00:00Z'),
  ...rest,
});

test('page discovery: CSV links only, newest upload folder first, relative links resolved', () => {
  const links = findCsvLinks(officialFixture(PAGE).toString('utf8'), 'https://www.cbp.gov/document/stats/nationwide-encounters');
  expect(links).toEqual([
    `https://www.cbp.gov${PATHS.state}`,
    `https://www.cbp.gov${PATHS.aor}`,
    `https://www.cbp.gov${PATHS.older}`,
  ]);
});

test('from the document page: the state file is passed over, the newest AOR file is ingested', async () => {
  const before = server.requests.length;
  const r = await fetchDataset({ id: 'cbp-nationwide', type: 'cbp-encounters', page: `${server.url}${PATHS.page}` }, opts());
  expect(r.status).toBe('ok');
  if (r.status !== 'ok') return;
  expect(r.url).toBe(`${server.url}${PATHS.aor}`);
  expect(r.release.latestPeriod).toBe('2025-11');
  expect(r.release.releasedAt).toBe('2025-12-12T15:00:00.000Z'); // the file's Last-Modified
  expect(r.release.page).toBe(`${server.url}${PATHS.page}`);
  expect(valueAt(r.release, 'southwest', 'all', '2025-11')).toBe(175660);
  expect(r.state).toMatchObject({ csvUrl: `${server.url}${PATHS.aor}`, etag: '"nov-aor"' });
  const seen = server.requests.slice(before);
  expect(seen.map((q) => q.path)).toEqual([PATHS.page, PATHS.state, PATHS.aor]);
  // The configured User-Agent on every request; CSV asked for as CSV.
  expect(seen.every((q) => q.headers['user-agent'] === testFetchOptions().userAgent)).toBe(true);
  expect(seen[2]!.headers.accept).toMatch(/^text\/csv/);
});

test('conditional GET: the file ingested last time is asked first with its validators; a 304 keeps what is stored', async () => {
  server.route('/cond.csv', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': CSV_TYPE, etag: '"v1"' });
    res.end(officialFixture(OCT_AOR));
  });
  const spec = { id: 'c', type: 'cbp-encounters' as const, url: `${server.url}/cond.csv` };
  const first = await fetchDataset(spec, opts());
  expect(first.status).toBe('ok');
  if (first.status !== 'ok') return;
  const second = await fetchDataset(spec, opts({}, { previous: first.state }));
  expect(second).toMatchObject({ status: 'not-modified', url: `${server.url}/cond.csv`, state: { etag: '"v1"' } });
});

test('a direct URL to an HTML page is an error value', async () => {
  server.serve('/login.csv', '<!doctype html><html><body>Please sign in</body></html>', 'text/html');
  const r = await fetchDataset({ id: 'x', type: 'cbp-encounters', url: `${server.url}/login.csv` }, opts());
  expect(r).toMatchObject({ status: 'error', kind: 'html' });
});

test('a file missing a column is refused with the column named', async () => {
  server.serve('/missing.csv', officialFixture('missing-column.csv'), CSV_TYPE);
  const r = await fetchDataset({ id: 'x', type: 'cbp-encounters', url: `${server.url}/missing.csv` }, opts());
  expect(r).toMatchObject({ status: 'error', kind: 'header' });
  if (r.status === 'error') expect(r.error).toContain('the header lacks the column "Component"');
});

test('oversized: refused by Content-Length, and while streaming when the server does not say', async () => {
  const body = officialFixture(NOV_AOR);
  server.serve('/big.csv', body, CSV_TYPE, { 'content-length': String(body.length) });
  server.route('/big-chunked.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': CSV_TYPE });
    for (let i = 0; i < body.length; i += 1000) res.write(body.subarray(i, i + 1000));
    res.end();
  });
  const small = opts({ maxBytes: 4096 });
  const a = await fetchDataset({ id: 'x', type: 'cbp-encounters', url: `${server.url}/big.csv` }, small);
  expect(a).toMatchObject({ status: 'error', kind: 'too-large' });
  if (a.status === 'error') expect(a.error).toContain('response larger than 4096 bytes (Content-Length');
  const b = await fetchDataset({ id: 'x', type: 'cbp-encounters', url: `${server.url}/big-chunked.csv` }, small);
  expect(b).toMatchObject({ status: 'error', kind: 'too-large' });
  if (b.status === 'error') expect(b.error).toContain('response larger than 4096 bytes');
});

test('a connection cut mid-file is a truncated-file error', async () => {
  const body = officialFixture(NOV_AOR);
  server.route('/cut.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': CSV_TYPE, 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
  });
  const r = await fetchDataset({ id: 'x', type: 'cbp-encounters', url: `${server.url}/cut.csv` }, opts());
  expect(r).toMatchObject({ status: 'error', kind: 'truncated' });
  if (r.status === 'error') expect(r.error).toMatch(/connection closed before the response was complete|connection error/);
});

test('a page whose CSV files are all of another kind says so, naming each', async () => {
  server.serve('/page-state-only', `<a href="${PATHS.state}">state</a> <a href="/x.pdf">pdf</a>`, 'text/html');
  const r = await fetchDataset({ id: 'x', type: 'cbp-encounters', page: `${server.url}/page-state-only` }, opts());
  expect(r).toMatchObject({ status: 'error', kind: 'header' }); // one candidate: its own error is the answer
  server.serve('/page-two', `<a href="${PATHS.state}">state</a> <a href="/login.csv">other</a>`, 'text/html');
  const two = await fetchDataset({ id: 'x', type: 'cbp-encounters', page: `${server.url}/page-two` }, opts());
  expect(two).toMatchObject({ status: 'error', kind: 'no-matching-file' });
  if (two.status === 'error') expect(two.error).toMatch(/none of the 2 CSV files.*lacks the columns "Component".*HTML page/);
  server.serve('/page-none', '<a href="/x.pdf">pdf</a>', 'text/html');
  expect(await fetchDataset({ id: 'x', type: 'cbp-encounters', page: `${server.url}/page-none` }, opts())).toMatchObject({ status: 'error', kind: 'no-link' });
});

test('SSRF rules apply: a private address is refused unless allowed', async () => {
  const r = await fetchDataset({ id: 'x', type: 'cbp-encounters', page: `${server.url}${PATHS.page}` }, opts({ allowPrivateHosts: [] }));
  expect(r).toMatchObject({ status: 'error', kind: 'blocked-address' });
});
