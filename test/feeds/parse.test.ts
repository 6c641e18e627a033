import iconv from 'iconv-lite';
import { chooseEncoding } from '../../src/feeds/charset';
import { parseFeedBody } from '../../src/feeds/parse';
import { fixture } from './feed-server';

async function parseOk(body: Buffer | string, contentType?: string) {
  const res = await parseFeedBody(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), contentType);
  if (!res.ok) throw new Error(`expected a feed, got ${res.kind}: ${res.error}`);
  return res;
}

describe('parseFeedBody: formats', () => {
  test('RSS 2.0: guid, link, date, description and content:encoded', async () => {
    const res = await parseOk(fixture('rss2-en.xml'));
    expect(res.title).toBe('Border Report Daily');
    expect(res.items).toHaveLength(3);
    expect(res.items[0]).toMatchObject({
      guid: 'bordernews-48213',
      title: 'CBP reports 190,000 southwest border encounters in October',
      link: 'https://news.example.com/border/2023/11/cbp-october-encounters',
      published: '2023-11-14T18:30:00.000Z',
    });
    expect(res.items[0].summary).toContain('<b>more than 190,000</b>');
    expect(res.items[0].content).toContain('<script>');
    expect(res.items[1].link).toBe('/border/2023/11/buoy-barrier-appeal');
  });

  test('RSS 1.0 (RDF)', async () => {
    const res = await parseOk(fixture('rss1-rdf.xml'));
    expect(res.title).toBe('Migration Policy Notes');
    expect(res.items.map((i) => i.title)).toEqual(['What changed after Title 42 ended', 'CBP One appointments reach 1,450 a day']);
    expect(res.items[0]).toMatchObject({ guid: 'https://migration.example.org/notes/title-42-end', published: '2023-06-01T10:00:00.000Z' });
  });

  test('Atom: id, alternate link, summary and content; an invalid date does not sink the feed', async () => {
    const res = await parseOk(fixture('atom.xml'));
    expect(res.title).toBe('Borderlands Watch');
    expect(res.items[0]).toMatchObject({
      guid: 'tag:borderlands.example.net,2023:arizona-deaths',
      link: 'https://borderlands.example.net/2023/11/arizona-deaths',
      published: '2023-11-14T17:00:00.000Z',
      summary: 'Medical examiners in Pima County counted 200 remains recovered so far this fiscal year.',
    });
    expect(res.items[0].content).toContain('<strong>200</strong>');
    expect(res.items[1].title).toBe('National Guard deployment extended along the Rio Grande');
    expect(res.items[1].published).toBeUndefined();
  });

  test('RSS 0.91 with the Netscape DOCTYPE (an http DTD, no entities) is accepted', async () => {
    const res = await parseOk(fixture('rss091.xml'));
    expect(res.items[0].title).toBe('Port of entry wait times rise before the holiday');
  });

  test('HTML named entities without a DTD (&eacute; &nbsp; &ldquo;) are understood', async () => {
    const res = await parseOk(fixture('html-entities.xml'));
    expect(res.items[0].title).toBe('Migración: ¡récord en Nogales\u00a0hoy!');
    expect(res.items[0].summary).toBe('El “muro” — otra vez.');
  });

  test('an RSS document without a version is read as RSS 2.0', async () => {
    const res = await parseOk('<rss><channel><title>T</title><item><title>Sin versión</title><link>https://a.example/1</link></item></channel></rss>');
    expect(res.items[0].title).toBe('Sin versión');
  });
});

