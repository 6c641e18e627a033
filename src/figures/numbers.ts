/**
 * Number recognition for English and Spanish news text: digits with either thousands
 * convention (190,000 / 7.500), decimals (1.2 / 2,5), scale words (million, mil, millones, 10k, 2.4M),
 * Spanish "28 mil 415", word numbers (three million, half a million, dos mil, medio millón),
 * fractions (two-thirds, dos tercios → percent), money ($, dollars, pesos) and percentages.
 */
import { adjacent, type Token } from './tokens';

import vocabulary from './data/vocabulary.json';
import * as currency from './currency';

/** Currencies besides dollars and pesos, by word and by symbol (data: vocabulary.json currencyWords / currencySymbols). */
const CURRENCY_WORDS = new Map(Object.entries(vocabulary.currencyWords as Record<string, string>));
const CURRENCY_SYMBOLS = new Map(Object.entries(vocabulary.currencySymbols as Record<string, string>));
/** Letters written onto a sum that name its currency ("Q150 millones", "L2,500"), case-sensitive (data: vocabulary.json currencyPrefixes). */
const CURRENCY_PREFIXES = new Map(Object.entries(vocabulary.currencyPrefixes as Record<string, string>));
/** ISO codes written before a sum, upper case (data: vocabulary.json currencyCodes). */
const CURRENCY_CODES = new Set([...(vocabulary.currencyCodes as string[]), ...currency.CODES]);
const MONEY_ABBREVIATIONS = new Map(Object.entries(vocabulary.moneyAbbreviations as unknown as Record<string, [number, string]>));
const CURRENCY_UNITS = new Set([...CURRENCY_WORDS.values(), ...CURRENCY_SYMBOLS.values(), ...CURRENCY_PREFIXES.values(), ...CURRENCY_CODES, ...currency.TABLE_UNITS]);

export type Lang = 'en' | 'es';

export interface NumberMatch {
  value: number;
  /** First token (a currency sign when there is one) and one past the last token (scale, %, currency word). */
  startTok: number;
  endTok: number;
  /** Index of the first token of the numeral itself (after any currency sign). */
  numTok: number;
  unit: string | null;
  /** A bare integer of digits with no separators, scale, currency or percent (could be a year or a code). */
  bare: boolean;
  /** Written in words (three, dos mil, half a million). */
  words: boolean;
  /** Ended by a scale word (million, mil, k). */
  scaled: boolean;
  /** Money (a currency sign or word), even when the currency is not stated. */
  money: boolean;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, mil: 1e3, millón: 1e6,
  millon: 1e6, millones: 1e6, billón: 1e12, billones: 1e12,
  // "un millar de personas", "un centenar de migrantes", "una docena de detenidos"
  millar: 1e3, millares: 1e3, centenar: 100, docena: 12, docenas: 12,
};
/** Scale letters written right after the digits: 10k, 2.4M, $3B, 5bn. */
const SCALE_SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, m: 1e6, mn: 1e6, B: 1e9, bn: 1e9, b: 1e9 };

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const ES_UNITS: Record<string, number> = {
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiuno: 21, veintiún: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50,
  sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300,
  trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
/** Is the word a number word ("four", "cinco"; not the articles "un", "una", "one" or "once")? */
export function isNumberWord(norm: string): boolean {
  return !ONLY_BEFORE_SCALE.has(norm) && !EN_FALSE_FRIENDS.has(norm) && norm !== 'uno' && (norm in EN_UNITS || norm in ES_UNITS);
}
/** The English and Spanish number words of a value ("six", "seis"), from the tables above ("dozen" aside). */
export function numberWordsOf(value: number): readonly string[] {
  return WORDS_BY_VALUE.get(value) ?? [];
}
const WORDS_BY_VALUE = new Map<number, string[]>();
for (const [w, v] of [...Object.entries(EN_UNITS), ...Object.entries(ES_UNITS)]) {
  if (w === 'dozen') continue;
  const list = WORDS_BY_VALUE.get(v);
  if (list) list.push(w);
  else WORDS_BY_VALUE.set(v, [w]);
}

/** Spanish number words that are also common English words. */
const EN_FALSE_FRIENDS = new Set(['once']);

/** Words that only count as numbers in front of a scale word ("one million", "un millón", "a million"). */
const ONLY_BEFORE_SCALE = new Set(['one', 'un', 'una', 'uno', 'a', 'an', 'zero']);

const FRACTION_NUMERATOR: Record<string, number> = {
  one: 1, a: 1, two: 2, three: 3, four: 4, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4,
};
const FRACTION_DENOMINATOR: Record<string, number> = {
  third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tercio: 3, tercios: 3, cuarto: 4, cuartos: 4, quinto: 5, quintos: 5,
};

const PERCENT_WORDS = new Set(['percent', 'pct', 'porciento']);

/** Words a number written in words may start with (see numberAt). */
const NUMBER_START = new Set([...Object.keys(EN_UNITS), ...Object.keys(ES_UNITS), ...Object.keys(FRACTION_NUMERATOR), 'mil', 'half', 'medio', 'media', 'a', 'an']);

function isScaleWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && SCALE[t.norm] !== undefined;
}

