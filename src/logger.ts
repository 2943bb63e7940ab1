import winston from 'winston';

/**
 * One structured logger for the process. Text for a terminal, JSON for a log pipeline. Secrets
 * never reach a transport: values that look like a Discord token, and the configured token itself,
 * are masked in every message and field.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | null | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

// Discord bot tokens: three base64url parts separated by dots.
const TOKEN_SHAPE = /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}/g;

export function redact(text: string): string {
  let out = text.replace(TOKEN_SHAPE, '[redacted]');
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out;
}

const redactFormat = winston.format((info) => {
  for (const key of Object.keys(info)) {
    const v = (info as Record<string, unknown>)[key];
    if (typeof v === 'string') (info as Record<string, unknown>)[key] = redact(v);
  }
  if (info.stack) info.stack = redact(String(info.stack));
  return info;
});

export function createLogger(level = 'info', format: 'text' | 'json' = 'text'): winston.Logger {
  const shape =
    format === 'json'
      ? winston.format.combine(redactFormat(), winston.format.timestamp(), winston.format.json())
      : winston.format.combine(
          redactFormat(),
          winston.format.timestamp({ format: 'HH:mm:ss' }),
          winston.format.printf(({ level: l, message, timestamp, ...rest }) => {
            const fields = Object.keys(rest).length ? ` ${redact(JSON.stringify(rest))}` : '';
            return `${timestamp} ${l} ${message}${fields}`;
          }),
        );
  // Logs go to stderr so that `cli ... --json` keeps stdout for its JSON.
  return winston.createLogger({ level, format: shape, transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug', 'verbose', 'silly'] })] });
}

export let logger = createLogger(process.env.LOG_LEVEL ?? 'info', process.env.LOG_FORMAT === 'json' ? 'json' : 'text');

export function configureLogger(level: string, format: 'text' | 'json'): void {
  logger = createLogger(level, format);
}
