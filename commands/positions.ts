import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { queryCommand, withDateRange } from '../src/bot/command-kit.js';

/** /positions: positions stated and words quoted, by whom, each with its passage. */
const definition = withDateRange(
  new SlashCommandBuilder()
    .setName('positions')
    .setDescription('Positions stated and words quoted, and by whom, with the source passage')
    .setDescriptionLocalizations({ fr: 'Positions exprimées et propos cités, et par qui, avec le passage source' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName('speaker').setNameLocalizations({ fr: 'orateur' }).setDescription('Who stated it (any spelling)').setDescriptionLocalizations({ fr: 'Qui l’a exprimée (toute graphie)' }).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('about').setNameLocalizations({ fr: 'sur' }).setDescription('A country, a topic or words').setDescriptionLocalizations({ fr: 'Un pays, un sujet ou des mots' }).setAutocomplete(true).setMaxLength(200))
).toJSON();

export const command = queryCommand(
  definition,
  'positions',
  ['speaker', 'about', 'from', 'to'],
  (o) => ({ people: [o.speaker].filter(Boolean), about: o.about }),
  { speaker: 'any', about: 'any' },
);
