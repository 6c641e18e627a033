/**
 * The pre-filter counts the tokens a source shares with the item by the item's marked token ids
 * (src/stories/prefilter.ts): its answers are those of the definition, the same tests on dice and sharedNames
 * (as they read before the marks), on every ordered pair of the labelled clustering items — the item side
 * changing pair by pair and staying for a run of pairs, and across id generations (a tiny id table).
 */
import { agreeingFigureCount } from '../../src/stories/figure-match';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import type { Figure, Lang } from '../../src/model';
import { dayDistance } from '../../src/stories/event-date';
import { cannotBeSame, MIN_PARAPHRASE_LEAD, WHOLE_SUMMARY_SCORE } from '../../src/stories/prefilter';
import { hamming, NEAR_DUPLICATE_BITS } from '../../src/stories/simhash';
import { combinedScore, dice, leadOf, PARAPHRASED_LEAD, sharedNames, sharedNumbersOf, textFeatures, type TextFeatures } from '../../src/stories/similarity';
import { setMaxIdsForTesting } from '../../src/stories/token-ids';

/** cannotBeSame as defined (and written before the marks). */
function reference(a: TextFeatures, b: TextFeatures, bFigures: readonly Figure[] = b.figures, agreeing?: number): boolean {
  if (a.simhash !== 0n && hamming(a.simhash, b.simhash) <= NEAR_DUPLICATE_BITS) return false;
  const leadDice = dice(a.leadTokens, b.leadTokens, a.numbers, b.numbers);
  const days = dayDistance(a.eventDays, b.eventDays);
  if (leadDice >= PARAPHRASED_LEAD && days <= 1) return false;
  const titleDice = dice(a.titleTokens, b.titleTokens, a.numbers, b.numbers);
  const sharedNumbers = sharedNumbersOf(a.numbers, b.numbers);
  const figs = agreeing ?? Math.min(a.figures.length, bFigures.length);
  const sharedEntities = sharedNames(a.entities, b.entities);
  if (leadDice >= MIN_PARAPHRASE_LEAD && sharedEntities >= 1 && sharedEntities + Math.min(figs + sharedNumbers, 1) >= 2 && days <= 1) return false;
  return combinedScore(leadDice, titleDice, sharedEntities, sharedNumbers, figs) < WHOLE_SUMMARY_SCORE;
}

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');

function corpus(): Array<{ item: TextFeatures; source: TextFeatures }> {
  const out: Array<{ item: TextFeatures; source: TextFeatures }> = [];
  for (const f of ['clustering.json', 'clustering-tune2.json']) {
    for (const x of (JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string; published?: string; lang?: Lang }> }).items) {
      const at = x.published ? Date.parse(x.published) : undefined;
      const figures = extractFigures({ title: x.title, summary: x.summary }, { published: x.published, lang: x.lang });
      out.push({ item: textFeatures(x.title, x.summary, figures, at), source: textFeatures(x.title, leadOf(x.summary), [], at) });
    }
  }
  return out;
}

describe('pre-filter with marked item tokens', () => {
  afterEach(() => setMaxIdsForTesting(1 << 18));

  const check = (all: Array<{ item: TextFeatures; source: TextFeatures }>, interleave: boolean): number => {
    const differ: string[] = [];
    let rejected = 0;
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const other = { ...b.source, figures: b.item.figures };
        const figs = agreeingFigureCount(a.item.figures, other.figures);
        // interleaved: another item side between two pairs of this one (its marks cleared and set again)
        if (interleave) cannotBeSame(b.item, a.source);
        const got = [cannotBeSame(a.item, other), cannotBeSame(a.item, other, other.figures, figs), cannotBeSame(a.item, b.item)];
        const want = [reference(a.item, other), reference(a.item, other, other.figures, figs), reference(a.item, b.item)];
        if (got.join() !== want.join()) differ.push(`${got} / ${want}`);
        if (got[1]) rejected++;
      }
    }
    expect(differ).toEqual([]);
    return rejected;
  };

  test('the same answers as the definition, item after item', () => {
    expect(check(corpus(), false)).toBeGreaterThan(1000);
  });

  test('the same answers with the item side changing between pairs', () => {
    check(corpus().slice(0, 60), true);
  });

  test('the same answers across id generations (a table of 64 strings, emptied again and again)', () => {
    setMaxIdsForTesting(64);
    check(corpus().slice(0, 40), false);
    check(corpus().slice(20, 50), true);
  });
});
