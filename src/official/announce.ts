/**
 * A new official release announced to the subscriptions that opt in (`official: true`): the headline numbers
 * with change from the previous month and the same month a year earlier, the chart, and the revisions the release
 * made. Rendered straight to the platform payloads the senders post (Discord create-message body, Slack
 * chat.postMessage body); the chart travels in `_files` (base64), which the bot senders upload and strip.
 * Every text here is ours (numbers, labels) or from the config (the page URL), and is escaped all the same.
 */
import type { Delivery } from '../pipeline/pipeline';
import type { Subscription } from '../store/types';
import { subscriptionTarget } from '../pipeline/subscriptions';
import { renderDiscordPlain, renderDiscordText } from '../platforms/discord/escape';
import { escapeMrkdwn } from '../platforms/slack/reply';
import { formatNumber } from '../digest/format';
import { latestOf } from './aggregate';
import { changeText, monthLabel, seriesLabel } from './labels';
import type { Release, Revision, SeriesComponent, SeriesRegion } from './types';
import { seriesId } from './types';
import { PAYLOAD_FILES_KEY, type PayloadFile } from '../platforms/payload-files';

const HEADLINES: Array<[SeriesRegion, SeriesComponent, string]> = [
  ['southwest', 'all', 'Southwest border encounters'],
  ['nationwide', 'all', 'Nationwide encounters'],
  ['southwest', 'usbp', 'Border Patrol apprehensions (southwest, between ports of entry)'],
  ['southwest', 'ofo', 'Encounters at southwest ports of entry'],
];

export interface Announcement {
  title: string;
  url: string;
  lines: string[];
  revisions: string[];
  footer: string;
}

export function composeAnnouncement(release: Release, revisions: Revision[]): Announcement {
  const lines: string[] = [];
  for (const [region, component, label] of HEADLINES) {
    const l = latestOf(release, region, component);
    if (!l || l.period !== release.latestPeriod) continue;
    const changes = [changeText(l.value, l.previous), changeText(l.value, l.yearAgo)].filter(Boolean).join('; ');
    lines.push(`${label}: ${formatNumber(l.value)}${changes ? ` (${changes})` : ''}`);
  }
  const rev = revisions
    .filter((r) => r.component === 'all' || r.region === 'southwest')
    .slice(0, 8)
    .map((r) => `${seriesLabel(r.region, r.component)}, ${monthLabel(r.period)}: ${formatNumber(r.from)} → ${formatNumber(r.to)}`);
  return {
    title: `New CBP encounter numbers: ${monthLabel(release.latestPeriod)}`,
    url: release.page ?? release.url,
    lines,
    revisions: rev,
    footer: `Source: U.S. Customs and Border Protection, released ${release.releasedAt.slice(0, 10)}. Earlier months may be revised in later releases.`,
  };
}

function discordPayload(a: Announcement, chart?: PayloadFile): Record<string, unknown> {
  const description = [...a.lines.map((l) => renderDiscordText(l)), ...(a.revisions.length ? ['', '**Revised in this release**', ...a.revisions.map((r) => `• ${renderDiscordText(r)}`)] : [])].join('\n');
  const embed: Record<string, unknown> = {
    title: renderDiscordText(a.title).slice(0, 256),
    description: description.slice(0, 4000),
    color: 0xc05621,
    footer: { text: renderDiscordPlain(a.footer).slice(0, 2048) },
  };
  if (/^https?:\/\/\S+$/i.test(a.url)) embed.url = a.url;
  if (chart) embed.image = { url: `attachment://${chart.name}` };
  return { embeds: [embed], allowed_mentions: { parse: [] }, ...(chart ? { [PAYLOAD_FILES_KEY]: [chart] } : {}) };
}

function slackPayload(a: Announcement, chart?: PayloadFile): Record<string, unknown> {
  const link = /^https?:\/\/[^\s<>|]+$/i.test(a.url) ? `<${a.url}|${escapeMrkdwn(a.title)}>` : escapeMrkdwn(a.title);
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${link}*` } },
    { type: 'section', text: { type: 'mrkdwn', text: a.lines.map(escapeMrkdwn).join('\n').slice(0, 3000) || 'No headline numbers.' } },
  ];
  if (a.revisions.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Revised in this release*\n${a.revisions.map((r) => `• ${escapeMrkdwn(r)}`).join('\n')}`.slice(0, 3000) } });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(a.footer) }] });
  return { text: escapeMrkdwn(`${a.title}: ${a.lines[0] ?? ''}`).slice(0, 3000), blocks, unfurl_links: false, ...(chart ? { [PAYLOAD_FILES_KEY]: [chart] } : {}) };
}

export const announcementDeliveryId = (subscriptionId: string, dataset: string, period: string): string => `o-${subscriptionId}-${dataset}-${period}`;

/** One delivery per opted-in, unpaused subscription. */
export function announcementDeliveries(release: Release, revisions: Revision[], subs: Subscription[], chart?: Buffer): Delivery[] {
  const a = composeAnnouncement(release, revisions);
  const file: PayloadFile | undefined = chart
    ? { name: `${seriesId(release.dataset, 'southwest', 'all')}.png`, title: `Southwest border encounters, last 13 months to ${monthLabel(release.latestPeriod)}`, contentType: 'image/png', base64: chart.toString('base64') }
    : undefined;
  return subs
    .filter((s) => s.official === true && !s.paused)
    .map((sub) => ({
      id: announcementDeliveryId(sub.id, release.dataset, release.latestPeriod),
      subscriptionId: sub.id,
      // A Slack incoming webhook cannot carry a file: the numbers go out without the chart.
      messages: [{ platform: sub.platform, target: subscriptionTarget(sub), payload: sub.platform === 'discord' ? discordPayload(a, file) : slackPayload(a, sub.webhook ? undefined : file) }],
    }));
}
