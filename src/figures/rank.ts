/** Ranking of the figures found: the richest and most important first. */
import type { Figure } from '../model';
import { GENERIC_METRICS } from './lexicon';

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

/** Is metric `a` more specific than `b` ("detenciones" over "migrantes", "menores no acompañados" over "menores")? */
export function moreSpecificMetric(a: string, b: string): boolean {
  const ga = GENERIC_METRICS.has(a.toLowerCase());
  const gb = GENERIC_METRICS.has(b.toLowerCase());
  if (ga !== gb) return gb;
  // Two generic nouns ("migrantes", "personas extranjeras"): neither is more specific; the first statement stays.
  if (ga) return false;
  return a.split(/\s+/).length > b.split(/\s+/).length;
}
