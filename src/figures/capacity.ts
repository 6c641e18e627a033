/**
 * Capacities: what a place can take is not a count of what it holds. "far above their capacity of 1,500", "con capacidad
 * para 836 personas", "space for 5,000 beds", "enough for roughly 54,000 beds", "built for 300 people", "can receive up to
 * 90 people a day", "The facility has 714 beds", "14 albergues con 2 mil camas". Occupancy on a day is a figure ("housed
 * 452 on Sunday night"). Beds, cots, plazas and espacios are capacities wherever they are counted, funded or guaranteed
 * ("funds about 34,000 beds", "120 new beds", "4 mil 600 espacios"), unless the text says they are occupied; and a count
 * of places (shelters, albergues, comedores, centers, stations) is no figure either (holdout5 convention 4, holdout6
 * decision 8, eval/data/figures-convention-relabels.md).
 * Vocabulary: vocabulary.json capacityFrames, capacityNouns, occupiedWords, facilityNouns.
 */
import vocabulary from './data/vocabulary.json';

const QUALIFIERS = String.raw`(?:(?:about|some|nearly|only|just|up\s+to|roughly|as\s+many\s+as|another|an\s+additional|hasta|unos|unas|casi|apenas|solo|sólo|alrededor\s+de|cerca\s+de|m[aá]s\s+de|more\s+than)\s+)*`;
const fragment = (w: string): string => w.replace(/ /g, '\\s+');
const frames = vocabulary.capacityFrames as { en: string[]; es: string[] };

/** "capacity of", "capacity is", "capacidad para/de" right before a bare number. */
const CAPACITY_BEFORE = /(?:capacity|capacidad)\s+(?:(?:is|was|of|for|para|de|es|era)\s+)+(?:(?:about|some|nearly|only|just|unos|unas|apenas|solo|sólo|casi|hasta|up\s+to)\s+)*$/iu;

/** "can hold", "could house", "is able to accommodate", "capacity to", "built to hold", "podrá albergar hasta" right before a number. */
const CAN_HOLD_BEFORE = /(?:(?:can|could|will\s+be\s+able\s+to|is\s+able\s+to|built\s+to|designed\s+to)\s+(?:hold|house|accommodate|shelter|detain)|(?:expand|increase|raise|bring)\s+(?:its\s+|the\s+)?capacity\s+to|(?:puede|podr[aá]|podr[ií]a|pueden|podr[aá]n)\s+(?:albergar|alojar|recibir|atender))\s+(?:(?:about|some|nearly|only|just|up\s+to|roughly|as\s+many\s+as|hasta|unos|unas|casi)\s+)*$/iu;

/** A frame of capacity right before the number, with a noun of its own too ("space for 5,000 beds", "capacidad para 400 personas"). */
const FRAME_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...frames.en, ...frames.es].map(fragment).join('|')})\\s+${QUALIFIERS}$`, 'iu');

/** "(double the 500) it was built for", "(los 400) para los que fue construido": a capacity named after the number. */
const BUILT_FOR_AFTER = /^\s+(?:(?:it|they|the\s+\p{L}+)\s+(?:was|were|is|are|had\s+been)\s+(?:built|designed|meant|made)\s+(?:for|to\s+hold)|(?:para\s+)?(?:las?|los?)\s+que\s+(?:fue|fueron)\s+(?:construid|diseñad)\p{L}*)(?![\p{L}])/iu;

const CAPACITY_NOUNS = new Set(vocabulary.capacityNouns as string[]);

/** "beds were occupied", "camas ocupadas": at most two words (the noun, a verb) between the number and the word of occupancy. */
const OCCUPIED_AFTER = new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}(?:${(vocabulary.occupiedWords as string[]).map(fragment).join('|')})(?![\\p{L}])`, 'iu');
const FACILITY_NOUNS = new Set(vocabulary.facilityNouns as string[]);
const IN_MILLIONS = /(?<![\p{L}])(?:million|millions|billion|billions|mill[oó]n|millones|mdp|mdd)(?![\p{L}])/iu;
/** "con un total de 4 mil 600 espacios": a capacity noun right after the number, even where the number borrowed another noun. */
const CAPACITY_NOUN_AFTER = new RegExp(`^\\s+(?:new\\s+|more\\s+|additional\\s+|nuev[oa]s\\s+|m[aá]s\\s+)?(?:${(vocabulary.capacityNouns as string[]).map(fragment).join('|')})(?![\\p{L}])`, 'iu');

/** Is a count of `metric` a count of places ("34 shelters", "14 albergues temporales", "6 warming centers")? */
export function isFacilityCount(metric: string): boolean {
  return hasEdgeWord(metric, FACILITY_NOUNS);
}

/** Is the first or the last word of `metric` in `words`? */
function hasEdgeWord(metric: string, words: ReadonlySet<string>): boolean {
  const first = metric.indexOf(' ');
  return words.has(first < 0 ? metric : metric.slice(0, first)) || words.has(metric.slice(metric.lastIndexOf(' ') + 1));
}

/**
 * Is the number at [numStart, numEnd) of `sentence` a capacity? `elided`: it has no counted noun of its own; `metric`: the
 * counted thing it was given.
 */
export function isCapacity(sentence: string, numStart: number, numEnd: number, metric: string, elided: boolean): boolean {
  const before = sentence.slice(0, numStart);
  if (elided && CAPACITY_BEFORE.test(before)) return true;
  if (CAN_HOLD_BEFORE.test(before) || FRAME_BEFORE.test(before)) return true;
  if (elided && BUILT_FOR_AFTER.test(sentence.slice(numEnd))) return true;
  // ("… y 8 millones para el albergue": a bare sum in millions after money is money, whatever it pays for.)
  if (IN_MILLIONS.test(sentence.slice(numStart, numEnd))) return false;
  if (hasEdgeWord(metric, CAPACITY_NOUNS) || CAPACITY_NOUN_AFTER.test(sentence.slice(numEnd))) return !OCCUPIED_AFTER.test(sentence.slice(numEnd));
  return isFacilityCount(metric);
}
