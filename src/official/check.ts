/**
 * News figures checked against the official data. A figure is checked only when it maps unambiguously onto
 * one official series — its metric (encounters, apprehensions, inadmissibles), its scope (southwest border,
 * between ports of entry, at ports of entry, nationwide), a single month as period, no rate and no unit —
 * and that month is in the data. Pure: the releases are passed in.
 *
 * Mapping (the convention of CBP's own releases and of the news that quotes them):
 *  - apprehensions / aprehensiones are Border Patrol (`usbp`); "apprehensions at ports of entry" is a contradiction: no check;
 *  - encounters / encuentros are both components (`all`), `usbp` "between ports of entry", `ofo` "at ports of entry";
 *  - inadmissibles are Field Operations (`ofo`);
 *  - region: "southwest / southern / U.S.-Mexico border", "frontera norte" (Mexico's northern border) → southwest;
 *    "northern border" → northern; "nationwide", "all borders", "across the country" → nationwide; found in the
 *    figure's scope and its sentence. When the sentence names no region, Border Patrol figures
 *    "between ports of entry" are the southwest border's (how CBP and the press report them); any other figure
 *    without a region is ambiguous and gets no check. Two different regions in the sentence: ambiguous.
 *
 * Consistency honours the qualifier: "more than / over N": official above N and within 10 %; "nearly / almost N":
 * official below N and within 10 %; "about / roughly N": within 5 %; a bare N: within 1 %. "At least N" is read
 * like "more than" (N itself allowed); "fewer than / under / up to N" like "nearly" (N allowed for "up to").
 * Any other qualifier, or a value outside its tolerance, is `differs`.
 */
import type { Figure } from '../model';
import { valueAt } from './aggregate';
import { isMonth } from './periods';
import type { Period, Release, SeriesComponent, SeriesRegion } from './types';

/** Carried by a figure (`figure.check`) in `run --once --json` and the figure store. */
export interface FigureCheck {
  status: 'consistent' | 'differs';
  dataset: string;
  region: SeriesRegion;
  component: SeriesComponent;
  period: Period;
  official: number;
}

const METRIC_COMPONENT: Record<string, SeriesComponent> = {
  encounters: 'all',
  encuentros: 'all',
  apprehensions: 'usbp',
  aprehensiones: 'usbp',
  inadmissibles: 'ofo',
  inadmisibles: 'ofo',
};

const BETWEEN = /\bbetween\s+(?:official\s+|legal\s+)?ports\s+of\s+entry\b|\bentre\s+(?:los\s+)?puertos\s+de\s+entrada\b/i;
const AT_PORTS = /\b(?:at|through)\s+(?:official\s+|legal\s+|the\s+)?ports\s+of\s+entry\b|\ben\s+(?:los\s+)?puertos\s+de\s+entrada\b/i;

const REGION_PATTERNS: Array<[RegExp, SeriesRegion]> = [
  [/\b(?:southwest(?:ern)?|southern|U\.S\.[-–]Mexico|US[-–]Mexico|Mexico)\s+border\b|\bfrontera\s+(?:norte|con\s+(?:M[eé]xico|Estados\s+Unidos|EE\.?\s?UU\.?|EU))\b|\bfrontera\s+sur\s+de\s+(?:Estados\s+Unidos|EE\.?\s?UU\.?)/i, 'southwest'],
  [/\bnorthern\s+border\b|\bCanad(?:a|ian)\s+border\b|\bfrontera\s+con\s+Canad[aá]\b/i, 'northern'],
  [/\bnationwide\b|\ball\s+(?:U\.S\.\s+)?borders\b|\bacross\s+the\s+country\b|\ba\s+nivel\s+nacional\b|\ben\s+todo\s+el\s+pa[ií]s\b/i, 'nationwide'],
];

function regionsIn(text: string): Set<SeriesRegion> {
  const out = new Set<SeriesRegion>();
  for (const [re, region] of REGION_PATTERNS) if (re.test(text)) out.add(region);
  return out;
}

/** The series a figure maps onto, or undefined when it maps onto none or the mapping is ambiguous. */
export function mapFigure(f: Figure): { region: SeriesRegion; component: SeriesComponent; period: Period } | undefined {
  const metricComponent = METRIC_COMPONENT[f.metric.toLowerCase()];
  if (!metricComponent) return undefined;
  if (!isMonth(f.period) || f.per !== null || f.unit !== null || !(f.value > 0)) return undefined;
  const scope = f.scope ?? '';
  const between = BETWEEN.test(scope);
  const atPorts = AT_PORTS.test(scope);
  let component: SeriesComponent = metricComponent;
  if (between) {
    if (metricComponent === 'ofo') return undefined;
    component = 'usbp';
  } else if (atPorts) {
    if (metricComponent === 'usbp') return undefined;
    component = 'ofo';
  }
  const found = new Set([...regionsIn(scope), ...regionsIn(f.sentence)]);
  if (found.size > 1) return undefined;
  let region = [...found][0];
  if (!region) {
    if (component !== 'usbp' || !(between || /\bBorder\s+Patrol\b|\bPatrulla\s+Fronteriza\b/i.test(f.sentence))) return undefined;
    region = 'southwest';
  }
  return { region, component, period: f.period };
}

const MORE = new Set(['more than', 'over', 'just over', 'just more than', 'well over', 'upward of', 'upwards of', 'más de', 'poco más de', 'arriba de', 'más de un']);
const AT_LEAST = new Set(['at least', 'al menos', 'por lo menos']);
const NEARLY = new Set(['nearly', 'almost', 'close to', 'just under', 'casi', 'cerca de']);
const BELOW = new Set(['fewer than', 'less than', 'under', 'menos de']);
const UP_TO = new Set(['up to', 'as many as', 'at most', 'hasta']);
const ABOUT = new Set(['about', 'roughly', 'approximately', 'around', 'some', 'an estimated', 'alrededor de', 'aproximadamente', 'unos', 'unas', 'aproximadamente unos']);
const BARE = new Set(['', 'a total of', 'un total de', 'a record']);

/** Does the official value agree with "<qualifier> N"? */
export function agrees(qualifier: string | null, n: number, official: number): boolean {
  const q = (qualifier ?? '').trim().toLowerCase();
  if (MORE.has(q)) return official > n && official <= n * 1.1;
  if (AT_LEAST.has(q)) return official >= n && official <= n * 1.1;
  if (NEARLY.has(q) || BELOW.has(q)) return official < n && official >= n * 0.9;
  if (UP_TO.has(q)) return official <= n && official >= n * 0.9;
  if (ABOUT.has(q)) return Math.abs(official - n) <= n * 0.05;
  if (BARE.has(q)) return Math.abs(official - n) <= n * 0.01;
  return false;
}

/** The check of one figure against the releases (config order: the first holding the month wins), or undefined. */
export function checkFigure(f: Figure, releases: readonly Release[]): FigureCheck | undefined {
  const mapped = mapFigure(f);
  if (!mapped) return undefined;
  for (const release of releases) {
    const official = valueAt(release, mapped.region, mapped.component, mapped.period);
    if (official === undefined) continue;
    return { status: agrees(f.qualifier, f.value, official) ? 'consistent' : 'differs', dataset: release.dataset, ...mapped, official };
  }
  return undefined;
}

/** Figures with `check` set where one applies (a figure without one is returned unchanged). */
export function checkFigures(figures: Figure[], releases: readonly Release[]): Figure[] {
  if (releases.length === 0) return figures;
  return figures.map((f) => {
    const check = checkFigure(f, releases);
    return check ? { ...f, check } : f;
  });
}
