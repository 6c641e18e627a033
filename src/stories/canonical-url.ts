import normalizeUrl from 'normalize-url';

/** An absolute http(s) URL, out of the Google AMP viewer; undefined for anything else. */
function webUrlOutOfAmpViewer(input: string): URL | undefined {
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  return unwrapAmpViewer(u);
}

/**
 * Canonical form of an article URL, so that the same article reached through tracking links,
 * AMP pages, `www.`/mobile hosts or reordered query strings compares equal.
 *
 * normalize-url handles: lower-case scheme/host, default ports, duplicate slashes, `www.`, trailing
 * slash, directory index, query sorting and (with our list) tracking parameters. We add: fragments
 * dropped, the tracking-parameter list, AMP variants (Google AMP viewer and AMP cache URLs, `amp.`
 * hosts, `/amp` suffixes and `/amp/` prefixes, `.amp` extensions, `?amp`, `?outputType=amp`) and `m.`
 * mobile hosts. Anything that is not an absolute http(s) URL is returned trimmed and unchanged.
 */
export function canonicalUrl(url: string): string {
  // One item's link and its feed's URL are canonicalized by several steps (dedup keys, story id, source key):
  // recent answers are kept (a pure function of the string).
  const hit = CANONICAL_MEMO.get(url);
  if (hit !== undefined) return hit;
  const out = canonicalize(url);
  if (CANONICAL_MEMO.size >= CANONICAL_MEMO_SIZE) CANONICAL_MEMO.delete(CANONICAL_MEMO.keys().next().value as string);
  CANONICAL_MEMO.set(url, out);
  return out;
}

const CANONICAL_MEMO = new Map<string, string>();
const CANONICAL_MEMO_SIZE = 1024;

function canonicalize(url: string): string {
  const input = url.trim();
  const u = webUrlOutOfAmpViewer(input);
  if (!u) return input;
  u.hostname = foldHost(u.hostname);
  u.pathname = foldAmpPath(u.pathname);
  removeAmpParams(u.searchParams);
  try {
    return normalizeUrl(u.toString(), {
      stripHash: true,
      stripWWW: true,
      removeTrailingSlash: true,
      removeDirectoryIndex: [/^(?:index|default)\.(?:html?|php|aspx?|jsp)$/i],
      removeQueryParameters: TRACKING_PARAMS,
      sortQueryParameters: true,
    });
  } catch {
    return input;
  }
}

/**
 * The link to post for an article: the publisher's own URL as written, without the parameters that only
 * say where a click came from (utm_*, fbclid, …) and out of the Google AMP viewer / AMP caches. Unlike
 * `canonicalUrl` it keeps the host, path, other parameters and fragment, so the link still opens the page.
 */
export function postableUrl(url: string): string {
  return postableLink(url).url;
}

/**
 * postableUrl(url), with the hostname of the URL it returns when that is a web URL (read from the one parse of
 * the link; `hostname` absent otherwise).
 */
export function postableLink(url: string): { url: string; hostname?: string } {
  const input = url.trim();
  const u = webUrlOutOfAmpViewer(input);
  if (!u) return { url: input };
  const names = [...new Set([...u.searchParams.keys()])];
  const tracking = names.filter((n) => TRACKING_PARAMS.some((re) => re.test(n)));
  if (tracking.length === 0) {
    const s = u.toString();
    return { url: s === input ? input : s, hostname: u.hostname };
  }
  for (const n of tracking) u.searchParams.delete(n);
  return { url: u.toString().replace(/\?(?=#|$)/, ''), hostname: u.hostname };
}

/** Query parameters that only say where a click came from. Matched against the whole name. */
const TRACKING_PARAMS: RegExp[] = [
  /^utm_\w*$/i,
  /^(?:fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|igsh)$/i,
  /^(?:mc_cid|mc_eid|mkt_tok|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|vero_id|vero_conv|oly_anon_id|oly_enc_id)$/i,
  /^(?:ref|ref_src|ref_url|referrer|source|src|cmpid|cmp|icid|ocid|_ga|_gl|spm|smid|smtyp|sr_share|fsrc)$/i,
  /^(?:ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|at_medium|at_campaign|at_custom\d*|xtor|wt\.mc_id|wt_mc|mbid|cid_source)$/i,
  /^(?:itid|wpisrc|wpmm|taid|rpc|partner|share|shared|s_cid|s_kwcid|trk|trkcampaign|__twitter_impression|fb_source|fb_ref|action_object_map|action_type_map|action_ref_map)$/i,
];

/** Hosts of the Google AMP viewer and the AMP caches. */
function unwrapAmpViewer(u: URL): URL {
  const host = u.hostname.toLowerCase();
  // https://www.google.com/amp/s/www.example.com/path → https://www.example.com/path
  const google = /^(?:www\.)?google\.[a-z.]+$/.test(host) ? /^\/amp\/(s\/)?([^/]+\.[^/]+)(\/.*)?$/.exec(u.pathname) : null;
  // https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path → https://www.example.com/path
  const cache = /\.(?:cdn\.ampproject\.org|amp\.cloudflare\.com|bing-amp\.com)$/.test(host)
    ? /^\/[a-z](?:\/s)?\/([^/]+\.[^/]+)(\/.*)?$/.exec(u.pathname)
    : null;
  try {
    if (google) return new URL(`${google[1] ? 'https' : 'http'}://${google[2]}${google[3] ?? '/'}${u.search}`);
    if (cache) return new URL(`${u.pathname.includes('/s/') ? 'https' : 'http'}://${cache[1]}${cache[2] ?? '/'}${u.search}`);
  } catch {
    return u;
  }
  return u;
}

/** `amp.example.com` → `example.com`; `m.example.com`/`mobile.example.com` → `example.com` (only with a registrable rest). */
function foldHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const m = /^(?:amp|m|mobile)\.(.+\..+)$/.exec(host);
  return m ? m[1] : host;
}

/**
 * AMP path variants: `/article/amp`, `/article/amp/`, `/article.amp`, `/article.amp.html`, and the
 * `/amp/section/article` prefix, only when what stays still looks like an article path (a slug with a
 * dash, digit or extension, or two segments), so a page that is about amplifiers is left alone.
 */
function foldAmpPath(pathname: string): string {
  let p = pathname;
  p = p.replace(/\/amp\/?$/i, '') || '/';
  p = p.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  const prefix = /^\/amp(\/.+)$/i.exec(p);
  if (prefix) {
    const rest = prefix[1];
    const segments = rest.split('/').filter(Boolean);
    if (segments.length >= 2 || /[-\d.]/.test(segments[0] ?? '')) p = rest;
  }
  return p;
}

function removeAmpParams(params: URLSearchParams): void {
  for (const key of [...params.keys()]) {
    const lower = key.toLowerCase();
    if (lower === 'amp' || lower === 'amp_js_v' || lower === 'amp_gsa' || lower === 'usqp' || lower === 'aoh' || lower === 'amp_tf') {
      params.delete(key);
    } else if (lower === 'outputtype' && /^amp/i.test(params.get(key) ?? '')) {
      params.delete(key);
    }
  }
}
