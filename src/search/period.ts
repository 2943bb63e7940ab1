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

/**
 * The part of a newest-first list (see byDateNewestFirst) dated within [from, to], found by
 * binary search: a date filter on a long history costs two lookups, not a pass over it.
 */
export function withinDates<T>(sorted: T[], date: (x: T) => string | null, from: string | null, to: string | null): T[] {
  if (!from && !to) return sorted;
  const d = (i: number) => date(sorted[i]) ?? '';
  // First index whose date is at or before `to` (dates descend; undated, '', sort last).
  const start = to ? firstIndex(sorted.length, (i) => d(i) <= to) : 0;
  // First index past the range: older than `from`, or undated.
  const end = firstIndex(sorted.length, (i) => (from ? d(i) < from : d(i) === ''));
  return sorted.slice(start, Math.max(start, end));
}

/** The first index in [0, n) where a monotone predicate (false… then true…) holds; n when none. */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
