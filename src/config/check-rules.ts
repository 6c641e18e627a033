import { parseRule, RuleSyntaxError } from '../relevance';
import { ConfigError } from './load';
import type { Config } from './schema';

/**
 * Parse every keyword query in the config (but those in `checked`, known to parse); a syntax error names the file and line (through `where`),
 * the field and the position in the query: `my.yaml:4: keywords.rules[0].match: "border AND": position 11: …`.
 */
export function checkRules(config: Config, where?: (path: ReadonlyArray<PropertyKey>) => string, checked?: ReadonlySet<string>): void {
  const problems: string[] = [];
  const check = (p: ReadonlyArray<PropertyKey>, query: string): void => {
    // A query the build already parsed (the defaults' own, see default-snapshot.ts) parses the same now.
    if (checked?.has(query)) return;
    try {
      parseRule(query);
    } catch (e) {
      if (!(e instanceof RuleSyntaxError)) throw e;
      const field = p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
      problems.push(`${where ? `${where(p)}: ` : ''}${field}: ${JSON.stringify(query)}: ${e.message}`);
    }
  };
  config.keywords.rules.forEach((r, i) => check(['keywords', 'rules', i, 'match'], r.match));
  config.keywords.exclude.forEach((q, i) => check(['keywords', 'exclude', i], q));
  config.subscriptions.forEach((s, i) => {
    s.keywords?.add.forEach((q, j) => check(['subscriptions', i, 'keywords', 'add', j], q));
    s.keywords?.exclude.forEach((q, j) => check(['subscriptions', i, 'keywords', 'exclude', j], q));
  });
  if (problems.length) throw new ConfigError(`invalid keyword rules:\n${problems.join('\n')}`);
}
