/**
 * The WebSocket gateway of the fake, speaking plain JSON text frames.
 *
 * Compression: discord.js asks for zlib-stream only when the optional package
 * zlib-sync is installed (it is not here), and @discordjs/ws parses any text
 * frame as JSON whatever it asked for, so plain text always works; the query
 * (v, encoding, compress) is recorded on the connection.
 *
 * Sessions follow Discord: IDENTIFY creates one (READY, then GUILD_CREATE per
 * guild when the Guilds intent is set); events are numbered and kept, so a
 * RESUME after a dropped connection replays what the client missed, then
 * RESUMED. A client closing with 1000/1001 ends its session, as on Discord.
 */
import type { Server } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayDispatchPayload,
  type GatewayGuildMembersChunkDispatchData,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
  type GatewayRequestGuildMembersData,
  type GatewayResumeData,
} from 'discord.js';
import { sessionId as newSessionId } from './ids.js';
import { Recorder } from './recorder.js';
import type { FakeWorld } from './world.js';

/** One gateway payload as it crossed the wire. Tokens in IDENTIFY and RESUME are redacted. */
export interface RecordedGatewayPayload {
  direction: 'in' | 'out';
  connectionId: number;
  op: GatewayOpcodes;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export interface GatewaySettings {
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY/RESUME with another token is closed with 4004. */
  expectedToken: string | null;
  /** Intent bits the app may not use (e.g. privileged ones); IDENTIFY asking for them is closed with 4014. */
  disallowedIntents: number;
  /** The resume_gateway_url given in READY. */
  resumeUrl: () => string;
}

/** What a test can see about a connection. */
export interface GatewayConnectionInfo {
  id: number;
  /** Request path and query, e.g. "/?v=10&encoding=json" or "/resume?v=10&encoding=json". */
  url: string;
  open: boolean;
  sessionId: string | null;
}

type DispatchData<E extends GatewayDispatchEvents> = Extract<GatewayDispatchPayload, { t: E }>['d'];

interface OutgoingPayload {
  op: GatewayOpcodes;
  d: unknown;
  s: number | null;
  t: string | null;
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  log: (OutgoingPayload & { s: number })[];
  connection: Connection | null;
  intents: number;
}

interface Connection {
  id: number;
  ws: WebSocket;
  url: string;
  session: Session | null;
}

const redact = (d: unknown): unknown =>
  typeof d === 'object' && d !== null && 'token' in d ? { ...d, token: '[redacted]' } : d;

export class FakeGateway {
  readonly log = new Recorder<RecordedGatewayPayload>('gateway payload', (p) =>
    `${p.direction} #${p.connectionId} op=${p.op}${p.t ? ` ${p.t}` : ''}${p.s !== null ? ` s=${p.s}` : ''}`,
  );
  /** Set to false to stop acknowledging heartbeats (a "zombie" connection for the client). */
  ackHeartbeats = true;
  #wss: WebSocketServer | null = null;
  readonly #connections: Connection[] = [];
  readonly #sessions = new Map<string, Session>();
  #current: Session | null = null;
  #nextConnectionId = 1;

  constructor(
    private readonly world: FakeWorld,
    private readonly settings: GatewaySettings,
  ) {}

  /** Serves WebSocket upgrades on the same HTTP server as the REST API. */
  attach(server: Server): void {
    this.#wss = new WebSocketServer({ server });
    this.#wss.on('connection', (ws, req) => this.#onConnection(ws, req.url ?? '/'));
  }

