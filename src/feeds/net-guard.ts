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

/** How an operator allows an intranet feed, said with every refusal. */
export const ALLOW_HINT = 'To allow an intranet feed, add its host to fetch.allowPrivateHosts';

/** Error raised by the guard; `code` lets callers tell it apart from network errors. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    const what = host === address ? `${address} is a private address (blocked)` : `${host} resolves to a private address ${address} (blocked)`;
    super(`${what}. ${ALLOW_HINT}`);
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
 * True only for public unicast addresses. False for loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16: cloud metadata), CGNAT (100.64/10), 0.0.0.0/8, multicast, broadcast,
 * reserved/documentation ranges, unique-local fc00::/7, fe80::/10, ::1, ::, and IPv6 forms that
 * embed one of those (IPv4-mapped ::ffff:a.b.c.d, NAT64, 6to4). Anything that is not an IP → false.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = bareAddress(ip);
  if (net.isIP(bare) === 0) return false;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(bare);
  } catch {
    return false;
  }
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
    const inner = embeddedIPv4(v6);
    if (inner) return isPublicAddress(inner.toString());
  }
  return addr.range() === 'unicast';
}

/** Normalized form used to compare a host with the allow list (lower case, no brackets). */
function hostKey(host: string): string {
  return bareAddress(host).toLowerCase().replace(/\.$/, '');
}

/** True when `host` is on the operator's allow list of hosts that may be private. */
export function isHostAllowed(host: string, allowPrivateHosts: readonly string[]): boolean {
  const key = hostKey(host);
  return allowPrivateHosts.some((h) => hostKey(h) === key);
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
 * and every address must be public unless the host is allow-listed.
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
    await resolveChecked(parsed.hostname, allowPrivateHosts, resolveAll);
    return { ok: true };
  } catch (err) {
    if (err instanceof BlockedAddressError) return { ok: false, error: err.message };
    return { ok: false, error: `DNS lookup failed for ${bareAddress(parsed.hostname)}` };
  }
}
