/**
 * A fake Discord (REST + gateway) for end-to-end tests of a bot running the
 * real discord.js Client, entirely on 127.0.0.1.
 *
 *   const fake = await new FakeDiscord().start();
 *   const client = new Client({ intents, partials, rest: fakeRestOptions(fake) });
 *   await client.login('fake-token-for-tests');
 */
import type { IIdentifyThrottler } from 'discord.js';
import { pathPattern } from './faults.js';
import type { FakeDiscord } from './server.js';

export { FakeDiscord, type FakeDiscordOptions } from './server.js';
export { FakeWorld, makeUser, ALL_PERMISSIONS, EVERYONE_PERMISSIONS, type FakeGuild, type GuildInput, type InteractionRecord, type WorldOptions } from './world.js';
export {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  dmMessage,
  guildMessage,
  opt,
  type AutocompleteOptions,
  type ButtonOptions,
  type ChatInputOptions,
  type DmMessageOptions,
  type GuildMessageOptions,
  type InteractionPlace,
  type LocaleString,
} from './payloads.js';
export type { RecordedRequest } from './rest-server.js';
export type { RecordedGatewayPayload, GatewayConnectionInfo } from './gateway.js';
export type { Fault, HttpFault, ResetFault } from './faults.js';
export type { Recorded } from './recorder.js';
export type { UploadedFile } from './messages.js';
export { pathPattern } from './faults.js';
export { snowflake } from './ids.js';

/**
 * The discord.js `rest` client options that point the real REST client at the
 * fake: `api` is the base URL (@discordjs/rest appends /v`version`), a short
 * timeout and no retries so failures surface quickly in tests. The gateway URL
 * then comes from GET /gateway/bot.
 */
export function fakeRestOptions(fake: FakeDiscord, overrides: { timeout?: number; retries?: number } = {}) {
  return { api: fake.apiUrl, version: '10', timeout: overrides.timeout ?? 2_000, retries: overrides.retries ?? 0 };
}

/**
 * For the discord.js `ws.buildIdentifyThrottler` option: @discordjs/ws waits
 * about 5 s between two IDENTIFYs of a shard, which makes re-identify tests
 * slow. Resumes are not throttled and need none of this.
 */
export const noIdentifyThrottle = (): IIdentifyThrottler => ({ waitForIdentify: async () => {} });

/** A REST predicate for waitForRequest: method plus a path RegExp or ":param" pattern. */
export function requestTo(method: string, path: RegExp | string): (r: { method: string; path: string }) => boolean {
  const regex = pathPattern(path);
  return (r) => r.method === method.toUpperCase() && regex.test(r.path);
}
