/**
 * Is a number a change ("up 9 percent", "a decline of 712", "18% más", "una reducción de 8%") rather than
 * a count or a share? Changes carry `kind: "change"` and are never shown as "18% apprehensions". Pure.
 */
import type { NumberMatch } from './numbers';
import type { Token } from './tokens';
import lexicon from './data/lexicon.json';
import vocabulary from './data/vocabulary.json';

/** Nouns of change: "a 22% increase", "a decline of 1,207", "una reducción de 8%". ("share" is not one.) */
export const CHANGE_NOUNS = new Set([
  'increase', 'decrease', 'drop', 'rise', 'jump', 'decline', 'reduction', 'surge', 'spike', 'fall', 'growth', 'plunge', 'dip', 'gain',
  'aumento', 'disminución', 'disminucion', 'caída', 'caida', 'incremento', 'reducción', 'reduccion', 'alza', 'baja', 'descenso', 'repunte',
  'recorte', 'cut', 'contracción', 'merma',
]);
/** Verbs and adverbs of change right before the number: "rose 12 percent", "up 9 percent", "cayeron 27%". */
const CHANGE_BEFORE = new Set([
  'up', 'down', 'rose', 'fell', 'increased', 'decreased', 'jumped', 'dropped', 'grew', 'climbed', 'declined', 'slipped', 'dipped', 'plunged',
  'soared', 'surged', 'sank', 'tumbled', 'spiked', 'gained', 'crecieron', 'creció', 'crecio', 'aumentaron', 'aumentó', 'aumento', 'cayeron',
  'cayó', 'cayo', 'bajaron', 'bajó', 'bajo', 'disminuyeron', 'disminuyó', 'subieron', 'subió', 'repuntaron', 'descendieron', 'descendió',
  // present tense, as headlines write them: "Border encounters drop 10%", "Deportaciones suben 25%"
  'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'climb', 'climbs', 'jump', 'jumps', 'grow', 'grows', 'dip', 'dips', 'plunge', 'plunges',
  'soar', 'soars', 'surge', 'surges', 'suben', 'sube', 'caen', 'cae', 'crecen', 'crece', 'aumentan', 'aumenta', 'bajan', 'disminuyen', 'disminuye',
  'repuntan', 'repunta', 'descienden', 'desciende',
]);
// Perfect and other forms of the verbs (data: lexicon.json changeParticiples): "have fallen 42%", "han caído 20%".
for (const w of [...lexicon.changeParticiples, ...vocabulary.changeVerbs.forms]) CHANGE_BEFORE.add(w);
/** The verbs of change (not the adverbs "up"/"down"): they link a counted thing to its change, as quantity verbs do. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([...CHANGE_BEFORE].filter((w) => w !== 'up' && w !== 'down'));

/** Words after the number that make it a difference: "6% fewer than", "2.1% más que", "35% menos". */
const CHANGE_AFTER = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'más', 'mas', 'menos', 'mayor', 'menor', 'arriba', 'abajo', 'inferior', 'superior']);

const PHRASAL = new Set(['made', 'make', 'makes', 'making', 'ended', 'end', 'ends', 'shut', 'broke', 'broken', 'set', 'sets', 'picked', 'signed', 'turned', 'showed', 'show', 'shows', 'took', 'take', 'takes', 'backed', 'wound', 'summed']);

export function isChange(tokens: Token[], m: NumberMatch): boolean {
  const next = tokens[m.endTok];
  const prev = tokens[m.startTok - 1];
  const prev2 = tokens[m.startTok - 2];
  if (next && CHANGE_NOUNS.has(next.norm)) return true;
  if (next && CHANGE_AFTER.has(next.norm)) {
    // "2,000 more migrants" is a count; "6% fewer than", "18% más" (a percentage) or "1,200 more than" is a change.
    const after = tokens[m.endTok + 1];
    if (m.unit === 'percent' || m.unit === 'percentage points' || !after || after.kind !== 'word' || ['than', 'que', 'from', 'over', 'compared'].includes(after.norm)) return true;
    // "300 more migrants than last year": the comparison after the counted thing makes it a difference too.
    for (let k = m.endTok + 2; k < Math.min(tokens.length, m.endTok + 6) && tokens[k]!.kind === 'word'; k++) if (tokens[k]!.norm === 'than') return true;
  }
  if (prev && ['of', 'de', 'del'].includes(prev.norm) && prev2 && CHANGE_NOUNS.has(prev2.norm)) return true;
  if (changeNounWithRateBefore(tokens, m.startTok)) return true;
  if (prev && ['by', 'en', 'un'].includes(prev.norm) && prev2 && CHANGE_BEFORE.has(prev2.norm)) return true;
  // "made up 61%", "ended up", "shut down": a phrasal verb, not "up 9 percent".
  if (prev && (prev.norm === 'up' || prev.norm === 'down') && prev2 && PHRASAL.has(prev2.norm)) return false;
  if (prev && CHANGE_BEFORE.has(prev.norm)) {
    // "rose to 190,000" is the new level, not the change; "rose 12 percent" / "cayeron 27%" is the change.
    return m.unit === 'percent' || m.unit === 'percentage points' || prev.norm === 'up' || prev.norm === 'down';
  }
  return false;
}

/** Rate adjectives between a change noun and "de/of": "una caída anual de 3.1%", "an annual increase of" (the adjective may come first in English). */
const RATE_ADJECTIVES_OF_CHANGE = new Set(['anual', 'interanual', 'mensual', 'semanal', 'trimestral', 'annual', 'yearly', 'monthly', 'weekly', 'quarterly', 'year-over-year']);

/** "una caída anual de 3.1%", "un aumento interanual de": a change noun, a rate adjective, then "de/of" right before the number. */
export function changeNounWithRateBefore(tokens: Token[], startTok: number): boolean {
  const prev = tokens[startTok - 1];
  const adj = tokens[startTok - 2];
  const noun = tokens[startTok - 3];
  return !!prev && ['of', 'de', 'del'].includes(prev.norm) && !!adj && RATE_ADJECTIVES_OF_CHANGE.has(adj.norm) && !!noun && CHANGE_NOUNS.has(noun.norm);
}
