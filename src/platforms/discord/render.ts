/**
 * Renders a platform-neutral Message into Discord message bodies (POST /channels/{id}/messages
 * or webhook execute: same shape). Every payload fits Discord's limits (./limits.ts); feed text
 * is escaped (./escape.ts); mentions never ping unless the subscription configured a role.
 */
import type { AlertMessage, DigestMessage, Lang, Message, Story } from '../../model';
import { formatFigure } from '../../digest/format';
import { figureImportance, storyLangs } from '../../digest/rank';
import { LABELS, figureLang, otherOutlets, unlistedSources } from '../../digest/labels';
import { linkHostNote } from '../../digest/link-host';
import { fitRendered, joinWithin, safeHttpUrl } from '../../digest/text';
import { discordLinkLabel, discordLinkTarget, renderDiscordPlain, renderDiscordText } from './escape';
import {
  DISCORD_AUTHOR_NAME_MAX,
  DISCORD_CONTENT_MAX,
  DISCORD_DIGEST_MAX_MESSAGES,
  DISCORD_EMBED_DESCRIPTION_MAX,
  DISCORD_EMBED_TITLE_MAX,
  DISCORD_EMBEDS_PER_MESSAGE,
  DISCORD_EMBEDS_TOTAL_MAX,
  DISCORD_FIELD_VALUE_MAX,
  DISCORD_FOOTER_TEXT_MAX,
} from './limits';

export { renderDiscordText } from './escape';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
  author?: { name: string; url?: string };
  fields?: DiscordEmbedField[];
}

/** JSON body for a bot message or a webhook execute. */
export interface DiscordMessagePayload {
  content?: string;
  embeds: DiscordEmbed[];
  /** `parse` is always empty: feed text can never ping; `roles` only carries a configured role. */
  allowed_mentions: { parse: []; roles?: string[] };
}

const ALERT_COLOR = 0xc0392b;
const DIGEST_COLOR = 0x2c6e9b;
/** Budgets inside the Discord limits, so a digest story stays compact. */
const DIGEST_SUMMARY_MAX = 700;
const DIGEST_FIGURES_MAX = 600;
const DIGEST_SOURCES_MAX = 400;
const FIGURE_LINE_MAX = 300;
/** Longer URLs are not linked inline (the label stays): they would crowd out the text. */
const LINK_URL_MAX = 512;
const LINK_LABEL_MAX = 100;
const STORY_FOOTER_MAX = 256;
/** Room kept in the last allowed digest message for the "and N more stories" note. */
const NOTE_RESERVE = 200;

