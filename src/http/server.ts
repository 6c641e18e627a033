import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Queue } from 'bullmq';
import type { Metrics } from './metrics';

export interface HealthCheck {
  name: string;
  /** Resolves to an error message when unhealthy, undefined when fine. */
  check(): Promise<string | undefined>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  metrics: Metrics;
  health: HealthCheck[];
  queues: Queue[];
  /** Refresh queue-depth gauges before a scrape. */
  refreshQueueMetrics?: () => Promise<void>;
  bullBoard?: { user?: string; password?: string };
}

const HEALTH_TIMEOUT_MS = 2_000;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
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
        const header = req.headers.authorization ?? '';
        const [scheme, encoded] = header.split(' ');
        const [u, ...rest] = Buffer.from(encoded ?? '', 'base64').toString('utf8').split(':');
        if (scheme === 'Basic' && safeEqual(u ?? '', user) && safeEqual(rest.join(':'), password)) return next();
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
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
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
