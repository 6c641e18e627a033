/**
 * Failure classes of key-figure extraction fixed on branch accfig (issue 10, third pass). Every sentence is
 * written for these tests (none is copied from eval/data); each block asserts one class.
 */
import { extractFigures } from '../../src/figures/extract';
import { findPeriods } from '../../src/figures/period';
import type { Figure } from '../../src/model';

const en = (text: string, published = '2024-09-11'): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published = '2024-09-11'): Figure[] => extractFigures(text, { published, lang: 'es' });
const byValue = (figs: Figure[], v: number): Figure | undefined => figs.find((f) => f.value === v);

// 2024-09-11 is a Wednesday.
describe('relative days: weekdays, day words and weekends, with punctuation after them', () => {
  it.each([
    ['Rescuers pulled 44 migrants from the water on Sunday, and 9 more on Monday.', 44, '2024-09-08'],
    ['Rescuers pulled 44 migrants from the water on Sunday, and 9 more on Monday.', 9, '2024-09-09'],
    ['Troopers stopped 31 people near Uvalde yesterday, the agency said.', 31, '2024-09-10'],
    ['Agents detained 620 people over the weekend, officials said.', 620, '2024-09-07/2024-09-08'],
  ])('%s → %s', (text, value, period) => {
    expect(byValue(en(text), value)?.period).toBe(period);
  });
  it.each([
    ['Unos 800 migrantes salieron de Huixtla el martes, según activistas.', 800, '2024-09-10'],
    ['Este domingo llegaron 350 personas al albergue.', 350, '2024-09-08'],
    ['Durante el fin de semana, el INM detuvo a 410 extranjeros.', 410, '2024-09-07/2024-09-08'],
    ['Ayer cruzaron 1.200 personas por el puente.', 1200, '2024-09-10'],
  ])('%s → %s', (text, value, period) => {
    expect(byValue(es(text), value)?.period).toBe(period);
  });
  it('a weekday on the publish date is that day; a weekday word inside another word is not a day', () => {
    const wed = new Date('2024-09-11T12:00:00Z');
    expect(findPeriods('Officials counted 90 arrivals on Wednesday.', wed).map((p) => p.period)).toEqual(['2024-09-11']);
    expect(findPeriods('The Sundayville shelter holds 90 people.', wed)).toEqual([]);
  });
});
