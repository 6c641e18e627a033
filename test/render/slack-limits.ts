/** Measures every Slack limit on a rendered payload; returns the violations (empty = fits). */
import type { SlackMessagePayload } from '../../src/platforms/slack/render';
import * as L from '../../src/platforms/slack/limits';

export function slackViolations(p: SlackMessagePayload): string[] {
  const v: string[] = [];
  if (typeof p.text !== 'string' || p.text.trim().length === 0) v.push('text missing');
  else if (p.text.length > L.SLACK_FALLBACK_TEXT_MAX) v.push(`text ${p.text.length}`);
  if (p.unfurl_links !== false || p.unfurl_media !== false) v.push('unfurl not disabled');
  if ('channel' in p) v.push('channel set by renderer');
  if (p.blocks.length > L.SLACK_BLOCKS_PER_MESSAGE) v.push(`blocks ${p.blocks.length}`);
  p.blocks.forEach((b, i) => {
    const at = `blocks[${i}]`;
    switch (b.type) {
      case 'header':
        if (b.text.type !== 'plain_text') v.push(`${at} header not plain_text`);
        if (b.text.text.length === 0 || b.text.text.length > L.SLACK_HEADER_TEXT_MAX) v.push(`${at}.header ${b.text.text.length}`);
        break;
      case 'section': {
        if (!b.text && !b.fields) v.push(`${at} section without text or fields`);
        if (b.text && (b.text.text.length === 0 || b.text.text.length > L.SLACK_SECTION_TEXT_MAX)) v.push(`${at}.text ${b.text.text.length}`);
        const fields = b.fields ?? [];
        if (b.fields && fields.length === 0) v.push(`${at}.fields empty`);
        if (fields.length > L.SLACK_SECTION_FIELDS_MAX) v.push(`${at}.fields ${fields.length}`);
        fields.forEach((f, j) => {
          if (f.text.length === 0 || f.text.length > L.SLACK_SECTION_FIELD_TEXT_MAX) v.push(`${at}.fields[${j}] ${f.text.length}`);
        });
        break;
      }
      case 'context':
        if (b.elements.length === 0 || b.elements.length > L.SLACK_CONTEXT_ELEMENTS_MAX) v.push(`${at}.elements ${b.elements.length}`);
        b.elements.forEach((e, j) => {
          if (e.text.length === 0 || e.text.length > L.SLACK_CONTEXT_TEXT_MAX) v.push(`${at}.elements[${j}] ${e.text.length}`);
        });
        break;
      case 'divider':
        break;
      default:
        v.push(`${at} unknown block`);
    }
  });
  return v;
}

/** Every mrkdwn/plain text of a payload, the fallback `text` included. */
export function slackTexts(p: SlackMessagePayload): Array<{ kind: 'mrkdwn' | 'plain_text'; text: string }> {
  const out: Array<{ kind: 'mrkdwn' | 'plain_text'; text: string }> = [{ kind: 'mrkdwn', text: p.text }];
  for (const b of p.blocks) {
    if (b.type === 'header') out.push({ kind: 'plain_text', text: b.text.text });
    if (b.type === 'section') {
      if (b.text) out.push({ kind: 'mrkdwn', text: b.text.text });
      for (const f of b.fields ?? []) out.push({ kind: 'mrkdwn', text: f.text });
    }
    if (b.type === 'context') for (const e of b.elements) out.push({ kind: e.type, text: e.text });
  }
  return out;
}
