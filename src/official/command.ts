/**
 * `borderwatch stats [--json] [--config FILE] [--chart FILE.png] [--series ID]`: fetch the configured official
 * datasets once (memory store: no Redis) and print the latest numbers; `--chart` writes the PNG of the southwest
 * encounters series of the first dataset (or `--series ID`). `--json` prints exactly one StatsJson object.
 * Exit codes: 0 when the command completed (failing datasets are in the output), 2 bad arguments or configuration.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Config } from '../config/schema';
import type { Logger } from '../log';
import { formatNumber } from '../digest/format';
import { MemoryOfficialStore } from '../store/memory/official-store';
import { changeText, monthLabel, seriesLabel } from './labels';
import { buildStats, type StatsJson } from './stats';
import { syncDatasets } from './sync';
import { parseSeriesId, seriesId } from './types';

export const STATS_USAGE = `Usage: borderwatch stats [--json] [--config FILE] [--chart FILE.png] [--series ID]
  Fetch the configured official datasets once (no Redis needed) and print the latest numbers.
  --json            print one JSON object (datasets, latest, series)
  --chart FILE.png  write the chart of the southwest encounters series (or --series) as a PNG
  --series ID       the series to chart, e.g. cbp-nationwide.nationwide.usbp`;

export interface StatsIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export class StatsUsageError extends Error {}

export function formatStats(stats: StatsJson): string {
  const out: string[] = [];
  for (const d of stats.datasets) {
    out.push(`${d.id}: ${d.status === 'ok' ? `ok, newest month ${d.latestPeriod ? monthLabel(d.latestPeriod) : 'none'}` : `ERROR ${d.error}`}`);
    out.push(`  ${d.url}`);
    for (const l of stats.latest.filter((x) => x.dataset === d.id)) {
      const changes = [changeText(l.value, l.previous), changeText(l.value, l.yearAgo)].filter(Boolean).join('; ');
      const revised = l.revisedFrom !== undefined ? ` [revised from ${formatNumber(l.revisedFrom)}]` : '';
      out.push(`  ${seriesLabel(l.region, l.component)}, ${monthLabel(l.period)}: ${formatNumber(l.value)}${changes ? ` (${changes})` : ''}${revised}`);
    }
  }
  if (stats.datasets.length === 0) out.push('No official datasets configured (official.datasets).');
  return `${out.join('\n')}\n`;
}

export async function runStatsCommand(
  args: string[],
  io: StatsIO,
  deps: { loadConfig: (file: string | undefined) => Config; env: NodeJS.ProcessEnv; logger: (json: boolean) => Logger },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, config: { type: 'string' }, chart: { type: 'string' }, series: { type: 'string' } },
  });
  if (positionals.length) throw new StatsUsageError(`unexpected argument "${positionals[0]}"`);
  if (values.series && !parseSeriesId(values.series)) throw new StatsUsageError(`--series: expected an id such as cbp-nationwide.southwest.all, got "${values.series}"`);
  if (values.series && !values.chart) throw new StatsUsageError('--series needs --chart FILE.png');
  if (values.chart !== undefined && !/\.png$/i.test(values.chart)) throw new StatsUsageError(`--chart: expected a FILE.png, got "${values.chart}"`);
  const config = deps.loadConfig(values.config ?? deps.env.BORDERWATCH_CONFIG);
  const logger = deps.logger(values.json ?? false);
  const store = new MemoryOfficialStore();
  const reports = await syncDatasets(config, store, { logger });
  const stats = await buildStats(config, store, reports);

  if (values.chart) {
    const first = config.official.datasets[0];
    const id = values.series ?? (first ? seriesId(first.id, 'southwest', 'all') : undefined);
    const series = stats.series.find((s) => s.id === id);
    if (!series) {
      io.stderr.write(`borderwatch: no data for series ${id ?? '(no dataset configured)'}: chart not written\n`);
      return 1;
    }
    const { renderSeriesChart } = require('./chart') as typeof import('./chart');
    const png = await renderSeriesChart(series, { source: chartSource(stats, series.dataset) });
    await writeFile(values.chart, png);
    if (!values.json) io.stderr.write(`chart written to ${values.chart} (${png.length} bytes)\n`);
  }

  io.stdout.write(values.json ? `${JSON.stringify(stats)}\n` : formatStats(stats));
  return 0;
}

function chartSource(stats: StatsJson, dataset: string): string {
  const d = stats.datasets.find((x) => x.id === dataset);
  return `Source: U.S. Customs and Border Protection${d?.url ? `, ${d.url}` : ''}`;
}
