require('v8').setFlagsFromString(process.env.FLAG);
require('./dist/main');
setTimeout(() => { const v8=require('v8'); const sp=Object.fromEntries(v8.getHeapSpaceStatistics().map(s=>[s.space_name.replace('_space',''), (s.physical_space_size/1048576).toFixed(1)])); const s=require('fs').readFileSync('/proc/self/status','utf8'); console.log(/VmRSS:\s+(\d+)/.exec(s)[1]/1024|0, 'MB new', sp.new, 'old', sp.old, process.env.FLAG); }, 800);
