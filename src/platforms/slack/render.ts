/**
 * Renders a platform-neutral Message into Slack message bodies for chat.postMessage (the
 * sender adds `channel`) or an incoming webhook. Block Kit; every payload fits Slack's limits
 * (./limits.ts); feed text is mrkdwn-escaped (./escape.ts); a user group is pinged only when
 * the subscription configured one.
 */
import type { AlertMessage, DigestMessage, Lang, Message, Story } from '../../model';
import { formatFigure, formatTime } from '../../digest/format';
import { figureImportance, storyLangs } from '../../digest/rank';
import { LABELS, figureLang, otherOutlets, unlistedSources } from '../../digest/labels';
import { linkHostNote } from '../../digest/link-host';
import { fitRendered, joinWithin, safeHttpUrl, truncate } from '../../digest/text';
import { renderSlackPlain, renderSlackText, slackLinkLabel, slackLinkTarget } from './escape';
import {
  SLACK_BLOCKS_PER_MESSAGE,
  SLACK_CONTEXT_TEXT_MAX,
  SLACK_DIGEST_MAX_MESSAGES,
  SLACK_FALLBACK_TEXT_MAX,
  SLACK_HEADER_TEXT_MAX,
  SLACK_MESSAGE_CHARS_BUDGET,
  SLACK_SECTION_FIELD_TEXT_MAX,
  SLACK_SECTION_FIELDS_MAX,
  SLACK_SECTION_TEXT_MAX,
} from './limits';

export { renderSlackText } from './escape';

export interface SlackPlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface SlackMrkdwn {
  type: 'mrkdwn';
  text: string;
}
export type SlackBlock =
  | { type: 'header'; text: SlackPlainText }
  | { type: 'section'; text?: SlackMrkdwn; fields?: SlackMrkdwn[] }
  | { type: 'context'; elements: Array<SlackMrkdwn | SlackPlainText> }
  | { type: 'divider' };

