/**
 * One regular expression for a list of patterns, built once per list: "does any of them occur"
 * in one pass instead of one pass per pattern. Cue lists are tried on every sentence of every
 * dispatch, and most sentences hold none. Null when the patterns' flags differ (then each is
 * tried in turn).
 */
const unions = new WeakMap<RegExp[], RegExp | null>();

export function anyOccurs(res: RegExp[], text: string): boolean {
  let union = unions.get(res);
  if (union === undefined) {
    const flagsOf = (re: RegExp) => re.flags.replace(/[gy]/g, '');
    const source = res.map((re) => `(?:${re.source})`).join('|');
    // Unicode mode is only needed for non-ASCII text or \p classes; without it the scan is faster.
    const plain = /^[\x00-\x7F]*$/.test(source) && !/\\[pPu]/.test(source);
    union = res.length && res.every((re) => flagsOf(re) === flagsOf(res[0])) ? new RegExp(source, plain ? flagsOf(res[0]).replace('u', '') : flagsOf(res[0])) : null;
    unions.set(res, union);
  }
  if (union) return union.test(text);
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}
