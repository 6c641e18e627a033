import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Queue } from 'bullmq';
import type { Metrics } from './metrics';
import { portUnavailable } from '../util/port-error';

export interface HealthCheck {
  name: string;
  /** Resolves to an error message when unhealthy, undefined when fine. */
  check(): Promise<string | undefined>;
}

export interface HttpServerOptions {
  port: number;
  /** Where the port number came from, for the error when it cannot be opened (default "HTTP_PORT"). */
  portSource?: string;
  host?: string;
  metrics: Metrics;
  health: HealthCheck[];
  queues: Queue[];
  /** Refresh queue-depth gauges before a scrape. */
  refreshQueueMetrics?: () => Promise<void>;
  bullBoard?: { user?: string; password?: string };
  /** PNG of an official series by id (`GET /charts/<series>.png[?lang=es]`); undefined when there is no such series. */
  charts?: (seriesId: string, lang?: 'en' | 'es') => Promise<Buffer | undefined>;
}

const HEALTH_TIMEOUT_MS = 2_000;

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first, then compared with timingSafeEqual. */
function safeEqual(a: string, b: string): boolean {
  const x = crypto.createHash('sha256').update(a, 'utf8').digest();
  const y = crypto.createHash('sha256').update(b, 'utf8').digest();
  return crypto.timingSafeEqual(x, y);
}

/**
 * True when an `Authorization: Basic …` header carries exactly this user and password (nothing trimmed; a
 * password may hold ":" and spaces). Both are always compared, in constant time, so the answer's timing says
 * nothing about which part or how much of it was wrong.
 */
export function basicAuthMatches(header: string | undefined, user: string, password: string): boolean {
  const m = /^Basic ([A-Za-z0-9+/=]*)$/.exec(header ?? '');
  const decoded = Buffer.from(m?.[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const u = colon >= 0 ? decoded.slice(0, colon) : '';
  const p = colon >= 0 ? decoded.slice(colon + 1) : '';
  const userOk = safeEqual(u, user);
  const passwordOk = safeEqual(p, password);
  return m !== null && colon >= 0 && userOk && passwordOk;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}
const text = (res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => send(res, status, 'text/plain; charset=utf-8', body, headers);

/**
 * One port: `/healthz` (200 only when every check passes), `/metrics` (Prometheus), `/charts/<series>.png`, and
 * the Bull Board dashboard at `/admin/queues` behind HTTP basic auth. Without BULL_BOARD_USER/PASSWORD the dashboard
 * is off. The routes are plain node:http; Express (and Bull Board) are loaded only when the dashboard is on, so a
 * worker's health and metrics port carries neither.
 */
export async function startHttpServer(opts: HttpServerOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const healthz = async (_req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const results = await Promise.all(
      opts.health.map(async (h) => {
        let timer: NodeJS.Timeout | undefined;
        // A check that does not answer (Redis down: commands wait for the reconnect) is a failed check.
        const timeout = new Promise<string>((resolve) => {
          timer = setTimeout(() => resolve(`no answer within ${HEALTH_TIMEOUT_MS} ms`), HEALTH_TIMEOUT_MS);
        });
        try {
          return { name: h.name, error: await Promise.race([h.check(), timeout]) };
        } catch (e) {
          return { name: h.name, error: (e as Error).message };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const failing = results.filter((r) => r.error);
    const body = { status: failing.length ? 'unhealthy' : 'ok', checks: Object.fromEntries(results.map((r) => [r.name, r.error ?? 'ok'])) };
    send(res, failing.length ? 503 : 200, 'application/json; charset=utf-8', JSON.stringify(body));
  };

  const metrics = async (_req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    try {
      await opts.refreshQueueMetrics?.();
    } catch {
      // Queue depth unavailable (Redis down): still serve the other metrics.
    }
    send(res, 200, opts.metrics.registry.contentType, await opts.metrics.registry.metrics());
  };

  const chart = async (file: string, query: URLSearchParams, res: http.ServerResponse): Promise<void> => {
    const m = /^([a-z0-9][a-z0-9-]*\.(?:nationwide|southwest|northern|other)\.(?:all|usbp|ofo))\.png$/.exec(file);
    if (!m) return text(res, 404, 'no such chart: expected /charts/<dataset>.<region>.<component>.png');
    // `?lang=es`: the Spanish chart (title, axes, months, numbers); English without it.
    const langs = query.getAll('lang');
    const lang = langs.length === 0 ? 'en' : langs.length === 1 ? langs[0] : undefined;
    if (lang !== 'en' && lang !== 'es') return text(res, 400, 'bad query parameter lang: expected en or es');
    try {
      const png = opts.charts ? await opts.charts(m[1]!, lang) : undefined;
      if (!png) return text(res, 404, `no data for series ${m[1]}`);
      send(res, 200, 'image/png', png, { 'cache-control': 'public, max-age=300' });
    } catch {
      text(res, 500, 'chart could not be rendered');
    }
  };

  let dashboard: Handler;
  const { user, password } = opts.bullBoard ?? {};
  if (user && password) {
    // Express and Bull Board are loaded only when the dashboard is enabled (they are large, and most processes never serve it).
    const express = require('express') as typeof import('express');
    const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
    const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
    const { ExpressAdapter } = require('@bull-board/express') as typeof import('@bull-board/express');
    const app = express();
    app.disable('x-powered-by');
    const adapter = new ExpressAdapter();
    adapter.setBasePath('/admin/queues');
    createBullBoard({ queues: opts.queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
    app.use(
      '/admin/queues',
      (req, res, next) => {
        if (basicAuthMatches(req.headers.authorization, user, password)) return next();
        res.set('WWW-Authenticate', 'Basic realm="borderwatch queues"').status(401).send('authentication required');
      },
      adapter.getRouter(),
    );
    dashboard = app;
  } else {
    dashboard = (_req, res) => text(res, 404, 'queue dashboard disabled: set BULL_BOARD_USER and BULL_BOARD_PASSWORD');
  }

  // An error inside a route answers 500 (as Express would), never an unhandled rejection.
  const guarded = (p: Promise<void>, res: http.ServerResponse): void =>
    void p.catch(() => (res.headersSent ? res.destroy() : text(res, 500, 'Internal Server Error')));
  const app: Handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/admin/queues' || path.startsWith('/admin/queues/')) return dashboard(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 404, `Cannot ${req.method} ${path}`);
    if (path === '/healthz') return guarded(healthz(req, res), res);
    if (path === '/metrics') return guarded(metrics(req, res), res);
    const c = /^\/charts\/([^/]+)$/.exec(path);
    if (c) {
      let file: string;
      try {
        file = decodeURIComponent(c[1]!);
      } catch {
        return text(res, 404, 'no such chart: expected /charts/<dataset>.<region>.<component>.png');
      }
      return guarded(chart(file, url.searchParams, res), res);
    }
    text(res, 404, `Cannot GET ${path}`);
  };

  const server = http.createServer(app);
  // A port in use is an operator's problem to fix, not an unhandled 'error' event with a stack trace.
  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => reject(portUnavailable(e, opts.port, opts.portSource ?? 'HTTP_PORT') ?? e);
    server.once('error', onError);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
