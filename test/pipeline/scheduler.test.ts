import { currentSlot, slotStartingAt } from '../../src/queue/scheduler';
import { pollJobId, digestJobId } from '../../src/queue/jobs';

describe('poll slots', () => {
  test('each feed has one slot per interval, offset by its URL, and every minute belongs to exactly one', () => {
    const url = 'https://example.org/feed';
    const starts: number[] = [];
    for (let m = 1000; m < 1030; m++) if (slotStartingAt(url, 5, m) !== undefined) starts.push(m);
    expect(starts).toHaveLength(6);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBe(5);
    for (let m = 1000; m < 1030; m++) {
      const s = currentSlot(url, 5, m);
      expect(s).toBeLessThanOrEqual(m);
      expect(m - s).toBeLessThan(5);
      expect(slotStartingAt(url, 5, s)).toBe(s);
    }
  });

  test('offsets spread feeds over the interval', () => {
    const offsets = new Set<number>();
    for (let i = 0; i < 200; i++) offsets.add(currentSlot(`https://f${i}.example/rss`, 10, 100_000) % 10);
    expect(offsets.size).toBe(10);
  });

  test('job ids are deterministic per feed and slot, and valid BullMQ custom ids', () => {
    const a = pollJobId('https://example.org/feed', 42);
    expect(a).toBe(pollJobId('https://example.org/feed', 42));
    expect(a).not.toBe(pollJobId('https://example.org/feed', 43));
    expect(a).not.toMatch(/:/);
    const d = digestJobId('discord-1', new Date('2026-11-28T08:00:30Z'));
    expect(d).toBe(digestJobId('discord-1', new Date('2026-11-28T08:00:59Z')));
    expect(d).not.toMatch(/:/);
  });
});
