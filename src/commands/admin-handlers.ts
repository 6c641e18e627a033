/**
 * Admin commands: `keywords list|add|remove`, `feeds list|add|remove|test`, `status`. The caller
 * (createCommandHandler) has already refused non-admins. Edits go to the AdminEditsStore, applied on
 * top of the config file by config/effective.ts.
 */
import { feedUrlKey } from '../config/check';
import { effectiveFeeds, effectiveKeywords } from '../config/effective';
import { checkUrlAllowed } from '../feeds';
import { compileProfile, matchText, validateRule } from '../relevance';
import { formatTime } from '../digest/compose';
import type { CommandDeps, FeedTester } from './handlers';
import type { CommandReply, CommandRequest } from './types';
import { privateReply, usageError } from './reply';
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

export function createAdminHandlers(deps: CommandDeps & { testFeed: FeedTester }): { keywords: Handler; feeds: Handler; status: Handler } {
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
            ? t.failing(t.failures(st.failures), st.lastError ?? t.unknownError)
            : st.failures
              ? t.recentFailures(t.failures(st.failures), st.lastError ?? t.unknownError)
              : t.okPolled(formatTime(st.lastPollAt, undefined, lang));
        return `${f.name} — ${f.url} — ${health}`;
      });
      return privateReply(lines.length ? lines.slice(0, SHOW_MAX) : [t.noFeeds], {
        title: t.feedsTitle(current.length),
        footer: lines.length > SHOW_MAX ? t.showing(SHOW_MAX, lines.length) : undefined,
      });
    }
    if (!['add', 'remove', 'test'].includes(action)) return usageError(t.unknownAction(actionArg ?? ''), usage);
    const url = cleanUrl(urlArg ?? '');
    if (!url) return usageError(t.giveUrl(actionWord(action, lang)), usage);

    if (action === 'remove') {
      const feed = current.find((f) => f.url === url);
      if (!feed) return usageError(t.notFollowing(url, prefix(req)));
      await stores.adminEdits.update((e) => ({
        ...e,
        feedsAdded: e.feedsAdded.filter((f) => f.url !== url),
        feedsRemoved: config.feeds.some((f) => f.url === url) ? [...new Set([...e.feedsRemoved, url])] : e.feedsRemoved,
      }));
      return privateReply([t.removedFeed(feed.name, url)], { title: t.removedFeedTitle });
    }

    // The same feed however the URL is written (host case, default port, 2130706433 or 0x7f000001 for 127.0.0.1).
    const same = action === 'add' ? current.find((f) => feedUrlKey(f.url) === feedUrlKey(url)) : undefined;
    if (same) return privateReply([same.url === url ? t.alreadyFollowing(url) : t.alreadyFollowingAs(url, same.url, same.name)]);
    // The address check comes first: a refused URL is never contacted.
    const allowed = await checkUrlAllowed(url, config.fetch.allowPrivateHosts, deps.resolveAll);
    if (!allowed.ok) return usageError(t.refused(url, allowed.error));
    const { report, items } = await deps.testFeed(url, config.fetch);
    if (report.status === 'error') {
      return { ephemeral: true, error: true, title: action === 'add' ? t.feedNotAdded : t.feedTestFailed, lines: [{ text: `${url}: ${report.error ?? t.unreadable}` }] };
    }
    const matching = await matchingItems(items);
    const summary = t.matchSummary(items.length, matching.length);
    const examples = matching.slice(0, 3).map((it) => ({ text: `• ${it.title}`, url: it.link }));
    if (action === 'test') return { ephemeral: true, title: t.feedOk, lines: [{ text: `${url}: ${summary}` }, ...examples] };

    const name = nameWords.join(' ').trim() || new URL(url).hostname;
    await stores.adminEdits.update((e) => ({
      ...e,
      feedsAdded: [...e.feedsAdded.filter((f) => f.url !== url), { url, name }],
      feedsRemoved: e.feedsRemoved.filter((u) => u !== url),
    }));
    return {
      ephemeral: true,
      title: t.feedAddedTitle,
      lines: [{ text: t.feedAdded(name, url, summary) }, ...examples],
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

  const status: Handler = async (_req, lang = 'en') => {
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
        return t.statusFailing(f.name, f.url, st.failures, st.lastError ?? t.unknownError, st.lastOkAt ? t.lastOk(formatTime(st.lastOkAt, undefined, lang)) : '');
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
    for (const s of paused.slice(0, 10)) lines.push(t.paused(s.id, s.paused!.reason));
    return privateReply(lines, { title: t.statusTitle });
  };

  return { keywords, feeds, status };
}
