/**
 * The small routing layer of the fake REST API: route definitions with
 * ":param" segments, the request/response shapes handlers see, and helpers
 * for Discord-style answers.
 */
import type { RESTJSONErrorCodes } from 'discord.js';
import type { UploadedFile } from './messages.js';
import type { DiscordErrorBody, FieldError } from './validation.js';
import { invalidFormBody } from './validation.js';
import type { FakeWorld } from './world.js';

/** A parsed request, as handlers see it. `path` is relative to /api/v10. */
export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or the parsed payload_json part of a multipart body. */
  body: unknown;
  files: UploadedFile[];
}

export interface RestResponse {
  status: number;
  /** Serialized as JSON; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeRestSettings {
  /** ws:// URL returned by GET /gateway and /gateway/bot. */
  gatewayUrl: string;
  /** Discord forgets an interaction not acknowledged within 3 s; null disables the check. */
  interactionAckDeadlineMs: number | null;
  /** Whether to enforce Discord's message, embed and command limits. */
  validate: boolean;
}

export interface RouteContext {
  world: FakeWorld;
  settings: FakeRestSettings;
  req: RestRequest;
  params: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: string;
  /** Routes called with a bot token; interaction and webhook-token routes are not. */
  auth: boolean;
  regex: RegExp;
  handler: (ctx: RouteContext) => RestResponse | Promise<RestResponse>;
}

/** route('GET', '/channels/:channelId', handler): ":name" captures one path segment. */
export function route(
  method: string,
  pattern: string,
  handler: Route['handler'],
  options: { auth?: boolean } = {},
): Route {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return { method, pattern, auth: options.auth ?? true, regex: new RegExp(`^${source}$`), handler };
}

export function findRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const match = r.regex.exec(path);
    if (match) return { route: r, params: { ...match.groups } };
  }
  return undefined;
}

export const ok = (body: unknown, status = 200): RestResponse => ({ status, body });
export const noContent = (): RestResponse => ({ status: 204 });
export const discordError = (status: number, code: RESTJSONErrorCodes | 0, message: string): RestResponse => ({
  status,
  body: { code, message } satisfies DiscordErrorBody,
});
export const badRequest = (body: DiscordErrorBody): RestResponse => ({ status: 400, body });
export const formErrors = (errors: FieldError[]): RestResponse => badRequest(invalidFormBody(errors));

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
