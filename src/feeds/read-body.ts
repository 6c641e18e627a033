/**
 * Read an HTTP response body with a byte cap counted AFTER decompression, stopping as soon as the
 * cap is passed (a gzip bomb never gets inflated past it) or the caller's deadline fires.
 */
import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { decodersFor } from './decompress';

export type BodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; kind: 'too-large' | 'timeout' | 'network' | 'http'; error: string };

/** What the reader needs of a deadline: an AbortSignal fits, and so does fetch.ts's timer-only Deadline. */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, opts?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface ReadBodyOptions {
  maxBytes: number;
  /** Aborted when the whole-response deadline passes. */
  signal: AbortLike;
  /** Message used when `signal` fires ("timed out after 15000 ms"). */
  timeoutError: string;
}

export function tooLargeError(maxBytes: number): string {
  return `response larger than ${maxBytes} bytes`;
}

/** Stream `res` through its Content-Encoding decoders into one Buffer of at most `maxBytes`. */
export function readCappedBody(res: IncomingMessage, opts: ReadBodyOptions): Promise<BodyResult> {
  return new Promise<BodyResult>((resolve) => {
    let decoders: NodeJS.ReadWriteStream[];
    try {
      decoders = decodersFor(res.headers['content-encoding']);
    } catch (err) {
      res.on('error', () => undefined);
      res.destroy();
      resolve({ ok: false, kind: 'http', error: (err as Error).message });
      return;
    }

    const declared = Number(res.headers['content-length']);
    if (decoders.length === 0 && Number.isFinite(declared) && declared > opts.maxBytes) {
      res.on('error', () => undefined);
      res.destroy();
      resolve({ ok: false, kind: 'too-large', error: `${tooLargeError(opts.maxBytes)} (Content-Length ${declared})` });
      return;
    }

    const streams: Array<NodeJS.ReadableStream & { destroy(): void }> = [res, ...(decoders as Array<NodeJS.ReadWriteStream & { destroy(): void }>)];
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;

    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener('abort', onAbort);
      if (!result.ok) for (const s of streams) s.destroy();
      resolve(result);
    };
    const onAbort = (): void => finish({ ok: false, kind: 'timeout', error: opts.timeoutError });

    // Every stream gets an error handler: an unhandled 'error' event would crash the process.
    res.on('error', (err: Error) =>
      finish(opts.signal.aborted ? { ok: false, kind: 'timeout', error: opts.timeoutError } : { ok: false, kind: 'network', error: `connection error while reading the body: ${err.message}` }),
    );
    for (const d of decoders) {
      d.on('error', (err: Error) => finish({ ok: false, kind: 'http', error: `could not decode ${res.headers['content-encoding']} body: ${err.message}` }));
    }

    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort, { once: true });

    let out: NodeJS.ReadableStream = res;
    for (const d of decoders) out = out.pipe(d);

    out.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > opts.maxBytes) finish({ ok: false, kind: 'too-large', error: tooLargeError(opts.maxBytes) });
      else chunks.push(chunk);
    });
    out.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, total) }));
    res.on('close', () => {
      // Closed without 'end' on the decoded side: the server hung up mid-body.
      if (!res.complete) setImmediate(() => finish({ ok: false, kind: 'network', error: 'connection closed before the response was complete' }));
    });
  });
}

/** The error a capped body stream fails with; `kind` says why (as in BodyResult). */
export class BodyStreamError extends Error {
  constructor(
    readonly kind: 'too-large' | 'timeout' | 'network' | 'http',
    message: string,
  ) {
    super(message);
    this.name = 'BodyStreamError';
  }
}

/**
 * The body of `res` as a stream, decoded and capped at `maxBytes` (counted after decompression) — for bodies
 * too large to buffer. It fails with a BodyStreamError when the cap is passed, the deadline fires, the
 * connection is cut before the body is complete, or the encoding is bad. Destroying the returned stream
 * (a consumer that read enough) releases the connection.
 */
export function openCappedStream(res: IncomingMessage, opts: ReadBodyOptions): Promise<{ ok: true; body: Readable } | { ok: false; kind: 'too-large' | 'http'; error: string }> {
  let decoders: NodeJS.ReadWriteStream[];
  try {
    decoders = decodersFor(res.headers['content-encoding']);
  } catch (err) {
    res.on('error', () => undefined);
    res.destroy();
    return Promise.resolve({ ok: false, kind: 'http', error: (err as Error).message });
  }
  const declared = Number(res.headers['content-length']);
  if (decoders.length === 0 && Number.isFinite(declared) && declared > opts.maxBytes) {
    res.on('error', () => undefined);
    res.destroy();
    return Promise.resolve({ ok: false, kind: 'too-large', error: `${tooLargeError(opts.maxBytes)} (Content-Length ${declared})` });
  }
  const sources = [res, ...(decoders as Array<NodeJS.ReadWriteStream & { destroy(): void }>)];
  const out = new PassThrough();
  let total = 0;
  let done = false;
  const stopSources = (): void => {
    opts.signal.removeEventListener('abort', onAbort);
    for (const s of sources) s.destroy();
  };
  const fail = (kind: BodyStreamError['kind'], message: string): void => {
    if (done) return;
    done = true;
    stopSources();
    out.destroy(new BodyStreamError(kind, message));
  };
  const onAbort = (): void => fail('timeout', opts.timeoutError);
  res.on('error', (err: Error) => (opts.signal.aborted ? onAbort() : fail('network', `connection error while reading the body: ${err.message}`)));
  for (const d of decoders) d.on('error', (err: Error) => fail('http', `could not decode ${res.headers['content-encoding']} body: ${err.message}`));
  if (opts.signal.aborted) onAbort();
  else opts.signal.addEventListener('abort', onAbort, { once: true });
  // The consumer stopped early (it read enough, or refused the file): let the connection go.
  out.on('close', () => {
    if (done) return;
    done = true;
    stopSources();
  });
  let src: NodeJS.ReadableStream = res;
  for (const d of decoders) src = src.pipe(d);
  src.on('data', (chunk: Buffer) => {
    if (done) return;
    total += chunk.length;
    if (total > opts.maxBytes) return fail('too-large', tooLargeError(opts.maxBytes));
    if (!out.write(chunk)) {
      src.pause();
      out.once('drain', () => src.resume());
    }
  });
  src.on('end', () => {
    if (done) return;
    done = true;
    opts.signal.removeEventListener('abort', onAbort);
    out.end();
  });
  res.on('close', () => {
    if (!res.complete) setImmediate(() => fail('network', 'connection closed before the response was complete'));
  });
  return Promise.resolve({ ok: true, body: out });
}
