import { canonicalUrl } from '../../src/stories/canonical-url';

describe('canonicalUrl', () => {
  test('lower-cases scheme and host, keeps path case', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM/World/Story-1')).toBe('https://news.example.com/World/Story-1');
  });

  test('drops default ports and fragments, keeps other ports', () => {
    expect(canonicalUrl('https://example.com:443/a#comments')).toBe('https://example.com/a');
    expect(canonicalUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  test.each([
    'utm_source=rss', 'utm_medium=feed', 'UTM_Campaign=x', 'fbclid=IwAR0', 'gclid=abc', 'dclid=1', 'msclkid=2', 'mc_cid=3', 'mc_eid=4',
    'ref=hp', 'ref_src=twsrc', 'cmpid=rss', 'icid=nav', 'ocid=msn', '_ga=2.1', 'igshid=xyz', 'spm=a.b', 'smid=tw-share', 'smtyp=cur',
  ])('removes tracking parameter %s', (param) => {
    expect(canonicalUrl(`https://example.com/news/story-1?id=7&${param}`)).toBe('https://example.com/news/story-1?id=7');
  });

  test('sorts the remaining query parameters', () => {
    expect(canonicalUrl('https://example.com/search?b=2&a=1&c=3')).toBe('https://example.com/search?a=1&b=2&c=3');
  });

  test('folds www., m. and the trailing slash', () => {
    const target = 'https://example.com/news/story-1';
    expect(canonicalUrl('https://www.example.com/news/story-1/')).toBe(target);
    expect(canonicalUrl('https://m.example.com/news/story-1')).toBe(target);
  });

  describe('AMP variants map to the article', () => {
    const target = 'https://example.com/news/story-1';
    test.each([
      ['/amp suffix', 'https://example.com/news/story-1/amp'],
      ['/amp/ suffix', 'https://example.com/news/story-1/amp/'],
      ['?outputType=amp', 'https://example.com/news/story-1?outputType=amp'],
      ['?outputType=amp-type (Arc)', 'https://example.com/news/story-1/?outputType=amp-type'],
      ['?amp', 'https://example.com/news/story-1?amp'],
      ['?amp=1', 'https://example.com/news/story-1?amp=1'],
      ['amp. host', 'https://amp.example.com/news/story-1'],
      ['/amp/ path prefix', 'https://www.example.com/amp/news/story-1'],
      ['.amp extension', 'https://example.com/news/story-1.amp'],
      ['Google AMP viewer', 'https://www.google.com/amp/s/www.example.com/news/story-1'],
      ['AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1/amp/'],
    ])('%s', (_name, url) => {
      expect(canonicalUrl(url)).toBe(target);
    });

    test('a page about amplifiers keeps its /amp/ segment and its query', () => {
      expect(canonicalUrl('https://music.example.com/amp/fender')).toBe('https://music.example.com/amp/fender');
      expect(canonicalUrl('https://example.com/shop?category=amp')).toBe('https://example.com/shop?category=amp');
    });
  });

  test('keeps parameters that identify the article', () => {
    expect(canonicalUrl('https://example.com/?p=123&utm_source=x')).toBe('https://example.com/?p=123');
  });

  test('invalid or non-http URLs come back trimmed', () => {
    expect(canonicalUrl('  not a url ')).toBe('not a url');
    expect(canonicalUrl(' /relative/path ')).toBe('/relative/path');
    expect(canonicalUrl('mailto:news@example.com')).toBe('mailto:news@example.com');
  });
});

describe('postableUrl (the link that is posted)', () => {
  const { postableUrl } = require('../../src/stories/canonical-url') as typeof import('../../src/stories/canonical-url');
  test.each([
    ['https://www.example.com/2026/11/30/story?utm_source=rss&utm_medium=feed', 'https://www.example.com/2026/11/30/story'],
    ['https://example.com/a?id=7&fbclid=IwAR0x&utm_campaign=x', 'https://example.com/a?id=7'],
    ['https://example.com/a?fbclid=1#section-2', 'https://example.com/a#section-2'],
    ['https://www.google.com/amp/s/www.example.com/news/a?utm_source=x', 'https://www.example.com/news/a'],
    ['https://example.com/a?page=2', 'https://example.com/a?page=2'],
    ['https://m.example.com/a/', 'https://m.example.com/a/'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, out) => {
    expect(postableUrl(input)).toBe(out);
  });
});
