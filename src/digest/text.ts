/**
 * Small, platform-neutral text helpers shared by the digest composer and the renderers:
 * word-boundary truncation, "fit after escaping", tag stripping and the http(s) URL gate.
 */
import { stripInvisible } from '../util/invisible';
import { ELLIPSIS, truncate } from '../text/truncate';

/** Word-boundary truncation with an ellipsis: the text toolkit's one truncator. */
export { ELLIPSIS, truncate } from '../text/truncate';

/**
 * Trims raw `text` so that `render(trimmed)` is at most `max` long. Escaping grows text, so the
 * raw text is cut (at word boundaries) until its rendering fits; the result is never an escape
 * sequence broken in half. Falls back to "" when even "…" does not fit.
 */
export function fitRendered(text: string, max: number, render: (raw: string) => string): string {
  if (max <= 0) return '';
  let out = render(text);
  if (out.length <= max) return out;
  let room = Math.min(text.length, max);
  for (let i = 0; i < 24 && room > 0; i++) {
    out = render(truncate(text, room));
    if (out.length <= max) return out;
    const over = out.length - max;
    room = Math.min(room - 1, room - over);
  }
  const ell = render(ELLIPSIS);
  return ell.length <= max ? ell : '';
}

/** Removes anything that looks like an HTML tag or comment: the text toolkit's one HTML stripper. */
export { stripTags } from '../text/html';

/**
 * Removes control characters (keeps \n and \t) and invisible format characters that reorder or hide
 * text (bidi overrides, zero-width characters: src/util/invisible.ts). Escapers run this first, so the
 * zero-width spaces they insert afterwards to break mentions stay.
 */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return stripInvisible(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}

/**
 * Returns the normalized URL when it is an absolute http(s) URL without credentials, else
 * undefined: `javascript:`, `data:`, relative and malformed links never become links, nor URLs
 * longer than `maxLength` once normalized (they would eat a message's character budget).
 */
export function safeHttpUrl(url: string | null | undefined, maxLength = 2048): string | undefined {
  if (!url || url.length > maxLength * 3) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (u.username || u.password) return undefined;
  return u.href.length <= maxLength ? u.href : undefined;
}

/**
 * Joins items with `sep` within `max` characters. Items that do not fit are announced as
 * `more(n)` (e.g. "and 3 more"): room for that announcement is always kept while items remain,
 * so nothing disappears silently. `extra` counts further items the caller does not list at all (a
 * story's sources beyond its cap); they are announced the same way. Callers should pre-trim single
 * items that may be huge.
 */
export function joinWithin(items: string[], sep: string, max: number, more: (n: number) => string, extra = 0): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out + (out ? sep : '') + items[i];
    const rest = items.length - i - 1 + extra;
    const reserve = rest > 0 ? sep.length + more(rest).length : 0;
    if (next.length + reserve <= max) {
      out = next;
      continue;
    }
    const tail = (out ? sep : '') + more(items.length - i + extra);
    return out.length + tail.length <= max ? out + tail : out;
  }
  if (extra > 0) {
    const tail = (out ? sep : '') + more(extra);
    if (out.length + tail.length <= max) return out + tail;
  }
  return out;
}
