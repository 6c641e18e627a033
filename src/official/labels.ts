/** Human names of official series, shared by `stats`, `/border latest`, announcements and charts, in English or Spanish. */
import { formatNumber, formatPeriod } from '../digest/format';
import type { Lang } from '../model';
import type { SeriesPoint } from './types';
import type { SeriesComponent, SeriesRegion } from './types';

export const REGION_LABEL: Record<SeriesRegion, string> = {
  nationwide: 'Nationwide',
  southwest: 'Southwest border',
  northern: 'Northern border',
  other: 'Other (air and sea)',
};

export const COMPONENT_LABEL: Record<SeriesComponent, string> = {
  all: 'encounters',
  usbp: 'Border Patrol encounters (between ports of entry)',
  ofo: 'encounters at ports of entry (Field Operations)',
};

/** Spanish puts the region after the noun: "Encuentros de la Patrulla Fronteriza en la frontera suroeste (entre puertos de entrada)". */
const REGION_ES: Record<SeriesRegion, string> = {
  nationwide: 'en todo el país',
  southwest: 'en la frontera suroeste',
  northern: 'en la frontera norte',
  other: 'en otros puntos (aire y mar)',
};
const COMPONENT_ES: Record<SeriesComponent, [head: string, tail: string]> = {
  all: ['Encuentros', ''],
  usbp: ['Encuentros de la Patrulla Fronteriza', ' (entre puertos de entrada)'],
  ofo: ['Encuentros en puertos de entrada', ' (Operaciones de Campo)'],
};

/** "Southwest border encounters", "Nationwide Border Patrol encounters (between ports of entry)"; Spanish "Encuentros en la frontera suroeste". */
export function seriesLabel(region: SeriesRegion, component: SeriesComponent, lang: Lang = 'en'): string {
  if (lang === 'es') {
    const [head, tail] = COMPONENT_ES[component];
    return `${head} ${REGION_ES[region]}${tail}`;
  }
  return `${REGION_LABEL[region]} ${COMPONENT_LABEL[component]}`;
}

/** "Nov 2025"; Spanish "nov 2025". */
export function monthLabel(period: string, lang: Lang = 'en'): string {
  return formatPeriod(period, lang) || period;
}

/** A release date ("2025-12-12T15:00:00Z"): kept as "2025-12-12" in English, "12 dic 2025" in Spanish. */
export function releaseDate(iso: string, lang: Lang = 'en'): string {
  const day = iso.slice(0, 10);
  return lang === 'es' ? formatPeriod(day, 'es') || day : day;
}

/** A percentage with one decimal: "2.0%"; Spanish "2,0 %". */
export function percentText(fraction: number, lang: Lang = 'en'): string {
  const s = (fraction * 100).toFixed(1);
  return lang === 'es' ? `${s.replace('.', ',')} %` : `${s}%`;
}

/** "−3,648 (−2.0%) vs Oct 2025"; Spanish "−3.648 (−2,0 %) respecto a oct 2025"; "" without a comparison point. */
export function changeText(value: number, base: SeriesPoint | null, lang: Lang = 'en'): string {
  if (!base) return '';
  const diff = value - base.value;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const pct = base.value ? ` (${sign}${percentText(Math.abs(diff / base.value), lang)})` : '';
  return `${sign}${formatNumber(Math.abs(diff), lang)}${pct} ${lang === 'es' ? 'respecto a' : 'vs'} ${monthLabel(base.period, lang)}`;
}

/** The chart attachment's title: "Southwest border encounters, last 13 months to Nov 2025". */
export function chartTitle(label: string, period: string, lang: Lang = 'en'): string {
  return lang === 'es' ? `${label}, últimos 13 meses hasta ${monthLabel(period, 'es')}` : `${label}, last 13 months to ${monthLabel(period)}`;
}

/** The headline series of a release, in the order replies and announcements list them. */
export const HEADLINE_SERIES: Array<[SeriesRegion, SeriesComponent, Record<Lang, string>]> = [
  ['southwest', 'all', { en: 'Southwest border encounters', es: 'Encuentros en la frontera suroeste' }],
  ['nationwide', 'all', { en: 'Nationwide encounters', es: 'Encuentros en todo el país' }],
  ['southwest', 'usbp', { en: 'Border Patrol apprehensions (southwest, between ports of entry)', es: 'Aprehensiones de la Patrulla Fronteriza (suroeste, entre puertos de entrada)' }],
  ['southwest', 'ofo', { en: 'Encounters at southwest ports of entry', es: 'Encuentros en los puertos de entrada del suroeste' }],
];
