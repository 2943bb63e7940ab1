/**
 * A character class read at a position of a text without a regular expression per character:
 * ASCII letters and digits by their codes, the rest of the Basic Multilingual Plane by a verdict
 * remembered per character, astral characters by the class itself. Tokenizing and indexing read
 * every character of every dispatch.
 */
export function charClassAt(cls: RegExp): (text: string, i: number) => number {
  // 0 unknown, 1 in the class, 2 not.
  const verdicts = new Uint8Array(0x10000);
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      return cp > 0xffff && cls.test(String.fromCodePoint(cp)) ? 2 : 0;
    }
    let v = verdicts[c];
    if (v === 0) verdicts[c] = v = cls.test(String.fromCharCode(c)) ? 1 : 2;
    return v === 1 ? 1 : 0;
  };
}

/**
 * The end of the word starting at `start`: runs of the class, joined by one joiner character
 * between two runs ("al-Chaibani", "U.S", "l’armée" when the apostrophe joins).
 */
export function wordEnd(text: string, start: number, charAt: (text: string, i: number) => number, joins: (code: number) => boolean): number {
  const n = text.length;
  let i = start;
  let w = charAt(text, i);
  for (;;) {
    while (w > 0) {
      i += w;
      w = i < n ? charAt(text, i) : 0;
    }
    if (i + 1 < n && joins(text.charCodeAt(i)) && (w = charAt(text, i + 1)) > 0) {
      i += 1;
      continue;
    }
    return i;
  }
}
