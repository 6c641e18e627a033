/** Trend charts: vega-lite → vega SVG → resvg PNG with the shipped font; decoded and looked at in numbers. */
import { PNG } from 'pngjs';
import { CHART_FONT_FILE, CHART_WIDTH, renderChartSvg, renderSeriesChart } from '../../src/official/chart';
import { chartOfRelease, chartSourceLine, createChartProvider } from '../../src/official/chart-source';
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

test('lang es: Spanish title, axis titles, month labels, value label and y-axis numbers', async () => {
  const svg = await renderChartSvg(series, { source: 'Fuente: Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)', lang: 'es' });
  expect(svg).toContain('Encuentros en la frontera suroeste, nov 2024–nov 2025');
  expect(svg).toContain('Fuente: Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)');
  expect(svg).toContain('>Mes<');
  expect(svg).toContain('>Encuentros<');
  expect(svg).toContain('>dic 2024<');
  expect(svg).toContain('>nov 2025<');
  expect(svg).not.toContain('>Month<');
  expect(svg).not.toContain('>Nov 2025<');
  // Spanish separators: the value label and the y-axis ticks.
  expect(svg).toContain('>180.461<');
  expect(svg).not.toContain('>180,461<');
  expect(svg).toMatch(/>1\d0\.000</);
  expect(svg).not.toMatch(/>\d{2,3},000</);
  // English stays English.
  const en = await renderChartSvg(series, { source: 'Source: U.S. Customs and Border Protection' });
  expect(en).toMatch(/>1\d0,000</);
});

test('the Spanish PNG decodes and differs from the English one', async () => {
  const es = await renderSeriesChart(series, { source: 'Fuente: CBP', lang: 'es' });
  const en = await renderSeriesChart(series, { source: 'Source: CBP' });
  const png = decodePng(es);
  expect(png.width).toBe(CHART_WIDTH);
  expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.15);
  expect(es.equals(en)).toBe(false);
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

  test('?lang=es serves the Spanish chart (another picture than the English one); a bad lang is a 400', async () => {
    const en = Buffer.from(await (await fetch(`${server.url}/charts/cbp-nationwide.southwest.all.png`)).arrayBuffer());
    const r = await fetch(`${server.url}/charts/cbp-nationwide.southwest.all.png?lang=es`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/png');
    const es = Buffer.from(await r.arrayBuffer());
    const png = decodePng(es);
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.nonBackground).toBeGreaterThan(png.width * png.height * 0.1);
    expect(es.equals(en)).toBe(false);
    // The same bytes as the Spanish chart of the release rendered directly.
    const release = await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z');
    expect(es.equals((await chartOfRelease(release, 'cbp-nationwide.southwest.all', 'es'))!)).toBe(true);
    const bad = await fetch(`${server.url}/charts/cbp-nationwide.southwest.all.png?lang=fr`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/lang: expected en or es/);
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

test('the Spanish source line gives the release date as "12 dic 2025"', async () => {
  const release = await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z');
  expect(chartSourceLine(release, 'es')).toMatch(/^Fuente: Oficina de Aduanas y Protección Fronteriza de EE\. UU\. \(CBP\), publicado el 12 dic 2025 \(/);
  expect(chartSourceLine(release)).toMatch(/^Source: U\.S\. Customs and Border Protection, released 2025-12-12 \(/);
});
