/** Trend charts: vega-lite → vega SVG → resvg PNG with the shipped font; decoded and looked at in numbers. */
import { PNG } from 'pngjs';
import { CHART_FONT_FILE, CHART_WIDTH, renderChartSvg, renderSeriesChart } from '../../src/official/chart';
import { createChartProvider } from '../../src/official/chart-source';
import { startHttpServer } from '../../src/http/server';
import { Metrics } from '../../src/http/metrics';
import { MemoryOfficialStore } from '../../src/store/memory/official-store';
import { parseConfig } from '../../src/config/load';
import { addMonths } from '../../src/official/periods';
import { existsSync } from 'node:fs';
import { decodePng } from './png';
import { fixtureRelease } from './store-contract';
import { NOV_AOR } from './fixtures';

const points = Array.from({ length: 20 }, (_, i) => ({ period: addMonths('2024-04', i), value: 150_000 + ((i * 7919) % 40_000) }));
const series = { id: 'cbp-nationwide.southwest.all', region: 'southwest' as const, component: 'all' as const, points };

test('the font ships with the repository', () => {
  expect(existsSync(CHART_FONT_FILE)).toBe(true);
});

test('the SVG has the last 13 months only, a title, axis titles and the source line', async () => {
  const svg = await renderChartSvg(series, { source: 'Source: U.S. Customs and Border Protection' });
  expect(svg).toContain('Southwest border encounters, Nov 2024–Nov 2025');
  expect(svg).toContain('Source: U.S. Customs and Border Protection');
  expect(svg).toContain('>Month<');
  expect(svg).toContain('>Encounters<');
  expect(svg).toContain('>Nov 2024<');
  expect(svg).toContain('>Nov 2025<');
  expect(svg).not.toContain('>Oct 2024<'); // the 14th month back is not drawn
  // The newest month is labelled with its value.
  expect(svg).toContain('>180,461<');
});

test('the PNG decodes, has the chart size, is not blank, and highlights the newest month', async () => {
  const buf = await renderSeriesChart(series, { source: 'Source: U.S. Customs and Border Protection' });
  const png = decodePng(buf);
  expect(png.width).toBe(CHART_WIDTH);
  expect(png.height).toBeGreaterThan(200);
  expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.15);
  // Pixels of the highlight colour (#c05621) form the newest bar: one bar of 13.
  const raw = PNG.sync.read(buf).data;
  let highlight = 0;
  let bars = 0;
  for (let i = 0; i < raw.length; i += 4) {
    const [r, g, b] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    if (Math.abs(r - 0xc0) < 8 && Math.abs(g - 0x56) < 8 && Math.abs(b - 0x21) < 8) highlight += 1;
    if (Math.abs(r - 0x9d) < 8 && Math.abs(g - 0xb4) < 8 && Math.abs(b - 0xcf) < 8) bars += 1;
  }
  expect(highlight).toBeGreaterThan(1000);
  expect(bars).toBeGreaterThan(highlight * 8);
});

describe('GET /charts/<series>.png', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    const store = new MemoryOfficialStore();
    await store.putRelease(await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z'));
    const config = parseConfig({ official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: 'https://www.cbp.gov/document/stats/nationwide-encounters' }] } });
    server = await startHttpServer({ port: 0, host: '127.0.0.1', metrics: new Metrics({ defaults: false }), queues: [], health: [], charts: createChartProvider(config, store) });
  });
  afterAll(() => server.close());

  test('serves the PNG of a stored series', async () => {
    const r = await fetch(`${server.url}/charts/cbp-nationwide.southwest.all.png`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/png');
    const png = decodePng(Buffer.from(await r.arrayBuffer()));
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.1);
  });

  test('404 for unknown series and names that are not series ids', async () => {
    expect((await fetch(`${server.url}/charts/other-set.southwest.all.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/charts/cbp-nationwide.mars.all.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/charts/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    const r = await fetch(`${server.url}/charts/cbp-nationwide.southwest.all.svg`);
    expect(r.status).toBe(404);
    expect(await r.text()).toMatch(/expected \/charts\/<dataset>\.<region>\.<component>\.png/);
  });
});

test('drawing a chart leaves JSON.stringify of Sets alone (vega-lite patches Set.prototype.toJSON only while it compiles)', async () => {
  await renderChartSvg({ id: 'cbp-nationwide.southwest.all', region: 'southwest', component: 'all', points: [{ period: '2025-10', value: 100 }, { period: '2025-11', value: 120 }] }, { source: 'Source: test' });
  expect(JSON.stringify(new Set([1, 2]))).toBe('{}');
  expect(Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON')).toBeUndefined();
});
