const mem = (l) => { const v8=require('v8'); const sp=Object.fromEntries(v8.getHeapSpaceStatistics().map(s=>[s.space_name.replace('_space',''), (s.physical_space_size/1048576).toFixed(1)])); const s=require('fs').readFileSync('/proc/self/status','utf8'); console.log(l, /VmRSS:\s+(\d+)/.exec(s)[1]/1024|0, 'MB new', sp.new, 'old', sp.old, 'used', (process.memoryUsage().heapUsed/1048576).toFixed(1)); };
const { loadCheckedConfig } = require('./dist/config/check');
mem('loaded');
const t0 = Date.now();
const c = loadCheckedConfig(process.argv[2], {});
mem('config ' + (Date.now() - t0) + 'ms');
setTimeout(() => { if (global.gc) gc(); mem('after gc'); globalThis.keep = c; }, 500);
