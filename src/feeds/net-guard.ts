/**
 * SSRF guard for feed fetching: only public unicast addresses may be contacted, except for
 * hosts an operator explicitly allowed (`fetch.allowPrivateHosts`).
 *
 * Two checks work together:
 *  - IP-literal hosts are checked before any connection (`checkHostLiteral`);
 *  - host names are resolved through `guardedLookup`, which is handed to `http.request` as its
 *    `lookup`, so the address actually connected to is the one checked (no DNS-rebinding gap).
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** A resolver returning every address of a host (the shape of `dns.lookup` with `all: true`). */
export type ResolveAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS). */
export const systemResolveAll: ResolveAll = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** How an operator allows an intranet feed, said with every refusal that knows the feed's URL. */
export function allowHint(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `to poll an intranet feed, add "${url.hostname}:${port}" to fetch.allowPrivateHosts`;
}

/** Said when only the host is known (a connection refused at DNS lookup). */
export const ALLOW_HINT = 'to poll an intranet feed, add its host (and port) to fetch.allowPrivateHosts';

/** Error raised by the guard; `code` lets callers tell it apart from network errors. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
  /** The refusal without the hint ("10.0.0.1 is a private address (blocked)"), for callers that say more. */
  readonly what: string;
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    const what = host === address ? `${address} is a private address (blocked)` : `${host} resolves to a private address ${address} (blocked)`;
    super(`${what}; ${ALLOW_HINT}`);
    this.what = what;
    this.name = 'BlockedAddressError';
  }
}

/** Strip IPv6 brackets and a zone id: "[fe80::1%eth0]" → "fe80::1". */
function bareAddress(ip: string): string {
  let s = ip.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  return zone >= 0 ? s.slice(0, zone) : s;
}

/** IPv4 embedded in an IPv6 address by NAT64 (64:ff9b::/96) or 6to4 (2002::/16), else undefined. */
function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = v6.parts;
  const range = v6.range();
  if (range === 'rfc6052' && p[0] === 0x64 && p[1] === 0xff9b) {
    return new ipaddr.IPv4([p[6] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff]);
  }
  if (range === '6to4') return new ipaddr.IPv4([p[1] >> 8, p[1] & 0xff, p[2] >> 8, p[2] & 0xff]);
  return undefined;
}

/**
 * `net.isIPv6`, without its first call's cost where the answer is plain: every IPv6 literal has a colon, and
 * node compiles its IPv6 pattern (about 10 ms) on first use, which an IPv4 or host-name check then never pays.
 */
const isIPv6 = (s: string): boolean => s.includes(':') && net.isIPv6(s);

/**
 * True only for public unicast addresses. False for loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16: cloud metadata), CGNAT (100.64/10), 0.0.0.0/8, multicast, broadcast,
 * reserved/documentation ranges, unique-local fc00::/7, fe80::/10, ::1, ::, and IPv6 forms that
 * embed one of those (IPv4-mapped ::ffff:a.b.c.d, NAT64, 6to4). The whole ::/96 range (the deprecated
 * IPv4-compatible form ::a.b.c.d, which URLs normalize to [::7f00:1] and which some stacks route to the
 * IPv4 address) and every other IPv6 address outside the global unicast block 2000::/3 are not public.
 * Anything that is not an IP → false.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = bareAddress(ip);
  if (net.isIP(bare) === 0) return false;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // IPv6 in its canonical form first: ipaddr.js reads a dotted tail ("::8.8.8.8", IPv4-compatible) as
    // IPv4-mapped; the WHATWG serialization ("::808:808") keeps the two apart.
    addr = ipaddr.parse(isIPv6(bare) ? new URL(`http://[${bare}]/`).hostname.slice(1, -1) : bare);
  } catch {
    return false;
  }
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
    const inner = embeddedIPv4(v6);
    if (inner) return isPublicAddress(inner.toString());
    const p = v6.parts;
    if (p.slice(0, 6).every((x) => x === 0)) return false; // ::/96: ::, ::1 and IPv4-compatible ::a.b.c.d
    if ((p[0] & 0xe000) !== 0x2000) return false; // outside 2000::/3, the only global unicast block
  }
  return addr.range() === 'unicast';
}

/** Normalized form used to compare a host with the allow list (lower case, no brackets). */
function hostKey(host: string): string {
  return bareAddress(host).toLowerCase().replace(/\.$/, '');
}

