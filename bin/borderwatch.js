#!/usr/bin/env node
'use strict';
// Thin launcher: the TypeScript sources are compiled to dist/ by `npm ci` (prepare script).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('borderwatch: dist/ is missing; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
const args = process.argv.slice(2);

/**
 * A one-shot command (run --once, check-config, figures, stats, …) has printed everything and awaited all of its
 * work when main() resolves: end the process then, once stdout and stderr have flushed, instead of letting Node
 * tear the whole heap down object by object on its way out (a `run --once` over 1,000 items leaves ~150 MB,
 * ~0.1–0.2 s of CPU to free). `start` (the service) keeps Node's normal exit: it ends by itself after a stop.
 */
function exitWhenFlushed(code) {
  process.exitCode = code;
  if (args[0] === 'start') return;
  let pending = 2;
  const done = () => { if (--pending === 0) process.exit(code); };
  for (const stream of [process.stdout, process.stderr]) {
    // The callback of an empty write runs after every earlier write has gone (or failed: a closed pipe).
    if (stream.destroyed || stream.writableEnded) done();
    else stream.write('', done);
  }
}

require(entry).main(args).then(
  exitWhenFlushed,
  (err) => { process.stderr.write(`borderwatch: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
