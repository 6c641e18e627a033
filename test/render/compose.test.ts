import { composeAlert, composeDigest, formatFigure, formatPeriod } from '../../src/digest/compose';
import { formatNumber, formatTime, formatWindow } from '../../src/digest/format';
import { figure, story } from './fixtures';

describe('formatFigure', () => {
  it('reads qualifier, amount with separators, metric, scope, period and source', () => {
    expect(formatFigure(figure())).toBe('more than 190,000 apprehensions between ports of entry (Nov 2023, CBP)');
  });

  it('formats money, percentages and rates', () => {
    expect(formatFigure(figure({ value: 1500, unit: 'USD', metric: 'in fees', qualifier: null, scope: null, period: null, source: null }))).toBe('$1,500 in fees');
    expect(formatFigure(figure({ value: 2_400_000_000, unit: 'USD', metric: 'for border security', qualifier: null, scope: null, period: 'FY2024', source: null }))).toBe(
      '$2.4 billion for border security (FY2024)',
    );
    expect(formatFigure(figure({ value: 12.5, unit: 'percent', metric: 'increase', qualifier: 'a', scope: null, period: null, source: null }))).toBe('a 12.5% increase');
    expect(formatFigure(figure({ value: 8000, per: 'day', metric: 'crossings', qualifier: 'about', scope: null, period: null, source: null }))).toBe('about 8,000 crossings a day');
    expect(formatFigure(figure({ value: 2_476_123, metric: 'encounters', qualifier: null, scope: null, period: 'FY2023', source: 'CBP' }))).toBe(
      '2,476,123 encounters (FY2023, CBP)',
    );
  });

  it('uses Spanish wording and Spanish separators for Spanish stories (7.500; 1,2 millones)', () => {
    expect(formatFigure(figure({ value: 8000, per: 'day', metric: 'cruces', qualifier: 'más de', scope: null, period: '2023-11', source: 'CBP' }), 'es')).toBe(
      'más de 8.000 cruces al día (nov 2023, CBP)',
    );
    expect(formatNumber(7500, 'es')).toBe('7.500');
    expect(formatNumber(190000, 'es')).toBe('190.000');
    expect(formatNumber(12.5, 'es')).toBe('12,5');
    expect(formatFigure(figure({ value: 1_200_000, metric: 'envíos', qualifier: null, scope: null, period: null, source: null }), 'es')).toBe('1,2 millones envíos');
    expect(formatFigure(figure({ value: 2_400_000, unit: 'USD', metric: 'remittances', qualifier: null, scope: null, period: null, source: null }), 'es')).toBe('$2,4 millones remittances');
  });

  it('writes Spanish dates as "1 dic 2026" with a 24-hour clock', () => {
    expect(formatTime('2026-12-01T14:00:00Z', 'America/Chicago', 'es')).toBe('1 dic 2026, 08:00 CST');
    expect(formatWindow('2026-11-30T14:00:00Z', '2026-12-01T14:00:00Z', 'UTC', 'es')).toBe('30 nov 2026, 14:00 – 1 dic 2026, 14:00 UTC');
    expect(formatTime('2026-12-01T14:00:00Z', 'America/Chicago')).toBe('Dec 1, 8:00 AM CST');
  });

  it('reads snake_case metrics as words and unknown per-units as "per X"', () => {
    expect(formatFigure(figure({ value: 3, metric: 'asylum_cases', per: 'officer', qualifier: null, scope: null, period: null, source: null }))).toBe(
      '3 asylum cases per officer',
    );
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2023-11', 'Nov 2023'],
    ['2023-05/2023-11', 'May–Nov 2023'],
    ['2022-11/2023-02', 'Nov 2022–Feb 2023'],
    ['2023-11-05', 'Nov 5, 2023'],
    ['2023-11-01/2023-11-05', 'Nov 1–5, 2023'],
    ['FY2023', 'FY2023'],
    ['2023', '2023'],
    ['last spring', 'last spring'],
  ])('%s → %s', (input, out) => {
    expect(formatPeriod(input)).toBe(out);
  });

  it('returns "" for null and speaks Spanish', () => {
    expect(formatPeriod(null)).toBe('');
    expect(formatPeriod('2023-05/2023-11', 'es')).toBe('may–nov 2023');
    expect(formatPeriod('2023-11-05', 'es')).toBe('5 nov 2023');
  });
});

