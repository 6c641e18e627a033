/**
 * The text toolkit shared by relevance, stories, figures, feeds, summary and digest: one accent/case
 * fold, one stemmer for English and Spanish (candidate stems for rule matching, one stem per word for
 * fingerprints), one month table (data/months.json), one HTML stripper, one truncator, one regular-expression escape.
 */
export { foldAccents } from './fold';
export { stem, stemVariants } from './stem';
export { DOTTED_ABBR_EN, FULL_MONTH_NUMBERS, MONTH_ABBR_EN, MONTHS_EN, MONTHS_ES, monthNames, monthNumber, spanishMonthNames } from './months';
export { htmlToText, stripTags } from './html';
export { ELLIPSIS, truncate } from './truncate';
export { escapeRegExp, phrasePattern } from './regexp';
