import { featureHash64, hamming, NEAR_DUPLICATE_BITS, simhash64, simhashBands } from '../../src/stories/simhash';

const AP =
  'Illegal border crossings dipped in October but remain high\nArrests for illegal crossings on the U.S. border with Mexico fell 14% in October from September, the Border Patrol said Tuesday, as Mexico stepped up enforcement and the Biden administration resumed deportation flights to Venezuela.';
const AP_EDITED =
  'Illegal border crossings dipped in October but remain high\nEL PASO (AP) — Arrests for illegal crossings on the U.S. border with Mexico fell 14% in October from September, the Border Patrol said Tuesday, as Mexico stepped up enforcement and the Biden administration resumed deportation flights to Venezuela.';
const AP_RECASED =
  'ILLEGAL BORDER CROSSINGS DIPPED IN OCTOBER, BUT REMAIN HIGH — arrests for illegal crossings on the US border with México fell 14% in October from September, the Border Patrol said Tuesday; as Mexico stepped up enforcement and the Biden administration resumed deportation flights to Venezuela';
const OTHER =
  'Texas begins installing floating barrier in the Rio Grande near Eagle Pass. Texas started deploying a line of large orange buoys in the Rio Grande near Eagle Pass on Friday, part of Gov. Greg Abbott\'s effort to deter migrants.';
const SAME_EVENT_OTHER_OUTLET =
  'Migrant arrests at U.S.-Mexico border fell in October, CBP data shows. U.S. Border Patrol agents arrested 188,778 migrants crossing illegally from Mexico in October, down 14% from September.';

describe('simhash64', () => {
  test('is a deterministic 64-bit value', () => {
    const h = simhash64(AP);
    expect(h).toBe(simhash64(AP));
    expect(h >= 0n && h < 1n << 64n).toBe(true);
    expect(simhash64('')).toBe(0n);
  });

  test('case, accents and punctuation do not matter', () => {
    expect(hamming(simhash64(AP), simhash64(AP_RECASED))).toBeLessThanOrEqual(1);
  });

  test('a wire copy with an edited dateline stays within the near-duplicate distance', () => {
    expect(hamming(simhash64(AP), simhash64(AP_EDITED))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
  });

  test('different stories, and other outlets\' own wording, are far apart', () => {
    expect(hamming(simhash64(AP), simhash64(OTHER))).toBeGreaterThan(12);
    expect(hamming(simhash64(AP), simhash64(SAME_EVENT_OTHER_OUTLET))).toBeGreaterThan(NEAR_DUPLICATE_BITS);
  });
});

describe('hamming', () => {
  test('counts differing bits', () => {
    expect(hamming(0n, 0n)).toBe(0);
    expect(hamming(0n, (1n << 64n) - 1n)).toBe(64);
    expect(hamming(0b1011n, 0b0110n)).toBe(3);
    expect(hamming(1n << 63n, 1n << 31n)).toBe(2);
  });

  test('agrees with a bit-by-bit count on pseudo-random 64-bit values', () => {
    let x = 0x243f6a8885a308d3n;
    const next = () => (x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n));
    for (let i = 0; i < 300; i++) {
      const a = next();
      const b = next();
      let naive = 0;
      for (let bit = 0n; bit < 64n; bit++) if (((a ^ b) >> bit) & 1n) naive++;
      expect(hamming(a, b)).toBe(naive);
    }
  });
});

describe('featureHash64', () => {
  test('is deterministic and spreads features over both 32-bit halves', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    featureHash64('border patrol', a);
    featureHash64('border patrol', b);
    expect([...a]).toEqual([...b]);
    featureHash64('border patrols', b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });

  test('every bit is set for about half of the features (what SimHash needs)', () => {
    const ones = new Array<number>(64).fill(0);
    const h = new Uint32Array(2);
    const n = 5000;
    for (let i = 0; i < n; i++) {
      featureHash64(`feature ${i}`, h);
      for (let bit = 0; bit < 32; bit++) {
        ones[bit] += (h[0] >>> bit) & 1;
        ones[bit + 32] += (h[1] >>> bit) & 1;
      }
    }
    // one standard deviation is 0.7 % of n: 4 % is far outside chance for a fair bit
    for (const c of ones) expect(Math.abs(c / n - 0.5)).toBeLessThan(0.04);
  });
});

describe('simhashBands', () => {
  test('any two hashes within 3 bits share a band (pigeonhole)', () => {
    let x = 0x9e3779b97f4a7c15n;
    for (let i = 0; i < 200; i++) {
      x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
      let y = x;
      for (let k = 0; k < 3; k++) y ^= 1n << BigInt(Number((x >> BigInt(k * 8)) & 63n));
      expect(hamming(x, y)).toBeLessThanOrEqual(3);
      const shared = simhashBands(x).filter((b) => simhashBands(y).includes(b));
      expect(shared.length).toBeGreaterThanOrEqual(1);
    }
  });

  test('four bands keyed by position', () => {
    expect(simhashBands(0x0001000200030004n)).toEqual(['b0:4', 'b1:3', 'b2:2', 'b3:1']);
  });
});
