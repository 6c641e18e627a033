/**
 * Extractive summary: the lead sentence, plus the sentence carrying the story's top figure when the
 * lead does not, then further sentences while they fit. Plain text, at most maxChars, cut at a
 * sentence or word boundary with "…", feed boilerplate removed.
 */
import type { Figure } from '../model';
import { splitSentences } from './sentences';
import { truncate } from '../text/truncate';
import { lettersAndNumbers } from '../text/words';

export interface SummaryInput {
  title: string;
  summary: string;
  content?: string;
}

export interface SummaryOptions {
  /** Default 280. */
  maxChars?: number;
}

const BOILERPLATE: RegExp[] = [
  /\bThe\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+.{1,200}?(?:\.|$)/gis,
  /\bLa\s+entrada\s+.{1,300}?\s+se\s+public[óo]\s+primero\s+en\s+.{1,200}?(?:\.|$)/gis,
  /\bLa\s+publicaci[óo]n\s+.{1,300}?\s+apareci[óo]\s+primero\s+en\s+.{1,200}?(?:\.|$)/gis,
  /\b(?:Continue\s+reading|Read\s+more|Read\s+the\s+full\s+(?:story|article)|Keep\s+reading|Click\s+here\s+to\s+read(?:\s+more)?|Leer\s+m[áa]s|Seguir\s+leyendo|Sigue\s+leyendo|Lee\s+la\s+nota\s+completa|Ver\s+m[áa]s)\b[^.\n]*?(?:[.…»›→]+|\.\.\.|$)/gi,
  /\[(?:…|\.\.\.|&hellip;)\]/g,
  /\b\d[\d,.]*\s+(?:views?|comments?|shares?|likes?|comentarios?|vistas?|visitas|compartidos)\b/gi,
  /\b(?:Share|Tweet|Compartir|Comparte)\s+(?:this|on|en)\s+(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Email)\b/gi,
  /\b(?:Photo|Foto|Image|Imagen)\s*:\s*[^.\n]{0,80}(?:\/\s*[^.\n]{0,60})?(?=\n|$)/g,
];

/** Remove feed boilerplate ("The post … appeared first on …", "Continue reading", share counts) and collapse whitespace. */
export function stripBoilerplate(text: string): string {
  let out = text;
  for (const re of BOILERPLATE) out = out.replace(re, ' ');
  return out.replace(/[ \t\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** Cut text to at most max characters at a word boundary, ending in "…": the text toolkit's truncator. */
export const truncateAtWord = truncate;

/** Lower case, every run of other characters than letters and numbers one space, trimmed. */
const normalize = lettersAndNumbers;

/** Extractive summary of a story; see the module comment. */
export function summarize(item: SummaryInput, figures: Figure[], opts: SummaryOptions = {}): string {
  const maxChars = opts.maxChars ?? 280;
  const body = stripBoilerplate(item.summary?.trim() ? item.summary : item.content ?? '');
  const title = normalize(item.title ?? '');
  // The body's sentences, of which those that repeat the title or have no word are skipped: each is judged
  // (normalized) only when the summary reaches it, as most bodies hold more sentences than fit.
  const all = splitSentences(body);
  const kept = (s: string): boolean => {
    const n = normalize(s);
    return n !== title && n.length > 0;
  };
  const first = all.findIndex(kept);
  if (first < 0) return '';
  const lead = all[first]!;
  const top = figures[0];
  const picked: string[] = [lead];
  if (top && !lead.includes(top.text)) {
    const figSentence = all.find((s, i) => i >= first && s.includes(top.text) && kept(s)) ?? (top.sentence && normalize(top.sentence) !== title ? top.sentence : undefined);
    if (figSentence && figSentence !== lead) picked.push(figSentence);
  }
  // The lead alone may be too long.
  if (lead.length > maxChars) return truncateAtWord(lead, maxChars);
  let out = lead;
  if (picked[1]) {
    const both = `${out} ${picked[1]}`;
    if (both.length <= maxChars) return both;
    if (maxChars - out.length > 40) return `${out} ${truncateAtWord(picked[1], maxChars - out.length - 1)}`;
    return out;
  }
  for (let i = first + 1; i < all.length; i++) {
    const s = all[i]!;
    if (!kept(s) || picked.includes(s)) continue;
    if (out.length + 1 + s.length > maxChars) break;
    out = `${out} ${s}`;
  }
  return out;
}
