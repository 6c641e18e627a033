/**
 * Extra checks on signed Slack HTTP requests, before Bolt's own verification (which stays on):
 *  - Bolt refuses a timestamp more than 5 minutes in the past, but accepts any timestamp in the future; a
 *    captured request signed with a future timestamp could be replayed for as long as that lasts. Refused.
 *  - the same signature twice within the 5-minute window is a replay (Slack signs every delivery, retries
 *    included, with a fresh timestamp), refused.
 * Only correctly signed requests are examined and remembered (Bolt's `isValidSlackRequest`), so forged
 * requests cannot fill the replay memory; they go on to Bolt, which refuses them with 401 as before.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, defaultBodyLimit, isRawBodyError, isValidSlackRequest } from '@slack/bolt';

/** Slack's window: a request may be at most this old, and (here) at most this far in the future. */
export const SLACK_REQUEST_WINDOW_SECONDS = 300;

/** Remembers signatures seen; `claim` is false when the key was already claimed and has not expired. */
export interface ReplayStore {
  claim(key: string, ttlSeconds: number): Promise<boolean>;
}

/** Per-process replay memory: entries expire with the window, so it holds at most 10 minutes of requests. */
export class MemoryReplayStore implements ReplayStore {
  private readonly seen = new Map<string, number>();
  constructor(private readonly nowMs: () => number = Date.now) {}

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const now = this.nowMs();
    for (const [k, expires] of this.seen) if (expires <= now) this.seen.delete(k);
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(key, now + ttlSeconds * 1000);
    return true;
  }
}

export interface SlackRequestGuardOptions {
  signingSecret: string;
  /** Request paths Bolt answers (the events endpoint); other requests pass untouched. */
  paths: string[];
  replayStore?: ReplayStore;
  nowMs?: () => number;
  warn(message: string): void;
}

type Verdict = { ok: true } | { ok: false; reason: string };

/** Decide on one buffered request. Exposed for the request listener below. */
export async function checkSlackRequest(
  req: IncomingMessage & { rawBody: Buffer },
  opts: Pick<SlackRequestGuardOptions, 'signingSecret' | 'nowMs'> & { replayStore: ReplayStore },
): Promise<Verdict> {
  const signature = req.headers['x-slack-signature'];
  const tsHeader = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof tsHeader !== 'string') return { ok: true }; // Bolt refuses it
  const ts = Number(tsHeader);
  const nowMs = opts.nowMs?.() ?? Date.now();
  const body = req.rawBody.toString();
  const valid = isValidSlackRequest({ signingSecret: opts.signingSecret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts }, nowMilliseconds: nowMs });
  if (!valid) return { ok: true }; // unsigned, forged or stale: Bolt refuses it with 401 and logs why
  if (ts > Math.floor(nowMs / 1000) + SLACK_REQUEST_WINDOW_SECONDS) return { ok: false, reason: 'x-slack-request-timestamp is more than 5 minutes in the future' };
  // Remember it until Bolt would refuse it as stale anyway.
  const ttl = Math.max(1, ts + SLACK_REQUEST_WINDOW_SECONDS - Math.floor(nowMs / 1000) + 1);
  if (!(await opts.replayStore.claim(`${signature}`, ttl))) return { ok: false, reason: 'a request with this signature was already received (replay)' };
  return { ok: true };
}

/**
 * Wraps Bolt's HTTP request listener (HTTPReceiver.requestListener): POSTs to the events path are buffered
 * (Bolt then reads the buffered body, `BufferedIncomingMessage`), checked, and refused with 401 when they
 * fail; everything else goes to Bolt as it came.
 */
export function guardSlackRequests(inner: RequestListener, opts: SlackRequestGuardOptions): RequestListener {
  const replayStore = opts.replayStore ?? new MemoryReplayStore(opts.nowMs);
  const paths = new Set(opts.paths);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method !== 'POST' || !paths.has(path)) {
      inner(req, res);
      return;
    }
    void (async () => {
      let buffered: IncomingMessage & { rawBody: Buffer };
      try {
        buffered = (await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit)) as IncomingMessage & { rawBody: Buffer };
      } catch (err) {
        HTTPModuleFunctions.buildNoBodyResponse(res, isRawBodyError(err) && (err as { statusCode?: number }).statusCode === 413 ? 413 : 400);
        return;
      }
      const verdict = await checkSlackRequest(buffered, { signingSecret: opts.signingSecret, nowMs: opts.nowMs, replayStore });
      if (!verdict.ok) {
        opts.warn(`slack: refused a signed request: ${verdict.reason}`);
        HTTPModuleFunctions.buildNoBodyResponse(res, 401);
        return;
      }
      inner(buffered, res);
    })().catch(() => {
      if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
    });
  };
}
