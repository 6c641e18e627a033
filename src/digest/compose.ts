/**
 * Composes platform-neutral messages: an instant alert for one story, or a scheduled digest
 * of a time window. Pure functions of their inputs; the renderers in platforms/ turn the
 * result into Discord embeds or Slack blocks.
 */
import type { AlertMessage, DigestMessage, Story } from '../model';
import { formatWindow, validTimeZone } from './format';
import { LABELS } from './labels';
import type { Lang } from '../model';
import { pickNumbers, type NumberEntry } from './rank';

export { formatFigure, formatPeriod, formatNumber, formatPer, formatTime, formatWindow } from './format';
export { figureImportance, figureKey, pickNumbers } from './rank';

/** Default digest title. */
export const DEFAULT_DIGEST_TITLE = 'Border & migration digest';
/** Default "how to change" line of the digest footer. */
export const DEFAULT_HOW_TO_CHANGE = 'Change: /border subscribe … · Stop: /border unsubscribe';
/** Default size of "By the numbers". */
export const DEFAULT_MAX_NUMBERS = 8;

/** An instant alert for one story, with the subscription's mention when it has one. */
export function composeAlert(story: Story, opts: { mention?: string; lang?: Lang } = {}): AlertMessage {
  const msg: AlertMessage = { kind: 'alert', story };
  if (opts.lang && opts.lang !== 'en') msg.lang = opts.lang;
  if (opts.mention) msg.mention = opts.mention;
  return msg;
}

function toIso(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? String(d) : date.toISOString();
}

function publishedMs(s: Story): number {
  const t = Date.parse(s.published);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * A digest of the stories of a window: stories newest first; "By the numbers" with the key
 * figures of the window (see `pickNumbers`); a footer with the window in the subscription's
 * time zone ("Nov 27, 8:00 AM – Nov 28, 8:00 AM CST") and how to change the subscription.
 */
export function composeDigest(
  stories: Story[],
  window: { from: Date | string; to: Date | string; timezone?: string },
  opts: {
    title?: string;
    mention?: string;
    maxNumbers?: number;
    howToChange?: string;
    /** "By the numbers" from the latest-figures store; default: picked from the stories' own figures. */
    numbers?: NumberEntry[];
    /** Language of the fixed text: title, footer, headings (default English). */
    lang?: Lang;
  } = {},
): DigestMessage {
  const timezone = validTimeZone(window.timezone);
  const ordered = stories
    .map((s, i) => ({ s, i }))
    .sort((a, b) => publishedMs(b.s) - publishedMs(a.s) || a.i - b.i)
    .map((x) => x.s);
  const lang = opts.lang ?? 'en';
  const windowText = formatWindow(window.from, window.to, timezone, lang);
  const howTo = opts.howToChange ?? LABELS[lang].howToChange;
  const msg: DigestMessage = {
    kind: 'digest',
    ...(lang !== 'en' ? { lang } : {}),
    title: opts.title ?? LABELS[lang].digestTitle,
    window: { from: toIso(window.from), to: toIso(window.to), timezone },
    numbers: opts.numbers?.length ? opts.numbers.slice(0, opts.maxNumbers ?? DEFAULT_MAX_NUMBERS) : pickNumbers(ordered, opts.maxNumbers ?? DEFAULT_MAX_NUMBERS),
    stories: ordered,
    footer: [windowText, howTo].filter((s) => s.length > 0).join(' · '),
  };
  if (opts.mention) msg.mention = opts.mention;
  return msg;
}
