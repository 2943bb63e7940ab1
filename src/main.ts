import { createInterface } from 'node:readline/promises';
import { config, ConfigError } from './config.js';
import { configureLogger, logger, registerSecret } from './logger.js';
import { openLibrary } from './service/library.js';
import { ask } from './answer/answer.js';
import { answerToText, reportToText } from './render/text.js';

/**
 * `npm start`: the bot when DISCORD_TOKEN is set; otherwise the same answers on the command
 * line over the dispatch folder, so a new user sees the product work before any set-up.
 */
const EXAMPLES = ['Qui a rencontré Poutine ?', 'What did Putin say about Israel?', 'Quels sujets ont été abordés à Moscou ?'];

const USAGE = `Usage:
  npm start                       the Discord bot when DISCORD_TOKEN is set; else the example questions
                                  answered over DISPATCH_DIR (seeds/), or a prompt in a terminal
  npm start -- "QUESTION"         one question in French, English or Arabic, e.g.
                                  "Qui a rencontré Poutine ?", "What did Putin say about Israel?", "من التقى بوتين؟"
  npm run cli -- --help           the command line tools (extract, ask --json, index)
`;

async function main(): Promise<void> {
  // "--help" is no question: without this it was answered as one ("No dispatch answers this question").
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const cfg = config();
  configureLogger(cfg.logLevel, cfg.logFormat);
  registerSecret(cfg.discordToken);
  if (cfg.discordToken) {
    const { startBot } = await import('./bot/start.js');
    await startBot(cfg);
    return;
  }
  process.stderr.write(
    'DISCORD_TOKEN is not set, so the bot does not connect to Discord (copy .env.example to .env and fill in\n' +
      'DISCORD_TOKEN and DISCORD_CLIENT_ID to run it). Meanwhile, answering on the command line over ' +
      `"${cfg.dispatchDir}":\n\n`,
  );
  const { corpus, report } = await openLibrary({ dispatchDir: cfg.dispatchDir, dataDir: cfg.dataDir, limits: cfg, workers: cfg.analysisWorkers ?? undefined });
  process.stderr.write(`${reportToText(report)}\n\n`);
  const question = process.argv.slice(2).join(' ').trim();
  if (question) {
    process.stdout.write(`${answerToText(ask(question, corpus))}\n`);
    return;
  }
  if (!process.stdin.isTTY) {
    for (const q of EXAMPLES) process.stdout.write(`? ${q}\n${answerToText(ask(q, corpus))}\n\n`);
    process.stdout.write('Ask your own: npm start -- "Who did Putin meet?"  (or npm run cli -- ask --json "...")\n');
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  process.stdout.write(`Ask a question in French, English or Arabic (empty line to quit), e.g. ${EXAMPLES[0]}\n`);
  for (;;) {
    const q = (await rl.question('? ')).trim();
    if (!q) break;
    process.stdout.write(`${answerToText(ask(q, corpus))}\n\n`);
  }
  rl.close();
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  logger.error((err as Error).message, { stack: (err as Error).stack });
  process.exit(1);
});
