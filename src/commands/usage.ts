/**
 * The help text of the slash commands, in English and Spanish: one source for `/border help` and every
 * usage error, on both platforms; and the Spanish names of the subcommands (`/border cifras`, …).
 */
import type { Lang } from '../model';
import type { CommandName, CommandRequest } from './types';

/** Where the admin commands live: `/border-admin` on Discord (its own command, Manage Server), `/border` on Slack. */
export function adminCommand(platform: CommandRequest['platform']): string {
  return platform === 'discord' ? '/border-admin' : '/border';
}

/** Spanish subcommand names (Slack words; Discord shows them to Spanish-language clients) → the command. */
export const SPANISH_COMMANDS: Readonly<Record<string, CommandName>> = {
  cifras: 'latest',
  noticias: 'stories',
  suscribir: 'subscribe',
  cancelar: 'unsubscribe',
  claves: 'keywords',
  fuentes: 'feeds',
  estado: 'status',
  suscripciones: 'subscriptions',
  ayuda: 'help',
};

/** Spanish action words of `keywords` and `feeds` (listar, agregar, quitar, probar). */
export const SPANISH_ACTIONS: Readonly<Record<string, string>> = {
  listar: 'list',
  lista: 'list',
  agregar: 'add',
  'añadir': 'add',
  anadir: 'add',
  quitar: 'remove',
  eliminar: 'remove',
  probar: 'test',
  reanudar: 'resume',
};

/** The Spanish name of a command (for usage lines), the English one otherwise. */
export function commandWord(name: CommandName, lang: Lang): string {
  if (lang === 'en') return name;
  return Object.entries(SPANISH_COMMANDS).find(([, n]) => n === name)?.[0] ?? name;
}

/** Usage of every command, per platform (Discord's admin commands live under `/border-admin`) and language. */
export function usageLines(platform: CommandRequest['platform'], lang: Lang = 'en'): string[] {
  const admin = adminCommand(platform);
  if (lang === 'es') {
    return [
      '/border cifras [métrica] [by component|demographic|citizenship|sector] — cifras oficiales y las últimas cifras clave, p. ej. /border cifras encounters by citizenship',
      '/border noticias [consulta] — noticias recientes, p. ej. /border noticias caravana',
      '/border suscribir [instant|digest] [horario] [zona horaria] — enviar a este canal, p. ej. /border suscribir digest "0 8 * * *" America/Mexico_City',
      '/border cancelar — dejar de enviar a este canal',
      `Admins: ${admin} claves listar [página]|agregar <regla>|quitar <regla>`,
      `Admins: ${admin} fuentes listar|agregar <url> [nombre]|quitar <url>|probar <url>`,
      `Admins: ${admin} estado — fuentes, colas y suscripciones`,
      `Admins: ${admin} suscripciones listar|reanudar <id> — todas las suscripciones; reanudar una pausada`,
      '/border ayuda — esta lista (los nombres en inglés también valen: latest, stories, subscribe…)',
    ];
  }
  return [
    '/border latest [metric] [by component|demographic|citizenship|sector] — official numbers and newest key figures, e.g. /border latest encounters by citizenship',
    '/border stories [query] — recent stories, e.g. /border stories caravan',
    '/border subscribe [instant|digest] [schedule] [timezone] — deliver to this channel, e.g. /border subscribe digest "0 8 * * *" America/Chicago',
    '/border unsubscribe — stop deliveries to this channel',
    `Admins: ${admin} keywords list [page]|add <rule>|remove <rule>`,
    `Admins: ${admin} feeds list|add <url> [name]|remove <url>|test <url>`,
    `Admins: ${admin} status — feeds, queues and subscriptions`,
    `Admins: ${admin} subscriptions list|resume <id> — every subscription; resume a paused one`,
    '/border help — this list',
  ];
}
