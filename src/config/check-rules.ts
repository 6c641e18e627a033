import { parseRule, RuleSyntaxError } from '../relevance';
import { ConfigError } from './load';
import type { Config } from './schema';

/** Parse every keyword query in the config; a syntax error names the field and the position in the query. */
export function checkRules(config: Config): void {
  const problems: string[] = [];
  const check = (path: string, query: string): void => {
    try {
      parseRule(query);
    } catch (e) {
      if (e instanceof RuleSyntaxError) problems.push(`${path}: ${JSON.stringify(query)}: ${e.message}`);
      else throw e;
    }
  };
  config.keywords.rules.forEach((r, i) => check(`keywords.rules[${i}].match`, r.match));
  config.keywords.exclude.forEach((q, i) => check(`keywords.exclude[${i}]`, q));
  config.subscriptions.forEach((s, i) => {
    s.keywords?.add.forEach((q, j) => check(`subscriptions[${i}].keywords.add[${j}]`, q));
    s.keywords?.exclude.forEach((q, j) => check(`subscriptions[${i}].keywords.exclude[${j}]`, q));
  });
  if (problems.length) throw new ConfigError(`invalid keyword rules:\n${problems.join('\n')}`);
}
