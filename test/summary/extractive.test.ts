import { extractFigures } from '../../src/figures/extract';
import { stripBoilerplate, summarize, truncateAtWord } from '../../src/summary/extractive';
import { splitSentences } from '../../src/summary/sentences';

describe('stripBoilerplate', () => {
  it.each([
    ['Agents made 5 arrests. The post Border arrests rise appeared first on Border Report.', 'Agents made 5 arrests.'],
    ['Llegaron 300 migrantes. La entrada Llegan migrantes a Tijuana se publicó primero en El Imparcial.', 'Llegaron 300 migrantes.'],
    ['The shelter is full. Continue reading…', 'The shelter is full.'],
    ['The shelter is full. Read more »', 'The shelter is full.'],
    ['The shelter is full. 21 views 0 comments', 'The shelter is full.'],
    ['El albergue está lleno. Leer más', 'El albergue está lleno.'],
    ['The shelter is full [...]', 'The shelter is full'],
  ])('%s', (input, expected) => {
    expect(stripBoilerplate(input)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it('does not split at abbreviations', () => {
    expect(splitSentences('The U.S. Border Patrol said on Nov. 5 that Sen. Smith visited. Then he left.')).toEqual([
      'The U.S. Border Patrol said on Nov. 5 that Sen. Smith visited.',
      'Then he left.',
    ]);
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary with an ellipsis, never mid-word', () => {
    const t = truncateAtWord('Apprehensions between ports of entry fell sharply in November', 30);
    expect(t.length).toBeLessThanOrEqual(30);
    expect(t.endsWith('…')).toBe(true);
    expect('Apprehensions between ports of entry fell sharply in November'.startsWith(t.slice(0, -1))).toBe(true);
    expect(t).toBe('Apprehensions between ports…');
  });
});

describe('summarize', () => {
  const item = {
    title: 'Border crossings drop',
    summary:
      'Crossings at the southwest border dropped in November as Mexico stepped up enforcement. Shelters in Tijuana reported fewer arrivals. Border Patrol agents made more than 190,000 apprehensions between ports of entry, according to CBP. The post Border crossings drop appeared first on Border Report.',
  };
  const figures = extractFigures(item, { published: '2023-12-05' });

  it('is the lead plus the sentence with the top figure', () => {
    const s = summarize(item, figures);
    expect(s).toBe(
      'Crossings at the southwest border dropped in November as Mexico stepped up enforcement. Border Patrol agents made more than 190,000 apprehensions between ports of entry, according to CBP.',
    );
  });

  it('is the lead and following sentences when the lead carries the figure', () => {
    const it2 = { title: 'T', summary: 'Agents made 190,000 apprehensions in November. Shelters are full. Officials met on Monday.' };
    expect(summarize(it2, extractFigures(it2))).toBe('Agents made 190,000 apprehensions in November. Shelters are full. Officials met on Monday.');
    expect(summarize(it2, extractFigures(it2), { maxChars: 70 })).toBe('Agents made 190,000 apprehensions in November. Shelters are full.');
  });

  it('respects maxChars, cutting at a word with "…"', () => {
    for (const max of [80, 120, 150, 200]) {
      const s = summarize(item, figures, { maxChars: max });
      expect(s.length).toBeLessThanOrEqual(max);
      expect(s).not.toMatch(/appeared first/);
      if (s.endsWith('…')) expect(item.summary).toContain(s.slice(0, -1).split(' ').slice(-1)[0]);
    }
    const long = { title: 'x', summary: 'word '.repeat(100) };
    const s = summarize(long, [], { maxChars: 50 });
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s).toMatch(/word…$/);
  });

  it('falls back to content, skips a lead that repeats the title, and removes boilerplate', () => {
    const s = summarize({ title: 'Shelters fill up', summary: '', content: 'Shelters fill up.\nLa entrada X se publicó primero en Y. Más de 3 mil migrantes esperan en Tijuana.' }, []);
    expect(s).toBe('Más de 3 mil migrantes esperan en Tijuana.');
  });

  it('returns an empty string for an empty item', () => {
    expect(summarize({ title: 'Only a title', summary: '' }, [])).toBe('');
  });
});
