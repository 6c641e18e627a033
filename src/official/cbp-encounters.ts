/**
 * CBP "Nationwide Encounters", the area-of-responsibility (AOR) file. Header, exactly:
 *   Fiscal Year,Month Grouping,Month (abbv),Component,Land Border Region,Area of Responsibility,AOR (Abbv),
 *   Demographic,Citizenship,Title of Authority,Encounter Type,Encounter Count
 * The sibling state-level file (a `State` column, no Component / Area of Responsibility / Encounter Type)
 * fails the header check, so page discovery passes it over.
 */
import { indexHeader, parseCount, type ColumnIndex, type DatasetAdapter, type HeaderCheck, type RowCell, type RowError } from './adapter';
import { fiscalToPeriod, parseFiscalYear } from './periods';
import type { Component, Region } from './types';

export const CBP_ENCOUNTERS_COLUMNS = [
  'Fiscal Year',
  'Month Grouping',
  'Month (abbv)',
  'Component',
  'Land Border Region',
  'Area of Responsibility',
  'AOR (Abbv)',
  'Demographic',
  'Citizenship',
  'Title of Authority',
  'Encounter Type',
  'Encounter Count',
] as const;

const COMPONENTS: Record<string, Component> = {
  'u.s. border patrol': 'usbp',
  'us border patrol': 'usbp',
  'border patrol': 'usbp',
  'office of field operations': 'ofo',
  'field operations': 'ofo',
};

const REGIONS: Record<string, Region> = {
  'southwest land border': 'southwest',
  'southwest border': 'southwest',
  'northern land border': 'northern',
  'northern border': 'northern',
  other: 'other',
};

export function readComponent(raw: string): Component | undefined {
  return COMPONENTS[raw.trim().toLowerCase()];
}

/** Reads the month columns shared by CBP files; an error names the column. */
export function readPeriod(row: string[], columns: ColumnIndex): { period: string } | RowError {
  const fyRaw = row[columns['Fiscal Year']!] ?? '';
  const fy = parseFiscalYear(fyRaw);
  if (fy === undefined) return { column: 'Fiscal Year', error: `expected a year such as 2024 or "2026 (FYTD)", got "${fyRaw.slice(0, 40)}"` };
  const monRaw = row[columns['Month (abbv)']!] ?? '';
  const period = fiscalToPeriod(fy, monRaw);
  if (!period) return { column: 'Month (abbv)', error: `expected a month abbreviation OCT … SEP, got "${monRaw.slice(0, 40)}"` };
  return { period };
}

function label(row: string[], columns: ColumnIndex, name: string): string | undefined {
  const i = columns[name];
  if (i === undefined) return undefined;
  const v = (row[i] ?? '').trim();
  return v === '' ? undefined : v;
}

export const cbpEncountersAdapter: DatasetAdapter = {
  type: 'cbp-encounters',
  label: 'CBP Nationwide Encounters',
  agency: 'CBP',
  coversNationwide: true,

  checkHeader(header: string[]): HeaderCheck {
    return indexHeader(header, CBP_ENCOUNTERS_COLUMNS, [], 'CBP Nationwide Encounters (AOR)');
  },

  readRow(row: string[], columns: ColumnIndex): RowCell | RowError {
    const when = readPeriod(row, columns);
    if ('error' in when) return when;
    const compRaw = row[columns['Component']!] ?? '';
    const component = readComponent(compRaw);
    if (!component) return { column: 'Component', error: `expected "U.S. Border Patrol" or "Office of Field Operations", got "${compRaw.slice(0, 60)}"` };
    const regionRaw = row[columns['Land Border Region']!] ?? '';
    const region = REGIONS[regionRaw.trim().toLowerCase()];
    if (!region) return { column: 'Land Border Region', error: `expected "Southwest Land Border", "Northern Land Border" or "Other", got "${regionRaw.slice(0, 60)}"` };
    const countRaw = row[columns['Encounter Count']!] ?? '';
    const count = parseCount(countRaw);
    if (count === undefined) return { column: 'Encounter Count', error: `expected a whole number, got "${countRaw.slice(0, 40)}"` };
    return {
      period: when.period,
      region,
      component,
      count,
      breakdown: {
        demographic: label(row, columns, 'Demographic'),
        citizenship: label(row, columns, 'Citizenship'),
        encounterType: label(row, columns, 'Encounter Type'),
        titleOfAuthority: label(row, columns, 'Title of Authority'),
        aor: label(row, columns, 'Area of Responsibility'),
      },
    };
  },
};
