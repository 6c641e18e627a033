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
  return { ephemeral: true, error: true, title: USAGE_TITLE.en, lines: [problem, ...usage].map((text) => ({ text })) };
}

/** The title of a usage error, per reply language (the command handler puts the reply's language in). */
export const USAGE_TITLE = { en: 'Usage', es: 'Uso' } as const;

/** A reply with its usage-error title in `lang`. */
export function inLanguage(reply: CommandReply, lang: keyof typeof USAGE_TITLE): CommandReply {
  return reply.error && reply.title === USAGE_TITLE.en && lang !== 'en' ? { ...reply, title: USAGE_TITLE[lang] } : reply;
}

/** A refusal or failure: private, marked as an error. */
export function errorReply(title: string, text: string): CommandReply {
  return { ephemeral: true, error: true, title, lines: [{ text }] };
}
