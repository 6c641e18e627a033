/**
 * The official part of `/border latest`: the headline numbers of the newest release (southwest and nationwide
 * encounters, Border Patrol, ports of entry; change vs the previous month and a year earlier; revisions; release
 * date and page), or — `/border latest <metric> [by component|demographic|citizenship|sector]` — one series and
 * a breakdown of its newest month. Platform-neutral lines; the chart travels as an attachment.
 */
import type { Config } from '../config/schema';
import { formatNumber } from '../digest/format';
import { breakdownOf, latestOf, valueAt } from './aggregate';
import type { ChartProvider } from './chart-source';
import { changeText, monthLabel, seriesLabel } from './labels';
import type { OfficialStore } from './store';
import { seriesId, type BreakdownKind, type Release, type SeriesComponent, type SeriesRegion } from './types';

export interface OfficialReplyPart {
  lines: Array<{ text: string; url?: string }>;
  footer: string;
  chart?: { name: string; title: string; data: Buffer };
}

const METRICS: Record<string, SeriesComponent> = {
  encounters: 'all',
  encounter: 'all',
  encuentros: 'all',
  apprehensions: 'usbp',
  apprehension: 'usbp',
  aprehensiones: 'usbp',
  'border patrol': 'usbp',
  usbp: 'usbp',
  inadmissibles: 'ofo',
  inadmisibles: 'ofo',
  'ports of entry': 'ofo',
  ofo: 'ofo',
};

const REGION_WORDS: Record<string, SeriesRegion> = {
  southwest: 'southwest',
  'southwest border': 'southwest',
  'southern border': 'southwest',
  nationwide: 'nationwide',
  national: 'nationwide',
  northern: 'northern',
  'northern border': 'northern',
  other: 'other',
};

export const BREAKDOWNS: Record<string, BreakdownKind | 'component'> = {
  component: 'component',
  demographic: 'demographic',
  demographics: 'demographic',
  citizenship: 'citizenship',
  nationality: 'citizenship',
  sector: 'aor',
  sectors: 'aor',
  aor: 'aor',
  'field office': 'aor',
  type: 'encounterType',
  'encounter type': 'encounterType',
  title: 'titleOfAuthority',
  authority: 'titleOfAuthority',
};

export type OfficialQuery =
  | { kind: 'headline' }
  | { kind: 'series'; region: SeriesRegion; component: SeriesComponent; by?: BreakdownKind | 'component' }
  | { kind: 'not-official' }
  | { kind: 'error'; error: string };

/** Read `<region?> <metric> [by <breakdown>]` (region default: southwest, the beat); a metric that is not an official one is `not-official` (news figures only). */
export function parseOfficialQuery(text: string): OfficialQuery {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return { kind: 'headline' };
  const [what, by, ...more] = t.split(/\s+by\s+/);
  if (more.length) return { kind: 'error', error: 'Give one "by": e.g. /border latest encounters by citizenship.' };
  let rest = what!;
  let region: SeriesRegion | undefined;
  for (const [word, r] of Object.entries(REGION_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest === word || rest.startsWith(`${word} `)) {
      region = r;
      rest = rest.slice(word.length).trim();
      break;
    }
  }
  const component = METRICS[rest];
  if (component === undefined) {
    if (by !== undefined) return { kind: 'error', error: `Breakdowns are for the official series: encounters, apprehensions or inadmissibles, e.g. /border latest encounters by ${by}.` };
    return { kind: 'not-official' };
  }
  let breakdown: BreakdownKind | 'component' | undefined;
  if (by !== undefined) {
    breakdown = BREAKDOWNS[by.trim()];
    if (!breakdown) return { kind: 'error', error: `Unknown breakdown "${by.trim()}": use component, demographic, citizenship or sector.` };
    if (breakdown === 'component' && component !== 'all') return { kind: 'error', error: 'A breakdown by component is for encounters (both components), e.g. /border latest encounters by component.' };
  }
  return { kind: 'series', region: region ?? 'southwest', component, ...(breakdown ? { by: breakdown } : {}) };
}

function releaseFooter(release: Release): string {
  return `Source: CBP, ${release.type === 'cbp-encounters' ? 'Nationwide Encounters' : 'Southwest Land Border Encounters'}, released ${release.releasedAt.slice(0, 10)}; figures may be revised in later releases.`;
}

