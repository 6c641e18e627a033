/** Ranking of the figures found: the richest and most important first. */
import type { Figure } from '../model';
import { GENERIC_METRICS, METRIC_WORDS } from './lexicon';
import events from './data/events.json';
import vocabulary from './data/vocabulary.json';

export interface Located {
  figure: Figure;
  /** 3 title, 2 lead sentence, 1 early, 0 elsewhere. */
  location: number;
  order: number;
}

export function richness(f: Figure): number {
  return [f.qualifier, f.per, f.scope, f.period, f.source].filter((x) => x !== null).length;
}

export function importance(l: Located): number {
  const f = l.figure;
  const specific = GENERIC_METRICS.has(f.metric) || f.unit === 'percent' ? 0 : 2;
  return l.location * 10 + specific * 3 + (f.period ? 1 : 0) + (f.source ? 1 : 0);
}

/** A generic noun for the people counted ("migrantes", "people"), not a metric of its own. */
export function isGenericMetric(metric: string): boolean {
  return GENERIC_METRICS.has(metric.toLowerCase());
}

const COUNTED_NOUNS = [...new Set([...events.countedNouns.en, ...events.countedNouns.es, ...(vocabulary.demonyms as string[]).map((d) => d.toLowerCase()), ...GENERIC_METRICS])];

/**
 * The counted noun a metric made of it and its event opens ("migrantes detenidos" → "migrantes", "haitians repatriated" →
 * "haitians", "people in detention" → "people"), else the metric itself: what readers that compare counts across reports
 * and languages compare (src/stories/figure-match.ts).
 */
export function eventBase(metric: string): string {
  const m = metric.toLowerCase();
  if (GENERIC_METRICS.has(m) || LEXICON_METRICS.has(m)) return m;
  let base = m;
  for (const g of COUNTED_NOUNS) if (m.startsWith(`${g} `) && (base === m || g.length > base.length)) base = g;
  return base;
}

/**
 * How specific a metric is: 0 a generic noun ("migrantes"), 1 a generic noun with what happened to them ("migrantes
 * detenidos", "people in detention": fig19's event of the count), 2 a metric of its own ("detenciones").
 */
function specificity(metric: string): number {
  const m = metric.toLowerCase();
  if (GENERIC_METRICS.has(m)) return 0;
  return genericBase(m) === m ? 2 : 1;
}

/** Canonical metrics of the lexicon ("migrantes centroamericanos" is a metric of its own, not "migrantes" + an event). */
const LEXICON_METRICS = new Set(Object.values(METRIC_WORDS));

/**
 * The generic noun a metric made of it and its event opens ("migrantes detenidos" → "migrantes", "personas extranjeras
 * detectadas" → "personas extranjeras"), else the metric itself. Readers that compare counts across reports and languages
 * (src/stories/figure-match.ts, the figures store) compare the noun.
 */
export function genericBase(metric: string): string {
  const m = metric.toLowerCase();
  if (GENERIC_METRICS.has(m) || LEXICON_METRICS.has(m)) return m;
  let base = m;
  for (const g of GENERIC_METRICS) if (m.startsWith(`${g} `) && (base === m || g.length > base.length)) base = g;
  return base;
}

/**
 * Can `a` and `b` be one count stated under two nouns ("7.500 detenciones" / "7.500 migrantes" / "7.500 migrantes
 * detenidos")? Only when one of them is a generic noun for the people counted (with its event or not): "2 deaths" and
 * "2 injured" stay two.
 */
export function twoNounsOfOneCount(a: string, b: string): boolean {
  return isGenericMetric(genericBase(a)) !== isGenericMetric(genericBase(b));
}

/**
 * Is metric `a` more specific than `b` ("detenciones" over "migrantes", "menores no acompañados" over "menores")? A noun
 * of the beat is kept over a generic noun with its event ("detenciones" over "migrantes detenidos": the same count).
 */
export function moreSpecificMetric(a: string, b: string): boolean {
  const sa = specificity(a);
  const sb = specificity(b);
  if (sa !== sb) return sa > sb;
  const ga = sa === 0;
  // Two generic nouns ("migrantes", "personas extranjeras"): neither is more specific; the first statement stays.
  if (ga) return false;
  return a.split(/\s+/).length > b.split(/\s+/).length;
}
