/**
 * Look at a document's prolog before any XML parser sees it:
 *  - empty or non-markup bodies and HTML pages are "not-xml";
 *  - a DOCTYPE that declares entities (billion laughs, external entities / XXE) or points its DTD
 *    at anything but http(s) is "unsafe-xml" and is never parsed;
 *  - the root element must be a feed (rss, RDF, feed), else "not-feed".
 * Linear scan with indexOf; no regex over the whole document.
 */

export type PrologVerdict =
  | { ok: true; root: string }
  | { ok: false; kind: 'not-xml' | 'not-feed' | 'unsafe-xml' | 'parse'; error: string };

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);

function preview(text: string): string {
  const s = text.slice(0, 40).replace(/\s+/g, ' ').trim();
  return JSON.stringify(s + (text.length > 40 ? '…' : ''));
}

/** End index (exclusive) of a DOCTYPE starting at `start`, honouring an internal subset and quotes. */
function doctypeEnd(text: string, start: number): number {
  let inSubset = false;
  let quote = '';
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      inSubset = true;
    } else if (c === ']') {
      inSubset = false;
    } else if (c === '>' && !inSubset) {
      return i + 1;
    }
  }
  return -1;
}

/** Why a DOCTYPE is unsafe, or undefined when it is harmless (e.g. the Netscape RSS 0.91 DTD). */
function unsafeDoctype(doctype: string): string | undefined {
  if (/<!ENTITY/i.test(doctype)) return 'the document declares entities in its DOCTYPE (entity expansion / external entity attack); refused';
  if (doctype.includes('[') && doctype.includes('%')) return 'the DOCTYPE uses parameter entities; refused';
  const ids = /\b(?:SYSTEM|PUBLIC)\b([\s\S]*)$/i.exec(doctype)?.[1] ?? '';
  for (const m of ids.matchAll(/"([^"]*)"|'([^']*)'/g)) {
    const lit = (m[1] ?? m[2] ?? '').trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(lit) && !/^https?:/i.test(lit)) return `the DOCTYPE references ${lit.split(':')[0]}: (only http(s) DTDs are tolerated); refused`;
  }
  return undefined;
}

/** Check the prolog and root element of a decoded document. */
export function inspectXmlProlog(text: string): PrologVerdict {
  let i = 0;
  const n = text.length;
  while (i < n && /\s/.test(text[i])) i++;
  if (i === n) return { ok: false, kind: 'not-xml', error: 'empty body: expected an RSS or Atom feed' };
  if (text[i] !== '<') return { ok: false, kind: 'not-xml', error: `not XML: the body starts with ${preview(text.slice(i))}` };

  for (;;) {
    while (i < n && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return { ok: false, kind: 'parse', error: 'XML parse error: unterminated processing instruction' };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return { ok: false, kind: 'parse', error: 'XML parse error: unterminated comment' };
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(text, i);
      const doctype = text.slice(i, end < 0 ? n : end);
      const unsafe = unsafeDoctype(doctype);
      if (unsafe) return { ok: false, kind: 'unsafe-xml', error: unsafe };
      if (/^<!DOCTYPE\s+html\b/i.test(doctype)) return { ok: false, kind: 'not-xml', error: 'got an HTML page, not an RSS or Atom feed' };
      if (end < 0) return { ok: false, kind: 'parse', error: 'XML parse error: unterminated DOCTYPE' };
      i = end;
    } else {
      break;
    }
  }

  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
  if (!m) return { ok: false, kind: 'not-xml', error: i >= n ? 'not XML: no root element' : `not XML: unexpected markup ${preview(text.slice(i))}` };
  const root = m[1];
  const local = root.slice(root.indexOf(':') + 1).toLowerCase();
  if (local === 'html') return { ok: false, kind: 'not-xml', error: 'got an HTML page, not an RSS or Atom feed' };
  if (!FEED_ROOTS.has(local)) return { ok: false, kind: 'not-feed', error: `XML document with root <${root}> is not an RSS or Atom feed` };
  return { ok: true, root };
}
