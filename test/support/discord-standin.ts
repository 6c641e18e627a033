/**
 * A local stand-in for Discord: REST API v10 (the routes borderwatch uses) and a WebSocket gateway,
 * on one port of 127.0.0.1. The real discord.js `Client`/`REST` talk to it unchanged (`api` option),
 * because discord.js's REST uses its own bundled undici, which HTTP interceptors cannot reach.
 *
 * It behaves like Discord where borderwatch depends on it: bot auth, unknown/forbidden channels,
 * `nonce` + `enforce_nonce` de-duplication, webhook execution with `?wait=true`, interaction
 * callbacks and `@original` edits, rate-limit headers, and a seeded fault injector (429 with
 * Retry-After, 500 before or after the message was created). Every request is recorded with
 * whether it arrived before a Retry-After the stand-in had announced for its bucket had passed.
 */
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';
import { listen } from './http';
import { seededRandom as prng } from './prng';

export interface FaultConfig {
  /** Fraction of delivery requests answered 429 (nothing created). */
  rate429?: number;
  /** Fraction answered 500 before anything is created. */
  rate500?: number;
  /** Fraction answered 500 AFTER the message was created (the response is lost, the message is not). */
  rate500After?: number;
  /** Retry-After announced with each 429, in seconds (decimals allowed here; Discord sends whole seconds in the header). */
  retryAfterSec?: number;
  /** PRNG seed, so a test sees the same faults every run. */
  seed?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix; webhook and interaction tokens included (test-only). */
  path: string;
  /** Query string, e.g. `?wait=true` ('' when none). */
  query: string;
  bucket: string;
  at: number;
  status: number;
  /** True when the request arrived before a Retry-After announced for its bucket had passed. */
  early: boolean;
  fault?: '429' | '500' | '500-after';
}

/** A file sent in a multipart request (`files[n]`), as discord.js uploads attachments. */
export interface UploadedFile {
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface StoredMessage {
  id: string;
  channelId: string;
  via: 'bot' | 'webhook';
  webhookId?: string;
  nonce?: string;
  body: Record<string, unknown>;
  /** Attachments of a multipart request (empty for JSON bodies). */
  files?: UploadedFile[];
}

export interface RecordedCommandPut {
  applicationId: string;
  guildId?: string;
  commands: Array<Record<string, unknown>>;
}

export interface RecordedInteractionCall {
  kind: 'callback' | 'edit-original' | 'delete-original' | 'follow-up';
  interactionId: string;
  token: string;
  body: Record<string, unknown> | null;
  /** Attachments of a multipart request (empty for JSON bodies). */
  files?: UploadedFile[];
  at: number;
}

export interface InteractionSpec {
  /** Top-level command name, e.g. 'border' or 'border-admin'. */
  command: string;
  /** Subcommand path: ['latest'] or ['feeds', 'add']. */
  path: string[];
  /** Options of the innermost subcommand: strings (type 3) or integers (type 4). */
  options?: Record<string, string | number>;
  userId?: string;
  /** Member permissions bitfield as a decimal string (Discord's format). Omit with `dm: true`. */
  permissions?: string;
  guildId?: string;
  channelId?: string;
  dm?: boolean;
  /** The user's client language (default en-US), e.g. es-419. */
  locale?: string;
}

export interface StandInOptions {
  botToken?: string;
  applicationId?: string;
  botUserId?: string;
  /** Channel ids the bot can post to. */
  channels?: string[];
  /** Channel ids that exist but answer 403 Missing Access. */
  forbiddenChannels?: string[];
  heartbeatIntervalMs?: number;
  /**
   * Delay (ms) before answering each delivery request (channel message, webhook execute). The message is
   * created first, so a client that dies while waiting has posted it without learning so. Default 0.
   */
  responseDelayMs?: number;
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  acknowledged: boolean;
  ephemeral: boolean;
  originalId?: string;
}


function bucketHash(routeTemplate: string): string {
  return createHash('sha1').update(routeTemplate).digest('hex').slice(0, 16);
}

/**
 * A request body: JSON, or multipart/form-data as discord.js sends messages with attachments
 * (`payload_json` holds the JSON body, `files[n]` the files; parsed with the platform's own FormData).
 */
async function readBody(req: http.IncomingMessage): Promise<{ body: Record<string, unknown> | null; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { body: parseJson(raw), files: [] };
  const form = await new Request('http://standin/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
  const files: UploadedFile[] = [];
  let body: Record<string, unknown> | null = null;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = parseJson(Buffer.from(value));
      continue;
    }
    files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

function parseJson(raw: Buffer): Record<string, unknown> | null {
  if (!raw.length) return null;
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { __invalid_json: text };
  }
}

export class DiscordStandIn {
  readonly botToken: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly heartbeatIntervalMs: number;
  /** See StandInOptions.responseDelayMs; may be changed at any time. */
  responseDelayMs: number;
  /** Answers held back by responseDelayMs, not yet written. */
  private readonly held = new Set<NodeJS.Timeout>();

