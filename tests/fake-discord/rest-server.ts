/**
 * The HTTP side of the fake: parses each request under /api/v10 (JSON or
 * multipart with payload_json), applies injected latency and faults, routes
 * it, answers like Discord, and records request and answer for the tests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { RESTJSONErrorCodes } from 'discord.js';
import { FaultInjector, faultResponse } from './faults.js';
import { interactionRoutes } from './interaction-routes.js';
import type { UploadedFile } from './messages.js';
import { Recorder } from './recorder.js';
import { coreRoutes } from './rest-routes.js';
import { findRoute, type FakeRestSettings, type RestRequest, type RestResponse } from './router.js';
import type { FakeWorld } from './world.js';

/** Everything the bot sent to one REST call, and what the fake answered. */
export interface RecordedRequest {
  method: string;
  /** Path relative to /api/v10, e.g. "/channels/123/messages" (no query). */
  path: string;
  query: Record<string, string>;
  /** Lower-cased request headers; Authorization is left out (see `auth`). */
  headers: Record<string, string>;
  /** Scheme of the Authorization header ("Bot"), or null when none was sent: interaction routes send none. */
  auth: string | null;
  /** Parsed JSON body, or parsed payload_json of a multipart body; undefined when there was none. */
  body: unknown;
  files: UploadedFile[];
  /** Answer status; 0 when the connection was reset on purpose. */
  status: number;
  response: unknown;
  /** Set when an injected fault answered instead of the route. */
  fault: 'http' | 'reset' | null;
  latencyMs: number;
  receivedAt: number;
  respondedAt: number;
}

const API_PREFIX = '/api/v10';
const ROUTES = [...interactionRoutes, ...coreRoutes];

class BadBody extends Error {}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  try {
    if (contentType.startsWith('multipart/form-data')) {
      // Node's fetch Response parses multipart for us; discord.js puts the JSON in payload_json.
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      const fields: Record<string, string> = {};
      const files: UploadedFile[] = [];
      let body: unknown;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
          else fields[field] = value;
        } else {
          files.push({ field, filename: value.name, contentType: value.type, size: value.size });
        }
      }
      return { body: body ?? (Object.keys(fields).length ? fields : undefined), files };
    }
    if (contentType.startsWith('application/json')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
    return { body: raw.toString('utf8'), files: [] };
  } catch {
    throw new BadBody();
  }
}

function headersOf(req: IncomingMessage): { headers: Record<string, string>; auth: string | null } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const auth = req.headers.authorization?.split(' ')[0] ?? null;
  return { headers, auth };
}

export class FakeRestServer {
  readonly requests = new Recorder<RecordedRequest>('REST request', (r) => `${r.method} ${r.path} -> ${r.status}`);
  readonly faults = new FaultInjector();

  constructor(
    private readonly world: FakeWorld,
    private readonly settings: () => FakeRestSettings,
    /** When set, bot-authenticated routes answer 401 unless sent "Bot <token>". */
    private readonly expectedToken: string | null,
  ) {}

  /** Node http request listener. */
  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    // Recorded and fault-matched decoded ("@original", not "%40original"); routed raw, then params decoded.
    const path = rawPath.split('/').map(decodeSegment).join('/');
    const { headers, auth } = headersOf(req);
    const record = (status: number, response: unknown, extra: Partial<RecordedRequest> = {}): void => {
      this.requests.push({
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers,
        auth,
        body: undefined,
        files: [],
        status,
        response,
        fault: null,
        latencyMs: 0,
        receivedAt,
        respondedAt: Date.now(),
        ...extra,
      });
    };

    let parsed: { body: unknown; files: UploadedFile[] };
    try {
      parsed = await readBody(req);
    } catch {
      const response = { code: RESTJSONErrorCodes.RequestBodyContainsInvalidJSON, message: 'The request body contains invalid JSON.' };
      send(res, { status: 400, body: response });
      record(400, response);
      return;
    }

    const latencyMs = this.faults.takeLatency(method, path);
    if (latencyMs > 0) await sleep(latencyMs);
    const base = { body: parsed.body, files: parsed.files, latencyMs };

    const fault = this.faults.takeFault(method, path);
    if (fault && 'reset' in fault) {
      req.socket.destroy();
      record(0, undefined, { ...base, fault: 'reset' });
      return;
    }
    if (fault) {
      const answer = faultResponse(fault);
      send(res, answer);
      record(answer.status, answer.body, { ...base, fault: 'http' });
      return;
    }

    const answer = await this.route({ method, path: rawPath, query: url.searchParams, body: parsed.body, files: parsed.files }, url.pathname, req);
    send(res, answer);
    record(answer.status, answer.body, base);
  };

  private async route(request: RestRequest, fullPath: string, req: IncomingMessage): Promise<RestResponse> {
    const found = fullPath.startsWith(`${API_PREFIX}/`) ? findRoute(ROUTES, request.method, request.path) : undefined;
    if (!found) {
      return { status: 404, body: { message: `404: Not Found (fake-discord: no route ${request.method} ${fullPath})`, code: 0 } };
    }
    if (found.route.auth) {
      const header = req.headers.authorization;
      const valid = this.expectedToken === null ? /^(Bot|Bearer) \S+/.test(header ?? '') : header === `Bot ${this.expectedToken}`;
      if (!valid) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    const params = Object.fromEntries(Object.entries(found.params).map(([k, v]) => [k, decodeSegment(v)]));
    try {
      return await found.route.handler({ world: this.world, settings: this.settings(), req: request, params });
    } catch (error) {
      // A bug in the fake must not look like a Discord answer: say so loudly.
      console.error('fake-discord: route handler failed', error);
      return { status: 500, body: { message: `fake-discord internal error: ${String(error)}`, code: 0 } };
    }
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(res: ServerResponse, answer: RestResponse): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.status === 204 || answer.body === undefined) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}
