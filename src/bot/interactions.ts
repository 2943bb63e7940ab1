import { MessageFlags, type Interaction, type ButtonInteraction } from 'discord.js';
import type { BotCommand, BotContext } from './types.js';
import { parseFooter } from './footer.js';
import { ephemeral, langFor, NO_MENTIONS } from './respond.js';
import { parsePageButton, renderAnswerPage } from '../render/discord.js';
import { langOf } from './locale.js';

const TEXT = {
  fr: {
    notYours: ['Ces boutons ne sont pas à vous', 'Seule la personne qui a posé la question peut tourner les pages. Posez la vôtre avec /ask.'],
    expired: ['Page indisponible', 'Cette réponse ne peut plus être recalculée. Posez la question à nouveau.'],
    failed: ['Erreur', 'La commande a échoué ({id}). Réessayez ; si cela persiste, prévenez un administrateur.'],
    unknown: ['Commande inconnue', 'Cette commande n’existe plus. Essayez /help.'],
    slowDown: ['Un instant', 'Vous posez beaucoup de questions : réessayez dans {s} s.'],
  },
  en: {
    notYours: ['These buttons are not yours', 'Only the person who asked can turn the pages. Ask your own with /ask.'],
    expired: ['Page unavailable', 'This answer can no longer be recomputed. Please ask again.'],
    failed: ['Error', 'The command failed ({id}). Try again; if it persists, tell an administrator.'],
    unknown: ['Unknown command', 'This command no longer exists. Try /help.'],
    slowDown: ['One moment', 'That is a lot of questions: please try again in {s} s.'],
  },
} as const;

/**
 * Routes every interaction to its command, and page buttons to the command that made the page.
 * Logs one line per interaction with its outcome and duration.
 */
export const SLOW_DOWN = TEXT;

export function interactionHandler(commands: Map<string, BotCommand>, ctx: BotContext) {
  return async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    const lang = langFor(interaction);
    let name = 'unknown';
    let outcome = 'ok';
    try {
      if (interaction.isChatInputCommand()) {
        name = interaction.commandName;
        const command = commands.get(name);
        if (!command) {
          outcome = 'unknown-command';
          await interaction.reply(ephemeral(TEXT[lang].unknown[0], TEXT[lang].unknown[1]));
          return;
        }
        // Questions are rate-limited per user and per server; help and admin commands are not.
        if (command.answer) {
          const wait = ctx.limits.check(interaction.user.id, interaction.guildId);
          if (wait !== null) {
            outcome = 'rate-limited';
            await interaction.reply(ephemeral(TEXT[lang].slowDown[0], TEXT[lang].slowDown[1].replace('{s}', String(wait))));
            return;
          }
        }
        await command.execute(interaction, ctx);
      } else if (interaction.isAutocomplete()) {
        name = `${interaction.commandName}:autocomplete`;
        const command = commands.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } else if (interaction.isButton()) {
        name = 'page-button';
        outcome = await turnPage(interaction, commands, ctx);
      }
    } catch (err) {
      outcome = 'error';
      const id = `E${Date.now().toString(36)}`;
      ctx.logger.error(`interaction ${name} failed: ${(err as Error).message}`, { id, stack: (err as Error).stack });
      await replyError(interaction, TEXT[lang].failed[0], TEXT[lang].failed[1].replace('{id}', id)).catch(() => undefined);
    } finally {
      ctx.logger.info('interaction', { command: name, user: interaction.user.id, guild: interaction.guildId ?? 'dm', outcome, ms: Math.round(performance.now() - started) });
    }
  };
}

async function turnPage(interaction: ButtonInteraction, commands: Map<string, BotCommand>, ctx: BotContext): Promise<string> {
  const button = parsePageButton(interaction.customId);
  if (!button) return 'unknown-button';
  const lang = langOf(interaction.locale);
  if (button.ownerId !== interaction.user.id) {
    await interaction.reply(ephemeral(TEXT[lang].notYours[0], TEXT[lang].notYours[1]));
    return 'not-owner';
  }
  const footer = interaction.message.embeds[0]?.footer?.text ?? '';
  const asked = parseFooter(footer);
  const command = asked ? commands.get(asked.command) : undefined;
  if (!asked || !command?.answer) {
    await interaction.reply(ephemeral(TEXT[lang].expired[0], TEXT[lang].expired[1]));
    return 'expired';
  }
  // The page keeps the language it was first shown in: read it from the buttons' labels.
  const pageLang = /Suivant|Précédent/.test(JSON.stringify(interaction.message.components)) ? 'fr' : lang;
  const answer = command.answer(asked.options, pageLang, ctx);
  const page = renderAnswerPage(answer, button.page, button.ownerId, footer.replace(/ · \d+\/\d+$/, ''));
  await interaction.update({ ...page, allowedMentions: NO_MENTIONS });
  return 'ok';
}

async function replyError(interaction: Interaction, title: string, body: string): Promise<void> {
  if (!interaction.isRepliable()) return;
  const payload = ephemeral(title, body, true);
  if (interaction.deferred || interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply(payload);
}
