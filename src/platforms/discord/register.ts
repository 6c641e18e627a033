import type { Env } from '../../config/env';
import { createDeliveryRest, closeRest } from './sender';
import { registerCommands } from './commands';

/** `borderwatch register-commands`: bulk-overwrite the slash commands, guild-scoped when a guild id is set. */
export async function registerDiscordCommands(env: Env): Promise<string> {
  if (!env.discord.token || !env.discord.applicationId) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required');
  const rest = createDeliveryRest({ apiBase: env.discord.apiBase }).setToken(env.discord.token);
  try {
    await registerCommands(rest, env.discord.applicationId, env.discord.guildId);
  } finally {
    closeRest(rest);
  }
  return env.discord.guildId ? `in guild ${env.discord.guildId}` : 'globally (may take up to an hour to appear)';
}
