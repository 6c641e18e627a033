/**
 * matchText evaluates only the rules whose needed words the text carries (see profile.ts neededAtoms): the
 * answers are those of evaluating every rule and exclusion in order, on the labelled items and with rules
 * whose words were numbered after the text was indexed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, indexText, matchText, type Profile } from '../../src/relevance';
import { evaluateRule } from '../../src/relevance/evaluate';
import { beatProbabilityOfIndex } from '../../src/relevance/beat-model';

/** matchText as it read before rules were picked by their words: every rule evaluated. */
function everyRule(profile: Profile, text: { title: string; summary?: string }): { relevant: boolean; matched: string[]; excludedBy?: string } {
  const index = indexText([text.title, text.summary, undefined]);
  const hits = profile.rules.filter((r) => evaluateRule(r.node, index));
  const matched = hits.map((r) => r.name);
  if (matched.length === 0) return { relevant: false, matched };
  if (profile.beatFloor > 0 && hits.every((r) => r.floored) && beatProbabilityOfIndex(index) < profile.beatFloor) return { relevant: false, matched, excludedBy: `beatFloor ${profile.beatFloor}` };
  const veto = profile.exclude.find((x) => evaluateRule(x.node, index));
  return veto ? { relevant: false, matched, excludedBy: veto.query } : { relevant: true, matched };
}

describe('rules picked by the words they need', () => {
  it('answer as every rule evaluated does, on the labelled items with the default profile', () => {
    const profile = compileProfile(loadConfig().keywords);
    const lines = readFileSync(path.join(__dirname, '..', '..', 'eval', 'data', 'relevance.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    let relevant = 0;
    for (const line of lines) {
      const item = JSON.parse(line) as { title: string; summary?: string };
      const got = matchText(profile, item);
      expect([item.title, got]).toEqual([item.title, everyRule(profile, item)]);
      if (got.relevant) relevant++;
    }
    expect(relevant).toBeGreaterThan(100);
  });

  it('evaluate a rule whose words were numbered after the text was indexed', () => {
    const text = { title: 'Glorfindal caravans reached the vexmoor crossing', summary: 'Officials counted the glorfindal walkers.' };
    const first = compileProfile({ rules: [{ name: 'other', match: 'caravan*' }], exclude: [] });
    expect(matchText(first, text)).toEqual({ relevant: true, matched: ['other'] });
    // The same text again: its index (built above) predates these words' numbers.
    const later = compileProfile({ rules: [{ name: 'phrase', match: '"vexmoor crossing" AND glorfindal' }, { name: 'none', match: 'snorkwiddle' }], exclude: ['walker* AND NOT zibbet'] });
    expect(matchText(later, text)).toEqual({ relevant: false, matched: ['phrase'], excludedBy: 'walker* AND NOT zibbet' });
    expect(matchText(later, { ...text, summary: 'Nobody counted.' })).toEqual({ relevant: true, matched: ['phrase'] });
  });
});
