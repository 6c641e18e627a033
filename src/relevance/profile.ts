/**
 * A keyword profile: the global rules and exclusions of the config, with one
 * subscription's overrides applied, parsed once and matched against every item.
 */
import type { KeywordOverrides, KeywordsConfig } from '../config/schema';
import type { RuleNode, WordMatcher } from './ast';
import { evaluateRule } from './evaluate';
import { parseRule } from './parse-rule';
import { RuleSyntaxError } from './rule-syntax-error';
import { indexText, prefixAtom, stemAtom, type TextIndex } from './text-index';
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
  return { rules, exclude, beatFloor: keywords.beatFloor ?? 0 };
}

/**
 * Numbered stems and prefixes of which a text must contain one for the rule to be true, or null when no such
 * list can be told (a NOT, `@beat`, an OR with such a child). Pure reading of the rule: a term needs one of its
 * words' forms (a phrase: one of any of its words', the word with the fewest taken), an AND one of any child's
 * (the child with the fewest taken), an OR one of any child's.
 */
function neededAtoms(node: RuleNode): number[] | null {
  switch (node.type) {
    case 'term': {
      let best: number[] | null = null;
      for (const w of node.words) {
        const atoms = wordAtoms(w);
        if (!best || atoms.length < best.length) best = atoms;
      }
      return best;
    }
    case 'and': {
      let best: number[] | null = null;
      for (const k of node.children) {
        const atoms = neededAtoms(k);
        if (atoms && (!best || atoms.length < best.length)) best = atoms;
      }
      return best;
    }
    case 'or': {
      const out: number[] = [];
      for (const k of node.children) {
        const atoms = neededAtoms(k);
        if (!atoms) return null;
        for (const a of atoms) out.push(a);
      }
      return out;
    }
    default:
      return null;
  }
}

function wordAtoms(w: WordMatcher): number[] {
  return w.kind === 'prefix' ? [prefixAtom(w.prefix)] : w.variants.map(stemAtom);
}

/**
 * Which rules of a list can be true for a text, read off the numbers its words carry instead of by evaluating
 * every rule: `atoms` lists every number some rule needs, `rulesOf[i]` the rules (by position) that need
 * `atoms[i]`; `always` the rules with no such list. Built once per list.
 */
interface Triggers {
  atoms: Int32Array;
  rulesOf: Int32Array[];
  always: Int32Array;
}

const TRIGGERS = new WeakMap<readonly CompiledRule[], Triggers>();

function triggersOf(rules: readonly CompiledRule[]): Triggers {
  let t = TRIGGERS.get(rules);
  if (t) return t;
  const byAtom = new Map<number, number[]>();
  const always: number[] = [];
  rules.forEach((r, i) => {
    const atoms = neededAtoms(r.node);
    if (!atoms) {
      always.push(i);
      return;
    }
    for (const a of new Set(atoms)) {
      const list = byAtom.get(a);
      if (list) list.push(i);
      else byAtom.set(a, [i]);
    }
  });
  t = { atoms: Int32Array.from(byAtom.keys()), rulesOf: [...byAtom.values()].map((l) => Int32Array.from(l)), always: Int32Array.from(always) };
  TRIGGERS.set(rules, t);
  return t;
}

/**
 * The rules of `rules` that are true for the indexed text, in their order; only those whose needed numbers the
 * text carries are evaluated (the others cannot be true). `first`: stop at the first true one.
 */
function trueRules(rules: readonly CompiledRule[], index: TextIndex, first: boolean): CompiledRule[] {
  const out: CompiledRule[] = [];
  if (rules.length === 0) return out;
  const t = triggersOf(rules);
  const candidate = new Uint8Array(rules.length);
  for (let i = 0; i < t.always.length; i++) candidate[t.always[i]!] = 1;
  const present = index.atoms;
  for (let i = 0; i < t.atoms.length; i++) {
    const a = t.atoms[i]!;
    // A number given after the text was indexed is not in `present`: the rule is evaluated (the slow way).
    if (a < present.length && present[a] !== 1) continue;
    const rs = t.rulesOf[i]!;
    for (let j = 0; j < rs.length; j++) candidate[rs[j]!] = 1;
  }
  for (let i = 0; i < rules.length; i++) {
    if (candidate[i] !== 1 || !evaluateRule(rules[i]!.node, index)) continue;
    out.push(rules[i]!);
    if (first) break;
  }
  return out;
}

/** Match one item: its text is tokenized and stemmed once, then every rule that can be true is evaluated. */
export function matchText(profile: Profile, text: { title: string; summary?: string; content?: string }): MatchResult {
  const index = indexText([text.title, text.summary, text.content]);
  const hits = trueRules(profile.rules, index, false);
  const matched = hits.map((r) => r.name);
  if (matched.length === 0) return { relevant: false, matched };
  // Only floored (global) rules matched and the beat model finds the item too unlikely: a trap the rules missed.
  if (profile.beatFloor > 0 && hits.every((r) => r.floored) && beatProbabilityOfIndex(index) < profile.beatFloor) {
    return { relevant: false, matched, excludedBy: `beatFloor ${profile.beatFloor}` };
  }
  const veto = trueRules(profile.exclude, index, true)[0];
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