function numberLine(release: Release, region: SeriesRegion, component: SeriesComponent, label?: string): { text: string } | undefined {
  const l = latestOf(release, region, component);
  if (!l) return undefined;
  const changes = [changeText(l.value, l.previous), changeText(l.value, l.yearAgo)].filter(Boolean).join('; ');
  return { text: `${label ?? seriesLabel(region, component)}: ${formatNumber(l.value)}${changes ? ` (${changes})` : ''}` };
}

async function chartFor(charts: ChartProvider | undefined, id: string, title: string): Promise<OfficialReplyPart['chart']> {
  if (!charts) return undefined;
  try {
    const data = await charts(id);
    return data ? { name: `${id}.png`, title, data } : undefined;
  } catch {
    return undefined; // a chart is an extra: the numbers go out without it
  }
}

/** The newest release among the configured datasets (config order breaks ties), or undefined. */
async function newestRelease(config: Config, store: OfficialStore): Promise<Release | undefined> {
  let best: Release | undefined;
  for (const d of config.official.datasets) {
    const r = await store.latestRelease(d.id);
    if (r && (!best || r.latestPeriod > best.latestPeriod || (r.coversNationwide && !best.coversNationwide && r.latestPeriod === best.latestPeriod))) best = r;
  }
  return best;
}

/** The official part of the reply, or undefined when there is no official data (or the query is not about it). */
export async function officialLatest(config: Config, store: OfficialStore | undefined, query: OfficialQuery, charts?: ChartProvider): Promise<OfficialReplyPart | undefined> {
  if (!store || (query.kind !== 'headline' && query.kind !== 'series')) return undefined;
  const release = await newestRelease(config, store);
  if (!release) return undefined;
  const month = monthLabel(release.latestPeriod);
  const head = { text: `Official numbers for ${month} (CBP, released ${release.releasedAt.slice(0, 10)})`, url: release.page ?? release.url };

  if (query.kind === 'headline') {
    const lines = [
      head,
      numberLine(release, 'southwest', 'all', 'Southwest border encounters'),
      numberLine(release, 'nationwide', 'all', 'Nationwide encounters'),
      numberLine(release, 'southwest', 'usbp', 'Border Patrol apprehensions (southwest, between ports of entry)'),
      numberLine(release, 'southwest', 'ofo', 'Encounters at southwest ports of entry'),
    ].filter((l): l is { text: string; url?: string } => l !== undefined);
    const revisions = (await store.revisions(release.dataset, { release: release.latestPeriod, limit: 50 })).filter((r) => r.region === 'southwest' || r.region === 'nationwide');
    for (const r of revisions.filter((x) => x.component === 'all').slice(0, 3)) {
      lines.push({ text: `Revised: ${seriesLabel(r.region, r.component)} for ${monthLabel(r.period)} now ${formatNumber(r.to)} (was ${formatNumber(r.from)})` });
    }
    const id = seriesId(release.dataset, 'southwest', 'all');
    return { lines, footer: releaseFooter(release), chart: await chartFor(charts, id, `Southwest border encounters, last 13 months to ${month}`) };
  }

  const { region, component, by } = query;
  if (region === 'nationwide' && !release.coversNationwide) return { lines: [head, { text: `The ${release.dataset} dataset has no nationwide numbers.` }], footer: releaseFooter(release) };
  const main = numberLine(release, region, component);
  if (!main) return { lines: [head, { text: `No ${seriesLabel(region, component)} in the newest release.` }], footer: releaseFooter(release) };
  const lines: Array<{ text: string; url?: string }> = [head, main];
  const period = release.latestPeriod;
  const total = valueAt(release, region, component, period) ?? 0;
  const share = (v: number) => (total ? ` (${((v / total) * 100).toFixed(1)}%)` : '');
  if (by === 'component') {
    for (const c of ['usbp', 'ofo'] as const) {
      const v = valueAt(release, region, c, period);
      if (v !== undefined) lines.push({ text: `• ${seriesLabel(region, c)}: ${formatNumber(v)}${share(v)}` });
    }
  } else if (by) {
    const rows = breakdownOf(release, by, region, component, period);
    if (rows.length === 0) lines.push({ text: `No breakdown by ${by === 'aor' ? 'sector' : by} in this dataset.` });
    for (const row of rows.slice(0, 12)) lines.push({ text: `• ${row.label}: ${formatNumber(row.value)}${share(row.value)}` });
    if (rows.length > 12) lines.push({ text: `… and ${rows.length - 12} more` });
  }
  const id = seriesId(release.dataset, region, component);
  return { lines, footer: releaseFooter(release), chart: await chartFor(charts, id, `${seriesLabel(region, component)}, last 13 months to ${monthLabel(period)}`) };
}
