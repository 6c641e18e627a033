/**
 * The first-run experience of the CLI: `--sample` (bundled feeds served by the process on 127.0.0.1), the
 * human-readable dry run (what a reader sees, not JSON), the offline message, --version, --help, bad flags.
 */
import { cleanEnv, runCli } from '../support/cli';
import { listen } from '../support/http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';

test('run --once --dry-run --sample shows a real digest: stories, figures, also reported by, sizes against limits', async () => {
  const r = await runCli(['run', '--once', '--dry-run', '--sample']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Feeds: 4 of 4 answered/);
  expect(r.stdout).toMatch(/\[ok \] Noticias del Norte \(muestra\)/);
  // Traps of the sample are filtered out.
  expect(r.stdout).not.toMatch(/collie|Toluca/);
  // Each message: platform and target, size against the limits, then plain text.
  expect(r.stdout).toMatch(/=== Discord → preview · message 1 of 1 · \d+ of 10 embeds · [\d,]+ of 6,000 characters/);
  expect(r.stdout).toMatch(/=== Slack → preview · message 1 of 1 · \d+ of 50 blocks · [\d,]+ of 12,000 characters/);
  expect(r.stdout).toMatch(/By the numbers/);
  expect(r.stdout).toMatch(/Key figures:\n(\s+• .*\n)*\s+• 47,300 apprehensions between ports of entry/);
  expect(r.stdout).toMatch(/Also reported by:\n\s+Valley Ledger \(sample\) <https:\/\/valley-ledger\.example\//);
  // A Spanish story's figures read in Spanish form (Spanish separators) on every channel.
  expect(r.stdout).toContain('más de 7.500 detenciones en Chiapas (nov');
  // Plain text, not payloads: no JSON, no markdown link syntax, no Slack <url|label>.
  expect(r.stdout).not.toMatch(/"embeds"|"blocks"|\]\(https?:|<https?:[^>]*\|/);
  expect(r.stdout).toMatch(/the exact payloads: add --json/);
  // Posted links are the canonical ones: the sample feeds' utm_* and fbclid parameters are gone.
  expect(r.stdout).toContain('<https://rio-grande-herald.example/2026/11/30/cbp-november-apprehensions>');
  expect(r.stdout).not.toMatch(/utm_|fbclid/);
});

test('with defaults.language: es the sample preview reads in Spanish', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-sample-es-'));
  const cfg = path.join(dir, 'es.yaml');
  writeFileSync(cfg, 'defaults:\n  language: es\n');
  const r = await runCli(['run', '--once', '--dry-run', '--sample', '--config', cfg]);
  expect(r.code).toBe(0);
  for (const text of ['vista previa de borderwatch', '# En cifras', 'Cifras clave:', 'También lo publicó:', '47.300 apprehensions', 'Cambiar: /border suscribir']) expect(r.stdout).toContain(text);
  expect(r.stdout).toMatch(/\d{1,2} (nov|dic|ene|feb|mar|abr|may|jun|jul|ago|sep|oct) 20\d\d, \d\d:\d\d/);
  expect(r.stdout).not.toMatch(/By the numbers|Key figures|Also reported by/);
});

test('--sample --json keeps the JSON contract, with clustered stories from the sample feeds', async () => {
  const r = await runCli(['run', '--once', '--dry-run', '--sample', '--json']);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { feeds: Array<{ status: string; url: string }>; stories: Array<{ sources: unknown[]; figures: unknown[] }>; messages: unknown[] };
  expect(Object.keys(out).sort()).toEqual(['feeds', 'messages', 'stories']);
  expect(out.feeds.map((f) => f.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  for (const f of out.feeds) expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(out.stories.length).toBeGreaterThanOrEqual(5);
  expect(out.stories.filter((s) => s.sources.length >= 2).length).toBeGreaterThanOrEqual(2);
  expect(out.stories.some((s) => s.figures.length > 0)).toBe(true);
  expect(out.messages.length).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(out)).not.toMatch(/utm_|fbclid/);
  // Every relevant sample item shows, whatever the time of day: the oldest (the Tapachula caravan) is 2½–3½ days
  // old once the dates are shifted by whole days, past a 72-hour item-age limit for part of each day.
  expect(JSON.stringify(out.stories)).toContain('Caravana de unos 2.000 migrantes');
});

test('--sample is refused without --dry-run: sample stories are never posted', async () => {
  const r = await runCli(['run', '--once', '--sample']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^borderwatch run: --sample only goes with --dry-run/);
  expect(r.stderr).toMatch(/Usage: borderwatch run --once/);
});

test('when no feed answers, the run says so plainly and offers --sample', async () => {
  // Two local ports nothing listens on (closed right after binding): every feed fails.
  const a = await listen((_q, res) => res.end());
  const b = await listen((_q, res) => res.end());
  await a.close();
  await b.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-offline-'));
  const cfg = path.join(dir, 'offline.yaml');
  writeFileSync(cfg, `fetch:\n  allowPrivateHosts: ["127.0.0.1"]\n  timeoutMs: 3000\nfeeds:\n  - { name: A, url: "${a.url}/a.xml" }\n  - { name: B, url: "${b.url}/b.xml" }\n`);
  const { LOG_LEVEL: _quiet, ...noLogLevel } = cleanEnv();
  const r = await runCli(['run', '--once', '--dry-run', '--config', cfg], { env: noLogLevel });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Feeds: 0 of 2 answered/);
  expect(r.stdout).toMatch(/No feed could be reached: the network may be down/);
  expect(r.stdout).toMatch(/npx borderwatch run --once --dry-run --sample/);
  // The report lists the errors; the log does not repeat them line by line.
  expect(r.stderr).toBe('');
  const j = await runCli(['run', '--once', '--dry-run', '--json', '--config', cfg]);
  expect(JSON.parse(j.stdout).feeds).toHaveLength(2); // stdout stays the contract
  expect(j.stderr).toMatch(/No feed could be reached.*--sample/);
});

test('--version prints the package version', async () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  const r = await runCli(['--version']);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`borderwatch ${pkg.version}\n`);
});

test.each([['run'], ['start'], ['check-config'], ['register-commands'], ['figures']])('%s -h and --help print that subcommand\'s usage', async (cmd) => {
  for (const flag of ['-h', '--help']) {
    const r = await runCli([cmd, flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: borderwatch ${cmd}`));
    expect(r.stderr).toBe('');
  }
});

test.each([['run'], ['start'], ['check-config'], ['register-commands']])('%s with an unknown flag: one clean line, then that usage', async (cmd) => {
  const r = await runCli([cmd, '--bogus']);
  expect(r.code).toBe(2);
  const [first, blank, usage] = r.stderr.split('\n');
  expect(first).toBe(`borderwatch ${cmd}: unknown option "--bogus"`);
  expect(blank).toBe('');
  expect(usage).toMatch(new RegExp(`^Usage: borderwatch ${cmd}`));
  expect(r.stdout).toBe('');
});
