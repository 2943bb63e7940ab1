import MiniSearch, { type Query as SearchQuery, type SearchOptions } from 'minisearch';
import type { Analysis, Dispatch, Meeting, Position } from '../types.js';
import { entityTerm, textTerms } from './terms.js';
import { newestFirst, periodOf, periodOverlaps } from './period.js';
import { GROUP_FIELDS, type SearchGroup } from './query.js';

/**
 * What the answer code searches: the dispatches, their analyses, and MiniSearch indexes over
 * passages (sentences), so a hit is already the passage to quote. One index per partition (a
 * quarter of dispatch dates): a start loads the newest first, a date filter skips partitions
 * before any scoring, and one changed dispatch touches one partition. Entity tables answer "who
 * met X" without a full-text scan. The corpus changes in place (add, remove) between two
 * answers; `version` tells caches built from it that they are stale.
 */

/** What MiniSearch indexes for one passage. Nothing is stored in the index: the id says where the passage is. */
export interface PassageDoc {
  /** `${dispatchId}#${n}` */
  id: string;
  /** Prepared terms of the sentence (see textTerms). */
  text: string;
  /** Entity keys of the people named, quoted or resolved in the sentence ("e:vladimir-putin"). */
  people: string;
  /** Entity keys of the places, nationalities and organisations. */
  places: string;
  topics: string;
}

export const INDEX_OPTIONS = {
  fields: ['text', 'people', 'places', 'topics'],
  storeFields: [] as string[],
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
      text: textTerms(p.text, dispatch.lang).join(' '),
      people: [...people].join(' '),
      places: [...places].join(' '),
      topics: (analysis.sentenceTopics[p.n] ?? []).map((t) => `t:${t}`).join(' '),
    };
  });
}

export function emptyIndex(): MiniSearch<PassageDoc> {
  return new MiniSearch<PassageDoc>(indexOptions());
}

export function indexOptions() {
  return { ...INDEX_OPTIONS, fields: [...INDEX_OPTIONS.fields], storeFields: [...INDEX_OPTIONS.storeFields] };
}

/** One dispatch ready to join the corpus: its analysis and its index documents. */
export interface IndexedDispatch {
  dispatch: Dispatch;
  analysis: Analysis;
  docs: PassageDoc[];
}

export interface Partition {
  period: string;
  ids: Set<string>;
  index: MiniSearch<PassageDoc>;
  /** Entity and topic terms in the partition, with how many dispatches hold each: a question about someone absent skips it unsearched. */
  tags: Map<string, number>;
}

export interface SearchHit {
  id: string;
  dispatchId: string;
  n: number;
  score: number;
}

export interface SearchScope {
  from?: string | null;
  to?: string | null;
}

/** How far a start has got: answers during loading say they cover only part of the dispatches. */
export interface LoadingState {
  loaded: number;
  total: number;
}

export class Corpus {
  readonly dispatches = new Map<string, Dispatch>();
  readonly analyses = new Map<string, Analysis>();
  /** Entity key → names as written in the corpus, with how many dispatches write them so. */
  readonly names = new Map<string, Map<string, number>>();
  /** Entity key → the meetings it took part in, and the positions it stated: "who met X" without a scan. */
  readonly meetingsOf = new Map<string, Meeting[]>();
  readonly positionsOf = new Map<string, Position[]>();
  private readonly partitionsByPeriod = new Map<string, Partition>();
  private allMeetings: Meeting[] | null = [];
  private allPositions: Position[] | null = [];
  private sortedPartitions: Partition[] | null = null;
  /** Bumped on every change; caches derived from the corpus compare it. */
  version = 0;
  /** Non-null while older partitions are still loading in the background. */
  loading: LoadingState | null = null;

  /** Builds a corpus at once (tests, benchmarks, small folders). */
  static from(items: IndexedDispatch[]): Corpus {
    const corpus = new Corpus();
    for (const item of items) corpus.add(item);
    return corpus;
  }

  get meetings(): Meeting[] {
    this.allMeetings ??= [...this.analyses.values()].flatMap((a) => a.meetings);
    return this.allMeetings;
  }

  get positions(): Position[] {
    this.allPositions ??= [...this.analyses.values()].flatMap((a) => a.positions);
    return this.allPositions;
  }

