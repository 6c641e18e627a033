/**
 * config/zod-lazy-locales.ts on the production build: with the stand-in, zod's locales load on first use, and
 * zod's API is the same as without it (the same `z.locales` names, each locale working, English messages).
 * In fresh processes: the module cache is node's, not jest's.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, cleanEnv } from '../support/cli';

const SCHEMA = path.join(ROOT, 'dist', 'config', 'schema.js');

function run(script: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' }));
}

const probe = `
  const z = require('zod');
  const loaded = () => Object.keys(require.cache).filter((k) => /zod[\\\\/]v4[\\\\/]locales[\\\\/](?!index)/.test(k)).length;
  const atStart = loaded();
  const english = z.string().safeParse(1).error.issues[0].message;
  const names = Object.keys(z.locales).sort();
  const sameInCore = names.every((n) => z.core.locales[n] === z.locales[n]);
  z.config(z.locales.es());
  const spanish = z.string().safeParse(1).error.issues[0].message;
  z.config(z.locales.en());
  process.stdout.write(JSON.stringify({ atStart, names, sameInCore, english, spanish, types: names.map((n) => typeof z.locales[n]) }));`;

test('after config/schema, zod has loaded no locale but English, and offers every locale it offers without the stand-in', () => {
  const lazy = run(`require(${JSON.stringify(SCHEMA)});${probe}`) as { atStart: number; names: string[]; sameInCore: boolean; english: string; spanish: string; types: string[] };
  const eager = run(probe) as typeof lazy;
  expect(eager.atStart).toBeGreaterThan(40);
  expect(lazy.atStart).toBe(1);
  expect(lazy.names).toEqual(eager.names);
  expect(lazy.sameInCore).toBe(true);
  expect(lazy.types.every((t) => t === 'function')).toBe(true);
  expect(lazy.english).toBe(eager.english);
  expect(lazy.spanish).toBe(eager.spanish);
  expect(lazy.spanish).not.toBe(lazy.english);
});
