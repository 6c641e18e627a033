/**
 * Admin commands: `keywords list|add|remove`, `feeds list|add|remove|test`, `status`,
 * `subscriptions list|resume <id>`. The caller
 * (createCommandHandler) has already refused non-admins. Edits go to the AdminEditsStore, applied on
 * top of the config file by config/effective.ts.
 */
import { feedUrlKey } from '../config/check';
import { effectiveFeeds, effectiveKeywords } from '../config/effective';
import { checkUrlAllowed } from '../feeds';
import { compileProfile, matchText, validateRule } from '../relevance';
import { formatTime } from '../digest/compose';
import { configuredSubscriptions, subscriptionTarget } from '../pipeline/subscriptions';
import type { Subscription } from '../store/types';
import type { CommandDeps, FeedTester } from './handlers';
import type { CommandReply, CommandRequest } from './types';
import { privateReply, usageError } from './reply';
import { displayUrl, redactUrlsIn } from '../util/display-url';
import { ADMIN_REPLIES } from './messages';
import type { Lang } from '../model';

type Handler = (req: CommandRequest, lang?: Lang) => Promise<CommandReply>;

/** The action word as the admin would type it in their language. */
const actionWord = (action: string, lang: Lang): string => (lang === 'es' ? ({ add: 'agregar', remove: 'quitar', test: 'probar', list: 'listar' } as Record<string, string>)[action] ?? action : action);

const SHOW_MAX = 40;
/** Characters of one page of `keywords list` (a Discord embed holds 4096, a Slack section 3000). */
const PAGE_CHARS = 2800;

/** Whole lines in pages of at most `max` characters (a longer line is a page of its own). */
function pageLines(lines: string[], max: number): string[][] {
  const pages: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const page = pages[pages.length - 1]!;
    if (page.length && used + line.length + 1 > max) {
      pages.push([line]);
      used = line.length + 1;
    } else {
      page.push(line);
      used += line.length + 1;
    }
  }
  return pages;
}

/** Straight quotes for the rule language, whatever the keyboard made of them. */
function straightQuotes(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/**
 * The rule text from the arguments after the action. Discord passes the rule as typed, as one option
 * value. Slack splits words and strips the quotes that grouped a phrase, so an argument holding spaces
 * was a quoted phrase there and is quoted again (`"border wall" OR muro` keeps its meaning).
 */
export function ruleFromArgs(args: readonly string[], platform: CommandRequest['platform']): string {
  const requote = platform === 'slack' || args.length > 1;
  const text = requote ? args.map((a) => (/\s/.test(a.trim()) ? `"${a.trim()}"` : a)).join(' ') : (args[0] ?? '');
  return straightQuotes(text).trim();
}

/** A URL as typed, without the angle brackets chat clients add around links. */
function cleanUrl(text: string): string {
  const t = text.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1).split('|')[0]!.trim() : t;
}

/** One line about a subscription for `subscriptions list`: id, where, what, and whether it is paused. */
function describeSubscription(s: Subscription, fromConfig: boolean): string {
  const what = s.mode === 'digest' ? `digest "${s.schedule}" ${s.timezone}` : 'instant';
  const state = s.paused ? `PAUSED since ${formatTime(s.paused.at)}: ${s.paused.reason}` : 'active';
  return `${s.id} — ${s.platform} ${subscriptionTarget(s)} — ${what}${fromConfig ? ' (config file)' : ''} — ${state}`;
}

