/**
 * The platform-neutral `/border …` handler both adapters call. Everyone: latest, stories, subscribe,
 * unsubscribe, help. Admins (checked again here): keywords, feeds, status — see admin-handlers.ts.
 *
 * Argument conventions (the adapters agree on them): a free-text argument (metric, story query,
 * keyword rule, feed name) may arrive as ONE argument with spaces (Discord options, Slack quotes)
 * or as several words (Slack); handlers join what they get. See subscribe-args.ts for `subscribe`.
 */
import type { Config, FetchConfig } from '../config/schema';
import type { Logger } from '../log';
import type { FeedItem, FeedReport } from '../model';
import type { PipelineStores } from '../pipeline/pipeline';
import type { ResolveAll } from '../feeds';
import { pollFeed } from '../feeds';
import { METRIC_WORDS } from '../figures/lexicon';
import type { LatestFigure } from '../figures/store';
import { formatFigure, formatNumber, formatPeriod, formatTime } from '../digest/compose';
import { subscriptionSchema } from '../config/schema';
import { configuredSubscriptions } from '../pipeline/subscriptions';
import type { Subscription } from '../store/types';
import { ADMIN_COMMANDS, type CommandHandler, type CommandReply, type CommandRequest } from './types';
import { parseSubscribeArgs } from './subscribe-args';
import { errorReply, privateReply, publicReply, usageError } from './reply';
import { createAdminHandlers } from './admin-handlers';
import { officialLatest, parseOfficialQuery } from '../official/latest-reply';
import { createChartProvider, type ChartProvider } from '../official/chart-source';

/** What the handlers need to answer `/border status` about the queues (PipelineQueues fits). */
export interface QueueStatusSource {
  all(): Array<{ name: string; getJobCounts(...states: string[]): Promise<Record<string, number>> }>;
}

/** Fetch and parse a feed once, for `/border feeds add|test`. */
export type FeedTester = (url: string, fetchCfg: FetchConfig) => Promise<{ report: FeedReport; items: FeedItem[] }>;

export interface CommandDeps {
  config: Config;
  stores: PipelineStores;
  queues?: QueueStatusSource;
  logger: Logger;
  now?: () => Date;
  /** Default: the real poller with the configured fetch settings (guarded against private addresses). */
  testFeed?: FeedTester;
  /** Resolver for the feed URL check (default: the system resolver). */
  resolveAll?: ResolveAll;
  /** Charts of official series for `/border latest` (default: rendered from stores.official). */
  charts?: ChartProvider;
}

/** Usage of every command, per platform (Discord's admin commands live under `/border-admin`). */
export function usageLines(platform: CommandRequest['platform']): string[] {
  const admin = platform === 'discord' ? '/border-admin' : '/border';
  return [
    '/border latest [metric] [by component|demographic|citizenship|sector] — official numbers and newest key figures, e.g. /border latest encounters by citizenship',
    '/border stories [query] — recent stories, e.g. /border stories caravan',
    '/border subscribe [instant|digest] [schedule] [timezone] — deliver to this channel, e.g. /border subscribe digest "0 8 * * *" America/Chicago',
    '/border unsubscribe — stop deliveries to this channel',
    `Admins: ${admin} keywords list|add <rule>|remove <rule>`,
    `Admins: ${admin} feeds list|add <url> [name]|remove <url>|test <url>`,
    `Admins: ${admin} status — feeds, queues and subscriptions`,
  ];
}

const SUBSCRIBE_USAGE = 'Usage: /border subscribe instant, or /border subscribe digest "0 8 * * *" America/Chicago (schedule: cron or 08:00, mon-fri 07:30).';

/** Story lookups go back this far. */
const STORY_WINDOW_DAYS = 7;
const LIST_LIMIT = 10;

/** The real one-shot poll (no previous state: a plain GET), as the feed tester. */
export function pollFeedOnce(resolveAll?: ResolveAll): FeedTester {
  return async (url, fetchCfg) => {
    const outcome = await pollFeed({ url, name: url }, undefined, fetchCfg, new Date(), resolveAll ? { resolveAll } : {});
    return { report: outcome.report, items: outcome.items };
  };
}

