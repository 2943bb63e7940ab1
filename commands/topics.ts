import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { queryCommand, withDateRange } from '../src/bot/command-kit.js';

/** /topics: which topics a dispatch, a person's meetings or a place covered, each with a passage. */
const definition = withDateRange(
  new SlashCommandBuilder()
    .setName('topics')
    .setNameLocalizations({ fr: 'sujets' })
    .setDescription('Which topics were covered, each with a supporting passage')
    .setDescriptionLocalizations({ fr: 'Les sujets abordés, chacun avec un passage qui l’atteste' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName('about').setNameLocalizations({ fr: 'sur' }).setDescription('A dispatch id, a person, a place or free words').setDescriptionLocalizations({ fr: 'Un identifiant de dépêche, une personne, un lieu ou des mots' }).setAutocomplete(true).setMaxLength(200))
).toJSON();

export const command = queryCommand(definition, 'topics', ['about', 'from', 'to'], (o) => ({ about: o.about }), { about: 'any' });
