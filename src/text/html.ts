/**
 * The one HTML stripper of the text toolkit: feed markup → plain text (htmlToText), and the defensive
 * tag pass the renderers run before escaping (stripTags). One linear scanner serves both.
 */
import { decodeHtmlEntities } from '../feeds/entities';
import { stripInvisible } from '../util/invisible';

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
  return stripInvisible(decodeHtmlEntities(stripMarkup(html, true)))
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * Tags and comments removed from text that should be plain already (a defensive pass before escaping):
 * nothing decoded, nothing added, script/style content kept as text, an unterminated tag kept as text,
 * mention-like syntax ("<@123>": no tag name) left for the escapers.
 */
export function stripTags(text: string): string {
  return stripMarkup(text, false);
}

/**
 * The one markup scanner. `feed`: feed HTML (a space where a block element or comment was, raw-text
 * elements dropped with their content, an unterminated tag swallows the rest like a browser); else the
 * defensive pass of stripTags.
 */
function stripMarkup(html: string, feed: boolean): string {
  const out: string[] = [];
  const gap = feed ? ' ' : '';
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
      out.push(gap);
      continue;
    }
    if (feed && html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      out.push(' ', html.slice(lt + 9, end < 0 ? n : end), ' ');
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (feed && (html.startsWith('<!', lt) || html.startsWith('<?', lt))) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      out.push(gap);
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    // The defensive pass strips only what is a tag for sure: "<b>", "<a href=…>", "</p>", "<br/>";
    // "<https://x>" and "<a:b>" stay text for the escapers.
    if (!m || (!feed && (m[2].includes(':') || !/[\s/>]/.test(html.charAt(lt + m[0].length))))) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + m[0].length);
    if (gt < 0) {
      if (!feed) out.push(html.slice(lt)); // kept as text by the defensive pass
      break; // an unterminated tag swallows the rest, like a browser
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    i = gt + 1;
    if (feed && !closing && RAW_TEXT_ELEMENTS.has(name) && html[gt - 1] !== '/') {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? found.index + found[0].length : n;
    }
    out.push(INLINE_ELEMENTS.has(name) ? '' : gap);
  }
  return out.join('');
}