export function createAdminHandlers(deps: CommandDeps & { testFeed: FeedTester }): { keywords: Handler; feeds: Handler; status: Handler; subscriptions: Handler } {
  const { stores, config } = deps;
  const prefix = (req: CommandRequest) => (req.platform === 'discord' ? '/border-admin' : '/border');

  const keywords: Handler = async (req, lang = 'en') => {
    const t = ADMIN_REPLIES[lang];
    const [actionArg, ...rest] = req.args;
    const action = actionArg?.toLowerCase() ?? 'list';
    const usage = t.keywordsUsage(prefix(req));
    if (action === 'list') {
      const kw = effectiveKeywords(config, await stores.adminEdits.get());
      const lines = [...kw.rules.map((r) => `${r.name}: ${r.match}`), ...kw.exclude.map((q) => `exclude: ${q}`)];
      if (!lines.length) return privateReply([t.noRules], { title: t.rulesTitle(0) });
      // Every rule, page by page: a page holds whole rules and fits one Discord embed or Slack reply.
      const pages = pageLines(lines, PAGE_CHARS);
      const asked = rest[0] === undefined ? 1 : Number(rest[0]);
      if (!Number.isInteger(asked) || asked < 1 || asked > pages.length) return usageError(t.noSuchPage(pages.length, rest[0] ?? ''), usage);
      const listCmd = lang === 'es' ? 'claves listar' : 'keywords list';
      const pageArg = req.platform === 'discord' ? `${lang === 'es' ? 'pagina' : 'page'}:${asked + 1}` : String(asked + 1);
      const next = asked < pages.length ? t.next(`${prefix(req)} ${listCmd} ${pageArg}`) : '';
      return privateReply(pages[asked - 1]!, {
        title: t.rulesTitle(kw.rules.length),
        footer: pages.length > 1 ? t.page(asked, pages.length, next) : undefined,
      });
    }
    if (action !== 'add' && action !== 'remove') return usageError(t.unknownAction(actionArg ?? ''), usage);
    const rule = ruleFromArgs(rest, req.platform);
    if (!rule) return usageError(t.giveRule(actionWord(action, lang)), usage);
    const kw = effectiveKeywords(config, await stores.adminEdits.get());

    if (action === 'add') {
      const valid = validateRule(rule);
      if (!valid.ok) return usageError(t.notAdded(rule, valid.error), usage);
      if (kw.rules.some((r) => r.match === rule)) return privateReply([t.alreadyRule(rule)]);
      await stores.adminEdits.update((e) => ({
        ...e,
        rulesAdded: e.rulesAdded.includes(rule) ? e.rulesAdded : [...e.rulesAdded, rule],
        rulesRemoved: e.rulesRemoved.filter((r) => r !== rule),
      }));
      return privateReply(t.addedRule(rule), { title: t.addedRuleTitle });
    }

    // Leniently, the words as typed without their quotes name the rule too.
    const plain = straightQuotes(rest.join(' ')).trim();
    const target = kw.rules.find((r) => r.name === rule || r.match === rule) ?? kw.rules.find((r) => r.name === plain || r.match === plain);
    if (!target) return usageError(...t.noRuleNamed(rule, prefix(req)));
    await stores.adminEdits.update((e) => {
      // A rule added by command is dropped from the additions; a config-file rule is listed as removed.
      if (e.rulesAdded.includes(target.match)) return { ...e, rulesAdded: e.rulesAdded.filter((r) => r !== target.match) };
      return { ...e, rulesRemoved: [...new Set([...e.rulesRemoved, target.name])] };
    });
    return privateReply([t.removedRule(target.name, target.match)], { title: t.removedRuleTitle });
  };

  const feeds: Handler = async (req, lang = 'en') => {
    const t = ADMIN_REPLIES[lang];
    const [actionArg, urlArg, ...nameWords] = req.args;
    const action = actionArg?.toLowerCase() ?? 'list';
    const usage = t.feedsUsage(prefix(req));
    const current = effectiveFeeds(config, await stores.adminEdits.get());
    if (action === 'list') {
      const states = await stores.feedState.all();
      const lines = current.map((f) => {
        const st = states.get(f.url);
        const health = !st?.lastPollAt
          ? t.notPolled
          : st.failing
            ? t.failing(t.failures(st.failures), redactUrlsIn(st.lastError ?? t.unknownError))
            : st.failures
              ? t.recentFailures(t.failures(st.failures), redactUrlsIn(st.lastError ?? t.unknownError))
              : t.okPolled(formatTime(st.lastPollAt, undefined, lang));
        // Feed URLs are shown with secrets redacted (`?apikey=[redacted]`); `feeds remove` accepts that form too.
        return `${f.name} — ${displayUrl(f.url)} — ${health}`;
      });
      return privateReply(lines.length ? lines.slice(0, SHOW_MAX) : [t.noFeeds], {
        title: t.feedsTitle(current.length),
        footer: lines.length > SHOW_MAX ? t.showing(SHOW_MAX, lines.length) : undefined,
      });
    }
    if (!['add', 'remove', 'test'].includes(action)) return usageError(t.unknownAction(actionArg ?? ''), usage);
    const typed = cleanUrl(urlArg ?? '');
    if (!typed) return usageError(t.giveUrl(actionWord(action, lang)), usage);
    const shown = displayUrl(typed);

    if (action === 'remove') {
      const redactedMatches = current.filter((f) => displayUrl(f.url) === typed);
      const feed = current.find((f) => f.url === typed) ?? (redactedMatches.length === 1 ? redactedMatches[0] : undefined);
      if (!feed) return usageError(t.notFollowing(shown, prefix(req)));
      const url = feed.url;
      await stores.adminEdits.update((e) => ({
        ...e,
        feedsAdded: e.feedsAdded.filter((f) => f.url !== url),
        feedsRemoved: config.feeds.some((f) => f.url === url) ? [...new Set([...e.feedsRemoved, url])] : e.feedsRemoved,
      }));
      return privateReply([t.removedFeed(feed.name, displayUrl(url))], { title: t.removedFeedTitle });
    }
    const url = typed;

    // The same feed however the URL is written (host case, default port, 2130706433 or 0x7f000001 for 127.0.0.1).
    const same = action === 'add' ? current.find((f) => feedUrlKey(f.url) === feedUrlKey(url)) : undefined;
    if (same) return privateReply([same.url === url ? t.alreadyFollowing(shown) : t.alreadyFollowingAs(shown, displayUrl(same.url), same.name)]);
    // The address check comes first: a refused URL is never contacted.
    const allowed = await checkUrlAllowed(url, config.fetch.allowPrivateHosts, deps.resolveAll);
    if (!allowed.ok) return usageError(t.refused(shown, allowed.error));
    const { report, items } = await deps.testFeed(url, config.fetch);
    if (report.status === 'error') {
      return { ephemeral: true, error: true, title: action === 'add' ? t.feedNotAdded : t.feedTestFailed, lines: [{ text: `${shown}: ${redactUrlsIn(report.error ?? t.unreadable)}` }] };
    }
    const matching = await matchingItems(items);
    const summary = t.matchSummary(items.length, matching.length);
    const examples = matching.slice(0, 3).map((it) => ({ text: `• ${it.title}`, url: it.link }));
    if (action === 'test') return { ephemeral: true, title: t.feedOk, lines: [{ text: `${shown}: ${summary}` }, ...examples] };

    const name = nameWords.join(' ').trim() || new URL(url).hostname;
    await stores.adminEdits.update((e) => ({
      ...e,
      feedsAdded: [...e.feedsAdded.filter((f) => f.url !== url), { url, name }],
      feedsRemoved: e.feedsRemoved.filter((u) => u !== url),
    }));
    return {
      ephemeral: true,
      title: t.feedAddedTitle,
      lines: [{ text: t.feedAdded(name, shown, summary) }, ...examples],
    };
  };

  /** Items of a tested feed that the keyword rules in force (admin edits included) would let through. */
  async function matchingItems<T extends { title: string; summary?: string; content?: string }>(items: T[]): Promise<T[]> {
    if (!items.length) return [];
    try {
      const profile = compileProfile(effectiveKeywords(config, await stores.adminEdits.get()));
      return items.filter((it) => matchText(profile, it).relevant);
    } catch {
      return []; // a rule set that does not compile matches nothing
    }
  }

  const status: Handler = async (req, lang = 'en') => {
    const t = ADMIN_REPLIES[lang];
    const current = effectiveFeeds(config, await stores.adminEdits.get());
    const states = await stores.feedState.all();
    const failing = current.filter((f) => states.get(f.url)?.failing);
    const erroring = current.filter((f) => !states.get(f.url)?.failing && (states.get(f.url)?.failures ?? 0) > 0);
    const polled = current.map((f) => states.get(f.url)?.lastPollAt).filter((x): x is string => !!x).sort();
    const lines = [
      t.statusFeeds(current.length, failing.length, erroring.length, polled.length ? formatTime(polled[polled.length - 1]!, undefined, lang) : t.never),
      ...failing.slice(0, 10).map((f) => {
        const st = states.get(f.url)!;
        return t.statusFailing(f.name, displayUrl(f.url), st.failures, redactUrlsIn(st.lastError ?? t.unknownError), st.lastOkAt ? t.lastOk(formatTime(st.lastOkAt, undefined, lang)) : '');
      }),
    ];
    if (deps.queues) {
      for (const q of deps.queues.all()) {
        try {
          const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
          const depth = (c.waiting ?? 0) + (c.prioritized ?? 0);
          lines.push(t.queue(q.name, depth, c.active ?? 0, c.delayed ?? 0, c.failed ?? 0));
        } catch (e) {
          lines.push(t.queueUnavailable(q.name, (e as Error)?.message ?? String(e)));
        }
      }
    } else {
      lines.push(t.noQueues);
    }
    const subs = await stores.subscriptions.list();
    const paused = subs.filter((s) => s.paused);
    lines.push(t.subscriptions(subs.length, subs.filter((s) => !s.paused && s.mode === 'instant').length, subs.filter((s) => !s.paused && s.mode === 'digest').length, paused.length));
    for (const s of paused.slice(0, 10)) lines.push(`${t.paused(s.id, s.paused!.reason)} — ${lang === 'es' ? 'reanudar' : 'resume'}: ${prefix(req)} subscriptions resume ${s.id}`);
    return privateReply(lines, { title: t.statusTitle });
  };

  /**
   * `subscriptions list` shows every subscription (webhook ones included, which no channel command reaches);
   * `subscriptions resume <id>` lifts a pause once its cause is fixed. A cause not fixed pauses it again at
   * the next delivery, with a new admin alert.
   */
  const subscriptions: Handler = async (req) => {
    const [actionArg, idArg] = req.args;
    const action = actionArg?.toLowerCase() ?? 'list';
    const usage = `${prefix(req)} subscriptions list | resume <id>, e.g. ${prefix(req)} subscriptions resume discord-webhook-1`;
    const fromConfig = new Set(configuredSubscriptions(config).map((s) => s.id));
    if (action === 'list') {
      const subs = (await stores.subscriptions.list()).sort((a, b) => Number(!!b.paused) - Number(!!a.paused) || a.id.localeCompare(b.id));
      const paused = subs.filter((s) => s.paused).length;
      return privateReply(subs.length ? subs.slice(0, SHOW_MAX).map((s) => describeSubscription(s, fromConfig.has(s.id))) : ['No subscriptions.'], {
        title: `Subscriptions (${subs.length}, ${paused} paused)`,
        footer: subs.length > SHOW_MAX ? `Showing ${SHOW_MAX} of ${subs.length}, paused first.` : paused ? `Resume one with ${prefix(req)} subscriptions resume <id>.` : undefined,
      });
    }
    if (action !== 'resume') return usageError(`Unknown action "${actionArg}".`, usage);
    const id = idArg?.trim();
    if (!id) return usageError('Give the id of the subscription to resume.', usage);
    const sub = await stores.subscriptions.get(id);
    if (!sub) return usageError(`No subscription "${id}". See ${prefix(req)} subscriptions list.`);
    if (!sub.paused) return privateReply([`${id} is not paused: it is delivering.`]);
    const { paused, ...resumed } = sub;
    await stores.subscriptions.put(resumed);
    deps.logger.info({ subscription: id, by: req.userId, platform: req.platform, wasPaused: paused.reason }, 'subscription resumed');
    return privateReply(
      [
        `Resumed ${id} (${sub.platform} ${subscriptionTarget(sub)}), paused since ${formatTime(paused.at)}: ${paused.reason}.`,
        'New alerts and digests are delivered from now on; those skipped while it was paused are not sent. If the cause is not fixed, the next delivery pauses it again.',
      ],
      { title: 'Subscription resumed' },
    );
  };

  return { keywords, feeds, status, subscriptions };
}
