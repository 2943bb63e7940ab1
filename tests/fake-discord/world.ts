/**
 * The state of the fake Discord: who the bot is, which guilds, channels,
 * members and users exist, the messages and commands the bot created, and the
 * interactions handed to it. REST routes, the gateway and the payload builders
 * all read and write this one object, so what a test dispatches and what the
 * bot later fetches or answers stay consistent.
 */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  type GuildSystemChannelFlags,
  GuildVerificationLevel,
  type ApplicationFlags,
  type ChannelFlags,
  type GuildMemberFlags,
  Locale,
  PermissionFlagsBits,
  type RoleFlags,
  type APIApplication,
  type APIApplicationCommand,
  type APIDMChannel,
  type APIGuildMember,
  type APIInteraction,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type InteractionResponseType,
} from 'discord.js';
import { randomToken, snowflake } from './ids.js';

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: Locale;
  /** roles[0] is @everyone, whose id is the guild id (as on Discord). */
  roles: APIRole[];
  channels: APITextChannel[];
  members: APIGuildMember[];
  joinedAt: string;
}

export interface GuildInput {
  name?: string;
  ownerId?: string;
  preferredLocale?: Locale;
  /** Names of text channels to create; the first one is the default channel. */
  textChannels?: string[];
  /** Users (besides the bot) who are members, with the names of roles to give them. */
  members?: { user: APIUser; roles?: string[] }[];
  /** Extra roles: name -> permission bits. */
  roles?: Record<string, bigint>;
}

/** What the fake remembers about an interaction it dispatched, keyed by token. */
export interface InteractionRecord {
  interaction: APIInteraction;
  dispatchedAt: number;
  /** Type of the first callback, null until the bot acknowledges. */
  ackType: InteractionResponseType | null;
  /** The message @original refers to, once there is one. */
  originalMessageId: string | null;
  followUpIds: string[];
}

export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** A plausible default for @everyone: read, write, react, use commands; nothing moderative. */
export const EVERYONE_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

const MODERATOR_PERMISSIONS: bigint =
  PermissionFlagsBits.ManageMessages | PermissionFlagsBits.KickMembers | PermissionFlagsBits.ModerateMembers;

export function makeUser(username: string, extra: Partial<APIUser> = {}): APIUser {
  return {
    id: snowflake(),
    username,
    // Since the 2023 username migration, humans have discriminator "0"; bots keep a 4-digit one.
    discriminator: extra.bot ? '4821' : '0',
    global_name: extra.bot ? null : username.charAt(0).toUpperCase() + username.slice(1),
    avatar: null,
    ...extra,
  };
}

function makeRole(id: string, name: string, permissions: bigint, position: number, extra: Partial<APIRole> = {}): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...extra,
  };
}

export function makeMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export interface WorldOptions {
  botName?: string;
  /** Settings for the default guild (created unless `guilds: false`). */
  guild?: GuildInput | false;
}

export class FakeWorld {
  readonly botUser: APIUser;
  readonly application: APIApplication;
  /** The default human who runs commands and writes DMs in the builders. */
  readonly user: APIUser;
  /** A second human, owner of the default guild and a moderator there. */
  readonly otherUser: APIUser;
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly dmChannels = new Map<string, APIDMChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  readonly interactions = new Map<string, InteractionRecord>();

  constructor(options: WorldOptions = {}) {
    this.botUser = makeUser(options.botName ?? 'fake-bot', { bot: true });
    // Applications created since 2020 share their id with their bot user.
    this.application = {
      id: this.botUser.id,
      name: this.botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      bot: this.botUser,
      summary: '',
      verify_key: randomToken(32),
      team: null,
      flags: 0 as ApplicationFlags,
      flags_new: '0',
    };
    this.user = makeUser('alice');
    this.otherUser = makeUser('bob');
    for (const u of [this.botUser, this.user, this.otherUser]) this.users.set(u.id, u);
    if (options.guild !== false) {
      this.addGuild({
        name: 'Fake Guild',
        ownerId: this.otherUser.id,
        textChannels: ['general', 'dispatches'],
        roles: { Moderator: MODERATOR_PERMISSIONS },
        members: [{ user: this.user }, { user: this.otherUser, roles: ['Moderator'] }],
        ...options.guild,
      });
    }
  }

  /** The first guild: where guild builders act unless told otherwise. */
  get guild(): FakeGuild {
    const first = this.guilds.values().next().value;
    if (!first) throw new Error('fake-discord: the world has no guild');
    return first;
  }

  /** The default guild's first text channel. */
  get textChannel(): APITextChannel {
    const channel = this.guild.channels[0];
    if (!channel) throw new Error('fake-discord: the default guild has no text channel');
    return channel;
  }

