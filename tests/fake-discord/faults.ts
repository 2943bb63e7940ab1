/**
 * Failure and latency injection for REST routes, for reliability tests:
 * "the next POST to the callback gets a 429", "every message send takes
 * 300 ms", "the connection drops without an answer".
 */

/** An HTTP error answer. For 429 the Discord rate-limit headers and body are added. */
export interface HttpFault {
  status: number;
  /** Replaces the default error body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** 429 only: seconds to wait, sent as Retry-After and retry_after (default 0.1). */
  retryAfter?: number;
  /** 429 only: a global rate limit (X-RateLimit-Global, scope "global"). */
  global?: boolean;
  /** 429 only: X-RateLimit-Scope (default "user", or "global" when global). */
  scope?: 'user' | 'global' | 'shared';
}

/** Close the TCP connection without answering. */
export interface ResetFault {
  reset: true;
}

export type Fault = HttpFault | ResetFault;

/** Which requests a rule applies to: a method ('*' for any) and a path under /api/v10. */
export interface RouteMatcher {
  method: string;
  /** A RegExp tested against the path, or a pattern like "/interactions/:id/:token/callback". */
  path: RegExp | string;
}

interface Rule<T> extends RouteMatcher {
  remaining: number;
  value: T;
}

/** "/channels/:id/messages" -> /^\/channels\/[^/]+\/messages$/ */
export function pathPattern(path: RegExp | string): RegExp {
  if (path instanceof RegExp) return path;
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

export function matches(rule: RouteMatcher, method: string, path: string): boolean {
  return (rule.method === '*' || rule.method.toUpperCase() === method) && pathPattern(rule.path).test(path);
}

export class FaultInjector {
  readonly #faults: Rule<Fault>[] = [];
  readonly #latencies: Rule<number>[] = [];

  /** The next `times` matching requests get `fault` instead of being handled. */
  failNext(method: string, path: RegExp | string, fault: Fault, times = 1): void {
    this.#faults.push({ method, path, value: fault, remaining: times });
  }

  /** Matching requests wait `ms` before being handled (the next `times` ones, or all). */
  addLatency(method: string, path: RegExp | string, ms: number, times = Number.POSITIVE_INFINITY): void {
    this.#latencies.push({ method, path, value: ms, remaining: times });
  }

  clear(): void {
    this.#faults.length = 0;
    this.#latencies.length = 0;
  }

  /** Consumes and returns the first fault rule that matches, if any. */
  takeFault(method: string, path: string): Fault | undefined {
    return this.#take(this.#faults, method, path);
  }

  /** Total delay for this request from all matching latency rules (each consumed once). */
  takeLatency(method: string, path: string): number {
    let total = 0;
    for (const rule of [...this.#latencies]) {
      if (matches(rule, method, path)) total += this.#consume(this.#latencies, rule);
    }
    return total;
  }

  #take<T>(rules: Rule<T>[], method: string, path: string): T | undefined {
    const rule = rules.find((r) => matches(r, method, path));
    return rule ? this.#consume(rules, rule) : undefined;
  }

  #consume<T>(rules: Rule<T>[], rule: Rule<T>): T {
    rule.remaining -= 1;
    if (rule.remaining <= 0) rules.splice(rules.indexOf(rule), 1);
    return rule.value;
  }
}

/** The status, headers and body Discord sends for an HTTP fault. */
export function faultResponse(fault: HttpFault): { status: number; headers: Record<string, string>; body: unknown } {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 0.1;
    const global = fault.global ?? false;
    return {
      status: 429,
      headers: {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': fault.scope ?? (global ? 'global' : 'user'),
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
        ...fault.headers,
      },
      body: fault.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global },
    };
  }
  return {
    status: fault.status,
    headers: { ...fault.headers },
    body: fault.body ?? { message: `${fault.status}: fake-discord injected failure`, code: 0 },
  };
}
