/**
 * A STRICT stand-in for Slack's chat.postMessage (and the conversations.history the sender reads before a
 * retried send), for the fan-out benchmark: at most one message per channel per `perChannelMs` (1 s),
 * measured between accepted messages; a faster one gets HTTP 429 with `Retry-After` (whole seconds, as
 * Slack sends it) and is not posted. Only 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Posted {
  ts: string;
  at: number;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export interface StrictSlackStats {
  posts: number;
  accepted: number;
  rejected429: number;
  historyCalls: number;
}

/** Web API bodies: JSON, or form fields whose object values are JSON strings (as the WebClient sends them). */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? (() => { try { return JSON.parse(v); } catch { return v; } })() : v;
  }
  return out;
}

export class StrictSlack {
  private server?: http.Server;
  private readonly channels = new Map<string, Posted[]>();
  stats: StrictSlackStats = { posts: 0, accepted: 0, rejected429: 0, historyCalls: 0 };
  readonly acceptedAt: number[] = [];
  private seq = 0;

  constructor(private readonly token: string, private readonly perChannelMs = 1000) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api/`;
  }

  reset(): void {
    this.channels.clear();
    this.acceptedAt.length = 0;
    this.stats = { posts: 0, accepted: 0, rejected429: 0, historyCalls: 0 };
  }

  /** Smallest gap between two accepted messages of one channel (must be ≥ perChannelMs). */
  minGapMs(): number {
    let min = Infinity;
    for (const list of this.channels.values()) for (let i = 1; i < list.length; i++) min = Math.min(min, list[i]!.at - list[i - 1]!.at);
    return min;
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
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    const method = /^\/api\/([\w.]+)$/.exec((req.url ?? '').split('?')[0]!)?.[1];
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, req.headers['content-type']);
    } catch {
      return send(200, { ok: false, error: 'invalid_json' });
    }
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || String(body.token ?? '');
    if (token !== this.token) return send(200, { ok: false, error: 'invalid_auth' });
    const channel = String(body.channel ?? '');
    if (method === 'conversations.history') {
      this.stats.historyCalls++;
      const list = this.channels.get(channel) ?? [];
      const limit = Number(body.limit ?? 100);
      return send(200, { ok: true, messages: [...list].reverse().slice(0, limit).map((p) => ({ type: 'message', ts: p.ts, metadata: p.metadata })), has_more: false });
    }
    if (method !== 'chat.postMessage') return send(200, { ok: false, error: 'unknown_method' });
    this.stats.posts++;
    if (!channel) return send(200, { ok: false, error: 'channel_not_found' });
    const list = this.channels.get(channel) ?? [];
    const last = list[list.length - 1];
    if (last && now - last.at < this.perChannelMs) {
      this.stats.rejected429++;
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.max(1, Math.ceil((last.at + this.perChannelMs - now) / 1000))) });
    }
    const ts = `${Math.floor(now / 1000)}.${String(++this.seq).padStart(6, '0')}`;
    list.push({ ts, at: now, metadata: body.metadata as Posted['metadata'] });
    this.channels.set(channel, list);
    this.stats.accepted++;
    this.acceptedAt.push(now);
    send(200, { ok: true, channel, ts, message: { ts, text: body.text ?? '' } });
  }
}
