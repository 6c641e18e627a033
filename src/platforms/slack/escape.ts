/**
 * Makes feed text inert in Slack mrkdwn. Feed text is hostile input: it may carry `<!channel>`,
 * `<@U123>`, `<!subteam^…>`, links, formatting or HTML.
 *
 * Approach (documented because Slack has no backslash escape):
 * - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (Slack's own rule), so no `<…>` control
 *   sequence can come from a feed;
 * - the formatting characters `*`, `_`, `~` and the backtick get a zero-width space (U+200B) on
 *   both sides, so they can never open or close bold, italic, strike or code (they still show);
 * - a `&gt;` at the start of a line gets a zero-width space before it (no block quote);
 * - `@channel`, `@here`, `@everyone` get a zero-width space after the `@`.
 */
import { stripControl, stripTags } from '../../digest/text';

const ZWSP = '\u200b';

/** mrkdwn-escapes feed text for any mrkdwn slot (section text, fields, context, fallback `text`). */
export function renderSlackText(text: string): string {
  let s = stripControl(stripTags(text));
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  s = s.replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
  s = s.replace(/^(\s*)&gt;/gm, `$1${ZWSP}&gt;`);
  s = s.replace(/@(channel|here|everyone)/gi, `@${ZWSP}$1`);
  return s;
}

/** Feed text for plain_text slots (header): no entity escaping there, but no `<…>` or `@channel` left intact either. */
export function renderSlackPlain(text: string): string {
  let s = stripControl(stripTags(text)).replace(/\s+/g, ' ');
  s = s.replace(/<(?=\S)/g, `<${ZWSP}`);
  s = s.replace(/@(channel|here|everyone)/gi, `@${ZWSP}$1`);
  return s;
}

/** Label of a `<url|label>` link: escaped, and `|` replaced by a look-alike so it cannot split the link. */
export function slackLinkLabel(text: string): string {
  return renderSlackText(text.replace(/\|/g, '\u2223'));
}

/** Target of a `<url|label>` link: `|`, `<`, `>` and whitespace percent-encoded, `&` entity-escaped. */
export function slackLinkTarget(url: string): string {
  return url
    .replace(/[|<>\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
    .replace(/&/g, '&amp;');
}
