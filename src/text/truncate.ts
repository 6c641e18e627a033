/**
 * The one truncator of the text toolkit: feed text caps (src/feeds/clip-text.ts), derived titles and
 * summaries, the extractive summary and every renderer cut through it.
 */

/** The ellipsis appended to every trimmed text. */
export const ELLIPSIS = '…';

/** Drops a dangling high surrogate at the end so a cut never leaves half a character. */
function dropBrokenSurrogate(s: string): string {
  if (s.length === 0) return s;
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}

/**
 * Shortens `text` to at most `max` UTF-16 units, cutting at the last word boundary that keeps
 * at least 60% of the room (else mid-word) and appending "…". Text that fits is returned as is.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const atBoundary = /\s/.test(text.charAt(max - 1));
  const space = cut.search(/\s\S*$/);
  if (!atBoundary && space >= Math.floor((max - 1) * 0.6)) cut = cut.slice(0, space);
  cut = dropBrokenSurrogate(cut).replace(/[\s,;:.\-–—]+$/u, '');
  return cut + ELLIPSIS;
}

