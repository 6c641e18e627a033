/**
 * matchText evaluates only the rules and branches whose gate the text opens (a node needs one of the stems of its gate).
 * The answer must be exactly the one of evaluating every rule: checked over every labelled tuning item with
 * the default profile, and on the shapes whose gate is subtle (a NOT alone, an OR with a NOT, a phrase,
 * AND of NOTs, @beat, rules compiled after a text was indexed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText, type MatchResult, type Profile } from '../../src/relevance';
import { evaluateRule } from '../../src/relevance/evaluate';
import { indexText } from '../../src/relevance/text-index';
import { beatProbabilityOfIndex } from '../../src/relevance/beat-model';

/** The answer with every rule evaluated, as matchText gave it before gates. */
function naive(profile: Profile, text: { title: string; summary?: string }): MatchResult {
  const index = indexText([text.title, text.summary, undefined]);
  const hits = profile.rules.filter((r) => evaluateRule(r.node, index));
  const matched = hits.map((r) => r.name);
  if (matched.length === 0) return { relevant: false, matched };
  if (profile.beatFloor > 0 && hits.every((r) => r.floored) && beatProbabilityOfIndex(index) < profile.beatFloor) {
    return { relevant: false, matched, excludedBy: `beatFloor ${profile.beatFloor}` };
  }
  const veto = profile.exclude.find((x) => evaluateRule(x.node, index));
  return veto ? { relevant: false, matched, excludedBy: veto.query } : { relevant: true, matched };
}

describe('rule gates', () => {
  it('give the same answer as evaluating every rule, on every tuning item with the default profile', () => {
    const profile = compileProfile(loadConfig().keywords);
    const lines = readFileSync(path.join(__dirname, '../../eval/data/relevance.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(300);
    let relevant = 0;
    for (const line of lines) {
      const it = JSON.parse(line) as { title: string; summary?: string };
      const want = naive(profile, it);
      expect(matchText(profile, { title: it.title, summary: it.summary })).toEqual(want);
      if (want.relevant) relevant++;
    }
    expect(relevant).toBeGreaterThan(100);
  });

  const shapes = compileProfile({
    rules: [
      { name: 'not-only', match: '-football' },
      { name: 'or-with-not', match: 'asylum OR -(weather OR forecast)' },
      { name: 'phrase', match: '"border patrol" apprehensions' },
      { name: 'and-of-nots', match: '-soccer -tennis' },
      { name: 'prefix', match: 'migra* tijuana' },
      { name: 'beat', match: '@beat:0.5' },
    ],
    exclude: ['-(border OR frontera OR asylum)'],
  });
  const texts = [
    { title: 'Football final in Tijuana', summary: 'A weather forecast for the weekend.' },
    { title: 'Border Patrol apprehensions rise', summary: 'Agents reported more apprehensions near Tijuana.' },
    { title: 'Migrantes esperan en Tijuana', summary: 'Cientos de migrantes en la frontera.' },
    { title: 'Soccer and tennis', summary: '' },
    { title: 'Asylum seekers wait at the border', summary: 'Shelters are full.' },
  ];
  it.each(texts)('give the same answer on rules whose gate is subtle: %o', (text) => {
    expect(matchText(shapes, text)).toEqual(naive(shapes, text));
  });

  it('still answer a rule compiled after the text was indexed (its new stems are not in the index)', () => {
    const text = { title: 'Zyxwvut quorblax near the river', summary: 'Nothing else.' };
    matchText(shapes, text); // indexes the text now, before the new words below get numbers
    const late = compileProfile({ rules: [{ name: 'late', match: 'quorblax' }], exclude: [] });
    expect(matchText(late, text)).toEqual({ relevant: true, matched: ['late'] });
    expect(matchText(late, { title: 'Other words', summary: '' })).toEqual({ relevant: false, matched: [] });
  });
});
