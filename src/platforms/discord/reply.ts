/**
 * Renders a neutral `CommandReply` as a Discord interaction reply: one embed, every text escaped
 * (markdown and mentions made inert), no mention ever parsed, ephemeral when the reply asks.
 */
import { MessageFlags, type APIEmbed } from 'discord.js';
import type { CommandName, CommandReply } from '../../commands/types';
import { linkHostNote } from '../../digest/link-host';
import { usageLines } from '../../commands/usage';
import { discordLinkLabel, discordLinkTarget, renderDiscordPlain, renderDiscordText } from './escape';
import { DISCORD_EMBED_DESCRIPTION_MAX, DISCORD_EMBED_TITLE_MAX, DISCORD_FOOTER_TEXT_MAX } from './limits';

const COLOR_OK = 0x2b6cb0;
const COLOR_ERROR = 0xc53030;

/** The options object handed to discord.js `editReply` / `followUp` (camelCase; discord.js sends `allowed_mentions`). */
export interface DiscordReplyOptions {
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
  /** Attachments (a chart), uploaded by discord.js as multipart form data. */
  files?: Array<{ attachment: Buffer; name: string; description?: string }>;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The usage placeholders our help text uses (`<url>`, `<query>`, `<rule or name>`, …), which Discord shows as
 * written (no mention, channel, emoji or link syntax looks like that). The feed-text escape would strip them
 * as HTML tags, so exactly these are kept apart and put back; any other `<…>` is escaped as feed text is.
 */
const PLACEHOLDER = /(<(?:url|query|rule|rule or name|name|metric|cron|page|schedule|timezone|consulta|regla|regla o nombre|nombre|cifra)>)/;

/** Reply text for a markdown slot: escaped, with usage placeholders kept. */
export function renderReplyText(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? part : renderDiscordText(part)))
    .join('');
}

/** One description line: escaped text, or a masked link when the line has a web URL (and the real site when the text names another). */
function renderLine(line: CommandReply['lines'][number]): string {
  if (line.url && isWebUrl(line.url)) return `[${discordLinkLabel(line.text)}](${discordLinkTarget(line.url)})${renderDiscordText(linkHostNote(line.text, line.url))}`;
  return renderReplyText(line.text);
}

/** Joins whole lines up to the description limit; says how many lines did not fit. */
function renderDescription(lines: CommandReply['lines']): string | undefined {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const rendered = renderLine(lines[i]);
    const more = `\n… and ${lines.length - i} more`;
    if (used + rendered.length + 1 + more.length > DISCORD_EMBED_DESCRIPTION_MAX) {
      out.push(more.trimStart());
      break;
    }
    out.push(rendered);
    used += rendered.length + 1;
  }
  return out.length ? out.join('\n') : undefined;
}

/** Renders a command reply for discord.js `editReply` / `followUp`. */
export function renderDiscordReply(reply: CommandReply): DiscordReplyOptions {
  const embed: APIEmbed = { color: reply.error ? COLOR_ERROR : COLOR_OK };
  if (reply.title) embed.title = cut(renderReplyText(reply.title), DISCORD_EMBED_TITLE_MAX);
  const description = renderDescription(reply.lines);
  if (description) embed.description = description;
  // Footers are shown verbatim (no markdown), so they get the plain escape: mentions broken, no backslashes.
  if (reply.footer) embed.footer = { text: cut(renderDiscordPlain(reply.footer), DISCORD_FOOTER_TEXT_MAX) };
  if (!embed.title && !embed.description) embed.description = reply.error ? 'Something went wrong.' : 'Done.';
  const options: DiscordReplyOptions = { embeds: [embed], allowedMentions: { parse: [] } };
  if (reply.ephemeral) options.flags = MessageFlags.Ephemeral;
  if (reply.attachments?.length) {
    // The file name is ours (a series id), never feed text; the embed shows the first image.
    options.files = reply.attachments.map((a) => ({ attachment: a.data, name: a.name, description: cut(a.title, 1024) }));
    embed.image = { url: `attachment://${reply.attachments[0]!.name}` };
  }
  return options;
}

/**
 * Whether to defer privately. The defer must happen before the handler runs (3-second deadline),
 * so we guess from the command: only `latest` and `stories` are public by default; the bot swaps a
 * public placeholder for a private follow-up when the reply turns out ephemeral.
 */
export function defersEphemeral(name: CommandName | undefined): boolean {
  return !(name === 'latest' || name === 'stories');
}

/** A short, fixed error reply: never a stack trace or an exception message. */
export function failureReply(): CommandReply {
  return { ephemeral: true, error: true, title: 'Something went wrong', lines: [{ text: 'The command failed. Please try again in a minute.' }] };
}

/** Usage error reply for arguments the adapter could not translate: the problem, then the same help as /border help. */
export function usageReply(message: string): CommandReply {
  return { ephemeral: true, error: true, title: 'Usage', lines: [{ text: message }, ...usageLines('discord').map((text) => ({ text }))] };
}
