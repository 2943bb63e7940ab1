import { MessageFlags, type ChatInputCommandInteraction, type InteractionReplyOptions } from 'discord.js';
import type { Answer } from '../types.js';
import { COLOURS, notice, renderAnswerPage } from '../render/discord.js';
import type { CommandOptions } from './types.js';
import { footerFor } from './footer.js';
import { langOf } from './locale.js';

/** Never ping: no @everyone, no role or user mention, from dispatch text or user input. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** Replies with the first page of an answer. Answers are computed in milliseconds, so no defer. */
export async function replyWithAnswer(interaction: ChatInputCommandInteraction, answer: Answer, command: string, options: CommandOptions): Promise<void> {
  const page = renderAnswerPage(answer, 0, interaction.user.id, footerFor(command, options));
  await interaction.reply({ ...page, allowedMentions: NO_MENTIONS });
}

/** The options of a chat-input interaction as strings (the footer's form). */
export function stringOptions(interaction: ChatInputCommandInteraction, names: string[]): CommandOptions {
  const out: CommandOptions = {};
  for (const n of names) {
    const v = interaction.options.get(n)?.value;
    if (v !== undefined && v !== null && String(v).trim()) out[n] = String(v).trim().slice(0, 300);
  }
  return out;
}

/** An error or refusal only the asker sees. */
export function ephemeral(title: string, body: string, error = false): InteractionReplyOptions {
  return { embeds: [notice(title, body, error ? COLOURS.error : COLOURS.empty)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

export function langFor(interaction: { locale?: string | null }): ReturnType<typeof langOf> {
  return langOf(interaction.locale);
}

