/** Measures every Discord limit on a rendered payload; returns the violations (empty = fits). */
import type { DiscordMessagePayload } from '../../src/platforms/discord/render';
import * as L from '../../src/platforms/discord/limits';

export function discordViolations(p: DiscordMessagePayload): string[] {
  const v: string[] = [];
  if (p.content !== undefined && p.content.length > L.DISCORD_CONTENT_MAX) v.push(`content ${p.content.length}`);
  if (!p.allowed_mentions || !Array.isArray(p.allowed_mentions.parse) || p.allowed_mentions.parse.length !== 0)
    v.push('allowed_mentions.parse not empty');
  if (p.embeds.length > L.DISCORD_EMBEDS_PER_MESSAGE) v.push(`embeds ${p.embeds.length}`);
  if (p.embeds.length === 0 && !p.content) v.push('empty message');
  let total = 0;
  p.embeds.forEach((e, i) => {
    const at = `embed[${i}]`;
    if (e.title !== undefined && (e.title.length > L.DISCORD_EMBED_TITLE_MAX || e.title.length === 0)) v.push(`${at}.title ${e.title.length}`);
    if (e.description !== undefined && (e.description.length > L.DISCORD_EMBED_DESCRIPTION_MAX || e.description.length === 0))
      v.push(`${at}.description ${e.description.length}`);
    const fields = e.fields ?? [];
    if (fields.length > L.DISCORD_EMBED_FIELDS_MAX) v.push(`${at}.fields ${fields.length}`);
    fields.forEach((f, j) => {
      if (f.name.length === 0 || f.name.length > L.DISCORD_FIELD_NAME_MAX) v.push(`${at}.fields[${j}].name ${f.name.length}`);
      if (f.value.length === 0 || f.value.length > L.DISCORD_FIELD_VALUE_MAX) v.push(`${at}.fields[${j}].value ${f.value.length}`);
    });
    if (e.footer && (e.footer.text.length === 0 || e.footer.text.length > L.DISCORD_FOOTER_TEXT_MAX)) v.push(`${at}.footer ${e.footer.text.length}`);
    if (e.author && (e.author.name.length === 0 || e.author.name.length > L.DISCORD_AUTHOR_NAME_MAX)) v.push(`${at}.author ${e.author.name.length}`);
    if (!e.title && !e.description && fields.length === 0) v.push(`${at} empty`);
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) v.push(`${at}.url ${e.url}`);
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  });
  if (total > L.DISCORD_EMBEDS_TOTAL_MAX) v.push(`embeds total ${total}`);
  return v;
}

/**
 * Every text slot of a payload except `content` (where only our own mention may go), tagged
 * markdown (Discord renders markdown there) or plain (footer, author: shown verbatim).
 */
export function discordTexts(p: DiscordMessagePayload): Array<{ kind: 'markdown' | 'plain'; text: string }> {
  const out: Array<{ kind: 'markdown' | 'plain'; text: string }> = [];
  const md = (text: string) => out.push({ kind: 'markdown', text });
  for (const e of p.embeds) {
    if (e.title) md(e.title);
    if (e.description) md(e.description);
    for (const f of e.fields ?? []) md(f.name), md(f.value);
    if (e.footer) out.push({ kind: 'plain', text: e.footer.text });
    if (e.author) out.push({ kind: 'plain', text: e.author.name });
  }
  return out;
}
