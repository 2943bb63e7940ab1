/**
 * One regular expression for a list of patterns, built once per list: "does any of them occur"
 * in one pass instead of one pass per pattern. Cue lists are tried on every sentence of every
 * dispatch, and most sentences hold none. Null when the patterns' flags differ (then each is
 * tried in turn).
 *
 * Before the expression runs, a word-start check: most cue patterns begin with `\b` and a
 * literal ("\bdiplomati\w*", "\b(?:has |have )?(?:met|received)"), so a match needs a word of
 * the text that starts with one of a few known letters. The words' starts of a text are read
 * once (the same sentence is tried against some forty lists); a list none of whose starts is
 * there is not run. A list with any pattern whose start cannot be read is always run.
 */

interface Union {
  /** The list as few expressions as keep each under V8's size limit; null when flags differ. */
  re: RegExp[] | null;
  /** Bit of this list in a text's word-start mask; -1: always run. */
  bit: number;
}

const unions = new WeakMap<RegExp[], Union>();
/**
 * Word starts of one to three characters, each a slot of one flat table (see slotOf), read once
 * per word of every sentence: the lists (their bits) that may match a word starting so.
 */
const SYMBOLS = 64;
const slotLists = new Int32Array(SYMBOLS + SYMBOLS ** 2 + SYMBOLS ** 3);
const listsOfSlot: number[][] = [[]];
let listCount = 0;

export function anyOccurs(res: RegExp[], text: string): boolean {
  let union = unions.get(res);
  if (union === undefined) union = register(res);
  if (union.bit >= 0 && !maybeHolds(text, union.bit)) return false;
  if (union.re) return union.re.some((re) => re.test(text));
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}

function register(res: RegExp[]): Union {
  const flagsOf = (re: RegExp) => re.flags.replace(/[gy]/g, '');
  const same = res.length > 0 && res.every((r) => flagsOf(r) === flagsOf(res[0]));
  const re = same ? chunks(res).map((part) => {
    const source = part.map((r) => `(?:${r.source})`).join('|');
    // Unicode mode is only needed for non-ASCII text or \p classes; without it the scan is faster.
    const plain = /^[\x00-\x7F]*$/.test(source) && !/\\[pPu]/.test(source);
    return new RegExp(source, plain ? flagsOf(res[0]).replace('u', '') : flagsOf(res[0]));
  }) : null;
  // Case-insensitive lists would need folded starts; none is written so, and such a list is always run.
  const starts = res.every((r) => !r.flags.includes('i')) ? wordStartsOf(res.map((r) => r.source)) : null;
  const union: Union = { re, bit: -1 };
  if (starts && starts.length) {
    union.bit = listCount++;
    for (const slot of new Set(starts.map(slotOf))) {
      if (!slotLists[slot]) slotLists[slot] = listsOfSlot.push([]) - 1;
      listsOfSlot[slotLists[slot]].push(union.bit);
    }
    // Masks made before this list came lack its bit.
    recent.length = 0;
  }
  unions.set(res, union);
  return union;
}

/**
 * V8 leaves a regular expression whose source passes 20 KB (kRegExpTooLargeToOptimize) without
 * its optimisations: the French meeting cues, at 20.9 KB in one union, took 1.1 s instead of
 * 0.19 s over 4,000 bench dispatches. A list longer than that is tried as several unions.
 */
const MAX_UNION_SOURCE = 16_000;

function chunks(res: RegExp[]): RegExp[][] {
  const out: RegExp[][] = [[]];
  let size = 0;
  for (const re of res) {
    const length = re.source.length + 5;
    if (size + length > MAX_UNION_SOURCE && out[out.length - 1].length) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(re);
    size += length;
  }
  return out;
}

// ------------------------------------------------------------ a text's word starts

/**
 * The masks of the last two texts seen: a sentence is tried in its folded form, then without its
 * titles, each against some twenty lists in a row (the same string: compared at once).
 */
const recent: Array<{ text: string; mask: Uint32Array }> = [];

