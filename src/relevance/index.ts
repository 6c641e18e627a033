/** Keyword relevance: the rule language (RULES.md), profiles and matching. */
export type { RuleNode, WordMatcher } from './ast';
export { RuleSyntaxError } from './rule-syntax-error';
export { parseRule, MIN_PREFIX_LENGTH, MAX_NESTING_DEPTH } from './parse-rule';
export { compileProfile, matchIndex, matchText, validateRule } from './profile';
export type { Profile, CompiledRule, MatchResult } from './profile';
export { foldText, tokenize } from './fold';
export { stemVariants } from '../text/stem';
export { indexText } from './text-index';
export type { TextIndex } from './text-index';
