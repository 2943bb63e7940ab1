import type { Analysis, Dispatch } from '../types.js';
import { sentenceEntities } from './corpus.js';
import type { SearchGroup } from './query.js';
import { textTerms } from './terms.js';

/**
 * The index finds dispatches; this finds, within one, the sentences to quote: how many groups
 * each sentence holds a term of (exactly, or as a prefix for the word being typed, or one edit
 * away for a long word, as the index allowed). Run only on the few dispatches an answer shows,
 * and only on the sentences asked about.
 */
export function groupsHeld(dispatch: Dispatch, analysis: Analysis, groups: SearchGroup[], sentences: number[] = analysis.passages.map((p) => p.n)): Map<number, number> {
  const entities = groups.some((g) => g.kind === 'entity') ? sentenceEntities(analysis) : null;
  const out = new Map<number, number>();
  for (const n of sentences) {
    const p = analysis.passages[n];
    if (!p) continue;
    let terms: Set<string> | null = null;
    const holds = (g: SearchGroup): boolean => {
      if (g.kind === 'topic') return g.terms.some((t) => (analysis.sentenceTopics[n] ?? []).includes(t.slice(2) as never));
      if (g.kind === 'entity') return g.terms.some((t) => entities![n]?.people.has(t) || entities![n]?.places.has(t));
      terms ??= new Set(textTerms(p.text, dispatch.lang));
      for (const t of g.terms) {
        if (terms.has(t)) return true;
        if (!g.prefix && !g.fuzzy) continue;
        for (const have of terms) {
          if (g.prefix && have.startsWith(t)) return true;
          if (g.fuzzy && oneEditApart(t, have)) return true;
        }
      }
      return false;
    };
    out.set(n, groups.filter(holds).length);
  }
  return out;
}

/** At most one insertion, deletion or substitution between a and b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
