import { foldSameLength } from './fold.js';

/** A word or punctuation mark with its offsets in the original text. */
export interface Token {
  text: string;
  /** Folded form (lower case, no accents) of the same length as `text`. */
  f: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
}

// Words keep inner hyphens, apostrophes and dots of initials ("al‑Chaibani", "U.S.", "M.").
export const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.][\p{L}\p{M}\p{N}]+)*\.?|[^\s]/gu;
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
  return /^(M|Mm|Mr|Mrs|Ms|Dr|Pr|St|Gen|Gén|Col|Lt|Prof|Mgr|Jr|Sr|No|Sen|Gov|Amb)$/u.test(w);
}

function push(tokens: Token[], text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  // ASCII first characters (most of them) are read without a regular expression.
  const ascii = c < 128;
  tokens.push({
    text: t,
    f: foldSameLength(t),
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
    let w = wordCharAt(text, i);
    if (w === 0) {
      // Any other character but white space is a token of its own.
      if (!isSpaceAt(text, i)) spans.push([i, i + size]);
      i += size;
      continue;
    }
    const start = i;
    for (;;) {
      while (w > 0) {
        i += w;
        w = i < n ? wordCharAt(text, i) : 0;
      }
      const c = text.charCodeAt(i);
      if ((c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46) && i + 1 < n && (w = wordCharAt(text, i + 1)) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === 46) i++;
    spans.push([start, i]);
  }
  return spans;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Verdicts for the Basic Multilingual Plane, filled as characters are met: bit 1 word character known, 2 yes; 4 space known, 8 yes. */
const bmp = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the letter, mark or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let v = bmp[c];
  if (!(v & 1)) bmp[c] = v |= 1 | (WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 0);
  return v & 2 ? 1 : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  let v = bmp[c];
  if (!(v & 4)) bmp[c] = v |= 4 | (/^\s$/.test(String.fromCharCode(c)) ? 8 : 0);
  return (v & 8) !== 0;
}
