const t0=process.hrtime.bigint();
for (const m of process.argv.slice(2)) require(m);
const ms=Number(process.hrtime.bigint()-t0)/1e6;
const ks=Object.keys(require.cache);
const fs=require('fs'); let b=0; for (const k of ks) b+=fs.statSync(k).size;
setTimeout(() => { const s=fs.readFileSync('/proc/self/status','utf8'); console.log(/VmRSS:\s+(\d+)/.exec(s)[1]/1024|0, 'MB', ks.length,'files',(b/1024|0),'KB', ms.toFixed(0),'ms', ks.some(k=>k.includes('postgres'))?'pg':'', ks.some(k=>k.includes('luxon'))?'luxon':'', process.argv.slice(2).join(' ')); }, 800);
