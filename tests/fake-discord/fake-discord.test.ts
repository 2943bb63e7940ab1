/**
 * Proves the fake Discord against the real discord.js Client: login over REST
 * and gateway, interactions answered through the real interaction classes,
 * DMs, command registration, injected failures and gateway reconnects.
 * Everything runs on 127.0.0.1; nothing reaches the internet.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  HTTPError,
  InteractionResponseType,
  MessageFlags,
  Partials,
  SlashCommandBuilder,
  type Interaction,
  type Message,
} from 'discord.js';
import {
  FakeDiscord,
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  dmMessage,
  fakeRestOptions,
  guildMessage,
  noIdentifyThrottle,
  opt,
  requestTo,
  type RecordedRequest,
} from './index.js';

const TOKEN = 'fake-token-for-tests';

let fake: FakeDiscord;
let client: Client;
/** Errors thrown by the bot's listeners: a test fails if one appears unexpectedly. */
const listenerErrors: unknown[] = [];
/** Interactions as discord.js built them, by id, to check what the bot saw. */
const seen = new Map<string, Interaction>();
/** What the bot got back from the API, by interaction id. */
const results = new Map<string, unknown>();

/** A tiny bot, written against discord.js as a real one would be. */
async function onInteraction(interaction: Interaction): Promise<void> {
  seen.set(interaction.id, interaction);
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond([
      { name: `${typed} met Alice`, value: `${typed}-alice` },
      { name: `${typed} met Bob`, value: `${typed}-bob` },
    ]);
    return;
  }
  if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ask': {
      const embed = new EmbedBuilder()
        .setTitle('Answer')
        .setDescription(`Q: ${interaction.options.getString('question', true)}`)
        .setFooter({ text: `locale ${interaction.locale}` });
      await interaction.reply({ embeds: [embed] });
      return;
    }
    case 'slow':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done after thinking' });
      return;
    case 'search': {
      const person = interaction.options.getString('person', true);
      const limit = interaction.options.getInteger('limit') ?? 5;
      const sub = interaction.options.getSubcommand();
      const mod = interaction.memberPermissions?.has('ManageMessages') ?? 'dm';
      await interaction.reply({ content: `${sub}:${person}:${limit}:${interaction.locale}:${String(mod)}` });
      return;
    }
    case 'quote': {
      await interaction.reply({ content: 'quote follows' });
      const followUp = await interaction.followUp({ content: 'the quote', files: [{ attachment: Buffer.from('verbatim text'), name: 'quote.txt' }] });
      await interaction.editReply({ message: followUp, content: 'the quote (edited)' });
      return;
    }
    case 'ping': {
      const response = await interaction.reply({ content: 'pong', withResponse: true });
      results.set(interaction.id, response.resource?.message?.content);
      return;
    }
    case 'cleanup': {
      await interaction.reply({ content: 'temporary' });
      const reply = await interaction.fetchReply();
      await interaction.deleteReply();
      results.set(interaction.id, reply.content);
      return;
    }
    case 'menu':
      await interaction.reply({
        content: 'choose',
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
          ),
        ],
      });
      return;
    case 'late':
      await new Promise((resolve) => setTimeout(resolve, 150));
      await interaction.reply({ content: 'too late' });
      return;
    case 'twice':
      await interaction.reply({ content: 'once' });
      await interaction.reply({ content: 'twice' });
      return;
    case 'long':
      await interaction.reply({ content: 'x'.repeat(2001) });
      return;
    default:
      await interaction.reply({ content: `unknown command ${interaction.commandName}` });
  }
}

async function onMessage(message: Message): Promise<void> {
  if (message.author.bot) return;
  if (message.inGuild()) {
    if (message.content === '') return; // content hidden without the MessageContent intent
    await message.reply(`guild echo: ${message.content}`);
    return;
  }
  if (message.content.startsWith('!send ') && message.channel.isSendable()) {
    await message.channel.send(`sent: ${message.content.slice(6)}`);
  } else {
    await message.reply(`echo: ${message.content}`);
  }
}

function guarded<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => void {
  return (...args) => void fn(...args).catch((error: unknown) => listenerErrors.push(error));
}

