import type { Figure, Story } from '../../src/model';
import { compareWithStory, sourceFeatures, textFeatures } from '../../src/stories/similarity';
import type { SourceText } from '../../src/stories/story-store';

function fig(metric: string, value: number, period: string | null = null): Figure {
  return { value, text: String(value), sentence: '', qualifier: null, per: null, metric, scope: null, period, source: null, unit: null };
}

function story(id: string, figures: Figure[]): Story {
  return {
    id,
    title: 'Border Patrol apprehensions fell in October',
    url: `https://example.com/${id}`,
    published: '2023-11-14T20:00:00Z',
    summary: 'Border Patrol apprehensions at the southwest border fell 14% in October.',
    figures,
    sources: [{ name: 'Outlet', title: 'Border Patrol apprehensions fell in October', url: `https://example.com/${id}` }],
  };
}

const TEXT: SourceText = {
  title: 'Border Patrol apprehensions fell in October',
  lead: 'Border Patrol apprehensions at the southwest border fell 14% in October to 188,778, the agency said Tuesday.',
  at: '2023-11-14T20:00:00Z',
};

describe('source features cache', () => {
  test('cached features equal freshly computed ones, with the figures of the story asked about', () => {
    const a = story('a', [fig('apprehensions', 188778, '2023-10')]);
    const b = story('b', [fig('apprehensions', 191113, '2023-11')]);
    const fresh = textFeatures(TEXT.title, TEXT.lead, a.figures, Date.parse(TEXT.at));
    const first = sourceFeatures(TEXT, a);
    const again = sourceFeatures({ ...TEXT }, a);
    expect(first).toEqual(fresh);
    expect(again).toEqual(fresh);
    // same text, another story: its own figures, not the cached call's
    expect(sourceFeatures(TEXT, b).figures).toBe(b.figures);
    expect(sourceFeatures(TEXT, a).figures).toBe(a.figures);
  });

  test('a story\'s figures still veto after its text was cached for another story', () => {
    const item = textFeatures(TEXT.title, `${TEXT.lead} More details.`, [fig('apprehensions', 188778, '2023-10')], Date.parse(TEXT.at));
    const agrees = story('agree', [fig('apprehensions', 188778, '2023-10')]);
    const conflicts = story('conflict', [fig('apprehensions', 191113, '2023-11')]);
    expect(compareWithStory(item, agrees, [TEXT]).same).toBe(true);
    expect(compareWithStory(item, conflicts, [TEXT])).toMatchObject({ same: false, reason: 'conflicting figures' });
    expect(compareWithStory(item, agrees, [TEXT]).same).toBe(true);
  });

  test('texts differing only in time are dated by their own time', () => {
    const s = story('t', []);
    const monday = sourceFeatures({ ...TEXT, at: '2023-11-13T20:00:00Z' }, s);
    const friday = sourceFeatures({ ...TEXT, at: '2023-11-17T20:00:00Z' }, s);
    expect(monday.eventDays).not.toEqual(friday.eventDays);
  });
});
