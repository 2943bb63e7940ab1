import { config as loadDotenv } from 'dotenv';

/**
 * Settings, read once from the environment (and .env), validated, frozen. Every error names
 * the setting so a user knows what to fix.
 */
export interface Config {
  discordToken: string | null;
  discordClientId: string | null;
  discordGuildId: string | null;
  discordApiBase: string | null;
  adminUserIds: string[];
  dispatchDir: string;
  dataDir: string;
  logLevel: string;
  logFormat: 'text' | 'json';
  maxFileBytes: number;
  maxDispatches: number;
  /** Questions a user may ask per minute. */
  rateLimitUser: number;
  /** Questions a server may ask per minute, all users together. */
  rateLimitGuild: number;
  /** Shards for `npm run start:sharded`: a number, or "auto" for Discord's recommendation. */
  shardCount: number | 'auto';
  /** Analysis threads for a build (0: the main thread). */
  analysisWorkers: number | null;
  /** Apply changed dispatch files as they are written, without /reindex. */
  watchDispatches: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(`Config: ${message}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['error', 'warn', 'info', 'debug'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const text = (name: string): string | null => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const snowflake = (name: string): string | null => {
    const v = text(name);
    if (v !== null && !/^\d{15,22}$/.test(v)) throw new ConfigError(`${name} must be a Discord id (15 to 22 digits), got "${v}"`);
    return v;
  };
  const integer = (name: string, fallback: number, min = 1): number => {
    const v = text(name);
    if (v === null) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${v}"`);
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = text(name)?.toLowerCase();
    if (v === undefined || v === null) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    throw new ConfigError(`${name} must be true or false, got "${v}"`);
  };
  const apiBase = text('DISCORD_API_BASE');
  if (apiBase !== null && !/^https?:\/\/[^\s]+$/.test(apiBase)) throw new ConfigError(`DISCORD_API_BASE must be an http(s) URL, got "${apiBase}"`);
  const logLevel = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const logFormat = (text('LOG_FORMAT') ?? 'text').toLowerCase();
  if (logFormat !== 'text' && logFormat !== 'json') throw new ConfigError(`LOG_FORMAT must be text or json, got "${logFormat}"`);
  const admins = (text('ADMIN_USER_IDS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of admins) if (!/^\d{15,22}$/.test(id)) throw new ConfigError(`ADMIN_USER_IDS must list Discord ids separated by commas, got "${id}"`);
  return Object.freeze({
    discordToken: text('DISCORD_TOKEN'),
    discordClientId: snowflake('DISCORD_CLIENT_ID'),
    discordGuildId: snowflake('DISCORD_GUILD_ID'),
    discordApiBase: apiBase,
    adminUserIds: admins,
    dispatchDir: text('DISPATCH_DIR') ?? 'seeds',
    dataDir: text('DATA_DIR') ?? 'data',
    logLevel,
    logFormat: logFormat as 'text' | 'json',
    maxFileBytes: integer('MAX_FILE_BYTES', 5 * 1024 * 1024),
    maxDispatches: integer('MAX_DISPATCHES', 200_000),
    rateLimitUser: integer('RATE_LIMIT_USER', 20),
    rateLimitGuild: integer('RATE_LIMIT_GUILD', 300),
    shardCount: text('SHARD_COUNT') === null || text('SHARD_COUNT')!.toLowerCase() === 'auto' ? 'auto' : integer('SHARD_COUNT', 1),
    analysisWorkers: text('ANALYSIS_WORKERS') === null ? null : integer('ANALYSIS_WORKERS', 0, 0),
    watchDispatches: bool('WATCH_DISPATCHES', true),
  });
}

let loaded: Config | null = null;

/** The process's configuration: .env read once, then validated once. */
export function config(): Config {
  if (!loaded) {
    loadDotenv({ quiet: true });
    loaded = readConfig();
  }
  return loaded;
}

/** Settings the bot cannot run without; the message names each missing one. */
export function requireBotSettings(c: Config): { token: string; clientId: string } {
  if (!c.discordToken) throw new ConfigError('DISCORD_TOKEN is missing (set it in .env, or use the command line without it: npm run cli -- ask "Qui a rencontré Poutine ?")');
  if (!c.discordClientId) throw new ConfigError('DISCORD_CLIENT_ID is missing (the application id from the Discord developer portal; set it in .env)');
  return { token: c.discordToken, clientId: c.discordClientId };
}