const callbackOf = (i: { id: string; token: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;

/** Waits until the listener settled after an interaction that is expected to fail. */
async function nextListenerError(): Promise<unknown> {
  for (let i = 0; i < 100 && listenerErrors.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  return listenerErrors.shift();
}

beforeAll(async () => {
  // A short heartbeat interval so the heartbeat/ACK exchange happens during the run.
  fake = await new FakeDiscord({ heartbeatIntervalMs: 500 }).start();
  client = new Client({
    // No MessageContent intent, like many bots: guild message content must then arrive empty.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached, so DM messages are only emitted with the Channel partial.
    partials: [Partials.Channel],
    rest: fakeRestOptions(fake),
    // Re-identify tests would otherwise wait ~5 s for @discordjs/ws's identify throttle.
    ws: { buildIdentifyThrottler: noIdentifyThrottle },
  });
  client.on(Events.InteractionCreate, guarded(onInteraction));
  client.on(Events.MessageCreate, guarded(onMessage));
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
});

describe('login', () => {
  it('discovers the gateway over REST and identifies with the intents', async () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.auth === 'Bot')).toBe(true);
    const identify = await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Identify);
    const d = identify.d as { intents: number; token: string };
    expect(d.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(d.token).toBe('[redacted]');
    expect(fake.gateway.connections[0]?.url).toBe('/?v=10&encoding=json');
    expect(client.user?.id).toBe(fake.world.botUser.id);
    expect(client.application?.id).toBe(fake.world.application.id);
    const guild = client.guilds.cache.get(fake.world.guild.id);
    expect(guild?.name).toBe('Fake Guild');
    expect(guild?.channels.cache.get(fake.world.textChannel.id)?.name).toBe('general');
    expect(guild?.members.me?.id).toBe(fake.world.botUser.id);
  });

  it('answers heartbeats with HEARTBEAT_ACK', async () => {
    await fake.waitForGatewayPayload((p) => p.direction === 'out' && p.op === GatewayOpcodes.HeartbeatAck, 1_500);
    // The client measures its ping when the ACK arrives, a moment after the fake sent it.
    for (let i = 0; i < 50 && client.ws.ping < 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });
});

describe('interactions', () => {
  it('(a) a slash command answered with an embed', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'who met whom?')], locale: 'fr' });
    fake.dispatchInteraction(interaction);
    const request = await fake.waitForRequest(callbackOf(interaction));
    expect(request.status).toBe(204);
    expect(request.auth).toBeNull(); // interaction callbacks carry no bot token
    expect(request.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { embeds: [{ title: 'Answer', description: 'Q: who met whom?', footer: { text: 'locale fr' } }] },
    });
    const stored = fake.world.messagesIn(fake.world.textChannel.id).at(-1);
    expect(stored?.embeds[0]?.title).toBe('Answer');
  });

  it('(b) deferReply then editReply patches @original', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'slow' });
    const record = fake.dispatchInteraction(interaction);
    const defer = await fake.waitForRequest(callbackOf(interaction));
    expect(defer.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.world.application.id}/${interaction.token}/messages/@original`,
    );
    expect(edit.body).toMatchObject({ content: 'done after thinking' });
    expect(edit.status).toBe(200);
    const original = fake.world.messages.get(record.originalMessageId ?? '');
    expect(original?.content).toBe('done after thinking');
    expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
    expect((original?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('options, subcommands, member permissions and locale reach discord.js', async () => {
    const asModerator = chatInputInteraction(fake.world, {
      name: 'search',
      user: fake.world.otherUser,
      locale: 'en-US',
      options: [opt.subcommand('meetings', [opt.string('person', 'Alice'), opt.integer('limit', 3)])],
    });
    fake.dispatchInteraction(asModerator);
    expect((await fake.waitForRequest(callbackOf(asModerator))).body).toMatchObject({ data: { content: 'meetings:Alice:3:en-US:true' } });

    const inDm = chatInputInteraction(fake.world, { name: 'search', in: 'dm', locale: 'fr', options: [opt.subcommand('meetings', [opt.string('person', 'Bob')])] });
    fake.dispatchInteraction(inDm);
    expect((await fake.waitForRequest(callbackOf(inDm))).body).toMatchObject({ data: { content: 'meetings:Bob:5:fr:dm' } });
    const built = seen.get(inDm.id);
    expect(built?.inGuild()).toBe(false);
    expect(built?.context).toBe(1);
  });

  it('(e) autocomplete answered with respond() -> callback type 8', async () => {
    const interaction = autocompleteInteraction(fake.world, { name: 'ask', options: [opt.focused('question', 'Fid')] });
    fake.dispatchInteraction(interaction);
    const request = await fake.waitForRequest(callbackOf(interaction));
    expect(request.status).toBe(204);
    expect(request.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'Fid met Alice', value: 'Fid-alice' }, { name: 'Fid met Bob', value: 'Fid-bob' }] },
    });
  });

  it('(f) a button answered with update() -> callback type 7 edits the message', async () => {
    const interaction = buttonInteraction(fake.world, { customId: 'more' });
    const record = fake.dispatchInteraction(interaction);
    const request = await fake.waitForRequest(callbackOf(interaction));
    expect(request.body).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { content: 'clicked more', components: [] } });
    expect(record.originalMessageId).toBe(interaction.message.id);
    expect(fake.world.messages.get(interaction.message.id)?.content).toBe('clicked more');
  });

  it('a reply with components, then a click on the button it created', async () => {
    const command = chatInputInteraction(fake.world, { name: 'menu' });
    const record = fake.dispatchInteraction(command);
    await fake.waitForRequest(callbackOf(command));
    const menu = fake.world.messages.get(record.originalMessageId ?? '');
    expect(menu?.components?.length).toBe(1);
    const click = buttonInteraction(fake.world, { customId: 'more', message: menu });
    fake.dispatchInteraction(click);
    expect((await fake.waitForRequest(callbackOf(click))).body).toMatchObject({ type: InteractionResponseType.UpdateMessage });
  });

  it('follow-ups with files arrive as multipart with payload_json', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'quote' });
    fake.dispatchInteraction(interaction);
    const followUp = await fake.waitForRequest(requestTo('POST', `/webhooks/${fake.world.application.id}/:token`));
    expect(followUp.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(followUp.body).toMatchObject({ content: 'the quote' });
    expect(followUp.files).toEqual([{ field: 'files[0]', filename: 'quote.txt', contentType: expect.any(String), size: 13 }]);
    expect(followUp.query).toMatchObject({ wait: 'true' });
    expect((followUp.response as { attachments: unknown[] }).attachments).toHaveLength(1);
    const followUpId = (followUp.response as { id: string }).id;
    const edit = await fake.waitForRequest(requestTo('PATCH', `/webhooks/:appId/${interaction.token}/messages/${followUpId}`));
    expect(edit.body).toMatchObject({ content: 'the quote (edited)' });
    expect(fake.world.messages.get(followUpId)?.content).toBe('the quote (edited)');
  });

  it('reply with withResponse gets 200 and the created message', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'ping' });
    fake.dispatchInteraction(interaction);
    const request = await fake.waitForRequest(callbackOf(interaction));
    expect(request.query).toEqual({ with_response: 'true' });
    expect(request.status).toBe(200);
    expect(request.response).toMatchObject({ interaction: { id: interaction.id }, resource: { type: 4, message: { content: 'pong' } } });
    await vi.waitFor(() => expect(results.get(interaction.id)).toBe('pong'));
  });

  it('fetchReply and deleteReply use GET and DELETE on @original', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'cleanup' });
    const record = fake.dispatchInteraction(interaction);
    const original = `/webhooks/${fake.world.application.id}/${interaction.token}/messages/@original`;
    expect((await fake.waitForRequest(requestTo('GET', original))).status).toBe(200);
    expect((await fake.waitForRequest(requestTo('DELETE', original))).status).toBe(204);
    await vi.waitFor(() => expect(results.get(interaction.id)).toBe('temporary'));
    expect(fake.world.messages.has(record.originalMessageId ?? '')).toBe(false);
  });
});

describe('Discord rules the fake enforces', () => {
  it('a second reply gets 40060 "already acknowledged"', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'twice' });
    fake.dispatchInteraction(interaction);
    const error = await nextListenerError();
    // discord.js itself refuses the second reply before any request; the fake would answer 40060.
    expect(String(error)).toMatch(/already been sent or deferred/);
    const again = await fetch(`${fake.apiUrl}/v10/interactions/${interaction.id}/${interaction.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ code: 40060, message: 'Interaction has already been acknowledged.' });
  });

  it('content over 2000 characters is rejected with 50035 Invalid Form Body', async () => {
    fake.dispatchInteraction(chatInputInteraction(fake.world, { name: 'long' }));
    const error = await nextListenerError();
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).message).toMatch(/data\.content\[BASE_TYPE_MAX_LENGTH\]/);
  });

  it('an interaction answered after the deadline gets 10062 Unknown interaction', async () => {
    fake.settings.interactionAckDeadlineMs = 50;
    try {
      fake.dispatchInteraction(chatInputInteraction(fake.world, { name: 'late' }));
      const error = await nextListenerError();
      expect((error as DiscordAPIError).code).toBe(10062);
    } finally {
      fake.settings.interactionAckDeadlineMs = 3_000;
    }
  });

  it('unknown routes answer 404 JSON naming the route', async () => {
    const error = await client.rest.get('/nothing/here').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    expect((error as DiscordAPIError).message).toBe('404: Not Found (fake-discord: no route GET /api/v10/nothing/here)');
  });

  it('guild message content is hidden without the MessageContent intent', async () => {
    const message = guildMessage(fake.world, { content: 'secret' });
    fake.dispatchMessage(message);
    const delivered = await fake.waitForGatewayPayload((p) => p.t === 'MESSAGE_CREATE' && (p.d as { id: string }).id === message.id);
    expect((delivered.d as { content: string }).content).toBe('');
  });
});

