import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { answerQuery } from '../src/answer/answer.js';
import { findDispatch } from '../src/answer/question.js';
import { t } from '../src/answer/i18n.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import { fold } from '../src/text/fold.js';
import type { Answer, Lang } from '../src/types.js';
import type { BotCommand, BotContext } from '../src/bot/types.js';
import { langFor, replyWithAnswer, stringOptions } from '../src/bot/respond.js';

/** /dispatch: one dispatch in brief (meetings, topics, positions) and where to read it whole. */
function summarise(id: string, lang: Lang, ctx: BotContext): Answer {
  const corpus = ctx.library.corpus;
  const found = findDispatch(id, corpus);
  const query = { raw: id, lang, intent: 'dispatch' as const, people: [], places: [], topics: [], unknownNames: [], from: null, to: null, words: [], dispatch: found };
  const answer = answerQuery(query, corpus, defaultLexicon());
  if (found) return answer;
  const summary = t('no-dispatch', lang, { id });
  return { ...answer, summary, text: summary, found: false, items: [] };
}

export const command: BotCommand = {
  definition: new SlashCommandBuilder()
    .setName('dispatch')
    .setNameLocalizations({ fr: 'depeche' })
    .setDescription('One dispatch in brief: its meetings, topics and positions, and where to read it')
    .setDescriptionLocalizations({ fr: 'Une dépêche en bref : rencontres, sujets, positions, et où la lire' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName('id').setDescription('Dispatch id or file name (start typing its title)').setDescriptionLocalizations({ fr: 'Identifiant ou fichier de la dépêche (tapez le début du titre)' }).setRequired(true).setAutocomplete(true).setMaxLength(200))
    .toJSON(),
  answer: (o, lang, ctx) => summarise(o.id ?? '', lang, ctx),
  async autocomplete(interaction, ctx) {
    const typed = fold(interaction.options.getFocused());
    const choices = [...ctx.library.corpus.dispatches.values()]
      .filter((d) => !typed || d.id.startsWith(typed) || fold(d.title).includes(typed) || fold(d.file).includes(typed))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .slice(0, 25)
      .map((d) => ({ name: `${d.date ? `${d.date} ` : ''}${d.title}`.slice(0, 100), value: d.id }));
    await interaction.respond(choices);
  },
  async execute(interaction, ctx) {
    const o = stringOptions(interaction, ['id']);
    await replyWithAnswer(interaction, summarise(o.id ?? '', langFor(interaction), ctx), 'dispatch', o);
  },
};
