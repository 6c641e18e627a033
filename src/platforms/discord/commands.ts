/**
 * Discord slash-command definitions and their translation into the neutral `CommandRequest`.
 *
 * Two commands, because Discord's `default_member_permissions` applies to a whole command:
 * - `/border` (everyone): latest, stories, subscribe, unsubscribe, help;
 * - `/border-admin` (default member permission Manage Server): keywords …, feeds …, subscriptions …, status.
 * Server admins can re-grant `/border-admin` in Server Settings → Integrations, so the handler
 * checks again: `isAdmin` is true only for Manage Server members or configured admin user ids.
 */
import {
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type REST,
  type RESTPostAPIApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';
import type { CommandName, CommandRequest } from '../../commands/types';

export const BORDER_COMMAND = 'border';
export const BORDER_ADMIN_COMMAND = 'border-admin';
export const DISCORD_COMMAND_NAMES: ReadonlySet<string> = new Set([BORDER_COMMAND, BORDER_ADMIN_COMMAND]);

/** Spanish names and descriptions, shown by Discord to Spanish-language clients (es-ES, es-419). */
function es<T extends { setNameLocalizations(l: Record<string, string>): T; setDescriptionLocalizations(l: Record<string, string>): T }>(b: T, name: string, description: string): T {
  return b.setNameLocalizations({ 'es-ES': name, 'es-419': name }).setDescriptionLocalizations({ 'es-ES': description, 'es-419': description });
}

/** JSON bodies for a bulk overwrite of our application commands. */
export function buildCommandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  const border = new SlashCommandBuilder()
    .setName(BORDER_COMMAND)
    .setDescription('Border and migration news alerts')
    .setContexts(InteractionContextType.Guild) // subscriptions belong to server channels
    .addSubcommand((s) =>
      es(s, 'cifras', 'Cifras oficiales y las últimas cifras clave')
        .setName('latest')
        .setDescription('Official numbers and the latest key figures')
        .addStringOption((o) =>
          es(o, 'metrica', 'Una métrica, con desglose opcional, p. ej. encounters by citizenship').setName('metric').setDescription('A metric, optionally with a breakdown, e.g. encounters, or: encounters by citizenship').setMaxLength(100),
        ),
    )
    .addSubcommand((s) =>
      es(s, 'noticias', 'Noticias recientes')
        .setName('stories')
        .setDescription('Recent stories')
        .addStringOption((o) => es(o, 'consulta', 'Palabras que deben contener').setName('query').setDescription('Words the stories must contain').setMaxLength(200)),
    )
    .addSubcommand((s) =>
      es(s, 'suscribir', 'Enviar alertas o un resumen a este canal')
        .setName('subscribe')
        .setDescription('Send alerts or a digest to this channel')
        .addStringOption((o) =>
          o
            .setName('mode')
            .setDescription('Instant alerts or a scheduled digest')
            .addChoices({ name: 'instant', value: 'instant' }, { name: 'digest', value: 'digest' }),
        )
        .addStringOption((o) => o.setName('schedule').setDescription('Digest time, e.g. 08:00 or "mon 09:00"').setMaxLength(100))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. America/Chicago').setMaxLength(64)),
    )
    .addSubcommand((s) => es(s, 'cancelar', 'Dejar de enviar a este canal').setName('unsubscribe').setDescription('Stop alerts in this channel'))
    .addSubcommand((s) => es(s, 'ayuda', 'Cómo usar borderwatch').setName('help').setDescription('How to use borderwatch'));

  const url = (name: string, what: string) => (o: SlashCommandStringOption) =>
    o.setName(name).setDescription(what).setRequired(true).setMaxLength(2000);
  const admin = new SlashCommandBuilder()
    .setName(BORDER_ADMIN_COMMAND)
    .setDescription('borderwatch administration')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommandGroup((g) =>
      es(g, 'claves', 'Reglas de palabras clave')
        .setName('keywords')
        .setDescription('Keyword rules')
        .addSubcommand((s) =>
          es(s, 'listar', 'Ver las reglas, página por página')
            .setName('list')
            .setDescription('List keyword rules, page by page')
            .addIntegerOption((o) => es(o, 'pagina', 'Número de página (1 si no se indica)').setName('page').setDescription('Page number (default 1)').setMinValue(1).setMaxValue(100)),
        )
        .addSubcommand((s) =>
          es(s, 'agregar', 'Agregar una regla')
            .setName('add')
            .setDescription('Add a keyword rule')
            .addStringOption((o) => o.setName('query').setDescription('Rule, e.g. asylum AND (border OR frontera)').setRequired(true).setMaxLength(500)),
        )
        .addSubcommand((s) =>
          es(s, 'quitar', 'Quitar una regla')
            .setName('remove')
            .setDescription('Remove a keyword rule')
            .addStringOption((o) => o.setName('query').setDescription('The rule to remove').setRequired(true).setMaxLength(500)),
        ),
    )
    .addSubcommandGroup((g) =>
      es(g, 'fuentes', 'Fuentes (feeds)')
        .setName('feeds')
        .setDescription('Feeds')
        .addSubcommand((s) => es(s, 'listar', 'Ver las fuentes y su estado').setName('list').setDescription('List feeds and their health'))
        .addSubcommand((s) =>
          es(s, 'agregar', 'Agregar una fuente')
            .setName('add')
            .setDescription('Add a feed')
            .addStringOption(url('url', 'Feed URL'))
            .addStringOption((o) => o.setName('name').setDescription('Display name').setMaxLength(100)),
        )
        .addSubcommand((s) => es(s, 'quitar', 'Quitar una fuente').setName('remove').setDescription('Remove a feed').addStringOption(url('url', 'Feed URL')))
        .addSubcommand((s) => es(s, 'probar', 'Leer una fuente una vez y ver qué coincide').setName('test').setDescription('Fetch a feed once and show what matches').addStringOption(url('url', 'Feed URL'))),
    )
    .addSubcommandGroup((g) =>
      g
        .setName('subscriptions')
        .setDescription('Subscriptions (webhook ones included)')
        .addSubcommand((s) => s.setName('list').setDescription('List subscriptions, paused ones first'))
        .addSubcommand((s) =>
          s
            .setName('resume')
            .setDescription('Resume a paused subscription once its cause is fixed')
            .addStringOption((o) => o.setName('id').setDescription('Subscription id, from /border-admin subscriptions list').setRequired(true).setMaxLength(200)),
        ),
    )
    .addSubcommand((s) => es(s, 'estado', 'Estado de colas, fuentes y envíos').setName('status').setDescription('Queue, feed and delivery health'));

  return [border.toJSON(), admin.toJSON()];
}

