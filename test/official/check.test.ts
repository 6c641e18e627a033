/** News figures (extracted by the real extractor) checked against the fixture release: mapping and qualifier-aware tolerance. */
import { extractFigures } from '../../src/figures/extract';
import { agrees, checkFigure, checkFigures } from '../../src/official/check';
import { formatFigure } from '../../src/digest/format';
import { composeAlert } from '../../src/digest/compose';
import { renderDiscord } from '../../src/platforms/discord/render';
import { renderSlack } from '../../src/platforms/slack/render';
import type { Release } from '../../src/official/types';
import { fixtureRelease } from './store-contract';
import { NOV_AOR } from './fixtures';

let nov: Release;
beforeAll(async () => {
  nov = await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z');
});

function check(sentence: string) {
  const figs = extractFigures(sentence, { published: '2025-12-15T12:00:00Z' });
  expect(figs).toHaveLength(1);
  return checkFigure(figs[0]!, [nov]);
}

test('Border Patrol apprehensions between ports of entry: southwest usbp, "more than" within 10 %', () => {
  expect(check('Border Patrol made more than 140,000 apprehensions between ports of entry in November, CBP said.')).toEqual({
    status: 'consistent', dataset: 'cbp-nationwide', region: 'southwest', component: 'usbp', period: '2025-11', official: 143891,
  });
  expect(check('Border Patrol made more than 150,000 apprehensions between ports of entry in November.')?.status).toBe('differs'); // official is below
  expect(check('Border Patrol made more than 120,000 apprehensions between ports of entry in November.')?.status).toBe('differs'); // 20 % above
  expect(check('La Patrulla Fronteriza registró más de 140.000 aprehensiones entre puertos de entrada en noviembre.')).toMatchObject({ status: 'consistent', official: 143891 });
});

test('southwest border encounters: nearly / about / bare', () => {
  expect(check('CBP recorded nearly 180,000 southwest border encounters in November.')).toMatchObject({ status: 'consistent', region: 'southwest', component: 'all', official: 175660 });
  expect(check('Officials said there were about 200,000 encounters at the southwest border in November.')).toMatchObject({ status: 'differs', official: 175660 });
  expect(check('CBP reported 175,660 encounters at the southwest border in November.')?.status).toBe('consistent');
  expect(check('CBP reported 170,000 encounters at the southwest border in November.')?.status).toBe('differs'); // 3 % off: a bare number is within 1 %
});

test('ports of entry along the southwest border: ofo; nationwide from the sentence', () => {
  expect(check('Officers recorded more than 31,000 encounters at ports of entry along the southwest border in November.')).toMatchObject({ status: 'consistent', region: 'southwest', component: 'ofo', official: 31769 });
  expect(check('Nationwide, CBP reported about 193,000 encounters in November.')).toMatchObject({ status: 'consistent', region: 'nationwide', component: 'all', official: 192768 });
});

test('no check when the mapping is ambiguous or the figure is not a monthly total in the data', () => {
  expect(check('CBP reported 190,000 encounters in November.')).toBeUndefined(); // no region
  expect(check('Officers recorded 47,000 encounters at ports of entry in November.')).toBeUndefined(); // ofo without a region
  expect(check('Encounters at the southwest border and the northern border reached 190,000 in November.')).toBeUndefined(); // two regions
  expect(check('Agents made about 4,700 apprehensions a day between ports of entry in November.')).toBeUndefined(); // a daily rate
  expect(check('Border Patrol made more than 140,000 apprehensions between ports of entry in December.')).toBeUndefined(); // December 2025 is not in the data yet
  expect(check('ICE made more than 1,000 arrests in November.')).toBeUndefined(); // not an official series
  const fy = extractFigures('Border Patrol made 2 million apprehensions between ports of entry in fiscal year 2025.', { published: '2025-12-15T12:00:00Z' });
  expect(checkFigures(fy, [nov])).toEqual(fy);
});

test('qualifier tolerance', () => {
  expect(agrees('more than', 100, 110)).toBe(true);
  expect(agrees('more than', 100, 100)).toBe(false);
  expect(agrees('at least', 100, 100)).toBe(true);
  expect(agrees('almost', 100, 95)).toBe(true);
  expect(agrees('almost', 100, 101)).toBe(false);
  expect(agrees('roughly', 100, 105)).toBe(true);
  expect(agrees('roughly', 100, 106)).toBe(false);
  expect(agrees(null, 1000, 1010)).toBe(true);
  expect(agrees(null, 1000, 1011)).toBe(false);
  expect(agrees('a record', 1000, 1000)).toBe(true);
  expect(agrees('some unknown words', 1000, 1000)).toBe(false);
});

test('the check reads in the figure line, English and Spanish', () => {
  const [ok] = checkFigures(extractFigures('Border Patrol made more than 140,000 apprehensions between ports of entry in November, the agency said.', { published: '2025-12-15T12:00:00Z' }), [nov]);
  expect(formatFigure(ok!)).toBe('more than 140,000 apprehensions between ports of entry (Nov 2025, Border Patrol) — ✓ matches CBP data (143,891)');
  const [bad] = checkFigures(extractFigures('Officials said there were about 200,000 encounters at the southwest border in November.', { published: '2025-12-15T12:00:00Z' }), [nov]);
  expect(formatFigure(bad!)).toMatch(/— ⚠ CBP data for Nov 2025: 175,660$/);
  // Spanish separators in the note, as in every Spanish number (175.660, not 175,660).
  expect(formatFigure(bad!, 'es')).toMatch(/— ⚠ datos de CBP para nov 2025: 175\.660$/);
  expect(formatFigure(ok!, 'es')).toMatch(/ — ✓ coincide con los datos de CBP \(143\.891\)$/);
});

test('instant alerts on both platforms show the check', () => {
  const figures = checkFigures(extractFigures('Border Patrol made more than 140,000 apprehensions between ports of entry in November.', { published: '2025-12-15T12:00:00Z' }), [nov]);
  const story = { id: 's1', title: 'Apprehensions dip', url: 'https://frontera.example/a', published: '2025-12-15T12:00:00Z', summary: 'Border Patrol made more than 140,000 apprehensions.', figures, sources: [{ name: 'Frontera Daily', title: 'Apprehensions dip', url: 'https://frontera.example/a' }] };
  const alert = composeAlert(story);
  expect(JSON.stringify(renderDiscord(alert))).toContain('✓ matches CBP data (143,891)');
  expect(JSON.stringify(renderSlack(alert))).toContain('✓ matches CBP data (143,891)');
});
