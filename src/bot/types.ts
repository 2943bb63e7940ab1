import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'winston';
import type { Answer, Lang } from '../types.js';
import type { Config } from '../config.js';
import type { LibraryHolder } from './library-holder.js';
import type { QuestionLimits } from './rate-limit.js';
import type { InFlight } from './in-flight.js';

/** What every handler may use: the current data, the settings, the logger. */
export interface BotContext {
  library: LibraryHolder;
  config: Config;
  logger: Logger;
  limits: QuestionLimits;
  /** Answers being handled, awaited on shutdown. */
  inFlight: InFlight;
}

/** Options of a command as strings, the form they take in a page footer too. */
export type CommandOptions = Record<string, string>;

/**
 * One slash command: its definition (with French localisations) and its behaviour. A command
 * that answers a query also exposes `answer`, so page buttons can recompute any page later.
 */
export interface BotCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  answer?(options: CommandOptions, lang: Lang, ctx: BotContext): Answer;
}

export function isBotCommand(x: unknown): x is BotCommand {
  const c = x as Partial<BotCommand> | null;
  return !!c && typeof c === 'object' && !!c.definition && typeof c.definition.name === 'string' && typeof c.execute === 'function';
}
