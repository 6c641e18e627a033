/** CBP files through the real csv-parse stream and the adapters: layout, fiscal years, quoted commas, refusals. */
import { Readable } from 'node:stream';
import { adapterFor } from '../../src/official/adapters';
import { breakdownOf, latestOf, seriesPairs, seriesPoints, valueAt } from '../../src/official/aggregate';
import { ingestCsv } from '../../src/official/ingest';
import { fiscalToPeriod, parseFiscalYear } from '../../src/official/periods';
import type { Release } from '../../src/official/types';
import { NOV_AOR, NOV_STATE, OCT_AOR, officialStream } from './fixtures';

async function release(name: string, type: 'cbp-encounters' | 'cbp-sw-encounters' = 'cbp-encounters'): Promise<Release> {
  const adapter = adapterFor(type);
  const r = await ingestCsv(officialStream(name), adapter, name);
  if (!r.ok) throw new Error(r.error);
  return r.aggregator.toRelease({ dataset: 'cbp-nationwide', type, url: name, releasedAt: '2025-12-12T15:00:00.000Z', fetchedAt: '2025-12-12T16:00:00.000Z', coversNationwide: adapter.coversNationwide, notes: r.notes });
}

test('fiscal years: "2026 (FYTD)" is 2026; October to December belong to the previous calendar year', () => {
  expect(parseFiscalYear('2026 (FYTD)')).toBe(2026);
  expect(parseFiscalYear('2023')).toBe(2023);
  expect(parseFiscalYear('FY23')).toBeUndefined();
  expect(fiscalToPeriod(2026, 'OCT')).toBe('2025-10');
  expect(fiscalToPeriod(2026, 'DEC')).toBe('2025-12');
  expect(fiscalToPeriod(2026, 'JAN')).toBe('2026-01');
  expect(fiscalToPeriod(2026, 'sep')).toBe('2026-09');
  expect(fiscalToPeriod(2026, 'XYZ')).toBeUndefined();
});

test('the AOR file aggregates into month × region × component, nationwide the sum, across three fiscal years', async () => {
  const r = await release(OCT_AOR);
  expect(r.rows).toBe(225);
  expect(r.firstPeriod).toBe('2023-10');
  expect(r.latestPeriod).toBe('2025-10');
  expect(r.regions).toEqual(['southwest', 'northern', 'other']);
  expect(valueAt(r, 'southwest', 'all', '2025-10')).toBe(178074);
  expect(valueAt(r, 'southwest', 'usbp', '2025-10')).toBe(146137);
  expect(valueAt(r, 'southwest', 'ofo', '2025-10')).toBe(31937);
  expect(valueAt(r, 'northern', 'ofo', '2025-10')).toBe(10454);
  expect(valueAt(r, 'other', 'usbp', '2025-10')).toBe(714);
  expect(valueAt(r, 'nationwide', 'all', '2025-10')).toBe(196241);
  expect(valueAt(r, 'nationwide', 'all', '2025-10')).toBe(178074 + 12064 + 6103);
  expect(seriesPoints(r, 'southwest', 'all')).toHaveLength(25);
  expect(seriesPairs(r)).toHaveLength(12); // 4 regions × 3 components
});

test('quoted commas stay inside the citizenship name; breakdowns by every dimension', async () => {
  const r = await release(OCT_AOR);
  const cit = breakdownOf(r, 'citizenship', 'southwest', 'usbp', '2025-10').map((b) => b.label);
  expect(cit).toContain('CHINA, PEOPLES REPUBLIC OF');
  expect(cit).not.toContain('CHINA');
  expect(breakdownOf(r, 'citizenship', 'nationwide', 'all', '2025-10').map((b) => b.label)).toContain('KOREA, SOUTH');
  const aor = breakdownOf(r, 'aor', 'southwest', 'usbp', '2025-10');
  expect(aor.map((a) => a.label).sort()).toEqual(['El Paso Sector', 'Rio Grande Valley Sector', 'Tucson Sector']);
  expect(aor.reduce((s, a) => s + a.value, 0)).toBe(146137);
  expect(breakdownOf(r, 'encounterType', 'nationwide', 'all', '2025-10').map((b) => b.label).sort()).toEqual(['Apprehensions', 'Inadmissibles']);
  expect(breakdownOf(r, 'demographic', 'southwest', 'all', '2025-10').map((b) => b.label).sort()).toEqual(['Accompanied Minors', 'FMUA', 'Single Adults', 'UC / Single Minors']);
  expect(breakdownOf(r, 'titleOfAuthority', 'nationwide', 'all', '2025-10')).toEqual([{ label: 'Title 8', value: 196241 }]);
});

