import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LuaScript } from '../store/redis/lua-script';

/**
 * The gate every platform request of the delivery workers passes through, shared by all workers of all
 * processes through Redis. One script checks and reserves atomically, with Redis `TIME` as the only clock:
 *
 * - **hold-offs**: after a 429 no request of its scope (a Discord route or the whole bot, a Slack workspace
 *   or webhook) is let through until its Retry-After has passed;
 * - **one request in flight per scope** (a lease): a 429 can only ever answer the one request on the wire, so
 *   no second request is already travelling into the hold-off it announces. The lease is released, and a
 *   429's hold-off set, in one script when the request returns; a worker that dies mid-request leaves a lease
 *   that expires after `leaseMs`;
 * - **pacing** (Slack: one message per second per channel): the next free slot of a key is reserved, or the
 *   request waits for it; when the request is back, the next slot moves to `intervalMs` after its answer, so two
 *   requests of the key are `intervalMs` apart wherever between send and answer the platform stamped them;
 * - **spacing** (Discord's global limit): requests of a key start at least `intervalMs` apart, each taking the
 *   next slot even when it lies a little in the future (the caller then sleeps until it): evenly spaced starts at
 *   a fraction of a millisecond's precision, without a worker's reaction time added to every gap;
 * - **a sliding window** (Discord's 50 in any second) checked at the moment of sending: a request counts from
 *   then until its answer is back, plus the window, so wherever in between the platform counted it, no window of
 *   the platform's ever holds more than the limit — however late a stalled process actually sent it.
 *
 * Inside one process the requests of one scope also queue in memory, so they do not poll Redis for the lease.
 */
const ACQUIRE = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
for i = 4, #KEYS do
  local untilMs = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilMs > now then return {math.ceil(untilMs - now), 'hold', 0} end
end
local leaseLeft = redis.call('PTTL', KEYS[1])
if leaseLeft > 0 then return {leaseLeft, 'busy', 0} end
local interval = tonumber(ARGV[3])
if interval > 0 then
  local nextFree = tonumber(redis.call('GET', KEYS[2]) or '0')
  if nextFree > now then return {math.ceil(nextFree - now), 'pace', 0} end
  redis.call('SET', KEYS[2], string.format('%.3f', now + interval), 'PX', math.ceil(interval * 2))
end
local spacing = tonumber(ARGV[4])
local startIn = 0
if spacing > 0 then
  local slot = math.max(now, tonumber(redis.call('GET', KEYS[3]) or '0'))
  redis.call('SET', KEYS[3], string.format('%.3f', slot + spacing), 'PX', math.ceil(slot - now + spacing * 2) + 1000)
  startIn = math.floor(slot - now)
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]) + startIn)
return {0, 'ok', startIn}`);

/** Milliseconds until the latest of the given hold-offs ends (0: none). */
const HELD = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local wait = 0
for i = 1, #KEYS do
  local untilMs = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilMs - now > wait then wait = untilMs - now end
end
return math.ceil(wait)`);

/** How soon a request that found the window full while the request it waits for is still on the wire looks again (ms). */
const IN_FLIGHT_RETRY_MS = 5;

/**
 * The moment of sending, after the wait for a slot: the hold-offs once more, then a sliding window over the
 * requests themselves (KEYS[1], a sorted set of lease tokens): at most ARGV[1] of them in any ARGV[2] ms. Where
 * the platform counts a request (when it arrives) is not known here, only that it lies between the moment this
 * script lets it go and the moment its answer is back. So each request counts from its claim until it has
 * returned and ARGV[2] ms more: the score of a request on the wire is its claim + ARGV[4] (the lease, after
 * which a dead worker's request stops counting), and RELEASE sets it to the time the answer came back. A request
 * that leaves late (its process stalled after the claim, or the way to the platform was slow) keeps its place in
 * the window until it is back: it can never crowd the requests of the processes that did not stall.
 */
const CLAIM = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
for i = 2, #KEYS do
  local untilMs = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilMs > now then return {math.ceil(untilMs - now), 'hold'} end
end
local limit = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.3f', now - windowMs))
local n = redis.call('ZCARD', KEYS[1])
if n >= limit then
  local leaving = tonumber(redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')[2])
  if leaving > now then return {${IN_FLIGHT_RETRY_MS}, 'wait'} end
  return {math.max(1, math.ceil(leaving + windowMs - now)), 'wait'}
end
local inFlight = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], string.format('%.3f', now + inFlight), ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(inFlight + windowMs) + 1000)
return {0, 'ok'}`);

/**
 * Set the hold-off (never shortening one) before the lease is given back, so no request slips in between. With a
 * window (ARGV[3] = 1, KEYS[3]), the request's place in it now counts from this moment, when its answer is back;
 * with pacing (ARGV[4] > 0, the last key), the key's next slot is ARGV[4] ms after this moment.
 */
const RELEASE = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local ms = tonumber(ARGV[2])
if ms > 0 then
  local untilMs = now + ms
  local current = tonumber(redis.call('GET', KEYS[2]) or '0')
  if untilMs > current then redis.call('SET', KEYS[2], string.format('%.3f', untilMs), 'PX', ms + 1000) end
end
if ARGV[3] == '1' then redis.call('ZADD', KEYS[3], 'XX', string.format('%.3f', now), ARGV[1]) end
local interval = tonumber(ARGV[4])
if interval > 0 then
  local nextFree = now + interval
  if nextFree > tonumber(redis.call('GET', KEYS[#KEYS]) or '0') then
    redis.call('SET', KEYS[#KEYS], string.format('%.3f', nextFree), 'PX', math.ceil(interval * 2))
  end
end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`);

/** How soon a request that found its scope busy in another process looks again (ms). */
const BUSY_RETRY_MS = 20;

