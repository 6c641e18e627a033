/**
 * Polite, guarded feed fetching over node's http/https:
 *  - one deadline for the whole exchange (all redirect hops and the body);
 *  - manual redirects, each hop re-checked by the SSRF guard, loops detected;
 *  - body capped while streaming, counted after decompression (read-body.ts);
 *  - conditional GET (ETag / Last-Modified), a real User-Agent and an Accept for feeds.
 * Errors are values with a human-readable message; this module never throws.
 */
import http from 'node:http';
import https from 'node:https';
import { ACCEPT_ENCODING } from './decompress';
import { BlockedAddressError, allowHint, allowListForHop, checkHostLiteral, guardedLookup, systemResolveAll, type ResolveAll } from './net-guard';
import type { Readable } from 'node:stream';
import { openCappedStream, readCappedBody, type BodyResult } from './read-body';

export type FetchErrorKind = 'dns' | 'timeout' | 'http' | 'too-large' | 'redirect' | 'blocked-address' | 'network' | 'bad-url';

export type FetchResult =
  | { ok: true; notModified: false; status: number; body: Buffer; contentType?: string; etag?: string; lastModified?: string; finalUrl: string }
  | { ok: true; notModified: true; status: 304; etag?: string; lastModified?: string; finalUrl: string }
  | { ok: false; kind: FetchErrorKind; error: string; status?: number };

type FetchFailure = Extract<FetchResult, { ok: false }>;

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /**
   * `fetch.allowPrivateHosts`: hosts (or IP literals), optionally with a port (`intranet.local:8443`), that may
   * be private/loopback. Applies only to feeds whose own URL is on it, and to each hop only for listed hosts and ports.
   */
  allowPrivateHosts: string[];
  /** Validators from the previous successful fetch (conditional GET). */
  etag?: string;
  lastModified?: string;
  /** Resolver override (tests); defaults to the system resolver. Its answers are still guarded. */
  resolveAll?: ResolveAll;
  /** Accept header (default FEED_ACCEPT); official datasets ask for CSV or HTML. */
  accept?: string;
}

/** What we accept: feed types first, generic XML next, anything last (many feeds are served as text/html). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DNS_ERROR_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);

/** A header value safe to send (no control characters: a hostile stored ETag cannot inject headers). */
function safeHeaderValue(v: string | undefined): string | undefined {
  return v !== undefined && v.length > 0 && v.length <= 1024 && /^[\x20-\x7e\t]*$/.test(v) ? v : undefined;
}

function requestHeaders(opts: FetchOptions): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'User-Agent': opts.userAgent,
    Accept: opts.accept ?? FEED_ACCEPT,
    'Accept-Encoding': ACCEPT_ENCODING,
  };
  const etag = safeHeaderValue(opts.etag);
  const lastModified = safeHeaderValue(opts.lastModified);
  if (etag) headers['If-None-Match'] = etag;
  if (lastModified) headers['If-Modified-Since'] = lastModified;
  return headers;
}

