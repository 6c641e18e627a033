/** The official-data fixtures (test/fixtures/official, see its README) and a local server that serves them like cbp.gov. */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { startFeedServer, type FeedServer } from '../feeds/feed-server';

export const OFFICIAL_FIXTURES = path.join(__dirname, '..', 'fixtures', 'official');
export const OCT_AOR = 'nationwide-encounters-fy24-fy26-oct-aor.csv';
export const NOV_AOR = 'nationwide-encounters-fy24-fy26-nov-aor.csv';
export const NOV_STATE = 'nationwide-encounters-fy24-fy26-nov-state.csv';
export const PAGE = 'nationwide-encounters-page.html';

export function officialFixture(name: string): Buffer {
  return readFileSync(path.join(OFFICIAL_FIXTURES, name));
}

export function officialStream(name: string): Readable {
  return createReadStream(path.join(OFFICIAL_FIXTURES, name));
}

export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Paths the document page links to. */
export const PATHS = {
  page: '/document/stats/nationwide-encounters',
  state: '/sites/default/files/2025-12/nationwide-encounters-fy24-fy26-nov-state.csv',
  aor: '/sites/default/files/2025-12/nationwide-encounters-fy24-fy26-nov-aor.csv',
  pdf: '/sites/default/files/2025-12/nationwide-encounters-fy24-fy26-nov.pdf',
  older: '/sites/default/files/2025-11/nationwide-encounters-fy24-fy26-oct-aor.csv',
};

/** A server laid out like cbp.gov: the document page, the November state and AOR files, a PDF, the October AOR file. */
export async function startCbpServer(): Promise<FeedServer> {
  const server = await startFeedServer();
  server.serve(PATHS.page, officialFixture(PAGE), 'text/html; charset=utf-8');
  server.serve(PATHS.state, officialFixture(NOV_STATE), CSV_TYPE);
  server.serve(PATHS.aor, officialFixture(NOV_AOR), CSV_TYPE, { 'last-modified': 'Fri, 12 Dec 2025 15:00:00 GMT', etag: '"nov-aor"' });
  server.serve(PATHS.pdf, Buffer.from('%PDF-1.4\n'), 'application/pdf');
  server.serve(PATHS.older, officialFixture(OCT_AOR), CSV_TYPE, { 'last-modified': 'Fri, 14 Nov 2025 15:00:00 GMT' });
  return server;
}
