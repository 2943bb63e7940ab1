/**
 * Builders for realistic payloads the fake dispatches to the bot: slash
 * command, autocomplete and button interactions (in a guild or in DMs) and
 * MESSAGE_CREATE events. Defaults come from the FakeWorld (its guild, channel,
 * users, registered commands), so the ids line up with what the bot can later
 * fetch or answer; every field discord.js reads is present.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  PermissionFlagsBits,
  type ChannelFlags,
  type GuildMemberFlags,
  type MessageFlags,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandInteractionDataSubcommandOption,
  type APIAuthorizingIntegrationOwnersMap,
  type APIBaseInteraction,
  type APIChannel,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GatewayMessageCreateDispatchData,
} from 'discord.js';
import { interactionToken, snowflake } from './ids.js';
import { makeMember, makeUser, type FakeGuild, type FakeWorld } from './world.js';

/** Locale values as plain strings, e.g. "fr" or "en-US". */
export type LocaleString = `${Locale}`;

/** Where and by whom an interaction is triggered. Defaults: the world's user, in its default guild's first channel, locale en-US. */
export interface InteractionPlace {
  user?: APIUser;
  /** "guild" (default) or "dm". */
  in?: 'guild' | 'dm';
  guild?: FakeGuild;
  channelId?: string;
  /** Role ids of the invoking member (default: the member's roles in the world). */
  roles?: string[];
  /** Member permissions (default: computed from the member's roles). */
  permissions?: bigint | string;
  /** The bot's permissions in the channel (default: computed from the bot's roles; fixed set in DMs). */
  appPermissions?: bigint | string;
  locale?: LocaleString;
  /** DMs only: 1 = the bot's DM (default), 2 = another DM or group DM (user-installed app). */
  dmContext?: InteractionContextType.BotDM | InteractionContextType.PrivateChannel;
}

type ChannelSummary = Partial<APIChannel> & Pick<APIChannel, 'id' | 'type'>;

/** The fields every interaction shares, without type and data. */
type Envelope = Pick<
  APIBaseInteraction<InteractionType, never>,
  | 'id'
  | 'application_id'
  | 'token'
  | 'version'
  | 'app_permissions'
  | 'locale'
  | 'entitlements'
  | 'authorizing_integration_owners'
  | 'attachment_size_limit'
  | 'context'
  | 'guild'
  | 'guild_id'
  | 'guild_locale'
  | 'member'
  | 'user'
> & { channel: ChannelSummary; channel_id: string };

/** 10 MiB, the default attachment limit without boosts or Nitro. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** What Discord reports as the bot's permissions in DMs. */
const DM_APP_PERMISSIONS =
  PermissionFlagsBits.AttachFiles | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.MentionEveryone | PermissionFlagsBits.UseExternalEmojis;

const bits = (value: bigint | string): string => BigInt(value).toString();

function envelope(world: FakeWorld, place: InteractionPlace): Envelope {
  const id = snowflake();
  const user = place.user ?? world.user;
  const common = {
    id,
    application_id: world.application.id,
    token: interactionToken(id),
    version: 1 as const,
    locale: (place.locale ?? Locale.EnglishUS) as Locale,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };

  if (place.in === 'dm') {
    const context = place.dmContext ?? InteractionContextType.BotDM;
    // In the bot's own DM the guild-install owner is reported as "0"; elsewhere only a user install can act.
    const owners: APIAuthorizingIntegrationOwnersMap =
      context === InteractionContextType.BotDM
        ? { [ApplicationIntegrationType.GuildInstall]: '0' }
        : { [ApplicationIntegrationType.UserInstall]: user.id };
    const channel: ChannelSummary =
      context === InteractionContextType.BotDM
        ? world.dmChannelFor(user)
        : { id: place.channelId ?? snowflake(), type: ChannelType.DM, name: null, flags: 0 as ChannelFlags, recipients: [user] };
    return {
      ...common,
      user,
      channel,
      channel_id: channel.id,
      context,
      app_permissions: bits(place.appPermissions ?? DM_APP_PERMISSIONS),
      authorizing_integration_owners: owners,
    };
  }

  const guild = place.guild ?? world.guild;
  const channel = place.channelId ? guild.channels.find((c) => c.id === place.channelId) : guild.channels[0];
  if (!channel) throw new Error(`fake-discord: channel ${place.channelId ?? '(default)'} is not in guild ${guild.id}`);
  const known = world.member(guild, user.id);
  const member: APIInteractionGuildMember = {
    ...makeMember(user, place.roles ?? known?.roles ?? [], known?.joined_at ?? guild.joinedAt),
    nick: known?.nick ?? null,
    permissions: bits(place.permissions ?? world.memberPermissions(guild, user.id)),
  };
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
    guild_locale: guild.preferredLocale,
    member,
    channel,
    channel_id: channel.id,
    context: InteractionContextType.Guild,
    app_permissions: bits(place.appPermissions ?? world.memberPermissions(guild, world.botUser.id)),
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
  };
}

// ---- command options ----------------------------------------------------------

type CommandOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type AutocompleteOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>;

