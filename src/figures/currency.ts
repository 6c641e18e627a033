/**
 * The currency of a sum, from a data table (src/figures/data/currencies.json): signs and prefixes written before the
 * digits (₡, S/, RD$, B/., R$, CLP$…), ISO codes, currency nouns with their country adjective ("pesos chilenos",
 * "Canadian dollars"), and the country a text is about, which says which peso a bare "pesos" is and what a Spanish "$" is.
 */
import { adjacent, type Token } from './tokens';

import table from './data/currencies.json';
import { escapeRegExp } from '../text';

interface Country {
  peso?: string;
  dollarSign?: string;
  signs?: Record<string, string>;
  names: string[];
  demonyms: string[];
  plurals: string[];
}

export const SYMBOLS = new Map(Object.entries(table.symbols as Record<string, string>));
const PREFIXES = new Map(Object.entries(table.prefixes as Record<string, string>));
const MAX_PREFIX = Math.max(...[...PREFIXES.keys()].map((p) => p.length));
export const CODES = new Set(table.codes as string[]);
export const WORDS = new Map(Object.entries(table.words as Record<string, string>));
const QUALIFIED = table.qualified as Record<string, Record<string, string>>;
const ADJECTIVES_BEFORE = table.adjectivesBefore as Record<string, Record<string, string>>;
const COUNTRIES = Object.entries(table.countries as unknown as Record<string, Country>);
export const TABLE_UNITS = new Set([...SYMBOLS.values(), ...PREFIXES.values(), ...CODES, ...WORDS.values(), ...Object.values(QUALIFIED).flatMap((m) => Object.values(m)), ...Object.values(ADJECTIVES_BEFORE).flatMap((m) => Object.values(m))]);

const wordsRe = (list: string[], flags: string): RegExp | null => (list.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, flags) : null);
const MATCHERS = COUNTRIES.map(([code, c]) => ({
  code,
  country: c,
  names: wordsRe(c.names, 'gu'),
  demonyms: wordsRe(c.demonyms, 'giu'),
  plurals: wordsRe(c.plurals, 'giu'),
}));

/** A sign of several characters at token i ("S/", "RD$", "B/.") before the digits: its currency and the digits' token. */
export function prefixAt(tokens: Token[], i: number): { code: string; next: number } | null {
  let text = '';
  let best: { code: string; next: number } | null = null;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    if (j > i && !adjacent(tokens[j - 1], tokens[j])) break;
    text += tokens[j]!.text;
    if (text.length > MAX_PREFIX) break;
    const code = PREFIXES.get(text);
    const num = tokens[j + 1];
    if (code && num?.kind === 'num' && num.start - tokens[j]!.end <= 1) best = { code, next: j + 1 };
  }
  // (a word of letters before the digits must end there: "Bs" in "Bs 500", not the start of a word)
  return best;
}

/** Currency of "<noun> <adjective>" ("pesos chilenos", "dólares canadienses"): the code and the tokens read. */
export function qualifiedAt(tokens: Token[], c: number): { code: string; end: number } | null {
  const noun = tokens[c]?.norm;
  const adj = tokens[c + 1]?.norm;
  const code = noun && adj ? QUALIFIED[noun]?.[adj] : undefined;
  return code ? { code, end: c + 2 } : null;
}

/** Currency of English "<adjective> <noun>" ("Chilean pesos", "Canadian dollars", "Costa Rican colones"). */
export function adjectiveBeforeAt(tokens: Token[], c: number): { code: string; end: number } | null {
  const adj = tokens[c]?.norm;
  if (!adj) return null;
  for (let n = c + 1; n <= c + 2 && n < tokens.length; n++) {
    const code = ADJECTIVES_BEFORE[tokens[n]!.norm]?.[adj];
    if (code) return { code, end: n + 1 };
  }
  return null;
}

/** The text being read (title, summary and content), whose places say which peso a bare "pesos" is. */
let place: { text: string; scores: Map<string, number> | null } = { text: '', scores: null };

/** Read `fn` with `text` as the story whose places resolve a bare "pesos" or "$". */
export function withCurrencyPlace<T>(text: string, fn: () => T): T {
  const saved = place;
  place = { text, scores: null };
  try {
    return fn();
  } finally {
    place = saved;
  }
}

/** How strongly the story names each country: a dateline 3, a place 2, a singular demonym 1, a plural 0.5. */
function scores(): Map<string, number> {
  if (place.scores) return place.scores;
  const out = new Map<string, number>();
  const text = place.text;
  const dateline = /^[^\n]{0,60}?(?:\s[—–-]{1,2}\s|\(\w+\)\s*[—–-]?)/u.exec(text)?.[0] ?? '';
  for (const m of MATCHERS) {
    let s = 0;
    const count = (re: RegExp | null, t: string): number => (re ? [...t.matchAll(re)].length : 0);
    s += 3 * count(m.names, dateline);
    s += 2 * count(m.names, text) + count(m.demonyms, text) + 0.5 * count(m.plurals, text);
    if (s > 0) out.set(m.code, s);
  }
  place.scores = out;
  return out;
}

/** The currency the best-placed country gives by `pick`, ties to the first in the table. */
function placed(pick: (c: Country) => string | undefined): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const s = scores();
  for (const m of MATCHERS) {
    const v = s.get(m.code) ?? 0;
    const code = pick(m.country);
    if (code && v > bestScore) {
      best = code;
      bestScore = v;
    }
  }
  return best;
}

/** A bare "pesos": the peso of the country the story names (Mexican pesos when it names none). */
export function pesoOfPlace(): string {
  return placed((c) => c.peso) ?? 'MXN';
}

/** A Spanish "$": the currency of the country the story names (null when it names none). */
export function dollarSignOfPlace(): string | null {
  return placed((c) => c.dollarSign);
}

/** A sign that reads otherwise in the country named ("C$" is the Nicaraguan córdoba in Nicaragua), else `fallback`. */
export function signOfPlace(sign: string, fallback: string): string {
  return placed((c) => c.signs?.[sign]) ?? fallback;
}
