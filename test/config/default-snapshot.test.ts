/**
 * The defaults' build-time snapshot (src/config/default-snapshot.ts, written to dist/ by `npm run build`):
 * the same configuration as reading the YAML, used only while it matches the YAML's text, and errors in the
 * defaults still named by the YAML's file and line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadConfig, sha256Of } from '../../src/config/load';
import { writeDefaultsSnapshot } from '../../src/config/default-snapshot';
import { loadCheckedConfig } from '../../src/config/check';
import { ROOT, cleanEnv } from '../support/cli';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-snapshot-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const NO_SNAPSHOT = path.join(dir, 'absent.snapshot.json');
const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
};

test('the snapshot of config/default.yaml gives the same configuration as reading the YAML, with or without a file over it', () => {
  const snap = path.join(dir, 'default.snapshot.json');
  expect(writeDefaultsSnapshot(DEFAULT_CONFIG_PATH, snap)).toBeUndefined();
  expect(JSON.parse(readFileSync(snap, 'utf8')).sha256).toBe(sha256Of(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')));
  expect(loadConfig(undefined, { snapshotPath: snap })).toEqual(loadConfig(undefined, { snapshotPath: NO_SNAPSHOT }));
  const user = file('user.json', JSON.stringify({ fetch: { timeoutMs: 3000 }, feeds: [{ url: 'https://example.org/feed', name: 'E' }] }));
  expect(loadConfig(user, { snapshotPath: snap })).toEqual(loadConfig(user, { snapshotPath: NO_SNAPSHOT }));
});

test('a snapshot is used only while the YAML still hashes the same: an edited defaults file is read again', () => {
  const defaults = file('defaults.yaml', 'keyPrefix: "yaml:"\n');
  const snap = file('d.snapshot.json', JSON.stringify({ sha256: sha256Of('keyPrefix: "yaml:"\n'), data: { keyPrefix: 'snapshot:' } }));
  expect(loadConfig(undefined, { defaultsPath: defaults, snapshotPath: snap }).keyPrefix).toBe('snapshot:');
  writeFileSync(defaults, 'keyPrefix: "edited:"\n');
  expect(loadConfig(undefined, { defaultsPath: defaults, snapshotPath: snap }).keyPrefix).toBe('edited:');
  // A damaged snapshot is no snapshot.
  writeFileSync(snap, '{ not json');
  expect(loadConfig(undefined, { defaultsPath: defaults, snapshotPath: snap }).keyPrefix).toBe('edited:');
});

test('an error in snapshotted defaults names the YAML file and line, as when the YAML is read', () => {
  const defaults = file('bad-defaults.yaml', 'fetch:\n  intervalMinutes: 5\n  timeoutMs: "soon"\n');
  const snap = path.join(dir, 'bad.snapshot.json');
  expect(writeDefaultsSnapshot(defaults, snap)).toBeUndefined();
  expect(() => loadConfig(undefined, { defaultsPath: defaults, snapshotPath: snap })).toThrow(`${defaults}:3: fetch.timeoutMs:`);
});

test('keyword queries the build parsed are not parsed again; one that does not parse is still reported with the YAML file and line', () => {
  const defaults = file('rules-defaults.yaml', 'keywords:\n  rules:\n    - { name: ok, match: "border AND wall" }\n    - { name: bad, match: "border AND" }\n  exclude: ["NOT wall"]\n');
  const snap = path.join(dir, 'rules.snapshot.json');
  expect(writeDefaultsSnapshot(defaults, snap)).toBeUndefined();
  expect(JSON.parse(readFileSync(snap, 'utf8')).checkedQueries).toEqual(['border AND wall', 'NOT wall']);
  expect(() => loadCheckedConfig(undefined, { defaultsPath: defaults, snapshotPath: snap })).toThrow(new RegExp(`${defaults.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: keywords\\.rules\\[1\\]\\.match: "border AND"`));
  // The same message as without a snapshot.
  expect(messageOf(() => loadCheckedConfig(undefined, { defaultsPath: defaults, snapshotPath: snap }))).toBe(
    messageOf(() => loadCheckedConfig(undefined, { defaultsPath: defaults, snapshotPath: NO_SNAPSHOT })),
  );
});

test('no snapshot is written for a YAML that does not read or is missing (the YAML then reports at run time)', () => {
  const snap = path.join(dir, 'none.snapshot.json');
  expect(writeDefaultsSnapshot(file('broken.yaml', 'feeds: [\n  - a\n'), snap)).toMatch(/broken\.yaml:\d+:\d+: invalid YAML/);
  expect(existsSync(snap)).toBe(false);
  expect(writeDefaultsSnapshot(path.join(dir, 'missing.yaml'), snap)).toMatch(/not found/);
  expect(existsSync(snap)).toBe(false);
});

test('the build (dist/) ships the snapshot of the current config/default.yaml, and a JSON config over it never loads the YAML reader', () => {
  const shipped = path.join(ROOT, 'dist', 'config', 'default.snapshot.json');
  expect(JSON.parse(readFileSync(shipped, 'utf8')).sha256).toBe(sha256Of(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')));
  const user = file('over.json', JSON.stringify({ feeds: [{ url: 'https://example.org/feed', name: 'E' }] }));
  const script = `
    const { loadCheckedConfig } = require(${JSON.stringify(path.join(ROOT, 'dist', 'config', 'check.js'))});
    const c = loadCheckedConfig(${JSON.stringify(user)});
    const yaml = Object.keys(require.cache).some((k) => /node_modules\\/yaml\\//.test(k));
    process.stdout.write(JSON.stringify({ feeds: c.feeds.length, rules: c.keywords.rules.length, yaml }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: cleanEnv(), encoding: 'utf8' })) as { feeds: number; rules: number; yaml: boolean };
  expect(out).toEqual({ feeds: 1, rules: loadConfig().keywords.rules.length, yaml: false });
});
