/**
 * A fresh `npm ci` (npm 11) prints a warning for every dependency with an install script that
 * package.json's `allowScripts` does not cover. Every such package in the lockfile must be listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; version?: string }>;
};

test('every dependency with an install script is covered by allowScripts', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([key, p]) => key !== '' && p.hasInstallScript)
    .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(withScripts.length).toBeGreaterThan(0);
  const covered = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1')));
  expect(withScripts.filter((name) => !covered.has(name))).toEqual([]);
});

test('the denied scripts are not needed: the prebuilt native bindings load', () => {
  // @swc/core's postinstall only checks the prebuilt binding (falling back to a wasm download);
  // msgpackr-extract and @parcel/watcher build from source only when no prebuilt binary exists.
  expect(pkg.allowScripts).toEqual({ '@parcel/watcher': false, '@swc/core': false, 'msgpackr-extract': false });
  expect(typeof (require('@swc/core') as { transformSync: unknown }).transformSync).toBe('function');
  expect(typeof (require('msgpackr-extract') as { extractStrings: unknown }).extractStrings).toBe('function');
  expect(typeof (require('@parcel/watcher') as { subscribe: unknown }).subscribe).toBe('function');
});
