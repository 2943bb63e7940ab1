import { SlashCommandBuilder, InteractionContextType, PermissionFlagsBits, MessageFlags } from 'discord.js';
import type { BotCommand } from '../src/bot/types.js';
import { adminRefusal } from '../src/bot/preconditions.js';
import { ephemeral, langFor, NO_MENTIONS } from '../src/bot/respond.js';
import { notice, reportEmbed, COLOURS } from '../src/render/discord.js';

const TEXT = {
  fr: {
    'not-manager': ['Réservé aux administrateurs', 'Il faut la permission « Gérer le serveur » pour recharger les dépêches.'],
    'not-admin': ['Réservé aux administrateurs', 'En message privé, seuls les administrateurs du bot (ADMIN_USER_IDS) peuvent recharger les dépêches.'],
    failed: 'Échec du rechargement ; l’index précédent reste en service.',
  },
  en: {
    'not-manager': ['Admins only', 'You need the Manage Server permission to reload the dispatches.'],
    'not-admin': ['Admins only', 'In direct messages, only the bot’s admins (ADMIN_USER_IDS) can reload the dispatches.'],
    failed: 'Reindex failed; the previous index keeps serving.',
  },
} as const;

/**
 * /reindex (admins): re-read the files that changed, analyse the new texts, update the index and
 * report what changed; `full` re-reads and re-analyses everything (after a lexicon change).
 */
export const command: BotCommand = {
  definition: new SlashCommandBuilder()
    .setName('reindex')
    .setNameLocalizations({ fr: 'reindexer' })
    .setDescription('Admins: reload the dispatch folder and rebuild the index')
    .setDescriptionLocalizations({ fr: 'Administrateurs : recharger les dépêches et reconstruire l’index' })
    .addBooleanOption((o) =>
      o
        .setName('full')
        .setNameLocalizations({ fr: 'complet' })
        .setDescription('Re-read and re-analyse every file instead of only those that changed')
        .setDescriptionLocalizations({ fr: 'Relire et réanalyser tous les fichiers, pas seulement ceux qui ont changé' }),
    )
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = langFor(interaction);
    const refusal = adminRefusal(interaction, ctx.config);
    if (refusal) {
      ctx.logger.warn('reindex refused', { user: interaction.user.id, reason: refusal });
      await interaction.reply(ephemeral(TEXT[lang][refusal][0], TEXT[lang][refusal][1]));
      return;
    }
    // Rebuilding may take longer than Discord's 3 seconds: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const full = interaction.options.getBoolean('full') ?? false;
      const report = await ctx.library.reindex(full);
      // Sharded: every other shard holds its own copy of the index and reindexes too.
      if (interaction.client.shard) {
        const me = interaction.client.shard.ids[0];
        await interaction.client.shard.broadcastEval((c, { me, full }) => (c.shard?.ids[0] === me ? null : c.emit('dispatchReindex' as never, full as never)), { context: { me, full } });
      }
      ctx.logger.info('reindex done', { dispatches: report.dispatches, skipped: report.skipped.length, ms: report.millis });
      for (const skipped of report.skipped) ctx.logger.warn(`skipped ${skipped.file}: ${skipped.reason}`);
      await interaction.editReply({ embeds: [reportEmbed(report, lang)], allowedMentions: NO_MENTIONS });
    } catch (err) {
      ctx.logger.error(`reindex failed: ${(err as Error).message}`);
      await interaction.editReply({ embeds: [notice(TEXT[lang].failed, (err as Error).message, COLOURS.error)], allowedMentions: NO_MENTIONS });
    }
  },
};
