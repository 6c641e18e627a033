/**
 * U.S. federal fiscal years: FY2026 runs from October 2025 to September 2026, so OCT, NOV and DEC of
 * fiscal year 2026 are months of calendar year 2025.
 */
import type { Period } from './types';

const FISCAL_MONTHS = ['OCT', 'NOV', 'DEC', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP'];
const CALENDAR_MONTH: Record<string, number> = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };

/** "2026 (FYTD)" → 2026; "2023" → 2023; anything without four leading digits → undefined. */
export function parseFiscalYear(raw: string): number | undefined {
  const m = /^\s*(\d{4})\b/.exec(raw);
  return m ? Number(m[1]) : undefined;
}

/** Fiscal year + month abbreviation ("OCT" … "SEP", any case) → calendar month "YYYY-MM", or undefined. */
export function fiscalToPeriod(fiscalYear: number, monthAbbv: string): Period | undefined {
  const key = monthAbbv.trim().slice(0, 3).toUpperCase();
  const month = CALENDAR_MONTH[key];
  if (!month || !FISCAL_MONTHS.includes(key)) return undefined;
  const year = month >= 10 ? fiscalYear - 1 : fiscalYear;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2026-03" → "2026-02"; steps months back (negative n) or forward. */
export function addMonths(period: Period, n: number): Period {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** True for "YYYY-MM" with a real month. */
export function isMonth(s: string | null | undefined): s is Period {
  return typeof s === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}
