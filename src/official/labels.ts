/** Human names of official series, shared by `stats`, `/border latest`, announcements and charts. */
import { formatNumber, formatPeriod } from '../digest/format';
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

/** "Southwest border encounters", "Nationwide Border Patrol encounters (between ports of entry)". */
export function seriesLabel(region: SeriesRegion, component: SeriesComponent): string {
  return `${REGION_LABEL[region]} ${COMPONENT_LABEL[component]}`;
}

/** "Nov 2025". */
export function monthLabel(period: string): string {
  return formatPeriod(period) || period;
}

/** "−3,648 (−2.0%) vs Oct 2025", or "" without a comparison point. */
export function changeText(value: number, base: SeriesPoint | null): string {
  if (!base) return '';
  const diff = value - base.value;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const pct = base.value ? ` (${sign}${Math.abs((diff / base.value) * 100).toFixed(1)}%)` : '';
  return `${sign}${formatNumber(Math.abs(diff))}${pct} vs ${monthLabel(base.period)}`;
}