describe('(c) direct messages', () => {
  it('message.reply answers a DM', async () => {
    const message = dmMessage(fake.world, { content: 'hello bot' });
    expect(message).not.toHaveProperty('guild_id');
    fake.dispatchMessage(message);
    const request = await fake.waitForRequest(requestTo('POST', `/channels/${message.channel_id}/messages`));
    expect(request.auth).toBe('Bot');
    expect(request.body).toMatchObject({ content: 'echo: hello bot', message_reference: { message_id: message.id } });
    expect(request.status).toBe(200);
  });

  it('channel.send answers a DM; messages from bots are ignored by the bot', async () => {
    const since = fake.rest.requests.mark();
    fake.dispatchMessage(dmMessage(fake.world, { content: 'ignore me', bot: true }));
    const message = dmMessage(fake.world, { content: '!send the list' });
    fake.dispatchMessage(message);
    const request = await fake.waitForRequest(requestTo('POST', '/channels/:id/messages'), 2_000, since);
    expect(request.body).toMatchObject({ content: 'sent: the list' });
    expect(request.body).not.toHaveProperty('message_reference');
    expect(fake.rest.requests.filter(requestTo('POST', '/channels/:id/messages'), since)).toHaveLength(1);
  });

  it('the bot can open a DM and post to it', async () => {
    // otherUser has not written to the bot, so discord.js has no DM channel for them yet.
    const user = await client.users.fetch(fake.world.otherUser.id);
    const sent = await user.send('a dispatch for you');
    expect(sent.content).toBe('a dispatch for you');
    const open = await fake.waitForRequest(requestTo('POST', '/users/@me/channels'));
    expect(open.body).toEqual({ recipient_id: fake.world.otherUser.id });
    expect(sent.channelId).toBe(fake.world.dmChannelFor(fake.world.otherUser).id);
  });
});

