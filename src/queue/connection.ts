import { Redis, type RedisOptions } from 'ioredis';
import type { EventEmitter } from 'node:events';
import type { Logger } from '../log';

/** First retry after this long, doubling up to RETRY_MAX_MS: a short blip reconnects fast, an outage is quiet. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5_000;

/** Delay before reconnect attempt `times` (1-based): 250 ms, 500 ms, 1 s, 2 s, 4 s, then every 5 s. */
export function redisRetryDelay(times: number): number {
  return Math.min(RETRY_FIRST_MS * 2 ** Math.min(Math.max(times - 1, 0), 20), RETRY_MAX_MS);
}

/**
 * ioredis connections. BullMQ workers need `maxRetriesPerRequest: null` (blocking commands must wait
 * through reconnects instead of failing); we use it everywhere so a Redis restart is ridden out.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Reconnect forever with backoff: the service must reconnect by itself.
    retryStrategy: redisRetryDelay,
    // No CLIENT SETINFO on every new connection (BullMQ's blocking duplicates inherit this): two commands per
    // connection, each an error thrown and caught on Redis before 7.2 (Debian's redis-server is 7.0), which
    // is the Redis many deployments and this project's CI run.
    disableClientInfo: true,
    ...extra,
  });
}

/** BullMQ key prefix derived from the deployment's key prefix ("bw:" → "bw:bull"). */
export function bullPrefix(keyPrefix: string): string {
  return `${keyPrefix.replace(/:+$/, '')}:bull`;
}

/** `redis://host:port[/db]` of a Redis URL, for logs: never the user name or password, nor query options. */
export function redisLocation(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname && u.pathname !== '/' ? u.pathname : '';
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${db}`;
  } catch {
    return 'redis (unparsable REDIS_URL)';
  }
}

/** Socket error codes of a connection that is down or cannot be made. */
const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection broken',
  ECONNABORTED: 'connection aborted',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/**
 * True for an error that only says the Redis connection is down: the socket errors above, and ioredis's
 * "Connection is closed." (a command on a closed connection, which BullMQ surfaces from its blocking
 * clients). These are reported once per reconnect attempt by RedisConnectionLog, not by every client.
 */
export function isRedisConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; name?: unknown } | undefined;
  if (!e) return false;
  if (typeof e.code === 'string' && e.code in CONNECTION_CODES) return true;
  return e.message === 'Connection is closed.' || e.name === 'MaxRetriesPerRequestError';
}

/** Why a connection attempt failed, in words ("connection refused"), never the URL or a stack. */
export function connectionFailureReason(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | undefined;
  if (e && typeof e.code === 'string' && CONNECTION_CODES[e.code]) return CONNECTION_CODES[e.code]!;
  const msg = typeof e?.message === 'string' ? e.message : String(err);
  // Redis's own refusals ("WRONGPASS invalid username-password pair", "NOAUTH Authentication required.").
  return msg.split('\n')[0]!.slice(0, 200);
}

/**
 * The one owner of the Redis connection's story in the logs. ioredis emits error → close → reconnecting for
 * every failed attempt, and each BullMQ queue and worker re-emits the same failure: left alone, an outage
 * writes a dozen lines per attempt. This writes one line per attempt of the main connection:
 *
 *   waiting for Redis at redis://127.0.0.1:6379: connection refused   (at start; attempt, retryInMs)
 *   lost Redis at redis://127.0.0.1:6379: connection reset            (a runtime outage begins)
 *   connected to Redis at redis://127.0.0.1:6379                      (first connection)
 *   reconnected to Redis at redis://127.0.0.1:6379 after 40 s         (the outage ends)
 *
 * Use `quiet()` on the queues and workers sharing the connection so their copies of the errors are dropped.
 */
export class RedisConnectionLog {
  private state: 'starting' | 'up' | 'down' = 'starting';
  private lastReason?: string;
  private attempts = 0;
  private since: number;
  readonly location: string;

  constructor(
    client: Redis,
    url: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.location = redisLocation(url);
    this.since = now();
    client.on('error', (err: unknown) => {
      this.lastReason = connectionFailureReason(err);
      // Not a connection failure (e.g. a refused AUTH): worth its own line, once per distinct reason.
      if (!isRedisConnectionError(err)) logger.debug({ redis: this.location, reason: this.lastReason }, 'redis client error');
    });
    // 'reconnecting' comes once per attempt after an unexpected close (never after quit()/disconnect()).
    client.on('reconnecting', (delayMs: number) => {
      const reason = this.lastReason ?? 'connection closed';
      this.lastReason = undefined;
      if (this.state === 'up') {
        this.state = 'down';
        this.since = this.now();
        this.attempts = 1;
        logger.warn({ redis: this.location, reason, retryInMs: delayMs }, `lost Redis at ${this.location}: ${reason}; reconnecting`);
        return;
      }
      this.attempts++;
      logger.warn({ redis: this.location, reason, attempt: this.attempts, retryInMs: delayMs }, `waiting for Redis at ${this.location}: ${reason}`);
    });
    client.on('ready', () => {
      const seconds = Math.round((this.now() - this.since) / 1000);
      if (this.state === 'down') logger.info({ redis: this.location, downForSeconds: seconds }, `reconnected to Redis at ${this.location} after ${seconds} s`);
      else if (this.state === 'starting') logger.info({ redis: this.location, ...(this.attempts ? { waitedSeconds: seconds } : {}) }, `connected to Redis at ${this.location}`);
      this.state = 'up';
      this.attempts = 0;
      this.lastReason = undefined;
    });
  }

  /** Connected and ready now. */
  get connected(): boolean {
    return this.state === 'up';
  }

  /**
   * Route an emitter's 'error' events (a BullMQ Queue or Worker): connection failures are dropped (this log
   * reports them once), anything else goes to `onOther`. Existing 'error' listeners are moved behind the filter.
   */
  quiet(emitter: EventEmitter, onOther?: (err: Error) => void): void {
    const previous = emitter.listeners('error') as Array<(err: Error) => void>;
    emitter.removeAllListeners('error');
    emitter.on('error', (err: Error) => {
      if (isRedisConnectionError(err)) return;
      for (const l of previous) l(err);
      onOther?.(err);
    });
  }
}
