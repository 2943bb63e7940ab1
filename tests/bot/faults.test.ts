/**
 * Network faults, end to end: the bot's real entry (startBot) and the real discord.js client
 * against the fake Discord on 127.0.0.1, with the gateway dropped, REST answering 429, 500 or
 * resetting the connection, every answer slowed down, a wrong token, and a shutdown while answers
 * are in flight. Assertions are on what the fake received (requests, statuses, timings) and on the
 * log lines the bot wrote (a winston Stream transport added to the project's logger).
 *
 * Set FAULTS_LOG=1 to also see the bot's log on stderr; captured lines are printed when a test fails.
 */
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import winston from 'winston';
import { Events, GatewayCloseCodes, GatewayOpcodes, InteractionResponseType, MessageFlags, PermissionFlagsBits, type APIUser } from 'discord.js';
import {
  FakeDiscord,
  chatInputInteraction,
  dmMessage,
  makeUser,
  opt,
  requestTo,
  type InteractionRecord,
  type RecordedRequest,
} from '../fake-discord/index.js';
import { readConfig, type Config } from '../../src/config.js';
import { configureLogger, logger } from '../../src/logger.js';
import { startBot, type RunningBot } from '../../src/bot/start.js';
import { deployCommands } from '../../src/bot/deploy.js';
import { FIXTURES, ROOT, SEED_FILE, tempDir } from '../helpers.js';

/** Recognisable, so a leak anywhere is found by a plain substring search. */
const TOKEN = 'TEST.TOKEN.MUST-NOT-LEAK-0123456789';
const WRONG_TOKEN = 'WRONG.TOKEN.MUST-NOT-LEAK-9876543210';
const REST = { timeout: 2_000, retries: 2 };
/** Discord's acknowledgement deadline. */
const ACK_DEADLINE_MS = 3_000;

// ---------------------------------------------------------------- log capture

/** Every line the bot logged (formatted as the console would print it, after redaction). */
const logs: string[] = [];
/** Errors the code under test threw at us, checked for the token at the end. */
const thrown: unknown[] = [];

