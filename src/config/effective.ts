import type { Config, FeedConfig, KeywordsConfig } from './schema';
import type { AdminEdits } from '../store/types';

/** Feeds in force: the config file's, minus those admins removed, plus those admins added. */
export function effectiveFeeds(config: Config, edits: AdminEdits): FeedConfig[] {
  const removed = new Set(edits.feedsRemoved);
  const out: FeedConfig[] = config.feeds.filter((f) => !removed.has(f.url));
  const have = new Set(out.map((f) => f.url));
  for (const f of edits.feedsAdded) {
    if (!removed.has(f.url) && !have.has(f.url)) {
      out.push({ ...f });
      have.add(f.url);
    }
  }
  return out;
}

/** Global keyword profile in force: config rules minus removed (by name or query), plus added queries. */
export function effectiveKeywords(config: Config, edits: AdminEdits): KeywordsConfig {
  const removed = new Set(edits.rulesRemoved);
  const rules = config.keywords.rules.filter((r) => !removed.has(r.name) && !removed.has(r.match));
  edits.rulesAdded.forEach((match, i) => {
    if (!removed.has(match)) rules.push({ name: `admin-${i + 1}`, match });
  });
  return { rules, exclude: [...config.keywords.exclude], beatFloor: config.keywords.beatFloor };
}
