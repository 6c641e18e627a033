/**
 * Evaluate a parsed rule against an indexed text.
 *
 * A rule is compiled once (on its first evaluation, kept beside the parsed node) into plain loops over
 * arrays. Every stem and prefix a rule looks for has a number (./text-index.ts), so a word or prefix term
 * is answered by reading the index's `atoms` at its numbers instead of by string look-ups; the single
 * words and prefixes of an OR are merged into one list of numbers; a phrase first checks that each of its
 * words occurs at all (most phrases stop there) before it compares positions. Phrase results are
 * remembered per indexed text, and equal phrases of different rules share one compiled term.
 */
import type { RuleNode, WordMatcher } from './ast';
import { prefixAtom, stemAtom, type TextIndex } from './text-index';
import { beatProbabilityOfIndex } from './beat-model';

/**
 * Numbered stems and prefixes, any of which will do. `keys[i]` is what `atoms[i]` numbers: a stem, or
 * `*prefix`; it is looked up the slow way when the number was given after the index was built.
 */
interface AnyOf {
  readonly atoms: Int32Array;
  readonly keys: readonly string[];
}

const ANY = 0;
const PHRASE = 1;
const AND = 2;
const OR = 3;
const NOT = 4;
/** `@beat:min` (./beat-model.ts): the learned model's probability is at least `min`. */
const BEAT = 5;

/**
 * A compiled node; one shape for every kind, so the evaluator's property reads stay monomorphic.
 * ANY: one of `atoms` occurs. OR: one of `atoms` occurs (its single-word children, merged) or a kid is
 * true. AND: every kid. NOT: not `kids[0]`. PHRASE: `words` in a row.
 */
class Node implements AnyOf {
  /** AND/OR: its number in the gates of the rule set `owner` (see RuleSet), or -1 when it has none. */
  slot = -1;
  owner = 0;
  constructor(
    readonly op: number,
    readonly atoms: Int32Array = EMPTY_ATOMS,
    readonly keys: readonly string[] = [],
    readonly kids: readonly Node[] = [],
    readonly words: readonly AnyOf[] = [],
    readonly min = 0,
  ) {}
}
const EMPTY_ATOMS = new Int32Array(0);

const COMPILED = new WeakMap<RuleNode, Node>();

/** Equal phrases share one compiled term (so one memo entry per item). Bounded: cleared when full. */
const PHRASES = new Map<string, Node>();
const PHRASES_MAX = 10_000;

function anyOf(m: WordMatcher): AnyOf {
  if (m.kind === 'prefix') return { atoms: Int32Array.of(prefixAtom(m.prefix)), keys: [`*${m.prefix}`] };
  return { atoms: Int32Array.from(m.variants, stemAtom), keys: m.variants };
}

function compileTerm(words: readonly WordMatcher[]): Node {
  if (words.length === 1) {
    const a = anyOf(words[0]!);
    return new Node(ANY, a.atoms, a.keys);
  }
  const parts = words.map(anyOf);
  const key = parts.map((p) => p.keys.join('|')).join(' ');
  let c = PHRASES.get(key);
  if (!c) {
    c = new Node(PHRASE, undefined, undefined, undefined, parts);
    if (PHRASES.size >= PHRASES_MAX) PHRASES.clear();
    PHRASES.set(key, c);
  }
  return c;
}

function compile(node: RuleNode): Node {
  let c = COMPILED.get(node);
  if (c) return c;
  switch (node.type) {
    case 'term':
      c = compileTerm(node.words);
      break;
    case 'and':
      c = new Node(AND, undefined, undefined, mergeExclusions(node.children.map(compile)));
      break;
    case 'or': {
      const atoms: number[] = [];
      const keys: string[] = [];
      const kids: Node[] = [];
      for (const k of node.children.map(compile)) {
        if (k.op === ANY) {
          k.atoms.forEach((a) => atoms.push(a));
          keys.push(...k.keys);
        } else kids.push(k);
      }
      c = new Node(OR, Int32Array.from(atoms), keys, kids);
      break;
    }
    case 'not':
      c = new Node(NOT, undefined, undefined, [compile(node.child)]);
      break;
    case 'beat':
      c = new Node(BEAT, undefined, undefined, undefined, undefined, node.min);
      break;
  }
  COMPILED.set(node, c);
  return c;
}

