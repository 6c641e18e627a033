import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load';
import { Pipeline } from '../src/pipeline/pipeline';
import { createRedisStores } from '../src/store/redis';
import { createMemoryStores } from '../src/store/memory';
import { createLogger } from '../src/log';
import { parseFeedBody } from '../src/feeds/parse';
import { normalizeItem } from '../src/feeds/normalize';
import { buildEntries, buildFeeds } from './lib/corpus';
import { benchPrefix, deletePrefix } from './lib/redis';
async function main() {
  const anchor = new Date();
  const entries = buildEntries(1500, anchor);
  const feeds = buildFeeds(entries);
  const config = loadConfig();
  const items: any[] = [];
  const langByGuid = new Map(entries.map((e) => [e.guid, e.lang]));
  for (const f of feeds) { const r = await parseFeedBody(Buffer.from(f.xml), f.contentType); if (!r.ok) throw 0; for (const raw of r.items) { const it = normalizeItem(raw, { url: f.url, name: f.name }); if (it) items.push({ ...it, lang: langByGuid.get(it.guid ?? '') }); } }
  const redis = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null });
  const logger = createLogger({ level: 'silent' });
  const clusterOpts = { clusterWindowHours: config.stories.clusterWindowHours, seenTtlDays: config.stories.seenTtlDays, now: () => anchor };
  const mode = process.env.STORES ?? 'redis';
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    const prefix = benchPrefix('prof');
    const stores = mode === 'redis' ? createRedisStores(redis, prefix, clusterOpts) : createMemoryStores();
    const p = new Pipeline({ ...config, feeds: [] }, stores, logger, 'service', () => anchor);
    const before = await redis.info('commandstats');
    const t0 = performance.now();
    for (const it of items) await p.process(it);
    const ms = performance.now() - t0;
    const after = await redis.info('commandstats');
    const calls = (s: string) => [...s.matchAll(/calls=(\d+)/g)].reduce((a, m) => a + Number(m[1]), 0);
    const per = (txt: string) => new Map([...txt.matchAll(/cmdstat_([^:]+):calls=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
    const a = per(after), b = per(before);
    console.log([...a].map(([k, v]) => [k, (v - (b.get(k) ?? 0)) / items.length] as const).filter(([, v]) => v > 0.05).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
    console.log(`${mode} round ${round}: ${items.length} items ${(ms * 1000 / items.length).toFixed(0)} µs/item, redis cmds/item ${((calls(after) - calls(before)) / items.length).toFixed(1)}`);
    stores.clusterLock?.close?.();
    await deletePrefix(redis, prefix);
  }
  redis.disconnect();
}
main();
