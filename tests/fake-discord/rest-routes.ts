/**
 * REST routes other than interactions: gateway discovery, the bot user and
 * application, application commands, guilds, channels and messages, DMs.
 * Answers mirror Discord's, including its error codes for unknown objects.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  RESTJSONErrorCodes,
  type APIApplicationCommand,
  type APIGatewayBotInfo,
  type APIMessage,
} from 'discord.js';
import { snowflake } from './ids.js';
import { applyEdit, buildMessage } from './messages.js';
import { discordError, formErrors, isJsonObject, noContent, ok, route, type RestResponse, type Route, type RouteContext } from './router.js';
import { bulkCommandErrors, commandErrors, EMPTY_MESSAGE, isEmptyMessage, messageBodyErrors } from './validation.js';
import type { FakeGuild } from './world.js';

const unknownChannel = (): RestResponse => discordError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
const unknownMessage = (): RestResponse => discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
const missingAccess = (): RestResponse => discordError(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access');

function bodyObject(ctx: RouteContext): Record<string, unknown> {
  return isJsonObject(ctx.req.body) ? ctx.req.body : {};
}

// ---- application commands -------------------------------------------------

/** The command list a route addresses, or an error when the app or guild is not ours. */
function commandScope(ctx: RouteContext): APIApplicationCommand[] | RestResponse {
  if (ctx.params.appId !== ctx.world.application.id) return missingAccess();
  const guildId = ctx.params.guildId ?? null;
  if (guildId !== null && !ctx.world.guilds.has(guildId)) return missingAccess();
  return ctx.world.commandsFor(guildId);
}

