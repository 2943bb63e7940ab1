import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { config, ConfigError, requireBotSettings } from './config.js';
import { configureLogger, logger, registerSecret } from './logger.js';
import { openLibrary } from './service/library.js';
import { reportToText } from './render/text.js';

/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager (required from 2,500
 * servers), one process per shard. This process builds or refreshes the snapshot once, so the
 * shards only read it: each loads the same partitions, newest first, and answers at once.
 */
const ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

async function launch(): Promise<void> {
  const cfg = config();
  configureLogger(cfg.logLevel, cfg.logFormat);
  const { token } = requireBotSettings(cfg);
  registerSecret(token);
  const library = await openLibrary({ dispatchDir: cfg.dispatchDir, dataDir: cfg.dataDir, limits: cfg, workers: cfg.analysisWorkers ?? undefined });
  logger.info(`snapshot ready for the shards: ${reportToText(library.report).split('\n')[0]}`);
  const manager = new ShardingManager(ENTRY, {
    token,
    totalShards: cfg.shardCount,
    mode: 'process',
    // Shards are TypeScript like this process: load them through tsx.
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info(`shard ${shard.id} started`);
    shard.on('death', () => logger.warn(`shard ${shard.id} stopped; the manager restarts it`));
  });
  await manager.spawn({ timeout: 120_000 });
  logger.info(`${manager.shards.size} shard(s) running`);
}

launch().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  logger.error((err as Error).message);
  process.exit(1);
});
