/**
 * A local stand-in for Slack, on 127.0.0.1: enough of the Web API, incoming webhooks, response_url
 * and Socket Mode for the real @slack/bolt App and @slack/web-api WebClient to talk to it.
 *
 * - Web API: POST /api/<method>, form or JSON body, token from `Authorization: Bearer` (or a `token` field).
 * - Incoming webhooks: POST /hooks/services/<id…>.
 * - response_url: POST /respond/<id>; every body is recorded in `responses`.
 * - Files upload API (files.uploadV2): files.getUploadURLExternal hands out POST /upload/<file id> on the stand-in,
 *   the multipart body is kept, files.completeUploadExternal shares it to a channel; recorded in `uploads`.
 * - Socket Mode: `apps.connections.open` returns ws://127.0.0.1:<port>/socket; the stand-in sends `hello`,
 *   the test pushes `slash_commands` envelopes and reads the `{envelope_id}` acks.
 * - Fault injector: a seeded fraction of requests is answered with 429 + Retry-After, 500, or "posted, then 500"
 *   (the message is recorded but the client never learns it). Any request that arrives while a previously
 *   announced Retry-After has not yet passed is counted in `earlyRequests`.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { listen } from './http';
import { seededRandom } from './prng';

export type SlackStandInError = 'channel_not_found' | 'not_in_channel' | 'is_archived' | 'invalid_auth' | 'account_inactive' | 'token_revoked' | 'missing_scope';

export interface StandInMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** The whole request body as parsed. */
  body: Record<string, unknown>;
}

export type FaultKind = '429' | '500' | 'posted-then-500';

export interface FaultConfig {
  /** Fraction of eligible requests answered with a fault, 0..1. */
  rate: number;
  seed: number;
  kinds: FaultKind[];
  /** Seconds announced in Retry-After on a 429 (integer: the Slack WebClient parses it with parseInt). */
  retryAfterSec?: number;
  /** Which paths are eligible (prefix match). Default: chat.*, conversations.* and /hooks/. */
  paths?: string[];
  /**
   * Hold a 429 answer back this long after its Retry-After window has started (a slow network or a loaded
   * client): a second request sent before the first one's answer arrived then lands inside the window.
   */
  delay429Ms?: number;
}

export interface SlackStandInOptions {
  /** Bot tokens accepted by the Web API. */
  botTokens?: string[];
  /** App-level tokens accepted by apps.connections.open. */
  appTokens?: string[];
  /** Token → error answered for it (e.g. revoked tokens). */
  tokenErrors?: Record<string, SlackStandInError>;
  /** Channel → error answered by chat.postMessage / conversations.history. */
  channelErrors?: Record<string, SlackStandInError>;
  /** Channel → error answered by conversations.history only (e.g. not_in_channel while chat:write.public posts). */
  historyErrors?: Record<string, SlackStandInError>;
  users?: Record<string, { is_admin?: boolean; is_owner?: boolean }>;
  /** Known incoming-webhook paths after /hooks (e.g. "/services/T1/B1/abc"). Unknown → 404 no_service. */
  hooks?: string[];
  /** Revoked hooks → 410 no_service. */
  revokedHooks?: string[];
}

/** A file shared through the files upload API. */
export interface StandInUpload {
  id: string;
  filename: string;
  title?: string;
  channel_id?: string;
  initial_comment?: string;
  /** The bytes POSTed to the upload URL. */
  data: Buffer;
}

export interface RecordedRequest {
  path: string;
  at: number;
  status: number;
}

