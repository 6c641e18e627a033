/** `s` with every regular-expression metacharacter escaped, to be matched literally inside a larger pattern. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase matched literally word by word, any run of white space between its words. */
export const phrasePattern = (phrase: string): string => escapeRegExp(phrase.trim()).replace(/\s+/g, String.raw`\s+`);