  get connections(): GatewayConnectionInfo[] {
    return this.#connections.map((c) => ({
      id: c.id,
      url: c.url,
      open: c.ws.readyState === c.ws.OPEN,
      sessionId: c.session?.id ?? null,
    }));
  }

  /** The id of the session events go to, or null before the first IDENTIFY. */
  get sessionId(): string | null {
    return this.#current?.id ?? null;
  }

  /** Intents the current session identified with, or null before the first IDENTIFY. */
  get intents(): number | null {
    return this.#current?.intents ?? null;
  }

  /** True when a session exists and its connection is open (events are delivered now, not on resume). */
  get connected(): boolean {
    const ws = this.#current?.connection?.ws;
    return ws !== undefined && ws.readyState === ws.OPEN;
  }

  /**
   * Sends a dispatch event in the current session and returns its sequence
   * number. While the connection is down the event is kept and replayed when
   * the client resumes, as Discord does.
   */
  dispatch<E extends GatewayDispatchEvents>(t: E, d: DispatchData<E>): number {
    const session = this.#current;
    if (!session) throw new Error('fake-discord: no gateway session yet; log the client in before dispatching');
    return this.#dispatchIn(session, t, d);
  }

  /** Closes the bot's connection: by default with 4000 (unknown error, the client resumes); or kills the socket (1006). */
  dropConnection(how: { code?: number; reason?: string } | { terminate: true } = {}): void {
    const connection = this.#current?.connection;
    if (!connection) throw new Error('fake-discord: no open gateway connection to drop');
    if ('terminate' in how) connection.ws.terminate();
    else connection.ws.close(how.code ?? GatewayCloseCodes.UnknownError, how.reason ?? 'fake-discord: dropped by test');
  }

  /** Opcode 7: asks the client to reconnect and resume. */
  requestReconnect(): void {
    const connection = this.#current?.connection;
    if (connection) this.#send(connection, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Opcode 9: the session is invalid; with resumable false it is forgotten and the client must IDENTIFY again. */
  invalidateSession(resumable = false): void {
    const session = this.#current;
    const connection = session?.connection;
    if (!session || !connection) throw new Error('fake-discord: no open gateway session to invalidate');
    if (!resumable) this.#forget(session);
    this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Terminates every socket and stops accepting new ones. */
  async close(): Promise<void> {
    for (const connection of this.#connections) connection.ws.terminate();
    const wss = this.#wss;
    this.#wss = null;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  // ---- connection handling ----------------------------------------------------

  #onConnection(ws: WebSocket, url: string): void {
    const connection: Connection = { id: this.#nextConnectionId++, ws, url, session: null };
    this.#connections.push(connection);
    ws.on('message', (data, isBinary) => this.#onMessage(connection, data, isBinary));
    ws.on('close', (code) => this.#onClose(connection, code));
    ws.on('error', () => {
      /* a reset socket also emits close; nothing else to do */
    });
    const version = new URL(url, 'ws://127.0.0.1').searchParams.get('v');
    if (version !== null && version !== '10') {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    this.#send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.settings.heartbeatIntervalMs }, s: null, t: null });
  }

  #onClose(connection: Connection, code: number): void {
    const session = connection.session;
    if (!session || session.connection !== connection) return;
    session.connection = null;
    // A deliberate close by the client (1000/1001) ends the session; anything else can be resumed.
    if (code === 1000 || code === 1001) this.#forget(session);
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
    } catch {
      connection.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op) as GatewayOpcodes;
    this.log.push({ direction: 'in', connectionId: connection.id, op, t: null, s: null, d: redact(payload.d), at: Date.now() });

    if (op === GatewayOpcodes.Heartbeat) {
      if (this.ackHeartbeats) this.#send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
      return;
    }
    if (op === GatewayOpcodes.Identify || op === GatewayOpcodes.Resume) {
      if (connection.session) {
        connection.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
        return;
      }
      const d = (payload.d ?? {}) as Partial<GatewayIdentifyData & GatewayResumeData>;
      if (this.settings.expectedToken !== null && d.token !== this.settings.expectedToken) {
        connection.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
        return;
      }
      if (op === GatewayOpcodes.Identify) this.#identify(connection, d as GatewayIdentifyData);
      else this.#resume(connection, d as GatewayResumeData);
      return;
    }
    if (!connection.session) {
      connection.ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
      return;
    }
    switch (op) {
      case GatewayOpcodes.RequestGuildMembers:
        this.#guildMembers(connection.session, payload.d as GatewayRequestGuildMembersData);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        return; // recorded above; nothing to answer
      default:
        connection.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(connection: Connection, d: GatewayIdentifyData): void {
    if (typeof d.intents !== 'number') {
      connection.ws.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if (d.intents & this.settings.disallowedIntents) {
      connection.ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const session: Session = { id: newSessionId(), seq: 0, log: [], connection, intents: d.intents };
    this.#sessions.set(session.id, session);
    this.#current = session;
    connection.session = session;
    const { world } = this;
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: world.botUser,
      guilds: [...world.guilds.keys()].map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.settings.resumeUrl(),
      shard: d.shard ?? [0, 1],
      application: { id: world.application.id, flags: world.application.flags, flags_new: world.application.flags_new },
    };
    this.#dispatchIn(session, GatewayDispatchEvents.Ready, ready);
    // Without the Guilds intent Discord sends no GUILD_CREATE (discord.js then waits waitGuildTimeout).
    if (d.intents & GatewayIntentBits.Guilds) {
      for (const guild of world.guilds.values()) {
        this.#dispatchIn(session, GatewayDispatchEvents.GuildCreate, world.guildCreatePayload(guild));
      }
    }
  }

  #resume(connection: Connection, d: GatewayResumeData): void {
    const session = this.#sessions.get(d.session_id);
    if (!session) {
      // Not resumable: the client must identify again.
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    session.connection?.ws.terminate();
    session.connection = connection;
    connection.session = session;
    this.#current = session;
    for (const missed of session.log.filter((p) => p.s > d.seq)) this.#send(connection, missed);
    this.#dispatchIn(session, GatewayDispatchEvents.Resumed, undefined);
  }

  #guildMembers(session: Session, d: GatewayRequestGuildMembersData): void {
    const guild = this.world.guilds.get(d.guild_id);
    if (!guild) return;
    let members = guild.members;
    if ('user_ids' in d) {
      const ids = new Set([d.user_ids].flat());
      members = members.filter((m) => ids.has(m.user.id));
    } else {
      const query = d.query.toLowerCase();
      members = members.filter((m) => m.user.username.toLowerCase().startsWith(query));
      if (d.limit > 0) members = members.slice(0, d.limit);
    }
    const chunk: GatewayGuildMembersChunkDispatchData = {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      ...(d.nonce ? { nonce: d.nonce } : {}),
    };
    this.#dispatchIn(session, GatewayDispatchEvents.GuildMembersChunk, chunk);
  }

  // ---- sending ------------------------------------------------------------------

  #dispatchIn<E extends GatewayDispatchEvents>(session: Session, t: E, d: DispatchData<E>): number {
    const payload = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d: d ?? null };
    session.log.push(payload);
    const connection = session.connection;
    if (connection && connection.ws.readyState === connection.ws.OPEN) this.#send(connection, payload);
    return payload.s;
  }

  #send(connection: Connection, payload: OutgoingPayload): void {
    connection.ws.send(JSON.stringify(payload));
    this.log.push({ direction: 'out', connectionId: connection.id, ...payload, d: redact(payload.d), at: Date.now() });
  }

  #forget(session: Session): void {
    this.#sessions.delete(session.id);
    if (this.#current === session) this.#current = null;
  }
}
