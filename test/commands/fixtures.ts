/** Shared test data for the command tests: a parsed config, figures, stories, a local RSS feed. */
import { configSchema, type Config } from '../../src/config/schema';
import { createLogger, type Logger } from '../../src/log';
import type { Figure, Story } from '../../src/model';
import type { FigureEntry } from '../../src/figures/store';
import type { CommandRequest } from '../../src/commands/types';

/** A parsed config: one config-file feed, two rules, one config-file subscription on Slack channel C0CONF. */
export function testConfig(over: Record<string, unknown> = {}): Config {
  return configSchema.parse({
    fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 5000 },
    feeds: [{ url: 'https://www.cbp.gov/rss/newsroom', name: 'CBP Newsroom' }],
    keywords: {
      rules: [
        { name: 'asylum', match: 'asylum OR asilo' },
        { name: 'caravan', match: 'caravan* OR caravana*' },
      ],
      exclude: ['"border collie"'],
    },
    subscriptions: [{ platform: 'slack', channel: 'C0CONF', mode: 'instant' }],
    ...over,
  });
}

/** A logger that keeps its JSON lines in `lines`. */
export function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } }), lines };
}

export function figure(over: Partial<Figure> = {}): Figure {
  return {
    value: 190_000,
    text: 'more than 190,000 encounters',
    sentence: 'Border Patrol recorded more than 190,000 encounters in November.',
    qualifier: 'more than',
    per: null,
    metric: 'encounters',
    scope: 'southwest border',
    period: '2023-11',
    source: 'CBP',
    unit: null,
    ...over,
  };
}

export function figureEntry(f: Figure, over: Partial<FigureEntry> = {}): FigureEntry {
  return {
    figure: f,
    storyId: `story-${f.period}-${f.value}`,
    storyTitle: `Encounters for ${f.period}`,
    url: `https://news.example/${f.period}/${f.value}`,
    sourceName: 'Border Report',
    primary: false,
    published: '2023-12-15T12:00:00.000Z',
    ...over,
  };
}

export function story(id: string, title: string, published: string, summary = ''): Story {
  return {
    id,
    title,
    url: `https://news.example/${id}`,
    published,
    summary,
    figures: [],
    sources: [{ name: 'Border Report', title, url: `https://news.example/${id}` }],
  };
}

/** A request with defaults: Slack, channel C0NEWS, member U0MEMBER, no admin rights. */
export function request(name: CommandRequest['name'], args: string[] = [], over: Partial<CommandRequest> = {}): CommandRequest {
  return { platform: 'slack', channelId: 'C0NEWS', workspaceId: 'T0', userId: 'U0MEMBER', isAdmin: false, name, args, ...over };
}

/** A small RSS 2.0 document. */
export function rss(title: string, items: Array<{ title: string; link: string; description?: string }>): string {
  const body = items
    .map((it) => `<item><title>${it.title}</title><link>${it.link}</link><guid>${it.link}</guid><pubDate>Mon, 04 Dec 2023 10:00:00 GMT</pubDate><description>${it.description ?? ''}</description></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link><description>test</description>${body}</channel></rss>`;
}

/** Every text of a reply, one string (title, lines, footer). */
export function replyText(r: { title?: string; lines: Array<{ text: string; url?: string }>; footer?: string }): string {
  return [r.title ?? '', ...r.lines.map((l) => l.text), r.footer ?? ''].join('\n');
}
