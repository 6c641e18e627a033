/** Realistic stories for the delivery benchmarks: corpus items through the real Pipeline.process (memory stores). */
import type { FeedItem, Story } from '../../src/model';
import { Pipeline } from '../../src/pipeline/pipeline';
import { createMemoryStores } from '../../src/store/memory';
import { buildEntries } from './corpus';
import { benchConfig, silentLogger } from './service';

export function entryToItem(e: ReturnType<typeof buildEntries>[number]): FeedItem {
  return {
    id: e.guid,
    guid: e.guid,
    title: e.title,
    link: e.link,
    published: e.published.toISOString(),
    summary: e.summary,
    feedUrl: `https://news${e.outlet}.example.com/feed.xml`,
    feedName: `Outlet ${e.outlet}`,
    lang: e.lang,
  };
}

export async function sampleStories(count: number): Promise<Story[]> {
  const pipeline = new Pipeline(benchConfig({ keyPrefix: 'unused:', feeds: [] }), createMemoryStores(), silentLogger(), 'service');
  const out: Story[] = [];
  for (const e of buildEntries(400)) {
    const r = await pipeline.process(entryToItem(e));
    if (r.kind === 'new' && r.story.figures.length > 0) out.push(r.story);
    if (out.length >= count) break;
  }
  return out;
}
