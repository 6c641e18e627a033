/**
 * Invisible format characters that reorder or hide text. Feed text is hostile: a right-to-left
 * override (U+202E) makes a title read backwards ("‮moc.live" shows as "evil.com"), a zero-width
 * space or soft hyphen inside "travel.state.gov" hides that the text is not that domain, and tag
 * characters (U+E0000 block) carry invisible text. None of them is needed to read news.
 *
 * Removed: every Unicode format character (general category Cf) — the bidi embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E/U+200F and U+061C, U+200B, U+2060–U+2064,
 * U+FEFF, U+00AD, U+180E, interlinear annotations, the tag characters — except ZERO WIDTH NON-JOINER and
 * ZERO WIDTH JOINER (U+200C, U+200D), which Persian, Indic scripts and emoji sequences need.
 * Also the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), blank letters used to fake empty text.
 */
const INVISIBLE = /(?![\u200c\u200d])[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

/** `text` without invisible format characters (see above). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
