/**
 * The item analysed once (src/pipeline/analyse.ts) carries what the stages derived from the raw item before:
 * the same postable link, canonical link key, dedup keys, headline words and relevance answers. Over the
 * bench corpus and invented edge cases written for this test (tracking and AMP links, links that are no web
 * URL, URL guids, the seam texts of test/stories/folded-parts.data.ts).
 */
import type { FeedItem } from '../../src/model';
import { analyseItem } from '../../src/pipeline/analyse';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText, matchIndex } from '../../src/relevance';
import { postableUrl } from '../../src/stories/canonical-url';
import { dedupKeys, urlKey } from '../../src/stories/fingerprint';
import { words } from '../../src/stories/normalize-text';
import { buildEntries, buildFeeds } from '../../bench/lib/corpus';
import { EDGE_TEXTS } from '../stories/folded-parts.data';
import { parseFeedBody } from '../../src/feeds/parse';
import { normalizeItem } from '../../src/feeds/normalize';

const AT = Date.parse('2026-11-20T12:00:00Z');

async function corpusItems(): Promise<FeedItem[]> {
  const entries = buildEntries(600, new Date(AT));
  const items: FeedItem[] = [];
  for (const f of buildFeeds(entries)) {
    const r = await parseFeedBody(Buffer.from(f.xml, 'utf8'), f.contentType);
    if (!r.ok) throw new Error(r.error);
    for (const raw of r.items) {
      const it = normalizeItem(raw, { url: f.url, name: f.name });
      if (it) items.push(it);
    }
  }
  return items;
}

function edgeItems(): FeedItem[] {
  const base: FeedItem = { id: 'i1', guid: 'i1', title: 'Agents detain 40 near Laredo', summary: 'Agents detained 40 migrants Tuesday near Laredo, officials said.', feedUrl: 'https://www.example.com/feed/', feedName: 'Example' };
  const links = [
    undefined,
    'https://www.example.com/news/agents-detain-40?utm_source=rss&utm_medium=feed',
    'https://www.google.com/amp/s/www.example.com/news/agents-detain-40/amp?fbclid=abc#top',
    'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/x.amp.html?ref=home',
    'http://AMP.Example.com/news/agents-detain-40/',
    'https://m.example.com/',
    'mailto:desk@example.com',
    'ftp://files.example.com/a/b',
    'not a url',
    '  https://www.example.com/news/a?b=1&utm_campaign=x  ',
  ];
  const out: FeedItem[] = [];
  links.forEach((link, i) => {
    out.push({ ...base, id: `l${i}`, guid: `l${i}`, ...(link !== undefined ? { link } : {}) });
    out.push({ ...base, id: `g${i}`, guid: 'https://www.example.com/?p=123', ...(link !== undefined ? { link } : {}), feedUrl: 'https://feeds.aggregator.example/x' });
  });
  EDGE_TEXTS.forEach((t, i) => out.push({ ...base, id: `t${i}`, guid: `t${i}`, title: t.title, summary: t.summary, link: `https://news.example.org/${i}` }));
  return out;
}

describe('analyseItem', () => {
  it('derives what Pipeline.process derived from the raw item (link, link key, keys, headline words, relevance)', async () => {
    const items = [...(await corpusItems()), ...edgeItems()];
    const config = loadConfig();
    const profile = compileProfile(config.keywords);
    expect(items.length).toBeGreaterThan(600);
    for (const original of items) {
      const a = analyseItem(original);
      const link = original.link ? postableUrl(original.link) : undefined;
      const item = link !== undefined && link !== original.link ? { ...original, link } : original;
      expect(a.item).toEqual(item);
      expect(a.linkKey).toBe(urlKey(item.link));
      expect(a.titleWords).toEqual(words(item.title));
      expect(a.keys).toEqual(dedupKeys({ ...item }));
      expect(matchIndex(profile, a.relevance)).toEqual(matchText(profile, { title: item.title, summary: item.summary, content: item.content }));
    }
  });
});

