/**
 * `run --once --dry-run --json` with an official dataset configured (real CLI, stand-ins on 127.0.0.1): the
 * dataset is fetched first, the stories' figures carry `check`, and both platforms' messages show it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';
import type { FeedServer } from '../feeds/feed-server';
import { PATHS, officialFixture, startCbpServer } from './fixtures';

let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startCbpServer();
  server.serve('/news.xml', officialFixture('cbp-news.xml'));
  dir = mkdtempSync(path.join(os.tmpdir(), 'bw-once-official-'));
});
afterAll(() => server.close());

function config(official: string): string {
  const file = path.join(dir, `c-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `fetch:\n  allowPrivateHosts: ["127.0.0.1"]\n  maxItemAgeHours: 0\nfeeds:\n  - { name: Frontera Daily, url: "${server.url}/news.xml" }\n${official}`);
  return file;
}

interface Out {
  feeds: unknown[];
  stories: Array<{ title: string; figures: Array<Record<string, unknown>> }>;
  messages: Array<{ platform: string; payload: Record<string, unknown> }>;
}

test('figures that map onto the official series carry a check; digests on both platforms show it', async () => {
  const before = server.requests.length;
  const r = await runCli(['run', '--once', '--dry-run', '--json', '--config', config(`official:\n  datasets:\n    - { id: cbp-nationwide, type: cbp-encounters, page: "${server.url}${PATHS.page}" }\n`)]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as Out;
  expect(Object.keys(out).sort()).toEqual(['feeds', 'messages', 'stories']);
  // The dataset was fetched before the feed was processed.
  const paths = server.requests.slice(before).map((q) => q.path);
  expect(paths.indexOf(PATHS.aor)).toBeGreaterThanOrEqual(0);
  expect(paths.indexOf(PATHS.aor)).toBeLessThan(paths.indexOf('/news.xml'));

  const byTitle = Object.fromEntries(out.stories.map((s) => [s.title, s]));
  const apprehensions = byTitle['Border Patrol apprehensions dip in November']!.figures[0]!;
  expect(apprehensions).toMatchObject({ value: 140000, qualifier: 'more than', metric: 'apprehensions', period: '2025-11' });
  expect(apprehensions.check).toEqual({ status: 'consistent', dataset: 'cbp-nationwide', region: 'southwest', component: 'usbp', period: '2025-11', official: 143891 });
  const claim = byTitle['Southwest border encounters top 200,000, officials claim']!.figures[0]!;
  expect(claim.check).toEqual({ status: 'differs', dataset: 'cbp-nationwide', region: 'southwest', component: 'all', period: '2025-11', official: 175660 });

  for (const platform of ['discord', 'slack']) {
    const text = JSON.stringify(out.messages.filter((m) => m.platform === platform).map((m) => m.payload));
    expect(text).toContain('✓ matches CBP data (143,891)');
    expect(text).toContain('⚠ CBP data for Nov 2025: 175,660');
  }
});

test('without official datasets the figures are as before: no check field', async () => {
  const r = await runCli(['run', '--once', '--dry-run', '--json', '--config', config('official: { datasets: [] }\n')]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as Out;
  expect(out.stories.length).toBeGreaterThan(0);
  expect(out.stories.flatMap((s) => s.figures).every((f) => !('check' in f))).toBe(true);
});
