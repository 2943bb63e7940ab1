import type { Analysis, Dispatch, Meeting, Passage, Position, Topic } from '../types.js';

/**
 * An analysis as saved: passages as [start, end] and every cited passage as [n, start, end],
 * since their text is always a slice of the dispatch. Rebuilt, each passage text is a slice of
 * the one dispatch string (V8 keeps slices as views, not copies) and a cited passage that is a
 * sentence is that sentence's object: at 100,000 dispatches this halves the heap.
 */

type PassageRef = [n: number, start: number, end: number];

export interface StoredAnalysis extends Omit<Analysis, 'passages' | 'meetings' | 'topics' | 'positions'> {
  passages: Array<[start: number, end: number]>;
  meetings: Array<Omit<Meeting, 'passage' | 'evidence'> & { passage: PassageRef; evidence: PassageRef }>;
  topics: Array<Omit<Topic, 'passage'> & { passage: PassageRef }>;
  positions: Array<Omit<Position, 'passage' | 'evidence'> & { passage: PassageRef; evidence: PassageRef }>;
}

const ref = (p: Passage): PassageRef => [p.n, p.start, p.end];

export function storeAnalysis(a: Analysis): StoredAnalysis {
  return {
    ...a,
    passages: a.passages.map((p) => [p.start, p.end]),
    meetings: a.meetings.map((m) => ({ ...m, passage: ref(m.passage), evidence: ref(m.evidence) })),
    topics: a.topics.map((t) => ({ ...t, passage: ref(t.passage) })),
    positions: a.positions.map((p) => ({ ...p, passage: ref(p.passage), evidence: ref(p.evidence) })),
  };
}

export function restoreAnalysis(dispatch: Dispatch, s: StoredAnalysis): Analysis {
  const { text, id } = dispatch;
  const passages: Passage[] = s.passages.map(([start, end], n) => ({ dispatchId: id, n, start, end, text: text.slice(start, end) }));
  const deref = ([n, start, end]: PassageRef): Passage => {
    const p = passages[n];
    return p && p.start === start && p.end === end ? p : { dispatchId: id, n, start, end, text: text.slice(start, end) };
  };
  return {
    ...s,
    passages,
    meetings: s.meetings.map((m) => ({ ...m, passage: deref(m.passage), evidence: deref(m.evidence) })),
    topics: s.topics.map((t) => ({ ...t, passage: deref(t.passage) })),
    positions: s.positions.map((p) => ({ ...p, passage: deref(p.passage), evidence: deref(p.evidence) })),
  };
}

/** The same analysis with its passages shared and sliced from the dispatch (after a copy between threads). */
export function compactAnalysis(dispatch: Dispatch, a: Analysis): Analysis {
  return restoreAnalysis(dispatch, storeAnalysis(a));
}
