/**
 * fig19: a table line or a ranked list whose items name only their row ("Rescues by sector, November: Tucson 212; Yuma 48;
 * total 357", "Retornados en noviembre — por aire: 6 mil 14 | por tierra: 2 mil 377"): every bare number after the colon
 * counts the head noun that opens the sentence. The head is a counted thing at the start of the sentence (after an article
 * at most), with no number between it and the colon; the items between the colon and the number name no counted thing of
 * their own and no verb of a clause.
 */
import { GENERIC_METRICS } from './lexicon';
import { metricAt } from './metric';
import type { NumberMatch } from './numbers';
import type { Token } from './tokens';

const ARTICLES = new Set(['the', 'los', 'las', 'el', 'la']);
/** Separators of the items of a line: the colon that opens them, and what stands between them. */
const OPENERS = new Set([':']);

export function tableHead(tokens: Token[], m: NumberMatch): string | null {
  if (m.money || m.unit !== null) return null;
  const first = ARTICLES.has(tokens[0]?.norm ?? '') ? 1 : 0;
  const head = metricAt(tokens, first);
  if (!head || GENERIC_METRICS.has(head[0])) return null;
  let colon = -1;
  for (let j = head[1]; j < m.startTok; j++) {
    const t = tokens[j]!;
    if (OPENERS.has(t.text)) {
      colon = j;
      break;
    }
    // (A number or a clause of its own before the colon: "Rescues rose 12% in November: …" is no table heading.)
    if (t.kind === 'num' || t.text === ';' || t.text === '.') return null;
  }
  if (colon < 0) return null;
  // The items before this one: row names, numbers, separators; no counted thing of their own.
  for (let j = colon + 1; j < m.startTok; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && /^\p{Ll}{3,}(?:ed|aron|ieron|ó)$/u.test(t.norm) && /^\p{Ll}/u.test(t.text)) return null;
    const hit = metricAt(tokens, j);
    if (hit && !GENERIC_METRICS.has(hit[0]) && hit[0] !== 'total') return null;
  }
  return head[0];
}
