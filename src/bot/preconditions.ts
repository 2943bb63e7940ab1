import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../config.js';

/**
 * Admin commands: in a server, members with Manage Server (the command's default permission,
 * checked again here because server admins can change who sees a command); in a DM, only the
 * user ids of ADMIN_USER_IDS, since Discord applies no permission there.
 */
export function adminRefusal(interaction: ChatInputCommandInteraction, config: Config): 'not-manager' | 'not-admin' | null {
  if (interaction.inGuild()) {
    return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ? null : 'not-manager';
  }
  return config.adminUserIds.includes(interaction.user.id) ? null : 'not-admin';
}
