import { foldSameLength } from './fold.js';
import { charClassAt, wordEnd } from './char-class.js';

/** A word or punctuation mark with its offsets in the original text. */
export interface Token {
  text: string;
  /**
   * Folded form (lower case, no accents) of the same length as `text`, but for Arabic short vowels and
   * shadda, which are dropped: "السُّلطان" and "الوزيرَ" are the words the tables list.
   */
  f: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
}

// Words keep inner hyphens, apostrophes and dots of initials ("al‑Chaibani", "U.S.", "M.").
export const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:\.-|[-‐‑–'’.])[\p{L}\p{M}\p{N}]+)*\.?|[^\s]/gu;
// French elisions are split off so "l’armée" yields "l’" + "armée" and "d’Ankara" a place.
const ELISION = /^([lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const [index, end] of tokenSpans(slice)) {
    let start = from + index;
    let raw = slice.slice(index, end);
    // A trailing dot is part of a word only for abbreviations and initials.
    if (raw.endsWith('.') && raw.length > 1 && !isAbbreviation(raw)) {
      push(tokens, text, start, start + raw.length - 1);
      push(tokens, text, start + raw.length - 1, start + raw.length);
      continue;
    }
    const el = ELISION.exec(raw);
    if (el && raw.length > el[0].length) {
      push(tokens, text, start, start + el[0].length);
      start += el[0].length;
      raw = raw.slice(el[0].length);
    }
    // English possessive: "Syria's" → "Syria" + "'s".
    const poss = /['’]s$/u.exec(raw);
    if (poss && raw.length > 2) {
      push(tokens, text, start, start + raw.length - 2);
      push(tokens, text, start + raw.length - 2, start + raw.length);
      continue;
    }
    push(tokens, text, start, start + raw.length);
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  const w = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(w)) return true; // initial: "A."
  if (/\./.test(w)) return true; // "U.S." "J.-P."
  return /^(M|Mm|Mr|Mrs|Ms|Ma|Dr|Pr|St|Gen|Gén|Col|Lt|Maj|Brig|Adm|Capt|Cdr|Cmdr|Sgt|Prof|Mgr|Jr|Sr|No|Sen|Sens|Rep|Reps|Gov|Amb)$/u.test(w);
}

/** Arabic short vowels, tanween and shadda (not the tanween fatha's alif, a letter). */
const ARABIC_MARKS = /[\u064B-\u0652]/u;
const ARABIC_MARKS_ALL = /[\u064B-\u0652]/gu;

function push(tokens: Token[], text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  // ASCII first characters (most of them) are read without a regular expression.
  const ascii = c < 128;
  tokens.push({
    text: t,
    f: ARABIC_MARKS.test(t) ? foldSameLength(t).replace(ARABIC_MARKS_ALL, '') : foldSameLength(t),
    start,
    end,
    cap: ascii ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t),
    word: ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : /^[\p{L}\p{N}]/u.test(t),
  });
}

/**
 * Where TOKEN matches in a text, read character by character (every sentence of every dispatch
 * is tokenized; the expression's match objects were most of the cost).
 */
export function tokenSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (wordCharAt(text, i) === 0) {
      // Any other character but white space is a token of its own.
      if (!isSpaceAt(text, i)) spans.push([i, i + size]);
      i += size;
      continue;
    }
    const start = i;
    // Inner hyphens, apostrophes and dots join: "al‑Chaibani", "aujourd’hui", "U.S".
    i = wordEnd(text, i, wordCharAt, joinsInWord);
    // "Maj.-Gen.", "Lt.-Col.": an abbreviation's dot, then a hyphen, joins the next abbreviation.
    while (text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 45 && wordCharAt(text, i + 2) > 0) i = wordEnd(text, i + 2, wordCharAt, joinsInWord);
    if (text.charCodeAt(i) === 46) i++;
    spans.push([start, i]);
  }
  return spans;
}

/** The length (1 or 2 code units) of the letter, mark or digit at a position, or 0. */
const wordCharAt = charClassAt(/^[\p{L}\p{M}\p{N}]$/u);
// An en dash between letters joins too: "Commerce Canada–États-Unis" is written either way.
const joinsInWord = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 39 || c === 0x2019 || c === 46;
/** White space (as \s): its verdicts remembered per character. */
const spaces = new Uint8Array(0x10000);

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  let v = spaces[c];
  if (v === 0) spaces[c] = v = /^\s$/.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}
