/**
 * FakeDiscord: one HTTP server on 127.0.0.1 (random free port) serving the
 * REST API under /api/v10 and, on the same port, the WebSocket gateway.
 * This is what tests start, point a real discord.js Client at, drive and
 * inspect, then stop.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents, GatewayIntentBits, type APIInteraction, type GatewayMessageCreateDispatchData } from 'discord.js';
import type { Fault } from './faults.js';
import { FakeGateway, type RecordedGatewayPayload } from './gateway.js';
import type { Recorded } from './recorder.js';
import { FakeRestServer, type RecordedRequest } from './rest-server.js';
import type { FakeRestSettings } from './router.js';
import { FakeWorld, type InteractionRecord, type WorldOptions } from './world.js';

export interface FakeDiscordOptions extends WorldOptions {
  /** Token the fake accepts (REST "Bot <token>", IDENTIFY, RESUME); null (default) accepts any. */
  token?: string | null;
  /** heartbeat_interval sent in HELLO; Discord uses about 41 250 ms. */
  heartbeatIntervalMs?: number;
  /** How long an interaction may wait for its first response (Discord: 3000 ms); null disables. */
  interactionAckDeadlineMs?: number | null;
  /** Enforce Discord's message, embed, autocomplete and command limits (default true). */
  validate?: boolean;
  /** Intent bits IDENTIFY may not ask for (closed with 4014), e.g. privileged intents not enabled for the app. */
  disallowedIntents?: number;
}

export class FakeDiscord {
  readonly world: FakeWorld;
  readonly rest: FakeRestServer;
  readonly gateway: FakeGateway;
  /** Mutable at run time, e.g. to disable the 3 s deadline for a slow test. */
  readonly settings: Omit<FakeRestSettings, 'gatewayUrl'>;
  #server: Server | null = null;
  #port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.world = new FakeWorld(options);
    const token = options.token ?? null;
    this.settings = {
      interactionAckDeadlineMs: options.interactionAckDeadlineMs === undefined ? 3_000 : options.interactionAckDeadlineMs,
      validate: options.validate ?? true,
    };
    this.rest = new FakeRestServer(this.world, () => ({ ...this.settings, gatewayUrl: this.gatewayUrl }), token);
    this.gateway = new FakeGateway(this.world, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      expectedToken: token,
      disallowedIntents: options.disallowedIntents ?? 0,
      // A distinct path lets tests check that a resume went to resume_gateway_url.
      resumeUrl: () => `${this.gatewayUrl}/resume`,
    });
  }

  /** Listens on 127.0.0.1 on a free port. */
  async start(): Promise<this> {
    if (this.#server) throw new Error('fake-discord: already started');
    const server = createServer((req, res) => void this.rest.handle(req, res));
    this.gateway.attach(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Closes every WebSocket and HTTP connection, then the server, so the test process can exit. */
  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    await this.gateway.close();
    // Keep-alive sockets from undici would otherwise hold server.close() open.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get port(): number {
    if (!this.#port) throw new Error('fake-discord: not started');
    return this.#port;
  }

  /** Value for the discord.js `rest.api` option (the REST client appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What GET /gateway/bot returns. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  // ---- REST inspection and faults ------------------------------------------------

  get requests(): Recorded<RecordedRequest>[] {
    return this.rest.requests.all;
  }

  /** The first REST request (index >= since) matching predicate, already made or made within timeoutMs. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 2_000, since = 0): Promise<Recorded<RecordedRequest>> {
    return this.rest.requests.waitFor(predicate, timeoutMs, since);
  }

  /** The next `times` requests matching method and path get `fault` (e.g. {status: 429, retryAfter: 0.2}). */
  failNext(method: string, path: RegExp | string, fault: Fault, times = 1): void {
    this.rest.faults.failNext(method, path, fault, times);
  }

  /** Matching requests are answered `ms` later (the next `times` ones, or all). */
  addLatency(method: string, path: RegExp | string, ms: number, times?: number): void {
    this.rest.faults.addLatency(method, path, ms, times);
  }

  // ---- gateway -------------------------------------------------------------------------

  waitForGatewayPayload(predicate: (p: RecordedGatewayPayload) => boolean, timeoutMs = 2_000, since = 0): Promise<Recorded<RecordedGatewayPayload>> {
    return this.gateway.log.waitFor(predicate, timeoutMs, since);
  }

  /**
   * Hands an interaction to the bot (INTERACTION_CREATE) and remembers its
   * token, so the callback and webhook routes accept it. Returns the record
   * the routes update (ackType, originalMessageId, followUpIds). While the
   * connection is down the event waits for the resume; with no session at all
   * (before login, or after invalidateSession(false) until the re-IDENTIFY) it throws.
   */
  dispatchInteraction(interaction: APIInteraction): InteractionRecord {
    const record: InteractionRecord = { interaction, dispatchedAt: Date.now(), ackType: null, originalMessageId: null, followUpIds: [] };
    this.world.interactions.set(interaction.token, record);
    const user = interaction.member?.user ?? interaction.user;
    if (user) this.world.rememberUser(user);
    if ('message' in interaction && interaction.message && !this.world.messages.has(interaction.message.id)) {
      this.world.storeMessage(structuredClone(interaction.message));
    }
    this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    return record;
  }

  /**
   * Sends MESSAGE_CREATE and stores the message, so replies referencing it
   * succeed. As on Discord, a guild message reaches a bot without the
   * MessageContent intent with empty content, embeds, attachments and
   * components, unless it mentions or comes from the bot; DMs always keep their content.
   */
  dispatchMessage(message: GatewayMessageCreateDispatchData): void {
    this.world.rememberUser(message.author);
    this.world.storeMessage(structuredClone(message));
    const intents = this.gateway.intents ?? 0;
    const bot = this.world.botUser.id;
    const visible = message.author.id === bot || message.mentions.some((u) => u.id === bot);
    const hidden = message.guild_id !== undefined && !(intents & GatewayIntentBits.MessageContent) && !visible;
    const delivered = hidden ? { ...message, content: '', embeds: [], attachments: [], components: [] } : message;
    this.gateway.dispatch(GatewayDispatchEvents.MessageCreate, delivered);
  }
}
