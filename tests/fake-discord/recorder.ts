/**
 * An append-only log that tests can read and await.
 *
 * Both the REST side and the gateway side record into one of these, so a test
 * can assert on what the bot sent without racing it: waitFor() looks at what
 * is already recorded first, then at what arrives until the timeout.
 */

export type Recorded<T> = T & { /** Position in this log, from 0. Pass it as `since` to skip older entries. */ index: number };

interface Waiter<T> {
  predicate: (item: Recorded<T>) => boolean;
  since: number;
  resolve: (item: Recorded<T>) => void;
}

export class Recorder<T extends object> {
  readonly #items: Recorded<T>[] = [];
  /** Entries before this index were cleared; indexes never restart, so old marks stay valid. */
  #start = 0;
  readonly #waiters = new Set<Waiter<T>>();

  constructor(
    /** Used in timeout messages, e.g. "request". */
    private readonly noun: string,
    /** One line per entry, listed when a wait times out so the failure explains itself. */
    private readonly describe: (item: Recorded<T>) => string,
  ) {}

  /** Everything recorded so far, oldest first (a copy). */
  get all(): Recorded<T>[] {
    return this.#items.slice(this.#start);
  }

  /** The index the next entry will get: remember it, then wait with `since`. */
  mark(): number {
    return this.#items.length;
  }

  push(item: T): Recorded<T> {
    const recorded = { ...item, index: this.#items.length } as Recorded<T>;
    this.#items.push(recorded);
    for (const waiter of this.#waiters) {
      if (recorded.index >= waiter.since && waiter.predicate(recorded)) {
        this.#waiters.delete(waiter);
        waiter.resolve(recorded);
      }
    }
    return recorded;
  }

  find(predicate: (item: Recorded<T>) => boolean, since = 0): Recorded<T> | undefined {
    return this.#items.slice(Math.max(since, this.#start)).find(predicate);
  }

  filter(predicate: (item: Recorded<T>) => boolean, since = 0): Recorded<T>[] {
    return this.#items.slice(Math.max(since, this.#start)).filter(predicate);
  }

  /**
   * Resolves with the first entry (index >= since) matching predicate, recorded
   * before or during the wait; rejects after timeoutMs listing what was seen.
   */
  waitFor(predicate: (item: Recorded<T>) => boolean, timeoutMs = 2_000, since = 0): Promise<Recorded<T>> {
    const existing = this.find(predicate, since);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        since,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const seen = this.#items.slice(Math.max(since, this.#start)).map(this.describe);
        reject(
          new Error(
            `fake-discord: no matching ${this.noun} within ${timeoutMs}ms; ${seen.length} seen:\n  ${seen.join('\n  ') || '(none)'}`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Forgets what was recorded so far (indexes keep counting up). */
  clear(): void {
    this.#start = this.#items.length;
  }
}
