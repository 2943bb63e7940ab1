import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { EntityKind, Intent, Lang, Query } from '../types.js';
import { defaultLexicon } from '../lexicons/lexicon.js';
import { answerQuery } from '../answer/answer.js';
import { queryFromOptions } from '../answer/question.js';
import { suggest } from '../answer/autocomplete.js';
import { dateRange } from '../answer/question.js';
import { fold } from '../text/fold.js';
import type { BotCommand, BotContext, CommandOptions } from './types.js';
import { langFor, replyWithAnswer, stringOptions } from './respond.js';

/**
 * What the structured commands share: options → Query → Answer → first page, and autocomplete of
 * people and places from the index. Commands stay declarative.
 */

/** Autocomplete for options holding names: each option name maps to the kind of entity it takes. */
export function entityAutocomplete(kinds: Record<string, EntityKind | 'any' | 'topic'>) {
  return async (interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> => {
    const focused = interaction.options.getFocused(true);
    const kind = kinds[focused.name] ?? 'any';
    const choices = suggest(kind, String(focused.value), ctx.library.corpus, defaultLexicon(), langFor(interaction));
    await interaction.respond(choices);
  };
}

/** The from/to date options shared by the structured commands, localised. */
export function withDateRange<B extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder
    .addStringOption((o) => o.setName('from').setNameLocalizations({ fr: 'du' }).setDescription('From date (YYYY-MM-DD, YYYY-MM or YYYY)').setDescriptionLocalizations({ fr: 'À partir du (AAAA-MM-JJ, AAAA-MM ou AAAA)' }).setMaxLength(30))
    .addStringOption((o) => o.setName('to').setNameLocalizations({ fr: 'au' }).setDescription('Up to date (YYYY-MM-DD, YYYY-MM or YYYY)').setDescriptionLocalizations({ fr: 'Jusqu’au (AAAA-MM-JJ, AAAA-MM ou AAAA)' }).setMaxLength(30));
}

/** Accepts YYYY-MM-DD, YYYY-MM, YYYY or words ("mars 2025"), as the start or end of a range. */
export function parseDateOption(value: string | undefined, end: boolean): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ym = /^(\d{4})-(\d{2})$/.exec(v);
  if (ym) return end ? `${v}-${String(new Date(Date.UTC(+ym[1], +ym[2], 0)).getUTCDate()).padStart(2, '0')}` : `${v}-01`;
  const r = dateRange(fold(v));
  return end ? r.to : r.from;
}

/** A command answering a structured query built from its options. */
export function queryCommand(
  definition: BotCommand['definition'],
  intent: Intent,
  optionNames: string[],
  toOptions: (o: CommandOptions) => { people?: string[]; place?: string; about?: string; kind?: Query['kind'] },
  autocompleteKinds: Record<string, EntityKind | 'any' | 'topic'>,
): BotCommand {
  const answer = (o: CommandOptions, lang: Lang, ctx: BotContext) => {
    const mapped = toOptions(o);
    const query = queryFromOptions(
      { intent, lang, people: mapped.people, place: mapped.place, about: mapped.about, kind: mapped.kind, from: parseDateOption(o.from, false), to: parseDateOption(o.to, true) },
      ctx.library.corpus,
      defaultLexicon(),
    );
    return answerQuery(query, ctx.library.corpus, defaultLexicon());
  };
  return {
    definition,
    answer,
    autocomplete: entityAutocomplete(autocompleteKinds),
    async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
      const o = stringOptions(interaction, optionNames);
      await replyWithAnswer(interaction, answer(o, langFor(interaction), ctx), definition.name, o);
    },
  };
}
