/**
 * Interaction responses: the callback that acknowledges an interaction, and
 * the webhook routes behind editReply / followUp / fetchReply / deleteReply.
 * These are called without a bot token: the interaction token is the
 * credential, so the fake only knows tokens of interactions it dispatched.
 */
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  RESTJSONErrorCodes,
  type APIInteraction,
  type APIMessage,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { applyEdit, buildMessage, type JsonObject } from './messages.js';
import { badRequest, discordError, formErrors, isJsonObject, noContent, ok, route, type RestResponse, type Route, type RouteContext } from './router.js';
import { autocompleteErrors, EMPTY_MESSAGE, isEmptyMessage, messageBodyErrors } from './validation.js';
import type { InteractionRecord } from './world.js';

const unknownInteraction = (): RestResponse => discordError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
const unknownWebhook = (): RestResponse => discordError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
const unknownMessage = (): RestResponse => discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');

/** Which callback types Discord accepts for which interaction types. */
function callbackAllowed(interaction: APIInteraction, type: number): boolean {
  const isComponentLike = interaction.type === InteractionType.MessageComponent || interaction.type === InteractionType.ModalSubmit;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return interaction.type !== InteractionType.ApplicationCommandAutocomplete && interaction.type !== InteractionType.Ping;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage:
      return isComponentLike;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return interaction.type === InteractionType.ApplicationCommandAutocomplete;
    case InteractionResponseType.Modal:
      return interaction.type === InteractionType.ApplicationCommand || interaction.type === InteractionType.MessageComponent;
    case InteractionResponseType.Pong:
      return interaction.type === InteractionType.Ping;
    default:
      return false;
  }
}

function channelIdOf(interaction: APIInteraction): string {
  if (!('channel' in interaction) || !interaction.channel) throw new Error('fake-discord: interaction without a channel');
  return interaction.channel.id;
}