/** Parse a URL and accept only http(s). */
function parseHttpUrl(raw: string, base?: URL): { ok: true; url: URL } | FetchFailure {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, kind: 'bad-url', error: base ? `redirect to an invalid URL: ${raw.slice(0, 200)}` : `not a valid URL: ${raw.slice(0, 200)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/:$/, '');
    return { ok: false, kind: 'bad-url', error: base ? `redirect to a ${scheme}: URL (only http and https are allowed)` : `only http and https URLs are allowed, not ${scheme}:` };
  }
  return { ok: true, url };
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function blockedMessage(err: BlockedAddressError, isRedirect: boolean, url: URL): string {
  if (!isRedirect) {
    return `${err.what}; ${allowHint(url)}`;
  }
  return err.host === err.address
    ? `redirects to a private address ${err.address} (blocked)`
    : `redirects to ${err.host}, which resolves to a private address ${err.address} (blocked)`;
}

/** Turn a request-level error into a FetchFailure with a message for humans. */
function describeRequestError(err: NodeJS.ErrnoException, url: URL, isRedirect: boolean, timedOut: boolean, timeoutMs: number): FetchFailure {
  if (timedOut) return { ok: false, kind: 'timeout', error: `timed out after ${timeoutMs} ms` };
  if (err instanceof BlockedAddressError || err.code === 'EBLOCKED') {
    return { ok: false, kind: 'blocked-address', error: blockedMessage(err as BlockedAddressError, isRedirect, url) };
  }
  const host = bareHost(url);
  if (err.code && DNS_ERROR_CODES.has(err.code)) return { ok: false, kind: 'dns', error: `DNS lookup failed for ${host}` };
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  switch (err.code) {
    case 'ECONNREFUSED':
      return { ok: false, kind: 'network', error: `connection refused by ${host}:${port}` };
    case 'ECONNRESET':
      return { ok: false, kind: 'network', error: `connection reset by ${host}` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { ok: false, kind: 'network', error: `${host} is unreachable` };
    default:
      return { ok: false, kind: 'network', error: `network error for ${host}: ${err.message}` };
  }
}

/** Send one GET and wait for the response head. */
function requestOnce(
  url: URL,
  headers: http.OutgoingHttpHeaders,
  lookup: ReturnType<typeof guardedLookup>,
  signal: AbortSignal,
): Promise<{ ok: true; res: http.IncomingMessage } | { ok: false; err: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (v: { ok: true; res: http.IncomingMessage } | { ok: false; err: NodeJS.ErrnoException }): void => {
      if (!settled) {
        settled = true;
        resolve(v);
      }
    };
    try {
      const mod = url.protocol === 'https:' ? https : http;
      const req = mod.request({
        protocol: url.protocol,
        hostname: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        agent: false,
        lookup: lookup as unknown as http.RequestOptions['lookup'],
        signal,
      });
      // Keep a listener for the whole life of the request: a late error must never go unhandled.
      req.on('error', (err: NodeJS.ErrnoException) => settle({ ok: false, err }));
      req.on('response', (res) => {
        res.on('error', () => undefined);
        settle({ ok: true, res });
      });
      req.end();
    } catch (err) {
      settle({ ok: false, err: err as NodeJS.ErrnoException });
    }
  });
}

function headerString(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? undefined : s;
}

function httpStatusText(res: http.IncomingMessage): string {
  const status = res.statusCode ?? 0;
  const text = http.STATUS_CODES[status] ?? (res.statusMessage ?? '').slice(0, 100);
  return `HTTP ${status}${text ? ` ${text}` : ''}`;
}

/** Reads the final response's body: into one capped Buffer (feeds) or as a capped stream (datasets). */
type BodyReader<B> = (res: http.IncomingMessage, signal: AbortSignal, timeoutError: string) => Promise<BodyResult | { ok: true; body: B }>;

type GenericResult<B> =
  | { ok: true; notModified: false; status: number; body: B; contentType?: string; etag?: string; lastModified?: string; finalUrl: string }
  | Extract<FetchResult, { notModified: true }>
  | FetchFailure;

/** Follow redirects by hand, checking every hop; read the final body. */
async function followRedirects<B = Buffer>(
  startUrl: string,
  opts: FetchOptions,
  signal: AbortSignal,
  readBody: BodyReader<B> = ((res, sig, timeoutError) => readCappedBody(res, { maxBytes: opts.maxBytes, signal: sig, timeoutError })) as BodyReader<B>,
): Promise<GenericResult<B>> {
  const timeoutError = `timed out after ${opts.timeoutMs} ms`;
  const resolveAll = opts.resolveAll ?? systemResolveAll;
  const headers = requestHeaders(opts);
  const visited = new Set<string>();

  let parsed = parseHttpUrl(startUrl);
  const feedUrl = parsed.ok ? parsed.url : undefined;
  for (let hop = 0; ; hop++) {
    if (!parsed.ok) return parsed;
    const url = parsed.url;
    const isRedirect = hop > 0;
    if (visited.has(url.href)) return { ok: false, kind: 'redirect', error: `redirect loop: ${url.href} was already visited` };
    visited.add(url.href);

    // The allow list applies per hop: only when the feed itself and this hop (host and port) are on it.
    const allowed = allowListForHop(feedUrl!, url, opts.allowPrivateHosts);
    const lookup = guardedLookup(allowed, resolveAll);
    const blocked = checkHostLiteral(url.hostname, allowed);
    if (blocked) return { ok: false, kind: 'blocked-address', error: blockedMessage(blocked, isRedirect, url) };

    const sent = await requestOnce(url, headers, lookup, signal);
    if (!sent.ok) return describeRequestError(sent.err, url, isRedirect, signal.aborted, opts.timeoutMs);
    const res = sent.res;
    const status = res.statusCode ?? 0;

    if (REDIRECT_STATUSES.has(status)) {
      res.destroy();
      const location = headerString(res.headers.location);
      if (!location) return { ok: false, kind: 'http', status, error: `${httpStatusText(res)} without a Location header` };
      if (hop >= opts.maxRedirects) return { ok: false, kind: 'redirect', status, error: `too many redirects (more than ${opts.maxRedirects})` };
      parsed = parseHttpUrl(location, url);
      continue;
    }

    const etag = headerString(res.headers.etag);
    const lastModified = headerString(res.headers['last-modified']);
    if (status === 304) {
      res.destroy();
      return { ok: true, notModified: true, status: 304, etag, lastModified, finalUrl: url.href };
    }
    if (status < 200 || status > 299) {
      res.destroy();
      return { ok: false, kind: 'http', status, error: httpStatusText(res) };
    }

    const body = await readBody(res, signal, timeoutError);
    if (!body.ok) return { ok: false, kind: body.kind, error: body.error, status };
    const contentType = headerString(res.headers['content-type']);
    return { ok: true, notModified: false, status, body: body.body as B, contentType, etag, lastModified, finalUrl: url.href };
  }
}

/**
 * Fetch a feed URL. `timeoutMs` bounds the whole exchange (every redirect hop and the body).
 * Never throws: every failure is `{ ok: false, kind, error }` with a message meant for humans,
 * e.g. "timed out after 15000 ms", "HTTP 404 Not Found", "response larger than 10485760 bytes",
 * "redirects to a private address 169.254.169.254 (blocked)", "DNS lookup failed for example.invalid".
 */
export async function fetchFeed(url: string, opts: FetchOptions): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    return (await followRedirects(url, opts, controller.signal)) as FetchResult;
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', error: `timed out after ${opts.timeoutMs} ms` };
    return { ok: false, kind: 'network', error: `fetch failed: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
    // Release sockets still open after an early return (error statuses, redirects already destroyed).
    controller.abort();
  }
}

