/**
 * An item's text, tokenized and stemmed once: word positions by stem, for term and
 * phrase look-ups, and the folded words in order, for prefix look-ups.
 */
import { tokenize } from './fold';
import { stemVariants } from '../text/stem';

export interface TextIndex {
  /** Folded words; fields are separated by an empty slot so no phrase spans two fields. */
  readonly words: readonly string[];
  /** Stem candidate → positions in `words`. */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
}

/** Index title, summary and content (in that order) for matching. */
export function indexText(fields: ReadonlyArray<string | undefined>): TextIndex {
  const words: string[] = [];
  const byStem = new Map<string, number[]>();
  for (const field of fields) {
    if (!field) continue;
    if (words.length > 0) words.push('');
    for (const w of tokenize(field)) {
      const pos = words.length;
      words.push(w);
      for (const v of stemVariants(w)) {
        const list = byStem.get(v);
        if (list) {
          if (list[list.length - 1] !== pos) list.push(pos);
        } else byStem.set(v, [pos]);
      }
    }
  }
  return { words, byStem };
}