/** A stored command from a create body; an existing command of the same name and type keeps its id. */
function toCommand(ctx: RouteContext, input: Record<string, unknown>, existing: APIApplicationCommand | undefined): APIApplicationCommand {
  const guildId = ctx.params.guildId;
  return {
    id: existing?.id ?? snowflake(),
    application_id: ctx.world.application.id,
    version: snowflake(),
    type: (input.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput,
    name: String(input.name),
    name_localizations: (input.name_localizations as APIApplicationCommand['name_localizations']) ?? null,
    description: typeof input.description === 'string' ? input.description : '',
    description_localizations: (input.description_localizations as APIApplicationCommand['description_localizations']) ?? null,
    options: (input.options as APIApplicationCommand['options']) ?? [],
    default_member_permissions: (input.default_member_permissions as string | null | undefined) ?? null,
    nsfw: input.nsfw === true,
    integration_types: (input.integration_types as ApplicationIntegrationType[] | undefined) ?? [ApplicationIntegrationType.GuildInstall],
    contexts: (input.contexts as APIApplicationCommand['contexts']) ?? null,
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

const sameCommand = (a: { name?: unknown; type?: unknown }, b: APIApplicationCommand): boolean =>
  a.name === b.name && (a.type ?? ApplicationCommandType.ChatInput) === b.type;

const commandRoutes = (prefix: string): Route[] => [
  route('GET', `${prefix}/commands`, (ctx) => {
    const scope = commandScope(ctx);
    return Array.isArray(scope) ? ok(scope) : scope;
  }),
  // Bulk overwrite: the list becomes exactly the body; names that existed keep their ids.
  route('PUT', `${prefix}/commands`, (ctx) => {
    const scope = commandScope(ctx);
    if (!Array.isArray(scope)) return scope;
    if (ctx.settings.validate) {
      const errors = bulkCommandErrors(ctx.req.body);
      if (errors.length) return formErrors(errors);
    }
    const inputs = (Array.isArray(ctx.req.body) ? ctx.req.body : []).filter(isJsonObject);
    const next = inputs.map((input) => toCommand(ctx, input, scope.find((c) => sameCommand(input, c))));
    scope.splice(0, scope.length, ...next);
    return ok(next);
  }),
  // Create: an existing command with the same name and type is overwritten (200), else created (201).
  route('POST', `${prefix}/commands`, (ctx) => {
    const scope = commandScope(ctx);
    if (!Array.isArray(scope)) return scope;
    const input = bodyObject(ctx);
    if (ctx.settings.validate) {
      const errors = commandErrors(input);
      if (errors.length) return formErrors(errors);
    }
    const existing = scope.find((c) => sameCommand(input, c));
    const command = toCommand(ctx, input, existing);
    if (existing) scope.splice(scope.indexOf(existing), 1, command);
    else scope.push(command);
    return ok(command, existing ? 200 : 201);
  }),
  route('DELETE', `${prefix}/commands/:commandId`, (ctx) => {
    const scope = commandScope(ctx);
    if (!Array.isArray(scope)) return scope;
    const index = scope.findIndex((c) => c.id === ctx.params.commandId);
    if (index < 0) return discordError(404, RESTJSONErrorCodes.UnknownApplicationCommand, 'Unknown application command');
    scope.splice(index, 1);
    return noContent();
  }),
];

// ---- guilds ----------------------------------------------------------------

function withGuild(ctx: RouteContext, then: (guild: FakeGuild) => RestResponse): RestResponse {
  const guild = ctx.world.guilds.get(ctx.params.guildId ?? '');
  return guild ? then(guild) : discordError(404, RESTJSONErrorCodes.UnknownGuild, 'Unknown Guild');
}

// ---- channel messages -------------------------------------------------------

function channelMessage(ctx: RouteContext): APIMessage | undefined {
  const message = ctx.world.messages.get(ctx.params.messageId ?? '');
  return message && message.channel_id === ctx.params.channelId ? message : undefined;
}

function createChannelMessage(ctx: RouteContext): RestResponse {
  const channel = ctx.world.channel(ctx.params.channelId ?? '');
  if (!channel) return unknownChannel();
  const body = bodyObject(ctx);
  if (ctx.settings.validate) {
    const errors = messageBodyErrors(body);
    const reference = isJsonObject(body.message_reference) ? body.message_reference : undefined;
    // A reply to a message Discord does not know fails unless fail_if_not_exists is false.
    if (reference?.message_id && !ctx.world.messages.has(String(reference.message_id)) && reference.fail_if_not_exists !== false) {
      errors.push({ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' });
    }
    if (errors.length) return formErrors(errors);
  }
  const message = buildMessage(ctx.world, { channelId: channel.id, author: ctx.world.botUser }, body, ctx.req.files);
  if (ctx.settings.validate && isEmptyMessage(message)) return { status: 400, body: EMPTY_MESSAGE };
  return ok(ctx.world.storeMessage(message));
}

export const coreRoutes: Route[] = [
  // ---- gateway discovery: how discord.js finds the WebSocket URL ----
  route('GET', '/gateway', (ctx) => ok({ url: ctx.settings.gatewayUrl })),
  route('GET', '/gateway/bot', (ctx) =>
    ok({
      url: ctx.settings.gatewayUrl,
      shards: 1,
      // @discordjs/ws caches this answer for reset_after ms and throttles identifies by max_concurrency.
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    } satisfies APIGatewayBotInfo),
  ),

  // ---- the bot user, other users, DMs ----
  route('GET', '/users/@me', (ctx) => ok(ctx.world.botUser)),
  route('POST', '/users/@me/channels', (ctx) => {
    const recipientId = bodyObject(ctx).recipient_id;
    if (typeof recipientId !== 'string') {
      return formErrors([{ path: ['recipient_id'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
    }
    return ok(ctx.world.dmChannelFor(ctx.world.userById(recipientId)));
  }),
  route('GET', '/users/:userId', (ctx) => {
    const user = ctx.world.users.get(ctx.params.userId ?? '');
    return user ? ok(user) : discordError(404, RESTJSONErrorCodes.UnknownUser, 'Unknown User');
  }),

  // ---- the application and its commands ----
  route('GET', '/applications/@me', (ctx) => ok(ctx.world.application)),
  ...commandRoutes('/applications/:appId'),
  ...commandRoutes('/applications/:appId/guilds/:guildId'),

  // ---- guilds ----
  route('GET', '/guilds/:guildId', (ctx) => withGuild(ctx, (guild) => ok(ctx.world.guildCreatePayload(guild)))),
  route('GET', '/guilds/:guildId/channels', (ctx) => withGuild(ctx, (guild) => ok(guild.channels))),
  route('GET', '/guilds/:guildId/roles', (ctx) => withGuild(ctx, (guild) => ok(guild.roles))),
  route('GET', '/guilds/:guildId/members/:userId', (ctx) =>
    withGuild(ctx, (guild) => {
      const member = ctx.world.member(guild, ctx.params.userId ?? '');
      return member ? ok(member) : discordError(404, RESTJSONErrorCodes.UnknownMember, 'Unknown Member');
    }),
  ),

  // ---- channels and messages ----
  route('GET', '/channels/:channelId', (ctx) => {
    const channel = ctx.world.channel(ctx.params.channelId ?? '');
    return channel ? ok(channel) : unknownChannel();
  }),
  route('POST', '/channels/:channelId/typing', (ctx) => (ctx.world.channel(ctx.params.channelId ?? '') ? noContent() : unknownChannel())),
  route('GET', '/channels/:channelId/messages', (ctx) => {
    if (!ctx.world.channel(ctx.params.channelId ?? '')) return unknownChannel();
    const limit = Math.min(Number(ctx.req.query.get('limit') ?? 50), 100);
    return ok(ctx.world.messagesIn(ctx.params.channelId ?? '').reverse().slice(0, limit));
  }),
  route('POST', '/channels/:channelId/messages', createChannelMessage),
  route('GET', '/channels/:channelId/messages/:messageId', (ctx) => {
    const message = channelMessage(ctx);
    return message ? ok(message) : unknownMessage();
  }),
  route('PATCH', '/channels/:channelId/messages/:messageId', (ctx) => {
    const message = channelMessage(ctx);
    if (!message) return unknownMessage();
    if (message.author.id !== ctx.world.botUser.id) {
      return discordError(403, RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser, 'Cannot edit a message authored by another user');
    }
    const body = bodyObject(ctx);
    if (ctx.settings.validate) {
      const errors = messageBodyErrors(body);
      if (errors.length) return formErrors(errors);
    }
    return ok(applyEdit(message, body, ctx.req.files));
  }),
  route('DELETE', '/channels/:channelId/messages/:messageId', (ctx) => {
    const message = channelMessage(ctx);
    if (!message) return unknownMessage();
    ctx.world.messages.delete(message.id);
    return noContent();
  }),
];