/** Option values as Discord sends them in an interaction's data.options. */
export const opt = {
  string: (name: string, value: string) => ({ name, type: ApplicationCommandOptionType.String, value }) as const,
  integer: (name: string, value: number) => ({ name, type: ApplicationCommandOptionType.Integer, value }) as const,
  number: (name: string, value: number) => ({ name, type: ApplicationCommandOptionType.Number, value }) as const,
  boolean: (name: string, value: boolean) => ({ name, type: ApplicationCommandOptionType.Boolean, value }) as const,
  subcommand: (name: string, options: APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>[] = []) =>
    ({ name, type: ApplicationCommandOptionType.Subcommand, options }) as const,
  group: (name: string, subcommands: APIApplicationCommandInteractionDataSubcommandOption<InteractionType.ApplicationCommand>[]) =>
    ({ name, type: ApplicationCommandOptionType.SubcommandGroup, options: subcommands }) as const,
  /**
   * The option being typed in an autocomplete interaction. Its value is the
   * raw text so far, a string even for integer and number options.
   */
  focused: (
    name: string,
    partial: string,
    type: ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number = ApplicationCommandOptionType.String,
  ): APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommandAutocomplete> =>
    ({ name, type, value: partial, focused: true }) as APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommandAutocomplete>,
};

/** The id of the command the bot registered under this name (guild first, then global), else a new one. */
function commandIdFor(world: FakeWorld, name: string, guildId: string | undefined): { id: string; guildId?: string } {
  const guildCommand = guildId ? world.guildCommands.get(guildId)?.find((c) => c.name === name) : undefined;
  if (guildCommand && guildId) return { id: guildCommand.id, guildId };
  const global = world.globalCommands.find((c) => c.name === name);
  return { id: global?.id ?? snowflake() };
}

export interface ChatInputOptions extends InteractionPlace {
  name: string;
  options?: CommandOption[];
}

/** A slash command (interaction type 2, command type 1). */
export function chatInputInteraction(world: FakeWorld, o: ChatInputOptions): APIChatInputApplicationCommandInteraction {
  const base = envelope(world, o);
  const command = commandIdFor(world, o.name, base.guild_id);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: command.id,
      name: o.name,
      type: ApplicationCommandType.ChatInput,
      ...(o.options?.length ? { options: o.options } : {}),
      ...(command.guildId ? { guild_id: command.guildId } : {}),
    },
  };
}

export interface AutocompleteOptions extends InteractionPlace {
  name: string;
  /** Must contain exactly one opt.focused(...) (possibly inside a subcommand). */
  options: AutocompleteOption[];
}

function countFocused(options: readonly AutocompleteOption[]): number {
  return options.reduce(
    (n, o) => n + ('options' in o && o.options ? countFocused(o.options as AutocompleteOption[]) : 'focused' in o && o.focused ? 1 : 0),
    0,
  );
}

/** An autocomplete request (interaction type 4) while the user types the focused option. */
export function autocompleteInteraction(world: FakeWorld, o: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
  if (countFocused(o.options) !== 1) throw new Error('fake-discord: an autocomplete interaction needs exactly one focused option');
  const base = envelope(world, o);
  const command = commandIdFor(world, o.name, base.guild_id);
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command.id,
      name: o.name,
      type: ApplicationCommandType.ChatInput,
      options: o.options,
      ...(command.guildId ? { guild_id: command.guildId } : {}),
    },
  };
}

export interface ButtonOptions extends InteractionPlace {
  customId: string;
  /** The message carrying the button; by default a bot message in the channel with that button. */
  message?: APIMessage;
}

/** A click on a button (interaction type 3, component type 2). */
export function buttonInteraction(world: FakeWorld, o: ButtonOptions): APIMessageComponentButtonInteraction {
  const base = envelope(world, o);
  const message: APIMessage = o.message ?? {
    ...messageBase(base.channel.id, world.botUser, 'Pick one'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: o.customId, custom_id: o.customId }],
      },
    ],
  };
  return {
    ...base,
    type: InteractionType.MessageComponent,
    data: { custom_id: o.customId, component_type: ComponentType.Button },
    message,
  };
}

// ---- messages -------------------------------------------------------------------

export interface DmMessageOptions {
  content: string;
  /** Default: the world's user; with bot: true and no author, another bot. */
  author?: APIUser;
  bot?: boolean;
}

function messageBase(channelId: string, author: APIUser, content: string): GatewayMessageCreateDispatchData {
  return {
    id: snowflake(),
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: MessageType.Default,
    flags: 0 as MessageFlags,
  };
}

/**
 * MESSAGE_CREATE for a DM to the bot: channel_type 1 and no guild_id.
 * discord.js only emits it with Partials.Channel, since DM channels are not cached.
 */
export function dmMessage(world: FakeWorld, o: DmMessageOptions): GatewayMessageCreateDispatchData {
  let author = o.author ?? (o.bot ? makeUser('other-bot', { bot: true }) : world.user);
  if (o.bot !== undefined) author = { ...author, bot: o.bot };
  const channel = world.dmChannelFor(author);
  return { ...messageBase(channel.id, author, o.content), channel_type: ChannelType.DM };
}

export interface GuildMessageOptions {
  content: string;
  author?: APIUser;
  guild?: FakeGuild;
  channelId?: string;
}

/** MESSAGE_CREATE in a guild text channel, with guild_id and the author's member. */
export function guildMessage(world: FakeWorld, o: GuildMessageOptions): GatewayMessageCreateDispatchData {
  const guild = o.guild ?? world.guild;
  const channelId = o.channelId ?? guild.channels[0]?.id;
  if (!channelId) throw new Error(`fake-discord: guild ${guild.id} has no text channel`);
  const author = o.author ?? world.user;
  const member = world.member(guild, author.id);
  return {
    ...messageBase(channelId, author, o.content),
    guild_id: guild.id,
    channel_type: ChannelType.GuildText,
    ...(member
      ? { member: { roles: member.roles, joined_at: member.joined_at ?? guild.joinedAt, deaf: false, mute: false, flags: member.flags, nick: member.nick ?? null } }
      : {}),
  };
}
