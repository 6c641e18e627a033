/**
 * A new official release announced to the subscriptions that opt in (`official: true`): the headline numbers
 * with change from the previous month and the same month a year earlier, the chart, and the revisions the release
 * made. Rendered straight to the platform payloads the senders post (Discord create-message body, Slack
 * chat.postMessage body); the chart travels in `_files` (base64), which the bot senders upload and strip.
 * Every text here is ours (numbers, labels) or from the config (the page URL), and is escaped all the same.
 */
import type { Config } from '../config/schema';
import { channelLanguage } from '../config/language';
import type { Lang } from '../model';
import type { Delivery } from '../pipeline/pipeline';
import type { Subscription } from '../store/types';
import { subscriptionTarget } from '../pipeline/subscriptions';
import { renderDiscordPlain, renderDiscordText } from '../platforms/discord/escape';
import { escapeMrkdwn } from '../platforms/slack/reply';
import { formatNumber } from '../digest/format';
import { latestOf } from './aggregate';
import { chartTitle, changeText, HEADLINE_SERIES, monthLabel, releaseDate, seriesLabel } from './labels';
import type { Release, Revision } from './types';
import { seriesId } from './types';
import { PAYLOAD_FILES_KEY, type PayloadFile } from '../platforms/payload-files';

export interface Announcement {
  title: string;
  url: string;
  lines: string[];
  revisions: string[];
  footer: string;
  lang: Lang;
}

const WORDS: Record<Lang, { title: (month: string) => string; footer: (date: string) => string; revised: string; noHeadline: string }> = {
  en: {
    title: (month) => `New CBP encounter numbers: ${month}`,
    footer: (date) => `Source: U.S. Customs and Border Protection, released ${date}. Earlier months may be revised in later releases.`,
    revised: 'Revised in this release',
    noHeadline: 'No headline numbers.',
  },
  es: {
    title: (month) => `Nuevas cifras de encuentros de la CBP: ${month}`,
    footer: (date) => `Fuente: Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), publicado el ${date}. Los meses anteriores pueden revisarse en publicaciones posteriores.`,
    revised: 'Revisado en esta publicación',
    noHeadline: 'Sin cifras principales.',
  },
};

export function composeAnnouncement(release: Release, revisions: Revision[], lang: Lang = 'en'): Announcement {
  const lines: string[] = [];
  for (const [region, component, label] of HEADLINE_SERIES) {
    const l = latestOf(release, region, component);
    if (!l || l.period !== release.latestPeriod) continue;
    const changes = [changeText(l.value, l.previous, lang), changeText(l.value, l.yearAgo, lang)].filter(Boolean).join('; ');
    lines.push(`${label[lang]}: ${formatNumber(l.value, lang)}${changes ? ` (${changes})` : ''}`);
  }
  const rev = revisions
    .filter((r) => r.component === 'all' || r.region === 'southwest')
    .slice(0, 8)
    .map((r) => `${seriesLabel(r.region, r.component, lang)}, ${monthLabel(r.period, lang)}: ${formatNumber(r.from, lang)} → ${formatNumber(r.to, lang)}`);
  return {
    title: WORDS[lang].title(monthLabel(release.latestPeriod, lang)),
    url: release.page ?? release.url,
    lines,
    revisions: rev,
    footer: WORDS[lang].footer(releaseDate(release.releasedAt, lang)),
    lang,
  };
}

function discordPayload(a: Announcement, chart?: PayloadFile): Record<string, unknown> {
  const description = [...a.lines.map((l) => renderDiscordText(l)), ...(a.revisions.length ? ['', `**${WORDS[a.lang].revised}**`, ...a.revisions.map((r) => `• ${renderDiscordText(r)}`)] : [])].join('\n');
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
    { type: 'section', text: { type: 'mrkdwn', text: a.lines.map(escapeMrkdwn).join('\n').slice(0, 3000) || WORDS[a.lang].noHeadline } },
  ];
  if (a.revisions.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${WORDS[a.lang].revised}*\n${a.revisions.map((r) => `• ${escapeMrkdwn(r)}`).join('\n')}`.slice(0, 3000) } });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(a.footer) }] });
  return { text: escapeMrkdwn(`${a.title}: ${a.lines[0] ?? ''}`).slice(0, 3000), blocks, unfurl_links: false, ...(chart ? { [PAYLOAD_FILES_KEY]: [chart] } : {}) };
}

export const announcementDeliveryId = (subscriptionId: string, dataset: string, period: string): string => `o-${subscriptionId}-${dataset}-${period}`;

/** The subscriptions an announcement goes to: opted in (`official: true`) and not paused. */
export function announcementSubscriptions(subs: Subscription[]): Subscription[] {
  return subs.filter((s) => s.official === true && !s.paused);
}

/**
 * One delivery per opted-in, unpaused subscription, in its channel's language (`channelLanguage`: the
 * subscription's `language`, else its workspace's, else `defaults.language`; English without `config`).
 * `charts`: the chart PNG per language (a bare Buffer is the English one); a language without a chart goes out
 * without one.
 */
export function announcementDeliveries(
  release: Release,
  revisions: Revision[],
  subs: Subscription[],
  charts?: Buffer | Partial<Record<Lang, Buffer>>,
  config?: Pick<Config, 'defaults'>,
): Delivery[] {
  const byLang: Partial<Record<Lang, Buffer>> = Buffer.isBuffer(charts) ? { en: charts } : (charts ?? {});
  const texts = new Map<Lang, { a: Announcement; file?: PayloadFile }>();
  const textsFor = (lang: Lang) => {
    let t = texts.get(lang);
    if (!t) {
      const chart = byLang[lang];
      const file: PayloadFile | undefined = chart
        ? { name: `${seriesId(release.dataset, 'southwest', 'all')}.png`, title: chartTitle(HEADLINE_SERIES[0]![2][lang], release.latestPeriod, lang), contentType: 'image/png', base64: chart.toString('base64') }
        : undefined;
      t = { a: composeAnnouncement(release, revisions, lang), file };
      texts.set(lang, t);
    }
    return t;
  };
  return announcementSubscriptions(subs).map((sub) => {
    const { a, file } = textsFor(config ? channelLanguage(config, sub) : (sub.language ?? 'en'));
    return {
      id: announcementDeliveryId(sub.id, release.dataset, release.latestPeriod),
      subscriptionId: sub.id,
      // A Slack incoming webhook cannot carry a file: the numbers go out without the chart.
      messages: [{ platform: sub.platform, target: subscriptionTarget(sub), payload: sub.platform === 'discord' ? discordPayload(a, file) : slackPayload(a, sub.webhook ? undefined : file) }],
    };
  });
}