/** Value of one digit token, reading the thousands/decimal separators by shape and language. */
export function parseDigits(s: string, lang: Lang, beforeScale: boolean): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(,\d{3})+$/.test(s)) {
    // "1,800" is thousands in English and in Mexican Spanish; "2,500 millones" too.
    return Number(s.replace(/,/g, ''));
  }
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    // "7.500" / "10.000" (Spanish thousands) unless English "1.500 million" style decimals.
    if (lang === 'en' && beforeScale && (s.match(/\./g) ?? []).length === 1) return Number(s);
    return Number(s.replace(/\./g, ''));
  }
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return null;
}

function wordValue(norm: string): number | undefined {
  if (EN_UNITS[norm] !== undefined) return EN_UNITS[norm];
  if (ES_UNITS[norm] !== undefined) return ES_UNITS[norm];
  // twenty-five, thirty-two
  const m = /^([a-z]+)-([a-z]+)$/.exec(norm);
  if (m && EN_UNITS[m[1]] !== undefined && EN_UNITS[m[1]] >= 20 && EN_UNITS[m[1]] % 10 === 0 && EN_UNITS[m[2]] !== undefined && EN_UNITS[m[2]] < 10) {
    return EN_UNITS[m[1]] + EN_UNITS[m[2]];
  }
  return undefined;
}

/** Fraction written as words ("two-thirds", "two thirds", "a third", "dos tercios"), as a percent. */
function fractionAt(tokens: Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  const hy = /^([a-z]+)-([a-z]+)$/.exec(t.norm);
  if (hy && FRACTION_NUMERATOR[hy[1]] !== undefined && FRACTION_DENOMINATOR[hy[2]] !== undefined) {
    return { value: (100 * FRACTION_NUMERATOR[hy[1]]) / FRACTION_DENOMINATOR[hy[2]], end: i + 1 };
  }
  const next = tokens[i + 1];
  if (FRACTION_NUMERATOR[t.norm] !== undefined && next && FRACTION_DENOMINATOR[next.norm] !== undefined) {
    const n = FRACTION_NUMERATOR[t.norm];
    const plural = /s$/.test(next.norm);
    if ((n === 1) === plural) return null; // "two third", "a thirds": not a fraction
    // "a third of", "one quarter of", "dos tercios de": require "of"/"de" after singular forms to avoid "a third time".
    const after = tokens[i + 2]?.norm;
    if (n === 1 && after !== 'of' && after !== 'de') return null;
    if (['a', 'un', 'una'].includes(t.norm) && next.norm.startsWith('cuart')) return null;
    return { value: (100 * n) / FRACTION_DENOMINATOR[next.norm], end: i + 2 };
  }
  return null;
}