/** The response head handed to a streaming consumer. */
export interface StreamHead {
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  finalUrl: string;
}

export type StreamFetchResult<T> =
  | { ok: true; notModified: false; value: T; head: StreamHead }
  | { ok: true; notModified: true; status: 304; etag?: string; lastModified?: string; finalUrl: string }
  | { ok: false; kind: FetchErrorKind; error: string; status?: number };

/**
 * Like `fetchFeed` (same guard, redirects, deadline, conditional GET, User-Agent), but the body is handed to
 * `consume` as a stream instead of being buffered: large files (official datasets) are parsed as they arrive.
 * The stream is capped at `maxBytes` after decompression and fails with a `BodyStreamError` (its `kind`:
 * too-large, timeout, network for a connection cut mid-body, http for a bad encoding). `consume` may stop
 * early by destroying the stream. The deadline covers `consume` too. Never throws unless `consume` does.
 */
export async function fetchStreaming<T>(url: string, opts: FetchOptions, consume: (body: Readable, head: StreamHead) => Promise<T>): Promise<StreamFetchResult<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let head: StreamHead | undefined;
    const result = await followRedirects<Readable>(url, opts, controller.signal, async (res, signal, timeoutError) => {
      head = {
        status: res.statusCode ?? 0,
        contentType: headerString(res.headers['content-type']),
        etag: headerString(res.headers.etag),
        lastModified: headerString(res.headers['last-modified']),
        finalUrl: '',
      };
      return openCappedStream(res, { maxBytes: opts.maxBytes, signal, timeoutError });
    });
    if (!result.ok || result.notModified) return result;
    const value = await consume(result.body, { ...head!, finalUrl: result.finalUrl });
    return { ok: true, notModified: false, value, head: { ...head!, finalUrl: result.finalUrl } };
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', error: `timed out after ${opts.timeoutMs} ms` };
    throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
