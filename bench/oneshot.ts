/**
 * Section 9 — the one-shot run as a whole process: `node bin/borderwatch.js run --once --dry-run --json`
 * (the production build, dist/; memory stores, no Redis) over 50 local feeds of 20 corpus items each,
 * against a plain script that fetches and parses the same feeds with rss-parser. Both sides are fresh
 * child processes (node start-up and module loading included), run several times alternately, median of
 * the wall times. Also `borderwatch --help` start-up against a bare `node -e 0`.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildEntries, buildFeeds, type CorpusFeed } from './lib/corpus';
import { median, nowMs, round } from './lib/measure';
import type { SectionResult } from './lib/report';

export interface OneshotOptions {
  feeds: number;
  itemsPerFeed: number;
  runs: number;
}

const ROOT = path.resolve(__dirname, '..');
const TARGET_RATIO = 3;
const TARGET_HELP_S = 0.3;
/** The config's fetch.concurrency (default 16), used by the baseline too. */
const CONCURRENCY = 16;

interface ChildRun {
  ms: number;
  stdout: string;
}

/** Run a node child to its end; wall time from spawn to exit. */
function runNode(args: string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = nowMs() - t0;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ ms, stdout });
    });
  });
}

/** The baseline: fetch every feed with rss-parser's parseURL, `CONCURRENCY` at a time, and count the items. */
function baselineScript(): string {
  return `'use strict';
const Parser = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'rss-parser'))});
const urls = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const parser = new Parser();
let next = 0, items = 0, feeds = 0;
async function lane() {
  while (next < urls.length) {
    const feed = await parser.parseURL(urls[next++]);
    feeds++;
    items += feed.items.length;
  }
}
Promise.all(Array.from({ length: ${CONCURRENCY} }, lane)).then(() => process.stdout.write(JSON.stringify({ feeds, items }) + '\\n'));
`;
}

