/**
 * The bot end to end: the real discord.js client, started by the bot's own startBot, against
 * the fake Discord on 127.0.0.1. Assertions are on the HTTP requests the fake receives.
 */
import { once } from 'node:events';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, InteractionResponseType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, autocompleteInteraction, buttonInteraction, chatInputInteraction, dmMessage, makeUser, opt, requestTo, type RecordedRequest } from '../fake-discord/index.js';
import { readConfig, type Config } from '../../src/config.js';
import { configureLogger, logger } from '../../src/logger.js';
import { startBot, type RunningBot } from '../../src/bot/start.js';
import { deployCommands } from '../../src/bot/deploy.js';
import { FIXTURES, SEED_FILE, tempDir } from '../helpers.js';

const TOKEN = 'fake-token-for-tests';
const ADMIN = '123456789012345678';

let fake: FakeDiscord;
let bot: RunningBot;
let config: Config;

const callbackOf = (i: { id: string; token: string }) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
}
interface CallbackBody {
  type: number;
  data: { embeds?: Embed[]; components?: Array<{ components: Array<{ custom_id: string; disabled?: boolean }> }>; flags?: number; allowed_mentions?: unknown; choices?: Array<{ name: string; value: string }> };
}

/** Sends a slash command and returns the callback the bot posted. */
async function slash(name: string, options: ReturnType<typeof opt.string>[], place: Parameters<typeof chatInputInteraction>[1] extends infer P ? Omit<P & object, 'name' | 'options'> : never = {}) {
  const interaction = chatInputInteraction(fake.world, { name, options, ...place });
  fake.dispatchInteraction(interaction);
  const request = await fake.waitForRequest(callbackOf(interaction), 5_000);
  return { interaction, request, body: request.body as CallbackBody };
}