describe('parseFeedBody: charsets', () => {
  test('ISO-8859-1 declared in the XML declaration', async () => {
    const res = await parseOk(fixture('latin1.xml'));
    expect(res.encoding).toBe('windows-1252');
    expect(res.items[0].title).toBe('Migración: récord de cruces en Piedras Negras');
    expect(res.items[0].summary).toBe('Autoridades de Coahuila señalaron que más de 4 mil personas cruzaron el río Bravo; ¿qué sigue para los albergues?');
  });

  test('Windows-1252 curly quotes, dashes and ellipsis', async () => {
    const res = await parseOk(fixture('windows-1252.xml'));
    expect(res.items[0].title).toBe('“Ya no hay espacio”: albergues de Reynosa piden ayuda');
    expect(res.items[0].summary).toContain('‘estamos al 150 %’ — y pidió apoyo al gobierno federal…');
  });

  test('ISO-8859-1 in the HTTP header decodes 0x93/0x94 as curly quotes (as browsers do)', async () => {
    const body = Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>T</title><item><title>'), Buffer.from([0x93, 0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f, 0x94]), Buffer.from('</title></item></channel></rss>')]);
    const res = await parseOk(body, 'application/rss+xml; charset=ISO-8859-1');
    expect(res.items[0].title).toBe('“México”');
  });

  test('the HTTP charset wins over the XML declaration when the bytes agree with it', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><item><title>Señal</title></item></channel></rss>';
    const res = await parseOk(iconv.encode(xml, 'windows-1252'), 'text/xml; charset=windows-1252');
    expect(res.items[0].title).toBe('Señal');
  });

  test('a UTF-8 byte-order mark is honoured and removed', async () => {
    const res = await parseOk(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('rss2-es.xml')]), 'text/xml; charset=ISO-8859-1');
    expect(res.encoding).toBe('utf-8');
    expect(res.items[0].title).toBe('Llegan más de 2 mil migrantes a Ciudad Juárez en una semana');
  });

  test('a UTF-16LE document with a byte-order mark', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>T</title><item><title>Frontera única</title></item></channel></rss>';
    const res = await parseOk(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml, 'utf-16le')]));
    expect(res.items[0].title).toBe('Frontera única');
  });

  test('chooseEncoding: invalid UTF-8 with no declaration falls back to Windows-1252', () => {
    expect(chooseEncoding(Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c]))).toBe('windows-1252');
    expect(chooseEncoding(Buffer.from('<a>é</a>', 'utf8'), 'text/xml; charset="iso-8859-1"')).toBe('utf-8');
  });
});

describe('parseFeedBody: errors', () => {
  test.each([
    ['an empty body', '', 'not-xml', 'empty body: expected an RSS or Atom feed'],
    ['a whitespace-only body', ' \n\t ', 'not-xml', 'empty body: expected an RSS or Atom feed'],
    ['plain text', 'Service Unavailable', 'not-xml', 'not XML: the body starts with "Service Unavailable"'],
    ['JSON', '{"items":[]}', 'not-xml', 'not XML: the body starts with "{\\"items\\":[]}"'],
  ])('%s is not-xml', async (_label, body, kind, error) => {
    expect(await parseFeedBody(Buffer.from(body))).toEqual({ ok: false, kind, error });
  });

  test('an HTML page is not-xml', async () => {
    expect(await parseFeedBody(fixture('page.html'), 'text/html')).toEqual({ ok: false, kind: 'not-xml', error: 'got an HTML page, not an RSS or Atom feed' });
    expect(await parseFeedBody(fixture('page-no-doctype.html'))).toMatchObject({ ok: false, kind: 'not-xml' });
  });

  test('XML that is not a feed is not-feed', async () => {
    expect(await parseFeedBody(fixture('not-feed.xml'))).toEqual({ ok: false, kind: 'not-feed', error: 'XML document with root <urlset> is not an RSS or Atom feed' });
  });

  test('truncated XML is a parse error naming the problem', async () => {
    const res = await parseFeedBody(fixture('truncated.xml'));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.kind).toBe('parse');
    expect(!res.ok && res.error).toMatch(/^XML parse error: /);
  });

  test('an rss root without a channel is a readable error', async () => {
    const res = await parseFeedBody(Buffer.from('<rss version="2.0"><nothing/></rss>'));
    expect(res).toMatchObject({ ok: false, kind: 'parse' });
    expect(!res.ok && res.error).toMatch(/^could not read the feed structure/);
  });

  test.each([['billion-laughs.xml'], ['xxe.xml'], ['xxe-parameter.xml'], ['xxe-external-dtd.xml']])('%s is unsafe-xml', async (name) => {
    const res = await parseFeedBody(fixture(name));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.kind).toBe('unsafe-xml');
  });
});
