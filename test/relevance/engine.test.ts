/**
 * The matching engine's bookkeeping (numbered stems and prefixes, a text indexed once for several
 * profiles, phrase results remembered per text) never changes an answer: rules compiled after a text
 * was indexed, and texts matched against several profiles in turn, get the answers a fresh index gives.
 */
import { compileProfile, indexText, matchText, parseRule } from '../../src/relevance';
import { evaluateRule } from '../../src/relevance/evaluate';

/** Words no other test or config uses, so their stems and prefixes are numbered only here. */
const TEXT = { title: 'Zorblaxians gathered at the quuxport', summary: 'The zorblaxian quuxport convoys were rerouted.' };

describe('an index built before a rule is compiled', () => {
  it('answers words, prefixes and phrases of that rule as a fresh index does', () => {
    const early = indexText([TEXT.title, TEXT.summary]);
    const cases: Array<[string, boolean]> = [
      ['zorblaxian', true], // stem of "Zorblaxians"
      ['zorbla*', true],
      ['"zorblaxian quuxport"', true],
      ['"quuxport zorblaxian"', false],
      ['"quuxport convoy"', true],
      ['quuxpo* AND NOT flibbertigibbet', true],
      ['"gathered at the quux*"', true],
      ['"zorblaxian quux* convoys"', true],
      ['"the quux* convoys"', false],
      ['flibbertigibbet OR wombl*', false],
    ];
    for (const [query, expected] of cases) {
      const node = parseRule(query);
      expect([query, evaluateRule(node, early)]).toEqual([query, expected]);
      expect([query, evaluateRule(node, indexText([TEXT.title, TEXT.summary, 'fresh']))]).toEqual([query, expected]);
    }
  });
});

describe('one text matched against several profiles in turn', () => {
  it('gets each profile its own answer', () => {
    const a = compileProfile({ rules: [{ name: 'a', match: '"zorblaxian quuxport" -rerouted' }], exclude: [] });
    const b = compileProfile({ rules: [{ name: 'b', match: 'convoy* OR snarfle' }], exclude: ['zorbla* AND gathered'] });
    const c = compileProfile({ rules: [{ name: 'c', match: '"zorblaxian quuxport"' }], exclude: [] });
    expect(matchText(a, TEXT)).toEqual({ relevant: false, matched: [] });
    expect(matchText(b, TEXT)).toEqual({ relevant: false, matched: ['b'], excludedBy: 'zorbla* AND gathered' });
    expect(matchText(c, TEXT)).toEqual({ relevant: true, matched: ['c'] });
    // Another text with the same title: nothing carried over from the one before.
    expect(matchText(c, { title: TEXT.title, summary: 'Nothing else.' })).toEqual({ relevant: false, matched: [] });
    expect(matchText(b, { title: TEXT.title, summary: 'Convoys.' })).toEqual({ relevant: false, matched: ['b'], excludedBy: 'zorbla* AND gathered' });
    expect(matchText(b, { title: 'Convoys left', summary: 'Nothing else.' })).toEqual({ relevant: true, matched: ['b'] });
  });
});
