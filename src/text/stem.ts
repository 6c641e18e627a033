/**
 * A light, language-neutral inflectional stemmer for English and Spanish.
 *
 * Why not Snowball: Snowball is derivational and language-specific. Its Spanish
 * stemmer reduces "deportivo", "deportes" and "deportación" all to "deport", so
 * a rule about deportations would fire on every sports page; and items often come
 * without a reliable language, while Snowball needs to know which one to apply.
 * Here we only undo inflection (plural, -ed, -ing, Spanish -es/-ces plurals) and
 * leave derivation alone, so "deportaciones" = "deportación" and "migrants" =
 * "migrant", but "Deportivo" ≠ "deport". Derived forms are written out in rules
 * (deport OR deportation) or taken with a prefix (`deporta*`).
 *
 * Because undoing English and Spanish inflection is ambiguous ("rules" → rule;
 * "autoridades" → autoridad), a word gets a small SET of candidate stems, and two
 * words are the same when their sets share a member.
 */

const VOWEL = /[aeiouy]/;

function addVerbForms(out: Set<string>, w: string): void {
  // -ing: crossing → cross (+ crosse); seizing → seiz + seize; stopping → stopp + stop.
  if (w.length >= 6 && w.endsWith('ing')) addVerbStem(out, w.slice(0, -3));
  // -ied: detained no; carried → carry.
  if (w.length >= 5 && w.endsWith('ied')) out.add(w.slice(0, -3) + 'y');
  // -ed: deported → deport (+ deporte); seized → seiz + seize.
  else if (w.length >= 5 && w.endsWith('ed')) addVerbStem(out, w.slice(0, -2));
}

function addVerbStem(out: Set<string>, stem: string): void {
  if (stem.length < 3 || !VOWEL.test(stem)) return;
  out.add(stem);
  out.add(stem + 'e');
  const last = stem[stem.length - 1]!;
  if (stem.length >= 4 && last === stem[stem.length - 2] && !'aeiouslz'.includes(last)) out.add(stem.slice(0, -1));
}

/** Candidate stems of one folded word (always includes the word itself). */
export function stemVariants(word: string): string[] {
  const out = new Set<string>([word]);
  if (/^\d+$/.test(word) || word.length <= 3) return [...out];
  const w = word;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    const single = w.slice(0, -1); // migrants → migrant, fronteras → frontera, rules → rule
    out.add(single);
    if (w.length > 4 && w.endsWith('ies')) out.add(w.slice(0, -3) + 'y'); // countries → country
    if (w.length > 4 && w.endsWith('es')) {
      const pre = w.slice(0, -2);
      // Spanish consonant plurals and English sibilant plurals:
      // deportaciones → deportacion, autoridades → autoridad, leyes → ley, taxes → tax, crosses → cross.
      if (/(?:[dlnrjyxzs]|ch|sh)$/.test(pre)) out.add(pre);
      if (pre.endsWith('c')) out.add(pre.slice(0, -1) + 'z'); // cruces → cruz, voces → voz
    }
    addVerbForms(out, single); // crossings → crossing → cross
  }
  addVerbForms(out, w);
  return [...out];
}

/**
 * One stem per word, for features that need a single token (fingerprints, SimHash, same-story
 * scoring): the plural part of the rules above, with no verb forms and no candidate set
 * ("migrants" → "migrant", "caravanas" → "caravana", "deportaciones" → "deportacion").
 * Digits and words of four letters or fewer are kept as they are.
 */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (/(?:ciones|siones)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && /[^aeiou][^aeiou]es$|[lrnd]es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}