/** Read scale words after a numeral: "million", "mil millones", "mil" + "144" (Spanish 109 mil 144). */
function readScale(tokens: Token[], j: number, base: number): { value: number; end: number; scaled: boolean } {
  let value = base;
  let scaled = false;
  if (isScaleWord(tokens[j])) {
    value *= SCALE[tokens[j].norm];
    scaled = true;
    j++;
    if (tokens[j - 1].norm === 'mil' && isScaleWord(tokens[j]) && SCALE[tokens[j].norm] === 1e6) {
      value *= 1e6; // "14 mil millones" = 14 billion
      j++;
    } else if (tokens[j - 1].norm === 'mil' && tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j].text) && isScaleWord(tokens[j + 1]) && SCALE[tokens[j + 1].norm] === 1e6) {
      value = (value + Number(tokens[j].text)) * 1e6; // "63 mil 313 millones" = 63,313 million
      j += 2;
    } else if (tokens[j - 1].norm === 'mil' && tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j].text) && !isScaleWord(tokens[j + 1])) {
      value += Number(tokens[j].text); // "28 mil 415"
      j++;
    } else if (SCALE[tokens[j - 1].norm] === 1e6 && tokens[j - 1].norm !== 'million' && tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j].text) && tokens[j + 1]?.norm === 'mil') {
      // "2 millones 100 mil" = 2,100,000; "1 millón 250 mil 300" = 1,250,300
      value += Number(tokens[j].text) * 1e3;
      j += 2;
      if (tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j].text) && !isScaleWord(tokens[j + 1])) {
        value += Number(tokens[j].text);
        j++;
      }
    }
  }
  return { value, end: j, scaled };
}

/** "C$", "CA$", "CAN$": the Canadian dollar sign (one token, see tokens.ts). */
const CANADIAN_DOLLAR = /^(?:C|CA|CAN)\$$/;

