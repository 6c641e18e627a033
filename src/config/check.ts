/**
 * Checks of a configuration that the schema cannot make field by field: keyword rules' syntax, names
 * that must refer to rules that exist, feeds listed twice, and `env:NAME` secrets that are not set.
 * Every problem names the file and line it came from and the field.
 */
import { ConfigError, loadConfigSources, whereIs, type Source } from './load';
import type { Config } from './schema';
import { checkRules } from './check-rules';

type Where = (path: ReadonlyArray<PropertyKey>) => string;

function fieldPath(p: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const part of p) s += typeof part === 'number' ? `[${part}]` : s ? `.${String(part)}` : String(part);
  return s;
}

/** The same feed however its URL is written: the WHATWG parser folds host case, default ports and IPv4 forms (2130706433, 0x7f000001 → 127.0.0.1). */
export function feedUrlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Rule names referenced by subscriptions exist; feeds are listed once. */
export function checkReferences(config: Config, where: Where = () => 'config'): void {
  const problems: string[] = [];
  const at = (p: ReadonlyArray<PropertyKey>, msg: string) => problems.push(`${where(p)}: ${fieldPath(p)}: ${msg}`);
  const ruleNames = config.keywords.rules.map((r) => r.name);
  const known = (list: string[]) => (list.length ? list.map((n) => JSON.stringify(n)).join(', ') : 'none');
  const removable = new Set([...ruleNames, ...config.keywords.rules.map((r) => r.match.trim()), ...config.keywords.exclude.map((q) => q.trim())]);

  config.subscriptions.forEach((s, i) => {
    const removed = new Set<string>();
    (s.keywords?.remove ?? []).forEach((name, j) => {
      removed.add(name);
      if (!removable.has(name.trim())) at(['subscriptions', i, 'keywords', 'remove', j], `no keyword rule is named ${JSON.stringify(name)} (rule names: ${known(ruleNames)}; an exact rule or exclusion query also works)`);
    });
    const usable = new Set([...ruleNames.filter((n) => !removed.has(n)), ...(s.keywords?.add ?? [])]);
    (s.mention?.rules ?? []).forEach((name, j) => {
      // Rules added at run time by `/border keywords add` are named admin-1, admin-2, …
      if (usable.has(name) || /^admin-\d+$/.test(name)) return;
      const why = removed.has(name) ? 'this subscription removes that rule in keywords.remove' : `no keyword rule is named ${JSON.stringify(name)}`;
      at(['subscriptions', i, 'mention', 'rules', j], `${why} (rule names: ${known([...usable])})`);
    });
  });

  const firstAt = new Map<string, number>();
  config.feeds.forEach((f, i) => {
    const key = feedUrlKey(f.url);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else at(['feeds', i, 'url'], `the same feed as feeds[${first}] (${where(['feeds', first, 'url'])}): ${JSON.stringify(f.url)}; list each feed once`);
  });
  if (problems.length) throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}

/** Every `env:NAME` the configuration uses (subscription and admin-alert webhooks) is set in the environment. */
export function checkEnvRefs(config: Config, env: NodeJS.ProcessEnv, where: Where = () => 'config'): void {
  const problems: string[] = [];
  const check = (p: ReadonlyArray<PropertyKey>, ref: string | undefined) => {
    if (!ref?.startsWith('env:')) return;
    const name = ref.slice(4);
    if (!env[name]?.trim()) problems.push(`${where(p)}: ${fieldPath(p)}: ${ref}: the environment variable ${name} is not set (set it in the environment or .env)`);
  };
  config.subscriptions.forEach((s, i) => check(['subscriptions', i, 'webhook'], s.webhook));
  check(['adminAlerts', 'webhook'], config.adminAlerts?.webhook);
  if (problems.length) throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}

/**
 * Load config/default.yaml with FILE merged over it and run every check: schema, keyword rule syntax,
 * rule-name references, duplicate feeds, and (when `env` is given) `env:NAME` secrets. Throws ConfigError.
 */
export function loadCheckedConfig(file: string | undefined, opts: { env?: NodeJS.ProcessEnv; defaultsPath?: string; snapshotPath?: string } = {}): Config {
  const { config, sources } = loadConfigSources(file, { defaultsPath: opts.defaultsPath, snapshotPath: opts.snapshotPath });
  const where = (p: ReadonlyArray<PropertyKey>) => whereIs(sources as Source[], p);
  checkRules(config, where, sources[0]?.checkedQueries);
  checkReferences(config, where);
  if (opts.env) checkEnvRefs(config, opts.env, where);
  return config;
}