/**
 * The children of an AND with its single-word exclusions (`-film -movie -(series OR Netflix) …`, each a NOT of
 * words or prefixes) merged into one NOT of their numbers, after the other children: one look-up list instead of a node
 * per word. Same answer (AND is order-free: every child is a pure test of the text), fewer steps.
 */
function mergeExclusions(kids: Node[]): Node[] {
  // A NOT of one word or prefix, or of an OR of single words only (`-(film OR movie)`).
  const words = kids.filter((k) => k.op === NOT && (k.kids[0]!.op === ANY || (k.kids[0]!.op === OR && k.kids[0]!.kids.length === 0)));
  if (words.length < 2) return kids;
  const atoms: number[] = [];
  const keys: string[] = [];
  for (const w of words) {
    w.kids[0]!.atoms.forEach((a) => atoms.push(a));
    keys.push(...w.kids[0]!.keys);
  }
  const rest = kids.filter((k) => !words.includes(k));
  return [...rest, new Node(NOT, undefined, undefined, [new Node(ANY, Int32Array.from(atoms), keys)])];
}

/** Positions of a stem or `*prefix` the slow way (its number was given after the index was built). */
function keyPositions(key: string, index: TextIndex): readonly number[] {
  return key.startsWith('*') ? index.prefixPositions(key.slice(1)) : (index.byStem.get(key) ?? []);
}

/** Does the text contain one of them? */
function hasAny(a: AnyOf, index: TextIndex): boolean {
  const present = index.atoms;
  const atoms = a.atoms;
  for (let i = 0; i < atoms.length; i++) {
    const id = atoms[i]!;
    if (id < present.length) {
      if (present[id] === 1) return true;
    } else if (keyPositions(a.keys[i]!, index).length > 0) return true;
  }
  return false;
}

/** Positions of the words that carry one of them (a list, or a set when several contribute). */
function positionsOf(a: AnyOf, index: TextIndex): Set<number> | readonly number[] {
  let only: readonly number[] | undefined;
  let set: Set<number> | undefined;
  for (let i = 0; i < a.atoms.length; i++) {
    const id = a.atoms[i]!;
    const ps = id < index.atoms.length ? index.atomPositions(id) : keyPositions(a.keys[i]!, index);
    if (ps.length === 0) continue;
    if (!only) only = ps;
    else {
      set ??= new Set(only);
      for (const p of ps) set.add(p);
    }
  }
  return set ?? only ?? [];
}

/** The words in a row somewhere; each of them is known to occur (checked by the caller). */
function phraseMatches(words: readonly AnyOf[], index: TextIndex): boolean {
  const first = positionsOf(words[0]!, index);
  const rest: Array<Set<number>> = [];
  for (let k = 1; k < words.length; k++) {
    const ps = positionsOf(words[k]!, index);
    rest.push(ps instanceof Set ? ps : new Set(ps));
  }
  for (const p of first) {
    let all = true;
    for (let k = 0; k < rest.length && all; k++) all = rest[k]!.has(p + k + 1);
    if (all) return true;
  }
  return false;
}

/** The gates of the rule set being matched: `open[slot]` is 1 when the text carries a number of that node's gate; a node of another rule set (`owner`) ignores them. */
interface Gates {
  readonly owner: number;
  readonly open: Uint8Array;
}
const NO_GATES: Gates = { owner: -1, open: new Uint8Array(0) };

function run(c: Node, index: TextIndex, gates: Gates): boolean {
  if (c.slot >= 0 && c.owner === gates.owner && gates.open[c.slot] !== 1) return false;
  switch (c.op) {
    case ANY:
      return hasAny(c, index);
    case PHRASE: {
      const words = c.words;
      for (let i = 0; i < words.length; i++) if (!hasAny(words[i]!, index)) return false;
      const known = index.memo.get(c);
      if (known !== undefined) return known;
      const r = phraseMatches(words, index);
      index.memo.set(c, r);
      return r;
    }
    case AND: {
      const kids = c.kids;
      for (let i = 0; i < kids.length; i++) if (!run(kids[i]!, index, gates)) return false;
      return true;
    }
    case OR: {
      if (c.atoms.length > 0 && hasAny(c, index)) return true;
      const kids = c.kids;
      for (let i = 0; i < kids.length; i++) if (run(kids[i]!, index, gates)) return true;
      return false;
    }
    case BEAT:
      return beatProbabilityOfIndex(index) >= c.min;
    default:
      return !run(c.kids[0]!, index, gates);
  }
}

