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
import { errorReply, inLanguage, privateReply, publicReply, usageError } from './reply';
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

export { usageLines } from './usage';
import { usageLines, adminCommand, commandWord, SPANISH_ACTIONS } from './usage';
import { REPLIES, SPANISH_EXPECTED } from './messages';
import { channelLanguage } from '../config/language';
import type { Lang } from '../model';

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
function changeNote(l: LatestFigure, lang: Lang = 'en'): string {
  if (!l.previous) return '';
  const t = REPLIES[lang];
  const prev = l.previous;
  if (l.revision) return t.revised(formatNumber(prev.figure.value, lang), prev.sourceName);
  const vs = formatPeriod(prev.figure.period, lang) || formatTime(prev.published, undefined, lang);
  if (l.change === undefined) return '';
  if (l.change === 0) return t.unchanged(vs);
  const sign = l.change > 0 ? '+' : '−';
  const unit = l.figure.unit === 'percent' ? (lang === 'es' ? ' pts.' : ' pts') : '';
  return t.changed(`${sign}${formatNumber(Math.abs(l.change), lang)}${unit}`, vs, formatNumber(prev.figure.value, lang));
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

  /**
   * The language of the reply: the one asked in (a Spanish subcommand name or client), else the channel's
   * subscription's, else the workspace's (`defaults.workspaces`), else `defaults.language`.
   */
  const replyLang = async (req: CommandRequest): Promise<Lang> => {
    if (req.lang) return req.lang;
    const sub = (await channelSubs(req))[0];
    return channelLanguage(config, sub, req.workspaceId);
  };
  const langs = new WeakMap<CommandRequest, Lang>();
  const lang = (req: CommandRequest): Lang => langs.get(req) ?? 'en';

  const handlers: Record<CommandRequest['name'], (req: CommandRequest) => Promise<CommandReply>> = {
    help: async (req) => privateReply(usageLines(req.platform, lang(req)), { title: REPLIES[lang(req)].helpTitle }),

    latest: async (req) => {
      const l10n = lang(req);
      const t = REPLIES[l10n];
      const asked = req.args.join(' ').trim().toLowerCase();
      // The agency's own numbers lead (src/official/latest-reply.ts); a breakdown shows only them.
      const query = parseOfficialQuery(asked, l10n);
      if (query.kind === 'error') return usageError(query.error, usageLines(req.platform, l10n)[0]!);
      const official = await officialLatest(config, stores.official, query, charts, l10n);
      const attachments = official?.chart ? [{ name: official.chart.name, title: official.chart.title, contentType: 'image/png' as const, data: official.chart.data }] : undefined;
      if (query.kind === 'series' && query.by) {
        if (!official) return privateReply([t.noOfficialData]);
        return publicReply(official.lines, { title: t.latestTitle(asked), footer: official.footer, attachments });
      }
      const metric = asked ? (METRIC_WORDS[asked] ?? asked) : undefined;
      const latest = await stores.figures.latest(metric, LIST_LIMIT);
      if (latest.length === 0 && !official) return privateReply([t.noFigures(metric ? asked : undefined)]);
      const news = latest.map((l) => ({
        text: `${formatFigure(l.figure, l10n)}${changeNote(l, l10n)} — ${l.storyTitle} (${l.sourceName}, ${formatTime(l.published, undefined, l10n)})`,
        url: l.url,
      }));
      const title = t.latestTitle(metric);
      if (!official) return publicReply(news, { title });
      const lines = [...official.lines, ...(news.length ? [{ text: t.newsFigures }, ...news] : [])];
      return publicReply(lines, { title, footer: official.footer, attachments });
    },

    stories: async (req) => {
      const query = req.args.join(' ').trim() || undefined;
      const since = new Date(now().getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
      const t = REPLIES[lang(req)];
      const stories = await stores.stories.recent({ since, limit: LIST_LIMIT, query });
      if (stories.length === 0) return privateReply([t.noStories(STORY_WINDOW_DAYS, query)]);
      return publicReply(
        stories.map((s) => {
          const outlets = s.sources.map((x) => x.name).filter((n, i, all) => all.indexOf(n) === i);
          const more = outlets.length > 3 ? ` +${outlets.length - 3}` : '';
          return { text: `${s.title} — ${outlets.slice(0, 3).join(', ')}${more}, ${formatTime(s.published, undefined, lang(req))}`, url: s.url };
        }),
        { title: t.storiesTitle(query) },
      );
    },

    subscribe: async (req) => {
      const t = REPLIES[lang(req)];
      const args = parseSubscribeArgs(req.args);
      if ('error' in args) return usageError(args.error, t.subscribeUsage);
      const existing = await channelSubs(req);
      const keep = existing[0];
      // Settings that are not arguments (keyword overrides, mention, postEmpty) carry over from the replaced one.
      const { id: _id, paused: _paused, schedule: _schedule, timezone: _zone, mode: _mode, configHash, ...carried } = keep ?? ({} as Partial<Subscription>);
      // Asked in Spanish (or from a Spanish client): the channel's digests and alerts are Spanish too.
      const extra = { ...(req.lang && !carried.language ? { language: req.lang } : {}), ...(req.workspaceId && !carried.workspace ? { workspace: req.workspaceId } : {}) };
      const parsed = subscriptionSchema.safeParse({ ...carried, ...extra, platform: req.platform, channel: req.channelId, ...args });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = String(issue.path[0] ?? 'subscription');
        const given = field === 'schedule' && 'schedule' in args ? ` "${args.schedule}"` : field === 'timezone' && 'timezone' in args ? ` "${args.timezone}"` : '';
        const expected = lang(req) === 'es' ? (SPANISH_EXPECTED[field] ?? issue.message) : issue.message;
        return usageError(t.badField(field, given, expected), t.subscribeUsage);
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
      const what = sub.mode === 'instant' ? t.instantWhat : t.digestWhat(sub.schedule ?? '', sub.timezone);
      return publicReply([{ text: t.subscribed(!!keep, what) }], { title: t.subscribedTitle });
    },

    unsubscribe: async (req) => {
      const fromConfig = configuredIds();
      const subs = (await channelSubs(req)).filter((s) => !(fromConfig.has(s.id) && s.paused?.reason.startsWith('unsubscribed')));
      const t = REPLIES[lang(req)];
      if (subs.length === 0) return privateReply([t.noSubscription]);
      for (const s of subs) {
        // Subscriptions from the config file come back at restart, so they are kept, paused.
        if (fromConfig.has(s.id)) await stores.subscriptions.put({ ...s, paused: { at: now().toISOString(), reason: `unsubscribed by ${req.userId}` } });
        else await stores.subscriptions.remove(s.id);
      }
      return publicReply([{ text: t.unsubscribed }], { title: t.unsubscribedTitle });
    },

    keywords: (req) => admin.keywords(req, lang(req)),
    feeds: (req) => admin.feeds(req, lang(req)),
    status: (req) => admin.status(req, lang(req)),
    subscriptions: admin.subscriptions,
  };

  return async (original) => {
    // Spanish action words (listar, agregar, quitar, probar) read as their English names.
    const [first, ...more] = original.args;
    const action = first !== undefined && (original.name === 'keywords' || original.name === 'feeds') ? SPANISH_ACTIONS[first.toLowerCase()] : undefined;
    const req: CommandRequest = action ? { ...original, args: [action, ...more] } : original;
    let l10n: Lang = req.lang ?? 'en';
    try {
      l10n = await replyLang(req);
    } catch {
      // the store is down: the handler below reports it
    }
    langs.set(req, l10n);
    const t = REPLIES[l10n];
    if (ADMIN_COMMANDS.has(req.name) && !req.isAdmin) {
      return errorReply(t.notAllowedTitle, t.adminsOnly(`${adminCommand(req.platform)} ${commandWord(req.name, l10n)}`, req.platform));
    }
    const handler = handlers[req.name];
    if (!handler) return inLanguage(usageError(t.unknownCommand(String(req.name)), ...usageLines(req.platform, l10n)), l10n);
    try {
      return inLanguage(await handler(req), l10n);
    } catch (e) {
      deps.logger.error({ command: req.name, err: (e as Error)?.message ?? String(e) }, 'command failed');
      return errorReply(t.failedTitle, t.failed);
    }
  };
}
