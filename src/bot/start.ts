import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, RESTOptions } from 'discord.js';
import { requireBotSettings, type Config } from '../config.js';
import { logger as defaultLogger, registerSecret } from '../logger.js';
import { LibraryHolder } from './library-holder.js';
import { watchDispatchFolder } from './folder-watch.js';
import { loadCommands } from './router.js';
import { createClient } from './client.js';
import { reportToText } from '../render/text.js';
import type { BotContext } from './types.js';
import { QuestionLimits } from './rate-limit.js';
import { InFlight } from './in-flight.js';

/** How long a shutdown waits for answers already being sent. */
const SHUTDOWN_GRACE_MS = 10_000;

export const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'commands');

export interface RunningBot {
  client: Client;
  context: BotContext;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** REST client options (tests use a short timeout and no retries). */
  rest?: Partial<RESTOptions>;
  /** Do not install SIGINT/SIGTERM handlers (tests). */
  noSignals?: boolean;
}

/** Client event through which one shard asks the others to reindex. */
export const REINDEX_EVENT = 'dispatchReindex';

/** Loads the dispatches, discovers the commands, connects. Fails fast on missing settings. */
export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const { token } = requireBotSettings(config);
  registerSecret(token);
  const logger = defaultLogger;
  // Under the ShardingManager (SHARDS set by it), the manager saved the snapshot before spawning;
  // every shard reads it, and only shard 0 writes it again after a reindex.
  const shard = process.env.SHARDS !== undefined ? Number(process.env.SHARDS.split(',')[0]) : null;
  const library = await LibraryHolder.open({
    dispatchDir: config.dispatchDir,
    dataDir: config.dataDir,
    limits: config,
    workers: config.analysisWorkers ?? undefined,
    readOnly: shard !== null && shard !== 0,
  });
  logger.info(reportToText(library.lastReport).split('\n')[0]);
  for (const s of library.lastReport.skipped) logger.warn(`skipped ${s.file}: ${s.reason}`);
  // Older partitions and the folder's changes since the snapshot load while the bot already answers.
  library.library.complete.then(
    (report) => {
      logger.info(`library complete: ${reportToText(report).split('\n')[0]}`);
      for (const s of report.skipped) logger.warn(`skipped ${s.file}: ${s.reason}`);
    },
    (err: Error) => logger.error(`loading the library failed: ${err.message}; serving what is loaded`),
  );
  const context: BotContext = { library, config, logger, limits: new QuestionLimits(config.rateLimitUser, config.rateLimitGuild), inFlight: new InFlight() };
  const commands = await loadCommands(COMMANDS_DIR, logger);
  const client = createClient(commands, context, options.rest);
  // A reindex asked on one shard reaches the others (see commands/reindex.ts).
  client.on(REINDEX_EVENT as never, (full: boolean) => {
    library.reindex(full).then(
      (r) => logger.info(`reindex asked by another shard: ${reportToText(r).split('\n')[0]}`),
      (err: Error) => logger.error(`reindex asked by another shard failed: ${err.message}`),
    );
  });
  await client.login(token);
  // Every shard follows the folder for its own copy of the index; only shard 0 writes the snapshot.
  const watcher = config.watchDispatches ? watchDispatchFolder(config.dispatchDir, library, logger) : null;
  const stop = async () => {
    watcher?.close();
    // Let answers already on their way finish (bounded), then disconnect.
    await context.inFlight.drain(SHUTDOWN_GRACE_MS);
    await client.destroy();
  };
  if (!options.noSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info(`${signal} received, disconnecting`);
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { client, context, stop };
}
