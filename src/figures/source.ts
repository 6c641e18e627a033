/** Sources named as a body of a country ("Costa Rican authorities", "the Italian coast guard"). */
import vocabulary from './data/vocabulary.json';

const SOURCE_HEADS = vocabulary.sourceHeads as Record<'en' | 'es', string[]>;

/** Source named as a body of a country: "Costa Rican authorities said", "the Italian coast guard said", "según las autoridades panameñas". */
// One lower-case word may stand between the country and the head: "Italy's interior ministry", "the Spanish foreign ministry".
export const BODY_EN = new RegExp(`(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:\\p{Ll}{3,}\\s+)?(?:${vocabularyHeads('en')}))(?![\\p{L}])`, 'u');
export const BODY_ES = new RegExp(`(?:^|[^\\p{L}])((?:${vocabularyHeads('es')})\\s+(?:\\p{Ll}+(?:as|os|es|a|o)|de\\s+\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))(?![\\p{L}])`, 'u');
export const ATTRIBUTION = /(?<![\p{L}])(?:said|says|reported|estimated|announced|told|according\s+to|dijo|dijeron|inform[oó]|informaron|report[oó]|reportaron|seg[uú]n|de\s+acuerdo\s+con|estim[oó]|estimaron)(?![\p{L}])/iu;

export function vocabularyHeads(lang: 'en' | 'es'): string {
  return SOURCE_HEADS[lang].map((h) => h.replace(/\s+/g, '\\s+')).join('|');
}

export function namedBodySource(sentence: string): string | null {
  if (!ATTRIBUTION.test(sentence)) return null;
  const m = BODY_EN.exec(sentence) ?? BODY_ES.exec(sentence);
  if (!m) return null;
  const name = m[1]!.replace(/^(?:The|El|La|Los|Las)\s+/, '').replace(/\s+/g, ' ').trim();
  return /^(?:Officials|Authorities|Autoridades|Government|Gobierno)\b/.test(name) ? null : name;
}
