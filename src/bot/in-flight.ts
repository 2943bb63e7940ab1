/**
 * The answers being handled right now, so a shutdown can let them finish instead of cutting them
 * off mid-send.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    void work.finally(() => this.running.delete(work)).catch(() => undefined);
    return work;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when every tracked answer has settled, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    if (this.running.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.running]).then(() => undefined), timeout]);
    clearTimeout(timer);
  }
}