beforeAll(async () => {
  configureLogger('warn', 'text');
  fake = await new FakeDiscord({ token: TOKEN }).start();
  const dispatchDir = await tempDir('bot-dispatches', SEED_FILE);
  for (const f of ['sana-en-sharaa-fidan-damascus.txt', 'sana-fr-chaibani-safadi-appel.md', 'two-dispatches.json']) await cp(join(FIXTURES, f), join(dispatchDir, f));
  config = readConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.world.application.id,
    DISCORD_GUILD_ID: fake.world.guild.id,
    DISCORD_API_BASE: fake.apiUrl,
    ADMIN_USER_IDS: ADMIN,
    DISPATCH_DIR: dispatchDir,
    DATA_DIR: await tempDir('bot-data'),
  });
  await deployCommands(config, logger, { timeout: 2_000, retries: 0 });
  bot = await startBot(config, { rest: { timeout: 2_000, retries: 0 }, noSignals: true });
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('command registration', () => {
  it('registers every command in one bulk PUT to the guild, with French names and admin permissions', async () => {
    const put = await fake.waitForRequest(requestTo('PUT', `/applications/${fake.world.application.id}/guilds/${fake.world.guild.id}/commands`));
    const body = put.body as Array<{ name: string; name_localizations?: Record<string, string>; default_member_permissions?: string | null; options?: Array<{ name: string; autocomplete?: boolean }> }>;
    expect(body.map((c) => c.name).sort()).toEqual(['ask', 'dispatch', 'help', 'meetings', 'positions', 'reindex', 'topics']);
    const byName = Object.fromEntries(body.map((c) => [c.name, c]));
    expect(byName.meetings.name_localizations).toEqual({ fr: 'rencontres' });
    expect(byName.meetings.options?.map((o) => o.name)).toEqual(['person', 'with', 'place', 'kind', 'from', 'to']);
    expect(byName.meetings.options?.[0].autocomplete).toBe(true);
    expect(byName.reindex.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(put.status).toBe(200);
  });
});

describe('slash commands', () => {
  it('/meetings person:Poutine answers who met whom, in French, quoting the passage, pinging no one', async () => {
    const { body } = await slash('meetings', [opt.string('person', 'Poutine')], { locale: 'fr' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const embed = body.data.embeds![0];
    expect(embed.title).toBe('1 rencontre(s) ou appel(s) trouvé(s)');
    expect(embed.description).toContain('Vladimir Poutine (président russe) a rencontré Assaad Hassan al‑Chaibani');
    expect(embed.description).toContain('> Le ministre syrien des Affaires étrangères et des Expatriés');
    expect(embed.description).toContain('sana-fr-chaibani-abou-qasrah-poutine-moscou.txt');
    expect(embed.footer?.text).toBe('/meetings · person: Poutine');
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('/meetings accepts any spelling and a place: Putin in Moscow', async () => {
    const { body } = await slash('meetings', [opt.string('person', 'Putin'), opt.string('place', 'Moscow')], { locale: 'en-US' });
    expect(body.data.embeds![0].title).toBe('1 meeting(s) or call(s) found');
    expect(body.data.embeds![0].description).toContain('in Moscou');
  });

  it('/meetings kind:call keeps the phone calls only', async () => {
    const both = await slash('meetings', [opt.string('person', 'al-Chaibani')], { locale: 'fr' });
    expect(both.body.data.embeds![0].description).toContain('a rencontré');
    const calls = await slash('meetings', [opt.string('person', 'al-Chaibani'), opt.string('kind', 'call')], { locale: 'fr' });
    const embed = calls.body.data.embeds![0];
    expect(embed.title).toMatch(/^\d+ appel\(s\) trouvé\(s\)$/);
    expect(embed.description).toContain('s’est entretenu au téléphone');
    expect(embed.description).not.toContain('a rencontré');
  });

  it('/ask answers a plain question like a DM would', async () => {
    const { body } = await slash('ask', [opt.string('question', 'What did Putin say about Israel?')]);
    expect(body.data.embeds![0].title).toBe('1 position(s) found');
    expect(body.data.embeds![0].description).toContain('“menace directe”');
    expect(body.data.embeds![0].footer?.text).toBe('? What did Putin say about Israel?');
  });

  it('/topics about:Moscou lists the topics of the Moscow meeting, each with a passage', async () => {
    const { body } = await slash('topics', [opt.string('about', 'Moscou')], { locale: 'fr' });
    expect(body.data.embeds![0].title).toMatch(/sujet\(s\) trouvé\(s\)/);
    // Newest meeting first: Lavrov and al-Chaibani in Moscow (2025-05-20), before the undated seed meeting.
    expect(body.data.embeds![0].description).toMatch(/^\*\*diplomatie — Sergueï Lavrov .* à Moscou \(2025-05-20\)\*\*/);
  });

  it('/positions speaker:vladimir-putin about:Israël finds the quoted position', async () => {
    const { body } = await slash('positions', [opt.string('speaker', 'vladimir-putin'), opt.string('about', 'Israël')], { locale: 'fr' });
    expect(body.data.embeds![0].title).toBe('1 position(s) trouvée(s)');
    expect(body.data.embeds![0].description).toContain('« menace directe »');
  });

  it('/dispatch shows one dispatch in brief and where to read it', async () => {
    const seedId = [...bot.context.library.corpus.dispatches.values()].find((d) => d.file.startsWith('sana-fr-chaibani-abou'))!.id;
    const { body } = await slash('dispatch', [opt.string('id', seedId)], { locale: 'fr' });
    const embed = body.data.embeds![0];
    expect(embed.title).toContain('sana-fr-chaibani-abou-qasrah-poutine-moscou.txt');
    expect(embed.description).toContain('Rencontre —');
    const missing = await slash('dispatch', [opt.string('id', 'nope')], { locale: 'en-US' });
    expect(missing.body.data.embeds![0].title).toBe('No dispatch has the id "nope".');
  });

  it('/help explains the commands, only to the asker', async () => {
    const { body } = await slash('help', [], { locale: 'fr' });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds![0].title).toBe('Ce que je sais faire');
    expect(body.data.embeds![0].description).toContain('5 dépêche(s) indexée(s).');
  });

  it('escapes Markdown and neutralises mentions typed by users', async () => {
    const { body } = await slash('ask', [opt.string('question', 'Who did @everyone <@123456789012345678> meet?')]);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body.data.embeds)).not.toMatch(/@everyone(?!\u200b)/);
  });
});

describe('autocomplete', () => {
  it('offers Vladimir Putin / Poutine when typing "Pout", from memory', async () => {
    const interaction = autocompleteInteraction(fake.world, { name: 'meetings', options: [opt.focused('person', 'Pout')] });
    fake.dispatchInteraction(interaction);
    const body = (await fake.waitForRequest(callbackOf(interaction))).body as CallbackBody;
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(body.data.choices?.[0]).toEqual({ name: 'Vladimir Poutine (Vladimir Putin)', value: 'vladimir-putin' });
  });

  it('offers people across transliterations ("Shai" finds al‑Chaibani) and places for place options', async () => {
    const people = autocompleteInteraction(fake.world, { name: 'meetings', options: [opt.focused('person', 'shai')] });
    fake.dispatchInteraction(people);
    const choices = ((await fake.waitForRequest(callbackOf(people))).body as CallbackBody).data.choices!;
    expect(choices.map((c) => c.value)).toContain('asaad-al-shaibani');
    const places = autocompleteInteraction(fake.world, { name: 'meetings', options: [opt.string('person', 'x'), opt.focused('place', 'Mos')] });
    fake.dispatchInteraction(places);
    const placeChoices = ((await fake.waitForRequest(callbackOf(places))).body as CallbackBody).data.choices!;
    expect(placeChoices.map((c) => c.value)).toEqual(['moscow']);
  });
});

describe('pages', () => {
  it('pages through a long answer; only the asker can turn the pages', async () => {
    const { body } = await slash('topics', [], { locale: 'en-US' });
    const first = body.data.embeds![0];
    expect(first.footer?.text).toMatch(/^\/topics · 1\/\d+$/);
    const next = body.data.components![0].components[1];
    expect(next.custom_id).toBe(`pg:${fake.world.user.id}:1:next`);
    const message = { ...fake.world.messagesIn(fake.world.guild.channels[0].id)[0], embeds: first ? [first] : [], components: body.data.components } as never;
    // Someone else presses "Next": refused, privately.
    const intruder = buttonInteraction(fake.world, { customId: next.custom_id, user: fake.world.otherUser, message });
    fake.dispatchInteraction(intruder);
    const refused = (await fake.waitForRequest(callbackOf(intruder))).body as CallbackBody;
    expect(refused.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refused.data.flags).toBe(MessageFlags.Ephemeral);
    // The asker presses it: the message is updated to page 2, computed again from the footer.
    const click = buttonInteraction(fake.world, { customId: next.custom_id, message });
    fake.dispatchInteraction(click);
    const updated = (await fake.waitForRequest(callbackOf(click))).body as CallbackBody;
    expect(updated.type).toBe(InteractionResponseType.UpdateMessage);
    expect(updated.data.embeds![0].footer?.text).toMatch(/^\/topics · 2\/\d+$/);
    expect(updated.data.embeds![0].description).not.toBe(first.description);
    expect(updated.data.components![0].components[0].disabled).toBe(false);
  });
});

describe('direct messages', () => {
  it('answers a question sent by DM like /ask', async () => {
    const before = fake.requests.length;
    const message = dmMessage(fake.world, { content: 'Qui a rencontré Poutine ?' });
    fake.dispatchMessage(message);
    const reply = await fake.waitForRequest(requestTo('POST', `/channels/${message.channel_id}/messages`), 5_000, before);
    const body = reply.body as { embeds: Embed[]; allowed_mentions: unknown; message_reference?: { message_id: string } };
    expect(body.embeds[0].title).toBe('1 rencontre(s) trouvée(s)');
    expect(body.embeds[0].footer?.text).toBe('? Qui a rencontré Poutine ?');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference?.message_id).toBe(message.id);
  });

  it('says what it can do when the message is not a question it understands', async () => {
    const before = fake.requests.length;
    const message = dmMessage(fake.world, { content: '👍' });
    fake.dispatchMessage(message);
    const reply = await fake.waitForRequest(requestTo('POST', `/channels/${message.channel_id}/messages`), 5_000, before);
    expect((reply.body as { embeds: Embed[] }).embeds[0].description).toContain('/meetings');
  });

  it('ignores other bots', async () => {
    const before = fake.requests.length;
    fake.dispatchMessage(dmMessage(fake.world, { content: 'Qui a rencontré Poutine ?', bot: true }));
    // A human's DM sent after it is answered, and the bot's message got no reply before it.
    const human = dmMessage(fake.world, { content: 'Who did Lavrov meet?' });
    fake.dispatchMessage(human);
    await fake.waitForRequest(requestTo('POST', `/channels/${human.channel_id}/messages`), 5_000, before);
    const replies = fake.requests.slice(before).filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));
    expect(replies).toHaveLength(1);
  });
});