/**
 * Numbers of which the text must carry at least one for `c` to match, or undefined when there is no such
 * list (a NOT, `@beat`, an OR with such a child). A term needs one of its stems or prefixes; a phrase its
 * first word; an AND the shortest list of its children; an OR the lists of all its children together.
 */
function gateOf(c: Node): number[] | undefined {
  switch (c.op) {
    case ANY:
      return Array.from(c.atoms);
    case PHRASE:
      return Array.from(c.words[0]!.atoms);
    case AND: {
      let best: number[] | undefined;
      for (const kid of c.kids) {
        const g = gateOf(kid);
        if (g && (!best || g.length < best.length)) best = g;
      }
      return best;
    }
    case OR: {
      const out = Array.from(c.atoms);
      for (const kid of c.kids) {
        const g = gateOf(kid);
        if (!g) return undefined;
        for (const a of g) out.push(a);
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** True when `node` matches the indexed text. */
export function evaluateRule(node: RuleNode, index: TextIndex): boolean {
  return run(compile(node), index, NO_GATES);
}

/**
 * A list of rules with their gates: every AND and OR node with a gate (`gateOf`) gets a slot, and each
 * number lists the slots it opens. Matching a text marks the slots its numbers open, once, and then a node
 * whose slot stayed closed is false without looking at its children: a rule whose gate the text does not
 * open costs one read, and so does each closed branch inside the rules that are evaluated.
 */
interface RuleSet {
  readonly id: number;
  readonly roots: readonly Node[];
  readonly slots: number;
  /** number → slots it opens. */
  readonly byAtom: Map<number, number[]>;
  /** One past the largest gate number: an index built before it was given cannot be trusted with the gates. */
  readonly end: number;
}
const RULE_SETS = new WeakMap<object, RuleSet>();
let ruleSetIds = 0;

function ruleSetOf(list: ReadonlyArray<{ readonly node: RuleNode }>): RuleSet {
  let set = RULE_SETS.get(list);
  if (set) return set;
  const id = ++ruleSetIds;
  const byAtom = new Map<number, number[]>();
  let slots = 0;
  let end = 0;
  const visit = (c: Node): void => {
    if ((c.op === AND || c.op === OR) && c.slot < 0) {
      const gate = gateOf(c);
      if (gate) {
        c.slot = slots++;
        c.owner = id;
        for (const a of gate) {
          const l = byAtom.get(a);
          if (!l) byAtom.set(a, [c.slot]);
          else if (l[l.length - 1] !== c.slot) l.push(c.slot);
          if (a >= end) end = a + 1;
        }
      }
    }
    for (const k of c.kids) visit(k);
  };
  const roots = list.map((r) => compile(r.node));
  roots.forEach(visit);
  set = { id, roots, slots, byAtom, end };
  RULE_SETS.set(list, set);
  return set;
}

/**
 * Compiles the rules of `list` and their gates now (matchRules would on its first call): a profile is built
 * once and matched against every item, so its first item need not pay for the compiling.
 */
export function prepareRules(list: ReadonlyArray<{ readonly node: RuleNode }>): void {
  ruleSetOf(list);
}

/** Indexes of the rules of `list` that match the text, in order (only the first one when `first`). */
export function matchRules(list: ReadonlyArray<{ readonly node: RuleNode }>, index: TextIndex, first = false): number[] {
  const set = ruleSetOf(list);
  const out: number[] = [];
  let gates = NO_GATES;
  if (set.end <= index.atoms.length) {
    const marks = new Uint8Array(set.slots);
    const present = index.present;
    for (let k = 0; k < present.length; k++) {
      const l = set.byAtom.get(present[k]!);
      if (l) for (let j = 0; j < l.length; j++) marks[l[j]!] = 1;
    }
    gates = { owner: set.id, open: marks };
  }
  for (let i = 0; i < set.roots.length; i++) {
    if (run(set.roots[i]!, index, gates)) {
      out.push(i);
      if (first) break;
    }
  }
  return out;
}
