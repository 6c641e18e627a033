/**
 * How a checked figure reads in digests, alerts and replies: "✓ matches CBP data (191,113)" or
 * "⚠ CBP data for Nov 2026: 191,113"; Spanish "✓ coincide con los datos de CBP (191.113)",
 * "⚠ datos de CBP para nov 2026: 191.113". Self-contained (no import of digest/format: that module calls this one).
 */
import type { Figure, Lang } from '../model';

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

/** The note for a figure with a check, else "". */
export function checkNote(f: Figure, lang: Lang = 'en'): string {
  const c = f.check;
  if (!c) return '';
  // The same separators as digest/format's formatNumber: 191,113; Spanish 191.113 (grouped also below 10.000).
  const n = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(c.official);
  const [y, m] = c.period.split('-');
  const month = `${MONTHS[lang][Number(m) - 1] ?? m} ${y}`;
  if (c.status === 'consistent') return lang === 'es' ? `✓ coincide con los datos de CBP (${n})` : `✓ matches CBP data (${n})`;
  return lang === 'es' ? `⚠ datos de CBP para ${month}: ${n}` : `⚠ CBP data for ${month}: ${n}`;
}
