import { extractEntities } from './entities';
import { stripDateline } from './normalize-text';
import { simhash64 } from './simhash';
import { distinctiveNumbers, followsField, leadOf, measuresOf, nameWordsOf, selfPlacedField, textFeatures, textReadFor, type TextFeatures } from './similarity';
import type { SourceText } from './story-store';

const NO_FIGURES: never[] = [];

/**
 * The features of an item's stored source text (its headline and lead, figure-free: what later items are
 * compared with), derived from the item's own features: headline tokens, lead tokens, months, years, event
 * days, update and weekday flags and the headline's and places' name words are the item's (computed from the
 * same headline and lead); only what reads the body — names, SimHash, numbers — is computed again, from the
 * lead. Equal to `textFeatures(text.title, text.lead, [], Date.parse(text.at))` (test/stories/lead-features.test.ts);
 * when the lead would read differently as a summary of its own (a second dateline), that is what it returns.
 */
export function leadFeaturesOf(item: TextFeatures, text: SourceText, itemMs: number): TextFeatures {
  const { title, lead } = text;
  const at = Date.parse(text.at);
  if (at !== itemMs || !item.nameWords || stripDateline(lead) !== lead || leadOf(lead) !== lead) return textFeatures(title, lead, NO_FIGURES, at);
  // A summary of a lead's length is its lead: the item's names (and their words) are the lead's, the very sets.
  const read = textReadFor(item);
  const same = read !== undefined && read.title === title && read.summary === lead;
  const entities = same ? item.entities : extractEntities(title, lead);
  // names and within read the names alone (nameWordsOf): the item's are the lead's when the names are.
  const nameWords = same ? item.nameWords : nameWordsOf(new Set(), new Set(), entities);
  const numbers = distinctiveNumbers(item.leadTokens, `${title} ${lead}`);
  // The same headline and summary: the item's SimHash and measures are the lead's (the same text read).
  const measures = same ? (item.measures ?? []) : measuresOf(`${title} ${lead}`);
  return {
    nameWords: { ...item.nameWords, names: nameWords.names, within: nameWords.within },
    simhash: same ? item.simhash : simhash64(`${title}\n${lead}`),
    titleTokens: item.titleTokens,
    leadTokens: item.leadTokens,
    entities,
    numbers,
    ...(measures.length > 0 ? { measures } : {}),
    titleMonths: item.titleMonths,
    titleYears: item.titleYears,
    figures: NO_FIGURES,
    eventDays: item.eventDays,
    updates: item.updates,
    namedDays: item.namedDays,
    ...(item.roadNumbers ? { roadNumbers: item.roadNumbers } : {}),
    ...followsField(`${title} ${lead}`),
    ...selfPlacedField(`${title}. ${lead}`),
    ...(item.publishedDay !== undefined ? { publishedDay: item.publishedDay } : {}),
  };
}
