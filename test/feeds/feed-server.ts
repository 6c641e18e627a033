/** Test helpers: a local feed server on 127.0.0.1 with per-path routes, fixtures, and a socket counter. */
import diagnostics from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { FetchConfig } from '../../src/config/schema';
import type { FetchOptions } from '../../src/feeds/fetch';
import { listen } from '../support/http';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'feeds');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  route(pathname: string, handler: http.RequestListener): void;
  /** Serve a fixture (or a buffer) with a content type and extra headers. */
  serve(pathname: string, body: Buffer | string, contentType?: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, http.RequestListener>();
  const requests: SeenRequest[] = [];
  const srv = await listen((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path: pathname, headers: req.headers });
    const handler = routes.get(pathname);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return {
    url: srv.url,
    port: srv.port,
    requests,
    route: (p, h) => routes.set(p, h),
    serve: (p, body, contentType = 'application/rss+xml; charset=utf-8', headers = {}) =>
      routes.set(p, (_req, res) => {
        res.writeHead(200, { 'content-type': contentType, ...headers });
        res.end(body);
      }),
    close: srv.close,
  };
}

/** Fetch options for tests: the local server is reachable, everything else private is not. */
export function testFetchOptions(over: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 5000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: 'borderwatch-test/0.1 (+https://github.com/borderwatch/borderwatch)',
    allowPrivateHosts: ['127.0.0.1'],
    ...over,
  };
}

export function testFetchConfig(over: Partial<FetchConfig> = {}): FetchConfig {
  return {
    intervalMinutes: 5,
    timeoutMs: 5000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: 'borderwatch-test/0.1',
    allowPrivateHosts: ['127.0.0.1'],
    failingAfter: 3,
    maxBackoffMinutes: 60,
    backfill: 0,
    firstPollStories: 20,
    maxItemAgeHours: 72,
    concurrency: 4,
    ...over,
  };
}

/**
 * Run `fn` and record every TCP connection attempt node made meanwhile (remote IPs, in order).
 * A guard that refuses an address must leave no attempt to it in this list.
 */
export async function recordConnectionAttempts<T>(fn: () => Promise<T>): Promise<{ result: T; attempts: string[] }> {
  const attempts: string[] = [];
  const onSocket = (message: unknown): void => {
    const { socket } = message as { socket: import('node:net').Socket };
    socket.on('connectionAttempt', (ip: string) => attempts.push(ip));
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  try {
    const result = await fn();
    return { result, attempts };
  } finally {
    diagnostics.unsubscribe('net.client.socket', onSocket);
  }
}

/** A resolver that never touches the network: fixed answers per host name, ENOTFOUND otherwise. */
export function fakeResolver(table: Record<string, string[]>): FetchOptions['resolveAll'] {
  return async (hostname: string) => {
    const addrs = table[hostname.toLowerCase()];
    if (!addrs) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    return addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}
