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
  /** Heading of the news figures under the official numbers in `latest`. */
  newsFigures: string;
  noOfficialData: string;
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
    newsFigures: 'Newest figures in the news:',
    noOfficialData: 'No official data yet: the CBP dataset has not been fetched.',
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
    newsFigures: 'Cifras más recientes en las noticias:',
    noOfficialData: 'Todavía no hay datos oficiales: aún no se ha descargado el conjunto de datos de la CBP.',
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

/** The fixed text of the admin commands' replies (keywords, feeds, status), per language. */
export interface AdminTexts {
  keywordsUsage: (cmd: string) => string;
  noRules: string;
  rulesTitle: (n: number) => string;
  noSuchPage: (pages: number, asked: string) => string;
  page: (page: number, pages: number, next: string) => string;
  next: (cmd: string) => string;
  unknownAction: (action: string) => string;
  giveRule: (action: string) => string;
  notAdded: (rule: string, error: string) => string;
  alreadyRule: (rule: string) => string;
  addedRule: (rule: string) => string[];
  addedRuleTitle: string;
  noRuleNamed: (rule: string, cmd: string) => [string, string];
  removedRule: (name: string, match: string) => string;
  removedRuleTitle: string;
  feedsUsage: (cmd: string) => string;
  notPolled: string;
  failures: (n: number) => string;
  failing: (failures: string, error: string) => string;
  recentFailures: (failures: string, error: string) => string;
  okPolled: (when: string) => string;
  unknownError: string;
  noFeeds: string;
  feedsTitle: (n: number) => string;
  showing: (shown: number, of: number) => string;
  giveUrl: (action: string) => string;
  notFollowing: (url: string, cmd: string) => string;
  removedFeed: (name: string, url: string) => string;
  removedFeedTitle: string;
  alreadyFollowing: (url: string) => string;
  alreadyFollowingAs: (url: string, as: string, name: string) => string;
  refused: (url: string, error: string) => string;
  feedNotAdded: string;
  feedTestFailed: string;
  unreadable: string;
  feedOk: string;
  matchSummary: (items: number, matching: number) => string;
  feedAddedTitle: string;
  feedAdded: (name: string, url: string, summary: string) => string;
  statusTitle: string;
  statusFeeds: (n: number, failing: number, erroring: number, last: string) => string;
  never: string;
  statusFailing: (name: string, url: string, failures: number, error: string, lastOk: string) => string;
  lastOk: (when: string) => string;
  queue: (name: string, waiting: number, active: number, delayed: number, failed: number) => string;
  queueUnavailable: (name: string, why: string) => string;
  noQueues: string;
  subscriptions: (n: number, instant: number, digest: number, paused: number) => string;
  paused: (id: string, reason: string) => string;
}