/** Characters Discord counts towards the 6000 total of one embed. */
export function discordEmbedSize(e: DiscordEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function text(raw: string, max: number): string {
  return fitRendered(raw, max, renderDiscordText);
}

/** For footer and author name, which Discord shows without markdown. */
function plain(raw: string, max: number): string {
  return fitRendered(raw, max, renderDiscordPlain);
}

/** A role id Discord can mention (a snowflake); anything else is ignored. */
function roleId(mention: string | undefined): string | undefined {
  return mention && /^[0-9]{1,25}$/.test(mention) ? mention : undefined;
}

function validIso(when: string | undefined): string | undefined {
  if (!when) return undefined;
  const t = Date.parse(when);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** `[label](url)`, followed by the real site when the label names another one (digest/link-host.ts). */
function link(label: string, url: string | undefined, labelMax = LINK_LABEL_MAX): string {
  const safe = safeHttpUrl(url, LINK_URL_MAX);
  const l = fitRendered(label, labelMax, discordLinkLabel) || '…';
  return safe ? `[${l}](${discordLinkTarget(safe)})${renderDiscordText(linkHostNote(label, safe))}` : l;
}

function figuresField(story: Story, max: number, lang: Lang): DiscordEmbedField | undefined {
  if (story.figures.length === 0) return undefined;
  const lines = [...story.figures]
    .map((f, i) => ({ f, i, s: figureImportance(f) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ f }) => '• ' + text(formatFigure(f, figureLang(story.lang, lang)), FIGURE_LINE_MAX));
  const value = joinWithin(lines, '\n', Math.min(max, DISCORD_FIELD_VALUE_MAX), (n) => `…${LABELS[lang].more(n)}`);
  return value ? { name: LABELS[lang].figures, value } : undefined;
}

function alsoReportedField(story: Story, max: number, lang: Lang): DiscordEmbedField | undefined {
  const others = otherOutlets(story);
  if (others.length === 0 && unlistedSources(story) === 0) return undefined;
  const value = joinWithin(
    others.map((s) => link(s.name, s.url)),
    ', ',
    Math.min(max, DISCORD_FIELD_VALUE_MAX),
    LABELS[lang].more,
    unlistedSources(story),
  );
  return value ? { name: LABELS[lang].alsoBy, value } : undefined;
}

/** Cuts the description until the embed fits `max` total characters. */
function fitEmbed(e: DiscordEmbed, rawDescription: string, max: number): DiscordEmbed {
  const size = discordEmbedSize(e);
  if (size <= max) return e;
  const rest = size - (e.description?.length ?? 0);
  const room = Math.max(0, max - rest);
  const description = text(rawDescription, Math.min(room, DISCORD_EMBED_DESCRIPTION_MAX));
  const out: DiscordEmbed = { ...e, description: description || undefined };
  if (!out.description) delete out.description;
  // Safety net only: with the field budgets used here, title + fields + footer always leave room.
  while (discordEmbedSize(out) > max && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  return out;
}

function storyEmbed(story: Story, budget: { summary: number; figures: number; sources: number; total: number }, color: number, lang: Lang): DiscordEmbed {
  const e: DiscordEmbed = { title: text(story.title, DISCORD_EMBED_TITLE_MAX) || '…', color };
  const url = safeHttpUrl(story.url);
  if (url) {
    e.url = url;
    // The title is the link's text: when it names another site, the real one ends the title (a registrable
    // domain, at most 63 characters and a public suffix, so the title keeps most of its room).
    const note = renderDiscordText(linkHostNote(story.title, url));
    if (note) e.title = (text(story.title, DISCORD_EMBED_TITLE_MAX - note.length) || '…') + note;
  }
  const description = text(story.summary, Math.min(budget.summary, DISCORD_EMBED_DESCRIPTION_MAX));
  if (description) e.description = description;
  const fields = [figuresField(story, budget.figures, lang), alsoReportedField(story, budget.sources, lang)].filter(
    (f): f is DiscordEmbedField => f !== undefined,
  );
  if (fields.length) e.fields = fields;
  const outlet = story.sources[0]?.name;
  if (outlet) {
    const footer = plain(outlet, STORY_FOOTER_MAX);
    if (footer) e.footer = { text: footer };
  }
  const ts = validIso(story.published);
  if (ts) e.timestamp = ts;
  return fitEmbed(e, story.summary, budget.total);
}

function payload(embeds: DiscordEmbed[], mention?: string): DiscordMessagePayload {
  const p: DiscordMessagePayload = { embeds, allowed_mentions: { parse: [] } };
  if (mention) {
    p.content = `<@&${mention}>`.slice(0, DISCORD_CONTENT_MAX);
    p.allowed_mentions.roles = [mention];
  }
  return p;
}

function renderAlert(msg: AlertMessage): DiscordMessagePayload[] {
  const embed = storyEmbed(
    msg.story,
    {
      summary: DISCORD_EMBED_DESCRIPTION_MAX,
      figures: DISCORD_FIELD_VALUE_MAX,
      sources: DISCORD_FIELD_VALUE_MAX,
      total: DISCORD_EMBEDS_TOTAL_MAX,
    },
    ALERT_COLOR,
    msg.lang ?? 'en',
  );
  return [payload([embed], roleId(msg.mention))];
}

function numbersEmbed(msg: DigestMessage): DiscordEmbed {
  const lang = msg.lang ?? 'en';
  const L = LABELS[lang];
  const e: DiscordEmbed = { title: L.byTheNumbers, color: DIGEST_COLOR };
  const author = plain(msg.title, DISCORD_AUTHOR_NAME_MAX);
  if (author) e.author = { name: author };
  const footer = plain(msg.footer, DISCORD_FOOTER_TEXT_MAX);
  if (footer) e.footer = { text: footer };
  let description: string;
  if (msg.stories.length === 0) description = L.noStories;
  else if (msg.numbers.length === 0) description = L.noFigures;
  else {
    const langOf = storyLangs(msg);
    const lines = msg.numbers.map(
      (n) => `• ${text(formatFigure(n.figure, figureLang(langOf.get(n.url), lang)), FIGURE_LINE_MAX)} — ${link(n.storyTitle, n.url)}`,
    );
    const room = Math.min(DISCORD_EMBED_DESCRIPTION_MAX, DISCORD_EMBEDS_TOTAL_MAX - NOTE_RESERVE - discordEmbedSize(e));
    description = joinWithin(lines, '\n', room, (n) => `…${L.more(n)}`);
  }
  e.description = description;
  return e;
}

function noteEmbed(remaining: number, lang: Lang): DiscordEmbed {
  return {
    description: LABELS[lang].moreStories(remaining),
    color: DIGEST_COLOR,
  };
}

function renderDigest(msg: DigestMessage): DiscordMessagePayload[] {
  const mention = roleId(msg.mention);
  const lang = msg.lang ?? 'en';
  const pages: DiscordEmbed[][] = [[numbersEmbed(msg)]];
  const size = (embeds: DiscordEmbed[]) => embeds.reduce((n, e) => n + discordEmbedSize(e), 0);
  const budget = {
    summary: DIGEST_SUMMARY_MAX,
    figures: DIGEST_FIGURES_MAX,
    sources: DIGEST_SOURCES_MAX,
    total: DISCORD_EMBEDS_TOTAL_MAX - NOTE_RESERVE,
  };
  let shown = 0;
  for (const story of msg.stories) {
    const e = storyEmbed(story, budget, DIGEST_COLOR, lang);
    let page = pages[pages.length - 1];
    if (page.length >= DISCORD_EMBEDS_PER_MESSAGE || size(page) + discordEmbedSize(e) > DISCORD_EMBEDS_TOTAL_MAX) {
      if (pages.length >= DISCORD_DIGEST_MAX_MESSAGES) break;
      page = [];
      pages.push(page);
    }
    page.push(e);
    shown++;
  }
  let remaining = msg.stories.length - shown;
  if (remaining > 0) {
    const last = pages[pages.length - 1];
    // Make room for the note: give back stories from the last page until it fits.
    while (
      last.length > 1 &&
      (last.length >= DISCORD_EMBEDS_PER_MESSAGE || size(last) + discordEmbedSize(noteEmbed(remaining, lang)) > DISCORD_EMBEDS_TOTAL_MAX)
    ) {
      last.pop();
      remaining++;
    }
    last.push(noteEmbed(remaining, lang));
  }
  return pages.map((embeds, i) => payload(embeds, i === 0 ? mention : undefined));
}

/**
 * One or more Discord message bodies for a message: an alert is one embed; a digest is a
 * "By the numbers" embed followed by one embed per story, split across messages (10 embeds,
 * 6000 characters each) and capped at DISCORD_DIGEST_MAX_MESSAGES with an "and N more" note.
 */
export function renderDiscord(message: Message): DiscordMessagePayload[] {
  return message.kind === 'alert' ? renderAlert(message) : renderDigest(message);
}