function maybeHolds(text: string, bit: number): boolean {
  let mask: Uint32Array | undefined;
  for (const r of recent) if (r.text === text) mask = r.mask;
  if (!mask) {
    mask = maskOf(text);
    recent.unshift({ text, mask });
    if (recent.length > 2) recent.pop();
  }
  return (mask[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

/** Bits of every list one of whose starts begins a word of the text (words as `\b` sees them: ASCII letters, digits, _). */
function maskOf(text: string): Uint32Array {
  const mask = new Uint32Array((listCount >>> 5) + 1);
  const mark = (slot: number) => {
    const lists = slotLists[slot];
    if (lists) for (const b of listsOfSlot[lists]) mask[b >>> 5] |= 1 << (b & 31);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const a = symbol(text.charCodeAt(i++));
    if (!a) continue;
    // The word's first one, two and three characters: a start may be shorter than three.
    mark(a);
    const b = i < n ? symbol(text.charCodeAt(i)) : 0;
    if (b) {
      i++;
      mark(SYMBOLS + a * SYMBOLS + b);
      const c = i < n ? symbol(text.charCodeAt(i)) : 0;
      if (c) {
        i++;
        mark(SYMBOLS + SYMBOLS ** 2 + (a * SYMBOLS + b) * SYMBOLS + c);
        while (i < n && symbol(text.charCodeAt(i))) i++;
      }
    }
  }
  return mask;
}

/** The table slot of a start of one to three word characters. */
function slotOf(start: string): number {
  const [a, b, c] = [...start].map((ch) => symbol(ch.charCodeAt(0)));
  return start.length === 1 ? a : start.length === 2 ? SYMBOLS + a * SYMBOLS + b : SYMBOLS + SYMBOLS ** 2 + (a * SYMBOLS + b) * SYMBOLS + c;
}

/** A word character's number, 1 to 63 (0: not a word character, as `\b` sees it). */
function symbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 38;
  if (c >= 48 && c <= 57) return c + 5;
  return c === 95 ? 63 : 0;
}

function isWordCode(c: number): boolean {
  return symbol(c) !== 0;
}

// ------------------------------------------------------------ reading a pattern's starts

/**
 * The first one to three word characters any match of one of these patterns begins with, at a
 * word start; null when a pattern's start cannot be read so (no leading `\b`, a class, `\w`,
 * non-ASCII letters...). Conservative: a shorter start only lets more texts through.
 */
export function wordStartsOf(sources: string[]): string[] | null {
  const all: string[] = [];
  for (const src of sources) {
    const starts = startsOfAlternation(src, 0, src.length, false);
    if (!starts) return null;
    all.push(...starts);
  }
  return all;
}

type Range = [number, number];

/**
 * Starts of `src[from, to)`, a whole alternation; `bounded`: what comes next begins a word
 * (after `\b`, `^`, a space or a comma); `rest`: what follows in the enclosing pattern, read
 * when an alternative ends before any word character (", (?:meeting|receiving)").
 */
function startsOfAlternation(src: string, from: number, to: number, bounded: boolean, rest: Range[] = []): string[] | null {
  const out: string[] = [];
  for (const [a, b] of topLevelAlternatives(src, from, to)) {
    const starts = startsOfSequence(src, a, b, bounded, rest);
    if (!starts) return null;
    out.push(...starts);
  }
  return out;
}

function startsOfSequence(src: string, from: number, to: number, bounded: boolean, rest: Range[]): string[] | null {
  let i = from;
  while (i < to) {
    if (src.startsWith('\\b', i) || src[i] === '^') {
      bounded = true;
      i += src[i] === '^' ? 1 : 2;
      continue;
    }
    if (src[i] === '(') {
      const close = closingParen(src, i, to);
      if (close < 0) return null;
      const after = close + 1;
      const q = quantifierAt(src, after, to);
      // A lookaround matches no characters: the match goes on with what follows it.
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        i = after + q.length;
        continue;
      }
      const inner = src.startsWith('(?:', i) ? i + 3 : src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 : i + 1;
      const repeated = q.length > 0 && src[after] !== '?';
      // A group read once goes on with what follows it; a repeated one whose first turn holds no word is not read.
      const next: Range[] = repeated ? [] : [[after + q.length, to], ...rest];
      const starts = startsOfAlternation(src, inner, close, bounded, next);
      if (!starts) return null;
      if (!q.optional) return starts;
      // Taken or not: the match starts with the group's starts or with what follows it.
      const skipped = startsOfSequence(src, after + q.length, to, bounded, rest);
      return skipped ? [...starts, ...skipped] : null;
    }
    const q = quantifierAt(src, i + 1, to);
    const c = src.charCodeAt(i);
    if (c === 92 /* \\ */) {
      const e = src[i + 1];
      const eq = quantifierAt(src, i + 2, to);
      // An escaped space or punctuation mark ends a word: what follows it starts one. "\w", "\S", "\d", "\p" may be a word's letters.
      if (!/[\s.,;:'’"«»()\-–—/!?]/.test(e) && e !== 's') return null;
      if (!eq.optional) bounded = true;
      i += 2 + eq.length;
      continue;
    }
    if (src[i] === '[' || src[i] === '.' || src[i] === '$') return null;
    if (!isWordCode(c)) {
      // A literal space, comma, apostrophe or non-Latin letter: \b sees it as a word's end.
      if (!q.optional) bounded = true;
      i += 1 + q.length;
      continue;
    }
    // A literal word: its first characters, while none is optional.
    if (!bounded) return null;
    let word = '';
    while (i < to && word.length < 3) {
      const w = src.charCodeAt(i);
      if (!isWordCode(w)) break;
      const wq = quantifierAt(src, i + 1, to);
      if (wq.optional) break;
      word += src[i];
      i++;
      if (wq.length) break; // "s+": one is certain, the next are not read
    }
    return word.length ? [word] : null;
  }
  // Ran out before a word: what follows the enclosing group decides.
  if (rest.length) return startsOfSequence(src, rest[0][0], rest[0][1], bounded, rest.slice(1));
  return null;
}

/** A quantifier at `i`: its length, and whether it allows zero. */
function quantifierAt(src: string, i: number, to: number): { length: number; optional: boolean } {
  if (i >= to) return { length: 0, optional: false };
  const c = src[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') (length = 1), (optional = true);
  else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(src.slice(i, to));
    if (m) (length = m[0].length), (optional = m[1] === '' || Number(m[1]) === 0);
  }
  // A lazy mark after the quantifier.
  if (length && src[i + length] === '?') length++;
  return { length, optional };
}

function closingParen(src: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i, to);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function closingBracket(src: string, open: number, to: number): number {
  for (let i = open + 1; i < to; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return to;
}

function topLevelAlternatives(src: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(src, i, to);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}
