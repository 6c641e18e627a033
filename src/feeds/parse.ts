/**
 * Parse a fetched feed body (RSS 0.9x, RSS 1.0/RDF, RSS 2.0, Atom) into raw items with rss-parser,
 * from text we decoded ourselves (charset.ts) and only after the prolog check (xml-safety.ts).
 * rss-parser never touches the network here: only `parseString` is used.
 */
import Parser from 'rss-parser';
import { decodeFeedBody } from './charset';
import { htmlNamedToNumeric } from './entities';
import { inspectXmlProlog } from './xml-safety';

/** One feed entry as the feed wrote it (strings only; HTML not yet stripped). */
export interface RawFeedItem {
  /** RSS guid, Atom id, or RDF rdf:about. */
  guid?: string;
  title?: string;
  link?: string;
  /** Publish time as written (or as rss-parser normalized it); validated later. */
  published?: string;
  /** RSS description / Atom summary (may be HTML). */
  summary?: string;
  /** RSS content:encoded / Atom content (may be HTML). */
  content?: string;
}

export type ParseErrorKind = 'not-xml' | 'not-feed' | 'parse' | 'unsafe-xml';

export type ParseResult =
  | { ok: true; title?: string; items: RawFeedItem[]; encoding: string }
  | { ok: false; kind: ParseErrorKind; error: string };

type Loose = Record<string, unknown>;

/** A string value from xml2js output ("text", { _: "text" }), else undefined. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && typeof (v as Loose)._ === 'string') return str((v as Loose)._);
  return undefined;
}

function isBadDate(values: unknown): boolean {
  const first = Array.isArray(values) ? values[0] : undefined;
  return typeof first === 'string' && first.length > 0 && Number.isNaN(new Date(first).getTime());
}

/** Fields whose object form rss-parser re-serializes recursively (deep nesting can overflow the stack). */
const BODY_FIELDS = ['description', 'content:encoded', 'content', 'summary'];

function withoutBodies(entry: Loose): Loose {
  const copy: Loose = { ...entry };
  for (const f of BODY_FIELDS) delete copy[f];
  return copy;
}

/** Run `parse`; if it throws, retry without the body fields; if that throws too, give {} (dropped later). */
function total(parse: (entry: Loose) => Loose): (entry: Loose) => Loose {
  return (entry) => {
    try {
      return parse(entry);
    } catch {
      try {
        return parse(withoutBodies(entry));
      } catch {
        return {};
      }
    }
  };
}

/**
 * rss-parser throws on a whole feed when one Atom entry has an invalid date or a malformed link,
 * or when an entry's markup is nested deeply enough to overflow its serializer. Make per-item parsing
 * total so one bad entry cannot sink the feed: invalid Atom dates are dropped, an entry that still
 * throws is retried without its body, and as a last resort becomes {} (normalize drops it).
 */
function hardenItemParsers(parser: Parser): void {
  const p = parser as unknown as { parseItemAtom(entry: Loose): Loose; parseItemRss(item: Loose, fields: unknown): Loose };
  const atom = p.parseItemAtom.bind(parser);
  const rss = p.parseItemRss.bind(parser);
  p.parseItemAtom = total((entry) => {
    const clean: Loose = { ...entry };
    if (isBadDate(clean.published)) delete clean.published;
    if (isBadDate(clean.updated)) delete clean.updated;
    return atom(clean);
  });
  p.parseItemRss = (item: Loose, fields: unknown): Loose => total((entry) => rss(entry, fields))(item);
}

function newParser(): Parser {
  // A fresh parser per document: xml2js parsers carry state between calls.
  const parser = new Parser({ defaultRSS: 2, xml2js: { strict: true } });
  hardenItemParsers(parser);
  return parser;
}

function toRawItem(item: Loose, isAtom: boolean): RawFeedItem {
  return {
    guid: str(item.guid) ?? str(item.id) ?? str(item['rdf:about']),
    title: str(item.title),
    link: str(item.link),
    published: str(item.isoDate) ?? str(item.pubDate) ?? str(item.date),
    summary: isAtom ? str(item.summary) : (str(item.content) ?? str(item.summary)),
    content: isAtom ? str(item.content) : str(item['content:encoded']),
  };
}

/**
 * xml2js re-emits an exception thrown by rss-parser's result builder as an 'error' event after it
 * removed its listeners, so it arrives wrapped in ERR_UNHANDLED_ERROR; recover the original.
 */
function unwrapEmitterError(err: unknown): unknown {
  const e = err as { code?: string; context?: unknown };
  return e && e.code === 'ERR_UNHANDLED_ERROR' && e.context !== undefined ? e.context : err;
}

/** One-line version of a sax error ("Unclosed root tag\nLine: 9\nColumn: 0\nChar: " → "Unclosed root tag (line 10)"). */
function describeXmlError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const [first, ...rest] = msg.split('\n');
  const line = rest.find((l) => l.startsWith('Line:'));
  const lineNo = line ? Number(line.slice(5).trim()) + 1 : undefined;
  return `XML parse error: ${first.trim()}${lineNo ? ` (line ${lineNo})` : ''}`;
}

/**
 * Decode and parse a feed body. Never throws. Errors: 'not-xml' (empty, HTML, not markup),
 * 'not-feed' (XML but not RSS/Atom), 'unsafe-xml' (DOCTYPE with entities), 'parse' (broken XML).
 */
export async function parseFeedBody(body: Buffer, contentType?: string): Promise<ParseResult> {
  try {
    const { text, encoding } = decodeFeedBody(body, contentType);
    const prolog = inspectXmlProlog(text);
    if (!prolog.ok) return prolog;
    const isAtom = prolog.root.slice(prolog.root.indexOf(':') + 1) === 'feed';
    let feed: Loose & { items?: Loose[] };
    try {
      feed = (await newParser().parseString(htmlNamedToNumeric(text))) as unknown as Loose & { items?: Loose[] };
    } catch (thrown) {
      const err = unwrapEmitterError(thrown);
      if (err instanceof Error && /not recognized/i.test(err.message)) {
        return { ok: false, kind: 'not-feed', error: `XML document with root <${prolog.root}> is not an RSS or Atom feed` };
      }
      if (err instanceof Error && !err.message.includes('\nLine:')) {
        return { ok: false, kind: 'parse', error: `could not read the feed structure: ${err.message.split('\n')[0]}` };
      }
      return { ok: false, kind: 'parse', error: describeXmlError(err) };
    }
    const items = (feed.items ?? []).map((item) => toRawItem(item, isAtom));
    return { ok: true, title: str(feed.title), items, encoding };
  } catch (err) {
    return { ok: false, kind: 'parse', error: describeXmlError(err) };
  }
}