/** One `fetch.allowPrivateHosts` entry: a host (name or IP literal) and, optionally, the one port it is allowed on. */
export interface AllowEntry {
  host: string;
  port?: number;
}

const ALLOW_ENTRY_CACHE_MAX = 1_000;
const allowEntryCache = new Map<string, Readonly<AllowEntry> | undefined>();

/**
 * Parse an allow-list entry: `intranet.local`, `intranet.local:8443`, `10.0.0.5`, `127.0.0.1:8080`,
 * `::1`, `[fd00::5]`, `[fd00::5]:8443`. The host is canonicalized like a URL host (lower case, IPv4 and
 * IPv6 literals in their URL form), so it compares with `URL.hostname`. Undefined when it is not an entry.
 */
export function parseAllowEntry(entry: string): Readonly<AllowEntry> | undefined {
  // Every fetch checks its feed URL and each hop against the list (and the guarded lookup each connection):
  // the few entries of a config are parsed once, not a URL parse per entry per check.
  const cached = allowEntryCache.get(entry);
  if (cached !== undefined || allowEntryCache.has(entry)) return cached;
  const parsed = parseAllowEntryUncached(entry);
  const entryValue = parsed === undefined ? undefined : Object.freeze(parsed);
  if (allowEntryCache.size >= ALLOW_ENTRY_CACHE_MAX) allowEntryCache.clear();
  allowEntryCache.set(entry, entryValue);
  return entryValue;
}

