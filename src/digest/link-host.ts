/**
 * Honest links. A feed controls both a link's text and its target, so a title such as
 * "https://www.dhs.gov/news/…" or "… book at travel.state.gov" could be the visible text of a link
 * to another site. Every renderer that turns feed text into link text (Discord embed titles and
 * masked links, Slack `<url|text>` links, both platforms' command replies) appends
 * `linkHostNote(text, url)` beside the link: empty when the text names no other site, else
 * " (site)" with the site the link really goes to.
 *
 * What counts as naming a site: a URL (`scheme://host…`), a `www.` name, or a dotted name whose
 * ending is a public suffix (`travel.state.gov`, `cbp.gov`, `example.co.uk`; "Node.js" or "U.S." are
 * not). Names written with non-ASCII letters (`dhs.gоv` with a Cyrillic "о") always count, and
 * full-width or ideographic dots count as dots. Two names are the same site when their registrable
 * domains (public suffix list, private suffixes such as github.io included) are equal, so
 * "dhs.gov" linking to www.dhs.gov needs no note, while "dhs.gov" linking to dhs.gov.evil.example
 * shows "(evil.example)".
 */
import { domainToASCII } from 'node:url';
import { getDomain, parse } from 'tldts';
import { stripInvisible } from '../util/invisible';

const TLD_OPTIONS = { allowPrivateDomains: true } as const;

/** The host part of every `scheme://host` in the text (userinfo and port included; removed below). */
const URL_HOSTS = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#\\<>"'()[\]]+)/giu;
/** Dotted names: labels of letters, digits and hyphens, a last label of letters (or punycode). */
const DOTTED_NAMES = /(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}_-])/giu;

/** Lower case, no invisible characters, compatibility forms folded (full-width letters and dots), ideographic dots as dots. */
function foldForHosts(text: string): string {
  return stripInvisible(text).normalize('NFKC').replace(/[\u3002\uff61]/g, '.').toLowerCase();
}

/** "user:pw@host:8080" or "[::1]:80" → the bare host. */
function bareHost(authority: string): string {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1 || undefined);
  return host.replace(/:\d*$/, '').replace(/\.+$/, '');
}

/** The registrable domain of a host ("www.dhs.gov" → "dhs.gov"); the host itself for IPs and bare suffixes. */
function siteOf(host: string): string {
  const ascii = domainToASCII(host) || host;
  return getDomain(ascii, TLD_OPTIONS) ?? ascii;
}

/** Host names a reader would take the text to point to. */
export function hostsNamedIn(text: string): string[] {
  const folded = foldForHosts(text);
  // Both patterns below need a dot (every URL host named in text has "://" before it): most titles and
  // outlet names have neither, and are answered without running them.
  if (!folded.includes('.') && !folded.includes('://')) return [];
  const hosts: string[] = [];
  for (const m of folded.matchAll(URL_HOSTS)) {
    const host = bareHost(m[1]);
    if (host) hosts.push(host);
  }
  const withoutUrls = folded.replace(URL_HOSTS, ' ');
  for (const m of withoutUrls.matchAll(DOTTED_NAMES)) {
    const name = m[0];
    const info = parse(name, TLD_OPTIONS);
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(name) || name.startsWith('www.') || info.isIcann || info.isPrivate) hosts.push(name);
  }
  return hosts;
}

/**
 * The text to show beside a link whose text is `label` and whose target is `url`: "" when the
 * label names no site other than the link's own, else " (site)" naming the site the link goes to.
 * Plain text: the caller escapes it like any other text, outside the link.
 */
export function linkHostNote(label: string, url: string): string {
  // Most labels name no site at all: then there is nothing to compare, and the URL need not be parsed.
  const named = hostsNamedIn(label);
  if (named.length === 0) return '';
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return '';
  }
  const unbracket = (h: string) => h.replace(/^\[|\]$/g, '');
  const real = siteOf(unbracket(target.hostname));
  const misleading = named.some((h) => siteOf(unbracket(h)) !== real);
  return misleading ? ` (${real})` : '';
}
