/**
 * Content-Encoding decoding for fetched bodies (gzip, deflate, br). Streaming only, so a size cap
 * counted on the decoded bytes can stop a decompression bomb early.
 */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** Encodings we advertise in Accept-Encoding. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * "deflate" is meant to be zlib-wrapped (RFC 9110) but some servers send raw deflate.
 * Pick the decoder from the first byte (a zlib header has compression method 8 in its low nibble).
 */
class DeflateAuto extends Transform {
  private inner?: zlib.Inflate | zlib.InflateRaw;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const zlibWrapped = chunk.length > 0 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | (chunk[1] ?? 0)) % 31 === 0;
      this.inner = zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    if (this.inner.write(chunk)) done();
    else this.inner.once('drain', () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }
}

/** A decoder stream for one content coding, or undefined for identity. Throws on an unknown coding. */
function decoderFor(coding: string): NodeJS.ReadWriteStream | undefined {
  switch (coding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return new DeflateAuto();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new Error(`unsupported content-encoding "${coding}"`);
  }
}

/**
 * The decoder chain for a Content-Encoding header value, in decoding order (the header lists codings
 * in the order they were applied). Empty for identity. Throws on an unknown coding.
 */
export function decodersFor(contentEncoding: string | undefined): NodeJS.ReadWriteStream[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  return codings
    .reverse()
    .map(decoderFor)
    .filter((d): d is NodeJS.ReadWriteStream => d !== undefined);
}