function parseAllowEntryUncached(entry: string): AllowEntry | undefined {
  const s = entry.trim();
  let host: string;
  let port: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  if (bracketed) [, host, port] = bracketed as unknown as [string, string, string | undefined];
  else if (isIPv6(s)) host = s;
  else {
    const m = /^([A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(s);
    if (!m) return undefined;
    [, host, port] = m as unknown as [string, string, string | undefined];
  }
  if (bracketed && !isIPv6(host)) return undefined;
  let canonical: string;
  try {
    canonical = bareAddress(new URL(`http://${isIPv6(host) ? `[${host}]` : host}/`).hostname).replace(/\.$/, '');
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  if (port === undefined) return { host: canonical };
  const n = Number(port);
  return n >= 1 && n <= 65535 ? { host: canonical, port: n } : undefined;
}

/** The port a URL connects to (its explicit port, else 443 for https and 80 for http). */
function effectivePort(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/**
 * True when the URL's host and port match an allow-list entry: a `host:port` entry allows that port
 * only; a plain `host` entry allows the host on any port (the behaviour before ports could be given).
 */
export function isUrlAllowListed(url: URL, allowPrivateHosts: readonly string[]): boolean {
  const host = hostKey(url.hostname);
  const port = effectivePort(url);
  return allowPrivateHosts.some((raw) => {
    const e = parseAllowEntry(raw);
    return e !== undefined && e.host === host && (e.port === undefined || e.port === port);
  });
}

/**
 * The allow list that applies to one request of a feed fetch (`hop` is the feed URL itself or a redirect
 * target): the hop's own host when both the feed URL and the hop are allow-listed (host and port), else
 * nothing. So a feed that is not itself allow-listed can never be redirected into an allow-listed private
 * host, and an allow-listed intranet feed reaches only allow-listed hosts and ports.
 */
export function allowListForHop(feedUrl: URL, hop: URL, allowPrivateHosts: readonly string[]): string[] {
  if (!isUrlAllowListed(feedUrl, allowPrivateHosts) || !isUrlAllowListed(hop, allowPrivateHosts)) return [];
  return [hostKey(hop.hostname)];
}

/** True when `host` is on the allow list (any port: callers that know the port use `isUrlAllowListed`). */
export function isHostAllowed(host: string, allowPrivateHosts: readonly string[]): boolean {
  const key = hostKey(host);
  return allowPrivateHosts.some((h) => parseAllowEntry(h)?.host === key);
}

/** True when the URL host is an IP literal ("10.0.0.1", "[::1]"). */
export function isIpLiteral(host: string): boolean {
  return net.isIP(bareAddress(host)) !== 0;
}

/**
 * Check an IP-literal host before connecting. Host names pass here (they are checked at lookup).
 * Returns the blocking error, or undefined when the host may be contacted.
 */
export function checkHostLiteral(host: string, allowPrivateHosts: readonly string[]): BlockedAddressError | undefined {
  if (!isIpLiteral(host) || isHostAllowed(host, allowPrivateHosts)) return undefined;
  const bare = bareAddress(host);
  return isPublicAddress(bare) ? undefined : new BlockedAddressError(bare, bare);
}

/** Resolve a host and refuse it when any of its addresses is not public (unless allowed). */
async function resolveChecked(
  hostname: string,
  allowPrivateHosts: readonly string[],
  resolveAll: ResolveAll,
): Promise<Array<{ address: string; family: number }>> {
  const bare = bareAddress(hostname);
  if (isIpLiteral(bare)) {
    const blocked = checkHostLiteral(bare, allowPrivateHosts);
    if (blocked) throw blocked;
    return [{ address: bare, family: net.isIP(bare) }];
  }
  const addresses = await resolveAll(bare);
  if (addresses.length === 0) throw Object.assign(new Error(`no address for ${bare}`), { code: 'ENOTFOUND', hostname: bare });
  if (!isHostAllowed(bare, allowPrivateHosts)) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new BlockedAddressError(bare, bad.address);
  }
  return addresses;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request`/`net.connect` that refuses hosts resolving to non-public addresses
 * (unless the host is allow-listed). Handles both `all: true` (Happy Eyeballs) and single-address calls.
 */
export function guardedLookup(allowPrivateHosts: readonly string[], resolveAll: ResolveAll = systemResolveAll) {
  return function lookup(hostname: string, options: dns.LookupOptions | number | LookupCallback, callback?: LookupCallback): void {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
    const opts: dns.LookupOptions = typeof options === 'object' && options !== null ? options : {};
    const wanted = typeof options === 'number' ? options : opts.family === 'IPv4' ? 4 : opts.family === 'IPv6' ? 6 : (opts.family ?? 0);
    resolveChecked(hostname, allowPrivateHosts, resolveAll).then(
      (all) => {
        const list = wanted === 4 || wanted === 6 ? all.filter((a) => a.family === wanted) : all;
        if (list.length === 0) {
          cb(Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
        } else if (opts.all) {
          cb(null, list);
        } else {
          cb(null, list[0].address, list[0].family);
        }
      },
      (err: NodeJS.ErrnoException) => cb(err, '', 0),
    );
  };
}

/**
 * Validate a feed URL before it is added (`/border feeds add`): http(s) only, host must resolve,
 * and every address must be public unless the host (and port) is allow-listed.
 */
export async function checkUrlAllowed(
  url: string,
  allowPrivateHosts: string[],
  resolveAll: ResolveAll = systemResolveAll,
): Promise<{ ok: true } | { ok: false; error: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: `not a valid URL: ${url}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, error: `only http and https URLs are allowed, not ${parsed.protocol.replace(/:$/, '')}:` };
  }
  if (parsed.username || parsed.password) return { ok: false, error: 'URLs with credentials are not allowed' };
  try {
    await resolveChecked(parsed.hostname, allowListForHop(parsed, parsed, allowPrivateHosts), resolveAll);
    return { ok: true };
  } catch (err) {
    if (err instanceof BlockedAddressError) return { ok: false, error: `${err.what}; ${allowHint(parsed)}` };
    return { ok: false, error: `DNS lookup failed for ${bareAddress(parsed.hostname)}` };
  }
}
