/**
 * What a Slack reader sees of a message body, as plain text (the human-readable dry run): mrkdwn
 * links shown as "label <url>", bold marks, entities and zero-width guards undone, blocks in order,
 * and the sizes that count against Slack's limits.
 */
import type { SlackBlock, SlackMessagePayload } from './render';
import { slackBlockChars } from './render';
import { SLACK_BLOCKS_PER_MESSAGE, SLACK_MESSAGE_CHARS_BUDGET } from './limits';

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Slack mrkdwn as a reader sees it. Formatting marks the renderer added are dropped; feed text's (guarded by U+200B) stay. */
export function slackMrkdwnToPlain(s: string): string {
  return s
    .replace(
      /<!date\^\d+\^[^|>]*\|([^>]*)>|<!subteam\^([^>|]+)(?:\|[^>]*)?>|<([^|>]+)\|([^>]*)>|<([^|>]+)>|(?<!\u200b)[*_~](?!\u200b)/g,
      (all, date?: string, group?: string, url?: string, label?: string, bare?: string) => {
        if (date !== undefined) return decode(date);
        if (group !== undefined) return `@group(${group})`;
        if (url !== undefined) return `${decode(label!)} <${decode(url)}>`;
        if (bare !== undefined) return `<${decode(bare)}>`;
        return '';
      },
    )
    .replace(/&lt;|&gt;|&amp;/g, (e) => decode(e))
    .replace(/\u200b/g, '');
}

function blockLines(b: SlackBlock): string[] {
  switch (b.type) {
    case 'header':
      return [`# ${b.text.text.replace(/\u200b/g, '')}`];
    case 'section': {
      const out = b.text ? slackMrkdwnToPlain(b.text.text).split('\n') : [];
      for (const f of b.fields ?? []) out.push(...slackMrkdwnToPlain(f.text).split('\n'));
      return out;
    }
    case 'context':
      return [b.elements.map((e) => (e.type === 'mrkdwn' ? slackMrkdwnToPlain(e.text) : e.text.replace(/\u200b/g, ''))).join(' · ')];
    case 'divider':
      return [''];
    default:
      return [];
  }
}

export interface ReaderView {
  size: string;
  lines: string[];
}

/** The message as a reader would see it, with its size against the limits. */
export function slackReaderView(p: SlackMessagePayload): ReaderView {
  const lines = p.blocks.flatMap(blockLines);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const chars = p.blocks.reduce((n, b) => n + slackBlockChars(b), 0);
  const size = `${p.blocks.length} of ${SLACK_BLOCKS_PER_MESSAGE} blocks · ${chars.toLocaleString('en-US')} of ${SLACK_MESSAGE_CHARS_BUDGET.toLocaleString('en-US')} characters (borderwatch's page budget)`;
  return { size, lines };
}