  /** Partitions newest first. */
  get partitions(): Partition[] {
    this.sortedPartitions ??= [...this.partitionsByPeriod.values()].sort((a, b) => newestFirst(a.period, b.period));
    return this.sortedPartitions;
  }

  partition(period: string): Partition | undefined {
    return this.partitionsByPeriod.get(period);
  }

  get passageCount(): number {
    let n = 0;
    for (const a of this.analyses.values()) n += a.passages.length;
    return n;
  }

  /** Adds a dispatch (indexing its documents); a dispatch already held (same id, same text) is left as it is. Returns its period. */
  add(item: IndexedDispatch): string {
    const period = periodOf(item.dispatch.date);
    if (this.dispatches.has(item.dispatch.id)) return period;
    const part = this.ensurePartition(period);
    part.index.addAll(item.docs);
    part.ids.add(item.dispatch.id);
    countTags(part, item.analysis, 1);
    this.register(item.dispatch, item.analysis);
    return period;
  }

  /** Adds a partition loaded from a snapshot: its index is already built. */
  addLoadedPartition(period: string, entries: Array<{ dispatch: Dispatch; analysis: Analysis }>, index: MiniSearch<PassageDoc>): void {
    const existing = this.partitionsByPeriod.get(period);
    if (existing) throw new Error(`partition ${period} is already loaded`);
    const part: Partition = { period, ids: new Set(entries.map((e) => e.dispatch.id)), index, tags: new Map() };
    this.partitionsByPeriod.set(period, part);
    this.sortedPartitions = null;
    for (const e of entries) {
      this.register(e.dispatch, e.analysis);
      countTags(part, e.analysis, 1);
    }
  }

  /** Removes a dispatch and its passages from the index and the tables. Returns its period, or null when it was not held. */
  remove(id: string): string | null {
    const dispatch = this.dispatches.get(id);
    const analysis = this.analyses.get(id);
    if (!dispatch || !analysis) return null;
    const period = periodOf(dispatch.date);
    const part = this.partitionsByPeriod.get(period);
    if (part) {
      // discard is MiniSearch's cheap removal: the document stops matching at once, the index is cleaned up lazily.
      for (const p of analysis.passages) if (part.index.has(`${id}#${p.n}`)) part.index.discard(`${id}#${p.n}`);
      part.ids.delete(id);
      countTags(part, analysis, -1);
    }
    this.dispatches.delete(id);
    this.analyses.delete(id);
    for (const m of analysis.meetings) for (const p of m.participants) dropFrom(this.meetingsOf, p.key, (x) => x.passage.dispatchId === id);
    for (const p of analysis.positions) dropFrom(this.positionsOf, p.speaker.key, (x) => x.passage.dispatchId === id);
    for (const [key, name] of namesOf(analysis)) {
      const written = this.names.get(key);
      const count = (written?.get(name) ?? 0) - 1;
      if (!written) continue;
      if (count > 0) written.set(name, count);
      else written.delete(name);
      if (written.size === 0) this.names.delete(key);
    }
    this.changed();
    return period;
  }

