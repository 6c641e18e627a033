'use strict';
// Preloaded (node --require) into a spawned CLI: at exit, writes the process's peak resident set size
// in bytes to the file named by BW_MAX_RSS_FILE. The CLI itself runs unchanged.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  writeFileSync(process.env.BW_MAX_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