/** Try to read a number starting at token i. */
export function numberAt(tokens: Token[], i: number, lang: Lang): NumberMatch | null {
  let k = i;
  let currencyCode: string | null = null;
  const t0 = tokens[k];
  if (!t0) return null;
  // "S/ 12,4 millones", "RD$ 95 millones", "B/. 4,2 millones": a sign of several characters (data: currencies.json prefixes).
  const prefix = currency.prefixAt(tokens, k);
  if (prefix) {
    currencyCode = prefix.code;
    k = prefix.next;
  } else if (t0.text === '$' || t0.text === 'US$' || t0.text === 'MX$' || CANADIAN_DOLLAR.test(t0.text)) {
    currencyCode = t0.text === 'MX$' ? 'MXN' : t0.text === 'US$' ? 'USD' : CANADIAN_DOLLAR.test(t0.text) ? currency.signOfPlace('C$', 'CAD') : '$';
    k++;
  } else if (t0.kind === 'punct' && (CURRENCY_SYMBOLS.has(t0.text) || currency.SYMBOLS.has(t0.text))) {
    currencyCode = CURRENCY_SYMBOLS.get(t0.text) ?? currency.SYMBOLS.get(t0.text)!;
    k++;
  } else if (t0.kind === 'word' && CURRENCY_CODES.has(t0.text) && tokens[k + 1]?.kind === 'num') {
    // "USD 300 millones", "MXN 1,500": an ISO code before the sum.
    currencyCode = t0.text;
    k++;
  } else if (t0.kind === 'word' && CURRENCY_PREFIXES.has(t0.text) && tokens[k + 1]?.kind === 'num' && (adjacent(t0, tokens[k + 1]) ? isScaleWord(tokens[k + 2]) || /\d{3}|[.,]\d{3}/.test(tokens[k + 1]!.text) : tokens[k + 1]!.start === t0.end + 1 && (isScaleWord(tokens[k + 2]) || /\d[.,]\d{3}/.test(tokens[k + 1]!.text)))) {
    // "Q150 millones", "L2,500", "L 10,000": a currency letter written onto a sum, or one space before it with a scale or
    // a thousands separator (not "Q4", a quarter).
    currencyCode = CURRENCY_PREFIXES.get(t0.text)!;
    k++;
  }
  const t = tokens[k];
  if (!t) return null;
  // Spanish number words that are English words ("once" = eleven): only in Spanish text.
  if (lang === 'en' && t.kind === 'word' && EN_FALSE_FRIENDS.has(t.norm)) return null;
  let value: number | null = null;
  let end = k + 1;
  let words = false;
  let scaled = false;
  let bare = false;
  let abbrUnit: string | null = null;

  // "190 432 personas", "20 000 migrants": a space as the thousands separator (groups of three digits, one space apart).
  let spacedTo = k;
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.text) && tokens[k - 1]?.kind !== 'num') {
    while (tokens[spacedTo + 1]?.kind === 'num' && /^\d{3}$/.test(tokens[spacedTo + 1]!.text) && tokens[spacedTo + 1]!.start === tokens[spacedTo]!.end + 1) spacedTo++;
    // (a further number right after is a list or a code, not one number)
    if (tokens[spacedTo + 1]?.kind === 'num' && tokens[spacedTo + 1]!.start === tokens[spacedTo]!.end + 1) spacedTo = k;
  }
  if (spacedTo > k) {
    const s = readScale(tokens, spacedTo + 1, Number(tokens.slice(k, spacedTo + 1).map((x) => x.text).join('')));
    value = s.value;
    end = s.end;
    scaled = s.scaled;
  } else if (t.kind === 'num') {
    const next = tokens[k + 1];
    const suffix = next && adjacent(t, next) && next.kind === 'word' ? SCALE_SUFFIX[next.text] : undefined;
    // "500 mdp", "1,200 mdd": Mexican press abbreviations of "millones de pesos/dólares" (data: vocabulary.json moneyAbbreviations).
    const abbr = next?.kind === 'word' ? MONEY_ABBREVIATIONS.get(next.norm) : undefined;
    const base = parseDigits(t.text, lang, isScaleWord(next) || suffix !== undefined || abbr !== undefined);
    if (base === null) return null;
    if (abbr !== undefined) {
      value = base * abbr[0];
      end = k + 2;
      scaled = true;
      abbrUnit = abbr[1];
    } else if (suffix !== undefined) {
      value = base * suffix;
      end = k + 2;
      scaled = true;
    } else {
      const s = readScale(tokens, k + 1, base);
      value = s.value;
      end = s.end;
      scaled = s.scaled;
    }
    bare = !scaled && /^\d+$/.test(t.text);
  } else if (t.kind === 'word') {
    // Most words start no number: only number words, fraction numerators, "mil", "half"/"medio", "a"/"an" and
    // hyphenated words ("twenty-five", "two-thirds") can.
    if (!NUMBER_START.has(t.norm) && !t.norm.includes('-')) return null;
    const frac = currencyCode ? null : fractionAt(tokens, k);
    if (frac) {
      return { value: round(frac.value), startTok: i, endTok: frac.end, numTok: k, unit: 'percent', bare: false, words: true, scaled: false, money: false };
    }
    // Spanish "mil 430" (1,430), "mil 500 millones" (1,500 million): the word "mil" opening a number.
    if (t.norm === 'mil' && tokens[k + 1]?.kind === 'num' && /^\d{1,3}$/.test(tokens[k + 1]!.text) && tokens[k - 1]?.kind !== 'num') {
      const s = readScale(tokens, k + 2, 1000 + Number(tokens[k + 1]!.text));
      value = s.value;
      end = s.end;
      scaled = true;
    } else if ((t.norm === 'half' && tokens[k + 1]?.norm === 'a' && isScaleWord(tokens[k + 2])) || ((t.norm === 'medio' || t.norm === 'media') && isScaleWord(tokens[k + 1]))) {
      const scaleTok = t.norm === 'half' ? k + 2 : k + 1;
      value = 0.5 * SCALE[tokens[scaleTok].norm];
      end = scaleTok + 1;
      words = true;
      scaled = true;
    } else {
      // Word sequence: "three million", "twenty-five", "dos mil", "treinta y cinco mil", "a million".
      let total = 0;
      let current = 0;
      let j = k;
      let any = false;
      let lastWasScale = false;
      while (j < tokens.length) {
        const w = tokens[j];
        if (w.kind !== 'word') break;
        const v = wordValue(w.norm);
        // "two dozen", "three dozen": a count of dozens multiplies (twelve is added only on its own: "a dozen").
        if (any && (w.norm === 'dozen' || w.norm === 'dozens') && current > 0 && current < 10) {
          current *= 12;
          j++;
          continue;
        }
        if (v !== undefined && !(any && current % 10 !== 0 && v < 10 && !lastWasScale)) {
          if (ONLY_BEFORE_SCALE.has(w.norm) && !isScaleWord(tokens[j + 1])) break;
          current += v;
          any = true;
          lastWasScale = false;
          j++;
          continue;
        }
        if ((w.norm === 'a' || w.norm === 'an') && !any && isScaleWord(tokens[j + 1]) && ['million', 'billion', 'thousand'].includes(tokens[j + 1].norm)) {
          current = 1;
          any = true;
          j++;
          continue;
        }
        if (any && (w.norm === 'hundred' || w.norm === 'hundreds') && w.norm === 'hundred') {
          current = (current || 1) * 100;
          j++;
          continue;
        }
        if (any && w.norm === 'y' && tokens[j + 1] && wordValue(tokens[j + 1].norm) !== undefined && wordValue(tokens[j + 1].norm)! < 10 && current % 10 === 0) {
          j++;
          continue;
        }
        if (w.norm === 'and' && any && tokens[j + 1] && wordValue(tokens[j + 1].norm) !== undefined && !lastWasScale) {
          j++;
          continue;
        }
        if (isScaleWord(w) && (any || w.norm === 'mil')) {
          const sc = SCALE[w.norm];
          if (w.norm === 'mil' && !any) current = 1;
          if (sc === 1e3 && current === 0 && total === 0) break;
          // "dos mil millones" → multiply everything so far
          if (sc > 1e3 && total > 0 && current === 0) total *= sc;
          else if (sc === 1e6 && tokens[j - 1]?.norm === 'mil') total *= sc;
          else {
            total += (current || 1) * sc;
            current = 0;
          }
          any = true;
          scaled = true;
          lastWasScale = true;
          j++;
          continue;
        }
        break;
      }
      if (!any || j === k) return null;
      value = total + current;
      // "dos mil 500" (2,500), "un millón 200 mil" (1,200,000): Spanish digits after a scale word written out.
      const lastScale = lastWasScale ? SCALE[tokens[j - 1]!.norm] : undefined;
      if (lang === 'es' && lastScale !== undefined && tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j]!.text)) {
        const n = Number(tokens[j]!.text);
        if (lastScale >= 1e6 && tokens[j + 1]?.norm === 'mil') {
          value += n * 1e3;
          j += 2;
          if (tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j]!.text) && !isScaleWord(tokens[j + 1])) value += Number(tokens[j++]!.text);
        } else if (lastScale === 1e3 && !isScaleWord(tokens[j + 1])) {
          value += n;
          j += 1;
        }
      }
      end = j;
      words = true;
      if (!scaled && value === 1) return null;
    }
  } else {
    return null;
  }

  let unit: string | null = null;
  // Percent: 13.8%, 13.8 percent, 13.8 per cent, 13,8 por ciento
  const a = tokens[end];
  const b = tokens[end + 1];
  if (a?.text === '%') {
    unit = 'percent';
    end++;
  } else if (a && PERCENT_WORDS.has(a.norm)) {
    unit = 'percent';
    end++;
  } else if (a && ((a.norm === 'per' && b?.norm === 'cent') || (a.norm === 'por' && b?.norm === 'ciento'))) {
    unit = 'percent';
    end += 2;
  } else if (a && b && a.norm === 'percentage' && (b.norm === 'points' || b.norm === 'point')) {
    unit = 'percentage points';
    end += 2;
  } else if (a && (a.norm === 'puntos' && b?.norm === 'porcentuales')) {
    unit = 'percentage points';
    end += 2;
  }
  if (abbrUnit) unit = abbrUnit;
  if (!unit) {
    // Currency words: "14 billion dollars", "2 millones de dólares", "500 pesos", "300 USD"
    let c = end;
    if (tokens[c]?.norm === 'de' && scaled) c++;
    const w = tokens[c]?.norm;
    // "pesos chilenos", "dólares canadienses", "Chilean pesos", "Canadian dollars" (data: currencies.json qualified, adjectivesBefore).
    const qualified = currency.qualifiedAt(tokens, c) ?? currency.adjectiveBeforeAt(tokens, c);
    if (qualified) {
      unit = qualified.code;
      end = qualified.end;
    } else if (w === 'dollars' || w === 'dólares' || w === 'dolares' || w === 'usd') {
      unit = 'USD';
      end = c + 1;
      if (tokens[end]?.norm === 'estadounidenses' || tokens[end]?.norm === 'americanos') end++;
    } else if (w === 'pesos' || w === 'mxn') {
      // A bare "pesos": the peso of the country the text names (Mexican when it names none).
      unit = w === 'pesos' ? currency.pesoOfPlace() : 'MXN';
      end = c + 1;
      if (tokens[end]?.norm === 'mexicanos') end++;
    } else if ((w === 'pounds' && scaled && value !== null && value >= 1e6) || (w === 'libras' && tokens[c + 1]?.norm === 'esterlinas')) {
      // "480 million pounds", "50 millones de libras esterlinas": sterling (a weight is never counted in millions of pounds).
      unit = 'GBP';
      end = w === 'libras' ? c + 2 : c + 1;
    } else if (w && (CURRENCY_WORDS.has(w) || currency.WORDS.has(w))) {
      // "210 millones de euros", "50 million euros", "18 millones de soles" (data: vocabulary.json currencyWords, currencies.json words).
      unit = CURRENCY_WORDS.get(w) ?? currency.WORDS.get(w)!;
      end = c + 1;
    } else if (tokens[c]?.kind === 'word' && CURRENCY_CODES.has(tokens[c]!.text)) {
      // "300 CLP", "1.500 PEN": an ISO code after the sum.
      unit = tokens[c]!.text;
      end = c + 1;
    } else if (currencyCode === '$') {
      // A Spanish "$" is the currency of the country the text names, else unknown; an English "$" is the US dollar.
      unit = lang === 'es' ? currency.dollarSignOfPlace() : 'USD';
    } else if (currencyCode) {
      unit = currencyCode;
    }
  }
  if (value === null || !Number.isFinite(value)) return null;
  return { value: round(value), startTok: i, endTok: end, numTok: k, unit, bare: bare && !currencyCode && !unit, words, scaled, money: !!currencyCode || unit === 'USD' || unit === 'MXN' || (!!unit && CURRENCY_UNITS.has(unit)) };
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}

/** Every number value written in a text (for checking that a summary invents none). */
export function numbersIn(text: string, lang: Lang, tokens: Token[]): number[] {
  void text;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = numberAt(tokens, i, lang);
    if (m) {
      out.push(m.value);
      i = m.endTok - 1;
    }
  }
  return out;
}