export interface GateRequest {
  /** The rate-limit scope of this request: its own hold-off key, and its lease unless `lease` says otherwise. */
  scope: string;
  /**
   * What one request in flight is counted over, when narrower than the scope (Slack: a channel, while a 429
   * holds off the whole workspace). Default: the scope.
   */
  lease?: string;
  /** Further hold-offs that also stop this request (Discord: the bot's global limit). */
  alsoHeldBy?: readonly string[];
  /** Reserve one slot per `intervalMs` of this key (Slack channel pacing), counted from the previous answer; when it is taken, wait. */
  pace?: { key: string; intervalMs: number };
  /**
   * Start the requests of this key `intervalMs` apart (fractions allowed), queueing for the next slot; with
   * `window`, also never more than `limit` requests in any `ms` (a platform's sliding-window limit), each
   * request counted from the moment it may go until its answer is back.
   */
  spacing?: { key: string; intervalMs: number; window?: { limit: number; ms: number } };
}

/** Why a request may not go now, and for how long (ms). */
export type GateWait = { reason: 'hold' | 'busy' | 'pace'; ms: number };

/** What the request reports back: a platform's Retry-After, and which scope it covers. */
export interface GateOutcome {
  retryAfterMs?: number;
  /** Scope the hold-off applies to; default the request's own scope. */
  holdScope?: string;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));


export class SendGate {
  private readonly local = new Map<string, Promise<void>>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    /** How long a lease outlives a worker that died holding it. Longer than any one send takes. */
    private readonly leaseMs = 30_000,
  ) {}

  /**
   * Run `send` when the gate lets it through, and return its result; or, without running it, return how long to
   * wait. `outcome` reads the result's Retry-After, applied atomically with the release of the lease.
   */
  async run<T>(req: GateRequest, send: () => Promise<T>, outcome: (result: T) => GateOutcome): Promise<{ sent: true; result: T } | ({ sent: false } & GateWait)> {
    const leaseScope = req.lease ?? req.scope;
    const unlock = await this.lockLocally(leaseScope);
    try {
      const token = randomBytes(8).toString('hex');
      const lease = this.key('lease', leaseScope);
      const holds = [this.key('hold', req.scope), ...(req.alsoHeldBy ?? []).map((s) => this.key('hold', s))];
      const paceKey = this.key('pace', req.pace?.key ?? req.scope);
      const keys = [lease, paceKey, this.key('slot', req.spacing?.key ?? req.scope), ...holds];
      const [ms, reason, startIn] = (await ACQUIRE.run(this.redis, keys, [token, this.leaseMs, req.pace?.intervalMs ?? 0, req.spacing?.intervalMs ?? 0])) as [number, string, number];
      if (reason !== 'ok') {
        // A lease held elsewhere ends when that request returns, usually within milliseconds: look again soon.
        const wait = reason === 'busy' ? Math.min(Number(ms), BUSY_RETRY_MS) : Number(ms);
        return { sent: false, reason: reason as GateWait['reason'], ms: Math.max(1, wait) };
      }
      if (startIn > 0) await sleep(startIn);
      let window: string | undefined;
      if (req.spacing?.window) {
        // Now, at the moment of sending: a hold-off that began while this request waited for its slot (a global 429
        // of another route) stops it, and the sliding window of requests (each counted until it is back) must have room.
        const windowKey = this.key('window', req.spacing.key);
        for (;;) {
          const [wait, why] = (await CLAIM.run(this.redis, [windowKey, ...holds], [req.spacing.window.limit, req.spacing.window.ms, token, this.leaseMs])) as [number, string];
          if (why === 'ok') {
            window = windowKey;
            break;
          }
          if (why === 'hold') {
            await RELEASE.run(this.redis, [lease, holds[0]!], [token, 0, 0, 0]);
            return { sent: false, reason: 'hold', ms: Math.max(1, Number(wait)) };
          }
          await sleep(Number(wait));
        }
      } else if (startIn > 0) {
        const held = Number(await HELD.run(this.redis, holds, []));
        if (held > 0) {
          await RELEASE.run(this.redis, [lease, holds[0]!], [token, 0, 0, 0]);
          return { sent: false, reason: 'hold', ms: held };
        }
      }
      let result: T | undefined;
      let retryAfterMs = 0;
      let holdScope = req.scope;
      try {
        result = await send();
        const o = outcome(result);
        if (o.retryAfterMs !== undefined) retryAfterMs = Math.max(1, Math.ceil(o.retryAfterMs));
        if (o.holdScope) holdScope = o.holdScope;
      } finally {
        // The request is back: its place in the window, and its key's next pacing slot, count from now.
        const paceMs = req.pace?.intervalMs ?? 0;
        const keys = [lease, this.key('hold', holdScope), ...(window ? [window] : []), ...(paceMs > 0 ? [paceKey] : [])];
        await RELEASE.run(this.redis, keys, [token, retryAfterMs, window ? 1 : 0, paceMs]);
      }
      return { sent: true, result: result as T };
    } finally {
      unlock();
    }
  }

  /** Milliseconds until the hold-off of `scope` ends, by Redis's clock (0 when there is none). */
  async heldFor(scope: string): Promise<number> {
    return Number(await HELD.run(this.redis, [this.key('hold', scope)], []));
  }

  private key(kind: 'lease' | 'pace' | 'slot' | 'window' | 'hold', scope: string): string {
    return `${this.keyPrefix}${kind}:${scope}`;
  }

  /** In-process FIFO per scope: the requests of one scope in this process go one after another. */
  private async lockLocally(scope: string): Promise<() => void> {
    const previous = this.local.get(scope) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.local.set(scope, tail);
    await previous;
    return () => {
      release();
      if (this.local.get(scope) === tail) this.local.delete(scope);
    };
  }
}