describe('/reindex', () => {
  it('is refused to a member without Manage Server, even if the command is visible to them', async () => {
    const { body } = await slash('reindex', [], { permissions: 0n, locale: 'fr' });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds![0].title).toBe('Réservé aux administrateurs');
  });

  it('is refused in DMs to users not in ADMIN_USER_IDS', async () => {
    const { body } = await slash('reindex', [], { in: 'dm' });
    expect(body.data.embeds![0].description).toContain('ADMIN_USER_IDS');
  });

  it('runs for a manager: deferred, then the report of what was loaded and skipped', async () => {
    const { interaction, body } = await slash('reindex', [], { permissions: PermissionFlagsBits.ManageGuild, locale: 'en-US' });
    expect(body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    const edit = await fake.waitForRequest(requestTo('PATCH', `/webhooks/${fake.world.application.id}/${interaction.token}/messages/@original`), 10_000);
    const embed = (edit.body as { embeds: Embed[] }).embeds[0];
    expect(embed.title).toBe('Index rebuilt');
    expect(embed.description).toMatch(/^5 dispatch\(es\)/);
  });

  it('runs in a DM for a user listed in ADMIN_USER_IDS', async () => {
    const admin = makeUser('admin', { id: ADMIN });
    fake.world.users.set(admin.id, admin);
    const { interaction, body } = await slash('reindex', [], { in: 'dm', user: admin });
    expect(body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await fake.waitForRequest(requestTo('PATCH', `/webhooks/${fake.world.application.id}/${interaction.token}/messages/@original`), 10_000);
  });
});

describe('registration without a guild', () => {
  it('registers globally when DISCORD_GUILD_ID is not set', async () => {
    const global = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.world.application.id, DISCORD_API_BASE: fake.apiUrl });
    await expect(deployCommands(global, logger, { timeout: 2_000, retries: 0 })).resolves.toEqual({ scope: 'global', count: 7 });
    const put = await fake.waitForRequest(requestTo('PUT', `/applications/${fake.world.application.id}/commands`));
    expect((put.body as unknown[]).length).toBe(7);
  });
});

