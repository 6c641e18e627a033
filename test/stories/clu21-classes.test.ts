import { runRound } from './clu12-probes.data';
import { CLU21_ROUND1 } from './clu21-probes.data';

/**
 * clu21's invented probe rounds (clu21-probes.data.ts) run through the real clusterer with memory stores.
 */
const OPEN: Record<string, string[]> = {
  'clu21-round1': [],
};
const OPEN_APART: Record<string, string[]> = {
  'clu21-round1': [],
};

describe('clu21 probe rounds', () => {
  for (const round of [CLU21_ROUND1]) {
    it(`${round.name}: must-stay-apart pairs apart (but those still open)`, async () => {
      const s = await runRound(round);
      console.log(round.name, JSON.stringify({ merged: `${s.merged}/${s.events}`, apart: `${s.apartKept}/${round.apart.length}`, split: s.split, apartFailures: s.apartFailures }, null, 1));
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
