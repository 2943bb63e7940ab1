import { SlashCommandBuilder, InteractionContextType } from 'discord.js';
import { ask as answerQuestion } from '../src/answer/answer.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import type { BotCommand } from '../src/bot/types.js';
import { replyWithAnswer, stringOptions } from '../src/bot/respond.js';

/** /ask: a question in plain French or English, answered as a direct message would be. */
export const command: BotCommand = {
  definition: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ fr: 'question' })
    .setDescription('Ask in plain English or French: who met whom, which topics, who said what')
    .setDescriptionLocalizations({ fr: 'Posez une question en français ou en anglais : qui a rencontré qui, quels sujets, qui a dit quoi' })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => o.setName('question').setDescription('For example: Who did Putin meet?').setDescriptionLocalizations({ fr: 'Par exemple : Qui a rencontré Poutine ?' }).setRequired(true).setMaxLength(500))
    .toJSON(),
  // The question's own language decides the answer's, not the asker's locale.
  answer: (o, _lang, ctx) => answerQuestion(o.question ?? '', ctx.library.corpus, defaultLexicon()),
  async execute(interaction, ctx) {
    const o = stringOptions(interaction, ['question']);
    await replyWithAnswer(interaction, command.answer!(o, 'en', ctx), 'ask', o);
  },
};
