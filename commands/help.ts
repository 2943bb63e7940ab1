import { SlashCommandBuilder, InteractionContextType, MessageFlags } from 'discord.js';
import type { BotCommand } from '../src/bot/types.js';
import { helpText } from '../src/bot/help-text.js';
import { langFor, NO_MENTIONS } from '../src/bot/respond.js';
import { notice } from '../src/render/discord.js';

/** /help: what the bot can do, in the user's language. */
export const command: BotCommand = {
  definition: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ fr: 'aide' })
    .setDescription('What this bot can do')
    .setDescriptionLocalizations({ fr: 'Ce que ce bot sait faire' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),
  async execute(interaction, ctx) {
    const help = helpText(langFor(interaction));
    const n = ctx.library.corpus.dispatches.size;
    await interaction.reply({ embeds: [notice(help.title, `${help.body}\n\n${langFor(interaction) === 'fr' ? `${n} dépêche(s) indexée(s).` : `${n} dispatch(es) indexed.`}`)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  },
};
