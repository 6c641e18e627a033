import { isPrimarySource, periodEnd, pickLatest } from '../../src/figures/store';
import { entry } from './store-contract';

describe('isPrimarySource', () => {
  const fig = (source: string | null) => entry({ value: 1, source }).figure;
  it('an agency feed quoting itself is primary', () => {
    expect(isPrimarySource('CBP Newsroom', fig('CBP'))).toBe(true);
    expect(isPrimarySource('U.S. Customs and Border Protection', fig('Border Patrol'))).toBe(true);
    expect(isPrimarySource('ACNUR México', fig('UNHCR'))).toBe(true);
    expect(isPrimarySource('Instituto Nacional de Migración', fig('INM'))).toBe(true);
    expect(isPrimarySource('CBP Newsroom', fig(null))).toBe(true);
  });
  it('an outlet quoting an agency is not primary', () => {
    expect(isPrimarySource('Border Report', fig('CBP'))).toBe(false);
    expect(isPrimarySource('El Universal', fig('INM'))).toBe(false);
    expect(isPrimarySource('CBP Newsroom', fig('UNHCR'))).toBe(false);
    expect(isPrimarySource('Texas Tribune', fig(null))).toBe(false);
  });
});

describe('periodEnd / pickLatest', () => {
  it('reads every period form', () => {
    expect(periodEnd('2023-11')).toBe('2023-11-30');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-05/2023-11')).toBe('2023-11-30');
    expect(periodEnd('FY2023')).toBe('2023-09-30');
    expect(periodEnd('2023')).toBe('2023-12-31');
    expect(periodEnd('2023-11-20/2023-11-26')).toBe('2023-11-26');
    expect(periodEnd(null)).toBeNull();
  });
  it('no change across different rates or units', () => {
    const l = pickLatest([entry({ value: 10, period: '2023-11', per: 'day' }), entry({ value: 300, period: '2023-10' })]);
    expect(l?.figure.value).toBe(10);
    expect(l?.previous).toBeUndefined();
    expect(l?.change).toBeUndefined();
  });
});
