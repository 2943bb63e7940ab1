import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { queryCommand, withDateRange } from '../src/bot/command-kit.js';

/** /meetings: who met whom, with roles, place and date, each meeting with its passage. */
const definition = withDateRange(
  new SlashCommandBuilder()
    .setName('meetings')
    .setNameLocalizations({ fr: 'rencontres' })
    .setDescription('Who met whom: participants, roles, place and date, with the source passage')
    .setDescriptionLocalizations({ fr: 'Qui a rencontré qui : participants, fonctions, lieu et date, avec le passage source' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName('person').setNameLocalizations({ fr: 'personne' }).setDescription('Someone who took part (any spelling)').setDescriptionLocalizations({ fr: 'Une personne qui y a participé (toute graphie)' }).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('with').setNameLocalizations({ fr: 'avec' }).setDescription('Someone else who took part').setDescriptionLocalizations({ fr: 'Une autre personne présente' }).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('place').setNameLocalizations({ fr: 'lieu' }).setDescription('Where it took place').setDescriptionLocalizations({ fr: 'Où elle a eu lieu' }).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) =>
      o
        .setName('kind')
        .setNameLocalizations({ fr: 'type' })
        .setDescription('Meetings in person or phone calls (default: both)')
        .setDescriptionLocalizations({ fr: 'Rencontres en personne ou appels téléphoniques (par défaut : les deux)' })
        .addChoices({ name: 'in person', name_localizations: { fr: 'en personne' }, value: 'meeting' }, { name: 'phone call', name_localizations: { fr: 'appel téléphonique' }, value: 'call' }),
    ),
).toJSON();

export const command = queryCommand(
  definition,
  'meetings',
  ['person', 'with', 'place', 'kind', 'from', 'to'],
  (o) => ({ people: [o.person, o.with].filter(Boolean), place: o.place, kind: o.kind === 'call' || o.kind === 'meeting' ? o.kind : null }),
  { person: 'person', with: 'person', place: 'place' },
);