  addGuild(input: GuildInput = {}): FakeGuild {
    const id = snowflake();
    const joinedAt = new Date().toISOString();
    const roles: APIRole[] = [makeRole(id, '@everyone', EVERYONE_PERMISSIONS, 0)];
    // The bot's managed integration role, as Discord creates when a bot joins with permissions.
    const botRole = makeRole(snowflake(), this.botUser.username, EVERYONE_PERMISSIONS, 1, {
      managed: true,
      tags: { bot_id: this.botUser.id },
    });
    roles.push(botRole);
    for (const [name, permissions] of Object.entries(input.roles ?? {})) {
      roles.push(makeRole(snowflake(), name, permissions, roles.length));
    }
    const roleId = (name: string): string => {
      const role = roles.find((r) => r.name === name);
      if (!role) throw new Error(`fake-discord: no role named ${name}`);
      return role.id;
    };
    const channels = (input.textChannels ?? ['general']).map(
      (name, position): APITextChannel => ({
        id: snowflake(),
        type: ChannelType.GuildText,
        guild_id: id,
        name,
        position,
        parent_id: null,
        topic: null,
        nsfw: false,
        rate_limit_per_user: 0,
        last_message_id: null,
        permission_overwrites: [],
        flags: 0 as ChannelFlags,
      }),
    );
    const members = [
      makeMember(this.botUser, [botRole.id], joinedAt),
      ...(input.members ?? []).map((m) => {
        this.users.set(m.user.id, m.user);
        return makeMember(m.user, (m.roles ?? []).map(roleId), joinedAt);
      }),
    ];
    const guild: FakeGuild = {
      id,
      name: input.name ?? 'Fake Guild',
      ownerId: input.ownerId ?? this.otherUser.id,
      preferredLocale: input.preferredLocale ?? Locale.EnglishUS,
      roles,
      channels,
      members,
      joinedAt,
    };
    this.guilds.set(id, guild);
    return guild;
  }

  /** Who the user id is; unknown ids get a placeholder so a DM to anyone works. */
  userById(id: string): APIUser {
    let user = this.users.get(id);
    if (!user) {
      user = { ...makeUser(`user${id.slice(-4)}`), id };
      this.users.set(id, user);
    }
    return user;
  }

  /** Remembers users seen in dispatched payloads, so later REST calls about them succeed. */
  rememberUser(user: APIUser): void {
    if (!this.users.has(user.id)) this.users.set(user.id, user);
  }

  member(guild: FakeGuild, userId: string): APIGuildMember | undefined {
    return guild.members.find((m) => m.user.id === userId);
  }

  /**
   * Guild-level permissions of a member: the owner and Administrators get
   * everything, others the union of @everyone and their roles. Channel
   * overwrites are not modelled (the default channels have none).
   */
  memberPermissions(guild: FakeGuild, userId: string): bigint {
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const member = this.member(guild, userId);
    const roleIds = new Set([guild.id, ...(member?.roles ?? [])]);
    const bits = guild.roles
      .filter((r) => roleIds.has(r.id))
      .reduce((all, r) => all | BigInt(r.permissions), 0n);
    return bits & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : bits;
  }

  /** The DM channel between the bot and a user: one per user, created on first use. */
  dmChannelFor(user: APIUser): APIDMChannel {
    const existing = this.dmChannels.get(user.id);
    if (existing) return existing;
    this.rememberUser(user);
    const channel: APIDMChannel = { id: snowflake(), type: ChannelType.DM, name: null, last_message_id: null, flags: 0 as ChannelFlags, recipients: [user] };
    this.dmChannels.set(user.id, channel);
    return channel;
  }

  /** Any channel the fake knows: guild text channels and DM channels. */
  channel(id: string): APITextChannel | APIDMChannel | undefined {
    for (const guild of this.guilds.values()) {
      const found = guild.channels.find((c) => c.id === id);
      if (found) return found;
    }
    for (const dm of this.dmChannels.values()) if (dm.id === id) return dm;
    return undefined;
  }

  guildOfChannel(channelId: string): FakeGuild | undefined {
    for (const guild of this.guilds.values()) if (guild.channels.some((c) => c.id === channelId)) return guild;
    return undefined;
  }

  storeMessage(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    const channel = this.channel(message.channel_id);
    if (channel) channel.last_message_id = message.id;
    return message;
  }

  /** Messages in a channel, oldest first: handy to assert what the bot posted. */
  messagesIn(channelId: string): APIMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  commandsFor(guildId: string | null): APIApplicationCommand[] {
    if (guildId === null) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) this.guildCommands.set(guildId, (list = []));
    return list;
  }

  /** The GUILD_CREATE payload for a guild, with every field discord.js reads. */
  guildCreatePayload(guild: FakeGuild): GatewayGuildCreateDispatchData {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: guild.roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: guild.channels[0]?.id ?? null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: guild.preferredLocale,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      max_members: 500_000,
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: guild.members.length,
      voice_states: [],
      members: guild.members,
      channels: guild.channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