/** Adds a transport collecting lines to the current `logger` (configureLogger replaces it). */
function captureLogs(): void {
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  logger.add(new winston.transports.Stream({ stream: sink }));
  if (!process.env.FAULTS_LOG) for (const t of logger.transports) if (t instanceof winston.transports.Console) t.silent = true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first log line from index `since` on matching re, waiting up to timeoutMs. */
async function waitForLog(re: RegExp, since: number, timeoutMs = 3_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.slice(since).find((l) => re.test(l));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line matching ${re} within ${timeoutMs} ms; got:\n${logs.slice(since).join('')}`);
    await sleep(20);
  }
}

const errorLines = (since: number) => logs.slice(since).filter((l) => / error /.test(l));

// ---------------------------------------------------------------- fake + bot set-up (as in bot.test.ts)

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
}

const callbackOf = (i: { id: string; token: string }) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;

/** Temporary folders made by this file, removed at the end. */
const temporary: string[] = [];
async function temp(prefix: string, ...copies: string[]): Promise<string> {
  const made = await tempDir(prefix, ...copies);
  temporary.push(made);
  return made;
}

async function dispatchDir(): Promise<string> {
  const dir = await temp('faults-dispatches', SEED_FILE);
  for (const f of ['sana-en-sharaa-fidan-damascus.txt', 'sana-fr-chaibani-safadi-appel.md', 'two-dispatches.json']) await cp(join(FIXTURES, f), join(dir, f));
  return dir;
}

async function botConfig(fake: FakeDiscord, token: string, dir: string): Promise<Config> {
  return readConfig({
    DISCORD_TOKEN: token,
    DISCORD_CLIENT_ID: fake.world.application.id,
    DISCORD_GUILD_ID: fake.world.guild.id,
    DISCORD_API_BASE: fake.apiUrl,
    DISPATCH_DIR: dir,
    DATA_DIR: await temp('faults-data'),
  });
}

async function start(config: Config): Promise<RunningBot> {
  const running = await startBot(config, { rest: REST, noSignals: true });
  if (!running.client.isReady()) await once(running.client, Events.ClientReady);
  return running;
}

let fake: FakeDiscord;
let bot: RunningBot;
let config: Config;
let dir: string;

beforeAll(async () => {
  configureLogger('info', 'text');
  captureLogs();
  fake = await new FakeDiscord({ token: TOKEN }).start();
  dir = await dispatchDir();
  config = await botConfig(fake, TOKEN, dir);
  await deployCommands(config, logger, { timeout: 2_000, retries: 0 });
  bot = await start(config);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await Promise.all(temporary.map((d) => rm(d, { recursive: true, force: true })));
});

beforeEach(() => {
  const mark = logs.length;
  onTestFailed(() => {
    process.stderr.write(`--- bot log during the failed test ---\n${logs.slice(mark).join('')}`);
  });
});

// ---------------------------------------------------------------- helpers: one question, one DM

type Place = Omit<Parameters<typeof chatInputInteraction>[1], 'name' | 'options'>;

let askers = 0;

/**
 * Sends /ask and waits for its callback (the answer: /ask replies directly, no defer). Each
 * question comes from a new user unless one is given, so the bot's per-user question limit
 * (RATE_LIMIT_USER a minute) never answers a fault test with "slow down".
 */
async function ask(question: string, place: Place = {}, timeoutMs = 5_000) {
  const user = place.user ?? makeUser(`asker-${++askers}`);
  const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', question)], ...place, user });
  const record = fake.dispatchInteraction(interaction);
  const request = await fake.waitForRequest((r) => callbackOf(interaction)(r) && r.fault === null, timeoutMs);
  return { interaction, record, request, embed: (request.body as { data: { embeds: Embed[] } }).data.embeds[0] };
}

/** Sends a DM and waits for the bot's successful reply in that DM channel. */
async function dm(content: string, author: APIUser, timeoutMs = 5_000) {
  const since = fake.rest.requests.mark();
  const message = dmMessage(fake.world, { content, author });
  const sentAt = Date.now();
  fake.dispatchMessage(message);
  const path = `/channels/${message.channel_id}/messages`;
  const reply = await fake.waitForRequest((r) => requestTo('POST', path)(r) && r.status === 200, timeoutMs, since);
  const attempts = fake.rest.requests.filter(requestTo('POST', path), since);
  return { message, reply, attempts, sentAt, embed: (reply.body as { embeds: Embed[] }).embeds[0] };
}

const ASK_EN = 'What did Putin say about Israel?';
const ASK_EN_TITLE = '1 position(s) found';
const DM_FR = 'Qui a rencontré Poutine ?';
const DM_FR_TITLE = '1 rencontre(s) trouvée(s)';

// ================================================================ gateway

describe('the gateway connection is dropped', () => {
  it('close code 4000: the bot resumes the same session, then answers /ask and a DM', async () => {
    const since = fake.gateway.log.mark();
    const logMark = logs.length;
    const session = fake.gateway.sessionId;
    fake.gateway.dropConnection({ code: GatewayCloseCodes.UnknownError });
    const resume = await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Resume, 5_000, since);
    expect((resume.d as { session_id: string; token: string }).session_id).toBe(session);
    await fake.waitForGatewayPayload((p) => p.t === 'RESUMED', 5_000, since);
    expect(fake.gateway.connections.at(-1)?.url).toMatch(/^\/resume\?/);
    await waitForLog(/gateway resumed/, logMark);

    const { request, embed } = await ask(ASK_EN);
    expect(request.status).toBe(204);
    expect(embed.title).toBe(ASK_EN_TITLE);
    const { embed: dmEmbed } = await dm(DM_FR, makeUser('after-4000'));
    expect(dmEmbed.title).toBe(DM_FR_TITLE);
    // No IDENTIFY was needed: a resume.
    expect(fake.gateway.log.filter((p) => p.direction === 'in' && p.op === GatewayOpcodes.Identify, since)).toHaveLength(0);
    expect(errorLines(logMark)).toEqual([]);
  });

  it('raw termination (1006): a question sent during the outage is replayed on resume and answered, then a DM', async () => {
    const since = fake.gateway.log.mark();
    fake.gateway.dropConnection({ terminate: true });
    await sleep(30);
    expect(fake.gateway.connected).toBe(false);
    // Dispatched while down: the fake keeps it for the resume, as Discord does.
    const { request, embed, record } = await ask(ASK_EN, { locale: 'en-US' }, 8_000);
    await fake.waitForGatewayPayload((p) => p.t === 'RESUMED', 1, since);
    expect(request.status).toBe(204);
    expect(embed.title).toBe(ASK_EN_TITLE);
    // Replayed and answered well inside the 3 s an interaction lives.
    expect(request.receivedAt - record.dispatchedAt).toBeLessThan(ACK_DEADLINE_MS);
    const { embed: dmEmbed } = await dm(DM_FR, makeUser('after-1006'));
    expect(dmEmbed.title).toBe(DM_FR_TITLE);
  });

  it('close code 4007 (invalid seq): the bot identifies again, gets a new session, and answers /ask and a DM', async () => {
    const since = fake.gateway.log.mark();
    const session = fake.gateway.sessionId;
    fake.gateway.dropConnection({ code: GatewayCloseCodes.InvalidSeq });
    // @discordjs/ws spaces IDENTIFYs of a shard by about 5 s; the bot does not let us shorten that.
    const identify = await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Identify, 10_000, since);
    expect((identify.d as { token: string }).token).toBe('[redacted]');
    await fake.waitForGatewayPayload((p) => p.direction === 'out' && p.t === 'READY', 2_000, since);
    expect(fake.gateway.sessionId).not.toBe(session);
    await fake.waitForGatewayPayload((p) => p.direction === 'out' && p.t === 'GUILD_CREATE', 2_000, since);

    const { request, embed } = await ask(ASK_EN);
    expect(request.status).toBe(204);
    expect(embed.title).toBe(ASK_EN_TITLE);
    const { embed: dmEmbed } = await dm(DM_FR, makeUser('after-4007'));
    expect(dmEmbed.title).toBe(DM_FR_TITLE);
    expect(bot.client.isReady()).toBe(true);
  }, 20_000);
});

// ================================================================ 429

describe('REST answers 429 with retry-after', () => {
  it('to a DM reply: the reply is sent again after the wait and delivered', async () => {
    const logMark = logs.length;
    const user = makeUser('dm-429');
    const channel = fake.world.dmChannelFor(user).id;
    fake.failNext('POST', `/channels/${channel}/messages`, { status: 429, retryAfter: 0.3 });
    const { attempts, reply, embed } = await dm(DM_FR, user);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0].fault).toBe('http');
    // @discordjs/rest waited retry-after (300 ms; it adds a small offset) before trying again.
    expect(reply.receivedAt - attempts[0].respondedAt).toBeGreaterThanOrEqual(290);
    expect(embed.title).toBe(DM_FR_TITLE);
    expect(fake.world.messagesIn(channel).at(-1)?.embeds[0]?.title).toBe(DM_FR_TITLE);
    expect(errorLines(logMark)).toEqual([]);
    expect(logs.slice(logMark).some((l) => /direct message .*"outcome":"ok"/.test(l))).toBe(true);
  });

  it('to the editReply after /reindex deferred: the report still replaces the "thinking" message', async () => {
    const logMark = logs.length;
    const interaction = chatInputInteraction(fake.world, { name: 'reindex', permissions: PermissionFlagsBits.ManageGuild, locale: 'en-US' });
    const original = `/webhooks/${fake.world.application.id}/${interaction.token}/messages/@original`;
    fake.failNext('PATCH', original, { status: 429, retryAfter: 0.3 });
    const record = fake.dispatchInteraction(interaction);
    const defer = await fake.waitForRequest(callbackOf(interaction), 5_000);
    expect(defer.status).toBe(204);
    expect(defer.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    expect(defer.receivedAt - record.dispatchedAt).toBeLessThan(ACK_DEADLINE_MS);

    const edit = await fake.waitForRequest((r) => requestTo('PATCH', original)(r) && r.status === 200, 10_000);
    const attempts = fake.rest.requests.filter(requestTo('PATCH', original));
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(edit.receivedAt - attempts[0].respondedAt).toBeGreaterThanOrEqual(290);
    const message = fake.world.messages.get(record.originalMessageId ?? '');
    expect(message?.embeds[0]?.title).toBe('Index rebuilt');
    expect((message?.flags ?? 0) & MessageFlags.Loading).toBe(0);
    await waitForLog(/interaction .*"command":"reindex".*"outcome":"ok"/, logMark);
    expect(errorLines(logMark)).toEqual([]);
  });

  it('to an /ask interaction callback: the answer is acknowledged after the wait, within 3 s', async () => {
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', ASK_EN)], user: makeUser('ask-429') });
    fake.failNext('POST', `/interactions/${interaction.id}/${interaction.token}/callback`, { status: 429, retryAfter: 0.3 });
    const record = fake.dispatchInteraction(interaction);
    const ok = await fake.waitForRequest((r) => callbackOf(interaction)(r) && r.status === 204, 5_000);
    expect(fake.rest.requests.filter(callbackOf(interaction)).map((r) => r.status)).toEqual([429, 204]);
    expect(ok.respondedAt - record.dispatchedAt).toBeGreaterThanOrEqual(300);
    expect(ok.respondedAt - record.dispatchedAt).toBeLessThan(ACK_DEADLINE_MS);
    expect(record.ackType).toBe(InteractionResponseType.ChannelMessageWithSource);
  });
});

// ================================================================ 500 and reset

describe('REST fails a DM reply', () => {
  it('one 500 is retried (rest retries: 2) and the reply delivered', async () => {
    const user = makeUser('dm-500-once');
    const channel = fake.world.dmChannelFor(user).id;
    fake.failNext('POST', `/channels/${channel}/messages`, { status: 500 });
    const { attempts, embed } = await dm(DM_FR, user);
    expect(attempts.map((r) => r.status)).toEqual([500, 200]);
    expect(embed.title).toBe(DM_FR_TITLE);
  });

  it('500 on every attempt: the failure is logged, and the next question is answered', async () => {
    const logMark = logs.length;
    const user = makeUser('dm-500');
    const channel = fake.world.dmChannelFor(user).id;
    const path = `/channels/${channel}/messages`;
    const since = fake.rest.requests.mark();
    fake.failNext('POST', path, { status: 500 }, 1 + REST.retries);
    fake.dispatchMessage(dmMessage(fake.world, { content: DM_FR, author: user }));
    const logged = await waitForLog(/error direct message failed: /, logMark, 5_000);
    expect(logged).toMatch(/Internal Server Error/);
    await waitForLog(/direct message .*"outcome":"error"/, logMark);
    expect(fake.rest.requests.filter(requestTo('POST', path), since).map((r) => r.status)).toEqual([500, 500, 500]);

    // Same user, same channel: served again.
    const { attempts, embed } = await dm('Who did Putin meet?', user);
    expect(attempts.map((r) => r.status)).toEqual([200]);
    expect(embed.title).toBe('1 meeting(s) found');
    // And other users were never affected.
    expect((await ask(ASK_EN)).embed.title).toBe(ASK_EN_TITLE);
  });

  it('the connection is reset: the failure is logged, and the next question is answered', async () => {
    const logMark = logs.length;
    const user = makeUser('dm-reset');
    const channel = fake.world.dmChannelFor(user).id;
    const path = `/channels/${channel}/messages`;
    const since = fake.rest.requests.mark();
    fake.failNext('POST', path, { reset: true }, 1 + REST.retries);
    fake.dispatchMessage(dmMessage(fake.world, { content: DM_FR, author: user }));
    const logged = await waitForLog(/error direct message failed: /, logMark, 8_000);
    expect(logged).not.toContain(TOKEN);
    const resets = fake.rest.requests.filter(requestTo('POST', path), since);
    expect(resets.length).toBeGreaterThanOrEqual(1);
    expect(resets.every((r) => r.fault === 'reset')).toBe(true);
    // @discordjs/rest only retries resets whose error says ECONNRESET; undici reports "other side
    // closed", so fewer attempts than 1 + retries may have been made: drop the unused faults.
    fake.rest.faults.clear();

    const { attempts, embed } = await dm('Who did Putin meet?', user);
    expect(attempts.map((r) => r.status)).toEqual([200]);
    expect(embed.title).toBe('1 meeting(s) found');
  });

  it('500 on every attempt of an /ask callback: logged, and the asker gets a private error notice', async () => {
    const logMark = logs.length;
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', ASK_EN)], locale: 'en-US', user: makeUser('ask-500') });
    fake.failNext('POST', `/interactions/${interaction.id}/${interaction.token}/callback`, { status: 500 }, 1 + REST.retries);
    const record = fake.dispatchInteraction(interaction);
    const notice = await fake.waitForRequest((r) => callbackOf(interaction)(r) && r.status === 204, 5_000);
    expect(fake.rest.requests.filter(callbackOf(interaction)).map((r) => r.status)).toEqual([500, 500, 500, 204]);
    expect(notice.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral, embeds: [{ title: 'Error' }] } });
    expect(notice.respondedAt - record.dispatchedAt).toBeLessThan(ACK_DEADLINE_MS);
    await waitForLog(/error interaction ask failed: Internal Server Error/, logMark);
    expect((await ask(ASK_EN)).embed.title).toBe(ASK_EN_TITLE);
  });
});

// ================================================================ slow Discord

describe('the fake is slow (400 ms on every callback, DM reply and webhook edit)', () => {
  it('answers still arrive, acknowledged well within 3 s, also when several arrive at once', async () => {
    const logMark = logs.length;
    fake.addLatency('POST', '/interactions/:id/:token/callback', 400);
    fake.addLatency('POST', '/channels/:id/messages', 400);
    fake.addLatency('PATCH', '/webhooks/:appId/:token/messages/:messageId', 400);
    try {
      const questions: Array<[string, Place]> = [
        [ASK_EN, { locale: 'en-US' }],
        ['Qui a rencontré Poutine ?', { locale: 'fr' }],
        ['Who did Putin meet?', { locale: 'en-GB' }],
        ['Qu’a dit Poutine sur Israël ?', { locale: 'fr', in: 'dm' }],
        ['Who did al-Shaibani call?', { locale: 'en-US', user: makeUser('slow-asker') }],
      ];
      const [answers, dmAnswer] = await Promise.all([
        Promise.all(questions.map(([q, place]) => ask(q, place, 6_000))),
        dm(DM_FR, makeUser('slow-dm'), 6_000),
      ]);
      for (const { request, record } of answers) {
        expect(request.status).toBe(204);
        expect(request.latencyMs).toBe(400);
        const ackMs = request.respondedAt - record.dispatchedAt;
        expect(ackMs).toBeGreaterThanOrEqual(400);
        expect(ackMs).toBeLessThan(1_500);
      }
      expect(answers[0].embed.title).toBe(ASK_EN_TITLE);
      expect(answers[1].embed.title).toBe(DM_FR_TITLE);
      expect(dmAnswer.embed.title).toBe(DM_FR_TITLE);
      expect(dmAnswer.reply.respondedAt - dmAnswer.sentAt).toBeLessThan(ACK_DEADLINE_MS);

      // A deferred command: the defer is the acknowledgement, the edit follows.
      const reindex = chatInputInteraction(fake.world, { name: 'reindex', permissions: PermissionFlagsBits.ManageGuild });
      const record: InteractionRecord = fake.dispatchInteraction(reindex);
      const defer = await fake.waitForRequest(callbackOf(reindex), 5_000);
      expect(defer.status).toBe(204);
      expect(defer.respondedAt - record.dispatchedAt).toBeLessThan(1_500);
      const edit = await fake.waitForRequest(requestTo('PATCH', `/webhooks/:appId/${reindex.token}/messages/@original`), 10_000);
      expect(edit.status).toBe(200);
      expect(errorLines(logMark)).toEqual([]);
    } finally {
      fake.rest.faults.clear();
    }
  }, 20_000);
});

// ================================================================ the token

describe('the token never leaks', () => {
  it('a wrong token: login fails with an error that does not contain it', async () => {
    const logMark = logs.length;
    const wrong = await botConfig(fake, WRONG_TOKEN, dir);
    const error = await startBot(wrong, { rest: REST, noSignals: true }).then(
      (running) => {
        void running.stop();
        throw new Error('startBot succeeded with a wrong token');
      },
      (e: unknown) => e,
    );
    thrown.push(error);
    expect(String(error)).toMatch(/invalid token/i);
    // What src/main.ts does with a start-up error.
    logger.error((error as Error).message, { stack: (error as Error).stack });
    for (const text of [String(error), (error as Error).stack ?? '', inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), ...logs.slice(logMark)]) {
      expect(text).not.toContain(WRONG_TOKEN);
      expect(text).not.toContain(TOKEN);
    }
    // The fake refused it on REST (gateway discovery) with 401; the good bot still serves.
    const refused = fake.requests.filter((r) => r.path === '/gateway/bot' && r.status === 401);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect((await ask(ASK_EN)).embed.title).toBe(ASK_EN_TITLE);
  });

  it('appears in no log line, thrown error, REST request or gateway payload recorded during this file', () => {
    const haystacks: Array<[string, string]> = [
      ['log', logs.join('')],
      ['thrown errors', thrown.map((e) => `${String(e)}\n${(e as Error)?.stack ?? ''}\n${inspect(e, { depth: 10, showHidden: true })}`).join('\n')],
      ['REST requests', JSON.stringify(fake.requests)],
      ['gateway payloads', JSON.stringify(fake.gateway.log.all)],
    ];
    // The capture did see the bot at work, or this test would prove nothing.
    expect(logs.length).toBeGreaterThan(20);
    expect(fake.gateway.log.all.filter((p) => p.op === GatewayOpcodes.Identify).length).toBeGreaterThanOrEqual(2);
    for (const [what, text] of haystacks) {
      for (const secret of [TOKEN, WRONG_TOKEN, 'MUST-NOT-LEAK']) expect(text.includes(secret), `${what} contains ${secret}`).toBe(false);
    }
  });
});

// ================================================================ shutdown

describe('shutdown', () => {
  it('stop() while answers are in flight: they finish, nothing is left connected', async () => {
    // Its own fake and bot, so stopping does not affect the other tests.
    const own = await new FakeDiscord({ token: TOKEN }).start();
    const logMark = logs.length;
    try {
      const running = await start(await botConfig(own, TOKEN, dir));
      const interaction = chatInputInteraction(own.world, { name: 'ask', options: [opt.string('question', ASK_EN)] });
      own.addLatency('POST', `/interactions/${interaction.id}/${interaction.token}/callback`, 600);
      const user = makeUser('dm-at-shutdown');
      const dmPath = `/channels/${own.world.dmChannelFor(user).id}/messages`;
      // The DM reply is rate limited: it sits in @discordjs/rest's wait when stop() is called.
      own.failNext('POST', dmPath, { status: 429, retryAfter: 0.5 });
      const record = own.dispatchInteraction(interaction);
      own.dispatchMessage(dmMessage(own.world, { content: DM_FR, author: user }));
      await own.waitForRequest(requestTo('POST', dmPath), 2_000); // the 429
      await sleep(50);
      expect(record.ackType).toBeNull(); // the callback is still on its way

      const stopping = Date.now();
      await running.stop();
      const stopMs = Date.now() - stopping;
      expect(running.client.isReady()).toBe(false);
      expect(own.gateway.connected).toBe(false);
      expect(stopMs).toBeLessThan(2_000);

      // Both answers were delivered after stop() returned; neither failed.
      const callback = await own.waitForRequest(callbackOf(interaction), 3_000);
      expect(callback.status).toBe(204);
      expect(record.ackType).toBe(InteractionResponseType.ChannelMessageWithSource);
      const reply = await own.waitForRequest((r) => requestTo('POST', dmPath)(r) && r.status === 200, 3_000);
      expect((reply.body as { embeds: Embed[] }).embeds[0].title).toBe(DM_FR_TITLE);
      await waitForLog(/interaction .*"command":"ask".*"outcome":"ok"/, logMark);
      await waitForLog(/direct message .*"outcome":"ok"/, logMark);
      expect(errorLines(logMark)).toEqual([]);
      // The client closed its session (1000): the fake has nobody to send events to.
      expect(() => own.dispatchInteraction(chatInputInteraction(own.world, { name: 'help' }))).toThrow(/no gateway session/);
    } finally {
      await own.stop();
    }
  });

  it('a process that starts the bot, stops it mid-answer and stops the fake exits by itself', async () => {
    const url = (p: string) => JSON.stringify(pathToFileURL(join(ROOT, p)).href);
    const script = `
      const { FakeDiscord, chatInputInteraction, opt } = await import(${url('tests/fake-discord/index.ts')});
      const { readConfig } = await import(${url('src/config.ts')});
      const { configureLogger } = await import(${url('src/logger.ts')});
      const { startBot } = await import(${url('src/bot/start.ts')});
      const { once } = await import('node:events');
      configureLogger('error', 'text');
      const fake = await new FakeDiscord({ token: ${JSON.stringify(TOKEN)} }).start();
      const config = readConfig({
        DISCORD_TOKEN: ${JSON.stringify(TOKEN)}, DISCORD_CLIENT_ID: fake.world.application.id,
        DISCORD_API_BASE: fake.apiUrl, DISPATCH_DIR: ${JSON.stringify(dir)}, DATA_DIR: ${JSON.stringify(await temp('faults-child-data'))},
      });
      const bot = await startBot(config, { rest: { timeout: 2000, retries: 2 } });
      if (!bot.client.isReady()) await once(bot.client, 'clientReady');
      const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'Who did Putin meet?')] });
      fake.addLatency('POST', '/interactions/:id/:token/callback', 300);
      fake.dispatchInteraction(interaction);
      await new Promise((r) => setTimeout(r, 100));
      await bot.stop();
      const callback = await fake.waitForRequest((r) => r.path.endsWith('/callback'), 3000);
      await fake.stop();
      process.stdout.write('stopped ' + callback.status + '\\n');
      // If something still holds the process open, say what (this timer alone does not).
      setTimeout(() => process.stdout.write('still alive: ' + JSON.stringify(process.getActiveResourcesInfo()) + '\\n'), 3000).unref();
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let stoppedAt = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!stoppedAt && out.includes('stopped')) stoppedAt = Date.now();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Killed 5 s after it said "stopped" (it reports its live handles at 3 s), or after 20 s in all.
    const startedAt = Date.now();
    const killer = setInterval(() => {
      if ((stoppedAt && Date.now() - stoppedAt > 5_000) || Date.now() - startedAt > 20_000) child.kill('SIGKILL');
    }, 100);
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    clearInterval(killer);
    const exitedAfterMs = Date.now() - stoppedAt;
    expect({ code, signal, out, err: err.slice(0, 2_000) }).toMatchObject({ code: 0, signal: null });
    expect(out).toContain('stopped 204');
    expect(out).not.toContain('still alive');
    // It exited on its own, promptly, once everything was stopped.
    expect(exitedAfterMs).toBeLessThan(2_500);
  }, 30_000);
});
