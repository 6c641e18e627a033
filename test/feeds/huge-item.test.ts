/**
 * Memory on one huge item: a ~9.6 MB feed (under the 10 MB size cap) holding one item with a very long
 * description goes through the real fetch + parse + normalize + process + render path of the real
 * `borderwatch run --once --dry-run --json` in a child process; its peak RSS must stay under 300 MB (it
 * was ~700 MB when the whole text was analysed). The CLI is the compiled one (`npm test` builds dist/).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listen } from '../support/http';
import { BIN, cleanEnv } from '../support/cli';

const SENTENCES = [
  'Border Patrol agents made more than 190,000 apprehensions between ports of entry in November, CBP said.',
  'Migrants waited at the international bridge in Ciudad Juárez while asylum officers processed 1,200 cases a day.',
  'La Patrulla Fronteriza detuvo a más de 5.000 migrantes en el sector de El Paso durante la semana.',
  'Officials said the new rule on asylum at the border would take effect on Monday.',
];

/** One RSS item whose description (entity-escaped HTML paragraphs) makes the body about `bytes` long. */
function hugeFeed(bytes: number): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Huge</title><link>https://news.example/</link>\n<item><title>Border Patrol apprehensions rise at the border</title><link>https://news.example/huge</link><guid>huge-1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>`;
  const tail = '</description></item></channel></rss>\n';
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; size < bytes; i++) {
    const p = `&lt;p&gt;${SENTENCES[i % SENTENCES.length]} Report ${i}.&lt;/p&gt;\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push(tail);
  return Buffer.from(parts.join(''));
}

test('a 9.6 MB single-item feed is processed under 300 MB peak RSS, its text clipped', async () => {
  const body = hugeFeed(9.6 * 1024 * 1024);
  expect(body.length).toBeGreaterThan(9.5 * 1024 * 1024);
  expect(body.length).toBeLessThan(10 * 1024 * 1024); // under fetch.maxBytes: the cap does not save us
  const feed = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(body);
  });
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-huge-'));
    const cfg = path.join(dir, 'c.yaml');
    writeFileSync(cfg, `fetch: { allowPrivateHosts: ["127.0.0.1"], maxItemAgeHours: 0 }\nfeeds: [{ name: Huge, url: "${feed.url}/huge.xml" }]\n`);
    const rssFile = path.join(dir, 'max-rss');
    const child = spawn(process.execPath, ['--require', path.join(__dirname, '..', 'support', 'report-max-rss.js'), BIN, 'run', '--once', '--dry-run', '--json', '--config', cfg], {
      cwd: dir,
      env: cleanEnv({ BW_MAX_RSS_FILE: rssFile }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const out = JSON.parse(stdout) as { feeds: Array<{ status: string; items: number }>; stories: Array<{ summary: string }> };
    const result = { code, maxRssBytes: Number(readFileSync(rssFile, 'utf8')), feeds: out.feeds, stories: out.stories.length, summaryChars: out.stories[0]?.summary.length ?? 0 };
    expect(result.code).toBe(0);
    expect(result.feeds).toEqual([expect.objectContaining({ status: 'ok', items: 1 })]);
    expect(result.stories).toBe(1); // the item was processed all the way to a story
    expect(result.summaryChars).toBeLessThanOrEqual(280);
    const mb = result.maxRssBytes / (1024 * 1024);
    expect(mb).toBeLessThan(300);
  } finally {
    await feed.close();
  }
}, 120_000);
