/**
 * What a Discord reader sees of a message body, as plain text (the human-readable dry run):
 * markdown escapes and masked links undone ("label <url>"), embeds in order, and the sizes that
 * count against Discord's limits.
 */
import type { DiscordEmbed, DiscordMessagePayload } from './render';
import { discordEmbedSize } from './render';
import { DISCORD_EMBEDS_PER_MESSAGE, DISCORD_EMBEDS_TOTAL_MAX } from './limits';

const ZWSP = /\u200b/g;

/** Discord markdown as a reader sees it: `[label](url)` → `label <url>`, `\*` → `*`. */
export function discordMarkdownToPlain(s: string): string {
  return s
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)|\\(.)/g, (_all, label: string | undefined, url: string | undefined, escaped: string | undefined) => {
      if (escaped !== undefined) return escaped;
      let target = url!;
      try {
        target = decodeURI(target);
      } catch {
        // keep it as sent
      }
      return `${discordMarkdownToPlain(label!)} <${target}>`;
    })
    .replace(ZWSP, '');
}

function embedLines(e: DiscordEmbed): string[] {
  const out: string[] = [];
  if (e.author?.name) out.push(e.author.name.replace(ZWSP, ''));
  if (e.title) out.push(`# ${discordMarkdownToPlain(e.title)}${e.url ? ` <${e.url}>` : ''}`);
  if (e.description) out.push(...discordMarkdownToPlain(e.description).split('\n'));
  for (const f of e.fields ?? []) {
    out.push(`${discordMarkdownToPlain(f.name)}:`);
    out.push(...discordMarkdownToPlain(f.value).split('\n').map((l) => `  ${l}`));
  }
  const foot = [e.footer?.text.replace(ZWSP, ''), e.timestamp].filter(Boolean).join(' · ');
  if (foot) out.push(`(${foot})`);
  return out;
}

export interface ReaderView {
  /** "7 embeds of 10 · 2,431 of 6,000 characters" */
  size: string;
  lines: string[];
}

/** The message as a reader would see it, with its size against the limits. */
export function discordReaderView(p: DiscordMessagePayload): ReaderView {
  const lines: string[] = [];
  if (p.content) lines.push(discordMarkdownToPlain(p.content));
  p.embeds.forEach((e, i) => {
    if (i > 0) lines.push('');
    lines.push(...embedLines(e));
  });
  const chars = p.embeds.reduce((n, e) => n + discordEmbedSize(e), 0);
  const size = `${p.embeds.length} of ${DISCORD_EMBEDS_PER_MESSAGE} embeds · ${chars.toLocaleString('en-US')} of ${DISCORD_EMBEDS_TOTAL_MAX.toLocaleString('en-US')} characters`;
  return { size, lines };
}