  /**
   * Passages matching every group, best first, within a date range. Per partition, the entity
   * and topic groups (exact terms, small fields) run first; the word groups then score only the
   * passages those allow (MiniSearch skips a document whose boost is 0 before scoring it), so a
   * common word costs a set lookup per posting instead of a score.
   */
  searchGroups(groups: SearchGroup[], scope: SearchScope = {}, opts: { prefixFuzzy?: boolean } = {}): SearchHit[] {
    if (groups.length === 0) return [];
    const fuzzyOk = opts.prefixFuzzy ?? true;
    const toQuery = (g: SearchGroup) => ({ combineWith: 'OR' as const, queries: g.terms, fields: GROUP_FIELDS[g.kind], prefix: fuzzyOk && g.prefix, fuzzy: fuzzyOk ? g.fuzzy : false });
    const narrowing = groups.filter((g) => g.kind !== 'word').map(toQuery);
    const words = groups.filter((g) => g.kind === 'word').map(toQuery);
    const tagGroups = groups.filter((g) => g.kind !== 'word');
    const hits: SearchHit[] = [];
    for (const part of this.partitions) {
      if (!periodOverlaps(part.period, scope.from ?? null, scope.to ?? null)) continue;
      if (tagGroups.some((g) => !g.terms.some((t) => part.tags.has(t)))) continue;
      let allowed: Map<string, number> | null = null;
      if (narrowing.length) {
        allowed = new Map();
        for (const r of part.index.search({ combineWith: 'AND', queries: narrowing }, { maxFuzzy: 2 })) allowed.set(String(r.id), r.score);
        if (allowed.size === 0) continue;
      }
      const results = words.length
        ? part.index.search({ combineWith: 'AND', queries: words }, allowed ? { maxFuzzy: 2, boostDocument: (id) => (allowed.has(id) ? 1 : 0) } : { maxFuzzy: 2 })
        : null;
      if (results) {
        for (const r of results) hits.push(hitOf(String(r.id), r.score + (allowed?.get(String(r.id)) ?? 0)));
      } else {
        for (const [id, score] of allowed!) hits.push(hitOf(id, score));
      }
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /**
   * Passages matching a MiniSearch query, best first, over the partitions a date range can
   * reach (the range prunes whole partitions; callers still check each hit's own date).
   */
  search(query: SearchQuery, options: SearchOptions = {}, scope: SearchScope = {}): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const part of this.partitions) {
      if (!periodOverlaps(part.period, scope.from ?? null, scope.to ?? null)) continue;
      for (const r of part.index.search(query, options)) hits.push(hitOf(String(r.id), r.score));
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  private ensurePartition(period: string): Partition {
    let part = this.partitionsByPeriod.get(period);
    if (!part) {
      part = { period, ids: new Set(), index: emptyIndex(), tags: new Map() };
      this.partitionsByPeriod.set(period, part);
      this.sortedPartitions = null;
    }
    return part;
  }

  private register(dispatch: Dispatch, analysis: Analysis): void {
    this.dispatches.set(dispatch.id, dispatch);
    this.analyses.set(dispatch.id, analysis);
    for (const m of analysis.meetings) for (const p of new Set(m.participants.map((x) => x.key))) pushTo(this.meetingsOf, p, m);
    for (const p of analysis.positions) pushTo(this.positionsOf, p.speaker.key, p);
    for (const [key, name] of namesOf(analysis)) {
      let written = this.names.get(key);
      if (!written) this.names.set(key, (written = new Map()));
      written.set(name, (written.get(name) ?? 0) + 1);
    }
    this.changed();
  }

  private changed(): void {
    this.allMeetings = null;
    this.allPositions = null;
    this.version++;
  }
}

/** The entity and topic terms a dispatch's passages are indexed with (see passageDocs), counted once per dispatch. */
function countTags(part: Partition, analysis: Analysis, delta: 1 | -1): void {
  const tags = new Set<string>();
  for (const m of analysis.mentions) tags.add(entityTerm(m.key));
  for (const p of analysis.positions) tags.add(entityTerm(p.speaker.key));
  for (const m of analysis.meetings) for (const p of m.participants) tags.add(entityTerm(p.key));
  for (const labels of analysis.sentenceTopics) for (const l of labels) tags.add(`t:${l}`);
  for (const t of tags) {
    const n = (part.tags.get(t) ?? 0) + delta;
    if (n > 0) part.tags.set(t, n);
    else part.tags.delete(t);
  }
}

function hitOf(id: string, score: number): SearchHit {
  const hash = id.lastIndexOf('#');
  return { id, dispatchId: id.slice(0, hash), n: Number(id.slice(hash + 1)), score };
}

/** Each (entity key, name as written) of a dispatch once. */
function namesOf(analysis: Analysis): Array<[string, string]> {
  const seen = new Map<string, [string, string]>();
  for (const m of analysis.mentions) seen.set(`${m.key}\u0000${m.text}`, [m.key, m.text]);
  for (const p of analysis.people) seen.set(`${p.key}\u0000${p.name}`, [p.key, p.name]);
  return [...seen.values()];
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dropFrom<T>(map: Map<string, T[]>, key: string, gone: (x: T) => boolean): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((x) => !gone(x));
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}
