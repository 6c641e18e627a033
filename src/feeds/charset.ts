/**
 * Decode a fetched feed body to a JS string, honouring (in this order) the byte-order mark, the
 * declared charsets (HTTP Content-Type, XML declaration) and the bytes themselves.
 *
 * Real feeds lie about their encoding, so declarations are weighed against the bytes:
 *  - a declared UTF-8 that the bytes satisfy wins over a conflicting declaration
 *    (e.g. an old server default "charset=ISO-8859-1" on a UTF-8 document);
 *  - bytes that are not valid UTF-8 are decoded with the non-UTF-8 declaration, else Windows-1252;
 *  - ISO-8859-1 / Latin-1 / US-ASCII labels decode as Windows-1252 (as browsers do), so curly quotes
 *    and dashes in 0x80–0x9F come out right.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Labels decoded as Windows-1252 (the WHATWG Encoding Standard maps them so). */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252', 'cp819', 'ibm819']);

function isUtf8Label(label: string): boolean {
  return label === 'utf-8' || label === 'utf8';
}

/** Normalize a charset label; undefined when iconv-lite does not know it. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (isUtf8Label(l)) return 'utf-8';
  return iconv.encodingExists(l) ? l : undefined;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m?.[2];
}

/** The encoding pseudo-attribute of an XML declaration at the start of the body. */
export function charsetFromXmlDeclaration(body: Buffer): string | undefined {
  const head = body.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1];
}

/** Encoding named by a byte-order mark, if any. */
function bomEncoding(body: Buffer): string | undefined {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Checked in place (no string is decoded just to be thrown away). */
function isValidUtf8(body: Buffer): boolean {
  return isUtf8(body);
}

/** Choose the encoding to decode `body` with (see the module comment for the rules). */
export function chooseEncoding(body: Buffer, contentType?: string): string {
  const bom = bomEncoding(body);
  if (bom) return bom;
  const fromHttp = normalizeCharset(charsetFromContentType(contentType));
  if (fromHttp && /^utf-?(16|32)/.test(fromHttp)) return fromHttp;
  const declared = charsetFromXmlDeclaration(body);
  // XML without an encoding declaration is UTF-8 by definition.
  const fromXml = declared === undefined ? 'utf-8' : normalizeCharset(declared);
  const labels = [fromHttp, fromXml].filter((l): l is string => l !== undefined);
  const validUtf8 = isValidUtf8(body);
  if (validUtf8 && (labels.length === 0 || labels.some(isUtf8Label))) return 'utf-8';
  const other = labels.find((l) => !isUtf8Label(l));
  if (other) return other;
  return validUtf8 ? 'utf-8' : 'windows-1252';
}

/** Decode a feed body to text; the BOM is removed. */
export function decodeFeedBody(body: Buffer, contentType?: string): { text: string; encoding: string } {
  const encoding = chooseEncoding(body, contentType);
  // UTF-8 (nearly every feed) is decoded by Buffer itself; iconv-lite loads its tables only for other charsets.
  const text = (encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(body, encoding)).replace(/^\uFEFF/, '');
  return { text, encoding };
}
