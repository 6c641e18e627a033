import { foldAccents, NFKD_INVARIANT } from '../../src/text/fold';

describe('foldAccents fast path', () => {
  it('every character the fast path accepts is its own NFKD form and no combining mark', () => {
    const accepted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (NFKD_INVARIANT.test(s)) accepted.push(s);
    }
    expect(accepted.length).toBe(128 + 6);
    for (const s of accepted) {
      expect(s.normalize('NFKD')).toBe(s);
      expect(/\p{M}/u.test(s)).toBe(false);
    }
  });

  it('folds as the normalization does, on texts it takes and texts it does not', () => {
    const slow = (t: string): string => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    for (const t of [
      'Border Patrol agents said — on Tuesday — the “surge” isn’t over',
      'Deportación de 1.500 migrantes en Ciudad Juárez',
      'Caf\u00e9 near the port\u2026 and a non\u00a0breaking space',
      'U.S. CBP: 240,988 encounters in FY2024',
      '',
    ]) {
      expect(foldAccents(t)).toBe(slow(t));
    }
  });
});
