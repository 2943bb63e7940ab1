import MiniSearch from 'minisearch';
import type { Analysis, Dispatch, Meeting, Position } from '../types.js';
import { entityTerm, textTerms } from './terms.js';

/**
 * What the answer code searches: the dispatches, their analyses, and a MiniSearch index over
 * passages (sentences), so a hit is already the passage to quote. Entity tables answer
 * "who met X" without a full-text scan.
 */
export interface Corpus {
  dispatches: Map<string, Dispatch>;
  analyses: Map<string, Analysis>;
  index: MiniSearch<PassageDoc>;
  /** Entity key → names as written anywhere in the corpus (for autocomplete and question parsing). */
  names: Map<string, Set<string>>;
  meetings: Meeting[];
  positions: Position[];
  /** Entity key → the meetings it took part in, and the positions it stated: "who met X" without a scan. */
  meetingsOf: Map<string, Meeting[]>;
  positionsOf: Map<string, Position[]>;
}

/** What MiniSearch indexes for one passage. Stored fields are kept small: the rest is in `analyses`. */
export interface PassageDoc {
  id: string;
  dispatchId: string;
  n: number;
  lang: string;
  date: string | null;
  /** Prepared terms of the sentence (see textTerms). */
  text: string;
  /** Entity keys of the people named, quoted or resolved in the sentence ("e:vladimir-putin"). */
  people: string;
  /** Entity keys of the places, nationalities and organisations. */
  places: string;
  topics: string;
}

export const INDEX_OPTIONS = {
  fields: ['text', 'people', 'places', 'topics', 'date', 'lang'],
  storeFields: ['dispatchId', 'n', 'lang', 'date'],
  // Terms are prepared by textTerms: split on the spaces we put, and keep them as they are.
  tokenize: (s: string) => s.split(' ').filter(Boolean),
  processTerm: (t: string) => t,
} as const;

export function passageDocs(dispatch: Dispatch, analysis: Analysis): PassageDoc[] {
  return analysis.passages.map((p) => {
    const people = new Set<string>();
    const places = new Set<string>();
    for (const m of analysis.mentions) if (m.sentence === p.n) (m.kind === 'person' ? people : places).add(entityTerm(m.key));
    for (const pos of analysis.positions) if (pos.passage.n === p.n) people.add(entityTerm(pos.speaker.key));
    for (const meet of analysis.meetings) if (meet.passage.n === p.n) for (const part of meet.participants) people.add(entityTerm(part.key));
    return {
      id: `${dispatch.id}#${p.n}`,
      dispatchId: dispatch.id,
      n: p.n,
      lang: dispatch.lang,
      date: dispatch.date,
      text: textTerms(p.text, dispatch.lang).join(' '),
      people: [...people].join(' '),
      places: [...places].join(' '),
      topics: (analysis.sentenceTopics[p.n] ?? []).map((t) => `t:${t}`).join(' '),
    };
  });
}

export function emptyIndex(): MiniSearch<PassageDoc> {
  return new MiniSearch<PassageDoc>({ ...INDEX_OPTIONS, fields: [...INDEX_OPTIONS.fields], storeFields: [...INDEX_OPTIONS.storeFields] });
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCorpus(dispatches: Dispatch[], analyses: Analysis[], index?: MiniSearch<PassageDoc>): Corpus {
  const byId = new Map(analyses.map((a) => [a.dispatchId, a]));
  const ms = index ?? emptyIndex();
  if (!index) for (const d of dispatches) ms.addAll(passageDocs(d, byId.get(d.id)!));
  const names = new Map<string, Set<string>>();
  const addName = (key: string, name: string) => {
    if (!names.has(key)) names.set(key, new Set());
    names.get(key)!.add(name);
  };
  for (const a of analyses) {
    for (const m of a.mentions) addName(m.key, m.text);
    for (const p of a.people) addName(p.key, p.name);
  }
  const meetings = analyses.flatMap((a) => a.meetings);
  const positions = analyses.flatMap((a) => a.positions);
  const meetingsOf = new Map<string, Meeting[]>();
  for (const m of meetings) for (const p of m.participants) pushTo(meetingsOf, p.key, m);
  const positionsOf = new Map<string, Position[]>();
  for (const p of positions) pushTo(positionsOf, p.speaker.key, p);
  return { dispatches: new Map(dispatches.map((d) => [d.id, d])), analyses: byId, index: ms, names, meetings, positions, meetingsOf, positionsOf };
}
