/**
 * HTML character references: the named entities news feeds actually use (Latin-1 letters for
 * Spanish and other languages, typography, symbols) plus numeric references.
 * Unknown names are left as written.
 */

/** Named entity → code point. */
export const NAMED_ENTITIES: Readonly<Record<string, number>> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39,
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, curren: 164, yen: 165, brvbar: 166, sect: 167, uml: 168, copy: 169,
  ordf: 170, laquo: 171, not: 172, shy: 173, reg: 174, macr: 175, deg: 176, plusmn: 177, sup2: 178, sup3: 179,
  acute: 180, micro: 181, para: 182, middot: 183, cedil: 184, sup1: 185, ordm: 186, raquo: 187, frac14: 188,
  frac12: 189, frac34: 190, iquest: 191,
  Agrave: 192, Aacute: 193, Acirc: 194, Atilde: 195, Auml: 196, Aring: 197, AElig: 198, Ccedil: 199, Egrave: 200,
  Eacute: 201, Ecirc: 202, Euml: 203, Igrave: 204, Iacute: 205, Icirc: 206, Iuml: 207, ETH: 208, Ntilde: 209,
  Ograve: 210, Oacute: 211, Ocirc: 212, Otilde: 213, Ouml: 214, times: 215, Oslash: 216, Ugrave: 217, Uacute: 218,
  Ucirc: 219, Uuml: 220, Yacute: 221, THORN: 222, szlig: 223,
  agrave: 224, aacute: 225, acirc: 226, atilde: 227, auml: 228, aring: 229, aelig: 230, ccedil: 231, egrave: 232,
  eacute: 233, ecirc: 234, euml: 235, igrave: 236, iacute: 237, icirc: 238, iuml: 239, eth: 240, ntilde: 241,
  ograve: 242, oacute: 243, ocirc: 244, otilde: 245, ouml: 246, divide: 247, oslash: 248, ugrave: 249, uacute: 250,
  ucirc: 251, uuml: 252, yacute: 253, thorn: 254, yuml: 255,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260, euro: 8364, trade: 8482, larr: 8592, uarr: 8593,
  rarr: 8594, darr: 8595, harr: 8596, minus: 8722, le: 8804, ge: 8805, ne: 8800, asymp: 8776, infin: 8734,
};

/** Windows-1252 meanings of the C1 range, which HTML maps numeric references 128–159 to. */
const C1_TO_WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** A code point from a numeric reference, made safe (NUL, surrogates, out of range → U+FFFD). */
function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(C1_TO_WINDOWS_1252[cp] ?? cp);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decode HTML character references (named ones from NAMED_ENTITIES, decimal, hex). One pass only. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const cp = name !== undefined && Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
    if (cp === undefined || (!whole.endsWith(';') && cp > 255)) return whole;
    return String.fromCodePoint(cp);
  });
}

/** A named reference that XML does not predefine (the only ones to rewrite). */
const NON_XML_NAMED_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Rewrite HTML named references that XML does not predefine (&nbsp; &eacute; …) as numeric ones,
 * so a strict XML parser accepts the many feeds that use them without a DTD. Only those references are
 * visited, and the document is copied once only when one is rewritten: a 10 MB body full of `&lt;` made
 * String.replace build a second, much larger representation of it.
 */
export function htmlNamedToNumeric(xml: string): string {
  if (!xml.includes('&')) return xml;
  NON_XML_NAMED_REFERENCE.lastIndex = 0;
  const parts: string[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = NON_XML_NAMED_REFERENCE.exec(xml)) !== null) {
    const name = m[1]!;
    if (!Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name)) continue;
    parts.push(xml.slice(last, m.index), `&#${NAMED_ENTITIES[name]};`);
    last = m.index + m[0].length;
  }
  if (last === 0) return xml;
  parts.push(xml.slice(last));
  return parts.join('');
}
