/** Tell English from Spanish by counting common function words. */
import type { Lang } from '../model';

const ES = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'se', 'más', 'según', 'al', 'su', 'fue', 'personas', 'migrantes']);
const EN = new Set(['the', 'of', 'and', 'in', 'to', 'a', 'that', 'for', 'on', 'with', 'was', 'were', 'by', 'more', 'than', 'said', 'people', 'from', 'is', 'are']);

/** "es" when Spanish function words outnumber English ones, else "en". */
export function detectLang(text: string): Lang {
  let es = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (ES.has(w)) es++;
    if (EN.has(w)) en++;
  }
  return es > en ? 'es' : 'en';
}
