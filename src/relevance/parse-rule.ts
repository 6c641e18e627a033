/**
 * Parser of the keyword rule language (see RULES.md):
 *
 *   rule    := or
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*        adjacent terms are ANDed
 *   unary   := "NOT" unary | "-" primary | primary
 *   primary := word | word* | "a phrase" | "( " rule " )" | @beat:P     (P a probability, 0 to 1)
 *
 * Operators are upper-case only, so "and", "or", "no" stay ordinary words.
 * Nothing here builds a regular expression from user text.
 */
import type { RuleNode, WordMatcher } from './ast';
import { RuleSyntaxError } from './rule-syntax-error';
import { tokenize } from './fold';
import { stemVariants } from '../text/stem';

/** Shortest prefix before `*`: shorter ones match too much to be meant. */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Deepest nesting of "(" groups and NOT accepted. The parser recurses once per level: without a limit
 * a rule of thousands of "(" overflows the stack. Real rules nest two or three levels.
 */
export const MAX_NESTING_DEPTH = 32;

type Tok =
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'phrase'; text: string; pos: number }
  | { kind: 'lparen' | 'rparen' | 'minus' | 'and' | 'or' | 'not' | 'end'; pos: number; text?: string };

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isDelimiter = (c: string | undefined): boolean => c === undefined || isSpace(c) || c === '(' || c === ')' || c === '"';

function lex(query: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const pos = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (c === '(') {
      toks.push({ kind: 'lparen', pos });
      i++;
    } else if (c === ')') {
      toks.push({ kind: 'rparen', pos });
      i++;
    } else if (c === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new RuleSyntaxError(pos, `a closing '"' for the phrase opened here`, 'end of rule');
      toks.push({ kind: 'phrase', text: query.slice(i + 1, close), pos });
      i = close + 1;
    } else if (c === '-' && (i === 0 || isDelimiter(query[i - 1]))) {
      if (isSpace(query[i + 1]) || i + 1 >= query.length || query[i + 1] === ')') {
        throw new RuleSyntaxError(pos + 1, 'a term or "(" right after "-"', describeAt(query, i + 1));
      }
      toks.push({ kind: 'minus', pos });
      i++;
    } else {
      let j = i;
      while (j < query.length && !isDelimiter(query[j])) j++;
      const text = query.slice(i, j);
      if (text === 'AND') toks.push({ kind: 'and', pos, text });
      else if (text === 'OR') toks.push({ kind: 'or', pos, text });
      else if (text === 'NOT') toks.push({ kind: 'not', pos, text });
      else toks.push({ kind: 'word', text, pos });
      i = j;
    }
  }
  toks.push({ kind: 'end', pos: query.length + 1 });
  return toks;
}

function describeAt(query: string, i: number): string {
  if (i >= query.length) return 'end of rule';
  return isSpace(query[i]) ? 'a space' : `"${query[i]}"`;
}

function describe(t: Tok): string {
  switch (t.kind) {
    case 'end':
      return 'end of rule';
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    case 'minus':
      return '"-"';
    case 'and':
    case 'or':
    case 'not':
      return t.text!;
    case 'phrase':
      return `"${t.text}"`;
    case 'word':
      return `"${t.text}"`;
  }
}

/** Turn one whitespace-free chunk (`migrants`, `cross-border`, `migra*`) into word matchers. */
function chunkWords(chunk: string, pos: number): WordMatcher[] {
  const star = chunk.indexOf('*');
  if (star >= 0 && star !== chunk.length - 1) {
    throw new RuleSyntaxError(pos + star, '"*" only at the end of a word (a prefix such as migra*)', `"${chunk}"`);
  }
  const isPrefix = star >= 0;
  const parts = tokenize(isPrefix ? chunk.slice(0, -1) : chunk);
  if (parts.length === 0) {
    if (isPrefix) throw new RuleSyntaxError(pos, `at least ${MIN_PREFIX_LENGTH} letters or digits before "*"`, `"${chunk}"`);
    const hint = chunk === '&&' || chunk === '||' ? ' (write AND / OR)' : '';
    throw new RuleSyntaxError(pos, `a word with letters or digits${hint}`, `"${chunk}"`);
  }
  const words: WordMatcher[] = parts.map((w) => ({ kind: 'word', word: w, variants: stemVariants(w) }));
  if (isPrefix) {
    const last = parts[parts.length - 1]!;
    if (last.length < MIN_PREFIX_LENGTH) {
      throw new RuleSyntaxError(pos, `at least ${MIN_PREFIX_LENGTH} letters or digits before "*"`, `"${chunk}"`);
    }
    words[words.length - 1] = { kind: 'prefix', prefix: last };
  }
  return words;
}

