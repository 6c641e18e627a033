/**
 * Sentence splitting for English and Spanish news text. Knows the abbreviations that end in a
 * period without ending a sentence ("U.S.", "Nov.", "Sen.", "EE.UU.", "Lic.").
 */

const ABBREVIATIONS = new Set(
  [
    'u.s', 'u.n', 'ee.uu', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'sra', 'srta',
    'lic', 'gral', 'ing', 'no', 'núm', 'num', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun',
    'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic', 'approx', 'est', 'dept', 'depto', 'av', 'sec', 'fig',
    'ft', 'mt', 'ariz', 'calif', 'tex', 'n.m', 'fla', 'd.c', 'a.c', 'u.k', 'e.g', 'i.e',
  ].map((s) => s.toLowerCase()),
);

/** A sentence and where it starts in the text it came from. */
export interface SentenceSpan {
  text: string;
  start: number;
}

function endsWithAbbreviation(chunk: string): boolean {
  // "B/. 4,2 millones", "S/. 300": a currency sign ending in a period (the balboa, the sol).
  if (/(?<![\p{L}])\p{Lu}\/\.$/u.test(chunk)) return true;
  const m = /([\p{L}.]+)\.$/u.exec(chunk);
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("John F. Kennedy") and dotted acronyms ("D.H.S.").
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Split text into sentences (newlines always end a sentence). Whitespace inside a sentence is collapsed. */
export function splitSentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[.!?…]+["'”’)]*(?=\s+["'“‘(¿¡]?[\p{Lu}\d$])|\n+/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (!trimmed) return;
    out.push({ text: trimmed.replace(/\s+/g, ' '), start: from + raw.indexOf(trimmed[0]) });
  };
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && m[0].startsWith('.') && m[0].length === 1 && endsWithAbbreviation(text.slice(start, end))) continue;
    push(start, m[0][0] === '\n' ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** Split text into sentences. */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((s) => s.text);
}