export const ADMIN_REPLIES: Record<Lang, AdminTexts> = {
  en: {
    keywordsUsage: (cmd) => `${cmd} keywords list [page] | add <rule> | remove <rule or name>, e.g. ${cmd} keywords add "border wall" OR muro`,
    noRules: 'No keyword rules: nothing will match.',
    rulesTitle: (n) => `Keyword rules (${n})`,
    noSuchPage: (pages, asked) => `There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`} of keyword rules; "${asked}" is not one of them.`,
    page: (page, pages, next) => `Page ${page} of ${pages}${next}`,
    next: (cmd) => ` — next: ${cmd}`,
    unknownAction: (action) => `Unknown action "${action}".`,
    giveRule: (action) => `Give the rule to ${action}.`,
    notAdded: (rule, error) => `Not added: ${rule} — error at ${error}.`,
    alreadyRule: (rule) => `Already a rule: ${rule}`,
    addedRule: (rule) => [`Added rule: ${rule}`, 'It applies from the next poll.'],
    addedRuleTitle: 'Keyword rule added',
    noRuleNamed: (rule, cmd) => [`No rule named or reading: ${rule}`, `See ${cmd} keywords list.`],
    removedRule: (name, match) => `Removed rule ${name}: ${match}`,
    removedRuleTitle: 'Keyword rule removed',
    feedsUsage: (cmd) => `${cmd} feeds list | add <url> [name] | remove <url> | test <url>`,
    notPolled: 'not polled yet',
    failures: (n) => `${n} ${n === 1 ? 'failure' : 'failures'}`,
    failing: (failures, error) => `FAILING (${failures}: ${error})`,
    recentFailures: (failures, error) => `${failures} in a row, last: ${error}`,
    okPolled: (when) => `ok, polled ${when}`,
    unknownError: 'unknown error',
    noFeeds: 'No feeds.',
    feedsTitle: (n) => `Feeds (${n})`,
    showing: (shown, of) => `Showing ${shown} of ${of}.`,
    giveUrl: (action) => `Give the feed URL to ${action}.`,
    notFollowing: (url, cmd) => `Not following ${url}. See ${cmd} feeds list.`,
    removedFeed: (name, url) => `Removed feed "${name}" (${url}).`,
    removedFeedTitle: 'Feed removed',
    alreadyFollowing: (url) => `Already following ${url}.`,
    alreadyFollowingAs: (url, as, name) => `Already following ${url} as ${as} ("${name}").`,
    refused: (url, error) => `Refused ${url}: ${error}. Feeds must be public http(s) URLs.`,
    feedNotAdded: 'Feed not added',
    feedTestFailed: 'Feed test failed',
    unreadable: 'the feed could not be read',
    feedOk: 'Feed OK',
    matchSummary: (items, matching) => `${items} items, ${matching} matching the keyword rules.`,
    feedAddedTitle: 'Feed added',
    feedAdded: (name, url, summary) => `Added "${name}" (${url}): ${summary} Items already listed are not posted; new ones are, from the next poll.`,
    statusTitle: 'borderwatch status',
    statusFeeds: (n, failing, erroring, last) => `Feeds: ${n}, failing: ${failing}, with recent errors: ${erroring}, last poll: ${last}`,
    never: 'never',
    statusFailing: (name, url, failures, error, lastOk) => `Failing: ${name} (${url}): ${failures} failures, last error: ${error}${lastOk}`,
    lastOk: (when) => `, last ok ${when}`,
    queue: (name, waiting, active, delayed, failed) => `Queue ${name}: ${waiting} waiting, ${active} active, ${delayed} delayed, ${failed} failed`,
    queueUnavailable: (name, why) => `Queue ${name}: unavailable (${why})`,
    noQueues: 'Queues: not running in this process.',
    subscriptions: (n, instant, digest, paused) => `Subscriptions: ${n} (${instant} instant, ${digest} digest, ${paused} paused)`,
    paused: (id, reason) => `Paused: ${id}: ${reason}`,
  },
  es: {
    keywordsUsage: (cmd) => `${cmd} claves listar [página] | agregar <regla> | quitar <regla o nombre>, p. ej. ${cmd} claves agregar "muro fronterizo" OR "border wall"`,
    noRules: 'No hay reglas de palabras clave: nada coincidirá.',
    rulesTitle: (n) => `Reglas de palabras clave (${n})`,
    noSuchPage: (pages, asked) => `Hay ${pages === 1 ? '1 página' : `${pages} páginas`} de reglas; "${asked}" no es una de ellas.`,
    page: (page, pages, next) => `Página ${page} de ${pages}${next}`,
    next: (cmd) => ` — siguiente: ${cmd}`,
    unknownAction: (action) => `Acción desconocida "${action}".`,
    giveRule: (action) => `Indica la regla (${action}).`,
    notAdded: (rule, error) => `No se agregó: ${rule} — error en ${error}.`,
    alreadyRule: (rule) => `Ya es una regla: ${rule}`,
    addedRule: (rule) => [`Regla agregada: ${rule}`, 'Se aplica desde la próxima consulta de las fuentes.'],
    addedRuleTitle: 'Regla agregada',
    noRuleNamed: (rule, cmd) => [`Ninguna regla se llama ni dice: ${rule}`, `Consulta ${cmd} claves listar.`],
    removedRule: (name, match) => `Regla quitada ${name}: ${match}`,
    removedRuleTitle: 'Regla quitada',
    feedsUsage: (cmd) => `${cmd} fuentes listar | agregar <url> [nombre] | quitar <url> | probar <url>`,
    notPolled: 'todavía sin consultar',
    failures: (n) => `${n} ${n === 1 ? 'fallo' : 'fallos'}`,
    failing: (failures, error) => `FALLANDO (${failures}: ${error})`,
    recentFailures: (failures, error) => `${failures} seguidos, el último: ${error}`,
    okPolled: (when) => `bien, consultada ${when}`,
    unknownError: 'error desconocido',
    noFeeds: 'No hay fuentes.',
    feedsTitle: (n) => `Fuentes (${n})`,
    showing: (shown, of) => `Se muestran ${shown} de ${of}.`,
    giveUrl: (action) => `Indica la URL de la fuente (${action}).`,
    notFollowing: (url, cmd) => `No se sigue ${url}. Consulta ${cmd} fuentes listar.`,
    removedFeed: (name, url) => `Fuente quitada "${name}" (${url}).`,
    removedFeedTitle: 'Fuente quitada',
    alreadyFollowing: (url) => `Ya se sigue ${url}.`,
    alreadyFollowingAs: (url, as, name) => `Ya se sigue ${url} como ${as} ("${name}").`,
    refused: (url, error) => `Rechazada ${url}: ${error}. Las fuentes deben ser URL http(s) públicas.`,
    feedNotAdded: 'Fuente no agregada',
    feedTestFailed: 'La prueba de la fuente falló',
    unreadable: 'no se pudo leer la fuente',
    feedOk: 'Fuente correcta',
    matchSummary: (items, matching) => `${items} entradas, ${matching} coinciden con las reglas.`,
    feedAddedTitle: 'Fuente agregada',
    feedAdded: (name, url, summary) => `Agregada "${name}" (${url}): ${summary} Lo ya publicado no se envía; lo nuevo sí, desde la próxima consulta.`,
    statusTitle: 'estado de borderwatch',
    statusFeeds: (n, failing, erroring, last) => `Fuentes: ${n}, fallando: ${failing}, con errores recientes: ${erroring}, última consulta: ${last}`,
    never: 'nunca',
    statusFailing: (name, url, failures, error, lastOk) => `Fallando: ${name} (${url}): ${failures} fallos, último error: ${error}${lastOk}`,
    lastOk: (when) => `, última vez bien ${when}`,
    queue: (name, waiting, active, delayed, failed) => `Cola ${name}: ${waiting} en espera, ${active} activos, ${delayed} diferidos, ${failed} fallidos`,
    queueUnavailable: (name, why) => `Cola ${name}: no disponible (${why})`,
    noQueues: 'Colas: no se ejecutan en este proceso.',
    subscriptions: (n, instant, digest, paused) => `Suscripciones: ${n} (${instant} al instante, ${digest} resumen, ${paused} en pausa)`,
    paused: (id, reason) => `En pausa: ${id}: ${reason}`,
  },
};
