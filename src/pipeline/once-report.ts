import type { FeedReport } from '../model';
import { displayUrl, redactUrlsIn } from '../util/display-url';
import type { OnceResult } from './once';
import type { OutboundMessage } from '../model';
import { discordReaderView } from '../platforms/discord/reader-view';
import { slackReaderView } from '../platforms/slack/reader-view';
import type { DiscordMessagePayload } from '../platforms/discord/render';
import type { SlackMessagePayload } from '../platforms/slack/render';

/** A feed's report as shown (`--json` and the human report): URL and error with secrets redacted (`?apikey=[redacted]`). */
export function shownFeedReport(r: FeedReport): FeedReport {
  return { ...r, url: displayUrl(r.url), ...(r.error !== undefined ? { error: redactUrlsIn(r.error) } : {}) };
}

/** Human-readable summary of a `run --once`: feeds, stories, and each message that would be posted. */
/** Said when no feed answered: the likely cause and the way to see a digest anyway. */
export const NO_FEED_REACHED =
  'No feed could be reached: the network may be down (or DNS is not resolving). ' +
  'To see what borderwatch posts without the network, run: npx borderwatch run --once --dry-run --sample';

/** True when there were feeds and every one of them failed. */
export function noFeedReached(r: Pick<OnceResult, 'feeds'>): boolean {
  return r.feeds.length > 0 && r.feeds.every((f) => f.status === 'error');
}

const PLATFORM_NAME = { discord: 'Discord', slack: 'Slack' } as const;

function readerView(m: OutboundMessage): { size: string; lines: string[] } {
  return m.platform === 'discord'
    ? discordReaderView(m.payload as unknown as DiscordMessagePayload)
    : slackReaderView(m.payload as unknown as SlackMessagePayload);
}

/**
 * Human-readable summary of a `run --once`: feeds, stories, then each message as a reader would see it
 * (platform and target, title, stories, figures, sources and links as plain text) with its size against
 * the platform's limits. The exact payloads are printed by `--json`.
 */
export function formatOnceReport(r: OnceResult, opts: { dryRun: boolean }): string {
  const out: string[] = [];
  const ok = r.feeds.filter((f) => f.status !== 'error').length;
  out.push(`Feeds: ${ok} of ${r.feeds.length} answered`);
  for (const f of r.feeds) {
    const mark = f.status === 'ok' ? 'ok ' : f.status === 'not-modified' ? '304' : 'ERR';
    out.push(`  [${mark}] ${f.name} — ${f.status === 'error' ? f.error : `${f.items} items`}`);
  }
  if (noFeedReached(r)) out.push('', NO_FEED_REACHED);

  out.push('', `Stories: ${r.stories.length}`);
  for (const s of r.stories) {
    const outlets = [...new Set(s.sources.map((x) => x.name))];
    out.push(`  • ${s.title} — ${outlets.join(', ')}`);
  }

  // Number each platform+target's messages ("message 2 of 3").
  const groups = new Map<string, number>();
  for (const m of r.messages) groups.set(`${m.platform} ${m.target}`, (groups.get(`${m.platform} ${m.target}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  const count = (p: 'discord' | 'slack') => r.messages.filter((m) => m.platform === p).length;
  out.push(
    '',
    `${opts.dryRun ? 'Would post' : 'Messages'}: ${r.messages.length} (Discord ${count('discord')}, Slack ${count('slack')}); the exact payloads: add --json`,
  );
  for (const m of r.messages) {
    const key = `${m.platform} ${m.target}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const view = readerView(m);
    out.push('', `=== ${PLATFORM_NAME[m.platform]} → ${m.target} · message ${n} of ${groups.get(key)} · ${view.size}`);
    out.push(...view.lines.map((l) => (l ? `  ${l}` : '')));
  }
  return `${out.join('\n')}\n`;
}