describe('(d) application commands', () => {
  it('commands.set(..., guildId) bulk-overwrites guild commands with a PUT', async () => {
    const commands = [
      new SlashCommandBuilder()
        .setName('ask')
        .setDescription('Ask a question')
        .addStringOption((o) => o.setName('question').setDescription('The question').setRequired(true).setAutocomplete(true)),
      new SlashCommandBuilder()
        .setName('search')
        .setDescription('Search dispatches')
        .addSubcommand((s) =>
          s
            .setName('meetings')
            .setDescription('Who met whom')
            .addStringOption((o) => o.setName('person').setDescription('Person').setRequired(true))
            .addIntegerOption((o) => o.setName('limit').setDescription('How many')),
        ),
    ].map((c) => c.toJSON());
    const guildId = fake.world.guild.id;
    const result = await client.application!.commands.set(commands, guildId);
    const request = await fake.waitForRequest(requestTo('PUT', `/applications/${fake.world.application.id}/guilds/${guildId}/commands`));
    expect(request.body).toMatchObject([{ name: 'ask' }, { name: 'search' }]);
    expect([...result.values()].map((c) => c.name).sort()).toEqual(['ask', 'search']);

    // Interactions for a registered command carry its id, as on Discord.
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'q')] });
    expect(interaction.data.id).toBe(result.find((c) => c.name === 'ask')?.id);
    expect(interaction.data.guild_id).toBe(guildId);

    // Overwriting again keeps the ids of commands that keep their name.
    const again = await client.application!.commands.set(commands.slice(0, 1), guildId);
    expect(again.first()?.id).toBe(interaction.data.id);
    expect(await client.application!.commands.fetch({ guildId })).toHaveProperty('size', 1);
  });

  it('an invalid command name is rejected with 50035', async () => {
    const error = await client.application!.commands.create({ name: 'Bad Name', description: 'x' }).catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50035);
  });
});

