/**
 * CBP "Southwest Land Border Encounters" (files like `sbo-encounters-fy23-fy26-apr.csv`). Its layout is only
 * partly documented: public code reads `Fiscal Year`, `Month (abbv)`, `Component`, `Month Grouping`,
 * `Demographic`, `Encounter Type`, `Encounter Count` and `Citizenship`. This adapter requires exactly those,
 * uses `Title of Authority` and `Area of Responsibility` when present, and says what it does not recognise:
 * every other column is named in the release's notes, and so is every Demographic label that is not one of the
 * nationwide file's (public code filters `Demographic == "UAC"`, so the labels may differ). Every row counts
 * for the southwest region; a `Land Border Region` column, if the file has one, must say so.
 */
import { indexHeader, parseCount, type ColumnIndex, type DatasetAdapter, type HeaderCheck, type RowCell, type RowError } from './adapter';
import { readComponent, readPeriod } from './cbp-encounters';

export const CBP_SW_REQUIRED = ['Fiscal Year', 'Month (abbv)', 'Component', 'Month Grouping', 'Demographic', 'Encounter Type', 'Encounter Count', 'Citizenship'] as const;
export const CBP_SW_OPTIONAL = ['Title of Authority', 'Area of Responsibility', 'AOR (Abbv)', 'Land Border Region'] as const;

/** Demographic labels of the nationwide file; others are kept as given and reported. */
const KNOWN_DEMOGRAPHICS = new Set(['single adults', 'fmua', 'uc / single minors', 'accompanied minors']);

function opt(row: string[], columns: ColumnIndex, name: string): string | undefined {
  const i = columns[name];
  if (i === undefined) return undefined;
  const v = (row[i] ?? '').trim();
  return v === '' ? undefined : v;
}

/** A fresh adapter per ingest: it collects the labels it did not recognise. */
export function createCbpSwEncountersAdapter(): DatasetAdapter {
  const unknownDemographics = new Set<string>();
  return {
    type: 'cbp-sw-encounters',
    label: 'CBP Southwest Land Border Encounters',
    agency: 'CBP',
    coversNationwide: false,

    checkHeader(header: string[]): HeaderCheck {
      const check = indexHeader(header, CBP_SW_REQUIRED, CBP_SW_OPTIONAL, 'CBP Southwest Land Border Encounters');
      if (!check.ok) return check;
      const missingOptional = CBP_SW_OPTIONAL.filter((c) => check.columns[c] === undefined && c !== 'AOR (Abbv)' && c !== 'Land Border Region');
      const notes = [...check.notes];
      if (missingOptional.length) notes.push(`no ${missingOptional.map((c) => `"${c}"`).join(' or ')} column: those breakdowns are not available for this dataset`);
      return { ...check, notes };
    },

    readRow(row: string[], columns: ColumnIndex): RowCell | RowError {
      const when = readPeriod(row, columns);
      if ('error' in when) return when;
      const compRaw = row[columns['Component']!] ?? '';
      const component = readComponent(compRaw);
      if (!component) return { column: 'Component', error: `expected "U.S. Border Patrol" or "Office of Field Operations", got "${compRaw.slice(0, 60)}"` };
      const region = opt(row, columns, 'Land Border Region');
      if (region && !/^southwest/i.test(region)) return { column: 'Land Border Region', error: `expected only "Southwest Land Border" in this dataset, got "${region.slice(0, 60)}"` };
      const countRaw = row[columns['Encounter Count']!] ?? '';
      const count = parseCount(countRaw);
      if (count === undefined) return { column: 'Encounter Count', error: `expected a whole number, got "${countRaw.slice(0, 40)}"` };
      const demographic = opt(row, columns, 'Demographic');
      if (demographic && !KNOWN_DEMOGRAPHICS.has(demographic.toLowerCase()) && unknownDemographics.size < 20) unknownDemographics.add(demographic);
      return {
        period: when.period,
        region: 'southwest',
        component,
        count,
        breakdown: {
          demographic,
          citizenship: opt(row, columns, 'Citizenship'),
          encounterType: opt(row, columns, 'Encounter Type'),
          titleOfAuthority: opt(row, columns, 'Title of Authority'),
          aor: opt(row, columns, 'Area of Responsibility'),
        },
      };
    },

    rowNotes(): string[] {
      return unknownDemographics.size
        ? [`Demographic labels not recognised (kept as given): ${[...unknownDemographics].map((d) => `"${d}"`).join(', ')}`]
        : [];
    },
  };
}