/** Bulk-overwrites our commands: guild-scoped when `guildId` is given (instant), else global. */
export async function registerCommands(rest: REST, applicationId: string, guildId?: string): Promise<void> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: buildCommandDefinitions() });
}

const BORDER_SUBCOMMANDS: ReadonlySet<string> = new Set(['latest', 'stories', 'subscribe', 'unsubscribe', 'help']);

/**
 * Translates a slash command into the neutral request. `isAdmin` = the member has Manage Server,
 * or the user id is in `adminUserIds`. Returns `{ error }` (a usage message) for arguments the
 * neutral model cannot express.
 *
 * Argument conventions: `stories [query]` and `keywords add|remove <query>` pass the query as one
 * argument (it may contain spaces); `subscribe` passes `[mode, schedule?, timezone?]`, with mode
 * `digest` implied when a schedule or time zone is given; `feeds add <url> [name]`.
 */
export function interactionToRequest(
  interaction: ChatInputCommandInteraction,
  adminUserIds: readonly string[],
): CommandRequest | { error: string } {
  const opts = interaction.options;
  const str = (name: string) => opts.getString(name)?.trim() || undefined;
  const isAdmin = Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) || adminUserIds.includes(interaction.user.id);
  const base = {
    platform: 'discord' as const,
    channelId: interaction.channelId,
    workspaceId: interaction.guildId ?? undefined,
    userId: interaction.user.id,
    isAdmin,
    // A Spanish client sees the Spanish names (/border cifras) and gets its replies in Spanish.
    ...(interaction.locale?.startsWith('es') ? { lang: 'es' as const } : {}),
  };
  const sub = opts.getSubcommand(false);
  const group = opts.getSubcommandGroup(false);
  if (!sub) return { error: 'Choose a subcommand, e.g. /border latest.' };

  if (interaction.commandName === BORDER_COMMAND) {
    if (group || !BORDER_SUBCOMMANDS.has(sub)) return { error: `Unknown subcommand: ${sub}` };
    const name = sub as CommandName;
    switch (name) {
      case 'latest':
        return { ...base, name, args: compact([str('metric')]) };
      case 'stories':
        return { ...base, name, args: compact([str('query')]) };
      case 'subscribe': {
        const schedule = str('schedule');
        const timezone = str('timezone');
        const mode = str('mode') ?? (schedule || timezone ? 'digest' : undefined);
        if (mode === 'instant' && (schedule || timezone)) return { error: 'Instant alerts take no schedule or time zone; use mode: digest.' };
        if (timezone && !schedule) return { error: 'Give a schedule together with the timezone.' };
        return { ...base, name, args: compact([mode, schedule, timezone]) };
      }
      default:
        return { ...base, name, args: [] };
    }
  }

  if (interaction.commandName === BORDER_ADMIN_COMMAND) {
    if (!group) {
      if (sub === 'status') return { ...base, name: 'status', args: [] };
      return { error: `Unknown subcommand: ${sub}` };
    }
    if (group === 'keywords' && sub === 'list') {
      const page = opts.getInteger('page');
      return { ...base, name: 'keywords', args: compact(['list', page === null ? undefined : String(page)]) };
    }
    if (group === 'keywords' && ['add', 'remove'].includes(sub)) {
      return { ...base, name: 'keywords', args: compact([sub, str('query')]) };
    }
    if (group === 'feeds' && ['list', 'add', 'remove', 'test'].includes(sub)) {
      return { ...base, name: 'feeds', args: compact([sub, str('url'), str('name')]) };
    }
    if (group === 'subscriptions' && ['list', 'resume'].includes(sub)) {
      return { ...base, name: 'subscriptions', args: compact([sub, str('id')]) };
    }
    return { error: `Unknown subcommand: ${group} ${sub}` };
  }
  return { error: `Unknown command: ${interaction.commandName}` };
}

function compact(values: Array<string | undefined>): string[] {
  return values.filter((v): v is string => v !== undefined);
}