describe('injected REST faults', () => {
  it('a 429 is waited out and retried by @discordjs/rest', async () => {
    const channel = fake.world.textChannel.id;
    fake.failNext('POST', `/channels/${channel}/messages`, { status: 429, retryAfter: 0.2 });
    const since = fake.rest.requests.mark();
    const started = Date.now();
    const sent = await client.rest.post(`/channels/${channel}/messages`, { body: { content: 'after a rate limit' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(sent).toMatchObject({ content: 'after a rate limit' });
    const attempts = fake.rest.requests.filter(requestTo('POST', `/channels/${channel}/messages`), since);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0]?.fault).toBe('http');
  });

  it('a 500 surfaces as HTTPError when retries are off; latency is applied', async () => {
    fake.failNext('GET', '/users/@me', { status: 500 });
    await expect(client.rest.get('/users/@me')).rejects.toBeInstanceOf(HTTPError);
    fake.addLatency('GET', '/users/@me', 150, 1);
    const started = Date.now();
    await expect(client.rest.get('/users/@me')).resolves.toMatchObject({ id: fake.world.botUser.id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});

describe('(g) gateway reconnects', () => {
  it('after close code 4000 the client resumes at resume_gateway_url and still handles interactions', async () => {
    const since = fake.gateway.log.mark();
    const sessionBefore = fake.gateway.sessionId;
    fake.gateway.dropConnection({ code: 4000 });
    const resume = await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Resume, 3_000, since);
    expect((resume.d as { session_id: string }).session_id).toBe(sessionBefore);
    await fake.waitForGatewayPayload((p) => p.t === 'RESUMED', 2_000, since);
    expect(fake.gateway.connections.at(-1)?.url).toBe('/resume?v=10&encoding=json');

    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'still there?')] });
    fake.dispatchInteraction(interaction);
    expect((await fake.waitForRequest(callbackOf(interaction))).body).toMatchObject({ data: { embeds: [{ description: 'Q: still there?' }] } });
  });

  it('after a raw socket termination, an event sent during the outage is replayed on resume', async () => {
    const since = fake.gateway.log.mark();
    fake.gateway.dropConnection({ terminate: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.gateway.connected).toBe(false);
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'missed?')] });
    fake.dispatchInteraction(interaction); // buffered: no connection right now
    await fake.waitForGatewayPayload((p) => p.t === 'RESUMED', 3_000, since);
    expect((await fake.waitForRequest(callbackOf(interaction), 2_000)).body).toMatchObject({ data: { embeds: [{ description: 'Q: missed?' }] } });
  });

  it('after an invalid session the client identifies again and gets a new session', async () => {
    const since = fake.gateway.log.mark();
    const sessionBefore = fake.gateway.sessionId;
    fake.gateway.invalidateSession(false);
    await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Identify, 3_000, since);
    await fake.waitForGatewayPayload((p) => p.t === 'GUILD_CREATE', 2_000, since);
    expect(fake.gateway.sessionId).not.toBe(sessionBefore);

    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'new session?')] });
    fake.dispatchInteraction(interaction);
    expect((await fake.waitForRequest(callbackOf(interaction))).status).toBe(204);
  });
});

describe('listeners', () => {
  it('raised no unexpected errors', () => {
    expect(listenerErrors).toEqual([]);
  });
});
