/**
 * The official part of `/border latest`: the headline numbers of the newest release (southwest and nationwide
 * encounters, Border Patrol, ports of entry; change vs the previous month and a year earlier; revisions; release
 * date and page), or — `/border latest <metric> [by component|demographic|citizenship|sector]` — one series and
 * a breakdown of its newest month. Platform-neutral lines; the chart travels as an attachment.
 */
import type { Config } from '../config/schema';
import { formatNumber } from '../digest/format';
import type { Lang } from '../model';
import { breakdownOf, latestOf, valueAt } from './aggregate';
import type { ChartProvider } from './chart-source';
import { chartTitle, changeText, HEADLINE_SERIES, monthLabel, percentText, releaseDate, seriesLabel } from './labels';
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
  suroeste: 'southwest',
  'frontera suroeste': 'southwest',
  'frontera sur': 'southwest',
  nacional: 'nationwide',
  'todo el país': 'nationwide',
  'todo el pais': 'nationwide',
  norte: 'northern',
  'frontera norte': 'northern',
  otros: 'other',
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
  // Spanish ("/border cifras encuentros por nacionalidad").
  componente: 'component',
  componentes: 'component',
  demografía: 'demographic',
  demografia: 'demographic',
  'grupo demográfico': 'demographic',
  nacionalidad: 'citizenship',
  ciudadanía: 'citizenship',
  ciudadania: 'citizenship',
  sectores: 'aor',
  oficina: 'aor',
  tipo: 'encounterType',
  'tipo de encuentro': 'encounterType',
  autoridad: 'titleOfAuthority',
};

const QUERY_ERRORS: Record<Lang, { oneBy: string; officialOnly: (by: string) => string; unknown: (by: string) => string; componentAll: string }> = {
  en: {
    oneBy: 'Give one "by": e.g. /border latest encounters by citizenship.',
    officialOnly: (by) => `Breakdowns are for the official series: encounters, apprehensions or inadmissibles, e.g. /border latest encounters by ${by}.`,
    unknown: (by) => `Unknown breakdown "${by}": use component, demographic, citizenship or sector.`,
    componentAll: 'A breakdown by component is for encounters (both components), e.g. /border latest encounters by component.',
  },
  es: {
    oneBy: 'Indica un solo "por": p. ej. /border cifras encuentros por nacionalidad.',
    officialOnly: (by) => `Los desgloses son de las series oficiales: encuentros, aprehensiones o inadmisibles, p. ej. /border cifras encuentros por ${by}.`,
    unknown: (by) => `Desglose desconocido "${by}": usa componente, demografía, nacionalidad o sector.`,
    componentAll: 'El desglose por componente es para los encuentros (ambos componentes), p. ej. /border cifras encuentros por componente.',
  },
};

export type OfficialQuery =
  | { kind: 'headline' }
  | { kind: 'series'; region: SeriesRegion; component: SeriesComponent; by?: BreakdownKind | 'component' }
  | { kind: 'not-official' }
  | { kind: 'error'; error: string };

/** `<region?> <metric>` → its series, or undefined for a metric that is not an official one. */
function readSeries(what: string): { region?: SeriesRegion; component?: SeriesComponent } {
  let rest = what;
  let region: SeriesRegion | undefined;
  for (const [word, r] of Object.entries(REGION_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest === word || rest.startsWith(`${word} `)) {
      region = r;
      rest = rest.slice(word.length).trim();
      break;
    }
  }
  return { region, component: METRICS[rest] };
}

/**
 * Read `<region?> <metric> [by <breakdown>]` (region default: southwest, the beat); a metric that is not an
 * official one is `not-official` (news figures only). Spanish words too: `encuentros por nacionalidad` ("por"
 * reads as "by" only after an official metric: "detenciones por día" stays a news metric). `lang`: the language
 * of the error messages.
 */
export function parseOfficialQuery(text: string, lang: Lang = 'en'): OfficialQuery {
  const err = QUERY_ERRORS[lang];
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return { kind: 'headline' };
  let parts = t.split(/\s+by\s+/);
  if (parts.length === 1) {
    const por = t.split(/\s+por\s+/);
    if (por.length > 1 && readSeries(por[0]!).component !== undefined) parts = por;
  }
  const [what, by, ...more] = parts;
  if (more.length) return { kind: 'error', error: err.oneBy };
  const { region, component } = readSeries(what!);
  if (component === undefined) {
    if (by !== undefined) return { kind: 'error', error: err.officialOnly(by) };
    return { kind: 'not-official' };
  }
  let breakdown: BreakdownKind | 'component' | undefined;
  if (by !== undefined) {
    breakdown = BREAKDOWNS[by.trim()];
    if (!breakdown) return { kind: 'error', error: err.unknown(by.trim()) };
    if (breakdown === 'component' && component !== 'all') return { kind: 'error', error: err.componentAll };
  }
  return { kind: 'series', region: region ?? 'southwest', component, ...(breakdown ? { by: breakdown } : {}) };
}

/** Fixed words of the reply in Spanish (English is written inline, as before). */
const BREAKDOWN_ES: Record<BreakdownKind, string> = {
  aor: 'sector',
  demographic: 'grupo demográfico',
  citizenship: 'nacionalidad',
  encounterType: 'tipo de encuentro',
  titleOfAuthority: 'título de autoridad',
};

