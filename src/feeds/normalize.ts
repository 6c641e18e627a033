/**
 * Raw feed entries → FeedItem: plain text everywhere, http(s) links only (resolved against the
 * feed URL), ISO publish times, and a stable id.
 */
import { createHash } from 'node:crypto';
import type { FeedItem, Lang } from '../model';
import { stripInvisible } from '../util/invisible';
import { decodeHtmlEntities } from './entities';
import type { RawFeedItem } from './parse';
import { clippedText, MAX_CONTENT_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS } from './clip-text';

/** Elements whose content is never text. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);
/** Inline elements: removed without adding a space ("<b>Ti</b>juana" stays "Tijuana"). */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del']);
const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;

/**
 * HTML → plain text: tags stripped (script/style and similar dropped with their content), comments
 * removed, entities decoded once, invisible format characters (bidi overrides, zero-width characters:
 * src/util/invisible.ts) removed, whitespace collapsed. A lone "<" that opens no tag is kept as text.
 * Linear in the input (indexOf scanning; no backtracking regex over the document).
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      out.push(' ');
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      out.push(' ', html.slice(lt + 9, end < 0 ? n : end), ' ');
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      out.push(' ');
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + m[0].length);
    if (gt < 0) break; // an unterminated tag swallows the rest, like a browser
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    i = gt + 1;
    if (!closing && RAW_TEXT_ELEMENTS.has(name) && html[gt - 1] !== '/') {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? found.index + found[0].length : n;
    }
    out.push(INLINE_ELEMENTS.has(name) ? '' : ' ');
  }
  return stripInvisible(decodeHtmlEntities(out.join('')))
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/** Make `link` absolute against `base`; undefined unless the result is http(s). */
export function resolveHttpLink(link: string | undefined, base: string): string | undefined {
  const raw = link?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** ISO 8601 form of a date string, undefined when it is not a valid date. Future dates are kept. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = new Date(value.trim()).getTime();
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/** Shorten text to at most `max` characters, on a word boundary when possible, with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const MAX_GUID_LENGTH = 2048;
/** Longest summary derived from full content when the feed gives no summary. */
const DERIVED_SUMMARY_CHARS = 1000;
/** Longest title derived from the text when an item has no title. */
const DERIVED_TITLE_CHARS = 120;

/**
 * Normalize one raw entry. Returns undefined when the item has neither a title, nor an http(s) link,
 * nor any text. Id: guid, else the resolved link, else "sha256:" + hash of title and link (or text).
 */
export function normalizeItem(raw: RawFeedItem, feed: { url: string; name: string; lang?: Lang }): FeedItem | undefined {
  // Clipped here, once: no later stage needs more text, and each would otherwise hold copies of all of it.
  const title = clippedText(raw.title, MAX_TITLE_CHARS, htmlToText);
  const link = resolveHttpLink(raw.link, feed.url);
  const summaryText = clippedText(raw.summary, MAX_SUMMARY_CHARS, htmlToText);
  const contentText = clippedText(raw.content, MAX_CONTENT_CHARS, htmlToText);
  if (!title && !link && !summaryText && !contentText) return undefined;

  const guidText = raw.guid?.trim();
  const guid = guidText && guidText.length <= MAX_GUID_LENGTH ? guidText : undefined;
  const hashInput = title || link ? `${title}\n${link ?? ''}` : `\n\n${summaryText || contentText}`;
  const id = guid ?? link ?? `sha256:${sha256(hashInput)}`;

  const summary = summaryText || clip(contentText, DERIVED_SUMMARY_CHARS);
  const item: FeedItem = {
    id,
    title: title || clip(summary, DERIVED_TITLE_CHARS) || (link ?? ''),
    summary,
    feedUrl: feed.url,
    feedName: feed.name,
  };
  if (guid) item.guid = guid;
  if (link) item.link = link;
  const published = isoDate(raw.published);
  if (published) item.published = published;
  if (contentText && contentText !== summaryText) item.content = contentText;
  if (feed.lang) item.lang = feed.lang;
  return item;
}
