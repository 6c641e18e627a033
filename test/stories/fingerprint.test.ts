import type { FeedItem } from '../../src/model';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { StoryClusterer } from '../../src/stories/cluster';
import { dedupKeys, textFingerprint } from '../../src/stories/fingerprint';

const NOW = Date.parse('2024-06-04T20:00:00Z');

function item(over: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'guid-1',
    guid: 'guid-1',
    title: 'Biden unveils order to halt asylum at the southern border when crossings surge',
    link: 'https://apnews.com/article/biden-asylum-executive-order-border',
    published: '2024-06-04T17:00:00Z',
    summary: 'President Joe Biden unveiled an executive order Tuesday that will temporarily shut down asylum requests at the U.S.-Mexico border once daily encounters hit 2,500.',
    feedUrl: 'https://apnews.com/hub/immigration/rss',
    feedName: 'AP News',
    ...over,
  };
}

function clusterer() {
  return new StoryClusterer({
    seen: new MemorySeenStore(() => NOW),
    stories: new MemoryStoryStore({ now: () => NOW }),
    clusterWindowHours: 72,
    seenTtlDays: 30,
    now: () => new Date(NOW),
  });
}

async function kinds(items: FeedItem[]): Promise<string[]> {
  const c = clusterer();
  const out: string[] = [];
  for (const it of items) out.push((await c.add(it, [], it.summary)).kind);
  return out;
}

describe('dedupKeys', () => {
  test('guid scoped by feed, canonical URL without scheme, text fingerprint scoped by site', () => {
    const keys = dedupKeys(item({ link: 'https://www.apnews.com/article/biden-asylum-executive-order-border/?utm_source=rss' }));
    expect(keys).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('g:'))).toHaveLength(1);
    expect(keys).toContain('u:apnews.com/article/biden-asylum-executive-order-border');
    expect(keys.find((k) => k.startsWith('t:'))).toMatch(/^t:apnews\.com:/);
  });

  test('the same guid in another feed is another item', () => {
    const a = dedupKeys(item({ link: undefined, summary: '' }));
    const b = dedupKeys(item({ link: undefined, summary: '', feedUrl: 'https://other.example/rss' }));
    expect(a.filter((k) => b.includes(k))).toEqual([]);
  });

  test('a guid that is a URL also counts as a URL key; a bare home page does not', () => {
    expect(dedupKeys(item({ guid: 'https://www.ktsm.com/?p=884213' }))).toContain('u:ktsm.com/?p=884213');
    expect(dedupKeys(item({ link: 'https://www.example.com/', guid: 'x' })).some((k) => k.startsWith('u:'))).toBe(false);
  });

  test('text fingerprint ignores case, accents and punctuation but not words; short texts get none', () => {
    expect(textFingerprint('Expira el Título 42', 'El Título 42 expiró la medianoche del jueves.')).toBe(
      textFingerprint('expira el titulo 42!', 'el  titulo 42 expiro la medianoche del jueves'),
    );
    expect(textFingerprint('Expira el Título 42', 'El Título 42 expiró la medianoche del jueves.')).not.toBe(
      textFingerprint('Expira el Título 42', 'El Título 42 expiró la medianoche del viernes.'),
    );
    expect(textFingerprint('Daily briefing', '')).toBeUndefined();
  });
});

describe('already-seen items are never posted again', () => {
  test('GUID churn: same link, new guid', async () => {
    expect(await kinds([item(), item({ id: 'guid-2', guid: 'guid-2' })])).toEqual(['new', 'duplicate']);
  });

  test('pubDate churn: same guid, new pubDate', async () => {
    expect(await kinds([item(), item({ published: '2024-06-05T09:00:00Z' })])).toEqual(['new', 'duplicate']);
  });

  test('GUID and pubDate churn with a tracking/AMP variant of the link', async () => {
    const again = item({ id: 'g9', guid: 'g9', published: '2024-06-04T19:00:00Z', link: 'https://apnews.com/article/biden-asylum-executive-order-border/amp?utm_source=twitter' });
    expect(await kinds([item(), again])).toEqual(['new', 'duplicate']);
  });

  test('identical title + summary with a new GUID and a new URL from the same outlet', async () => {
    const again = item({ id: 'g2', guid: 'g2', link: 'https://apnews.com/article/a-different-slug-123', feedUrl: 'https://apnews.com/hub/politics/rss' });
    expect(await kinds([item(), again])).toEqual(['new', 'duplicate']);
  });

  test('the same text from another outlet is not dropped: it joins the story as a source', async () => {
    const copy = item({ id: 'k1', guid: 'k1', link: 'https://www.ktsm.com/news/biden-asylum-order', feedUrl: 'https://www.ktsm.com/feed/', feedName: 'KTSM' });
    expect(await kinds([item(), copy])).toEqual(['new', 'merged']);
  });

  test('a wire copy from another outlet whose feed shares a host (an aggregator) joins the story; it is not a duplicate', async () => {
    const viaAggregator = { feedUrl: 'https://feeds.aggregator.example/ap-immigration' };
    const first = item(viaAggregator);
    const copy = item({ id: 'y1', guid: 'y1', link: 'https://news.yahoo.example/biden-asylum-order-141500', feedUrl: 'https://feeds.aggregator.example/yahoo-world', feedName: 'Yahoo News' });
    const c = clusterer();
    expect((await c.add(first, [], first.summary)).kind).toBe('new');
    const r = await c.add(copy, [], copy.summary);
    expect(r.kind).toBe('merged');
    if (r.kind !== 'merged') return;
    expect(r.story.sources.map((s) => s.name)).toEqual(['AP News', 'Yahoo News']);
    // The same outlet republishing the text under a new slug is still a duplicate.
    const republished = item({ ...viaAggregator, id: 'g3', guid: 'g3', link: 'https://www.apnews.com/article/new-slug-77' });
    expect((await c.add(republished, [], republished.summary)).kind).toBe('duplicate');
  });
});
