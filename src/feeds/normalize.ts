/**
 * Raw feed entries → FeedItem: plain text everywhere, http(s) links only (resolved against the
 * feed URL), ISO publish times, and a stable id.
 */
import { createHash } from 'node:crypto';
import type { FeedItem, Lang } from '../model';
import { htmlToText } from '../text/html';
import type { RawFeedItem } from './parse';
import { clippedText, clipText, MAX_CONTENT_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS } from './clip-text';

export { htmlToText };

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

  const summary = summaryText || clipText(contentText, DERIVED_SUMMARY_CHARS);
  const item: FeedItem = {
    id,
    title: title || clipText(summary, DERIVED_TITLE_CHARS) || (link ?? ''),
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
