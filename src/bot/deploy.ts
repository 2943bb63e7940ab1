import { REST, Routes, type RESTOptions } from 'discord.js';
import type { Logger } from 'winston';
import { requireBotSettings, type Config } from '../config.js';
import { loadCommands } from './router.js';
import { COMMANDS_DIR } from './start.js';

/**
 * Registers every command's definition in one bulk overwrite: to one server when
 * DISCORD_GUILD_ID is set (instant, for testing), globally otherwise. Run it when definitions
 * change, not on every start.
 */
export async function deployCommands(config: Config, logger: Logger, rest: Partial<RESTOptions> = {}): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const { token, clientId } = requireBotSettings(config);
  const commands = await loadCommands(COMMANDS_DIR, logger);
  const body = [...commands.values()].map((c) => c.definition);
  const client = new REST({ ...(config.discordApiBase ? { api: config.discordApiBase } : {}), ...rest }).setToken(token);
  const route = config.discordGuildId ? Routes.applicationGuildCommands(clientId, config.discordGuildId) : Routes.applicationCommands(clientId);
  await client.put(route, { body });
  const scope = config.discordGuildId ? 'guild' : 'global';
  logger.info(`registered ${body.length} commands ${scope === 'guild' ? `in server ${config.discordGuildId}` : 'globally'}`, { commands: body.map((c) => c.name) });
  return { scope, count: body.length };
}
