import type { Config, FetchConfig } from '../config/schema';
import { subscriptionSchema } from '../config/schema';
import { effectiveFeeds, effectiveKeywords } from '../config/effective';
import type { Logger } from '../log';
import type { FeedReport } from '../model';
import type { PipelineStores } from '../pipeline/pipeline';
import type { Subscription } from '../store/types';
import { validateRule } from '../relevance';
import { checkUrlAllowed, pollFeed } from '../feeds';
import { formatFigure, formatTime } from '../digest/compose';
import { ADMIN_COMMANDS, type CommandHandler, type CommandReply, type CommandRequest } from './types';

/** What the handlers need to answer `/border status` about the queues. */
export interface QueueStatusSource {
  all(): Array<{ name: string; getJobCounts(...states: string[]): Promise<Record<string, number>> }>;
}

export interface CommandDeps {
  config: Config;
  stores: PipelineStores;
  queues?: QueueStatusSource;
  logger: Logger;
  now?: () => Date;
  /** Fetch and parse a feed once (default: the real poller with the configured fetch settings). */
  testFeed?: (url: string, fetchCfg: FetchConfig) => Promise<FeedReport>;
}

export const USAGE_LINES = [
  '/border latest [metric] — newest key figures',
  '/border stories [query] — recent stories',
  '/border subscribe [instant|digest] [schedule] [timezone] — this channel',
  '/border unsubscribe — this channel',
  'Admins: /border keywords list|add <query>|remove <query>, /border feeds list|add <url> [name]|remove <url>|test <url>, /border status',
];

const reply = (lines: string[], extra: Partial<CommandReply> = {}): CommandReply => ({ ephemeral: true, lines: lines.map((text) => ({ text })), ...extra });
const usage = (text: string): CommandReply => reply([text], { error: true, title: 'Usage' });

const defaultTestFeed = async (url: string, fetchCfg: FetchConfig): Promise<FeedReport> =>
  (await pollFeed({ url, name: url }, undefined, fetchCfg)).report;

