/**
 * Turns what the bot sends (message create/edit bodies, interaction response
 * data) into the message objects Discord would store and return. discord.js
 * builds Message instances from these responses, so they must be complete.
 */
import {
  InteractionType,
  MessageFlags,
  MessageReferenceType,
  MessageType,
  type APIAttachment,
  type APIEmbed,
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageReference,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord.js';
import { snowflake } from './ids.js';
import type { FakeWorld } from './world.js';

/** A file part of a multipart request, as recorded (the bytes are only counted). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export type JsonObject = Record<string, unknown>;

/** Who sends a message, and as a result of what. */
export interface MessageOrigin {
  channelId: string;
  author: APIUser;
  type?: MessageType;
  /** Interaction responses and follow-ups are sent through the app's webhook. */
  webhookId?: string;
  applicationId?: string;
  interaction?: APIInteraction;
  extraFlags?: number;
}

function interactionMetadata(interaction: APIInteraction): APIMessageInteractionMetadata | undefined {
  const user = interaction.member?.user ?? interaction.user;
  if (!user) return undefined;
  const base = { id: interaction.id, user, authorizing_integration_owners: interaction.authorizing_integration_owners };
  if (interaction.type === InteractionType.ApplicationCommand) return { ...base, type: InteractionType.ApplicationCommand };
  if (interaction.type === InteractionType.MessageComponent) {
    return { ...base, type: InteractionType.MessageComponent, interacted_message_id: interaction.message.id };
  }
  return undefined;
}

/** Attachment objects for uploaded files; payload_json `attachments` may give them descriptions. */
function attachmentsFrom(body: JsonObject, files: UploadedFile[], kept: APIAttachment[] = []): APIAttachment[] {
  const described = Array.isArray(body.attachments) ? (body.attachments as JsonObject[]) : [];
  const keptIds = new Set(described.map((a) => String(a.id)));
  // On edit, attachments listed by id are kept; new uploads are referenced by their index.
  const result = kept.filter((a) => keptIds.has(a.id));
  files.forEach((file, index) => {
    const meta = described.find((a) => String(a.id) === String(index));
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/fake/${id}/${encodeURIComponent(file.filename)}`;
    result.push({
      id,
      filename: file.filename,
      size: file.size,
      content_type: file.contentType,
      url,
      proxy_url: url,
      ...(typeof meta?.description === 'string' ? { description: meta.description } : {}),
    });
  });
  return result;
}

/** Embeds as Discord returns them: every embed the bot sends is of type "rich". */
function embedsFrom(value: unknown): APIEmbed[] {
  return Array.isArray(value) ? (value as APIEmbed[]).map((e) => ({ type: 'rich' as APIEmbed['type'], ...e })) : [];
}

export function buildMessage(world: FakeWorld, origin: MessageOrigin, body: JsonObject, files: UploadedFile[]): APIMessage {
  const reference = body.message_reference as APIMessageReference | undefined;
  const referenced = reference?.message_id ? world.messages.get(reference.message_id) : undefined;
  const guild = world.guildOfChannel(origin.channelId);
  // Only these flags can be set by a bot; others (e.g. LOADING) are set by Discord itself.
  const settable = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;
  const flags = ((Number(body.flags) || 0) & settable) | (origin.extraFlags ?? 0);
  const metadata = origin.interaction ? interactionMetadata(origin.interaction) : undefined;
  return {
    id: snowflake(),
    channel_id: origin.channelId,
    author: origin.author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsFrom(body, files),
    embeds: embedsFrom(body.embeds),
    components: Array.isArray(body.components) ? (body.components as APIMessageTopLevelComponent[]) : [],
    pinned: false,
    type: origin.type ?? (referenced ? MessageType.Reply : MessageType.Default),
    flags,
    ...(body.nonce !== undefined ? { nonce: body.nonce as string | number } : {}),
    ...(origin.webhookId ? { webhook_id: origin.webhookId } : {}),
    ...(origin.applicationId ? { application_id: origin.applicationId } : {}),
    ...(metadata ? { interaction_metadata: metadata } : {}),
    ...(referenced && reference
      ? {
          message_reference: { type: MessageReferenceType.Default, message_id: referenced.id, channel_id: referenced.channel_id, ...(guild ? { guild_id: guild.id } : {}) },
          referenced_message: referenced,
        }
      : {}),
  };
}

/** Applies an edit body: only the fields present change; an edit also ends the "thinking" state. */
export function applyEdit(message: APIMessage, body: JsonObject, files: UploadedFile[]): APIMessage {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = embedsFrom(body.embeds);
  if ('components' in body) message.components = Array.isArray(body.components) ? (body.components as APIMessageTopLevelComponent[]) : [];
  if ('attachments' in body || files.length > 0) message.attachments = attachmentsFrom(body, files, message.attachments);
  if ('flags' in body) {
    const keep = (message.flags ?? 0) & MessageFlags.Ephemeral;
    message.flags = (Number(body.flags) || 0) | keep;
  }
  message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
  message.edited_timestamp = new Date().toISOString();
  return message;
}
