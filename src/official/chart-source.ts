/**
 * Charts of stored series, rendered once per release and series (a render takes a few hundred ms): used by
 * `GET /charts/<series>.png`, `/border latest` replies and release announcements.
 */
import type { Config } from '../config/schema';
import type { Lang } from '../model';
import { seriesPoints } from './aggregate';
import { releaseDate } from './labels';
import type { OfficialStore } from './store';
import { parseSeriesId, type Release } from './types';

/** The PNG of a series in a language (default English: title, axes, months and numbers). */
export type ChartProvider = (seriesId: string, lang?: Lang) => Promise<Buffer | undefined>;

export function chartSourceLine(release: Release, lang: Lang = 'en'): string {
  const where = release.page ?? release.url;
  if (lang === 'es') return `Fuente: Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), publicado el ${releaseDate(release.releasedAt, 'es')} (${where})`;
  return `Source: U.S. Customs and Border Protection, released ${release.releasedAt.slice(0, 10)} (${where})`;
}

/** PNG of a series from a release, or undefined when the release does not hold it. */
export async function chartOfRelease(release: Release, seriesId: string, lang: Lang = 'en'): Promise<Buffer | undefined> {
  const id = parseSeriesId(seriesId);
  if (!id || id.dataset !== release.dataset) return undefined;
  const points = seriesPoints(release, id.region, id.component);
  if (points.length === 0) return undefined;
  // Loaded on first use: vega-lite is large and patches Set.prototype.toJSON when it loads, so processes (and
  // test files) that never draw a chart never load it.
  const { renderSeriesChart } = require('./chart') as typeof import('./chart');
  return renderSeriesChart({ id: seriesId, region: id.region, component: id.component, points }, { source: chartSourceLine(release, lang), lang });
}

/** A chart provider over the store, for configured datasets only, with a small cache keyed by release and language. */
export function createChartProvider(config: Config, store: OfficialStore, opts: { cacheSize?: number } = {}): ChartProvider {
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const max = opts.cacheSize ?? 32;
  return async (seriesId, lang = 'en') => {
    const id = parseSeriesId(seriesId);
    if (!id || !config.official.datasets.some((d) => d.id === id.dataset)) return undefined;
    const release = await store.latestRelease(id.dataset);
    if (!release) return undefined;
    const key = `${seriesId}|${lang}|${release.latestPeriod}|${release.releasedAt}|${release.fetchedAt}`;
    let png = cache.get(key);
    if (!png) {
      png = chartOfRelease(release, seriesId, lang);
      cache.set(key, png);
      png.catch(() => cache.delete(key));
      while (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return png;
  };
}
