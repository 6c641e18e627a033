import { truncate } from '../text/truncate';

/**
 * Length caps on feed text, applied at normalization. Every later stage (relevance, clustering, figures,
 * summary) reads these strings, several of them more than once: an item with a 9 MB description cost
 * about 700 MB of memory before these caps. No stage needs more: the summary is at most a few hundred
 * characters, rules and figures look at the lead of an article.
 */
export const MAX_TITLE_CHARS = 1_000;
/** The feed's own summary (RSS description / Atom summary), as text. */
export const MAX_SUMMARY_CHARS = 4_096;
/** Full content (content:encoded / Atom content), as text. */
export const MAX_CONTENT_CHARS = 64 * 1024;

/**
 * Markup read per field before stripping: a generous multiple of the text cap (tag-heavy HTML has far more
 * markup than text), so stripping a 9 MB description does not copy all of it several times over.
 */
export const HTML_PER_TEXT_CHAR = 16;

/** The first `max` code units of `html` (at most), not ending inside a surrogate pair. */
export function headOf(html: string, max: number): string {
  if (html.length <= max) return html;
  const code = html.charCodeAt(max - 1);
  return html.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Feed markup → text clipped to `max`: only the head of the markup is stripped. */
export function clippedText(html: string | undefined, max: number, toText: (html: string) => string): string {
  return clipText(toText(headOf(html ?? '', max * HTML_PER_TEXT_CHAR)), max);
}

/** `text` cut to at most `max` UTF-16 code units with an ellipsis, at a word boundary: the toolkit's truncator. */
export function clipText(text: string, max: number): string {
  return truncate(text, max);
}