test('latest numbers carry the previous month and the same month a year earlier (CRLF file)', async () => {
  const r = await release(NOV_AOR);
  expect(latestOf(r, 'southwest', 'all')).toEqual({
    region: 'southwest',
    component: 'all',
    period: '2025-11',
    value: 175660,
    previous: { period: '2025-10', value: 179308 },
    yearAgo: { period: '2024-11', value: 170626 },
  });
});

test('the state-level file is refused with the missing columns named', async () => {
  const r = await ingestCsv(officialStream(NOV_STATE), adapterFor('cbp-encounters'), NOV_STATE);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.kind).toBe('header');
  expect(r.missing).toEqual(['Component', 'Area of Responsibility', 'AOR (Abbv)', 'Encounter Type']);
  expect(r.error).toMatch(/nov-state\.csv: not a CBP Nationwide Encounters \(AOR\) file: the header lacks the columns "Component"/);
});

test.each([
  ['missing-column.csv', 'header', /lacks the column "Component"/],
  ['truncated.csv', 'truncated', /truncated\.csv: line 120: the file ends inside a quoted field/],
  ['bad-count.csv', 'bad-row', /bad-count\.csv: line 2: column "Encounter Count": expected a whole number, got "many"/],
])('%s is an error value (%s), not a crash', async (name, kind, message) => {
  const r = await ingestCsv(officialStream(name), adapterFor('cbp-encounters'), name);
  expect(r).toMatchObject({ ok: false, kind });
  if (!r.ok) expect(r.error).toMatch(message);
});

test('an HTML page is refused before parsing', async () => {
  const html = Readable.from([Buffer.from('\n  <!DOCTYPE html><html><body>Access denied</body></html>')]);
  const r = await ingestCsv(html, adapterFor('cbp-encounters'), 'page.csv');
  expect(r).toEqual({ ok: false, kind: 'html', error: 'got an HTML page, not a CSV file' });
});

test('an empty file and a header-only file are error values', async () => {
  expect(await ingestCsv(Readable.from([Buffer.from('')]), adapterFor('cbp-encounters'), 'e.csv')).toMatchObject({ ok: false, kind: 'empty' });
  const header = 'Fiscal Year,Month Grouping,Month (abbv),Component,Land Border Region,Area of Responsibility,AOR (Abbv),Demographic,Citizenship,Title of Authority,Encounter Type,Encounter Count\n';
  expect(await ingestCsv(Readable.from([Buffer.from(`\uFEFF${header}`)]), adapterFor('cbp-encounters'), 'h.csv')).toMatchObject({ ok: false, kind: 'empty', error: 'h.csv: the file has a header but no data rows' });
});

test('Southwest Land Border Encounters: known columns read, unknown column and labels named, southwest only', async () => {
  const r = await release('sbo-encounters-fy26-nov.csv', 'cbp-sw-encounters');
  expect(r.coversNationwide).toBe(false);
  expect(r.regions).toEqual(['southwest']);
  expect(valueAt(r, 'southwest', 'usbp', '2025-10')).toBe(5300);
  expect(valueAt(r, 'southwest', 'all', '2025-11')).toBe(5850);
  expect(valueAt(r, 'nationwide', 'all', '2025-11')).toBeUndefined();
  expect(seriesPairs(r).map((p) => `${p.region}.${p.component}`)).toEqual(['southwest.all', 'southwest.usbp', 'southwest.ofo']);
  expect(r.notes).toEqual(['columns not recognised (ignored): "Sector Code"', 'Demographic labels not recognised (kept as given): "UAC"']);
  // The nationwide AOR file is not a Southwest file? It is a superset: its header has every required column …
  // … but a row outside the southwest region is refused, naming the line and column.
  const wrong = await ingestCsv(officialStream(OCT_AOR), adapterFor('cbp-sw-encounters'), OCT_AOR);
  expect(wrong).toMatchObject({ ok: false, kind: 'bad-row' });
  if (!wrong.ok) expect(wrong.error).toMatch(/line 7: column "Land Border Region": expected only "Southwest Land Border"/);
});

test('a Southwest file without its documented columns is refused', async () => {
  const csv = 'Fiscal Year,Month (abbv),Component,Encounter Count\n2026,OCT,U.S. Border Patrol,5\n';
  const r = await ingestCsv(Readable.from([Buffer.from(csv)]), adapterFor('cbp-sw-encounters'), 'sw.csv');
  expect(r).toMatchObject({ ok: false, kind: 'header', missing: ['Month Grouping', 'Demographic', 'Encounter Type', 'Citizenship'] });
});
