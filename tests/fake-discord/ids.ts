/**
 * Identifiers that look like Discord's: snowflakes and interaction tokens.
 *
 * Snowflakes matter beyond looks: @discordjs/rest groups rate-limit buckets by
 * matching /\d{17,19}/ in the route, and discord.js derives createdAt from the
 * id, so a fake id must be a real, current snowflake.
 */
import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01T00:00:00.000Z), used by every snowflake. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/** A new snowflake for "now": timestamp << 22 | worker 1 << 17 | process 0 << 12 | increment. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random opaque string, URL-safe because tokens travel in REST paths. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * An interaction token. Real ones are base64 of "interaction:<id>:<secret>";
 * the bot must treat them as opaque, so only the shape is imitated.
 */
export function interactionToken(interactionId: string): string {
  return Buffer.from(`interaction:${interactionId}:${randomToken(48)}`).toString('base64url');
}

/** A gateway session id: 32 hex characters, like Discord's. */
export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
