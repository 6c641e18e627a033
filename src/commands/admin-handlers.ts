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

type Handler = (req: CommandRequest) => Promise<CommandReply>;

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

  const keywords: Handler = async (req) => {
    const [actionArg, ...rest] = req.args;
    const action = actionArg?.toLowerCase() ?? 'list';
    const usage = `${prefix(req)} keywords list [page] | add <rule> | remove <rule or name>, e.g. ${prefix(req)} keywords add "border wall" OR muro`;
    if (action === 'list') {
      const kw = effectiveKeywords(config, await stores.adminEdits.get());
      const lines = [...kw.rules.map((r) => `${r.name}: ${r.match}`), ...kw.exclude.map((q) => `exclude: ${q}`)];
      if (!lines.length) return privateReply(['No keyword rules: nothing will match.'], { title: 'Keyword rules (0)' });
      // Every rule, page by page: a page holds whole rules and fits one Discord embed or Slack reply.
      const pages = pageLines(lines, PAGE_CHARS);
      const asked = rest[0] === undefined ? 1 : Number(rest[0]);
      if (!Number.isInteger(asked) || asked < 1 || asked > pages.length) return usageError(`There ${pages.length === 1 ? 'is 1 page' : `are ${pages.length} pages`} of keyword rules; "${rest[0]}" is not one of them.`, usage);
      const next = asked < pages.length ? ` — next: ${prefix(req)} keywords list ${req.platform === 'discord' ? `page:${asked + 1}` : asked + 1}` : '';
      return privateReply(pages[asked - 1]!, {
        title: `Keyword rules (${kw.rules.length})`,
        footer: pages.length > 1 ? `Page ${asked} of ${pages.length}${next}` : undefined,
      });
    }
    if (action !== 'add' && action !== 'remove') return usageError(`Unknown action "${actionArg}".`, usage);
    const rule = ruleFromArgs(rest, req.platform);
    if (!rule) return usageError(`Give the rule to ${action}.`, usage);
    const kw = effectiveKeywords(config, await stores.adminEdits.get());

    if (action === 'add') {
      const valid = validateRule(rule);
      if (!valid.ok) return usageError(`Not added: ${rule} — error at ${valid.error}.`, usage);
      if (kw.rules.some((r) => r.match === rule)) return privateReply([`Already a rule: ${rule}`]);
      await stores.adminEdits.update((e) => ({
        ...e,
        rulesAdded: e.rulesAdded.includes(rule) ? e.rulesAdded : [...e.rulesAdded, rule],
        rulesRemoved: e.rulesRemoved.filter((r) => r !== rule),
      }));
      return privateReply([`Added rule: ${rule}`, 'It applies from the next poll.'], { title: 'Keyword rule added' });
    }

    // Leniently, the words as typed without their quotes name the rule too.
    const plain = straightQuotes(rest.join(' ')).trim();
    const target = kw.rules.find((r) => r.name === rule || r.match === rule) ?? kw.rules.find((r) => r.name === plain || r.match === plain);
    if (!target) return usageError(`No rule named or reading: ${rule}`, `See ${prefix(req)} keywords list.`);
    await stores.adminEdits.update((e) => {
      // A rule added by command is dropped from the additions; a config-file rule is listed as removed.
      if (e.rulesAdded.includes(target.match)) return { ...e, rulesAdded: e.rulesAdded.filter((r) => r !== target.match) };
      return { ...e, rulesRemoved: [...new Set([...e.rulesRemoved, target.name])] };
    });
    return privateReply([`Removed rule ${target.name}: ${target.match}`], { title: 'Keyword rule removed' });
  };

  const feeds: Handler = async (req) => {
    const [actionArg, urlArg, ...nameWords] = req.args;
    const action = actionArg?.toLowerCase() ?? 'list';
    const usage = `${prefix(req)} feeds list | add <url> [name] | remove <url> | test <url>`;
    const current = effectiveFeeds(config, await stores.adminEdits.get());
    if (action === 'list') {
      const states = await stores.feedState.all();
      const lines = current.map((f) => {
        const st = states.get(f.url);
        const failures = (n: number) => `${n} ${n === 1 ? 'failure' : 'failures'}`;
        const health = !st?.lastPollAt
          ? 'not polled yet'
          : st.failing
            ? `FAILING (${failures(st.failures)}: ${st.lastError ?? 'unknown error'})`
            : st.failures
              ? `${failures(st.failures)} in a row, last: ${st.lastError ?? 'unknown error'}`
              : `ok, polled ${formatTime(st.lastPollAt)}`;
        return `${f.name} — ${f.url} — ${health}`;
      });
      return privateReply(lines.length ? lines.slice(0, SHOW_MAX) : ['No feeds.'], {
        title: `Feeds (${current.length})`,
        footer: lines.length > SHOW_MAX ? `Showing ${SHOW_MAX} of ${lines.length}.` : undefined,
      });
    }
    if (!['add', 'remove', 'test'].includes(action)) return usageError(`Unknown action "${actionArg}".`, usage);
    const url = cleanUrl(urlArg ?? '');
    if (!url) return usageError(`Give the feed URL to ${action}.`, usage);

    if (action === 'remove') {
      const feed = current.find((f) => f.url === url);
      if (!feed) return usageError(`Not following ${url}. See ${prefix(req)} feeds list.`);
      await stores.adminEdits.update((e) => ({
        ...e,
        feedsAdded: e.feedsAdded.filter((f) => f.url !== url),
        feedsRemoved: config.feeds.some((f) => f.url === url) ? [...new Set([...e.feedsRemoved, url])] : e.feedsRemoved,
      }));
      return privateReply([`Removed feed "${feed.name}" (${url}).`], { title: 'Feed removed' });
    }

    // The same feed however the URL is written (host case, default port, 2130706433 or 0x7f000001 for 127.0.0.1).
    const same = action === 'add' ? current.find((f) => feedUrlKey(f.url) === feedUrlKey(url)) : undefined;
    if (same) return privateReply([same.url === url ? `Already following ${url}.` : `Already following ${url} as ${same.url} ("${same.name}").`]);
    // The address check comes first: a refused URL is never contacted.
    const allowed = await checkUrlAllowed(url, config.fetch.allowPrivateHosts, deps.resolveAll);
    if (!allowed.ok) return usageError(`Refused ${url}: ${allowed.error}. Feeds must be public http(s) URLs.`);
    const { report, items } = await deps.testFeed(url, config.fetch);
    if (report.status === 'error') {
      return { ephemeral: true, error: true, title: action === 'add' ? 'Feed not added' : 'Feed test failed', lines: [{ text: `${url}: ${report.error ?? 'the feed could not be read'}` }] };
    }
    const matching = await matchingItems(items);
    const summary = `${items.length} items, ${matching.length} matching the keyword rules.`;
    const examples = matching.slice(0, 3).map((it) => ({ text: `• ${it.title}`, url: it.link }));
    if (action === 'test') return { ephemeral: true, title: 'Feed OK', lines: [{ text: `${url}: ${summary}` }, ...examples] };

    const name = nameWords.join(' ').trim() || new URL(url).hostname;
    await stores.adminEdits.update((e) => ({
      ...e,
      feedsAdded: [...e.feedsAdded.filter((f) => f.url !== url), { url, name }],
      feedsRemoved: e.feedsRemoved.filter((u) => u !== url),
    }));
    return {
      ephemeral: true,
      title: 'Feed added',
      lines: [{ text: `Added "${name}" (${url}): ${summary} Items already listed are not posted; new ones are, from the next poll.` }, ...examples],
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

  const status: Handler = async () => {
    const current = effectiveFeeds(config, await stores.adminEdits.get());
    const states = await stores.feedState.all();
    const failing = current.filter((f) => states.get(f.url)?.failing);
    const erroring = current.filter((f) => !states.get(f.url)?.failing && (states.get(f.url)?.failures ?? 0) > 0);
    const polled = current.map((f) => states.get(f.url)?.lastPollAt).filter((x): x is string => !!x).sort();
    const lines = [
      `Feeds: ${current.length}, failing: ${failing.length}, with recent errors: ${erroring.length}, last poll: ${polled.length ? formatTime(polled[polled.length - 1]!) : 'never'}`,
      ...failing.slice(0, 10).map((f) => {
        const st = states.get(f.url)!;
        return `Failing: ${f.name} (${f.url}): ${st.failures} failures, last error: ${st.lastError ?? 'unknown'}${st.lastOkAt ? `, last ok ${formatTime(st.lastOkAt)}` : ''}`;
      }),
    ];
    if (deps.queues) {
      for (const q of deps.queues.all()) {
        try {
          const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
          const depth = (c.waiting ?? 0) + (c.prioritized ?? 0);
          lines.push(`Queue ${q.name}: ${depth} waiting, ${c.active ?? 0} active, ${c.delayed ?? 0} delayed, ${c.failed ?? 0} failed`);
        } catch (e) {
          lines.push(`Queue ${q.name}: unavailable (${(e as Error)?.message ?? String(e)})`);
        }
      }
    } else {
      lines.push('Queues: not running in this process.');
    }
    const subs = await stores.subscriptions.list();
    const paused = subs.filter((s) => s.paused);
    lines.push(`Subscriptions: ${subs.length} (${subs.filter((s) => !s.paused && s.mode === 'instant').length} instant, ${subs.filter((s) => !s.paused && s.mode === 'digest').length} digest, ${paused.length} paused)`);
    for (const s of paused.slice(0, 10)) lines.push(`Paused: ${s.id}: ${s.paused!.reason}`);
    return privateReply(lines, { title: 'borderwatch status' });
  };

  return { keywords, feeds, status };
}