export async function benchOneshot(opts: OneshotOptions): Promise<SectionResult> {
  // Corpus dates go back weeks: the config's maxItemAgeHours 0 processes every item, none skipped as old.
  const feeds: CorpusFeed[] = buildFeeds(buildEntries(opts.feeds * opts.itemsPerFeed), opts.itemsPerFeed);
  const bodies = feeds.map((f) => ({ body: Buffer.from(f.xml, 'utf8'), type: f.contentType }));
  let requests = 0;
  const server = http.createServer((req, res) => {
    const n = Number(/^\/f\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    const f = bodies[n];
    if (!f) return void res.writeHead(404).end();
    requests++;
    res.writeHead(200, { 'content-type': f.type, 'content-length': f.body.length }).end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', 1024, r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = feeds.map((_, i) => `${base}/f/${i}.xml`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-oneshot-'));
  const configFile = path.join(dir, 'config.json');
  const urlsFile = path.join(dir, 'urls.json');
  const baselineFile = path.join(dir, 'baseline.js');
  writeFileSync(
    configFile,
    JSON.stringify({
      fetch: { allowPrivateHosts: ['127.0.0.1'], maxItemAgeHours: 0, concurrency: CONCURRENCY },
      // No official datasets: the run stays on 127.0.0.1, and the baseline has nothing like them.
      official: { datasets: [] },
      feeds: feeds.map((f, i) => ({ url: urls[i], name: f.name, ...(f.lang ? { lang: f.lang } : {}) })),
    }),
  );
  writeFileSync(urlsFile, JSON.stringify(urls));
  writeFileSync(baselineFile, baselineScript());
  const cli = path.join(ROOT, 'bin', 'borderwatch.js');
  const onceArgs = [cli, 'run', '--once', '--dry-run', '--json', '--config', configFile];

  const once: number[] = [];
  const plain: number[] = [];
  const help: number[] = [];
  const bare: number[] = [];
  let stories = 0;
  let messages = 0;
  let onceItems = 0;
  let plainItems = 0;
  try {
    // One warm-up of each (file cache, the server's first connections), not counted.
    await runNode(onceArgs, dir);
    await runNode([baselineFile, urlsFile], dir);
    for (let r = 0; r < opts.runs; r++) {
      // Alternate which side goes first, so neither always gets the warmer machine.
      const sides = [
        async () => {
          const run = await runNode(onceArgs, dir);
          const out = JSON.parse(run.stdout) as { feeds: Array<{ status: string; items: number; error?: string }>; stories: unknown[]; messages: unknown[] };
          const bad = out.feeds.find((f) => f.status !== 'ok');
          if (bad || out.feeds.length !== feeds.length) throw new Error(`run --once: a feed did not answer: ${JSON.stringify(bad ?? out.feeds.length)}`);
          onceItems = out.feeds.reduce((s, f) => s + f.items, 0);
          stories = out.stories.length;
          messages = out.messages.length;
          once.push(run.ms);
        },
        async () => {
          const run = await runNode([baselineFile, urlsFile], dir);
          plainItems = (JSON.parse(run.stdout) as { items: number }).items;
          plain.push(run.ms);
        },
      ];
      if (r % 2) sides.reverse();
      for (const side of sides) await side();
      help.push((await runNode([cli, '--help'], dir)).ms);
      bare.push((await runNode(['-e', '0'], dir)).ms);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  }
  const onceMs = median(once);
  const plainMs = median(plain);
  const helpMs = median(help);
  const bareMs = median(bare);
  const ratio = onceMs / plainMs;
  const s = (ms: number) => round(ms / 1000, 3);
  const items = opts.feeds * opts.itemsPerFeed;
  return {
    id: 'oneshot',
    title: `10. One-shot run, whole process (${opts.feeds} local feeds × ${opts.itemsPerFeed} items)`,
    tables: [
      {
        headers: ['process', 'runs', 'median s', 'min s', 'max s', '× baseline (median)'],
        rows: [
          ['baseline: node script, rss-parser parseURL of every feed', plain.length, s(plainMs), s(Math.min(...plain)), s(Math.max(...plain)), 1],
          ['borderwatch run --once --dry-run --json (dist/, memory stores)', once.length, s(onceMs), s(Math.min(...once)), s(Math.max(...once)), round(ratio, 2)],
          ['baseline: node -e 0', bare.length, s(bareMs), s(Math.min(...bare)), s(Math.max(...bare)), ''],
          ['borderwatch --help', help.length, s(helpMs), s(Math.min(...help)), s(Math.max(...help)), round(helpMs / bareMs, 2)],
        ],
      },
    ],
    verdicts: [
      { figure: `run --once, ${items.toLocaleString('en-US')} items, ÷ rss-parser script`, value: `${round(ratio, 2)}×`, target: `≤ ${TARGET_RATIO}×`, ok: ratio <= TARGET_RATIO },
      { figure: 'start-up, borderwatch --help', value: `${s(helpMs)} s`, target: `≤ ${TARGET_HELP_S} s`, ok: helpMs / 1000 <= TARGET_HELP_S },
    ],
    notes: [
      `Feeds: ${opts.feeds} corpus feeds (RSS 2.0 and Atom, ${opts.itemsPerFeed} items each, HTML descriptions; bench/lib/corpus.ts) served from the bench process on 127.0.0.1 (${requests} requests answered). borderwatch read ${onceItems} items and printed ${stories} stories and ${messages} messages (preview digests: no subscriptions); the baseline parsed ${plainItems} items.`,
      `borderwatch: node bin/borderwatch.js run --once --dry-run --json --config FILE, the config allowing 127.0.0.1 (fetch.allowPrivateHosts), fetch.maxItemAgeHours 0 (every item is processed, none skipped as old) and no official datasets (nothing leaves the machine). Baseline: a plain node script with rss-parser's parseURL, ${CONCURRENCY} feeds at a time (the config's fetch.concurrency). Each run is a fresh process; wall time from spawn to exit; ${opts.runs} runs each, alternating which side goes first, after one warm-up run of each.`,
    ],
  };
}
