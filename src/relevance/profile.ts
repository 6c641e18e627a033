/**
 * A keyword profile: the global rules and exclusions of the config, with one
 * subscription's overrides applied, parsed once and matched against every item.
 */
import type { KeywordOverrides, KeywordsConfig } from '../config/schema';
import type { RuleNode } from './ast';
import { matchRules, prepareRules } from './evaluate';
import { parseRule } from './parse-rule';
import { RuleSyntaxError } from './rule-syntax-error';
import { indexText, type TextIndex } from './text-index';
import { beatProbabilityOfIndex } from './beat-model';

export interface CompiledRule {
  /** Rule name; for an override's `add` and for exclusions, the query itself. */
  readonly name: string;
  readonly query: string;
  readonly node: RuleNode;
  /** A global rule held to the profile's `beatFloor` (a subscription's own `add` rules are not). */
  readonly floored?: boolean;
}

/** A compiled profile: build it once per config (and subscription), reuse it for every item. */
export interface Profile {
  readonly rules: readonly CompiledRule[];
  readonly exclude: readonly CompiledRule[];
  /** `keywords.beatFloor`: the beat model's probability a floored rule's match needs (0: none). */
  readonly beatFloor: number;
}

export interface MatchResult {
  /** Some rule matched and no exclusion did. */
  relevant: boolean;
  /** Names of every rule that matched (also when an exclusion then vetoed the item). */
  matched: string[];
  /** The exclusion query that vetoed the item, when one did. */
  excludedBy?: string;
}

function compileOne(name: string, query: string, label: string): CompiledRule {
  try {
    return { name, query, node: parseRule(query) };
  } catch (e) {
    if (e instanceof RuleSyntaxError) throw e.inRule(label);
    throw e;
  }
}

/**
 * Parse the config's rules and exclusions, then apply a subscription's overrides:
 * `remove` drops global rules by name or exact query (and global exclusions by exact query),
 * `add` appends rules (named by their query), `exclude` appends exclusions. The global rules are held to
 * `keywords.beatFloor`; the subscription's `add` rules are not.
 * Throws RuleSyntaxError naming the rule ("keyword rule \"border\": position 14: expected …").
 */
export function compileProfile(keywords: Pick<KeywordsConfig, 'rules' | 'exclude'> & { beatFloor?: number }, overrides?: KeywordOverrides): Profile {
  const removed = new Set((overrides?.remove ?? []).map((r) => r.trim()));
  const rules: CompiledRule[] = [];
  for (const r of keywords.rules) {
    if (removed.has(r.name) || removed.has(r.match.trim())) continue;
    rules.push({ ...compileOne(r.name, r.match, r.name), floored: true });
  }
  (overrides?.add ?? []).forEach((q, i) => rules.push(compileOne(q, q, `add[${i}] ${q}`)));
  const exclude: CompiledRule[] = [];
  keywords.exclude.forEach((q, i) => {
    if (!removed.has(q.trim())) exclude.push(compileOne(q, q, `exclude[${i}] ${q}`));
  });
  (overrides?.exclude ?? []).forEach((q, i) => exclude.push(compileOne(q, q, `subscription exclude[${i}] ${q}`)));
  // The evaluator's compiled form of both lists (and their gates), built here rather than by the first match.
  prepareRules(rules);
  prepareRules(exclude);
  return { rules, exclude, beatFloor: keywords.beatFloor ?? 0 };
}

/** The rules of the list that match, in list order (only the first when `first`); see matchRules. */
function matching(rules: readonly CompiledRule[], index: TextIndex, first = false): CompiledRule[] {
  return matchRules(rules, index, first).map((i) => rules[i]!);
}

/** Match one item: its text is tokenized and stemmed once, then every rule it can match is evaluated. */
export function matchText(profile: Profile, text: { title: string; summary?: string; content?: string }): MatchResult {
  return matchIndex(profile, indexText([text.title, text.summary, text.content]));
}

/**
 * Match an item's text already indexed (`indexText([title, summary, content])`): one index serves the global
 * profile and every subscription's (Pipeline.process, src/pipeline/analyse.ts).
 */
export function matchIndex(profile: Profile, index: TextIndex): MatchResult {
  const hits = matching(profile.rules, index);
  const matched = hits.map((r) => r.name);
  if (matched.length === 0) return { relevant: false, matched };
  // Only floored (global) rules matched and the beat model finds the item too unlikely: a trap the rules missed.
  if (profile.beatFloor > 0 && hits.every((r) => r.floored) && beatProbabilityOfIndex(index) < profile.beatFloor) {
    return { relevant: false, matched, excludedBy: `beatFloor ${profile.beatFloor}` };
  }
  const veto = matching(profile.exclude, index, true)[0];
  return veto ? { relevant: false, matched, excludedBy: veto.query } : { relevant: true, matched };
}

/** Check a query for the admin command `/border keywords add`; the error names position and expectation. */
export function validateRule(query: string): { ok: true } | { ok: false; error: string } {
  try {
    parseRule(query);
    return { ok: true };
  } catch (e) {
    if (e instanceof RuleSyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}
