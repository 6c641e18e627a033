/**
 * The dataset adapter interface: one file per kind (cbp-encounters.ts, cbp-sw-encounters.ts, …).
 * An adapter knows one published layout: which header it accepts and how one row becomes a cell of the
 * aggregates. Fetching, CSV parsing and aggregation are shared (ingest.ts, fetch-dataset.ts).
 */
import type { BreakdownKind, Component, Period, Region } from './types';

/** Column name → index in the row, for the columns the adapter uses. */
export type ColumnIndex = Record<string, number>;

export type HeaderCheck =
  | { ok: true; columns: ColumnIndex; notes: string[] }
  | { ok: false; missing: string[]; error: string };

/** One data row, read: the month, where, which component, how many, and its breakdown labels. */
export interface RowCell {
  period: Period;
  region: Region;
  component: Component;
  count: number;
  breakdown: Partial<Record<BreakdownKind, string>>;
}

/** A row the adapter cannot read: which column and why (the caller adds file and line). */
export interface RowError {
  column: string;
  error: string;
}

export interface DatasetAdapter {
  /** The `type` in `official.datasets[]`. */
  readonly type: string;
  /** Human name, e.g. "CBP Nationwide Encounters". */
  readonly label: string;
  /** Short source line for charts and replies, e.g. "CBP". */
  readonly agency: string;
  /** True when the kind covers every land-border region (nationwide is then their sum). */
  readonly coversNationwide: boolean;
  checkHeader(header: string[]): HeaderCheck;
  readRow(row: string[], columns: ColumnIndex): RowCell | RowError;
  /** Notes gathered while reading rows (labels it did not recognise), after the last row. */
  rowNotes?(): string[];
}

/** Header cells compared loosely: case, surrounding spaces and a byte-order mark do not matter. */
export function normalizeHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Index the header; `required` must all be present, `optional` are used when present; the rest are named in notes. */
export function indexHeader(header: string[], required: readonly string[], optional: readonly string[], kindLabel: string): HeaderCheck {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!at.has(key)) at.set(key, i);
  });
  const missing = required.filter((c) => !at.has(normalizeHeader(c)));
  if (missing.length) {
    const list = missing.map((c) => `"${c}"`).join(', ');
    return { ok: false, missing, error: `not a ${kindLabel} file: the header lacks the column${missing.length > 1 ? 's' : ''} ${list}` };
  }
  const columns: ColumnIndex = {};
  for (const c of [...required, ...optional]) {
    const i = at.get(normalizeHeader(c));
    if (i !== undefined) columns[c] = i;
  }
  const known = new Set([...required, ...optional].map(normalizeHeader));
  const unknown = header.filter((h) => h.trim() !== '' && !known.has(normalizeHeader(h)));
  const notes = unknown.length ? [`columns not recognised (ignored): ${unknown.map((c) => `"${c.trim()}"`).join(', ')}`] : [];
  return { ok: true, columns, notes };
}

/** An integer count; thousands separators allowed ("1,234"). */
export function parseCount(raw: string): number | undefined {
  const s = raw.trim().replace(/,/g, '');
  if (!/^\d{1,12}$/.test(s)) return undefined;
  return Number(s);
}