/** `@beat:0.9`: the learned beat model's probability is at least 0.9 (see RULES.md). */
const BEAT_TERM = '@beat:';

function beatTerm(text: string, pos: number): RuleNode {
  const value = text.slice(BEAT_TERM.length);
  const min = /^(?:0|1|0?\.\d+|1\.0*)$/.test(value) ? Number(value) : NaN;
  if (!(min >= 0 && min <= 1)) throw new RuleSyntaxError(pos, 'a probability from 0 to 1 after "@beat:" (such as @beat:0.9)', `"${text}"`);
  return { type: 'beat', source: text, min };
}

function phraseWords(text: string, pos: number): WordMatcher[] {
  const words: WordMatcher[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) words.push(...chunkWords(m[0], pos + 1 + m.index));
  if (words.length === 0) throw new RuleSyntaxError(pos, 'words inside the quotes', 'an empty phrase');
  return words;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i]!;
  }
  private next(): Tok {
    return this.toks[this.i++]!;
  }
  private startsUnary(t: Tok): boolean {
    return t.kind === 'word' || t.kind === 'phrase' || t.kind === 'lparen' || t.kind === 'minus' || t.kind === 'not';
  }
  /** Enter one level of "(" or NOT at token `t`; refuse the level beyond MAX_NESTING_DEPTH. */
  private enter(t: Tok): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw new RuleSyntaxError(t.pos, `at most ${MAX_NESTING_DEPTH} nested "(" groups and NOTs`, `${describe(t)} nested ${this.depth} deep`);
    }
  }
  private requireTerm(after: string): void {
    const t = this.peek();
    if (!this.startsUnary(t)) throw new RuleSyntaxError(t.pos, `a term or "("${after}`, describe(t));
  }

  parseRule(): RuleNode {
    this.requireTerm('');
    const node = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'end') throw new RuleSyntaxError(t.pos, 'AND, OR, a term or the end of the rule', describe(t));
    return node;
  }

  private parseOr(): RuleNode {
    const children = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      this.next();
      this.requireTerm(' after OR');
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  private parseAnd(): RuleNode {
    const children = [this.parseUnary()];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'and') {
        this.next();
        this.requireTerm(' after AND');
      } else if (!this.startsUnary(t)) break;
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  private parseUnary(): RuleNode {
    const t = this.peek();
    if (t.kind === 'not') {
      this.enter(t);
      this.next();
      this.requireTerm(' after NOT');
      const child = this.parseUnary();
      this.depth--;
      return { type: 'not', child };
    }
    if (t.kind === 'minus') {
      this.next();
      const n = this.peek();
      if (n.kind !== 'word' && n.kind !== 'phrase' && n.kind !== 'lparen') {
        throw new RuleSyntaxError(n.pos, 'a term or "(" after "-"', describe(n));
      }
      return { type: 'not', child: this.parsePrimary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): RuleNode {
    const t = this.next();
    if (t.kind === 'word' && t.text.startsWith(BEAT_TERM)) return beatTerm(t.text, t.pos);
    if (t.kind === 'word') return { type: 'term', source: t.text, words: chunkWords(t.text, t.pos) };
    if (t.kind === 'phrase') return { type: 'term', source: `"${t.text}"`, words: phraseWords(t.text, t.pos) };
    if (t.kind === 'lparen') {
      this.enter(t);
      this.requireTerm(' after "("');
      const inner = this.parseOr();
      const close = this.peek();
      if (close.kind !== 'rparen') throw new RuleSyntaxError(close.pos, `")" to close the "(" at position ${t.pos}`, describe(close));
      this.next();
      this.depth--;
      return inner;
    }
    throw new RuleSyntaxError(t.pos, 'a term or "("', describe(t));
  }
}

/** Parse a rule query. Throws RuleSyntaxError with the 1-based position and what was expected. */
export function parseRule(query: string): RuleNode {
  return new Parser(lex(query)).parseRule();
}
