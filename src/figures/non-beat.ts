/**
 * Counts of things that are no key figure even with a noun of their own: the buses that move people ("4 buses a day",
 * "en 22 autobuses": the people are the figure) and the sitting judges of a court ("17 active judges on the court"),
 * which are a figure only when hired or funded ("money to hire … 375 immigration judges").
 * Vocabulary: vocabulary.json nonBeatCounts.
 */
import vocabulary from './data/vocabulary.json';

const table = vocabulary.nonBeatCounts as { always: string[]; unlessHired: string[]; hireWords: string[] };
const ALWAYS = new Set(table.always);
const UNLESS_HIRED = new Set(table.unlessHired);
const HIRE = new RegExp(`(?:^|[^\\p{L}])(?:${table.hireWords.join('|')})(?![\\p{L}])`, 'iu');

/** Is a count of `metric` (its head word) whose clause before the number is `clauseBefore` no figure? */
export function isNonBeatCount(metric: string, clauseBefore: string, textOfFigure: string): boolean {
  const head = metric.split(' ').pop() ?? metric;
  if (ALWAYS.has(head)) return true;
  return UNLESS_HIRED.has(head) && !HIRE.test(clauseBefore) && !HIRE.test(textOfFigure);
}
