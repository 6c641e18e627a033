import * as crypto from 'node:crypto';
import type { FeedItem } from '../model';
import { canonicalUrl } from './canonical-url';
import { words } from './normalize-text';

/** Fewest words (title + summary) for the text fingerprint: shorter texts ("Daily briefing") repeat legitimately. */
const MIN_FINGERPRINT_WORDS = 8;

/** The one-shot hash where Node has it (20.12+: no Hash object per call), else createHash: the same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;

/** First 16 characters of the base64url SHA-1 of `text`: dedup keys and story ids. */
export function sha1(text: string): string {
  return (oneShot ? oneShot('sha1', text, 'base64url') : crypto.createHash('sha1').update(text).digest('base64url')).slice(0, 16);
}

/** Canonical URL without its scheme (http and https copies of an article are the same item), or undefined when unusable. */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const c = canonicalUrl(url);
  const m = /^https?:\/\/([^/?#]+)(\/[^?#]*)?(\?.*)?$/.exec(c);
  if (!m) return undefined;
  const path = m[2] ?? '';
  // A site's home page is never an article: feeds that link every item to it must not fold all items.
  if ((path === '' || path === '/') && !m[3]) return undefined;
  return `${m[1]}${path}${m[3] ?? ''}`;
}

/** A URL's host without `www.`/`amp.`/`m.`, or undefined when it does not parse. */
function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return siteOfHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** siteOf a URL, given its (parsed) hostname. */
export function siteOfHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return host ? host.replace(/^(?:www|amp|m)\./, '') : undefined;
}

/**
 * The outlet an item belongs to, the scope of its text fingerprint: the host of the article's link, else
 * the feed's host (`linkSite`: siteOf(item.link), when the caller has it). Not the feed's host first: feeds of different outlets often share one (an aggregator,
 * a feed service, a syndication host), and a wire copy published by a second outlet must not be taken for
 * the first outlet's republished item.
 */
export function outletSite(item: FeedItem, linkSite: string | undefined = siteOf(item.link)): string {
  return linkSite ?? siteOf(item.feedUrl) ?? item.feedUrl.trim().toLowerCase();
}

/**
 * Hash of the normalized title + summary, or undefined when the text is too short to be distinctive.
 * Normalization: lower-case, accents folded, punctuation stripped, whitespace collapsed.
 */
export function textFingerprint(title: string, summary: string): string | undefined {
  return fingerprintOfWords(words(title), words(summary));
}

/** textFingerprint of a title and summary given their folded words (`words(title)`, `words(summary)`). */
export function fingerprintOfWords(t: readonly string[], s: readonly string[]): string | undefined {
  if (t.length === 0 || t.length + s.length < MIN_FINGERPRINT_WORDS) return undefined;
  return sha1(`${t.join(' ')}\n${s.join(' ')}`);
}

/**
 * Keys under which an item counts as already seen; seen under ANY key = duplicate:
 * - `g:` the guid (else the item id), scoped by the feed URL, as RSS intends;
 * - `u:` the canonical link (scheme-less), and the guid too when the guid is itself a URL (WordPress `?p=123`);
 * - `t:` the title+summary fingerprint, scoped by the outlet (the article link's site, else the feed's), so a
 *   re-published item with a new guid, link path or pubDate is caught; identical wire copies from OTHER
 *   outlets — even when their feeds share a host — are left to the clusterer, which records them as extra
 *   sources of the story ("also reported by") instead of dropping them; they never alert again.
 */
export function dedupKeys(item: FeedItem): string[] {
  // One item is checked, then marked (pipeline and clusterer): its keys are derived once per item object.
  let keys = dedupMemo.get(item);
  if (!keys) dedupMemo.set(item, (keys = deriveDedupKeys(item)));
  return [...keys];
}

/** dedupKeys of item objects already asked about (items are not modified once read from a feed). */
const dedupMemo = new WeakMap<FeedItem, readonly string[]>();

function deriveDedupKeys(item: FeedItem): string[] {
  return dedupKeysOf(item, { linkKey: urlKey(item.link), outlet: outletSite(item), titleWords: words(item.title), summaryWords: words(item.summary) });
}

/** What dedupKeysOf reads of an item besides its feed URL and guid, each derived once by the caller. */
export interface DedupParts {
  /** urlKey(item.link). */
  linkKey: string | undefined;
  /** outletSite(item). */
  outlet: string;
  /** words(item.title), words(item.summary). */
  titleWords: readonly string[];
  summaryWords: readonly string[];
}

/** dedupKeys(item), from the parts of the item the caller has derived already (src/pipeline/analyse.ts). */
export function dedupKeysOf(item: Pick<FeedItem, 'feedUrl' | 'guid' | 'id'>, parts: DedupParts): string[] {
  const keys = new Set<string>();
  const feed = canonicalUrl(item.feedUrl);
  const guid = (item.guid ?? item.id ?? '').trim();
  if (guid) keys.add(`g:${sha1(`${feed}\n${guid}`)}`);
  if (parts.linkKey) keys.add(`u:${parts.linkKey}`);
  const guidKey = /^https?:\/\//i.test(guid) ? urlKey(guid) : undefined;
  if (guidKey) keys.add(`u:${guidKey}`);
  const fp = fingerprintOfWords(parts.titleWords, parts.summaryWords);
  if (fp) keys.add(`t:${parts.outlet}:${fp}`);
  return [...keys];
}
