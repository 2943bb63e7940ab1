/**
 * The k best of the items offered, best first, kept in order as they come: a common word or a
 * letter typed can match most of the corpus, and sorting every match to show a page is the waste.
 * Ties keep the order items were offered in.
 */
export class Best<T> {
  private readonly kept: T[] = [];

  constructor(
    private readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  offer(x: T): void {
    const kept = this.kept;
    if (kept.length === this.k && !this.better(x, kept[kept.length - 1])) return;
    let i = kept.length;
    while (i > 0 && this.better(x, kept[i - 1])) i--;
    kept.splice(i, 0, x);
    if (kept.length > this.k) kept.pop();
  }

  get items(): T[] {
    return this.kept;
  }
}
