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
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`borderwatch: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
