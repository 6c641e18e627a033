/**
 * The `run --once --dry-run --json` contract, checked by spawning the real CLI against a local feed server:
 * no Redis, no tokens; one JSON object on stdout; only relevant stories; one story per event with every
 * source; rendered payloads exactly as they would be sent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listen } from '../support/http';
import { runCli } from '../support/cli';

const FIX = path.join(__dirname, '..', 'fixtures', 'pipeline');
let server: Awaited<ReturnType<typeof listen>>;
let dir: string;

beforeAll(async () => {
  server = await listen((req, res) => {
    const p = req.url ?? '/';
    const files: Record<string, [string, string]> = {
      '/a.xml': ['outlet-a.xml', 'application/rss+xml; charset=utf-8'],
      '/b.xml': ['outlet-b.xml', 'application/atom+xml'],
      '/es.xml': ['outlet-es.xml', 'application/rss+xml'],
    };
    const f = files[p];
    if (f) {
      res.writeHead(200, { 'content-type': f[1] });
      res.end(readFileSync(path.join(FIX, f[0])));
    } else if (p === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body>Not a feed</body></html>');
    } else {
      res.writeHead(500);
      res.end('oops');
    }
  });
  dir = mkdtempSync(path.join(os.tmpdir(), 'bw-once-'));
});
afterAll(() => server.close());

function writeConfig(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return file;
}

function feedsConfig(extra = ''): string {
  return `
fetch:
  allowPrivateHosts: ["127.0.0.1"]
  maxItemAgeHours: 0
  timeoutMs: 5000
official: { datasets: [] }   # the default CBP dataset is on the internet: tests never fetch it
feeds:
  - { name: Frontera Daily, url: "${server.url}/a.xml" }
  - { name: Valley Ledger, url: "${server.url}/b.xml" }
  - { name: Diario Fronterizo, url: "${server.url}/es.xml", lang: es }
  - { name: Broken Feed, url: "${server.url}/broken" }
  - { name: HTML Page, url: "${server.url}/html" }
${extra}`;
}

interface OnceJson {
  feeds: Array<{ url: string; name: string; status: string; items: number; error?: string }>;
  stories: Array<{ id: string; title: string; url: string; published: string; summary: string; figures: Array<Record<string, unknown>>; sources: Array<{ name: string; title: string; url: string }>; sourceCount: number }>;
  messages: Array<{ platform: string; target: string; payload: Record<string, unknown> }>;
}

test('dry run prints one JSON object: feed statuses, relevant clustered stories, preview messages', async () => {
  const cfg = writeConfig('feeds.yaml', feedsConfig());
  const r = await runCli(['run', '--once', '--dry-run', '--json', '--config', cfg]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as OnceJson; // exactly one JSON document (parse fails on anything extra)
  expect(Object.keys(out).sort()).toEqual(['feeds', 'messages', 'stories']);

  // Feeds: statuses and errors are values, the run completes.
  const byName = Object.fromEntries(out.feeds.map((f) => [f.name, f]));
  expect(byName['Frontera Daily']).toMatchObject({ status: 'ok', items: 4, url: `${server.url}/a.xml` });
  expect(byName['Valley Ledger']).toMatchObject({ status: 'ok', items: 2 });
  expect(byName['Diario Fronterizo']).toMatchObject({ status: 'ok', items: 2 });
  expect(byName['Broken Feed']!.status).toBe('error');
  expect(byName['Broken Feed']!.error).toMatch(/500/);
  expect(byName['HTML Page']!.status).toBe('error');
  expect(byName['HTML Page']!.error).toBeTruthy();

  // Only relevant stories: the dog show, bird migration and football are gone.
  const titles = out.stories.map((s) => s.title).join('\n');
  expect(titles).not.toMatch(/collie|Bird migration|Toluca/);

  // One story per event, every source listed (the first one included), tracking/AMP URLs in the sources.
  const cbp = out.stories.filter((s) => /190,000/.test(s.title));
  expect(cbp).toHaveLength(1);
  expect(cbp[0]!.sources.map((s) => s.name).sort()).toEqual(['Frontera Daily', 'Valley Ledger']);
  for (const s of cbp[0]!.sources) expect(Object.keys(s).sort()).toEqual(['name', 'title', 'url']);
  expect(cbp[0]!.sourceCount).toBe(2);
  expect(cbp[0]!.summary.length).toBeLessThanOrEqual(280);
  expect(cbp[0]!.summary).not.toMatch(/appeared first on/);
  const top = cbp[0]!.figures.find((f) => f.value === 190000);
  expect(top).toMatchObject({ metric: 'apprehensions', qualifier: 'more than' });

  // Latin-1 Spanish feed decoded correctly, with its figure.
  const es = out.stories.find((s) => /INM/.test(s.title));
  expect(es?.title).toBe('INM reporta más de 10.000 detenciones de migrantes en Chiapas');
  expect(es?.figures.some((f) => f.value === 10000)).toBe(true);

  // No subscriptions: one preview digest per platform, payloads exactly as they would be sent.
  expect(out.messages.length).toBeGreaterThanOrEqual(2);
  expect(new Set(out.messages.map((m) => m.target))).toEqual(new Set(['preview']));
  const discord = out.messages.filter((m) => m.platform === 'discord');
  const slack = out.messages.filter((m) => m.platform === 'slack');
  expect(discord.length).toBeGreaterThanOrEqual(1);
  expect(slack.length).toBeGreaterThanOrEqual(1);
  for (const m of discord) expect(m.payload.allowed_mentions).toEqual({ parse: [] });
  for (const m of slack) expect(typeof m.payload.text).toBe('string');

  // Hostile feed text stays inert in every payload.
  const all = JSON.stringify(out.messages);
  expect(all).not.toMatch(/<!channel>|<!here>|<@&\d+>|javascript:|<script/);
  expect(all).not.toMatch(/(^|[^\u200b])@everyone/);
});

test('subscriptions in the config are rendered per subscription with their targets', async () => {
  const cfg = writeConfig(
    'subs.yaml',
    feedsConfig(`
subscriptions:
  - { platform: discord, channel: "111111111111111111", mode: instant }
  - { platform: slack, channel: C0123456789, mode: digest, schedule: "0 8 * * *", timezone: America/Chicago }
`),
  );
  const r = await runCli(['run', '--once', '--dry-run', '--json', '--config', cfg]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as OnceJson;
  const discordAlerts = out.messages.filter((m) => m.platform === 'discord');
  // One alert per story for the instant subscription.
  expect(discordAlerts).toHaveLength(out.stories.length);
  expect(new Set(discordAlerts.map((m) => m.target))).toEqual(new Set(['111111111111111111']));
  const slack = out.messages.filter((m) => m.platform === 'slack');
  expect(slack.length).toBeGreaterThanOrEqual(1);
  expect(slack.every((m) => m.target === 'C0123456789')).toBe(true);
});

test('human-readable dry run lists feeds, stories and the messages it would post', async () => {
  const cfg = writeConfig('feeds2.yaml', feedsConfig());
  const r = await runCli(['run', '--once', '--dry-run', '--config', cfg]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Feeds: 3 of 5 answered/);
  expect(r.stdout).toMatch(/Would post: \d+/);
  expect(r.stdout).toMatch(/\[ERR\] Broken Feed/);
});

test('a bad config fails fast with the file, the field path and what was expected', async () => {
  const cfg = writeConfig('bad.yaml', `feeds:\n  - name: X\n    url: ftp://example.org/feed\nsubscriptions:\n  - platform: discord\n    channel: "1"\n    mode: digest\n    schedule: "every morning"\n`);
  const r = await runCli(['run', '--once', '--dry-run', '--json', '--config', cfg]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`${cfg}:3: feeds[0].url`);
  expect(r.stderr).toMatch(/http\(s\) URL/);
  expect(r.stderr).toMatch(/subscriptions\[0\]\.schedule: .*cron/);
});

test('check-config validates keyword rule syntax with a position', async () => {
  const cfg = writeConfig('rules.yaml', `keywords:\n  rules:\n    - name: broken\n      match: 'border AND (wall OR'\n`);
  const r = await runCli(['check-config', cfg]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/keywords\.rules\[0\]\.match/);
  expect(r.stderr).toMatch(/position \d+/);
  const ok = await runCli(['check-config']);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(/config OK \(defaults\): \d+ feeds/);
});

test('bad arguments exit non-zero with usage on stderr', async () => {
  const r = await runCli(['run', '--bogus']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Usage:/);
  const r2 = await runCli(['run', '--dry-run']);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toMatch(/--once/);
});
