/** Evaluate a parsed rule against an indexed text. */
import type { RuleNode, WordMatcher } from './ast';
import type { TextIndex } from './text-index';

function positionsOf(m: WordMatcher, index: TextIndex): number[] {
  if (m.kind === 'prefix') {
    const out: number[] = [];
    index.words.forEach((w, i) => {
      if (w.startsWith(m.prefix)) out.push(i);
    });
    return out;
  }
  const first = m.variants.length === 1 ? index.byStem.get(m.variants[0]!) : undefined;
  if (first) return first as number[];
  const seen = new Set<number>();
  for (const v of m.variants) for (const p of index.byStem.get(v) ?? []) seen.add(p);
  return [...seen];
}

function hasWord(m: WordMatcher, index: TextIndex): boolean {
  if (m.kind === 'prefix') return index.words.some((w) => w.startsWith(m.prefix));
  return m.variants.some((v) => index.byStem.has(v));
}

function termMatches(words: readonly WordMatcher[], index: TextIndex): boolean {
  if (words.length === 1) return hasWord(words[0]!, index);
  const starts = positionsOf(words[0]!, index);
  if (starts.length === 0) return false;
  const rest = words.slice(1).map((w) => new Set(positionsOf(w, index)));
  if (rest.some((s) => s.size === 0)) return false;
  return starts.some((p) => rest.every((set, k) => set.has(p + k + 1)));
}

/** True when `node` matches the indexed text. */
export function evaluateRule(node: RuleNode, index: TextIndex): boolean {
  switch (node.type) {
    case 'term':
      return termMatches(node.words, index);
    case 'and':
      return node.children.every((c) => evaluateRule(c, index));
    case 'or':
      return node.children.some((c) => evaluateRule(c, index));
    case 'not':
      return !evaluateRule(node.child, index);
  }
}