export interface SlackStandIn {
  /** Base URL, http://127.0.0.1:<port> */
  url: string;
  /** Web API base for `slackApiUrl`. */
  apiUrl: string;
  /** Base that replaces https://hooks.slack.com in webhook URLs. */
  hooksBase: string;
  /** A fresh response_url on the stand-in. */
  responseUrl(id?: string): string;
  messages: StandInMessage[];
  ephemerals: Array<Record<string, unknown>>;
  webhookPosts: Array<{ path: string; body: unknown }>;
  responses: Array<{ id: string; body: Record<string, unknown> }>;
  /** Files completed with files.completeUploadExternal. */
  uploads: StandInUpload[];
  requests: RecordedRequest[];
  /** Socket Mode acks received, by envelope id. */
  acks: Array<{ envelope_id: string; payload?: unknown }>;
  /** Requests that arrived before a previously announced Retry-After had passed. */
  earlyRequests: number;
  /** Faults injected since the last setFaults, by kind. */
  faultCounts: Record<FaultKind, number>;
  /** Web API calls per method. */
  calls(method: string): number;
  /** Install (or clear) the fault injector; also resets `earlyRequests` and any pending Retry-After window. */
  setFaults(config: FaultConfig | null): void;
  setUser(id: string, flags: { is_admin?: boolean; is_owner?: boolean }): void;
  /** Number of open Socket Mode connections. */
  socketConnections(): number;
  /** Push a slash_commands envelope to every connected socket; returns the envelope id. */
  pushSlashCommand(payload: Record<string, string>): string;
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}


