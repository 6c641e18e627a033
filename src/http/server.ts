import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
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

/**
 * One port: `/healthz` (200 only when every check passes), `/metrics` (Prometheus), and the Bull Board
 * dashboard at `/admin/queues` behind HTTP basic auth. Without BULL_BOARD_USER/PASSWORD the dashboard is off.
 */
export async function startHttpServer(opts: HttpServerOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
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
    res.status(failing.length ? 503 : 200).json({
      status: failing.length ? 'unhealthy' : 'ok',
      checks: Object.fromEntries(results.map((r) => [r.name, r.error ?? 'ok'])),
    });
  });

  app.get('/metrics', async (_req, res) => {
    try {
      await opts.refreshQueueMetrics?.();
    } catch {
      // Queue depth unavailable (Redis down): still serve the other metrics.
    }
    res.set('Content-Type', opts.metrics.registry.contentType).send(await opts.metrics.registry.metrics());
  });

  app.get('/charts/:file', async (req, res) => {
    const m = /^([a-z0-9][a-z0-9-]*\.(?:nationwide|southwest|northern|other)\.(?:all|usbp|ofo))\.png$/.exec(String(req.params.file));
    if (!m) return void res.status(404).type('text/plain').send('no such chart: expected /charts/<dataset>.<region>.<component>.png');
    // `?lang=es`: the Spanish chart (title, axes, months, numbers); English without it.
    const lang = req.query.lang === undefined ? 'en' : req.query.lang;
    if (lang !== 'en' && lang !== 'es') return void res.status(400).type('text/plain').send('bad query parameter lang: expected en or es');
    try {
      const png = opts.charts ? await opts.charts(m[1]!, lang) : undefined;
      if (!png) return void res.status(404).type('text/plain').send(`no data for series ${m[1]}`);
      res.set('Cache-Control', 'public, max-age=300').type('image/png').send(png);
    } catch {
      res.status(500).type('text/plain').send('chart could not be rendered');
    }
  });

  const { user, password } = opts.bullBoard ?? {};
  if (user && password) {
    // Bull Board is loaded only when the dashboard is enabled (it is large, and most processes never serve it).
    const { createBullBoard } = require('@bull-board/api') as typeof import('@bull-board/api');
    const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter');
    const { ExpressAdapter } = require('@bull-board/express') as typeof import('@bull-board/express');
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
  } else {
    app.use('/admin/queues', (_req, res) => {
      res.status(404).send('queue dashboard disabled: set BULL_BOARD_USER and BULL_BOARD_PASSWORD');
    });
  }

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
