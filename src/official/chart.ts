/**
 * Trend charts as PNG, drawn on the server without a browser: a vega-lite spec is compiled to vega, vega's
 * headless view renders SVG, and resvg turns the SVG into a PNG with the DejaVu Sans font shipped in
 * assets/fonts (system fonts are not loaded: the picture is the same on a machine without fonts).
 * The last 13 months of a series, the newest month highlighted, a title, axis labels and a source line.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../digest/format';
import type { Lang } from '../model';
import { monthLabel, seriesLabel } from './labels';
import type { SeriesComponent, SeriesPoint, SeriesRegion } from './types';

/**
 * vega-lite, as it loads, sets `Set.prototype.toJSON` for its own hashing. That changes `JSON.stringify` of every
 * Set in the process and broke @discordjs/rest's deliveries once a chart had been drawn ('string "Set()" is not
 * iterable'). The patch is taken back at once and put in place only while vega-lite compiles, which is
 * synchronous: no other code of the process runs meanwhile.
 */
const vegaLite = (() => {
  const before = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
  const vl = require('vega-lite') as typeof import('vega-lite');
  const patched = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
  const restore = (): void => {
    if (before) Object.defineProperty(Set.prototype, 'toJSON', before);
    else delete (Set.prototype as { toJSON?: unknown }).toJSON;
  };
  restore();
  return {
    compile(spec: TopLevelSpec): ReturnType<typeof vl.compile> {
      if (patched) Object.defineProperty(Set.prototype, 'toJSON', patched);
      try {
        return vl.compile(spec);
      } finally {
        restore();
      }
    },
  };
})();

/** Shipped with the repository (works from src/ and from dist/). */
export const CHART_FONT_FILE = path.resolve(__dirname, '..', '..', 'assets', 'fonts', 'DejaVuSans.ttf');
const FONT = 'DejaVu Sans';
export const CHART_MONTHS = 13;
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 360;
export const CHART_BACKGROUND = '#ffffff';
const BAR = '#9db4cf';
const NEWEST = '#c05621';

export interface ChartSeries {
  id: string;
  region: SeriesRegion;
  component: SeriesComponent;
  points: SeriesPoint[];
}

export interface ChartOptions {
  source: string;
  title?: string;
  /** The language of the title, axis titles, month labels and numbers (default English). */
  lang?: Lang;
}

const AXIS: Record<Lang, { month: string; value: string; noData: string }> = {
  en: { month: 'Month', value: 'Encounters', noData: 'no data' },
  es: { month: 'Mes', value: 'Encuentros', noData: 'sin datos' },
};

/**
 * Number formats of vega's axis labels per language (d3-format locale definitions): "150,000"; Spanish "150.000".
 * English keeps vega's default (en-US).
 */
const VEGA_NUMBER_LOCALE: Partial<Record<Lang, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }>> = {
  es: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0$'] },
};

export function chartSpec(series: ChartSeries, opts: ChartOptions): TopLevelSpec {
  const lang = opts.lang ?? 'en';
  const words = AXIS[lang];
  const points = series.points.slice(-CHART_MONTHS);
  const newest = points[points.length - 1]?.period;
  const values = points.map((p) => ({ month: monthLabel(p.period, lang), period: p.period, value: p.value, newest: p.period === newest ? 'newest' : 'earlier', label: formatNumber(p.value, lang) }));
  const title = opts.title ?? `${seriesLabel(series.region, series.component, lang)}, ${points.length ? `${monthLabel(points[0]!.period, lang)}–${monthLabel(newest!, lang)}` : words.noData}`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: CHART_WIDTH - 110,
    height: CHART_HEIGHT - 130,
    background: CHART_BACKGROUND,
    padding: { left: 16, right: 24, top: 12, bottom: 12 },
    config: { font: FONT, view: { stroke: null }, axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 11, titleFontSize: 12 }, title: { font: FONT, subtitleFont: FONT } },
    title: { text: title, subtitle: opts.source, subtitleFontSize: 10, subtitleColor: '#555', fontSize: 14, anchor: 'start' },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x: { field: 'month', type: 'ordinal', sort: values.map((v) => v.month), title: words.month, axis: { labelAngle: -40 } },
          y: { field: 'value', type: 'quantitative', title: words.value, axis: { format: ',d' } },
          color: { field: 'newest', type: 'nominal', scale: { domain: ['earlier', 'newest'], range: [BAR, NEWEST] }, legend: null },
        },
      },
      {
        transform: [{ filter: "datum.newest === 'newest'" }],
        mark: { type: 'text', dy: -8, fontSize: 12, fontWeight: 'bold', color: NEWEST },
        encoding: { x: { field: 'month', type: 'ordinal', sort: values.map((v) => v.month) }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

/** SVG text of the chart (vega's headless renderer; no canvas, no DOM). */
export async function renderChartSvg(series: ChartSeries, opts: ChartOptions): Promise<string> {
  const compiled = vegaLite.compile(chartSpec(series, opts)).spec;
  // vega's View takes locale definitions ({ number, time }) and builds the formatters itself; its typings only
  // name the built formatters.
  const number = VEGA_NUMBER_LOCALE[opts.lang ?? 'en'];
  const locale = number ? { locale: { number } as unknown as vega.LocaleFormatters } : {};
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error, ...locale });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes. */
export async function renderSeriesChart(series: ChartSeries, opts: ChartOptions): Promise<Buffer> {
  const svg = await renderChartSvg(series, opts);
  const resvg = new Resvg(svg, {
    background: CHART_BACKGROUND,
    fitTo: { mode: 'width', value: CHART_WIDTH },
    font: { loadSystemFonts: false, fontFiles: [CHART_FONT_FILE], defaultFontFamily: FONT },
  });
  return Buffer.from(resvg.render().asPng());
}
