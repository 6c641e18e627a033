import { loadLabelledSet } from '../../eval/relevance';

describe('labelled relevance set', () => {
  const items = loadLabelledSet();
  it('is large, bilingual and a third traps, with unique ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.trap).length * 3).toBeGreaterThanOrEqual(items.length);
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['en', 'es']));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(typeof i.relevant).toBe('boolean');
      expect(i.title.length).toBeGreaterThan(10);
    }
  });
});
