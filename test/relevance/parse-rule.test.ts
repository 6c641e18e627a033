import { MAX_NESTING_DEPTH, parseRule, RuleSyntaxError, validateRule } from '../../src/relevance';

function syntaxError(query: string): RuleSyntaxError {
  try {
    parseRule(query);
  } catch (e) {
    if (e instanceof RuleSyntaxError) return e;
    throw e;
  }
  throw new Error(`expected ${query} to fail`);
}

describe('parseRule', () => {
  it('builds AND / OR / NOT with NOT > AND > OR precedence', () => {
    const n = parseRule('a OR b c NOT d');
    expect(n.type).toBe('or');
    if (n.type !== 'or') return;
    expect(n.children[0]).toMatchObject({ type: 'term', source: 'a' });
    expect(n.children[1]).toMatchObject({ type: 'and', children: [{ type: 'term', source: 'b' }, { type: 'term', source: 'c' }, { type: 'not' }] });
  });

  it('treats lower-case and/or/not as words', () => {
    expect(parseRule('rock and roll')).toMatchObject({ type: 'and', children: [{ source: 'rock' }, { source: 'and' }, { source: 'roll' }] });
  });

  it('turns -term and -(group) into NOT, but keeps hyphens inside words', () => {
    expect(parseRule('-collie')).toMatchObject({ type: 'not', child: { type: 'term', source: 'collie' } });
    expect(parseRule('-(a OR b)')).toMatchObject({ type: 'not', child: { type: 'or' } });
    const cross = parseRule('cross-border');
    expect(cross).toMatchObject({ type: 'term', words: [{ word: 'cross' }, { word: 'border' }] });
  });

  it('parses phrases and trailing wildcards, folding case and accents', () => {
    expect(parseRule('"Patrulla  Fronteriza"')).toMatchObject({ type: 'term', words: [{ word: 'patrulla' }, { word: 'fronteriza' }] });
    expect(parseRule('Migra*')).toMatchObject({ type: 'term', words: [{ kind: 'prefix', prefix: 'migra' }] });
    expect(parseRule('"border cross*"')).toMatchObject({ words: [{ kind: 'word', word: 'border' }, { kind: 'prefix', prefix: 'cross' }] });
    expect(parseRule('DEPORTACIÓN')).toMatchObject({ words: [{ word: 'deportacion' }] });
  });

  it.each([
    ['border AND', 11, 'a term or "(" after AND', 'end of rule'],
    ['border AND OR x', 12, 'a term or "(" after AND', 'OR'],
    ['a OR', 5, 'a term or "(" after OR', 'end of rule'],
    ['NOT', 4, 'a term or "(" after NOT', 'end of rule'],
    ['OR x', 1, 'a term or "("', 'OR'],
    ['', 1, 'a term or "("', 'end of rule'],
    ['(a OR b', 8, '")" to close the "(" at position 1', 'end of rule'],
    ['a OR b)', 7, 'AND, OR, a term or the end of the rule', '")"'],
    ['()', 2, 'a term or "(" after "("', '")"'],
    ['x "border patrol', 3, `a closing '"' for the phrase opened here`, 'end of rule'],
    ['x ""', 3, 'words inside the quotes', 'an empty phrase'],
    ['a - b', 4, 'a term or "(" right after "-"', 'a space'],
    ['mi*', 1, 'at least 3 letters or digits before "*"', '"mi*"'],
    ['mi*gra', 3, '"*" only at the end of a word (a prefix such as migra*)', '"mi*gra"'],
    ['a && b', 3, 'a word with letters or digits (write AND / OR)', '"&&"'],
  ])('rejects %j at position %i', (query, position, expected, found) => {
    const e = syntaxError(query);
    expect(e.position).toBe(position);
    expect(e.expected).toBe(expected);
    expect(e.message).toBe(`position ${position}: expected ${expected}, found ${found}`);
  });

  it('gives the example message from the admin docs', () => {
    expect(syntaxError('"border wall" AND').message).toBe('position 18: expected a term or "(" after AND, found end of rule');
  });
});

describe('nesting depth', () => {
  const nested = (n: number): string => `${'('.repeat(n)}border${')'.repeat(n)}`;

  it(`accepts ${MAX_NESTING_DEPTH} nested groups`, () => {
    expect(parseRule(nested(MAX_NESTING_DEPTH))).toMatchObject({ type: 'term', source: 'border' });
    expect(parseRule(`${'NOT '.repeat(MAX_NESTING_DEPTH)}border`)).toMatchObject({ type: 'not' });
  });

  it('refuses 3,000 nested parentheses with a positioned error instead of overflowing the stack', () => {
    const e = syntaxError(nested(3_000));
    expect(e.position).toBe(MAX_NESTING_DEPTH + 1);
    expect(e.message).toBe(`position 33: expected at most 32 nested "(" groups and NOTs, found "(" nested 33 deep`);
  });

  it('counts NOT and -( towards the same limit', () => {
    const nots = syntaxError(`${'NOT '.repeat(3_000)}border`);
    expect(nots.position).toBe(MAX_NESTING_DEPTH * 4 + 1);
    expect(nots.found).toBe('NOT nested 33 deep');
    const mixed = syntaxError(`${'-(NOT '.repeat(2_000)}border${')'.repeat(2_000)}`);
    expect(mixed.expected).toBe('at most 32 nested "(" groups and NOTs');
  });

  it('is reset between sibling groups (depth, not count)', () => {
    const siblings = Array.from({ length: 100 }, () => nested(20)).join(' OR ');
    expect(parseRule(siblings)).toMatchObject({ type: 'or' });
  });

  it('reaches admins through validateRule', () => {
    expect(validateRule(nested(3_000))).toEqual({ ok: false, error: 'position 33: expected at most 32 nested "(" groups and NOTs, found "(" nested 33 deep' });
  });
});

describe('validateRule', () => {
  it('accepts a valid rule', () => {
    expect(validateRule('("border patrol" OR migra*) -collie')).toEqual({ ok: true });
  });
  it('returns the positioned message for an invalid one', () => {
    expect(validateRule('migrants AND (')).toEqual({ ok: false, error: 'position 15: expected a term or "(" after "(", found end of rule' });
  });
});
