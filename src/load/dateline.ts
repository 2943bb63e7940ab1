/**
 * The dateline opens a wire body: "Moscou, (SANA) –", "Damascus, SANA-",
 * "ANKARA, 3 mars (AFP) -", "دمشق-سانا". We read the place, the agency and a date if any.
 */
export interface Dateline {
  place: string;
  source: string | null;
  /** The date as written in the dateline, if any ("3 mars", "March 3, 2025"). */
  dateText: string | null;
  /** Offset just after the dateline's dash. */
  end: number;
}

const DASH = '[-–—‐‑]';
const PLACE = "[\\p{Lu}][\\p{L}'’.‐‑ -]{1,40}?";
const DATE = '\\d{1,2}(?:st|nd|rd|th|er)?\\s+\\p{L}+\\.?(?:,?\\s+\\d{4})?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?';
// "(ats)", "(afp)": in brackets an agency may be written in lower case.
const AGENCY = '(?:[\\p{Lu}][\\p{L}-]{1,20}(?:[ \\t]+[\\p{Lu}][\\p{L}]+)?|(?<=\\(\\s*)\\p{Ll}{2,8})';

// The dash follows a space, a parenthesis or the agency's capitals: "Deir ez-Zor" keeps its hyphen.
// The agency is in brackets or after a comma: "OTTAWA —" and "NEW YORK —" are places alone, not "OT" and "TAWA".
const LATIN = new RegExp(
  `^\\s*(${PLACE})\\s*,?\\s*(?:(${DATE})\\s*,?\\s*)?\\(?\\s*((?<=\\(\\s*|,\\s*)${AGENCY})?\\s*\\)?\\s*(?<=[\\s)\\p{Lu}])${DASH}+\\s*`,
  'u',
);
const ARABIC = new RegExp(`^\\s*([\\u0600-\\u06FF ]{2,30}?)\\s*${DASH}\\s*([\\u0600-\\u06FF]{2,12})\\s*(?:[:/]\\s*)?`, 'u');

/** Arabic agencies' short names, as datelines write them after the dash ("دمشق-سانا"). */
const ARABIC_AGENCIES = /^(?:سانا|واس|وام|قنا|كونا|بترا|بنا|واج|وات|ومع|العمانية|الأناضول|الاناضول|سبأ|معا|وفا|قنا|كونا|رويترز|فرانس|شينخوا|سبوتنيك|الأنباء)$/u;

// TASS: "MOSCOW, April 2. /TASS/."
const SLASHED = new RegExp(`^\\s*(${PLACE})\\s*,\\s*(${DATE})\\.?\\s*/([\\p{Lu}][\\p{L}-]{1,20})/\\.?\\s*`, 'u');

export function parseDateline(text: string): Dateline | null {
  // "By Marielle T. Dizon" on a line of its own before the dateline: the reporter, not a place.
  const byline = /^\s*(?:By|Par)\s+[^\n]{2,60}\n/u.exec(text);
  if (byline) {
    const after = parseDateline(text.slice(byline[0].length));
    return after && { ...after, end: after.end + byline[0].length };
  }
  const head = text.slice(0, 160);
  const slashed = SLASHED.exec(head);
  if (slashed) return { place: titleCase(slashed[1].trim()), source: slashed[3], dateText: slashed[2], end: slashed[0].length };
  const ar = ARABIC.exec(head);
  // "الجزائر - استقبل رئيس الجمهورية": the word after the dash is the agency only when it is one; else the sentence starts there.
  if (ar && !ARABIC_AGENCIES.test(ar[2]) && !/[:/]\s*$/.test(ar[0])) {
    const dash = new RegExp(`^\\s*[\\u0600-\\u06FF ]{2,30}?\\s*${DASH}\\s*`, 'u').exec(head)!;
    return { place: ar[1].trim(), source: null, dateText: null, end: dash[0].length };
  }
  if (ar) return { place: ar[1].trim(), source: ar[2], dateText: null, end: ar[0].length };
  const m = LATIN.exec(head);
  if (!m) return null;
  const place = m[1].trim().replace(/[,.]$/, '');
  // A dateline has a place and an agency or a comma: a sentence starting with a dash is not one.
  // "OTTAWA —", "MANILA –": a place in capitals is a dateline on its own.
  if (!m[3] && !/,/.test(m[0]) && !(place === place.toUpperCase() && /^\p{Lu}{3,}/u.test(place))) return null;
  if (place.split(/\s+/).length > 4) return null;
  return { place: titleCase(place), source: m[3] ?? null, dateText: m[2] ?? null, end: m[0].length };
}

/** "ANKARA" → "Ankara"; "Moscou" stays. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
