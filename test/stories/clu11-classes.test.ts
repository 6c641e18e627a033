import type { Figure, Story } from '../../src/model';
import { compareTexts, compareWithStory, leadOf, textFeatures } from '../../src/stories/similarity';

function fig(metric: string, value: number, period: string | null = null): Figure {
  return { value, text: String(value), sentence: '', qualifier: null, per: null, metric, scope: null, period, source: null, unit: null };
}

function story(texts: Array<{ title: string; summary: string; at: string }>, figures: Figure[]): Story {
  return {
    id: 's1',
    title: texts[0]!.title,
    url: 'https://one.example.com/a',
    published: texts[0]!.at,
    summary: texts[0]!.summary,
    figures,
    sources: texts.map((t, i) => ({ name: `outlet ${i}`, title: t.title, url: `https://o${i}.example.com/a`, itemId: `i${i}`, published: t.at })),
  };
}

describe('class: wire copy of a source a story already holds', () => {
  const first = {
    title: 'Agency publishes January 2031 enforcement report',
    summary: 'The agency counted 52,100 arrests in January, the fourth month of fiscal year 2031, including 31,400 at ports of entry.',
    at: '2031-02-12T15:00:00Z',
  };
  const second = {
    title: 'Border arrests up 8% in January, agency data show',
    summary: 'Arrests at the southern border rose to 52,100 last month from about 48,200 in December, according to figures the agency released on Wednesday.',
    at: '2031-02-12T16:00:00Z',
  };
  // The figures the story gathered: the first source's (fiscal-year period) and the second's (a month).
  const storyFigures = [fig('arrests', 52100, 'FY2031'), fig('arrests', 8, '2031-01'), fig('migrants', 48200)];
  const st = story([first, second], storyFigures);
  const texts = [first, second].map((t) => ({ title: t.title, lead: leadOf(t.summary), at: t.at }));

  it('joins although its figures conflict with those of another source', () => {
    const copy = textFeatures(second.title, second.summary, [fig('arrests', 8, '2031-01'), fig('migrants', 52100)], Date.parse('2031-02-12T18:00:00Z'));
    // Against the first source alone (with the story's figures) it is vetoed...
    expect(compareTexts(copy, { ...textFeatures(first.title, first.summary, [], Date.parse(first.at)), figures: storyFigures }).same).toBe(false);
    // ...but the story holds the very same text.
    expect(compareWithStory(copy, st, texts)).toMatchObject({ same: true });
  });

  it('a text with the same headline but another lead is not a copy: the veto stands', () => {
    const other = textFeatures(second.title, 'Arrests at the southern border rose to 61,300 in February from 52,100 in January, the agency said.', [fig('arrests', 61300, '2031-02')], Date.parse('2031-03-12T18:00:00Z'));
    expect(compareWithStory(other, st, texts).same).toBe(false);
  });
});