  readonly requests: RecordedRequest[] = [];
  readonly messages: StoredMessage[] = [];
  readonly commandPuts: RecordedCommandPut[] = [];
  readonly interactionCalls: RecordedInteractionCall[] = [];
  readonly identifies: Array<Record<string, unknown>> = [];
  readonly gatewayQueries: string[] = [];
  heartbeats = 0;

  private readonly channels = new Set<string>();
  private readonly forbidden = new Set<string>();
  private readonly webhooks = new Map<string, { token: string; channelId: string }>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly nonces = new Map<string, { message: StoredMessage; at: number }>();
  private readonly notBefore = new Map<string, number>();
  private faults: Required<FaultConfig> = { rate429: 0, rate500: 0, rate500After: 0, retryAfterSec: 0.1, seed: 1 };
  private rng = prng(1);
  private nextId = 1_100_000_000_000_000_000n;
  private seq = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private server?: Awaited<ReturnType<typeof listen>>;
  private wss?: WebSocketServer;

  constructor(opts: StandInOptions = {}) {
    this.botToken = opts.botToken ?? 'standin-bot-token.' + randomBytes(8).toString('hex');
    this.applicationId = opts.applicationId ?? '900000000000000001';
    this.botUserId = opts.botUserId ?? this.applicationId;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41_250;
    this.responseDelayMs = opts.responseDelayMs ?? 0;
    for (const c of opts.channels ?? []) this.channels.add(c);
    for (const c of opts.forbiddenChannels ?? []) this.forbidden.add(c);
  }

  /** `http://127.0.0.1:<port>/api` — the value for discord.js's REST `api` option. */
  get apiBase(): string {
    return `${this.origin}/api`;
  }

