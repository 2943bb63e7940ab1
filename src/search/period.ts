/**
 * Dispatches are kept in partitions by quarter of their date, so a start loads the newest
 * quarter first, a date filter skips whole partitions, and a changed dispatch rewrites one
 * partition's snapshot instead of the whole index.
 */

export const UNDATED = 'undated';

/** "2025-03-14" → "2025-q1"; no date → "undated". */
export function periodOf(date: string | null): string {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  if (!m) return UNDATED;
  return `${m[1]}-q${Math.ceil(Number(m[2]) / 3)}`;
}

/** First and last day a period can hold (inclusive, ISO), or null for undated. */
export function periodRange(period: string): { from: string; to: string } | null {
  const m = /^(\d{4})-q([1-4])$/.exec(period);
  if (!m) return null;
  const q = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${m[1]}-${pad(q * 3 - 2)}-01`, to: `${m[1]}-${pad(q * 3)}-31` };
}

/** Whether a period can hold dates in [from, to]; undated partitions hold no date, so never when a range is asked. */
export function periodOverlaps(period: string, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const r = periodRange(period);
  if (!r) return false;
  return (!from || r.to >= from) && (!to || r.from <= to);
}

/** Newest first, undated last: the order partitions load and are searched in. */
export function newestFirst(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNDATED) return 1;
  if (b === UNDATED) return -1;
  return a < b ? 1 : -1;
}

/** Items newest first by an ISO date, undated last; each date read once, compared as plain strings. */
export function byDateNewestFirst<T>(xs: T[], date: (x: T) => string | null): T[] {
  const keyed = xs.map((x) => ({ x, d: date(x) ?? '' }));
  keyed.sort((a, b) => (a.d < b.d ? 1 : a.d > b.d ? -1 : 0));
  return keyed.map((k) => k.x);
}
