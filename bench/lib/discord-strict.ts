/**
 * A STRICT stand-in for Discord's message endpoint (POST /api/v10/channels/:id/messages), for the fan-out
 * benchmark. It enforces what Discord enforces, with no leniency:
 *  - the global limit: at most `globalPerSecond` (50) accepted requests in ANY sliding 1-second window;
 *  - per-route buckets: at most `routeLimit` (5) messages per `routeWindowMs` (5 s) per channel, with
 *    X-RateLimit-Limit / -Remaining / -Reset / -Reset-After / -Bucket headers on every answer;
 *  - 429 with Retry-After (whole seconds in the header, exact seconds in the body, `global` flag and
 *    X-RateLimit-Scope) when a limit is exceeded; nothing is posted then.
 * `enforce_nonce` de-duplicates like Discord. Only 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StrictDiscordOptions {
  token: string;
  globalPerSecond?: number;
  routeLimit?: number;
  routeWindowMs?: number;
}

export interface StrictDiscordStats {
  requests: number;
  accepted: number;
  duplicatesByNonce: number;
  globalRejected: number;
  routeRejected: number;
  firstAcceptedAt?: number;
  lastAcceptedAt?: number;
}

export class StrictDiscord {
  private server?: http.Server;
  private readonly globalPerSecond: number;
  private readonly routeLimit: number;
  private readonly routeWindowMs: number;
  /** Accept times within the last second (sliding window), oldest first. */
  private window: number[] = [];
  private readonly routes = new Map<string, { count: number; resetAt: number }>();
  private readonly nonces = new Set<string>();
  /** Every accepted message's time, for the max-in-any-second check and latency. */
  readonly acceptedAt: number[] = [];
  readonly acceptedByChannel = new Map<string, number[]>();
  stats: StrictDiscordStats = { requests: 0, accepted: 0, duplicatesByNonce: 0, globalRejected: 0, routeRejected: 0 };
  private nextId = 1_200_000_000_000_000_000n;
  private listeners = new Set<(channel: string, at: number) => void>();

  constructor(private readonly opts: StrictDiscordOptions) {
    this.globalPerSecond = opts.globalPerSecond ?? 50;
    this.routeLimit = opts.routeLimit ?? 5;
    this.routeWindowMs = opts.routeWindowMs ?? 5000;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api`;
  }

  /** Forget all counters and messages (between benchmark phases). */
  reset(): void {
    this.window = [];
    this.routes.clear();
    this.nonces.clear();
    this.acceptedAt.length = 0;
    this.acceptedByChannel.clear();
    this.stats = { requests: 0, accepted: 0, duplicatesByNonce: 0, globalRejected: 0, routeRejected: 0 };
  }

  onAccepted(fn: (channel: string, at: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Most messages accepted in any sliding 1-second window (must be ≤ globalPerSecond). */
  maxInAnySecond(): number {
    let max = 0;
    for (let i = 0, j = 0; i < this.acceptedAt.length; i++) {
      while (this.acceptedAt[i]! - this.acceptedAt[j]! >= 1000) j++;
      max = Math.max(max, i - j + 1);
    }
    return max;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', 1024, r));
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const now = performance.timeOrigin + performance.now();
    this.stats.requests++;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m) return json(404, { message: '404: Not Found', code: 0 });
    if (req.headers.authorization !== `Bot ${this.opts.token}`) return json(401, { message: '401: Unauthorized', code: 0 });
    const channel = m[1]!;

    // Global limit: sliding one-second window over accepted requests.
    while (this.window.length && now - this.window[0]! >= 1000) this.window.shift();
    if (this.window.length >= this.globalPerSecond) {
      this.stats.globalRejected++;
      const after = (this.window[0]! + 1000 - now) / 1000;
      return json(429, { message: 'You are being rate limited.', retry_after: after, global: true, code: 0 }, { 'retry-after': String(Math.ceil(after)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' });
    }

    // Per-route bucket: routeLimit per routeWindowMs per channel.
    let bucket = this.routes.get(channel);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { count: 0, resetAt: now + this.routeWindowMs };
      this.routes.set(channel, bucket);
    }
    const headers = (remaining: number) => ({
      'x-ratelimit-limit': String(this.routeLimit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': ((bucket!.resetAt) / 1000).toFixed(3),
      'x-ratelimit-reset-after': ((bucket!.resetAt - now) / 1000).toFixed(3),
      'x-ratelimit-bucket': 'bench-channel-messages',
    });
    if (bucket.count >= this.routeLimit) {
      this.stats.routeRejected++;
      const after = (bucket.resetAt - now) / 1000;
      return json(429, { message: 'You are being rate limited.', retry_after: after, global: false, code: 0 }, { ...headers(0), 'retry-after': String(Math.ceil(after)), 'x-ratelimit-scope': 'user' });
    }

    let body: { nonce?: string; enforce_nonce?: boolean; content?: string; embeds?: unknown[] } = {};
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return json(400, { message: 'Invalid JSON', code: 50109 });
    }
    if (!body.content && !body.embeds) return json(400, { message: 'Cannot send an empty message', code: 50006 });
    bucket.count++;
    this.window.push(now);
    const id = (this.nextId += 1n).toString();
    if (body.nonce && body.enforce_nonce) {
      const key = `${channel}:${body.nonce}`;
      if (this.nonces.has(key)) {
        this.stats.duplicatesByNonce++;
        return json(200, { id, channel_id: channel, nonce: body.nonce }, headers(this.routeLimit - bucket.count));
      }
      this.nonces.add(key);
    }
    this.stats.accepted++;
    this.stats.firstAcceptedAt ??= now;
    this.stats.lastAcceptedAt = now;
    this.acceptedAt.push(now);
    const list = this.acceptedByChannel.get(channel) ?? [];
    list.push(now);
    this.acceptedByChannel.set(channel, list);
    for (const l of this.listeners) l(channel, now);
    json(200, { id, channel_id: channel, type: 0, content: body.content ?? '', embeds: body.embeds ?? [], nonce: body.nonce, timestamp: new Date(now).toISOString() }, headers(this.routeLimit - bucket.count));
  }
}
