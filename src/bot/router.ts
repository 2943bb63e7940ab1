import { readdir } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'winston';
import { isBotCommand, type BotCommand } from './types.js';

/**
 * Finds the slash commands: every module in commands/ that exports `command` with a definition
 * and an execute function. A file without them is reported, not fatal.
 */
export async function loadCommands(dir: string, logger: Logger): Promise<Map<string, BotCommand>> {
  const commands = new Map<string, BotCommand>();
  const files = (await readdir(dir)).filter((f) => ['.ts', '.js', '.mjs'].includes(extname(f)) && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    if (!isBotCommand(mod.command)) {
      logger.warn(`commands/${file} exports no "command" with a definition and an execute function; skipped`);
      continue;
    }
    if (commands.has(mod.command.definition.name)) {
      logger.warn(`commands/${file}: a command named "${mod.command.definition.name}" already exists; skipped`);
      continue;
    }
    commands.set(mod.command.definition.name, mod.command);
  }
  return commands;
}
