/**
 * Neutral CommandReply → the JSON body for a slash command's response_url: escaped mrkdwn, Block Kit limits kept.
 */
import type { CommandReply } from '../../commands/types';
import { linkHostNote } from '../../digest/link-host';
import { stripInvisible } from '../../util/invisible';
import { slackLinkTarget } from './escape';

/** Block Kit limits that apply to a command reply. */
export const SLACK_REPLY_LIMITS = {
  /** Characters in a section block's text. */
  sectionText: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in the top-level fallback `text` kept for notifications. */
  fallbackText: 3000,
} as const;

export interface SlackReplyBody {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: unknown[];
}

/**
 * Make reply text inert in mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>`, `<@U…>` or link can be injected by a
 * story title or echoed input) and bare `@channel`/`@here`/`@everyone` broken with a zero-width space.
 * Unlike the feed renderer's `renderSlackText`, nothing is stripped and formatting characters are left alone:
 * replies echo usage (`<url>`), cron expressions and keyword rules, which must read and copy exactly.
 * Invisible format characters (bidi overrides, zero-width characters) are removed: a story title cannot read backwards.
 */
export function escapeMrkdwn(text: string): string {
  return stripInvisible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/** `<url|label>` for http(s) URLs (and the real site when the label names another); anything else is shown as plain escaped text. */
function mrkdwnLink(url: string, label: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeMrkdwn(label);
  // A "|" in the label would end it early: replace it with a look-alike.
  return `<${slackLinkTarget(url)}|${escapeMrkdwn(label).replace(/\|/g, '\u2223')}>${escapeMrkdwn(linkHostNote(label, url))}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not cut an escape sequence (&amp;) or a link in half.
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  const open = cut.lastIndexOf('<');
  if (open >= 0 && !cut.slice(open).includes('>')) cut = cut.slice(0, open);
  return `${cut}…`;
}

/**
 * Render a CommandReply for `respond()`: ephemeral replies go only to the person who asked.
 * Lines are packed into section blocks of at most 3000 characters; past 50 blocks the rest is dropped with a note.
 */
export function renderSlackReply(reply: CommandReply): SlackReplyBody {
  const blocks: unknown[] = [];
  const fallback: string[] = [];
  const title = reply.title ? `${reply.error ? ':warning: ' : ''}${reply.title}` : reply.error ? ':warning: Command failed' : undefined;
  if (title) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(title)}*`, SLACK_REPLY_LIMITS.sectionText) } });
    fallback.push(escapeMrkdwn(title));
  }

  const rendered = reply.lines.filter((line) => line.text.trim() !== '').map((line) => truncate(line.url ? mrkdwnLink(line.url, line.text) : escapeMrkdwn(line.text), SLACK_REPLY_LIMITS.sectionText));
  const chunks: Array<{ text: string; lines: number }> = [];
  for (const line of rendered) {
    const last = chunks[chunks.length - 1];
    if (last && last.text.length + 1 + line.length <= SLACK_REPLY_LIMITS.sectionText) {
      last.text += `\n${line}`;
      last.lines += 1;
    } else {
      chunks.push({ text: line, lines: 1 });
    }
  }
  const room = SLACK_REPLY_LIMITS.blocks - blocks.length - (reply.footer ? 1 : 0);
  const shown = chunks.length > room ? chunks.slice(0, room - 1) : chunks;
  const dropped = chunks.slice(shown.length).reduce((sum, chunk) => sum + chunk.lines, 0);
  for (const chunk of shown) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk.text } });
  if (dropped > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${dropped} more not shown.` }] });
  if (reply.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(escapeMrkdwn(reply.footer), SLACK_REPLY_LIMITS.sectionText) }] });

  fallback.push(...reply.lines.map((line) => escapeMrkdwn(line.text)));
  const text = truncate(fallback.join('\n') || (reply.error ? 'Command failed' : 'Done.'), SLACK_REPLY_LIMITS.fallbackText);
  return { response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text, blocks };
}