describe('formatWindow', () => {
  it('formats in the subscription time zone', () => {
    expect(formatWindow('2023-11-27T14:00:00Z', '2023-11-28T14:00:00Z', 'America/Chicago')).toBe('Nov 27, 8:00 AM – Nov 28, 8:00 AM CST');
  });
  it('names both zones across a DST change and falls back to UTC on an unknown zone', () => {
    expect(formatWindow('2023-11-04T13:00:00Z', '2023-11-06T14:00:00Z', 'America/Chicago')).toBe('Nov 4, 8:00 AM CDT – Nov 6, 8:00 AM CST');
    expect(formatWindow('2023-11-27T14:00:00Z', '2023-11-28T14:00:00Z', 'Mars/Olympus')).toBe('Nov 27, 2:00 PM – Nov 28, 2:00 PM UTC');
  });
});

describe('composeAlert', () => {
  it('wraps the story and carries the mention only when configured', () => {
    const s = story();
    expect(composeAlert(s)).toEqual({ kind: 'alert', story: s });
    expect(composeAlert(s, { mention: '42' })).toEqual({ kind: 'alert', story: s, mention: '42' });
  });
});

describe('composeDigest', () => {
  const window = { from: '2023-11-27T14:00:00Z', to: new Date('2023-11-28T14:00:00Z'), timezone: 'America/Chicago' };

  it('orders stories newest first and writes the footer', () => {
    const older = story({ id: 'a', published: '2023-11-27T15:00:00Z' });
    const newer = story({ id: 'b', published: '2023-11-28T10:00:00Z' });
    const d = composeDigest([older, newer], window);
    expect(d.kind).toBe('digest');
    expect(d.stories.map((s) => s.id)).toEqual(['b', 'a']);
    expect(d.window).toEqual({ from: '2023-11-27T14:00:00.000Z', to: '2023-11-28T14:00:00.000Z', timezone: 'America/Chicago' });
    expect(d.footer).toBe('Nov 27, 8:00 AM – Nov 28, 8:00 AM CST · Change: /border subscribe … · Stop: /border unsubscribe');
    expect(d.mention).toBeUndefined();
    expect(composeDigest([], window, { mention: '7', title: 'Daily', howToChange: 'x' })).toMatchObject({ mention: '7', title: 'Daily', footer: expect.stringMatching(/ · x$/) });
  });

  it('collects top figures per story, deduped by metric+scope+period, ordered by importance', () => {
    const sameFigure = figure();
    const a = story({
      id: 'a',
      title: 'A',
      url: 'https://a.example/',
      published: '2023-11-28T10:00:00Z',
      figures: [sameFigure, figure({ value: 5, metric: 'deaths', scope: null, period: null, source: null, qualifier: null }), figure({ value: 9, metric: 'third', source: null })],
    });
    const b = story({ id: 'b', title: 'B', url: 'https://b.example/', published: '2023-11-27T20:00:00Z', figures: [{ ...sameFigure }] });
    const c = story({
      id: 'c',
      title: 'C',
      url: 'https://c.example/',
      published: '2023-11-27T18:00:00Z',
      figures: [figure({ value: 40, unit: 'percent', metric: 'drop', scope: 'in Texas', qualifier: null })],
    });
    const d = composeDigest([c, b, a], window);
    // Same figure in A and B appears once, credited to the newer story A.
    const keys = d.numbers.map((n) => `${n.figure.metric}:${n.storyTitle}`);
    expect(keys).toEqual(['apprehensions:A', 'drop:C', 'third:A']);
    // A's third-best figure ("deaths": no source, no period) is not among its top 2.
    expect(keys.some((k) => k.startsWith('deaths'))).toBe(false);
    expect(d.numbers[0].url).toBe('https://a.example/');
    expect(composeDigest([c, b, a], window, { maxNumbers: 1 }).numbers).toHaveLength(1);
  });

  it('composes an empty digest', () => {
    const d = composeDigest([], window);
    expect(d.stories).toEqual([]);
    expect(d.numbers).toEqual([]);
    expect(d.footer).toContain('Nov 27, 8:00 AM');
  });
});