/** The neutral `/border …` handler both platforms call. Never throws: errors become replies. */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const now = deps.now ?? (() => new Date());
  const { stores, config } = deps;

  const handlers: Record<CommandRequest['name'], (req: CommandRequest) => Promise<CommandReply>> = {
    help: async () => reply(USAGE_LINES, { title: 'borderwatch commands' }),

    latest: async (req) => {
      const metric = req.args.join(' ').trim().toLowerCase() || undefined;
      const latest = await stores.figures.latest(metric, 10);
      if (latest.length === 0) return reply([metric ? `No figures for "${metric}" yet.` : 'No key figures yet.']);
      return {
        ephemeral: true,
        title: metric ? `Latest: ${metric}` : 'Latest numbers',
        lines: latest.map((l) => {
          let text = formatFigure(l.figure);
          if (l.previous && l.change !== undefined && l.change !== 0) {
            const sign = l.change > 0 ? '+' : '−';
            text += ` (${sign}${Math.abs(l.change).toLocaleString('en-US')} vs ${l.previous.figure.period ?? 'previous'})`;
          }
          if (l.revision) text += ' [revised]';
          text += ` — ${l.storyTitle}`;
          return { text, url: l.url };
        }),
      };
    },

    stories: async (req) => {
      const query = req.args.join(' ').trim() || undefined;
      const since = new Date(now().getTime() - 7 * 86_400_000).toISOString();
      const stories = await stores.stories.recent({ since, limit: 10, query });
      if (stories.length === 0) return reply([query ? `No recent stories match "${query}".` : 'No recent stories.']);
      return {
        ephemeral: true,
        title: query ? `Stories: ${query}` : 'Recent stories',
        lines: stories.map((s) => ({
          text: `${s.title} — ${s.sources.map((x) => x.name).slice(0, 3).join(', ')}${s.sources.length > 3 ? ` +${s.sources.length - 3}` : ''}, ${formatTime(s.published)}`,
          url: s.url,
        })),
      };
    },

    subscribe: async (req) => {
      const [modeArg, ...rest] = req.args;
      const mode = modeArg ?? 'digest';
      if (mode !== 'instant' && mode !== 'digest') return usage('/border subscribe [instant|digest] [schedule] [timezone] — mode must be "instant" or "digest"');
      // A schedule has 5 or 6 fields; when given unquoted, the last extra word is the time zone.
      let schedule: string | undefined;
      let timezone: string | undefined;
      if (mode === 'digest') {
        const words = rest.length === 1 ? rest[0]!.split(/\s+/) : rest;
        const tzIndex = words.findIndex((w) => w.includes('/') || w === 'UTC');
        const cronWords = tzIndex >= 0 ? words.slice(0, tzIndex) : words;
        timezone = tzIndex >= 0 ? words[tzIndex] : undefined;
        schedule = cronWords.length ? cronWords.join(' ') : '0 8 * * *';
      } else if (rest.length) {
        return usage('/border subscribe instant takes no schedule');
      }
      const parsed = subscriptionSchema.safeParse({ platform: req.platform, channel: req.channelId, mode, schedule, ...(timezone ? { timezone } : {}) });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return usage(`${issue.path.join('.') || 'subscription'}: ${issue.message}. Example: /border subscribe digest "0 8 * * *" America/Chicago`);
      }
      const id = `${req.platform}-${req.channelId}`;
      const existing = (await stores.subscriptions.list()).find((s) => s.platform === req.platform && s.channel === req.channelId);
      const sub: Subscription = { ...(existing ?? {}), ...parsed.data, id: existing?.id ?? id, paused: undefined };
      await stores.subscriptions.put(sub);
      const what = mode === 'instant' ? 'instant alerts for each new story' : `a digest on "${sub.schedule}" (${sub.timezone})`;
      return { ephemeral: false, lines: [{ text: `This channel now gets ${what}.` }] };
    },

    unsubscribe: async (req) => {
      const subs = (await stores.subscriptions.list()).filter((s) => s.platform === req.platform && s.channel === req.channelId && !s.paused);
      if (subs.length === 0) return reply(['This channel has no subscription.']);
      const configured = new Set(config.subscriptions.map((s) => s.channel).filter(Boolean));
      for (const s of subs) {
        // Subscriptions from the config file come back at restart unless kept paused.
        if (configured.has(s.channel)) await stores.subscriptions.put({ ...s, paused: { at: now().toISOString(), reason: `unsubscribed by ${req.userId}` } });
        else await stores.subscriptions.remove(s.id);
      }
      return { ephemeral: false, lines: [{ text: 'This channel is unsubscribed.' }] };
    },

    keywords: async (req) => {
      const [action, ...rest] = req.args;
      const query = rest.join(' ').trim();
      if (action === 'list' || action === undefined) {
        const kw = effectiveKeywords(config, await stores.adminEdits.get());
        return reply(
          [...kw.rules.map((r) => `${r.name}: ${r.match}`), ...kw.exclude.map((q) => `exclude: ${q}`)].slice(0, 40),
          { title: `Keyword rules (${kw.rules.length})`, footer: kw.rules.length > 40 ? 'Showing the first 40.' : undefined },
        );
      }
      if (!query) return usage(`/border keywords ${action} <query>`);
      if (action === 'add') {
        const v = validateRule(query);
        if (!v.ok) return usage(`Not added: ${v.error}`);
        await stores.adminEdits.update((e) => ({ ...e, rulesAdded: e.rulesAdded.includes(query) ? e.rulesAdded : [...e.rulesAdded, query], rulesRemoved: e.rulesRemoved.filter((r) => r !== query) }));
        return reply([`Added rule: ${query}`]);
      }
      if (action === 'remove') {
        const kw = effectiveKeywords(config, await stores.adminEdits.get());
        if (!kw.rules.some((r) => r.name === query || r.match === query)) return usage(`No rule named or reading "${query}". See /border keywords list.`);
        await stores.adminEdits.update((e) => ({ ...e, rulesAdded: e.rulesAdded.filter((r) => r !== query), rulesRemoved: [...new Set([...e.rulesRemoved, query])] }));
        return reply([`Removed rule: ${query}`]);
      }
      return usage('/border keywords list|add <query>|remove <query>');
    },

    feeds: async (req) => {
      const [action, url, ...nameWords] = req.args;
      const feeds = effectiveFeeds(config, await stores.adminEdits.get());
      if (action === 'list' || action === undefined) {
        const states = await stores.feedState.all();
        return reply(
          feeds.slice(0, 40).map((f) => {
            const st = states.get(f.url);
            return `${st?.failing ? '⚠️ ' : ''}${f.name} — ${f.url}${st?.lastError && st.failures ? ` (failing: ${st.lastError})` : ''}`;
          }),
          { title: `Feeds (${feeds.length})`, footer: feeds.length > 40 ? 'Showing the first 40.' : undefined },
        );
      }
      if (!url) return usage(`/border feeds ${action} <url>${action === 'add' ? ' [name]' : ''}`);
      if (action === 'remove') {
        if (!feeds.some((f) => f.url === url)) return usage(`No feed ${url}. See /border feeds list.`);
        await stores.adminEdits.update((e) => ({ ...e, feedsAdded: e.feedsAdded.filter((f) => f.url !== url), feedsRemoved: [...new Set([...e.feedsRemoved, url])] }));
        return reply([`Removed feed ${url}`]);
      }
      if (action !== 'add' && action !== 'test') return usage('/border feeds list|add <url> [name]|remove <url>|test <url>');
      const allowed = await checkUrlAllowed(url, config.fetch.allowPrivateHosts);
      if (!allowed.ok) return usage(`Refused: ${allowed.error}`);
      const report = await (deps.testFeed ?? defaultTestFeed)(url, config.fetch);
      if (report.status === 'error') return reply([`Feed test failed: ${report.error}`], { error: true });
      if (action === 'test') return reply([`Feed OK: ${report.items} items.`]);
      if (feeds.some((f) => f.url === url)) return reply([`Already following ${url}.`]);
      const name = nameWords.join(' ').trim() || new URL(url).hostname;
      await stores.adminEdits.update((e) => ({ ...e, feedsAdded: [...e.feedsAdded.filter((f) => f.url !== url), { url, name }], feedsRemoved: e.feedsRemoved.filter((u) => u !== url) }));
      return reply([`Added feed "${name}" (${report.items} items now; new ones will be posted from the next poll).`]);
    },

    status: async () => {
      const feeds = effectiveFeeds(config, await stores.adminEdits.get());
      const states = await stores.feedState.all();
      const failing = feeds.filter((f) => states.get(f.url)?.failing);
      const polled = feeds.map((f) => states.get(f.url)?.lastPollAt).filter((x): x is string => !!x).sort();
      const lines = [
        `Feeds: ${feeds.length}, failing: ${failing.length}, last poll: ${polled.length ? formatTime(polled[polled.length - 1]!) : 'never'}`,
        ...failing.slice(0, 10).map((f) => `⚠️ ${f.name}: ${states.get(f.url)?.lastError ?? 'failing'} (${states.get(f.url)?.failures ?? 0} failures)`),
      ];
      if (deps.queues) {
        for (const q of deps.queues.all()) {
          const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
          lines.push(`Queue ${q.name}: ${c.waiting ?? 0} waiting, ${c.active ?? 0} active, ${c.delayed ?? 0} delayed, ${c.failed ?? 0} failed`);
        }
      }
      const subs = await stores.subscriptions.list();
      lines.push(`Subscriptions: ${subs.length} (${subs.filter((s) => s.paused).length} paused)`);
      for (const s of subs.filter((x) => x.paused).slice(0, 10)) lines.push(`⏸️ ${s.id}: ${s.paused!.reason}`);
      return reply(lines, { title: 'borderwatch status' });
    },
  };

  return async (req) => {
    if (ADMIN_COMMANDS.has(req.name) && !req.isAdmin) {
      return reply([`/border ${req.name} is for admins only (Discord: Manage Server; Slack: workspace admins or configured users).`], { error: true, title: 'Not allowed' });
    }
    try {
      return await handlers[req.name](req);
    } catch (e) {
      deps.logger.error({ command: req.name, err: (e as Error).message }, 'command failed');
      return reply(['Something went wrong while answering; the error was logged.'], { error: true });
    }
  };
}
