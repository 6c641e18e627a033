/**
 * A keyword rule that does not parse. `position` is the 1-based character column in the
 * query; `expected` says what the parser wanted there, in words an admin can act on.
 */
export class RuleSyntaxError extends Error {
  readonly position: number;
  readonly expected: string;
  /** What was found instead, when there was something ("end of rule", `")"`, `OR`). */
  readonly found?: string;
  /** Name of the rule (or `exclude[i]`) when raised by compileProfile. */
  readonly rule?: string;

  constructor(position: number, expected: string, found?: string, rule?: string) {
    const where = `position ${position}: expected ${expected}${found ? `, found ${found}` : ''}`;
    super(rule ? `keyword rule "${rule}": ${where}` : where);
    this.name = 'RuleSyntaxError';
    this.position = position;
    this.expected = expected;
    this.found = found;
    this.rule = rule;
  }

  /** The same error, naming the rule it came from. */
  inRule(rule: string): RuleSyntaxError {
    return new RuleSyntaxError(this.position, this.expected, this.found, rule);
  }
}
