import { config, ConfigError } from '../src/config.js';
import { configureLogger, logger, registerSecret } from '../src/logger.js';
import { deployCommands } from '../src/bot/deploy.js';

/** `npm run deploy-commands`: register the slash commands (guild when DISCORD_GUILD_ID is set). */
try {
  const cfg = config();
  configureLogger(cfg.logLevel, cfg.logFormat);
  registerSecret(cfg.discordToken);
  await deployCommands(cfg, logger);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  logger.error(`registration failed: ${(err as Error).message}`);
  process.exit(1);
}
