/** Qualifiers and rates around a number: "more than", "up to", "a day", "al día", change percentages. */
import { PER_BEFORE, PER_PHRASES, QUALIFIERS } from './lexicon';
import type { NumberMatch } from './numbers';
import type { Token } from './tokens';
import { FUNCTION_WORDS, QUANTITY_VERBS, CHANGE_NOUNS } from './metric';
import { changeNounWithRateBefore } from './change';
import lexicon from './data/lexicon.json';

export const COMPARATIVES = new Set(lexicon.comparatives);

/** A percentage that describes a change: "a 7% decrease", "up 2%", "9% menos que", "un alza de 20%". */
export function isChangePercent(tokens: Token[], m: NumberMatch): boolean {
  const next = tokens[m.endTok];
  if (next && (CHANGE_NOUNS.has(next.norm) || COMPARATIVES.has(next.norm))) return true;
  const prev = tokens[m.startTok - 1];
  const prev2 = tokens[m.startTok - 2];
  if (prev && (prev.norm === 'de' || prev.norm === 'of') && prev2 && CHANGE_NOUNS.has(prev2.norm)) return true;
  if (changeNounWithRateBefore(tokens, m.startTok)) return true;
  return !!prev && (prev.norm === 'up' || prev.norm === 'down' || QUANTITY_VERBS.has(prev.norm)) && !!next && (next.kind === 'punct' || FUNCTION_WORDS.has(next.norm));
}

/** Rate adverbs that may follow a verb: "personas cruzan a diario", "migrants cross daily". */
export const PER_ADVERB = /^(?:\s*[\p{L}]+){1,2}?\s+(a diario|diariamente|cada d[ií]a|every day|each day|daily|per day|al d[ií]a|por d[ií]a|cada noche|every night|each night|nightly)(?![\p{L}])/iu;

/** Words that introduce a comparison baseline: "up from 188,000", "than 150,000", "frente a 90 mil". */
export const COMPARISON = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|above|below|frente\s+a|contra|comparaci[oó]n\s+con|respecto\s+(?:a|de)|que\s+los|que\s+las|a\s+los)\s+(?:the\s+|los\s+|las\s+|about\s+|nearly\s+|some\s+|unos\s+|unas\s+|casi\s+)?$/i;

/** One anchored expression per qualifier, compiled once. */
const QUALIFIER_RES = QUALIFIERS.map((q) => new RegExp(`(?:^|[^\\p{L}])(${q.replace(/\s+/g, '\\s+')})\\s*$`, 'u'));
/** The longest qualifier is under 40 characters: only the text just before the number is read. */
const QUALIFIER_WINDOW = Math.max(...QUALIFIERS.map((q) => q.length)) + 8;

export function qualifierBefore(sentence: string, pos: number): { text: string; start: number } | null {
  // Offsets are computed from the end of `before`, so reading only its tail changes nothing.
  const before = sentence.slice(Math.max(0, pos - QUALIFIER_WINDOW), pos).toLowerCase();
  const offset = Math.max(0, pos - QUALIFIER_WINDOW);
  let best: { text: string; start: number } | null = null;
  for (const re of QUALIFIER_RES) {
    const m = re.exec(before);
    if (m && (!best || m[1].length > best.text.length)) best = { text: m[1].replace(/\s+/g, ' '), start: pos - m[0].length + (m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length)) };
  }
  if (best) best.start = offset + before.trimEnd().length - best.text.length;
  return best;
}

export function perAfter(sentence: string, pos: number): { per: string; end: number } | null {
  const rest = sentence.slice(pos);
  const lead = /^[\s,]*/.exec(rest)?.[0] ?? '';
  for (const [re, per] of PER_PHRASES) {
    const m = re.exec(rest.slice(lead.length));
    if (!m) continue;
    // "$145 per person per night": after the unit paid for, the rate of time is the figure's rate.
    const then = per === 'person' || per === 'family' ? perAfter(sentence, pos + lead.length + m[0].length) : null;
    return { per: then && then.per !== 'person' && then.per !== 'family' ? then.per : per, end: pos + lead.length + m[0].length };
  }
  // "$138.50 per bed per day", "142 dólares por cama por día": past the unit paid for, the rate of time.
  const unit = PER_UNIT.exec(rest.slice(lead.length));
  if (unit) {
    const then = perAfter(sentence, pos + lead.length + unit[0].length);
    if (then) return { per: then.per, end: pos + lead.length + unit[0].length };
  }
  return null;
}
/** "per bed", "por cama", "por cada cama": a unit a sum is paid per. */
const PER_UNIT = /^(?:per|por(?:\s+cada)?)\s+\p{Ll}[\p{Ll}-]{2,}(?![\p{L}])/u;

/** A rate adverb a word or two after the figure, outside its text span. */
export function perAdverbAfter(sentence: string, pos: number): string | null {
  const m = PER_ADVERB.exec(sentence.slice(pos));
  return m ? (/noche|night/i.test(m[1]!) ? 'night' : 'day') : null;
}

export function perBefore(sentence: string, pos: number): string | null {
  const before = sentence.slice(Math.max(0, pos - 40), pos);
  for (const [re, per] of PER_BEFORE) if (per && re.test(before)) return per;
  return null;
}

/**
 * A rate adjective on the counted thing written before the number: "Daily crossings topped 8,000",
 * "once daily encounters top 3,000", "los cruces diarios superaron los 9 mil".
 */
// Up to six words between the counted thing and the number: "daily encounters between ports of entry average more than".
const RATE_ADJ_BEFORE_EN = /\b(daily|weekly|monthly)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:[\p{L}]+\s+){0,6}$/iu;
const RATE_ADJ_AFTER_ES = /\b([\p{L}]+)\s+(diari[oa]s|semanales|mensuales)\s+(?:[\p{L}]+\s+){0,6}$/iu;
const RATE_OF: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', diarios: 'day', diarias: 'day', semanales: 'week', mensuales: 'month' };

export function rateOfCountedThingBefore(sentence: string, numStart: number, isMetricWord: (w: string) => boolean): string | null {
  const before = sentence.slice(Math.max(0, numStart - 80), numStart);
  const en = RATE_ADJ_BEFORE_EN.exec(before);
  if (en && isMetricWord(en[2]!.toLowerCase())) return RATE_OF[en[1]!.toLowerCase()] ?? null;
  const es = RATE_ADJ_AFTER_ES.exec(before);
  if (es && isMetricWord(es[1]!.toLowerCase())) return RATE_OF[es[2]!.toLowerCase()] ?? null;
  return null;
}
