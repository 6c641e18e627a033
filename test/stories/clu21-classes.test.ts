import { runRound } from './clu12-probes.data';
import { CLU21_FINAL, CLU21_ROUND1 } from './clu21-probes.data';

/**
 * clu21's invented probe rounds (clu21-probes.data.ts: over-merging of look-alike events, and paraphrase groups
 * that must still merge) run through the real clusterer with memory stores. round1 was written before the fixes
 * and scored then: groups 5/6 merged, apart pairs 6/7 kept (the capsize and the official's visit "a day after"
 * it merged); after them 5/6 and 7/7. The final round was written after the last change and scored once,
 * untuned: groups 5/5 merged, apart pairs 7/8 kept. Misses still open are listed, kept visible.
 */
const OPEN: Record<string, string[]> = {
  // Under-merging, not this round's class: "off La Jolla" / "la costa de San Diego" (a neighbourhood and its city).
  'clu21-round1': ['capsize-lajolla'],
  'clu21-final-untuned': [],
};
const OPEN_APART: Record<string, string[]> = {
  'clu21-round1': [],
  // Scored once, untuned: "Señor de los Milagros" is extracted as two names ("senor", "milagros"), so the
  // devotion is not recognised and two towns' processions share two headline names.
  'clu21-final-untuned': ['i-pr-1 + i-pr-2', 'events merged: procession-tapachula + procession-tijuana'],
};

describe('clu21 probe rounds', () => {
  for (const round of [CLU21_ROUND1, CLU21_FINAL]) {
    it(`${round.name}: must-stay-apart pairs apart (but those still open)`, async () => {
      const s = await runRound(round);
      const open = OPEN_APART[round.name] ?? [];
      expect(s.apartFailures.filter((f) => !open.some((o) => f.startsWith(o)))).toEqual([]);
    });
    it(`${round.name}: must-merge groups merged (but those still open)`, async () => {
      const s = await runRound(round);
      const open = new Set(OPEN[round.name] ?? []);
      expect(s.split.map((x) => x.split(':')[0]).filter((e) => !open.has(e!))).toEqual([]);
    });
  }
});
