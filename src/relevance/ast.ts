/** Parsed keyword rules. Words are already folded and stemmed, so matching does no text work. */

/** One word of a term or phrase: a stemmed word or a trailing-wildcard prefix. */
export type WordMatcher =
  | { kind: 'word'; word: string; variants: readonly string[] }
  | { kind: 'prefix'; prefix: string };

export type RuleNode =
  /** A single word (`migrants`), a prefix (`migra*`) or a sequence of words (`"border patrol"`, `cross-border`). */
  | { type: 'term'; source: string; words: readonly WordMatcher[] }
  | { type: 'and'; children: readonly RuleNode[] }
  | { type: 'or'; children: readonly RuleNode[] }
  | { type: 'not'; child: RuleNode }
  /** `@beat:0.9`: the beat model (./beat-model.ts) gives the item's title and summary at least `min`. */
  | { type: 'beat'; source: string; min: number };