  get origin(): string {
    if (!this.server) throw new Error('stand-in not started');
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await listen((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: String(err), code: 0 }));
      });
    });
    this.wss = new WebSocketServer({ server: this.server.server });
    this.wss.on('connection', (ws, req) => this.onGateway(ws, req));
    return this;
  }

  async close(): Promise<void> {
    for (const timer of this.held) clearTimeout(timer);
    this.held.clear();
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await this.server?.close();
  }

  addChannel(id: string): void {
    this.channels.add(id);
  }

  forbidChannel(id: string): void {
    this.forbidden.add(id);
  }

  /** Registers a webhook for a channel; returns its public URL on discord.com (senders rewrite the origin). */
  addWebhook(channelId: string): { id: string; token: string; url: string } {
    const id = this.newId();
    const token = randomBytes(24).toString('base64url');
    this.webhooks.set(id, { token, channelId });
    return { id, token, url: `https://discord.com/api/webhooks/${id}/${token}` };
  }

  setFaults(cfg: FaultConfig): void {
    this.faults = { rate429: 0, rate500: 0, rate500After: 0, retryAfterSec: 0.1, seed: 1, ...cfg };
    this.rng = prng(this.faults.seed);
  }

  /** Resolves when `predicate` holds (re-checked after every request and gateway event); a deadline, not a wait: generous, as a loaded CI machine renders a chart or runs a command slowly. */
  async waitFor(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (predicate()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error('discord stand-in: condition not met in time'));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Sends an INTERACTION_CREATE (slash command) to every identified gateway connection. */
  dispatchInteraction(spec: InteractionSpec): { id: string; token: string } {
    const id = this.newId();
    const token = 'aW50ZXJhY3Rpb24' + randomBytes(24).toString('base64url');
    const channelId = spec.channelId ?? '700000000000000001';
    this.interactions.set(token, { id, token, channelId, acknowledged: false, ephemeral: false });
    const userId = spec.userId ?? '600000000000000001';
    const user = { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
    const leaf = Object.entries(spec.options ?? {}).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));
    let options: Array<Record<string, unknown>> = leaf;
    if (spec.path.length === 2) {
      options = [{ name: spec.path[0], type: 2, options: [{ name: spec.path[1], type: 1, options: leaf }] }];
    } else if (spec.path.length === 1) {
      options = [{ name: spec.path[0], type: 1, options: leaf }];
    }
    const guildId = spec.dm ? undefined : (spec.guildId ?? '800000000000000001');
    const d: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type: 2,
      token,
      version: 1,
      channel_id: channelId,
      channel: { id: channelId, type: spec.dm ? 1 : 0 },
      locale: spec.locale ?? 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: {},
      context: spec.dm ? 1 : 0,
      attachment_size_limit: 10485760,
      data: { id: '910000000000000001', name: spec.command, type: 1, options },
    };
    if (guildId) {
      d.guild_id = guildId;
      d.guild_locale = 'en-US';
      d.member = {
        user,
        roles: [],
        permissions: spec.permissions ?? '0',
        joined_at: '2024-01-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        premium_since: null,
        pending: false,
      };
    } else {
      d.user = user;
    }
    this.dispatch('INTERACTION_CREATE', d);
    return { id, token };
  }

  /** Interaction calls for one interaction, in arrival order. */
  callsFor(interactionId: string): RecordedInteractionCall[] {
    return this.interactionCalls.filter((c) => c.interactionId === interactionId);
  }

  /* ------------------------------------------------------------------ gateway */

  private onGateway(ws: WebSocket, req: http.IncomingMessage): void {
    this.sockets.add(ws);
    this.gatewayQueries.push(req.url ?? '');
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (raw) => {
      let msg: { op: number; d: unknown };
      try {
        msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (msg.op === 1) {
        this.heartbeats++;
        ws.send(JSON.stringify({ op: 11, d: null }));
      } else if (msg.op === 2) {
        const d = msg.d as Record<string, unknown>;
        this.identifies.push(d);
        if (d.token !== this.botToken) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        (ws as WebSocket & { identified?: boolean }).identified = true;
        this.sendDispatch(ws, 'READY', {
          v: 10,
          user: { id: this.botUserId, username: 'borderwatch', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
          guilds: [],
          session_id: randomBytes(16).toString('hex'),
          resume_gateway_url: `ws://127.0.0.1:${new URL(this.origin).port}`,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
        });
      }
      this.notify();
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) {
      if ((ws as WebSocket & { identified?: boolean }).identified) this.sendDispatch(ws, t, d);
    }
  }

  private sendDispatch(ws: WebSocket, t: string, d: unknown): void {
    ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /* ------------------------------------------------------------------ REST */

  private newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const prefix = '/api/v10';
    const pathname = decodeURIComponent(url.pathname); // discord.js sends `%40original`
    const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
    const { body, files } = await readBody(req);
    const at = Date.now();
    const route = this.route(method, path);
    const bucket = route ? `${route.template}:${route.major}` : `unknown:${path}`;
    const early = at < (this.notBefore.get(bucket) ?? 0);
    const record: RecordedRequest = { method, path, query: url.search, bucket, at, status: 0, early };
    this.requests.push(record);

    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const h: Record<string, string> = status === 204 ? { ...headers } : { 'content-type': 'application/json', ...headers };
      if (route) {
        h['x-ratelimit-bucket'] = bucketHash(route.template);
        h['x-ratelimit-limit'] ??= '50';
        h['x-ratelimit-remaining'] ??= '49';
        h['x-ratelimit-reset-after'] ??= '1';
        h['x-ratelimit-reset'] ??= String((at + 1000) / 1000);
      }
      const write = () => {
        res.writeHead(status, h);
        res.end(status === 204 ? undefined : JSON.stringify(json));
      };
      if (route?.delivery && this.responseDelayMs > 0) {
        // A held answer is dropped when the stand-in closes (its connection is closed with the server).
        const timer = setTimeout(() => {
          this.held.delete(timer);
          if (!res.destroyed) write();
        }, this.responseDelayMs);
        this.held.add(timer);
      } else write();
      this.notify();
    };
    const tooMany = (retryAfterSec: number) => {
      this.notBefore.set(bucket, Date.now() + retryAfterSec * 1000);
      send(
        429,
        { message: 'You are being rate limited.', retry_after: retryAfterSec, global: false, code: 0 },
        {
          'retry-after': String(retryAfterSec),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfterSec),
          'x-ratelimit-reset': String((Date.now() + retryAfterSec * 1000) / 1000),
          'x-ratelimit-scope': 'user',
        },
      );
    };

    if (!route) return send(404, { message: '404: Not Found', code: 0 });
    if (early) return tooMany(Math.max(0.001, ((this.notBefore.get(bucket) ?? 0) - at) / 1000));

    if (route.auth && req.headers.authorization !== `Bot ${this.botToken}`) {
      return send(401, { message: '401: Unauthorized', code: 0 });
    }

    let after500 = false;
    if (route.delivery) {
      const r = this.rng();
      const f = this.faults;
      if (r < f.rate429) {
        record.fault = '429';
        return tooMany(f.retryAfterSec);
      }
      if (r < f.rate429 + f.rate500) {
        record.fault = '500';
        return send(500, { message: '500: Internal Server Error', code: 0 });
      }
      if (r < f.rate429 + f.rate500 + f.rate500After) {
        record.fault = '500-after';
        after500 = true;
      }
    }
    const ok = (json: unknown) => (after500 ? send(500, { message: '500: Internal Server Error', code: 0 }) : send(200, json));
    const p = route.params;

    switch (route.template) {
      case 'GET /gateway/bot':
        return send(200, {
          url: `ws://127.0.0.1:${new URL(this.origin).port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        });
      case 'GET /users/@me':
        return send(200, { id: this.botUserId, username: 'borderwatch', discriminator: '0', avatar: null, bot: true, global_name: null });
      case 'GET /applications/@me':
        return send(200, { id: this.applicationId, name: 'borderwatch', flags: 0, bot_public: false, description: '' });
      case 'PUT /applications/:app/commands':
      case 'PUT /applications/:app/guilds/:guild/commands': {
        if (p.app !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
        const list = Array.isArray(body) ? (body as Array<Record<string, unknown>>) : [];
        this.commandPuts.push({ applicationId: p.app, guildId: p.guild, commands: list });
        return send(200, list.map((c) => ({ ...c, id: this.newId(), application_id: p.app, version: this.newId() })));
      }
      case 'POST /channels/:channel/messages': {
        const channelId = p.channel;
        if (this.forbidden.has(channelId)) return send(403, { message: 'Missing Access', code: 50001 });
        if (!this.channels.has(channelId)) return send(404, { message: 'Unknown Channel', code: 10003 });
        if (!body || (!body.content && !body.embeds)) return send(400, { message: 'Cannot send an empty message', code: 50006 });
        const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : undefined;
        if (nonce && nonce.length > 25) return send(400, { message: 'Invalid Form Body', code: 50035, errors: { nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } });
        if (nonce && body.enforce_nonce === true) {
          const prior = this.nonces.get(`${channelId}:${nonce}`);
          if (prior && at - prior.at < 5 * 60_000) return ok(this.toApiMessage(prior.message));
        }
        const message: StoredMessage = { id: this.newId(), channelId, via: 'bot', nonce, body, files };
        this.messages.push(message);
        if (nonce && body.enforce_nonce === true) this.nonces.set(`${channelId}:${nonce}`, { message, at });
        return ok(this.toApiMessage(message));
      }
      case 'POST /webhooks/:id/:token': {
        const interaction = p.id === this.applicationId ? this.interactions.get(p.token) : undefined;
        if (interaction) {
          this.interactionCalls.push({ kind: 'follow-up', interactionId: interaction.id, token: p.token, body, files, at });
          return send(200, this.toApiMessage({ id: this.newId(), channelId: interaction.channelId, via: 'bot', body: body ?? {} }));
        }
        const hook = this.webhooks.get(p.id);
        if (!hook || hook.token !== p.token) return send(404, { message: 'Unknown Webhook', code: 10015 });
        if (!body || (!body.content && !body.embeds)) return send(400, { message: 'Cannot send an empty message', code: 50006 });
        const message: StoredMessage = { id: this.newId(), channelId: hook.channelId, via: 'webhook', webhookId: p.id, body, files };
        this.messages.push(message);
        if (url.searchParams.get('wait') !== 'true') return after500 ? ok(null) : send(204, null);
        return ok(this.toApiMessage(message));
      }
      case 'POST /interactions/:id/:token/callback': {
        const interaction = this.interactions.get(p.token);
        if (!interaction || interaction.id !== p.id) return send(404, { message: 'Unknown interaction', code: 10062 });
        if (interaction.acknowledged) return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
        interaction.acknowledged = true;
        const data = (body?.data ?? {}) as { flags?: number };
        interaction.ephemeral = ((data.flags ?? 0) & 64) !== 0;
        this.interactionCalls.push({ kind: 'callback', interactionId: interaction.id, token: p.token, body, at });
        if (url.searchParams.get('with_response') === 'true') {
          return send(200, { interaction: { id: interaction.id, type: 2, response_message_loading: true, response_message_ephemeral: interaction.ephemeral }, resource: { type: body?.type ?? 5 } });
        }
        return send(204, null);
      }
      case 'PATCH /webhooks/:id/:token/messages/@original':
      case 'DELETE /webhooks/:id/:token/messages/@original': {
        const interaction = this.interactions.get(p.token);
        if (!interaction || p.id !== this.applicationId || !interaction.acknowledged) return send(404, { message: 'Unknown Webhook', code: 10015 });
        const kind = method === 'PATCH' ? 'edit-original' : 'delete-original';
        this.interactionCalls.push({ kind, interactionId: interaction.id, token: p.token, body, files, at });
        if (method === 'DELETE') return send(204, null);
        interaction.originalId ??= this.newId();
        const flags = interaction.ephemeral ? 64 : 0;
        return send(200, this.toApiMessage({ id: interaction.originalId, channelId: interaction.channelId, via: 'bot', body: { ...body, flags } }));
      }
    }
    return send(404, { message: '404: Not Found', code: 0 });
  }

  private toApiMessage(m: StoredMessage): Record<string, unknown> {
    const b = m.body;
    return {
      id: m.id,
      channel_id: m.channelId,
      type: 0,
      author: { id: m.webhookId ?? this.botUserId, username: 'borderwatch', discriminator: '0', avatar: null, bot: true, global_name: null },
      content: typeof b.content === 'string' ? b.content : '',
      embeds: Array.isArray(b.embeds) ? b.embeds : [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: typeof b.flags === 'number' ? b.flags : 0,
      nonce: m.nonce,
      webhook_id: m.webhookId,
    };
  }

  private route(
    method: string,
    path: string,
  ): { template: string; major: string; params: Record<string, string>; auth: boolean; delivery: boolean } | null {
    const table: Array<[string, RegExp, string[], boolean, boolean]> = [
      ['GET /gateway/bot', /^\/gateway\/bot$/, [], true, false],
      ['GET /users/@me', /^\/users\/@me$/, [], true, false],
      ['GET /applications/@me', /^\/applications\/@me$/, [], true, false],
      ['PUT /applications/:app/commands', /^\/applications\/(\d+)\/commands$/, ['app'], true, false],
      ['PUT /applications/:app/guilds/:guild/commands', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, ['app', 'guild'], true, false],
      ['POST /channels/:channel/messages', /^\/channels\/([^/]+)\/messages$/, ['channel'], true, true],
      ['POST /webhooks/:id/:token', /^\/webhooks\/(\d+)\/([^/]+)$/, ['id', 'token'], false, true],
      ['POST /interactions/:id/:token/callback', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, ['id', 'token'], false, false],
      ['PATCH /webhooks/:id/:token/messages/@original', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, ['id', 'token'], false, false],
      ['DELETE /webhooks/:id/:token/messages/@original', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, ['id', 'token'], false, false],
    ];
    for (const [template, re, names, auth, delivery] of table) {
      if (!template.startsWith(method + ' ')) continue;
      const m = re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      names.forEach((n, i) => (params[n] = m[i + 1]));
      // Discord's major parameters: channel id, webhook id (+ token), interaction id.
      const major = params.channel ?? (params.id ? `${params.id}/${params.token ?? ''}` : (params.app ?? ''));
      return { template, major, params, auth, delivery };
    }
    return null;
  }
}

/** Starts a stand-in; call `close()` in afterAll. */
export async function startDiscordStandIn(opts: StandInOptions = {}): Promise<DiscordStandIn> {
  return new DiscordStandIn(opts).start();
}
