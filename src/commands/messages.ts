/** The fixed text of the everyone-commands' replies (latest, stories, subscribe, unsubscribe, help, refusals), per language. */
import type { Lang } from '../model';

export interface ReplyTexts {
  helpTitle: string;
  unknownCommand: (name: string) => string;
  notAllowedTitle: string;
  adminsOnly: (command: string, platform: 'discord' | 'slack') => string;
  failedTitle: string;
  failed: string;
  latestTitle: (metric?: string) => string;
  noFigures: (asked?: string) => string;
  revised: (value: string, source: string) => string;
  unchanged: (vs: string) => string;
  changed: (delta: string, vs: string, before: string) => string;
  storiesTitle: (query?: string) => string;
  noStories: (days: number, query?: string) => string;
  subscribeUsage: string;
  badField: (field: string, given: string, expected: string) => string;
  subscribedTitle: string;
  subscribed: (updated: boolean, what: string) => string;
  instantWhat: string;
  digestWhat: (schedule: string, timezone: string) => string;
  noSubscription: string;
  unsubscribedTitle: string;
  unsubscribed: string;
}

export const REPLIES: Record<Lang, ReplyTexts> = {
  en: {
    helpTitle: 'borderwatch commands',
    unknownCommand: (name) => `Unknown command "${name}".`,
    notAllowedTitle: 'Not allowed',
    adminsOnly: (command, platform) =>
      `${command} is for admins only (${platform === 'discord' ? 'members with Manage Server' : 'workspace admins and owners'}, or users listed in the config).`,
    failedTitle: 'Something went wrong',
    failed: 'The command failed; the error was logged. Please try again in a minute.',
    latestTitle: (metric) => (metric ? `Latest: ${metric}` : 'Latest numbers'),
    noFigures: (asked) => (asked ? `No figures for "${asked}" yet.` : 'No key figures yet.'),
    revised: (value, source) => ` [revised: also reported as ${value} by ${source}]`,
    unchanged: (vs) => ` (unchanged vs ${vs})`,
    changed: (delta, vs, before) => ` (${delta} vs ${vs}: ${before})`,
    storiesTitle: (query) => (query ? `Stories: ${query}` : 'Recent stories'),
    noStories: (days, query) => (query ? `No stories of the last ${days} days match "${query}".` : `No stories in the last ${days} days.`),
    subscribeUsage: 'Usage: /border subscribe instant, or /border subscribe digest "0 8 * * *" America/Chicago (schedule: cron or 08:00, mon-fri 07:30).',
    badField: (field, given, expected) => `Bad ${field}${given}: expected ${expected}.`,
    subscribedTitle: 'Subscribed',
    subscribed: (updated, what) => `${updated ? 'Updated: this' : 'This'} channel now gets ${what}.`,
    instantWhat: 'instant alerts for each new story',
    digestWhat: (schedule, timezone) => `a digest on "${schedule}" (${timezone})`,
    noSubscription: 'This channel has no subscription.',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribed: 'This channel is unsubscribed: no more alerts or digests here.',
  },
  es: {
    helpTitle: 'comandos de borderwatch',
    unknownCommand: (name) => `Comando desconocido "${name}".`,
    notAllowedTitle: 'No permitido',
    adminsOnly: (command, platform) =>
      `${command} es solo para administradores (${platform === 'discord' ? 'miembros con el permiso Gestionar servidor' : 'administradores y propietarios del espacio de trabajo'}, o usuarios indicados en la configuración).`,
    failedTitle: 'Algo salió mal',
    failed: 'El comando falló; el error quedó registrado. Inténtalo de nuevo en un minuto.',
    latestTitle: (metric) => (metric ? `Últimas cifras: ${metric}` : 'Últimas cifras'),
    noFigures: (asked) => (asked ? `Todavía no hay cifras de "${asked}".` : 'Todavía no hay cifras clave.'),
    revised: (value, source) => ` [revisada: ${source} también publicó ${value}]`,
    unchanged: (vs) => ` (sin cambio frente a ${vs})`,
    changed: (delta, vs, before) => ` (${delta} frente a ${vs}: ${before})`,
    storiesTitle: (query) => (query ? `Noticias: ${query}` : 'Noticias recientes'),
    noStories: (days, query) => (query ? `Ninguna noticia de los últimos ${days} días contiene "${query}".` : `Sin noticias en los últimos ${days} días.`),
    subscribeUsage:
      'Uso: /border suscribir instant, o /border suscribir digest "0 8 * * *" America/Mexico_City (horario: cron o 08:00, mon-fri 07:30).',
    badField: (field, given, expected) =>
      `${field === 'schedule' ? 'Horario no válido' : field === 'timezone' ? 'Zona horaria no válida' : `Valor no válido en ${field}`}${given}: se esperaba ${expected}.`,
    subscribedTitle: 'Suscripción hecha',
    subscribed: (updated, what) => `${updated ? 'Actualizado: este' : 'Este'} canal recibirá ${what}.`,
    instantWhat: 'una alerta al instante por cada noticia nueva',
    digestWhat: (schedule, timezone) => `un resumen con el horario "${schedule}" (${timezone})`,
    noSubscription: 'Este canal no tiene suscripción.',
    unsubscribedTitle: 'Suscripción cancelada',
    unsubscribed: 'Suscripción cancelada: este canal ya no recibirá alertas ni resúmenes.',
  },
};

/** What the schedule and time-zone checks expect, in Spanish (the schema's own words are English). */
export const SPANISH_EXPECTED: Record<string, string> = {
  schedule: 'una expresión cron válida como "0 8 * * *" (o 08:00, mon-fri 07:30)',
  timezone: 'una zona horaria IANA como "America/Mexico_City" (no abreviaturas como CST)',
};
