import { Client, Events, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { BotCommand, BotContext } from './types.js';
import { interactionHandler } from './interactions.js';
import { directMessageHandler } from './direct-messages.js';
import { NO_MENTIONS } from './respond.js';

/**
 * The Discord client: Guilds and DirectMessages intents (DMs need the Channel partial; the
 * Message Content intent is not needed to read DMs sent to the bot), and no mention ever parsed.
 */
export function createClient(commands: Map<string, BotCommand>, ctx: BotContext, rest: Partial<RESTOptions> = {}): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...(ctx.config.discordApiBase ? { api: ctx.config.discordApiBase } : {}), ...rest },
  });
  const onInteraction = interactionHandler(commands, ctx);
  const onMessage = directMessageHandler(commands, ctx);
  client.on(Events.InteractionCreate, (i) => void ctx.inFlight.track(onInteraction(i)));
  client.on(Events.MessageCreate, (m) => void ctx.inFlight.track(onMessage(m)));
  client.once(Events.ClientReady, (c) => ctx.logger.info(`connected as ${c.user.tag}`, { guilds: c.guilds.cache.size, commands: commands.size }));
  client.on(Events.ShardDisconnect, (_e, shard) => ctx.logger.warn('gateway disconnected', { shard }));
  client.on(Events.ShardResume, (shard) => ctx.logger.info('gateway resumed', { shard }));
  client.on(Events.Error, (err) => ctx.logger.error(`client error: ${err.message}`));
  return client;
}
