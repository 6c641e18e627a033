/**
 * The counted thing a number with no noun of its own refers back to (fig15): "The migrants walked … where 19 of them were
 * arrested", "… 41,488 people crossed …. The busiest day was Sept. 14, when 1,316 arrived", "recibió 4 mil 210 retornados en
 * noviembre. Por vía terrestre llegaron 1 mil 380", "…; en septiembre habían sido 3 mil 14". The number stands in a clause
 * whose verb is right after it or right before it (or is "of them"), and what it counts is the last counted thing named
 * before it in the sentence (with a number or not), else the last count of the sentence before.
 */
import { FUNCTION_WORDS, metricAt } from './metric';
import type { Lang, NumberMatch } from './numbers';
import type { Token } from './tokens';
import vocabulary from './data/vocabulary.json';

const DEMONYMS = new Set(vocabulary.demonyms as string[]);
const FRAME = vocabulary.elidedVerbFrames as { en: { after: string; before: string[] }; es: { after: string; before: string[] }; notAntecedents: string[]; notAfter: string[]; auxiliaries: string[]; passiveAuxiliaries: string[]; passiveParticiple: Record<Lang, string> };
/** "El día 3 llegaron 96": a number after these words is a date or a label, not a count. */
const NOT_AFTER = new Set(FRAME.notAfter);
/** Auxiliaries between the number and its verb ("had left", "se habían quedado"). */
const AUXILIARIES = new Set(FRAME.auxiliaries);
/** Units and totals name no counted thing to refer back to ("people" and "migrantes" do, generic as they are). */
const NOT_ANTECEDENTS = new Set(FRAME.notAntecedents);
const VERB_AFTER: Record<Lang, RegExp> = { en: new RegExp(FRAME.en.after, 'u'), es: new RegExp(FRAME.es.after, 'u') };
const VERB_BEFORE: Record<Lang, string[][]> = {
  en: FRAME.en.before.map((w) => w.split(/\s+/)).sort((a, b) => b.length - a.length),
  es: FRAME.es.before.map((w) => w.split(/\s+/)).sort((a, b) => b.length - a.length),
};

const PASSIVE_AUX = FRAME.passiveAuxiliaries.map((w) => w.split(/\s+/)).sort((a, b) => b.length - a.length);
const PASSIVE_PARTICIPLE: Record<Lang, RegExp> = { en: new RegExp(FRAME.passiveParticiple.en, 'u'), es: new RegExp(FRAME.passiveParticiple.es, 'u') };

/**
 * "Four were taken to a hospital", "59 were pulled alive", "21 fueron atendidas", "Three others were treated": the number
 * (with "others"/"more" after it) is the subject of a passive; true when it is.
 */
export function hasOwnPassive(tokens: Token[], endTok: number, lang: Lang): boolean {
  let k = endTok;
  if (['others', 'other', 'more', 'otros', 'otras', 'más', 'mas'].includes(tokens[k]?.norm ?? '')) k++;
  const aux = PASSIVE_AUX.find((words) => words.every((w, i) => tokens[k + i]?.norm === w));
  if (!aux) return false;
  k += aux.length;
  if (/(?:ly|mente)$/u.test(tokens[k]?.norm ?? '') || ['also', 'later', 'then', 'también', 'luego', 'después'].includes(tokens[k]?.norm ?? '')) k++;
  const t = tokens[k];
  return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (PASSIVE_PARTICIPLE[lang].test(t.norm) || PASSIVE_PARTICIPLE[lang === 'en' ? 'es' : 'en'].test(t.norm));
}

/** "19 of them", "35 de ellos" right after the number. */
const OF_THEM = /^\s*(?:of\s+(?:them|those)|de\s+ell[oa]s)(?![\p{L}])/iu;

/**
 * Is the number the whole of its noun phrase, as the subject of a verb right after it ("1,316 arrived", "2,115 crossed",
 * "51.900 llegaron"), the subject after an inverted verb ("llegaron 302", "habían sido 3 mil 14", "there were 38,750"), or
 * "N of them"? `ends` says whether nothing counted follows the number (hasNoNoun).
 */
export function isElidedFrame(tokens: Token[], m: NumberMatch, sentence: string, lang: Lang, ends: boolean): boolean {
  if (NOT_AFTER.has(tokens[m.startTok - 1]?.norm ?? '')) return false;
  if (OF_THEM.test(sentence.slice(tokens[m.endTok - 1]!.end))) return true;
  if (hasOwnPassive(tokens, m.endTok, lang)) return true;
  if (!ends) return false;
  // ("unas 400 se habían separado", "300 had left the shelter": a reflexive pronoun and an auxiliary, then any verb.)
  let k = m.endTok;
  if (tokens[k]?.norm === 'se') k++;
  const aux = AUXILIARIES.has(tokens[k]?.norm ?? '');
  if (aux) k++;
  const next = tokens[k];
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !FUNCTION_WORDS.has(next.norm) && (aux || VERB_AFTER[lang].test(next.norm))) return true;
  const afterNum = tokens[m.endTok];
  const closes = !afterNum || afterNum.kind === 'punct' || FUNCTION_WORDS.has(afterNum.norm);
  if (!closes) return false;
  for (const words of VERB_BEFORE[lang]) {
    const at = m.startTok - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]!.norm === w)) return true;
  }
  // "Por vía terrestre llegaron 1 mil 380": a plural past verb right before the number, with no "a" (its object) between.
  const prev = tokens[m.startTok - 1];
  return lang === 'es' && !!prev && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && VERB_AFTER.es.test(prev.norm);
}

/** The last counted thing named in tokens [from, startTok): not a unit or total, not a nationality (a category). */
export function mentionBefore(tokens: Token[], startTok: number, from = 0): string | null {
  let found: string | null = null;
  for (let j = from; j < startTok; j++) {
    const hit = metricAt(tokens, j);
    if (!hit || hit[1] > startTok) continue;
    if (!NOT_ANTECEDENTS.has(hit[0]) && !DEMONYMS.has(hit[0])) found = hit[0];
    j = hit[1] - 1;
  }
  return found;
}

/**
 * "Guatemala recibió 28 mil 100", "Lampedusa took in 3,010": a sentence that opens with a name (one to three capitalised
 * words) as the subject of a verb (and at most one more word) right before a bare number is a part of what the sentence
 * before counted.
 */
export function isNamedPartOpening(tokens: Token[], startTok: number): boolean {
  let k = 0;
  while (k < startTok && k < 3 && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  // (An article opening the sentence is no name: "The youngest was 19".)
  if (k === 0 || FUNCTION_WORDS.has(tokens[0]!.norm)) return false;
  const between = tokens.slice(k, startTok);
  return between.length >= 1 && between.length <= 2 && between.every((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text)) && !FUNCTION_WORDS.has(between[0]!.norm);
}
