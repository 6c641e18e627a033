/**
 * `run --once --dry-run --sample`: bundled sample feeds (samples/*.xml, English and Spanish), served by
 * this process on 127.0.0.1 so the real fetch → parse → relevance → clustering → figures → render path
 * runs with no network. Publish dates are moved forward by whole days so the newest item is from the
 * last day (the preview skips items older than fetch.maxItemAgeHours).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Config, FeedConfig } from '../config/schema';

/** Where the sample files live (works from src/ under a TS runtime and from dist/). */
export const SAMPLES_DIR = path.resolve(__dirname, '..', '..', 'samples');

interface SampleFeed {
  file: string;
  name: string;
  lang: 'en' | 'es';
}

const DAY = 86_400_000;

/** Shift every RSS pubDate by whole days so the newest is at most a day old (never into the future). */
export function shiftDates(xmls: string[], now: Date): string[] {
  const re = /<pubDate>([^<]+)<\/pubDate>/g;
  let newest = -Infinity;
  for (const x of xmls) for (const m of x.matchAll(re)) newest = Math.max(newest, Date.parse(m[1]!));
  if (!Number.isFinite(newest)) return xmls;
  const days = Math.max(0, Math.floor((now.getTime() - newest) / DAY));
  return xmls.map((x) => x.replace(re, (_all, d: string) => `<pubDate>${new Date(Date.parse(d) + days * DAY).toUTCString()}</pubDate>`));
}

export interface SampleServer {
  feeds: FeedConfig[];
  close(): Promise<void>;
}

/** Start the sample feed server on 127.0.0.1 (a free port) and return the feeds to poll. */
export async function startSampleServer(now: Date = new Date(), dir: string = SAMPLES_DIR): Promise<SampleServer> {
  const list = parseYaml(readFileSync(path.join(dir, 'feeds.yaml'), 'utf8')) as SampleFeed[];
  const bodies = shiftDates(list.map((f) => readFileSync(path.join(dir, f.file), 'utf8')), now);
  const byPath = new Map(list.map((f, i) => [`/${f.file}`, bodies[i]!]));
  const server = http.createServer((req, res) => {
    const body = byPath.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    feeds: list.map((f) => ({ url: `http://127.0.0.1:${port}/${f.file}`, name: f.name, lang: f.lang })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The configuration with the sample feeds in place of the configured ones (and 127.0.0.1 allowed for them).
 * The official datasets are left out: the sample is the offline preview, and their pages are on the network.
 */
export function withSampleFeeds(config: Config, feeds: FeedConfig[]): Config {
  return {
    ...config,
    feeds,
    official: { ...config.official, datasets: [] },
    // No age limit: the sample's dates are shifted by whole days (its weekdays stay true), so its oldest item is
    // 2½ to 3½ days old depending on the time of day, and a 72-hour limit would show it only part of the day.
    fetch: { ...config.fetch, maxItemAgeHours: 0, allowPrivateHosts: [...new Set([...config.fetch.allowPrivateHosts, '127.0.0.1'])] },
  };
}