describe('rate limits', () => {
  it('answers a user politely, only to them, once they ask more than RATE_LIMIT_USER questions a minute', async () => {
    const eager = makeUser('eager');
    fake.world.users.set(eager.id, eager);
    const bodies: CallbackBody[] = [];
    for (let i = 0; i <= config.rateLimitUser; i++) bodies.push((await slash('ask', [opt.string('question', 'Who did Putin meet?')], { user: eager, locale: 'fr' })).body);
    expect(bodies.slice(0, config.rateLimitUser).every((b) => b.data.flags !== MessageFlags.Ephemeral)).toBe(true);
    const refused = bodies[config.rateLimitUser];
    expect(refused.data.flags).toBe(MessageFlags.Ephemeral);
    expect(refused.data.embeds![0].title).toBe('Un instant');
    // Someone else is still answered.
    const other = await slash('ask', [opt.string('question', 'Who did Putin meet?')], { user: fake.world.otherUser });
    expect(other.body.data.flags).not.toBe(MessageFlags.Ephemeral);
  });
});

describe('topic autocomplete', () => {
  it('offers topics by their name in the user language for "about" options', async () => {
    const interaction = autocompleteInteraction(fake.world, { name: 'positions', options: [opt.focused('about', 'souv')], locale: 'fr' });
    fake.dispatchInteraction(interaction);
    const body = (await fake.waitForRequest(callbackOf(interaction))).body as CallbackBody;
    expect(body.data.choices).toContainEqual({ name: 'souveraineté (sujet)', value: 'sovereignty' });
    const { body: answer } = await slash('positions', [opt.string('about', 'sovereignty')], { locale: 'fr' });
    expect(answer.data.embeds![0].description).toContain('Vladimir Poutine');
  });
});

describe('the dispatch folder', () => {
  it('a dispatch written to it is answered a moment later, without /reindex', async () => {
    const file = join(config.dispatchDir, 'watched-bolat.txt');
    await writeFile(file, 'Damas, 5 mars 2025 (SANA) – Le ministre syrien de l’Économie, Mohammad Nidal al-Chaar, a reçu mercredi à Damas le ministre turc du Commerce, Ömer Bolat.');
    const started = Date.now();
    const held = () => [...bot.context.library.corpus.dispatches.values()].some((d) => d.file === 'watched-bolat.txt');
    while (!held() && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50));
    expect(held()).toBe(true);
    const { body } = await slash('ask', [opt.string('question', 'Qui a rencontré Ömer Bolat ?')], { locale: 'fr' });
    expect(body.data.embeds![0].description).toContain('watched-bolat.txt');
    // Deleted: gone from the answers as well.
    await rm(file);
    const removedAt = Date.now();
    while (held() && Date.now() - removedAt < 10_000) await new Promise((r) => setTimeout(r, 50));
    expect(held()).toBe(false);
  });
});

