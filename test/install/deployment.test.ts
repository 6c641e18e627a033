/**
 * README and deployment files say what the code does: the quick start is two commands with the sample as
 * fallback, the README's configuration examples pass every check, docker compose points
 * BORDERWATCH_CONFIG at the file it mounts, and .dockerignore keeps local state out of the build.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadCheckedConfig } from '../../src/config/check';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const readme = read('README.md');

function yamlBlockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThanOrEqual(0);
  const m = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

test('the quick start is two commands (the real dry run, the tests) and names the sample as the fallback', () => {
  const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## What it does'));
  const block = /```sh\n([\s\S]*?)```/.exec(quick)![1]!;
  const commands = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  expect(commands.map((l) => l.split('#')[0]!.trim())).toEqual(['npm ci && npx borderwatch run --once --dry-run', 'npm test']);
  expect(quick).toContain('npx borderwatch run --once --dry-run --sample');
  expect(quick).toMatch(/about \d+ minutes/);
  expect(quick).toContain('redis-server');
  expect(quick).toContain('fetch.allowPrivateHosts');
  // Pacing internals live in "How it works", not in the operator's sections.
  expect(readme.slice(0, readme.indexOf('## How it works'))).not.toContain('21 ms');
  expect(readme.slice(readme.indexOf('## How it works'))).toContain('send gate');
});

test("the README's configuration examples pass every check (rule names that exist included)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-readme-'));
  for (const [name, marker] of [['subscription.yaml', 'A subscription:'], ['local.yaml', '# config/local.yaml']] as const) {
    const file = path.join(dir, name);
    writeFileSync(file, yamlBlockAfter(marker === '# config/local.yaml' ? 'list its host in `fetch.allowPrivateHosts`' : marker));
    expect(() => loadCheckedConfig(file, { env: {} })).not.toThrow();
  }
});

test('docker compose sets BORDERWATCH_CONFIG to the config file it mounts, for every service', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, { volumes?: string[]; environment?: Record<string, string> }> };
  let mounted = 0;
  for (const [name, svc] of Object.entries(compose.services)) {
    const config = (svc.volumes ?? []).map((v) => v.split(':')[1]).find((target) => target?.startsWith('/app/config/'));
    if (!config) continue;
    mounted++;
    expect({ name, BORDERWATCH_CONFIG: svc.environment?.BORDERWATCH_CONFIG }).toEqual({ name, BORDERWATCH_CONFIG: config });
  }
  expect(mounted).toBe(2);
});

test('.dockerignore keeps node_modules, .git, secrets and test output out; everything the Dockerfile copies stays in', () => {
  const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const p of ['node_modules', '.git', '.env', 'dist', 'coverage', 'test']) expect(ignored).toContain(p);
  const copied = [...read('Dockerfile').matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
  expect(copied).toEqual(expect.arrayContaining(['package.json', 'src', 'bin', 'config', 'samples']));
  for (const c of copied) expect(ignored).not.toContain(c);
});
