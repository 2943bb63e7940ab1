import type { Analysis, Dispatch, Meeting, Participant, Passage, Position, Topic, TopicLabel } from '../types.js';

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
    // Only what a Mention is: the analyser's working fields (role, surname) are not kept.
    mentions: a.mentions.map((m) => ({ kind: m.kind, text: m.text, key: m.key, start: m.start, end: m.end, sentence: m.sentence, via: m.via })),
    passages: a.passages.map((p) => [p.start, p.end]),
    meetings: a.meetings.map((m) => ({ ...m, passage: ref(m.passage), evidence: ref(m.evidence) })),
    topics: a.topics.map((t) => ({ ...t, passage: ref(t.passage) })),
    positions: a.positions.map((p) => ({ ...p, passage: ref(p.passage), evidence: ref(p.evidence) })),
  };
}

/**
 * Names, keys and roles recur across thousands of dispatches: one copy of each string serves
 * them all. Sentence topic lists recur too (most are empty or one label).
 */
const strings = new Map<string, string>();
const topicLists = new Map<string, TopicLabel[]>();

function intern(s: string): string;
function intern(s: string | null | undefined): string | null | undefined;
function intern(s: string | null | undefined): string | null | undefined {
  if (typeof s !== 'string' || s.length > 120) return s;
  const held = strings.get(s);
  if (held !== undefined) return held;
  strings.set(s, s);
  return s;
}

function sharedTopics(labels: TopicLabel[]): TopicLabel[] {
  const key = labels.join(',');
  let held = topicLists.get(key);
  if (!held) topicLists.set(key, (held = labels));
  return held;
}

// Records are rebuilt as literals, not spread: an object copied between threads arrives built
// property by property, and a spread of it keeps its layout (properties past the fourth in a
// separate array): 11 MB of such arrays at 10,000 dispatches, none when loaded from a snapshot.
function person(p: Participant): Participant {
  return { key: intern(p.key), name: intern(p.name), role: intern(p.role) ?? null };
}

/**
 * A passage of a kept dispatch: its text is cut from the dispatch's when read, not held (two
 * million sentences at 100,000 dispatches). Serialises as a plain Passage.
 */
class KeptPassage implements Passage {
  declare private readonly source: string;

  constructor(
    readonly dispatchId: string,
    readonly n: number,
    readonly start: number,
    readonly end: number,
    source: string,
  ) {
    // Not enumerable: comparisons and spreads see the Passage fields only.
    Object.defineProperty(this, 'source', { value: source, enumerable: false });
  }

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  toJSON(): Passage {
    return { dispatchId: this.dispatchId, n: this.n, start: this.start, end: this.end, text: this.text };
  }
}

export function restoreAnalysis(dispatch: Dispatch, s: StoredAnalysis): Analysis {
  const { text, id } = dispatch;
  const passages: Passage[] = s.passages.map(([start, end], n) => new KeptPassage(id, n, start, end, text));
  const deref = ([n, start, end]: PassageRef): Passage => {
    const p = passages[n];
    return p && p.start === start && p.end === end ? p : new KeptPassage(id, n, start, end, text);
  };
  // A statement or quote is words of its sentence: keep it as a view of the dispatch text, not a copy.
  const within = (part: string, p: Passage): string => {
    const at = p.text.indexOf(part);
    return at < 0 ? part : text.slice(p.start + at, p.start + at + part.length);
  };
  return {
    ...s,
    dispatchId: id,
    passages,
    mentions: s.mentions.map((m) => ({ kind: intern(m.kind) as typeof m.kind, text: intern(m.text), key: intern(m.key), start: m.start, end: m.end, sentence: m.sentence, via: intern(m.via) as typeof m.via })),
    people: s.people.map(person),
    meetings: s.meetings.map((m) => ({ ...m, kind: intern(m.kind) as typeof m.kind, participants: m.participants.map(person), place: intern(m.place) ?? null, placeKey: intern(m.placeKey) ?? null, passage: deref(m.passage), evidence: deref(m.evidence), topics: sharedTopics(m.topics) })),
    topics: s.topics.map((t) => ({ ...t, label: intern(t.label) as typeof t.label, passage: deref(t.passage) })),
    positions: s.positions.map((p) => {
      const passage = deref(p.passage);
      return { ...p, speaker: person(p.speaker), statement: within(p.statement, passage), quote: p.quote === null ? null : within(p.quote, passage), passage, evidence: deref(p.evidence), about: p.about.map((k) => intern(k)), topics: sharedTopics(p.topics) };
    }),
    sentenceTopics: s.sentenceTopics.map(sharedTopics),
  };
}

/** The same analysis with its passages shared and sliced from the dispatch (after a copy between threads). */
export function compactAnalysis(dispatch: Dispatch, a: Analysis): Analysis {
  return restoreAnalysis(dispatch, storeAnalysis(a));
}
