import { htmlToText, normalizeItem } from '../../src/feeds/normalize';
import { clipText, headOf, MAX_CONTENT_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS } from '../../src/feeds/clip-text';

const FEED = { url: 'https://news.example.com/border/feed.xml', name: 'Border Report', lang: 'en' as const };

describe('htmlToText', () => {
  test.each([
    ['<p>Agents in <b>El Paso</b> said</p><p>shelters are full.</p>', 'Agents in El Paso said shelters are full.'],
    ['Ti<b>ju</b>ana', 'Tijuana'],
    ['before<script>alert("x")</script>after', 'before after'],
    ['<style>p{color:red}</style><p>Texto</p>', 'Texto'],
    ['<SCRIPT type="text/javascript">var a = "</div>";</SCRIPT>ok', 'ok'],
    ['<!-- hidden --><p>visible</p>', 'visible'],
    ['5 < 10 &amp; 10 > 5', '5 < 10 & 10 > 5'],
    ['Migraci&oacute;n &mdash; &ldquo;frontera&rdquo; &#8217; &#x2014; &nbsp;x', 'Migración — “frontera” ’ — x'],
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['line\n\n\t  break', 'line break'],
    ['<p>unclosed <a href="x', 'unclosed'],
    ['<script>never closed', ''],
    ['&#0; &#xD800; &#99999999;', '\uFFFD \uFFFD \uFFFD'],
    ['&#147;quoted&#148;', '“quoted”'],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('is linear on pathological input (many unclosed script tags)', () => {
    const evil = '<script>'.repeat(20000) + 'x';
    expect(htmlToText(evil)).toBe('');
    const lts = '<'.repeat(100000);
    expect(htmlToText(lts)).toBe(lts);
  });
});

describe('normalizeItem', () => {
  test('a full item: plain text, ISO date, guid id, lang and feed name', () => {
    const item = normalizeItem(
      {
        guid: 'bordernews-1',
        title: 'CBP &amp; ICE <em>update</em>',
        link: 'https://news.example.com/border/1',
        published: 'Tue, 14 Nov 2023 18:30:00 GMT',
        summary: '<p>Short summary.</p>',
        content: '<p>Full content with <a href="x">a link</a>.</p>',
      },
      FEED,
    );
    expect(item).toEqual({
      id: 'bordernews-1',
      guid: 'bordernews-1',
      title: 'CBP & ICE update',
      link: 'https://news.example.com/border/1',
      published: '2023-11-14T18:30:00.000Z',
      summary: 'Short summary.',
      content: 'Full content with a link.',
      feedUrl: FEED.url,
      feedName: 'Border Report',
      lang: 'en',
    });
  });

  test('relative links resolve against the feed URL; id falls back to the link', () => {
    const item = normalizeItem({ title: 'Relative', link: '../2023/story.html' }, FEED)!;
    expect(item.link).toBe('https://news.example.com/2023/story.html');
    expect(item.id).toBe('https://news.example.com/2023/story.html');
  });

  test.each([['javascript:alert(1)'], ['data:text/html,<b>x</b>'], ['file:///etc/passwd'], ['mailto:tips@example.com']])('a %s link is dropped', (link) => {
    const item = normalizeItem({ title: 'Bad link', link }, FEED)!;
    expect(item.link).toBeUndefined();
    expect(item.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('the hash id is stable and depends on title and link', () => {
    const a = normalizeItem({ title: 'Same' }, FEED)!;
    const b = normalizeItem({ title: 'Same' }, FEED)!;
    const c = normalizeItem({ title: 'Other' }, FEED)!;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
  });

  test('invalid dates are ignored, future dates kept', () => {
    expect(normalizeItem({ title: 'x', published: 'yesterday-ish' }, FEED)!.published).toBeUndefined();
    expect(normalizeItem({ title: 'x', published: '2999-12-31T23:59:59Z' }, FEED)!.published).toBe('2999-12-31T23:59:59.000Z');
  });

  test('no title: the summary provides one; no summary: the content provides it', () => {
    const item = normalizeItem({ content: `<p>${'Palabra '.repeat(300)}</p>` }, { url: FEED.url, name: 'ES', lang: 'es' })!;
    expect(item.summary.length).toBeLessThanOrEqual(1000);
    expect(item.summary.endsWith('…')).toBe(true);
    expect(item.title.length).toBeLessThanOrEqual(120);
    expect(item.title.startsWith('Palabra Palabra')).toBe(true);
    expect(item.lang).toBe('es');
  });

  test('an item with neither title nor link nor text is undefined', () => {
    expect(normalizeItem({}, FEED)).toBeUndefined();
    expect(normalizeItem({ title: '  ', summary: '<p> </p>', link: 'javascript:void(0)', guid: 'g' }, FEED)).toBeUndefined();
  });
});

describe('text caps (one huge item must not cost hundreds of MB downstream)', () => {
  test('clipText cuts at a space near the cap, with an ellipsis, within the cap', () => {
    const text = 'palabra '.repeat(100);
    const out = clipText(text, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/^(palabra )+palabra…$/);
    expect(clipText('short', 50)).toBe('short');
  });

  test('clipText never splits a surrogate pair', () => {
    // 8 × 'a' then emoji: keeping 9 code units (+ ellipsis = 10) would end on a lone high surrogate.
    const text = `${'a'.repeat(8)}${'😀'.repeat(10)}`;
    expect(clipText(text, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(clipText(text, 11)).toBe(`${'a'.repeat(8)}😀…`);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (let max = 2; max < 25; max++) expect(clipText('😀'.repeat(12), max)).not.toMatch(loneSurrogate);
  });

  test('headOf keeps pairs whole too', () => {
    expect(headOf('ab😀', 3)).toBe('ab');
    expect(headOf('ab😀', 4)).toBe('ab😀');
  });

  test('normalizeItem caps summary, content and title', () => {
    const para = '<p>Border Patrol agents reported 1,200 apprehensions a day near El Paso.</p>\n';
    const huge = para.repeat(200_000); // ~15 MB of HTML
    const item = normalizeItem({ title: 'T '.repeat(5_000), link: 'https://news.example.com/x', summary: huge, content: huge + '<p>tail</p>' }, FEED)!;
    expect(item.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(item.summary.length).toBeGreaterThan(MAX_SUMMARY_CHARS - 100);
    expect(item.summary.startsWith('Border Patrol agents reported 1,200 apprehensions')).toBe(true);
    expect(item.content!.length).toBeLessThanOrEqual(MAX_CONTENT_CHARS);
    expect(item.content!.length).toBeGreaterThan(MAX_CONTENT_CHARS - 100);
    expect(item.content!.endsWith('…')).toBe(true);
    expect(item.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  test('tag-heavy markup still yields text up to the cap', () => {
    const cell = '<td class="x" style="color:red;font-weight:bold">7</td>';
    const item = normalizeItem({ title: 't', summary: `<table><tr>${cell.repeat(5_000)}</tr></table>` }, FEED)!;
    expect(item.summary.length).toBeGreaterThan(MAX_SUMMARY_CHARS / 2);
  });
});
