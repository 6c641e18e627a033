/** run --once orders items and stories by publish time: the collator-free comparison agrees with localeCompare. */
import { compareIsoTimes } from '../../src/pipeline/once';
import { seededRandom } from '../support/prng';

const sign = (n: number) => Math.sign(n);

test('plain ISO times (and the "9999" no-date sentinel) compare as localeCompare does', () => {
  const rnd = seededRandom(11);
  const times = Array.from({ length: 400 }, () => new Date(Math.floor(rnd() * 253_402_300_799_000)).toISOString());
  times.push('9999', '9999-12-31T23:59:59.999Z', '0000-01-01T00:00:00.000Z', times[0]!);
  for (const a of times) for (const b of times.slice(0, 60)) expect(sign(compareIsoTimes(a, b))).toBe(sign(a.localeCompare(b)));
});

test('other forms (extended years, other writings) fall back to localeCompare', () => {
  const odd = ['+010000-01-01T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '2024-05-01', '2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z', '9999'];
  for (const a of odd) for (const b of odd) expect(sign(compareIsoTimes(a, b))).toBe(sign(a.localeCompare(b)));
});
