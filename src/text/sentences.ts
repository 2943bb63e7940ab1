import type { Span } from '../types.js';

/**
 * Sentence splitting with offsets into the original text.
 *
 * Intl.Segmenter finds candidate boundaries; we then undo the ones it gets wrong on wire
 * text: after abbreviations and initials ("M.", "Dr.", "Gen.", "A."), inside an open quotation
 * (« ... . ... »), and we add the hard boundaries it misses (line breaks between paragraphs).
 */

const ABBREVIATIONS = new Set(
  [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gen', 'gén', 'col', 'lt',
    'cpt', 'capt', 'maj', 'sgt', 'adm', 'brig', 'cdr', 'cmdr', 'ma', 'mr', 'mrs', 'ms', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'amb',
    'jr', 'sr', 'no', 'nos', 'art', 'ch', 'vol', 'p', 'pp', 'cf', 'etc', 'env', 'av', 'apr', 'j.-c',
    'jan', 'feb', 'fév', 'mar', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'déc', 'janv', 'févr',
    'u.s', 'u.n', 'u.k', 'e.u', 'vs', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'eng', 'h.h', 'h.e',
  ].map((a) => a.toLowerCase()),
);

const OPENERS: Record<string, string> = { '«': '»', '“': '”' };

/** Splits `text[from, to)` into sentence spans (trimmed, never empty). */
export function splitSentences(text: string, from = 0, to = text.length, locale = 'fr'): Span[] {
  const spans: Span[] = [];
  // Paragraphs first: a line break always ends a sentence on the wire.
  const paragraph = /[^\n]+/g;
  paragraph.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = paragraph.exec(text)) && m.index < to) {
    const pStart = m.index;
    const pEnd = Math.min(m.index + m[0].length, to);
    spans.push(...splitParagraph(text, pStart, pEnd, locale));
  }
  return spans;
}

/** Segmenters are costly to create: one per locale, reused. */
const segmenters = new Map<string, Intl.Segmenter>();

function splitParagraph(text: string, start: number, end: number, locale: string): Span[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const raw: Span[] = [];
  for (const seg of segmenter.segment(text.slice(start, end))) {
    raw.push({ start: start + seg.index, end: start + seg.index + seg.segment.length });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else merged.push({ ...span });
  }
  return merged.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const after = text.slice(next.start, next.end).trimStart();
  if (insideQuote(before)) return true;
  // The next piece starts in lower case: the "sentence end" was an abbreviation.
  if (/^[a-zà-ÿ]/.test(after)) return true;
  const lastWord = wordBeforeFinalDot(before);
  if (!lastWord) return false;
  const word = lastWord.toLowerCase();
  // "Maj.-Gen.", "Lt.-Col.": a compound rank ends on an abbreviation too.
  if (ABBREVIATIONS.has(word) || (/\.[‑-]/.test(word) && ABBREVIATIONS.has(word.split(/[.‑-]/).filter(Boolean).pop() ?? ''))) return true;
  // Initials: "A.", "J.-P.", "A.Ch." (a signature is left alone when it ends the paragraph).
  // Capitals with no dot between them ("the UN.", "said the CS.") are an acronym that ends the sentence.
  if ((/^(\p{Lu}\.?[-‑]?)+$/u.test(lastWord) && /[.‑-]/u.test(lastWord)) || /^\p{Lu}$/u.test(lastWord)) return true;
  return false;
}

const WORD_OR_DOT = /[\p{L}.‑-]/u;

/**
 * The run of letters, dots and hyphens just before a final ".", or null. Read backwards from the
 * end: an end-anchored regular expression is tried from every position of the sentence.
 */
function wordBeforeFinalDot(s: string): string | null {
  const dot = s.length - 1;
  if (dot < 1 || s[dot] !== '.') return null;
  let i = dot;
  while (i > 0 && WORD_OR_DOT.test(s[i - 1])) i--;
  return i < dot ? s.slice(i, dot) : null;
}

function insideQuote(s: string): boolean {
  for (const [open, close] of Object.entries(OPENERS)) {
    if (count(s, open) > count(s, close)) return true;
  }
  // Straight double quotes: an odd count means one is still open.
  return count(s, '"') % 2 === 1;
}

function count(s: string, ch: string): number {
  let n = 0;
  // indexOf, not a walk over every character: this runs on the whole sentence so far at each candidate boundary.
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