/** "+12,000 vs Nov 2023" / "revised; also reported as 189,000 by Outlet". */
function changeNote(l: LatestFigure): string {
  if (!l.previous) return '';
  const prev = l.previous;
  if (l.revision) return ` [revised: also reported as ${formatNumber(prev.figure.value)} by ${prev.sourceName}]`;
  const vs = formatPeriod(prev.figure.period) || formatTime(prev.published);
  if (l.change === undefined) return '';
  if (l.change === 0) return ` (unchanged vs ${vs})`;
  const sign = l.change > 0 ? '+' : '−';
  const unit = l.figure.unit === 'percent' ? ' pts' : '';
  return ` (${sign}${formatNumber(Math.abs(l.change))}${unit} vs ${vs}: ${formatNumber(prev.figure.value)})`;
}

/** Builds the `/border` handler. Never throws: usage errors, refusals and failures become replies. */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const now = deps.now ?? (() => new Date());
  const { stores, config } = deps;
  const admin = createAdminHandlers({ ...deps, testFeed: deps.testFeed ?? pollFeedOnce(deps.resolveAll) });
  const charts = deps.charts ?? (stores.official ? createChartProvider(config, stores.official) : undefined);

  /** Subscriptions of this channel on this platform. */
  const channelSubs = async (req: CommandRequest): Promise<Subscription[]> =>
    (await stores.subscriptions.list()).filter((s) => s.platform === req.platform && s.channel === req.channelId);
  const configuredIds = () => new Set(configuredSubscriptions(config).map((s) => s.id));

  const handlers: Record<CommandRequest['name'], (req: CommandRequest) => Promise<CommandReply>> = {
    help: async (req) => privateReply(usageLines(req.platform), { title: 'borderwatch commands' }),

    latest: async (req) => {
      const asked = req.args.join(' ').trim().toLowerCase();
      // The agency's own numbers lead (src/official/latest-reply.ts); a breakdown shows only them.
      const query = parseOfficialQuery(asked);
      if (query.kind === 'error') return usageError(query.error, usageLines(req.platform)[0]!);
      const official = await officialLatest(config, stores.official, query, charts);
      const attachments = official?.chart ? [{ name: official.chart.name, title: official.chart.title, contentType: 'image/png' as const, data: official.chart.data }] : undefined;
      if (query.kind === 'series' && query.by) {
        if (!official) return privateReply(['No official data yet: the CBP dataset has not been fetched.']);
        return publicReply(official.lines, { title: `Latest: ${asked}`, footer: official.footer, attachments });
      }
      const metric = asked ? (METRIC_WORDS[asked] ?? asked) : undefined;
      const latest = await stores.figures.latest(metric, LIST_LIMIT);
      if (latest.length === 0 && !official) return privateReply([metric ? `No figures for "${asked}" yet.` : 'No key figures yet.']);
      const news = latest.map((l) => ({
        text: `${formatFigure(l.figure)}${changeNote(l)} — ${l.storyTitle} (${l.sourceName}, ${formatTime(l.published)})`,
        url: l.url,
      }));
      const title = metric ? `Latest: ${metric}` : 'Latest numbers';
      if (!official) return publicReply(news, { title });
      const lines = [...official.lines, ...(news.length ? [{ text: 'Newest figures in the news:' }, ...news] : [])];
      return publicReply(lines, { title, footer: official.footer, attachments });
    },

    stories: async (req) => {
      const query = req.args.join(' ').trim() || undefined;
      const since = new Date(now().getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
      const stories = await stores.stories.recent({ since, limit: LIST_LIMIT, query });
      if (stories.length === 0) return privateReply([query ? `No stories of the last ${STORY_WINDOW_DAYS} days match "${query}".` : `No stories in the last ${STORY_WINDOW_DAYS} days.`]);
      return publicReply(
        stories.map((s) => {
          const outlets = s.sources.map((x) => x.name).filter((n, i, all) => all.indexOf(n) === i);
          const more = outlets.length > 3 ? ` +${outlets.length - 3}` : '';
          return { text: `${s.title} — ${outlets.slice(0, 3).join(', ')}${more}, ${formatTime(s.published)}`, url: s.url };
        }),
        { title: query ? `Stories: ${query}` : 'Recent stories' },
      );
    },

    subscribe: async (req) => {
      const args = parseSubscribeArgs(req.args);
      if ('error' in args) return usageError(args.error, SUBSCRIBE_USAGE);
      const existing = await channelSubs(req);
      const keep = existing[0];
      // Settings that are not arguments (keyword overrides, mention, postEmpty) carry over from the replaced one.
      const { id: _id, paused: _paused, schedule: _schedule, timezone: _zone, mode: _mode, configHash, ...carried } = keep ?? ({} as Partial<Subscription>);
      const parsed = subscriptionSchema.safeParse({ ...carried, platform: req.platform, channel: req.channelId, ...args });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = String(issue.path[0] ?? 'subscription');
        const given = field === 'schedule' && 'schedule' in args ? ` "${args.schedule}"` : field === 'timezone' && 'timezone' in args ? ` "${args.timezone}"` : '';
        return usageError(`Bad ${field}${given}: expected ${issue.message}.`, SUBSCRIBE_USAGE);
      }
      // configHash kept: a config-file subscription changed here stays changed until its file entry changes.
      const sub: Subscription = { ...parsed.data, id: keep?.id ?? `${req.platform}-${req.channelId}`, ...(configHash ? { configHash } : {}) };
      if (sub.mode === 'instant') delete sub.schedule;
      await stores.subscriptions.put(sub);
      // One subscription per channel: others made by command go; config-file ones stay paused.
      const fromConfig = configuredIds();
      for (const other of existing.slice(1)) {
        if (fromConfig.has(other.id)) await stores.subscriptions.put({ ...other, paused: { at: now().toISOString(), reason: `replaced by /border subscribe (${req.userId})` } });
        else await stores.subscriptions.remove(other.id);
      }
      const what = sub.mode === 'instant' ? 'instant alerts for each new story' : `a digest on "${sub.schedule}" (${sub.timezone})`;
      return publicReply([{ text: `${keep ? 'Updated: this' : 'This'} channel now gets ${what}.` }], { title: 'Subscribed' });
    },

    unsubscribe: async (req) => {
      const fromConfig = configuredIds();
      const subs = (await channelSubs(req)).filter((s) => !(fromConfig.has(s.id) && s.paused?.reason.startsWith('unsubscribed')));
      if (subs.length === 0) return privateReply(['This channel has no subscription.']);
      for (const s of subs) {
        // Subscriptions from the config file come back at restart, so they are kept, paused.
        if (fromConfig.has(s.id)) await stores.subscriptions.put({ ...s, paused: { at: now().toISOString(), reason: `unsubscribed by ${req.userId}` } });
        else await stores.subscriptions.remove(s.id);
      }
      return publicReply([{ text: 'This channel is unsubscribed: no more alerts or digests here.' }], { title: 'Unsubscribed' });
    },

    keywords: admin.keywords,
    feeds: admin.feeds,
    status: admin.status,
  };

  return async (req) => {
    if (ADMIN_COMMANDS.has(req.name) && !req.isAdmin) {
      const who = req.platform === 'discord' ? 'members with Manage Server' : 'workspace admins and owners';
      return errorReply('Not allowed', `/border ${req.name} is for admins only (${who}, or users listed in the config).`);
    }
    const handler = handlers[req.name];
    if (!handler) return usageError(`Unknown command "${String(req.name)}".`, ...usageLines(req.platform));
    try {
      return await handler(req);
    } catch (e) {
      deps.logger.error({ command: req.name, err: (e as Error)?.message ?? String(e) }, 'command failed');
      return errorReply('Something went wrong', 'The command failed; the error was logged. Please try again in a minute.');
    }
  };
}
