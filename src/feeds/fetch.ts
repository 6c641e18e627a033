/**
 * Polite, guarded feed fetching over node's http/https:
 *  - one deadline for the whole exchange (all redirect hops and the body): a single timer, no AbortController,
 *    so a successful fetch creates no error object at all;
 *  - keep-alive connection pools per host (one http.Agent per origin, resolver and allow list): a poll reuses
 *    an open connection, and the SSRF-guarded lookup runs for every NEW connection (it is the agent's lookup);
 *  - manual redirects, each hop re-checked by the SSRF guard on a fresh connection of its own, loops detected;
 *  - body capped while streaming, counted after decompression (read-body.ts);
 *  - conditional GET (ETag / Last-Modified), a real User-Agent and an Accept for feeds.
 * Errors are values with a human-readable message; this module never throws.
 */
import http from 'node:http';
import https from 'node:https';
import { ACCEPT_ENCODING } from './decompress';
import { BlockedAddressError, allowHint, allowListForHop, checkHostLiteral, guardedLookup, systemResolveAll, type ResolveAll } from './net-guard';
import type { Readable } from 'node:stream';
import { openCappedStream, readCappedBody, type AbortLike, type BodyResult } from './read-body';

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

/**
 * The whole-exchange deadline: one timer. `aborted` turns true when it fires and the listeners run (they destroy
 * the request or the body streams). Shaped like the part of an AbortSignal that read-body.ts uses.
 */
class Deadline implements AbortLike {
  aborted = false;
  private listeners: Array<() => void> = [];
  private readonly timer: NodeJS.Timeout;
  constructor(ms: number) {
    this.timer = setTimeout(() => {
      this.aborted = true;
      for (const l of this.listeners.splice(0)) l();
    }, ms);
  }
  addEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  clear(): void {
    clearTimeout(this.timer);
    this.listeners.length = 0;
  }
}

/** Idle pooled connections are closed after this long (or earlier when the server's Keep-Alive says so). */
const POOL_IDLE_MS = 30_000;
/** Most origins with a pool; the least recently used pool beyond it is closed. */
const MAX_POOLS = 2_000;

/**
 * Keep-alive agents, one per origin + allow list, per resolver (tests inject resolvers; two resolvers must never
 * share a connection one of them checked). The agent's `lookup` is the guard, so every connection it opens is
 * checked at connect time; a reused connection goes to the address that was checked when it was opened.
 */
const poolsByResolver = new WeakMap<ResolveAll, Map<string, http.Agent>>();

/** `allowed`: the allow list of this hop (allowListForHop), which the agent's guarded lookup enforces. */
function pooledAgent(url: URL, opts: FetchOptions, allowed: readonly string[]): http.Agent {
  const resolveAll = opts.resolveAll ?? systemResolveAll;
  let pools = poolsByResolver.get(resolveAll);
  if (!pools) poolsByResolver.set(resolveAll, (pools = new Map()));
  const key = `${url.protocol}//${url.host}|${allowed.join(',')}`;
  let agent = pools.get(key);
  if (agent) {
    // Most recently used last: the map's first entry is the one to evict.
    pools.delete(key);
  } else {
    const lookup = guardedLookup([...allowed], resolveAll) as unknown as http.AgentOptions['lookup'];
    const agentOpts = { keepAlive: true, timeout: POOL_IDLE_MS, scheduling: 'lifo' as const, lookup };
    agent = url.protocol === 'https:' ? new https.Agent(agentOpts) : new http.Agent(agentOpts);
    if (pools.size >= MAX_POOLS) {
      const [oldKey, oldAgent] = pools.entries().next().value as [string, http.Agent];
      pools.delete(oldKey);
      oldAgent.destroy();
    }
  }
  pools.set(key, agent);
  return agent;
}

/** Close every pooled connection (tests and shutdown); pools are re-created on the next fetch. */
export function closeFeedConnections(resolveAll: ResolveAll = systemResolveAll): void {
  const pools = poolsByResolver.get(resolveAll);
  if (!pools) return;
  for (const agent of pools.values()) agent.destroy();
  pools.clear();
}

