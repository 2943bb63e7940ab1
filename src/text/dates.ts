import { fold } from './fold.js';

/** Month names in French and English (folded), to their number. */
export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, decembre: 12, janv: 1, fevr: 2, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9,
};

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:,?\\s+(\\d{4}))?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');
const WEEKDAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`);

/**
 * The first date written in `text`, as ISO, completed from `reference` (the dispatch's date)
 * when the year or the whole date is implicit ("mardi", "on March 3"). Null when none.
 */
export function dateFromText(text: string, reference: string | null): string | null {
  const t = fold(text);
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  for (const re of [DAY_MONTH, MONTH_DAY]) {
    re.lastIndex = 0;
    const m = re.exec(t);
    if (!m) continue;
    const [day, month] = re === DAY_MONTH ? [Number(m[1]), MONTHS[m[2]]] : [Number(m[2]), MONTHS[m[1]]];
    const year = m[3] ? Number(m[3]) : refYear;
    if (!year || day < 1 || day > 31) continue;
    const date = iso(year, month, day);
    // A dispatch reports what has happened: "le 30 décembre" in a January dispatch is last year's.
    return !m[3] && reference && date > reference ? iso(year - 1, month, day) : date;
  }
  const wd = WEEKDAY.exec(t);
  if (wd && reference) {
    // A weekday in a dispatch means the most recent such day, up to the dispatch's own date.
    const ref = new Date(`${reference}T00:00:00Z`);
    const diff = (ref.getUTCDay() - WEEKDAYS[wd[1]] + 7) % 7;
    ref.setUTCDate(ref.getUTCDate() - diff);
    return ref.toISOString().slice(0, 10);
  }
  return null;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
