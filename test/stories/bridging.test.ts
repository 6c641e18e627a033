import type { Redis } from 'ioredis';
import type { FeedItem } from '../../src/model';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { RedisSeenStore } from '../../src/store/redis/seen-store';
import { RedisStoryStore } from '../../src/store/redis/story-store';
import { StoryClusterer, indexKeys } from '../../src/stories/cluster';
import { compareTexts, textFeatures } from '../../src/stories/similarity';
import type { StoryStore } from '../../src/stories/story-store';
import type { SeenStore } from '../../src/stories/seen-store';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';

// Invented coverage of one ruling: a wire's report, a local reaction story that shares too little with it,
// and a Spanish report that tells both (the ruling, and the reaction in the same city).
const RULING = { title: 'Judge halts end of protections for 120,000 Salvadorans', summary: 'U.S. District Judge Laura Pineda in Boston ruled on Tuesday that the administration failed to weigh conditions in El Salvador before ending Temporary Protected Status for Salvadorans.', published: '2031-05-06T15:00:00Z' };
const REACTION = { title: 'Salvadoran families in Houston cheer TPS ruling', summary: 'Community groups in Houston said Tuesday the court decision protects thousands of working families from deportation to El Salvador.', published: '2031-05-06T16:00:00Z' };
const BOTH = { title: 'Jueza frena el fin del TPS para 120.000 salvadoreños', summary: 'La jueza federal Laura Pineda, en Boston, concluyó el martes que el Gobierno no evaluó la situación de El Salvador antes de retirar el Estatus de Protección Temporal; en Houston, familias salvadoreñas celebraron la decisión.', published: '2031-05-06T17:00:00Z' };
// Another ruling the same week, elsewhere: stays apart from all of them.
const OTHER = { title: 'Judge upholds end of protections for 40,000 Nicaraguans', summary: 'U.S. District Judge Owen Marsh in San Francisco ruled on Thursday that the administration could end Temporary Protected Status for Nicaraguans in March.', published: '2031-05-08T15:00:00Z' };

let n = 0;
function item(x: { title: string; summary: string; published: string }, outlet: string): FeedItem {
  n++;
  return { id: `b-${n}`, guid: `b-${n}`, title: x.title, summary: x.summary, published: x.published, link: `https://${outlet}.example.com/${n}`, feedUrl: `https://${outlet}.example.com/rss`, feedName: outlet };
}

let redis: Redis;
const prefixes: string[] = [];
beforeAll(() => {
  redis = testRedis();
});
afterAll(async () => {
  for (const p of prefixes) await deletePrefix(redis, p);
  await closeTestRedis();
});

const impls: Array<[string, (now: () => number) => { seen: SeenStore; stories: StoryStore }]> = [
  ['memory', (now) => ({ seen: new MemorySeenStore(now), stories: new MemoryStoryStore({ now }) })],
  [
    'redis',
    (now) => {
      const p = uniquePrefix('bridge');
      prefixes.push(p);
      return { seen: new RedisSeenStore(redis, p, { now }), stories: new RedisStoryStore(redis, p, { now }) };
    },
  ],
];

describe('class: one report tells the same event as two stories that did not match each other', () => {
  it('the texts: the reaction does not match the ruling, the Spanish report matches both', () => {
    const f = [RULING, REACTION, BOTH].map((x) => textFeatures(x.title, x.summary, [], Date.parse(x.published)));
    expect(compareTexts(f[0]!, f[1]!).same).toBe(false);
    expect(compareTexts(f[2]!, f[0]!).same).toBe(true);
    expect(compareTexts(f[2]!, f[1]!).same).toBe(true);
  });

  describe.each(impls)('%s stores', (_name, make) => {
    it('folds the two stories into one, which later reports of either join; another ruling stays apart', async () => {
      const clock = { t: Date.parse(RULING.published) };
      const { seen, stories } = make(() => clock.t);
      const c = new StoryClusterer({ seen, stories, clusterWindowHours: 72, seenTtlDays: 30, now: () => new Date(clock.t) });
      const add = async (x: typeof RULING, outlet: string) => {
        clock.t = Date.parse(x.published) + 60_000;
        return c.add(item(x, outlet), [], x.summary);
      };
      const a = await add(RULING, 'wire');
      const b = await add(REACTION, 'houston');
      expect(a.kind).toBe('new');
      expect(b.kind).toBe('new');
      if (a.kind !== 'new' || b.kind !== 'new') return;
      const both = await add(BOTH, 'diario');
      expect(both.kind).toBe('merged');
      if (both.kind !== 'merged') return;
      const [kept, gone] = both.story.id === a.story.id ? [a.story.id, b.story.id] : [b.story.id, a.story.id];
      expect(both.story.id).toBe(kept);
      expect(both.absorbed).toEqual([gone]);
      // The kept story remembers what it absorbed (figures recorded under that id are its own).
      expect(both.story.absorbed).toEqual([gone]);
      expect((await stories.get(kept))?.absorbed).toEqual([gone]);
      expect(both.story.sources.map((s) => s.name).sort()).toEqual(['diario', 'houston', 'wire']);
      // The folded story is gone from the store; the kept one holds every source.
      expect(await stories.get(gone)).toBeUndefined();
      expect((await stories.get(kept))?.sources).toHaveLength(3);
      expect((await stories.sourceTexts([kept])).get(kept)).toHaveLength(3);
      // A lookup under the folded story's own index keys (its entries outlive it) never returns it again, from
      // the store or from a copy the store kept.
      if (stories.lookup) {
        const keys = indexKeys(textFeatures(REACTION.title, REACTION.summary, [], Date.parse(REACTION.published)));
        const found = await stories.lookup({ keys, since: '2031-05-05T00:00:00Z', until: '2031-05-08T00:00:00Z', limit: 40 });
        expect(found.candidates.map((s) => s.id)).toContain(kept);
        expect(found.candidates.map((s) => s.id)).not.toContain(gone);
      }
      // A copy of the reaction story from another outlet finds the kept story through the folded one's texts.
      const again = await add({ ...REACTION, published: '2031-05-06T19:00:00Z' }, 'tv');
      expect(again).toMatchObject({ kind: 'merged', story: { id: kept } });
      const other = await add(OTHER, 'wire2');
      expect(other.kind).toBe('new');
    });
  });
});
