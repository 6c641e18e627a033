import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { extractFigures } from '../src/figures/extract';
import { summarize } from '../src/summary/extractive';
import { StoryClusterer } from '../src/stories/cluster';
import { createMemoryStores } from '../src/store/memory';
import { parseFeedBody } from '../src/feeds/parse';
import { normalizeItem } from '../src/feeds/normalize';
import { buildEntries, buildFeeds } from './lib/corpus';
async function main() {
  const anchor = new Date();
  const entries = buildEntries(1500, anchor);
  const feeds = buildFeeds(entries);
  const config = loadConfig();
  const items: any[] = [];
  const langByGuid = new Map(entries.map((e) => [e.guid, e.lang]));
  for (const f of feeds) { const r = await parseFeedBody(Buffer.from(f.xml), f.contentType); if (!r.ok) throw 0; for (const raw of r.items) { const it = normalizeItem(raw, { url: f.url, name: f.name }); if (it) items.push({ ...it, lang: langByGuid.get(it.guid ?? '') }); } }
  const profile = compileProfile(config.keywords);
  const relevant = items.filter((it) => matchText(profile, it).relevant);
  const figures = relevant.map((it) => extractFigures(it, { published: it.published, lang: it.lang }));
  const sums = relevant.map((it, i) => summarize(it, figures[i]!, { maxChars: config.summary.maxChars }));
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
    const st = createMemoryStores();
    const c = new StoryClusterer({ seen: st.seen, stories: st.stories, clusterWindowHours: config.stories.clusterWindowHours, seenTtlDays: config.stories.seenTtlDays, now: () => anchor });
    const t0 = performance.now();
    for (let i = 0; i < relevant.length; i++) await c.add(relevant[i]!, figures[i]!, sums[i]!);
    console.log(`round ${round}: ${relevant.length} items ${((performance.now() - t0) * 1000 / relevant.length).toFixed(0)} µs/item`);
  }
}
main();