async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parse a Web API body: JSON, or form fields whose object values are JSON strings (as the WebClient sends them). */
function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (value.startsWith('{') || value.startsWith('[')) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        /* plain string */
      }
    }
    out[key] = value;
  }
  return out;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const botTokens = new Set(options.botTokens ?? ['xoxb-test-token']);
  const appTokens = new Set(options.appTokens ?? ['xapp-test-token']);
  const users = new Map(Object.entries(options.users ?? {}));
  const hooks = new Set(options.hooks ?? []);
  const revokedHooks = new Set(options.revokedHooks ?? []);
  const callCounts = new Map<string, number>();
  let faults: FaultConfig | null = null;
  let fileCounter = 0;
  const pendingUploads = new Map<string, { filename: string; length: number; data?: Buffer }>();
  let random = seededRandom(1);
  let blockedUntil = 0;
  let tsCounter = 0;
  const sockets = new Set<WebSocket>();

  const state = {
    messages: [] as StandInMessage[],
    ephemerals: [] as Array<Record<string, unknown>>,
    webhookPosts: [] as Array<{ path: string; body: unknown }>,
    responses: [] as Array<{ id: string; body: Record<string, unknown> }>,
    uploads: [] as StandInUpload[],
    requests: [] as RecordedRequest[],
    acks: [] as Array<{ envelope_id: string; payload?: unknown }>,
    earlyRequests: 0,
    faultCounts: { '429': 0, '500': 0, 'posted-then-500': 0 } as Record<FaultKind, number>,
  };

  const nextTs = (): string => {
    tsCounter += 1;
    return `${1_700_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
  };

  /** Decide whether this request gets a fault; returns the fault kind or null. */
  const pickFault = (path: string): FaultKind | null => {
    if (!faults || faults.rate <= 0) return null;
    const eligible = faults.paths ?? ['/api/chat.', '/api/conversations.', '/hooks/'];
    if (!eligible.some((prefix) => path.startsWith(prefix))) return null;
    if (random() >= faults.rate) return null;
    const kind = faults.kinds[Math.floor(random() * faults.kinds.length)];
    if (kind) state.faultCounts[kind] += 1;
    return kind ?? null;
  };

  const tokenOf = (req: http.IncomingMessage, body: Record<string, unknown>): string | undefined => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
    return typeof body.token === 'string' ? body.token : undefined;
  };

  const apiError = (error: string) => ({ ok: false, error });

  const handleApi = (method: string, req: http.IncomingMessage, body: Record<string, unknown>, res: http.ServerResponse, fault: FaultKind | null): void => {
    callCounts.set(method, (callCounts.get(method) ?? 0) + 1);
    const token = tokenOf(req, body);
    if (!token) return sendJson(res, 200, apiError('not_authed'));
    const tokenError = options.tokenErrors?.[token];
    if (tokenError) return sendJson(res, 200, apiError(tokenError));

    if (method === 'apps.connections.open') {
      if (!appTokens.has(token)) return sendJson(res, 200, apiError('invalid_auth'));
      return sendJson(res, 200, { ok: true, url: `${wsBase}/socket?ticket=${randomUUID()}` });
    }
    if (!botTokens.has(token)) return sendJson(res, 200, apiError('invalid_auth'));

    switch (method) {
      case 'auth.test':
        return sendJson(res, 200, { ok: true, url: 'https://standin.slack.com/', team: 'Stand-in', user: 'borderwatch', team_id: 'T0STANDIN', user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'chat.postMessage': {
        const channel = String(body.channel ?? '');
        const channelError = options.channelErrors?.[channel];
        if (channelError) return sendJson(res, 200, apiError(channelError));
        if (!channel) return sendJson(res, 200, apiError('channel_not_found'));
        const ts = nextTs();
        const message: StandInMessage = {
          channel,
          ts,
          text: typeof body.text === 'string' ? body.text : undefined,
          blocks: body.blocks,
          metadata: body.metadata as StandInMessage['metadata'],
          body,
        };
        state.messages.push(message);
        if (fault === 'posted-then-500') return sendJson(res, 500, { ok: false, error: 'internal_error' });
        return sendJson(res, 200, { ok: true, channel, ts, message: { text: message.text, ts } });
      }
      case 'chat.postEphemeral': {
        const channel = String(body.channel ?? '');
        const channelError = options.channelErrors?.[channel];
        if (channelError) return sendJson(res, 200, apiError(channelError));
        state.ephemerals.push(body);
        return sendJson(res, 200, { ok: true, message_ts: nextTs() });
      }
      case 'conversations.history': {
        const channel = String(body.channel ?? '');
        const channelError = options.channelErrors?.[channel] ?? options.historyErrors?.[channel];
        if (channelError) return sendJson(res, 200, apiError(channelError));
        const limit = Math.min(Number(body.limit ?? 100) || 100, 1000);
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const history = state.messages
          .filter((m) => m.channel === channel)
          .slice()
          .reverse()
          .slice(0, limit)
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, bot_id: 'B0BOT', ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return sendJson(res, 200, { ok: true, messages: history, has_more: false });
      }
      case 'files.getUploadURLExternal': {
        const filename = String(body.filename ?? '');
        const length = Number(body.length);
        if (!filename || !Number.isInteger(length) || length <= 0) return sendJson(res, 200, apiError('invalid_arguments'));
        const id = `F${String(++fileCounter).padStart(8, '0')}`;
        pendingUploads.set(id, { filename, length });
        return sendJson(res, 200, { ok: true, upload_url: `${server.url}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(body.files) ? body.files : []) as Array<{ id?: string; title?: string }>;
        const channel = typeof body.channel_id === 'string' ? body.channel_id : undefined;
        if (channel && options.channelErrors?.[channel]) return sendJson(res, 200, apiError(options.channelErrors[channel]!));
        const done: StandInUpload[] = [];
        for (const f of files) {
          const pending = f.id ? pendingUploads.get(f.id) : undefined;
          if (!pending?.data) return sendJson(res, 200, apiError('file_not_found'));
          done.push({ id: f.id!, filename: pending.filename, title: f.title, channel_id: channel, initial_comment: typeof body.initial_comment === 'string' ? body.initial_comment : undefined, data: pending.data });
        }
        state.uploads.push(...done);
        return sendJson(res, 200, { ok: true, files: done.map((f) => ({ id: f.id, title: f.title, name: f.filename })) });
      }
      case 'users.info': {
        const id = String(body.user ?? '');
        const user = users.get(id);
        if (!user) return sendJson(res, 200, apiError('user_not_found'));
        return sendJson(res, 200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: !!user.is_admin, is_owner: !!user.is_owner, is_primary_owner: false } });
      }
      default:
        return sendJson(res, 200, apiError('unknown_method'));
    }
  };

  const handleHook = (path: string, body: string, res: http.ServerResponse, fault: FaultKind | null): void => {
    const hookPath = path.slice('/hooks'.length);
    if (revokedHooks.has(hookPath)) {
      res.writeHead(410, { 'content-type': 'text/plain' });
      return void res.end('no_service');
    }
    if (!hooks.has(hookPath)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('no_service');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return void res.end('invalid_payload');
    }
    state.webhookPosts.push({ path: hookPath, body: parsed });
    if (fault === 'posted-then-500') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return void res.end('internal_error');
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  };

  const server = await listen((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const bytes = await readBody(req);
      const raw = bytes.toString('utf8');
      const now = Date.now();
      if (now < blockedUntil) state.earlyRequests += 1;
      const record: RecordedRequest = { path, at: now, status: 200 };
      state.requests.push(record);
      const originalWriteHead = res.writeHead.bind(res);
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        record.status = status;
        return (originalWriteHead as (...a: unknown[]) => http.ServerResponse)(status, ...rest);
      }) as typeof res.writeHead;

      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: 'method_not_allowed' });

      const fault = pickFault(path);
      if (fault === '429') {
        const retryAfterSec = faults?.retryAfterSec ?? 1;
        blockedUntil = Math.max(blockedUntil, now + retryAfterSec * 1000);
        const answer = () => sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfterSec) });
        if (faults?.delay429Ms) setTimeout(answer, faults.delay429Ms);
        else answer();
        return;
      }
      if (fault === '500') return sendJson(res, 500, { ok: false, error: 'internal_error' });

      if (path.startsWith('/api/')) {
        let body: Record<string, unknown>;
        try {
          body = parseApiBody(raw, req.headers['content-type']);
        } catch {
          return sendJson(res, 200, apiError('invalid_json'));
        }
        return handleApi(path.slice('/api/'.length), req, body, res, fault);
      }
      if (path.startsWith('/hooks/')) return handleHook(path, raw, res, fault);
      if (path.startsWith('/upload/')) {
        // files.uploadV2 POSTs the file as multipart/form-data (one file part) to the URL it was given.
        const pending = pendingUploads.get(path.slice('/upload/'.length));
        if (!pending) return sendJson(res, 404, { ok: false, error: 'not_found' });
        const form = await new Request('http://standin/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: bytes }).formData();
        const file = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
        const data = file ? Buffer.from(await file.arrayBuffer()) : bytes;
        if (data.length !== pending.length) return sendJson(res, 400, { ok: false, error: 'length_mismatch' });
        pending.data = data;
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end(`OK - ${data.length}`);
      }
      if (path.startsWith('/respond/')) {
        state.responses.push({ id: path.slice('/respond/'.length), body: JSON.parse(raw || '{}') as Record<string, unknown> });
        return sendJson(res, 200, { ok: true });
      }
      sendJson(res, 404, { ok: false, error: 'not_found' });
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(error) });
    });
  });

  const wsBase = `ws://127.0.0.1:${server.port}`;
  const wss = new WebSocketServer({ noServer: true });
  server.server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/socket')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        try {
          const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
          if (message.envelope_id) state.acks.push({ envelope_id: message.envelope_id, payload: message.payload });
        } catch {
          /* ignore non-JSON frames */
        }
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: sockets.size, debug_info: { host: 'standin' }, connection_info: { app_id: 'A0STANDIN' } }));
    });
  });

  const standIn: SlackStandIn = {
    url: server.url,
    apiUrl: `${server.url}/api/`,
    hooksBase: `${server.url}/hooks`,
    responseUrl: (id = randomUUID()) => `${server.url}/respond/${id}`,
    get messages() {
      return state.messages;
    },
    get ephemerals() {
      return state.ephemerals;
    },
    get webhookPosts() {
      return state.webhookPosts;
    },
    get responses() {
      return state.responses;
    },
    get uploads() {
      return state.uploads;
    },
    get requests() {
      return state.requests;
    },
    get acks() {
      return state.acks;
    },
    get earlyRequests() {
      return state.earlyRequests;
    },
    get faultCounts() {
      return state.faultCounts;
    },
    calls: (method) => callCounts.get(method) ?? 0,
    setFaults(config) {
      faults = config;
      blockedUntil = 0;
      state.earlyRequests = 0;
      state.faultCounts = { '429': 0, '500': 0, 'posted-then-500': 0 };
      random = seededRandom(config?.seed ?? 1);
    },
    setUser(id, flags) {
      users.set(id, flags);
    },
    socketConnections: () => sockets.size,
    pushSlashCommand(payload) {
      const envelopeId = randomUUID();
      const envelope = { envelope_id: envelopeId, type: 'slash_commands', accepts_response_payload: true, payload };
      for (const ws of sockets) ws.send(JSON.stringify(envelope));
      return envelopeId;
    },
    async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value as T;
        if (Date.now() > deadline) throw new Error('slack stand-in: condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await server.close();
    },
  };
  return standIn;
}
