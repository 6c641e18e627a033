/** The help text of the slash commands: one source for `/border help` and every usage error, on both platforms. */
import type { CommandRequest } from './types';

/** Where the admin commands live: `/border-admin` on Discord (its own command, Manage Server), `/border` on Slack. */
export function adminCommand(platform: CommandRequest['platform']): string {
  return platform === 'discord' ? '/border-admin' : '/border';
}

/** Usage of every command, per platform (Discord's admin commands live under `/border-admin`). */
export function usageLines(platform: CommandRequest['platform']): string[] {
  const admin = adminCommand(platform);
  return [
    '/border latest [metric] — newest key figures, e.g. /border latest encounters',
    '/border stories [query] — recent stories, e.g. /border stories caravan',
    '/border subscribe [instant|digest] [schedule] [timezone] — deliver to this channel, e.g. /border subscribe digest "0 8 * * *" America/Chicago',
    '/border unsubscribe — stop deliveries to this channel',
    `Admins: ${admin} keywords list [page]|add <rule>|remove <rule>`,
    `Admins: ${admin} feeds list|add <url> [name]|remove <url>|test <url>`,
    `Admins: ${admin} status — feeds, queues and subscriptions`,
    '/border help — this list',
  ];
}