/** Replies to slash commands are typed as such; other interaction replies are plain messages. */
function replyType(interaction: APIInteraction): MessageType {
  if (interaction.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return interaction.data.type === ApplicationCommandType.ChatInput ? MessageType.ChatInputCommand : MessageType.ContextMenuCommand;
}

function replyFromWebhook(ctx: RouteContext, record: InteractionRecord, body: JsonObject, extraFlags = 0): APIMessage {
  const { world } = ctx;
  return buildMessage(
    world,
    {
      channelId: channelIdOf(record.interaction),
      author: world.botUser,
      type: replyType(record.interaction),
      webhookId: world.application.id,
      applicationId: world.application.id,
      interaction: record.interaction,
      extraFlags,
    },
    body,
    ctx.req.files,
  );
}

function callback(ctx: RouteContext): RestResponse {
  const { world, settings, req } = ctx;
  const record = world.interactions.get(ctx.params.token ?? '');
  if (!record || record.interaction.id !== ctx.params.interactionId) return unknownInteraction();
  // Discord drops interactions not acknowledged in time; the bot then sees 10062 Unknown interaction.
  if (settings.interactionAckDeadlineMs !== null && Date.now() - record.dispatchedAt > settings.interactionAckDeadlineMs) {
    return unknownInteraction();
  }
  if (record.ackType !== null) {
    return badRequest({ code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, message: 'Interaction has already been acknowledged.' });
  }
  const body = isJsonObject(req.body) ? req.body : {};
  const type = Number(body.type);
  const data = isJsonObject(body.data) ? body.data : {};
  const { interaction } = record;
  if (!callbackAllowed(interaction, type)) {
    return formErrors([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Interaction response type ${type} is not valid for interaction type ${interaction.type}` }]);
  }
  if (settings.validate) {
    const errors =
      type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? autocompleteErrors(data)
        : type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage
          ? messageBodyErrors(data).map((e) => ({ ...e, path: ['data', ...e.path] }))
          : [];
    if (errors.length) return formErrors(errors);
  }

  let message: APIMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      message = replyFromWebhook(ctx, record, data);
      if (settings.validate && isEmptyMessage(message)) return { status: 400, body: EMPTY_MESSAGE };
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource:
      // The "is thinking..." placeholder that editReply later fills in.
      message = replyFromWebhook(ctx, record, { flags: data.flags }, MessageFlags.Loading);
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      if (interaction.type !== InteractionType.MessageComponent && interaction.type !== InteractionType.ModalSubmit) break;
      const source = interaction.message;
      if (!source) break;
      message = world.messages.get(source.id) ?? world.storeMessage(structuredClone(source));
      if (type === InteractionResponseType.UpdateMessage) {
        const updated = applyEdit(structuredClone(message), data, req.files);
        if (settings.validate && isEmptyMessage(updated)) return { status: 400, body: EMPTY_MESSAGE };
        Object.assign(message, updated);
      }
      break;
    }
    default:
      // Autocomplete results and modals create no message.
      break;
  }
  if (message) {
    world.storeMessage(message);
    record.originalMessageId = message.id;
  }
  record.ackType = type;

  if (req.query.get('with_response') !== 'true') return noContent();
  const result: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
            response_message_ephemeral: Boolean((message.flags ?? 0) & MessageFlags.Ephemeral),
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) } as RESTPostAPIInteractionCallbackWithResponseResult['resource'],
  };
  return ok(result);
}

/** The interaction behind a webhook route, if the app id and token are ours. */
function webhookRecord(ctx: RouteContext): InteractionRecord | undefined {
  if (ctx.params.appId !== ctx.world.application.id) return undefined;
  return ctx.world.interactions.get(ctx.params.token ?? '');
}

/** "@original" or a follow-up id, resolved to a stored message of this interaction. */
function webhookMessage(ctx: RouteContext, record: InteractionRecord): APIMessage | undefined {
  const id = ctx.params.messageId === '@original' ? record.originalMessageId : ctx.params.messageId;
  if (!id || (id !== record.originalMessageId && !record.followUpIds.includes(id))) return undefined;
  return ctx.world.messages.get(id);
}

function withWebhookMessage(ctx: RouteContext, then: (record: InteractionRecord, message: APIMessage) => RestResponse): RestResponse {
  const record = webhookRecord(ctx);
  if (!record) return unknownWebhook();
  const message = webhookMessage(ctx, record);
  return message ? then(record, message) : unknownMessage();
}

function editWebhookMessage(ctx: RouteContext): RestResponse {
  return withWebhookMessage(ctx, (_record, message) => {
    const body = isJsonObject(ctx.req.body) ? ctx.req.body : {};
    if (ctx.settings.validate) {
      const errors = messageBodyErrors(body);
      if (errors.length) return formErrors(errors);
    }
    const updated = applyEdit(structuredClone(message), body, ctx.req.files);
    if (ctx.settings.validate && isEmptyMessage(updated)) return { status: 400, body: EMPTY_MESSAGE };
    return ok(Object.assign(message, updated));
  });
}

function followUp(ctx: RouteContext): RestResponse {
  const record = webhookRecord(ctx);
  // Follow-ups only exist once the interaction was acknowledged.
  if (!record || record.ackType === null) return unknownWebhook();
  const body = isJsonObject(ctx.req.body) ? ctx.req.body : {};
  if (ctx.settings.validate) {
    const errors = messageBodyErrors(body);
    if (errors.length) return formErrors(errors);
  }
  const message = replyFromWebhook(ctx, record, body);
  if (ctx.settings.validate && isEmptyMessage(message)) return { status: 400, body: EMPTY_MESSAGE };
  ctx.world.storeMessage(message);
  record.followUpIds.push(message.id);
  return ok(message);
}

const noAuth = { auth: false };
const webhookMessagePath = '/webhooks/:appId/:token/messages/:messageId';

export const interactionRoutes: Route[] = [
  route('POST', '/interactions/:interactionId/:token/callback', callback, noAuth),
  route('POST', '/webhooks/:appId/:token', followUp, noAuth),
  route('GET', webhookMessagePath, (ctx) => withWebhookMessage(ctx, (_r, message) => ok(message)), noAuth),
  route('PATCH', webhookMessagePath, editWebhookMessage, noAuth),
  route(
    'DELETE',
    webhookMessagePath,
    (ctx) =>
      withWebhookMessage(ctx, (_r, message) => {
        ctx.world.messages.delete(message.id);
        return noContent();
      }),
    noAuth,
  ),
];
