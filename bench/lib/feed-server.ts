/**
 * Local feed server for the polling, memory and latency benchmarks (127.0.0.1 only): feed n lives at
 * /f/<n>.xml, answers 200 with an ETag, and 304 to a conditional GET while its content is unchanged.
 * `bump()` publishes one new item on a chosen set of feeds (their ETag changes).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { smallFeedXml } from './corpus';

export interface FeedServerStats {
  ok200: number;
  notModified304: number;
  notFound: number;
}

export class FeedServer {
  private readonly generation: Uint32Array;
  private readonly cache = new Map<number, { gen: number; body: Buffer }>();
  readonly stats: FeedServerStats = { ok200: 0, notModified304: 0, notFound: 0 };
  private server?: http.Server;
  port = 0;

  constructor(readonly feeds: number, readonly itemsPerFeed = 10) {
    this.generation = new Uint32Array(feeds);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  feedUrl(n: number): string {
    return `${this.baseUrl}/f/${n}.xml`;
  }

  etag(n: number): string {
    return `"f${n}-g${this.generation[n]}"`;
  }

  /** One new item on each of these feeds. */
  bump(ids: Iterable<number>): number {
    let n = 0;
    for (const id of ids) {
      if (id >= 0 && id < this.feeds) {
        this.generation[id]! += 1;
        n++;
      }
    }
    return n;
  }

  /** One new item on about `fraction` of the feeds, a different set for each `round`. */
  bumpFraction(fraction: number, round: number): number {
    const every = Math.max(1, Math.round(1 / fraction));
    const ids: number[] = [];
    for (let n = 0; n < this.feeds; n++) if ((n + round * 7) % every === 0) ids.push(n);
    return this.bump(ids);
  }

  private body(n: number): Buffer {
    const gen = this.generation[n]!;
    const c = this.cache.get(n);
    if (c && c.gen === gen) return c.body;
    const body = Buffer.from(smallFeedXml(n, gen, this.itemsPerFeed), 'utf8');
    this.cache.set(n, { gen, body });
    return body;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const m = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
      const n = m ? Number(m[1]) : -1;
      if (n < 0 || n >= this.feeds) {
        this.stats.notFound++;
        res.writeHead(404).end();
        return;
      }
      const etag = this.etag(n);
      if (req.headers['if-none-match'] === etag) {
        this.stats.notModified304++;
        res.writeHead(304, { etag }).end();
        return;
      }
      this.stats.ok200++;
      const body = this.body(n);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': body.length }).end(body);
    });
    this.server.keepAliveTimeout = 5000;
    this.server.maxConnections = 10_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', 1024, resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
