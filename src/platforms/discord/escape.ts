/**
 * Makes feed text inert in Discord messages. Feed text is hostile input: it may carry
 * markdown, mention syntax, masked links or HTML. The renderer passes every feed string
 * through `renderDiscordText` (markdown slots) or `renderDiscordPlain` (footer, author: Discord
 * shows those verbatim); payloads also carry `allowed_mentions: { parse: [] }`, so even a
 * mention that slipped through would not ping.
 *
 * Why not only discord.js `escapeMarkdown`: it leaves some runs of `*` unescaped (e.g.
 * "************…" keeps "**" pairs), which a test caught. Discord shows a backslash-escaped
 * punctuation character as the character itself, so escaping every markdown-significant
 * character is invisible to readers and leaves nothing to format.
 */
import { stripControl, stripTags } from '../../digest/text';

const ZWSP = '\u200b';

/** Breaks broadcast words and every `<…>` mention/channel/timestamp/emoji/command syntax. */
function neutraliseMentions(s: string): string {
  return s.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=\S)/g, `<${ZWSP}`);
}

/**
 * Escapes feed text for Discord markdown slots (content, embed title, description, field name
 * and value): strips HTML tags and control characters; backslash-escapes `\ * _ ~ \` | [ ]`
 * everywhere (bold, italic, underline, strike, code, spoiler, masked links) and, at line start,
 * quotes, headings, subtext and list markers; breaks `@everyone`/`@here` and `<…>` syntax with a
 * zero-width space.
 */
export function renderDiscordText(text: string): string {
  let s = stripControl(stripTags(text));
  s = s.replace(/[\\*_~`|[\]]/g, '\\$&');
  s = s.replace(/^(\s*)([>#]|-#)/gm, '$1\\$2');
  s = s.replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2');
  s = s.replace(/^(\s*)(\d+)\.(?=\s)/gm, '$1$2\\.');
  return neutraliseMentions(s);
}

/** Feed text for slots Discord shows verbatim (embed footer, author name): no markdown escapes, mentions broken. */
export function renderDiscordPlain(text: string): string {
  return neutraliseMentions(stripControl(stripTags(text)));
}

/** Text of a masked-link label (already bracket-safe: `[` and `]` are escaped by `renderDiscordText`). */
export function discordLinkLabel(text: string): string {
  return renderDiscordText(text);
}

/** A URL safe inside a masked link `[label](url)`: parentheses, spaces, `|` and angle brackets percent-encoded. */
export function discordLinkTarget(url: string): string {
  return url.replace(/[()\s<>|]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
