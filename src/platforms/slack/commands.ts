/**
 * Slack `/border …` requests → the neutral command model: parse the text, decide who is an admin.
 */
import type { WebClient } from '@slack/web-api';
import type { CommandName } from '../../commands/types';

export const SLASH_COMMAND = '/border';

const COMMAND_NAMES: ReadonlySet<CommandName> = new Set(['latest', 'stories', 'subscribe', 'unsubscribe', 'keywords', 'feeds', 'status', 'help']);

/** One line of usage per command, shown by `help` and after a usage error. */
export const SLASH_USAGE: ReadonlyArray<string> = [
  '/border latest [metric] [by component|demographic|citizenship|sector]: official numbers and latest key figures (e.g. /border latest encounters by citizenship)',
  '/border stories [query]: recent stories (e.g. /border stories caravan)',
  '/border subscribe instant | digest ["<cron>" or 08:00] [timezone]: deliver to this channel (e.g. /border subscribe digest "0 8 * * *" America/Chicago)',
  '/border unsubscribe: stop deliveries to this channel',
  '/border keywords list | add <rule> | remove <rule>: keyword rules (admins)',
  '/border feeds list | add <url> [name] | remove <url> | test <url>: feeds (admins)',
  '/border status: feed and queue health (admins)',
  '/border help: this list',
];

export type ParsedSlash = { name: CommandName; args: string[] } | { error: string };

/**
 * Parse the text after `/border`. Double quotes (straight or curly) group words: `subscribe digest "0 8 * * *" America/Chicago`.
 * Slack's own markup is undone first: `<https://x|label>` → `https://x`, `&lt;` `&gt;` `&amp;` → `<` `>` `&`.
 * Empty text means `help`.
 */
export function parseSlashText(text: string): ParsedSlash {
  const tokens = tokenize(unescapeSlackText(text));
  if ('error' in tokens) return tokens;
  const [first, ...args] = tokens.words;
  if (first === undefined) return { name: 'help', args: [] };
  const name = first.toLowerCase();
  if (!COMMAND_NAMES.has(name as CommandName)) return { error: `Unknown command "${first}".` };
  return { name: name as CommandName, args };
}

/** Undo Slack's escaping of slash-command text (links in angle brackets, HTML entities). */
export function unescapeSlackText(text: string): string {
  const unwrapped = text.replace(/<([^<>]*)>/g, (_match, inner: string) => {
    const [target = '', label] = inner.split('|');
    if (/^https?:\/\//i.test(target) || /^mailto:/i.test(target)) return target;
    // Channel, user and group mentions: keep the label when there is one, else the raw reference.
    return label ?? `<${target}>`;
  });
  return unwrapped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const OPEN_QUOTES = new Set(['"', '\u201c', '\u201e']);
const CLOSE_QUOTE: Record<string, string[]> = { '"': ['"'], '\u201c': ['\u201d', '"'], '\u201e': ['\u201c', '\u201d', '"'] };

function tokenize(text: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (OPEN_QUOTES.has(ch)) {
      const closers = CLOSE_QUOTE[ch] ?? ['"'];
      let j = i + 1;
      while (j < text.length && !closers.includes(text[j] as string)) j += 1;
      if (j >= text.length) return { error: 'Unclosed quote.' };
      words.push(text.slice(i + 1, j));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j] as string) && !OPEN_QUOTES.has(text[j] as string)) j += 1;
    words.push(text.slice(i, j));
    i = j;
  }
  return { words };
}

/** users.info fields that make someone a workspace admin. */
interface SlackUserFlags {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

/**
 * True for configured admin ids and for workspace admins/owners (`users.info`, scope users:read).
 * Fails closed: any API error means "not an admin".
 */
export async function isSlackAdmin(client: WebClient, userId: string, adminUserIds: ReadonlyArray<string>): Promise<boolean> {
  if (adminUserIds.includes(userId)) return true;
  try {
    const result = await client.users.info({ user: userId });
    const user = result.user as SlackUserFlags | undefined;
    return result.ok === true && !!(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false;
  }
}
