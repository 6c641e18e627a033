import { loadConfig } from '../../src/config/load';
import { compileProfile } from '../../src/relevance';
import { loadLabelledSet, scoreItems, splitOf, tallyOf, precision, recall, type LabelledItem } from '../../eval/relevance';

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
      expect([undefined, 'tuning', 'holdout2']).toContain(i.split);
    }
  });

  it('has a holdout2 split of at least 80 items: EN+ES, about half relevant, a third traps', () => {
    const h2 = items.filter((i) => splitOf(i) === 'holdout2');
    expect(h2.length).toBeGreaterThanOrEqual(80);
    expect(new Set(h2.map((i) => i.lang))).toEqual(new Set(['en', 'es']));
    const rel = h2.filter((i) => i.relevant).length / h2.length;
    expect(rel).toBeGreaterThan(0.4);
    expect(rel).toBeLessThan(0.6);
    expect(h2.filter((i) => i.trap && !i.relevant).length / h2.length).toBeGreaterThanOrEqual(0.3);
  });

  it('keeps the first held-out split as tuning data, with a note saying so', () => {
    const former = items.filter((i) => i.id.startsWith('ho-'));
    expect(former.length).toBe(40);
    for (const i of former) {
      expect(splitOf(i)).toBe('tuning');
      expect(i.note).toMatch(/held-out|held out/);
    }
  });
});

describe('eval scoring', () => {
  const profile = compileProfile(loadConfig().keywords);
  const item = (id: string, relevant: boolean, title: string): LabelledItem => ({ id, lang: 'en', relevant, title });

  it('counts outcomes and explains why an item matched', () => {
    const scored = scoreItems(
      [
        item('a', true, 'Border Patrol apprehensions fall again'),
        item('b', false, 'Border collie wins agility title'),
        item('c', true, 'Town council debates parking fees'),
        item('d', false, 'Migrants rescued from boat off Libya'),
      ],
      profile,
    );
    expect(scored.map((s) => s.outcome)).toEqual(['tp', 'tn', 'fn', 'fp']);
    expect(scored[0]!.why).toMatch(/^matched .*agencies/);
    expect(scored[2]!.why).toBe('no rule matched');
    const t = tallyOf(scored);
    expect(t).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(precision(t)).toBe(0.5);
    expect(recall(t)).toBe(0.5);
  });

  it('treats an item without a split as tuning', () => {
    expect(splitOf(item('x', true, 'anything at all here'))).toBe('tuning');
  });
});
