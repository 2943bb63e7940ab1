/**
 * Questions per minute, per user and per server: a sliding window of timestamps per key. Pure
 * (the caller passes the time) so tests need no clock tricks.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly limit: number, private readonly windowMs = 60_000) {}

  /** Records a hit for `key` unless the limit is reached; returns false when refused. */
  take(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    // Keep memory bounded on a busy server: forget idle keys, at most once a window.
    if (this.hits.size > 10_000 && now - this.lastSweep >= this.windowMs) {
      this.lastSweep = now;
      for (const [k, ts] of this.hits) if (ts.every((t) => now - t >= this.windowMs)) this.hits.delete(k);
    }
    return true;
  }

  /** Seconds until `key` may ask again. */
  retryAfter(key: string, now: number): number {
    const recent = this.hits.get(key) ?? [];
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((this.windowMs - (now - recent[0])) / 1000));
  }
}

/** Both limits at once: a question counts for the user and for the server it is asked in. */
export class QuestionLimits {
  private readonly users: RateLimiter;
  private readonly guilds: RateLimiter;

  constructor(perUser: number, perGuild: number) {
    this.users = new RateLimiter(perUser);
    this.guilds = new RateLimiter(perGuild);
  }

  /** Null when allowed, else the seconds to wait. */
  check(userId: string, guildId: string | null, now = Date.now()): number | null {
    if (guildId && this.guilds.retryAfter(guildId, now) > 0) return this.guilds.retryAfter(guildId, now);
    if (!this.users.take(userId, now)) return this.users.retryAfter(userId, now);
    if (guildId) this.guilds.take(guildId, now);
    return null;
  }
}
