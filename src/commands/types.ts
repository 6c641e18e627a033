/**
 * Platform-neutral slash commands. Discord and Slack adapters parse their request into a
 * CommandRequest, call the handler, and render the CommandReply; neither knows the other.
 */
import type { Lang, Platform } from '../model';

export type CommandName = 'latest' | 'stories' | 'subscribe' | 'unsubscribe' | 'keywords' | 'feeds' | 'status' | 'subscriptions' | 'help';

export const ADMIN_COMMANDS: ReadonlySet<CommandName> = new Set(['keywords', 'feeds', 'status', 'subscriptions']);

export interface CommandRequest {
  platform: Platform;
  /** Channel the command was issued in. */
  channelId: string;
  /** Workspace (Slack team id) or server (Discord guild id), when known. */
  workspaceId?: string;
  userId: string;
  /** Decided by the adapter (Discord: Manage Server or configured id; Slack: admin/owner or configured id). */
  isAdmin: boolean;
  name: CommandName;
  /** Positional arguments after the command name, e.g. ["add", "https://…"] for `feeds add https://…`. */
  args: string[];
  /**
   * The language the person asked in, when the adapter knows it: a Spanish subcommand name (`/border cifras`)
   * or a Spanish Discord client. Replies are in it; otherwise in the channel's language.
   */
  lang?: Lang;
}

/** Plain text only: the platform renderer escapes it. */
export interface CommandReply {
  /** Shown only to the person who asked. */
  ephemeral: boolean;
  title?: string;
  lines: Array<{ text: string; url?: string }>;
  footer?: string;
  /** Usage error, refusal or failure. */
  error?: boolean;
  /** Files sent with the reply (a chart): Discord attaches them, Slack uploads them to the channel. */
  attachments?: ReplyAttachment[];
}

export interface ReplyAttachment {
  /** File name, e.g. "cbp-nationwide.southwest.all.png". */
  name: string;
  title: string;
  contentType: 'image/png';
  data: Buffer;
}

export type CommandHandler = (req: CommandRequest) => Promise<CommandReply>;
