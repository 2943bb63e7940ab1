import type { Message } from 'discord.js';
import type { BotCommand, BotContext } from './types.js';
import { renderAnswerPage, notice } from '../render/discord.js';
import { footerFor } from './footer.js';
import { NO_MENTIONS } from './respond.js';
import { detectLanguage } from '../text/language.js';
import { helpText } from './help-text.js';
import { SLOW_DOWN } from './interactions.js';

/**
 * A question sent by direct message gets the same answer as /ask, with the same pages. Messages
 * from bots (this one included) and from servers are ignored; a message that is not a question
 * we understand gets what the bot can do.
 */
/**
 * discord.js retries a request whose connection was reset only when the error says ECONNRESET;
 * undici reports it as "other side closed", so the answer would be lost. Try once more.
 */
async function onceMoreOnReset<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    const text = `${(err as Error).message} ${(err as { cause?: Error }).cause?.message ?? ''} ${(err as NodeJS.ErrnoException).code ?? ''}`;
    if (!/other side closed|ECONNRESET|UND_ERR_SOCKET|socket hang up/i.test(text)) throw err;
    await new Promise((r) => setTimeout(r, 300));
    return send();
  }
}

export function directMessageHandler(commands: Map<string, BotCommand>, ctx: BotContext) {
  return async (message: Message): Promise<void> => {
    if (message.author.bot || message.inGuild()) return;
    const question = message.content.trim().slice(0, 1000);
    const started = performance.now();
    let outcome = 'ok';
    try {
      const ask = commands.get('ask');
      const lang = detectLanguage(question, 'en');
      const wait = ctx.limits.check(message.author.id, null);
      if (wait !== null) {
        outcome = 'rate-limited';
        const text = SLOW_DOWN[lang === 'fr' ? 'fr' : 'en'].slowDown;
        await message.reply({ embeds: [notice(text[0], text[1].replace('{s}', String(wait)))], allowedMentions: NO_MENTIONS });
        return;
      }
      if (!ask?.answer || !/[\p{L}\p{N}]{2}/u.test(question)) {
        outcome = 'help';
        await message.reply({ embeds: [notice(helpText(lang).title, helpText(lang).body)], allowedMentions: NO_MENTIONS });
        return;
      }
      const answer = ask.answer({ question }, lang, ctx);
      if (answer.intent === 'search' && !answer.found && answer.query.people.length === 0 && answer.query.unknownNames.length === 0) {
        outcome = 'not-understood';
        const help = helpText(answer.lang);
        await message.reply({ embeds: [notice(answer.summary, help.body)], allowedMentions: NO_MENTIONS });
        return;
      }
      await onceMoreOnReset(() => message.reply({ ...renderAnswerPage(answer, 0, message.author.id, footerFor('ask', { question })), allowedMentions: NO_MENTIONS }));
    } catch (err) {
      outcome = 'error';
      ctx.logger.error(`direct message failed: ${(err as Error).message}`, { stack: (err as Error).stack });
    } finally {
      ctx.logger.info('direct message', { user: message.author.id, outcome, ms: Math.round(performance.now() - started) });
    }
  };
}
