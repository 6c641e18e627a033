/** Section 2 — Redis memory per million seen items: runs bench/seen-memory.ts and states its verdict. */
import benchSeenMemory from './seen-memory';
import type { SectionResult } from './lib/report';

export async function benchSeenMemorySection(redisUrl: string, opts: { items: number }): Promise<SectionResult> {
  const r = await benchSeenMemory(redisUrl, { items: opts.items });
  const mb = r.mbPerMillionItems!;
  return {
    id: 'seen-memory',
    title: '2. Redis memory per million seen items',
    tables: [
      {
        headers: ['store', 'items measured', 'bytes / item', 'marginal bytes / item', 'MB / million items', '× compact store'],
        rows: [
          ['RedisSeenStore (compact)', r.items!, r.bytesPerItem!, r.marginalBytesPerItem!, mb, 1],
          ['baseline: one key per dedup key, SET EX', Math.max(1000, Math.floor(r.items! / 10)), r.naiveBytesPerItem!, '', r.naiveMbPerMillionItems!, r.naiveOverCompactRatio!],
        ],
      },
    ],
    verdicts: [{ figure: `Redis memory per million seen items${r.items! >= 1_000_000 ? ' (measured at a million)' : ' (derived from fewer: not the target)'}`, value: `${mb} MB`, target: '≤ 100 MB', ok: r.items! >= 1_000_000 && mb <= 100 }],
    notes: [
      `${r.keysPerItem} dedup keys per item (dedupKeys), 30-day TTL; INFO memory used_memory before, half-way and after, so the figure includes Redis's own per-key overhead.`,
      r.items! >= 1_000_000
        ? `Measured at ${r.items!.toLocaleString('en-US')} items: MB per million = used_memory after − before, ÷ the items, × 1,000,000 (buckets stay listpack-encoded up to about 2.8 million items).`
        : `Only ${r.items!.toLocaleString('en-US')} items (--quick): MB per million = memory measured + the marginal cost per item of the second half × the items up to 1,000,000 (derived, not measured at a million; small runs overstate the marginal cost: buckets are still being created).`,
      `Lookups after the run answered ${r.lookupsCorrect ? 'correctly' : 'INCORRECTLY'}.`,
    ],
  };
}
