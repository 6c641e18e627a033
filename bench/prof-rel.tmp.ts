import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { extractFigures } from '../src/figures/extract';
import { parseFeedBody } from '../src/feeds/parse';
import { normalizeItem } from '../src/feeds/normalize';
import { buildEntries, buildFeeds } from './lib/corpus';
async function main() {
  const entries = buildEntries(1000, new Date());
  const feeds = buildFeeds(entries, 20);
  const config = loadConfig();
  const items: any[] = [];
  for (const f of feeds) { const r = await parseFeedBody(Buffer.from(f.xml), f.contentType); if (!r.ok) throw 0; for (const raw of r.items) { const it = normalizeItem(raw, { url: f.url, name: f.name }); if (it) items.push(it); } }
  let t0 = performance.now();
  const profile = compileProfile(config.keywords);
  console.log('compile ms', (performance.now() - t0).toFixed(1), 'rules', profile.rules.length, 'exclude', profile.exclude.length);
  for (let r = 0; r < Number(process.env.ROUNDS ?? 4); r++) {
    t0 = performance.now(); let n = 0;
    for (const it of items) if (matchText(profile, it).relevant) n++;
    const rel = performance.now() - t0;
    t0 = performance.now();
    for (const it of items) extractFigures(it, { published: it.published, lang: it.lang });
    console.log(`round ${r}: relevance ${(rel * 1000 / items.length).toFixed(0)} µs/item (${n} relevant), figures ${((performance.now() - t0) * 1000 / items.length).toFixed(0)} µs/item`);
  }
}
main();
