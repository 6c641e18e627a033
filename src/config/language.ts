import type { Lang } from '../model';
import type { Config } from './schema';

/**
 * The language of a channel's fixed text: the subscription's own `language`, else its workspace's
 * (`defaults.workspaces[guild or team id]`), else `defaults.language`.
 */
export function channelLanguage(config: Pick<Config, 'defaults'>, sub?: { language?: Lang; workspace?: string }, workspace?: string): Lang {
  const ws = sub?.workspace ?? workspace;
  return sub?.language ?? (ws ? config.defaults.workspaces[ws] : undefined) ?? config.defaults.language;
}
