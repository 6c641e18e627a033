/**
 * Memory cost of the seen-item store in real Redis: marks N synthetic items (3 dedup keys each, like
 * dedupKeys() gives) through RedisSeenStore under a private prefix, reads INFO memory used_memory
 * before, half-way and after, and reports bytes per item and MB per million items (target ≤ 100 MB): the
 * memory measured plus, for the items up to a million, the marginal cost per item of the second half
 * (the fixed cost of the 65,536 bucket keys is paid early, so a small run alone would overstate it). As a
 * baseline measured in the same run, a naive store (one Redis key per dedup key, SET EX) on fewer items.
 * Deletes every key it wrote.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisSeenStore } from '../src/store/redis/seen-store';
import { dedupKeys } from '../src/stories/fingerprint';
import type { FeedItem } from '../src/model';
import { deletePrefix } from './lib/redis';

const TTL = 30 * 24 * 3600;
const BATCH = 2000;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const m = /used_memory:(\d+)/.exec(info);
  if (!m) throw new Error('INFO memory has no used_memory');
  return Number(m[1]);
}

function syntheticItem(i: number): FeedItem {
  const feed = `https://feed${i % 200}.example.com/rss`;
  return {
    id: `guid-${i}`,
    guid: `guid-${i}`,
    title: `Border story number ${i} about migrants and asylum at the crossing`,
    link: `https://www.outlet${i % 200}.example.com/news/2024/story-${i}?utm_source=rss`,
    summary: `A synthetic summary for item ${i} with enough words to carry a text fingerprint of its own.`,
    feedUrl: feed,
    feedName: `Feed ${i % 200}`,
  };
}

/** Marks items [from, to) through `mark`, BATCH at a time. */
async function markRange(from: number, to: number, mark: (keys: string[]) => Promise<unknown>): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const batch: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) batch.push(mark(dedupKeys(syntheticItem(i))));
    await Promise.all(batch);
  }
}

/**
 * Memory used by `items` items: total bytes per item, and the marginal bytes per item of the second half
 * (by then the fixed cost of the bucket keys is paid, so this is what each further item costs).
 */
async function measure(redis: Redis, items: number, mark: (keys: string[]) => Promise<unknown>): Promise<{ perItem: number; marginal: number; total: number }> {
  const half = Math.floor(items / 2);
  const before = await usedMemory(redis);
  await markRange(0, half, mark);
  const mid = await usedMemory(redis);
  await markRange(half, items, mark);
  const after = await usedMemory(redis);
  return { perItem: (after - before) / items, marginal: (after - mid) / (items - half), total: after - before };
}

export default async function benchSeenMemory(redisUrl: string, opts: { items?: number } = {}): Promise<Record<string, number>> {
  const items = opts.items ?? 1_000_000;
  const baselineItems = Math.max(1000, Math.floor(items / 10));
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const prefix = `bwbench:seen:${randomBytes(4).toString('hex')}:`;
  const naivePrefix = `${prefix}naive:`;
  try {
    const store = new RedisSeenStore(redis, prefix);
    const compact = await measure(redis, items, (keys) => store.markSeen(keys, TTL));
    const bytesPerItem = compact.perItem;
    // Per million: what was measured, plus the marginal cost of the items up to a million. Buckets stay in
    // the compact listpack encoding up to 128 fields (about 2.8 million items with 65,536 buckets).
    const perMillionBytes = items >= 1e6 ? (compact.total / items) * 1e6 : compact.total + compact.marginal * (1e6 - items);
    const naive = await measure(redis, baselineItems, (keys) => {
      const p = redis.pipeline();
      for (const k of keys) p.set(`${naivePrefix}${k}`, '1', 'EX', TTL);
      return p.exec();
    });
    const naiveBytesPerItem = naive.perItem;
    // Lookups still answer: a sample of marked items reads as seen, unmarked ones do not.
    const sample = [0, Math.floor(items / 2), items - 1];
    const seenOk = (await Promise.all(sample.map((i) => store.has(dedupKeys(syntheticItem(i)))))).every(Boolean);
    const freshOk = !(await store.has(dedupKeys(syntheticItem(items + 1))));
    const result: Record<string, number> = {
      items,
      keysPerItem: dedupKeys(syntheticItem(1)).length,
      bytesPerItem: Math.round(bytesPerItem * 10) / 10,
      marginalBytesPerItem: Math.round(compact.marginal * 10) / 10,
      mbPerMillionItems: Math.round((perMillionBytes / 2 ** 20) * 10) / 10,
      targetMbPerMillion: 100,
      naiveBytesPerItem: Math.round(naiveBytesPerItem * 10) / 10,
      naiveMbPerMillionItems: Math.round(((naiveBytesPerItem * 1e6) / 2 ** 20) * 10) / 10,
      naiveOverCompactRatio: Math.round(((naiveBytesPerItem * 1e6) / perMillionBytes) * 100) / 100,
      lookupsCorrect: seenOk && freshOk ? 1 : 0,
    };
    console.log('\nseen-store memory (Redis)');
    for (const [k, v] of Object.entries(result)) console.log(`  ${k.padEnd(22)} ${v}`);
    return result;
  } finally {
    await deletePrefix(redis, prefix);
    await redis.quit().catch(() => redis.disconnect());
  }
}

if (require.main === module) {
  const url = process.argv[2] ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const items = process.argv[3] ? Number(process.argv[3]) : undefined;
  benchSeenMemory(url, { items }).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
