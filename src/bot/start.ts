import type { Config } from '../config.js';

/** Placeholder replaced by the Discord bot (issue 3). */
export async function startBot(_cfg: Config): Promise<void> {
  throw new Error('The Discord bot is not built yet: use the command line (npm run cli -- ask "...")');
}
