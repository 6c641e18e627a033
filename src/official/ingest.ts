/**
 * Streaming ingest of one CSV file through a dataset adapter: csv-parse reads the stream record by record
 * (quoted commas, a byte-order mark, CRLF), the adapter checks the header and reads each row, the Aggregator
 * sums. Memory stays flat however long the file. Every failure is a value naming the file and, for a bad row,
 * the line and column; nothing is stored here, so a failed ingest loses nothing.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import { BodyStreamError } from '../feeds/read-body';
import type { DatasetAdapter } from './adapter';
import { Aggregator } from './aggregate';
import type { Release } from './types';

export type IngestErrorKind = 'header' | 'html' | 'truncated' | 'bad-row' | 'empty' | 'too-large' | 'timeout' | 'network' | 'http';

export type IngestResult =
  | { ok: true; aggregator: Aggregator; notes: string[] }
  | { ok: false; kind: IngestErrorKind; error: string; missing?: string[] };

class StopIngest extends Error {
  constructor(readonly result: Extract<IngestResult, { ok: false }>) {
    super(result.error);
  }
}

/** Refuses an HTML page (a login wall, an error page, the document page itself) before any CSV parsing. */
class HtmlSniffer extends Transform {
  private seen = '';
  private decided = false;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.decided) {
      this.seen += chunk.toString('latin1', 0, Math.min(chunk.length, 512));
      const head = this.seen.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
      if (head.length > 0 || this.seen.length >= 512) {
        this.decided = true;
        if (/^<(!doctype|html|head|body|\?xml|!--|[a-z])/i.test(head)) return done(new StopIngest({ ok: false, kind: 'html', error: 'got an HTML page, not a CSV file' }));
      }
    }
    done(null, chunk);
  }
}

function describeCsvError(err: CsvError, source: string): Extract<IngestResult, { ok: false }> {
  const line = (err as CsvError & { lines?: number }).lines;
  const where = line ? `${source}: line ${line}` : source;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { ok: false, kind: 'truncated', error: `${where}: the file ends inside a quoted field (truncated?)` };
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return { ok: false, kind: 'truncated', error: `${where}: the row has a different number of fields than the header (truncated or malformed file)` };
    default:
      return { ok: false, kind: 'bad-row', error: `${where}: ${err.message}` };
  }
}

/** Read `body` as CSV with `adapter`. `source` names the file in errors (its URL). */
export async function ingestCsv(body: Readable, adapter: DatasetAdapter, source: string): Promise<IngestResult> {
  const agg = new Aggregator();
  let notes: string[] = [];
  // The first refusal wins: a throw inside the consumer may reach `pipeline` as an AbortError.
  let stopped: StopIngest | undefined;
  const stop = (result: Extract<IngestResult, { ok: false }>): StopIngest => {
    stopped = new StopIngest(result);
    return stopped;
  };
  const parser = parse({ bom: true, skip_empty_lines: true, max_record_size: 64 * 1024, info: true });
  try {
    await pipeline(body, new HtmlSniffer(), parser, async (records: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
      let columns: Record<string, number> | undefined;
      for await (const { record, info } of records) {
        if (!columns) {
          const check = adapter.checkHeader(record);
          if (!check.ok) throw stop({ ok: false, kind: 'header', error: `${source}: ${check.error}`, missing: check.missing });
          columns = check.columns;
          notes = check.notes;
          continue;
        }
        const cell = adapter.readRow(record, columns);
        if ('error' in cell) throw stop({ ok: false, kind: 'bad-row', error: `${source}: line ${info.lines}: column "${cell.column}": ${cell.error}` });
        agg.add(cell);
      }
      if (!columns) throw stop({ ok: false, kind: 'empty', error: `${source}: the file is empty` });
    });
  } catch (err) {
    if (stopped) return stopped.result;
    if (err instanceof StopIngest) return err.result;
    if (err instanceof BodyStreamError) {
      const kind = err.kind === 'network' ? 'truncated' : err.kind;
      return { ok: false, kind, error: `${source}: ${err.message}` };
    }
    if (err instanceof CsvError) return describeCsvError(err, source);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_STREAM_PREMATURE_CLOSE') return { ok: false, kind: 'truncated', error: `${source}: the stream closed before the file was complete` };
    return { ok: false, kind: 'bad-row', error: `${source}: ${(err as Error).message}` };
  }
  if (agg.empty) return { ok: false, kind: 'empty', error: `${source}: the file has a header but no data rows` };
  return { ok: true, aggregator: agg, notes: [...notes, ...(adapter.rowNotes?.() ?? [])] };
}

export type { Release };