function releaseFooter(release: Release, lang: Lang): string {
  if (lang === 'es') return `Fuente: CBP, ${release.type === 'cbp-encounters' ? 'encuentros en todo el país' : 'encuentros en la frontera terrestre suroeste'}, publicado el ${releaseDate(release.releasedAt, 'es')}; las cifras pueden revisarse en publicaciones posteriores.`;
  return `Source: CBP, ${release.type === 'cbp-encounters' ? 'Nationwide Encounters' : 'Southwest Land Border Encounters'}, released ${release.releasedAt.slice(0, 10)}; figures may be revised in later releases.`;
}

function numberLine(release: Release, region: SeriesRegion, component: SeriesComponent, lang: Lang, label?: string): { text: string } | undefined {
  const l = latestOf(release, region, component);
  if (!l) return undefined;
  const changes = [changeText(l.value, l.previous, lang), changeText(l.value, l.yearAgo, lang)].filter(Boolean).join('; ');
  return { text: `${label ?? seriesLabel(region, component, lang)}: ${formatNumber(l.value, lang)}${changes ? ` (${changes})` : ''}` };
}

async function chartFor(charts: ChartProvider | undefined, id: string, title: string, lang: Lang): Promise<OfficialReplyPart['chart']> {
  if (!charts) return undefined;
  try {
    // English charts are asked for as before (one argument), so a provider that knows no languages still works.
    const data = await (lang === 'en' ? charts(id) : charts(id, lang));
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

/**
 * The official part of the reply, or undefined when there is no official data (or the query is not about it).
 * `lang`: the reply's language (every fixed word, numbers, months, dates and the chart).
 */
export async function officialLatest(config: Config, store: OfficialStore | undefined, query: OfficialQuery, charts?: ChartProvider, lang: Lang = 'en'): Promise<OfficialReplyPart | undefined> {
  if (!store || (query.kind !== 'headline' && query.kind !== 'series')) return undefined;
  const release = await newestRelease(config, store);
  if (!release) return undefined;
  const es = lang === 'es';
  const month = monthLabel(release.latestPeriod, lang);
  const head = {
    text: es ? `Cifras oficiales de ${month} (CBP, publicadas el ${releaseDate(release.releasedAt, 'es')})` : `Official numbers for ${month} (CBP, released ${release.releasedAt.slice(0, 10)})`,
    url: release.page ?? release.url,
  };
  const footer = releaseFooter(release, lang);

  if (query.kind === 'headline') {
    const lines = [head, ...HEADLINE_SERIES.map(([region, component, label]) => numberLine(release, region, component, lang, label[lang]))].filter(
      (l): l is { text: string; url?: string } => l !== undefined,
    );
    const revisions = (await store.revisions(release.dataset, { release: release.latestPeriod, limit: 50 })).filter((r) => r.region === 'southwest' || r.region === 'nationwide');
    for (const r of revisions.filter((x) => x.component === 'all').slice(0, 3)) {
      const label = seriesLabel(r.region, r.component, lang);
      lines.push({
        text: es
          ? `Revisado: ${label}, ${monthLabel(r.period, 'es')}: ahora ${formatNumber(r.to, 'es')} (antes ${formatNumber(r.from, 'es')})`
          : `Revised: ${label} for ${monthLabel(r.period)} now ${formatNumber(r.to)} (was ${formatNumber(r.from)})`,
      });
    }
    const id = seriesId(release.dataset, 'southwest', 'all');
    return { lines, footer, chart: await chartFor(charts, id, chartTitle(HEADLINE_SERIES[0]![2][lang], release.latestPeriod, lang), lang) };
  }

  const { region, component, by } = query;
  if (region === 'nationwide' && !release.coversNationwide) {
    return { lines: [head, { text: es ? `El conjunto de datos ${release.dataset} no tiene cifras de todo el país.` : `The ${release.dataset} dataset has no nationwide numbers.` }], footer };
  }
  const main = numberLine(release, region, component, lang);
  if (!main) {
    const label = seriesLabel(region, component, lang);
    return { lines: [head, { text: es ? `No hay datos de ${label.charAt(0).toLowerCase()}${label.slice(1)} en la publicación más reciente.` : `No ${label} in the newest release.` }], footer };
  }
  const lines: Array<{ text: string; url?: string }> = [head, main];
  const period = release.latestPeriod;
  const total = valueAt(release, region, component, period) ?? 0;
  const share = (v: number) => (total ? ` (${percentText(v / total, lang)})` : '');
  if (by === 'component') {
    for (const c of ['usbp', 'ofo'] as const) {
      const v = valueAt(release, region, c, period);
      if (v !== undefined) lines.push({ text: `• ${seriesLabel(region, c, lang)}: ${formatNumber(v, lang)}${share(v)}` });
    }
  } else if (by) {
    const rows = breakdownOf(release, by, region, component, period);
    if (rows.length === 0) lines.push({ text: es ? `Sin desglose por ${BREAKDOWN_ES[by]} en este conjunto de datos.` : `No breakdown by ${by === 'aor' ? 'sector' : by} in this dataset.` });
    for (const row of rows.slice(0, 12)) lines.push({ text: `• ${row.label}: ${formatNumber(row.value, lang)}${share(row.value)}` });
    if (rows.length > 12) lines.push({ text: es ? `… y ${rows.length - 12} más` : `… and ${rows.length - 12} more` });
  }
  const id = seriesId(release.dataset, region, component);
  return { lines, footer, chart: await chartFor(charts, id, chartTitle(seriesLabel(region, component, lang), period, lang), lang) };
}