/** JSON body for chat.postMessage (without `channel`) or an incoming webhook. */
export interface SlackMessagePayload {
  /** Fallback for notifications and screen readers; always set. */
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

const DIGEST_SUMMARY_MAX = 700;
const ALERT_SUMMARY_MAX = 2000;
const FIGURE_LINE_MAX = 300;
/** Longer URLs are not linked inline (the label stays): they would crowd out the text. */
const LINK_URL_MAX = 512;
const LINK_LABEL_MAX = 150;
const SOURCES_MAX = 1000;

function mrkdwn(text: string): SlackMrkdwn {
  return { type: 'mrkdwn', text };
}

function esc(raw: string, max: number): string {
  return fitRendered(raw, max, renderSlackText);
}

/** A user-group id Slack can mention; anything else is ignored. */
function groupId(mention: string | undefined): string | undefined {
  return mention && /^[A-Za-z0-9]{1,40}$/.test(mention) ? mention : undefined;
}

/** `<url|label>` for http(s) URLs, followed by the real site when the label names another one (digest/link-host.ts); the escaped label alone otherwise. */
function link(label: string, url: string | undefined, labelMax = LINK_LABEL_MAX): string {
  const l = fitRendered(label, labelMax, slackLinkLabel) || '…';
  const safe = safeHttpUrl(url, LINK_URL_MAX);
  return safe ? `<${slackLinkTarget(safe)}|${l}>${renderSlackText(linkHostNote(label, safe))}` : l;
}

/** Slack's localized date token, with a UTC fallback. */
function timeToken(published: string | undefined, lang: Lang): string | undefined {
  if (!published) return undefined;
  const t = Date.parse(published);
  if (Number.isNaN(t)) return undefined;
  const fallback = formatTime(new Date(t), 'UTC', lang).replace(/[|<>]/g, '');
  return `<!date^${Math.floor(t / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}

function figureLines(story: Story, lang: Lang): string[] {
  return [...story.figures]
    .map((f, i) => ({ f, i, s: figureImportance(f) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ f }) => '• ' + esc(formatFigure(f, figureLang(story.lang, lang)), FIGURE_LINE_MAX));
}

function storyContext(story: Story, lang: Lang): SlackBlock | undefined {
  const elements: SlackMrkdwn[] = [];
  const first = story.sources[0]?.name;
  const time = timeToken(story.published, lang);
  const head = [first ? esc(first, 200) : '', time ?? ''].filter(Boolean).join(' · ');
  if (head) elements.push(mrkdwn(head));
  const others = otherOutlets(story);
  if (others.length || unlistedSources(story)) {
    const prefix = `${LABELS[lang].alsoBy}: `;
    const list = joinWithin(others.map((s) => link(s.name, s.url)), ', ', Math.min(SOURCES_MAX, SLACK_CONTEXT_TEXT_MAX) - prefix.length, LABELS[lang].more, unlistedSources(story));
    elements.push(mrkdwn(prefix + list));
  }
  return elements.length ? { type: 'context', elements } : undefined;
}

/** The story section: linked bold title, summary, then figures as bullet lines (digest) when `inlineFigures`. */
function storySection(story: Story, summaryMax: number, inlineFigures: boolean, lang: Lang): SlackBlock {
  const title = `*${link(story.title, story.url, 300)}*`;
  const summary = esc(story.summary, summaryMax);
  let body = summary ? `${title}\n${summary}` : title;
  if (inlineFigures && story.figures.length) {
    const room = SLACK_SECTION_TEXT_MAX - body.length - 1;
    const figs = joinWithin(figureLines(story, lang), '\n', room, (n) => `…${LABELS[lang].more(n)}`);
    if (figs) body += `\n${figs}`;
  }
  return { type: 'section', text: mrkdwn(truncate(body, SLACK_SECTION_TEXT_MAX)) };
}

/** Figures as section fields (alert): at most 10 fields, the 10th announcing the rest. */
function figureFields(story: Story, lang: Lang): SlackBlock | undefined {
  if (!story.figures.length) return undefined;
  const lines = figureLines(story, lang).map((l) => truncate(l, SLACK_SECTION_FIELD_TEXT_MAX));
  let fields = lines;
  if (lines.length > SLACK_SECTION_FIELDS_MAX) {
    const shown = lines.slice(0, SLACK_SECTION_FIELDS_MAX - 1);
    fields = [...shown, `…${LABELS[lang].more(lines.length - shown.length)}`];
  }
  return { type: 'section', fields: fields.map(mrkdwn) };
}

function mentionBlock(id: string): SlackBlock {
  return { type: 'section', text: mrkdwn(`<!subteam^${id}>`) };
}

function fallback(parts: string[]): string {
  // Room for a mention prefix added by `payload`.
  return fitRendered(parts.filter(Boolean).join(' — '), SLACK_FALLBACK_TEXT_MAX - 64, renderSlackText);
}

function payload(text: string, blocks: SlackBlock[], mention?: string): SlackMessagePayload {
  const t = mention ? `<!subteam^${mention}> ${text}` : text;
  return { text: t.slice(0, SLACK_FALLBACK_TEXT_MAX) || ' ', blocks, unfurl_links: false, unfurl_media: false };
}

function renderAlert(msg: AlertMessage): SlackMessagePayload[] {
  const story = msg.story;
  const lang = msg.lang ?? 'en';
  const mention = groupId(msg.mention);
  const blocks: SlackBlock[] = [];
  if (mention) blocks.push(mentionBlock(mention));
  blocks.push(storySection(story, ALERT_SUMMARY_MAX, false, lang));
  const fields = figureFields(story, lang);
  if (fields) blocks.push(fields);
  const ctx = storyContext(story, lang);
  if (ctx) blocks.push(ctx);
  const text = fallback([truncate(story.title, 1000), story.sources[0]?.name ?? '']);
  return [payload(text, blocks, mention)];
}

/** Characters of a block's text slots (our page budget). */
export function slackBlockChars(b: SlackBlock): number {
  switch (b.type) {
    case 'header':
      return b.text.text.length;
    case 'section':
      return (b.text?.text.length ?? 0) + (b.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return b.elements.reduce((n, e) => n + e.text.length, 0);
    default:
      return 0;
  }
}

function numbersSection(msg: DigestMessage): SlackBlock {
  const lang = msg.lang ?? 'en';
  const L = LABELS[lang];
  if (msg.stories.length === 0) return { type: 'section', text: mrkdwn(L.noStories) };
  if (msg.numbers.length === 0) return { type: 'section', text: mrkdwn(`*${L.byTheNumbers}*\n${L.noFigures}`) };
  const head = `*${L.byTheNumbers}*\n`;
  const langOf = storyLangs(msg);
  const lines = msg.numbers.map((n) => `• ${esc(formatFigure(n.figure, figureLang(langOf.get(n.url), lang)), FIGURE_LINE_MAX)} — ${link(n.storyTitle, n.url)}`);
  const body = joinWithin(lines, '\n', SLACK_SECTION_TEXT_MAX - head.length, (n) => `…${L.more(n)}`);
  return { type: 'section', text: mrkdwn(head + body) };
}

function noteBlock(remaining: number, lang: Lang): SlackBlock {
  return { type: 'section', text: mrkdwn(LABELS[lang].moreStories(remaining)) };
}

function renderDigest(msg: DigestMessage): SlackMessagePayload[] {
  const mention = groupId(msg.mention);
  const lang = msg.lang ?? 'en';
  const header: SlackBlock = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(renderSlackPlain(msg.title), SLACK_HEADER_TEXT_MAX) || 'Digest', emoji: true },
  };
  const footer: SlackBlock = { type: 'context', elements: [mrkdwn(esc(msg.footer, SLACK_CONTEXT_TEXT_MAX) || ' ')] };
  const first: SlackBlock[] = [];
  if (mention) first.push(mentionBlock(mention));
  first.push(header, numbersSection(msg), { type: 'divider' });

  // Reserve on every page: the footer and a possible "and N more" note.
  const reserveBlocks = 2;
  const reserveChars = slackBlockChars(footer) + 200;
  const pages: SlackBlock[][] = [first];
  const chars = (bs: SlackBlock[]) => bs.reduce((n, b) => n + slackBlockChars(b), 0);
  let shown = 0;
  for (const story of msg.stories) {
    const group: SlackBlock[] = [storySection(story, DIGEST_SUMMARY_MAX, true, lang)];
    const ctx = storyContext(story, lang);
    if (ctx) group.push(ctx);
    group.push({ type: 'divider' });
    let page = pages[pages.length - 1];
    const fits = (p: SlackBlock[]) =>
      p.length + group.length + reserveBlocks <= SLACK_BLOCKS_PER_MESSAGE &&
      chars(p) + chars(group) + reserveChars <= SLACK_MESSAGE_CHARS_BUDGET;
    if (!fits(page)) {
      if (pages.length >= SLACK_DIGEST_MAX_MESSAGES) break;
      page = [];
      pages.push(page);
    }
    page.push(...group);
    shown++;
  }
  const remaining = msg.stories.length - shown;
  const last = pages[pages.length - 1];
  if (remaining > 0) last.push(noteBlock(remaining, lang));
  last.push(footer);

  const summary = LABELS[lang].storyCount(msg.stories.length);
  return pages.map((blocks, i) => {
    const text = i === 0 ? fallback([msg.title, summary, msg.footer]) : fallback([msg.title, LABELS[lang].continued(i + 1, pages.length)]);
    return payload(text, blocks, i === 0 ? mention : undefined);
  });
}

/**
 * One or more Slack message bodies: an alert is a story section, a figures section and a
 * context line; a digest is a header, "By the numbers", then a section + context + divider per
 * story, split across messages (50 blocks each, and a character budget) and capped at
 * SLACK_DIGEST_MAX_MESSAGES with an "and N more" note, the footer closing the last message.
 */
export function renderSlack(message: Message): SlackMessagePayload[] {
  return message.kind === 'alert' ? renderAlert(message) : renderDigest(message);
}
