/**
 * Fetch one configured dataset: read its document page (or take its direct URL), try the CSV links until one
 * has the kind's header, and ingest it while it streams — all through the feeds' guarded fetcher (SSRF rules,
 * redirects re-checked, size cap, whole-exchange timeout, conditional GET, the configured User-Agent).
 * Never throws: an outcome is a value; a failure names the file and what was wrong, and stores nothing.
 */
import { fetchFeed, fetchStreaming, type FetchOptions } from '../feeds/fetch';
import type { ResolveAll } from '../feeds/net-guard';
import { adapterFor, type DatasetType } from './adapters';
import { findCsvLinks } from './discover';
import { ingestCsv, type IngestResult } from './ingest';
import type { Release } from './types';

export interface DatasetSpec {
  id: string;
  type: DatasetType;
  page?: string;
  url?: string;
}

/** Conditional-GET validators of the file last ingested, kept between fetches. */
export interface DatasetFetchState {
  csvUrl?: string;
  etag?: string;
  lastModified?: string;
  /** When the file was last checked, and its last error (for status replies). ISO. */
  checkedAt?: string;
  lastError?: string;
}

export type DatasetOutcome =
  | { status: 'ok'; url: string; release: Release; state: DatasetFetchState }
  | { status: 'not-modified'; url: string; state: DatasetFetchState }
  | { status: 'error'; url: string; error: string; kind: string };

export interface DatasetFetchOptions {
  fetch: Omit<FetchOptions, 'etag' | 'lastModified' | 'accept'>;
  previous?: DatasetFetchState;
  now?: () => Date;
  resolveAll?: ResolveAll;
}

const CSV_ACCEPT = 'text/csv, application/csv;q=0.9, text/plain;q=0.5, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
/** A document page is small; its links are all we read. */
const PAGE_MAX_BYTES = 5 * 1024 * 1024;

function releasedAt(lastModified: string | undefined, now: Date): string {
  const t = lastModified ? Date.parse(lastModified) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : now.toISOString();
}

type TryResult =
  | { kind: 'ok'; url: string; ingest: Extract<IngestResult, { ok: true }>; etag?: string; lastModified?: string }
  | { kind: 'not-modified'; url: string; etag?: string; lastModified?: string }
  | { kind: 'error'; url: string; error: string; errorKind: string; headerMismatch: boolean };

async function tryFile(spec: DatasetSpec, url: string, opts: DatasetFetchOptions, conditional: boolean): Promise<TryResult> {
  const prev = conditional && opts.previous?.csvUrl === url ? opts.previous : undefined;
  const adapter = adapterFor(spec.type);
  const res = await fetchStreaming(
    url,
    { ...opts.fetch, accept: CSV_ACCEPT, etag: prev?.etag, lastModified: prev?.lastModified, resolveAll: opts.resolveAll ?? opts.fetch.resolveAll },
    (body) => ingestCsv(body, adapter, url),
  );
  if (!res.ok) return { kind: 'error', url, error: `${url}: ${res.error}`, errorKind: res.kind, headerMismatch: false };
  if (res.notModified) return { kind: 'not-modified', url, etag: res.etag ?? prev?.etag, lastModified: res.lastModified ?? prev?.lastModified };
  const ingest = res.value;
  if (!ingest.ok) return { kind: 'error', url, error: ingest.error, errorKind: ingest.kind, headerMismatch: ingest.kind === 'header' || ingest.kind === 'html' };
  return { kind: 'ok', url, ingest, etag: res.head.etag, lastModified: res.head.lastModified };
}

export async function fetchDataset(spec: DatasetSpec, opts: DatasetFetchOptions): Promise<DatasetOutcome> {
  const now = opts.now ?? (() => new Date());
  let candidates: string[];
  if (spec.url) {
    candidates = [spec.url];
  } else if (spec.page) {
    const page = await fetchFeed(spec.page, { ...opts.fetch, maxBytes: Math.min(opts.fetch.maxBytes, PAGE_MAX_BYTES), accept: PAGE_ACCEPT, resolveAll: opts.resolveAll ?? opts.fetch.resolveAll });
    if (!page.ok) return { status: 'error', url: spec.page, kind: page.kind, error: `document page ${spec.page}: ${page.error}` };
    if (page.notModified) return { status: 'error', url: spec.page, kind: 'http', error: `document page ${spec.page}: unexpected 304` };
    candidates = findCsvLinks(page.body.toString('utf8'), page.finalUrl);
    if (candidates.length === 0) return { status: 'error', url: spec.page, kind: 'no-link', error: `document page ${spec.page}: no CSV file is linked from it` };
    // The file ingested last time is asked first, conditionally: an unchanged release costs one 304.
    const prevUrl = opts.previous?.csvUrl;
    if (prevUrl && candidates.includes(prevUrl)) candidates = [prevUrl, ...candidates.filter((c) => c !== prevUrl)];
  } else {
    return { status: 'error', url: '', kind: 'config', error: `dataset ${spec.id}: neither "page" nor "url" is set` };
  }

  const mismatches: string[] = [];
  for (const url of candidates) {
    const r = await tryFile(spec, url, opts, true);
    if (r.kind === 'not-modified') {
      return { status: 'not-modified', url, state: { csvUrl: url, etag: r.etag, lastModified: r.lastModified, checkedAt: now().toISOString() } };
    }
    if (r.kind === 'ok') {
      const release = r.ingest.aggregator.toRelease({
        dataset: spec.id,
        type: spec.type,
        url,
        ...(spec.page ? { page: spec.page } : {}),
        releasedAt: releasedAt(r.lastModified, now()),
        fetchedAt: now().toISOString(),
        coversNationwide: adapterFor(spec.type).coversNationwide,
        notes: r.ingest.notes,
      });
      return { status: 'ok', url, release, state: { csvUrl: url, etag: r.etag, lastModified: r.lastModified, checkedAt: now().toISOString() } };
    }
    // A file of another kind on the same page: try the next link. Any other failure is the answer.
    if (r.headerMismatch && candidates.length > 1) {
      mismatches.push(r.error);
      continue;
    }
    return { status: 'error', url, kind: r.errorKind, error: r.error };
  }
  return {
    status: 'error',
    url: spec.page ?? spec.url ?? '',
    kind: 'no-matching-file',
    error: `document page ${spec.page}: none of the ${candidates.length} CSV files linked from it is a ${adapterFor(spec.type).label} file (${mismatches.join('; ')})`,
  };
}
