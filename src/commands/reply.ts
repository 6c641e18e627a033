/** Small builders of neutral command replies, shared by the handlers. */
import type { CommandReply } from './types';

/** A private reply (only the person who asked sees it). */
export function privateReply(lines: string[], extra: Partial<CommandReply> = {}): CommandReply {
  return { ephemeral: true, lines: lines.map((text) => ({ text })), ...extra };
}

/** A reply the whole channel sees (it changed the channel, or it shares news). */
export function publicReply(lines: Array<{ text: string; url?: string }>, extra: Partial<CommandReply> = {}): CommandReply {
  return { ephemeral: false, lines, ...extra };
}

/** A usage error: private, marked as an error, with the command's usage line(s). */
export function usageError(problem: string, ...usage: string[]): CommandReply {
  return { ephemeral: true, error: true, title: 'Usage', lines: [problem, ...usage].map((text) => ({ text })) };
}

/** A refusal or failure: private, marked as an error. */
export function errorReply(title: string, text: string): CommandReply {
  return { ephemeral: true, error: true, title, lines: [{ text }] };
}
