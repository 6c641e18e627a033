/**
 * `borderwatch stats` through the real CLI (compiled dist/) against a stand-in of cbp.gov on 127.0.0.1:
 * the public `--json` contract, a failing dataset beside a good one, the chart PNG, and argument errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';
import type { FeedServer } from '../feeds/feed-server';
import { CSV_TYPE, PATHS, officialFixture, startCbpServer } from './fixtures';
import { decodePng } from './png';

let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startCbpServer();
  server.serve('/missing.csv', officialFixture('missing-column.csv'), CSV_TYPE);
  dir = mkdtempSync(path.join(os.tmpdir(), 'bw-stats-'));
});
afterAll(() => server.close());

function config(datasets: string): string {
  const file = path.join(dir, `c-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `fetch:\n  allowPrivateHosts: ["127.0.0.1"]\nofficial:\n  datasets:\n${datasets}`);
  return file;
}
const nationwide = () => `    - { id: cbp-nationwide, type: cbp-encounters, page: "${server.url}${PATHS.page}" }\n`;

interface StatsOut {
  datasets: Array<Record<string, unknown>>;
  latest: Array<Record<string, unknown>>;
  series: Array<{ id: string; dataset: string; region: string; component: string; points: Array<{ period: string; value: number }> }>;
}

test('stats --json: one object with datasets, latest (every region × component) and series', async () => {
  const r = await runCli(['stats', '--json', '--config', config(nationwide())]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as StatsOut;
  expect(Object.keys(out)).toEqual(['datasets', 'latest', 'series']);
  expect(out.datasets).toEqual([{ id: 'cbp-nationwide', status: 'ok', url: `${server.url}${PATHS.aor}`, latestPeriod: '2025-11' }]);
  expect(out.latest).toHaveLength(12);
  expect(out.latest.map((l) => `${l.region}.${l.component}`)).toEqual([
    'nationwide.all', 'nationwide.usbp', 'nationwide.ofo',
    'southwest.all', 'southwest.usbp', 'southwest.ofo',
    'northern.all', 'northern.usbp', 'northern.ofo',
    'other.all', 'other.usbp', 'other.ofo',
  ]);
  expect(out.latest.find((l) => l.region === 'southwest' && l.component === 'all')).toEqual({
    dataset: 'cbp-nationwide', region: 'southwest', component: 'all', period: '2025-11', value: 175660,
    previous: { period: '2025-10', value: 179308 }, yearAgo: { period: '2024-11', value: 170626 },
  });
  expect(out.latest.find((l) => l.region === 'nationwide' && l.component === 'all')).toMatchObject({ value: 192768 });
  const sw = out.series.find((s) => s.id === 'cbp-nationwide.southwest.all')!;
  expect(Object.keys(sw)).toEqual(['id', 'dataset', 'region', 'component', 'points']);
  expect(sw.points).toHaveLength(26);
  expect(sw.points[0]).toEqual({ period: '2023-10', value: expect.any(Number) });
  expect(sw.points.at(-1)).toEqual({ period: '2025-11', value: 175660 });
  expect(out.series.map((s) => s.id)).toContain('cbp-nationwide.other.ofo');
});

test('a failing dataset is reported with its error; the others are still read; exit 0', async () => {
  const r = await runCli(['stats', '--json', '--config', config(`${nationwide()}    - { id: broken, type: cbp-encounters, url: "${server.url}/missing.csv" }\n`)]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as StatsOut;
  expect(out.datasets[0]).toMatchObject({ id: 'cbp-nationwide', status: 'ok' });
  expect(out.datasets[1]).toEqual({ id: 'broken', status: 'error', url: `${server.url}/missing.csv`, latestPeriod: null, error: expect.stringContaining('the header lacks the column "Component"') });
  expect(out.latest.every((l) => l.dataset === 'cbp-nationwide')).toBe(true);
});

test('stats prints the latest numbers as text', async () => {
  const r = await runCli(['stats', '--config', config(nationwide())]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('cbp-nationwide: ok, newest month Nov 2025');
  expect(r.stdout).toContain('Southwest border encounters, Nov 2025: 175,660 (−3,648 (−2.0%) vs Oct 2025; +5,034 (+3.0%) vs Nov 2024)');
});

test('--chart writes a PNG of the southwest series; --series picks another', async () => {
  const file = path.join(dir, 'sw.png');
  const r = await runCli(['stats', '--json', '--config', config(nationwide()), '--chart', file]);
  expect(r.code).toBe(0);
  const png = decodePng(readFileSync(file));
  expect(png.width).toBe(720);
  expect(png.height).toBeGreaterThan(200);
  expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.1); // bars, axes and text: not blank
  const other = path.join(dir, 'usbp.png');
  const r2 = await runCli(['stats', '--config', config(nationwide()), '--chart', other, '--series', 'cbp-nationwide.nationwide.usbp']);
  expect(r2.code).toBe(0);
  expect(r2.stderr).toMatch(/chart written to .*usbp\.png/);
  expect(readFileSync(other).equals(readFileSync(file))).toBe(false);
});

test('argument and configuration errors exit 2 and say where', async () => {
  const bad = await runCli(['stats', '--chart', 'x.png', '--series', 'nope']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--series: expected an id such as cbp-nationwide.southwest.all, got "nope"/);
  const cfg = config(`    - { id: x, type: cbp-spreadsheet, url: "${server.url}/a.csv" }\n`);
  const r = await runCli(['stats', '--config', cfg]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/c-\w+\.yaml:5: official\.datasets\[0\]\.type/);
  const both = await runCli(['stats', '--config', config(`    - { id: x, type: cbp-encounters }\n`)]);
  expect(both.code).toBe(2);
  expect(both.stderr).toMatch(/official\.datasets\[0\]\.page: expected either "page" \(a document page\) or "url"/);
});