type Sent = { ok: true; res: http.IncomingMessage } | { ok: false; err: NodeJS.ErrnoException; reusedSocket: boolean };

/**
 * Send one GET and wait for the response head. `agent` is a pooled keep-alive agent, or false for a fresh
 * connection of its own (redirect hops, and the retry after a pooled connection the server had closed).
 */
function requestOnce(url: URL, headers: http.OutgoingHttpHeaders, agent: http.Agent | false, lookup: ReturnType<typeof guardedLookup>, deadline: Deadline): Promise<Sent> {
  return new Promise((resolve) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    // Settled here rather than through the request's own 'error': that one may never come for a request that
    // is still waiting for a socket. Only this (failure) path creates an error object.
    const onDeadline = (): void => {
      req?.destroy();
      settle({ ok: false, err: Object.assign(new Error('deadline passed'), { code: 'ETIMEDOUT' }), reusedSocket: false });
    };
    const settle = (v: Sent): void => {
      if (!settled) {
        settled = true;
        deadline.removeEventListener('abort', onDeadline);
        resolve(v);
      }
    };
    try {
      const mod = url.protocol === 'https:' ? https : http;
      req = mod.request({
        protocol: url.protocol,
        hostname: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        agent,
        ...(agent === false ? { lookup: lookup as unknown as http.RequestOptions['lookup'] } : {}),
      });
      const r = req;
      // Keep a listener for the whole life of the request: a late error must never go unhandled.
      r.on('error', (err: NodeJS.ErrnoException) => settle({ ok: false, err, reusedSocket: r.reusedSocket }));
      r.on('response', (res) => {
        res.on('error', () => undefined);
        settle({ ok: true, res });
      });
      deadline.addEventListener('abort', onDeadline);
      r.end();
    } catch (err) {
      settle({ ok: false, err: err as NodeJS.ErrnoException, reusedSocket: false });
    }
  });
}

/** A pooled connection the server closed while it sat idle: the request never reached it; worth one retry. */
function staleConnection(sent: Sent): boolean {
  return !sent.ok && sent.reusedSocket && (sent.err.code === 'ECONNRESET' || sent.err.code === 'EPIPE');
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
type BodyReader<B> = (res: http.IncomingMessage, signal: Deadline, timeoutError: string) => Promise<BodyResult | { ok: true; body: B }>;

type GenericResult<B> =
  | { ok: true; notModified: false; status: number; body: B; contentType?: string; etag?: string; lastModified?: string; finalUrl: string }
  | Extract<FetchResult, { notModified: true }>
  | FetchFailure;

/** Follow redirects by hand, checking every hop; read the final body. */
async function followRedirects<B = Buffer>(
  startUrl: string,
  opts: FetchOptions,
  signal: Deadline,
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

    // The first hop uses the origin's keep-alive pool; every redirect hop opens (and checks) a connection of its own.
    let sent = await requestOnce(url, headers, isRedirect ? false : pooledAgent(url, opts, allowed), lookup, signal);
    if (staleConnection(sent) && !signal.aborted) sent = await requestOnce(url, headers, false, lookup, signal);
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
      // No body: reading the (empty) rest hands the connection back to the pool, which happens as the response
      // ends. Wait for that, so the next fetch of this process finds the connection free instead of opening one.
      await new Promise<void>((resolve) => {
        res.once('end', resolve);
        res.once('close', resolve);
        res.resume();
      });
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
  const deadline = new Deadline(opts.timeoutMs);
  try {
    return (await followRedirects(url, opts, deadline)) as FetchResult;
  } catch (err) {
    if (deadline.aborted) return { ok: false, kind: 'timeout', error: `timed out after ${opts.timeoutMs} ms` };
    return { ok: false, kind: 'network', error: `fetch failed: ${(err as Error).message}` };
  } finally {
    deadline.clear();
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
  const deadline = new Deadline(opts.timeoutMs);
  try {
    let head: StreamHead | undefined;
    const result = await followRedirects<Readable>(url, opts, deadline, async (res, signal, timeoutError) => {
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
    if (deadline.aborted) return { ok: false, kind: 'timeout', error: `timed out after ${opts.timeoutMs} ms` };
    throw err;
  } finally {
    deadline.clear();
  }
}
