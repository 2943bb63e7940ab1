import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Analysis, Dispatch, Meeting, Position } from '../types.js';
import { entityTerm, textTerms } from './terms.js';
import { byDateNewestFirst, newestFirst, periodOf, periodOverlaps } from './period.js';
import type { SearchGroup } from './query.js';
import { Best } from './best.js';

/**
 * What the answer code searches: the dispatches, their analyses, one MiniSearch index per
 * partition (a quarter of dispatch dates: a start loads the newest first, a date filter skips
 * partitions before any scoring, one changed dispatch touches one partition), a tag table for
 * entities and topics, and entity tables that answer "who met X" without a full-text scan. The
 * corpus changes in place (add, remove) between two answers; `version` tells caches built from
 * it that they are stale.
 */

/**
 * What MiniSearch indexes for one dispatch: the terms of its sentences. One document per
 * dispatch, not per sentence: a word repeated across sentences is one posting, so the index
 * holds a third of the postings and a twentieth of the documents; the sentence to quote is then
 * found within the few dispatches shown (see search/passage-match.ts). Entities and topics are
 * not in MiniSearch: an exact table (tag → dispatches) filters on them before any scoring.
 */
export interface DispatchDoc {
  /** The dispatch id. */
  id: string;
  /** Prepared terms of every sentence (see textTerms), each once. */
  text: string;
}

export const INDEX_OPTIONS = {
  fields: ['text'],
  storeFields: [] as string[],
  // Terms are prepared by textTerms: split on the spaces we put, and keep them as they are.
  tokenize: (s: string) => s.split(' ').filter(Boolean),
  processTerm: (t: string) => t,
} as const;

/** Every entity term of a dispatch with its sentence: people named, quoted or meeting; places and organisations. */
function eachEntity(analysis: Analysis, visit: (sentence: number, side: 'people' | 'places', term: string) => void): void {
  for (const m of analysis.mentions) visit(m.sentence, m.kind === 'person' ? 'people' : 'places', entityTerm(m.key));
  for (const pos of analysis.positions) visit(pos.passage.n, 'people', entityTerm(pos.speaker.key));
  for (const meet of analysis.meetings) for (const part of meet.participants) visit(meet.passage.n, 'people', entityTerm(part.key));
}

/** The entity terms of each sentence. */
export function sentenceEntities(analysis: Analysis): Array<{ people: Set<string>; places: Set<string> }> {
  const out = analysis.passages.map(() => ({ people: new Set<string>(), places: new Set<string>() }));
  eachEntity(analysis, (n, side, term) => out[n]?.[side].add(term));
  return out;
}

/** The entity ("e:…") and topic ("t:…") tags of a dispatch, as the search groups name them. */
export function dispatchTags(analysis: Analysis): Set<string> {
  const tags = new Set<string>();
  eachEntity(analysis, (_n, _side, term) => tags.add(term));
  // A meeting's place may come from the dateline rather than a mention: it tags the dispatch too.
  for (const m of analysis.meetings) if (m.placeKey) tags.add(entityTerm(m.placeKey));
  for (const labels of analysis.sentenceTopics) for (const l of labels) tags.add(`t:${l}`);
  // Whatever an answer filters a meeting or a position on must be a tag of its dispatch: the
  // tag table picks the candidates, and a candidate it misses is an answer lost.
  for (const m of analysis.meetings) for (const l of m.topics) tags.add(`t:${l}`);
  for (const p of analysis.positions) {
    for (const l of p.topics) tags.add(`t:${l}`);
    for (const k of p.about) tags.add(entityTerm(k));
  }
  return tags;
}

export function dispatchDoc(dispatch: Dispatch, analysis: Analysis): DispatchDoc {
  // Each term once: BM25 saturates term frequency within a few repeats anyway, and a dispatch
  // is short; half the tokens makes indexing, the one step left on the main thread, twice as fast.
  const terms = new Set<string>();
  for (const p of analysis.passages) for (const t of textTerms(p.text, dispatch.lang)) terms.add(t);
  return { id: dispatch.id, text: [...terms].join(' ') };
}

export function emptyIndex(): MiniSearch<DispatchDoc> {
  return new MiniSearch<DispatchDoc>(indexOptions());
}

export function indexOptions() {
  return { ...INDEX_OPTIONS, fields: [...INDEX_OPTIONS.fields], storeFields: [...INDEX_OPTIONS.storeFields] };
}

/** One dispatch ready to join the corpus: its analysis and its index document. */
export interface IndexedDispatch {
  dispatch: Dispatch;
  analysis: Analysis;
  doc: DispatchDoc;
}

export interface Partition {
  period: string;
  ids: Set<string>;
  index: MiniSearch<DispatchDoc>;
  /** Entity or topic tag → the partition's dispatches holding it: filters before any scoring, a quarter at a time. */
  tagged: Map<string, Set<string>>;
}

/** Tags a dispatch must hold: each group is a list of alternatives (ORed), the groups are ANDed. */
export type TagGroups = string[][];

export interface SearchHit {
  dispatchId: string;
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
  /**
   * Person key → the roles written beside them (in meetings and positions), with how many times:
   * "the Turkish minister" finds its people here, then reads their own lists.
   */
  readonly roles = new Map<string, Map<string, number>>();
  /** Entity key → names as written in the corpus, with how many dispatches write them so. */
  readonly names = new Map<string, Map<string, number>>();
  /**
   * Entity key → the meetings it took part in or that took place there, and the positions it
   * stated or that spoke of it (a place): "who met X", "meetings in Z", "what was said about Z"
   * without a scan. Person and place keys never coincide, so one table serves both.
   */
  private readonly meetingsOf = new Map<string, Meeting[]>();
  private readonly positionsOf = new Map<string, Position[]>();
  private readonly partitionsByPeriod = new Map<string, Partition>();
  private allMeetings: Meeting[] | null = [];
  private allPositions: Position[] | null = [];
  private sortedPartitions: Partition[] | null = null;
  /** Bumped on every change; caches derived from the corpus compare it. */
  version = 0;
  /** Bumped only when a name or a spelling appears or goes: most new dispatches name people already known. */
  namesVersion = 0;
  /** Non-null while older partitions are still loading in the background. */
  loading: LoadingState | null = null;

  get meetings(): Meeting[] {
    this.allMeetings ??= [...this.analyses.values()].flatMap((a) => a.meetings);
    return this.allMeetings;
  }

  get positions(): Position[] {
    this.allPositions ??= [...this.analyses.values()].flatMap((a) => a.positions);
    return this.allPositions;
  }

  /** Meetings newest first (all, or one entity's: participant or place), sorted once and kept until a change touches the list. */
  meetingsNewestFirst(key?: string): Meeting[] {
    const list = key === undefined ? this.meetings : this.meetingsOf.get(key) ?? [];
    return this.sorted(`m:${key ?? ''}`, list, (m) => m.date ?? this.dispatches.get(m.passage.dispatchId)?.date ?? null);
  }

  /** Positions newest first (all, or one entity's: speaker or place spoken of), kept likewise. */
  positionsNewestFirst(key?: string): Position[] {
    const list = key === undefined ? this.positions : this.positionsOf.get(key) ?? [];
    return this.sorted(`p:${key ?? ''}`, list, (p) => this.dispatches.get(p.passage.dispatchId)?.date ?? null);
  }

  /**
   * Sorts everything at once: the corpus-wide lists, then every entity's list read off them in one
   * pass (so each comes out newest first without a sort of its own). Run once a load completes,
   * so no question pays for it.
   */
  prepareSorted(): void {
    const meetings = this.meetingsNewestFirst();
    const positions = this.positionsNewestFirst();
    const byKey = new Map<string, unknown[]>();
    const into = (key: string, x: unknown) => {
      const list = byKey.get(key);
      if (list) list.push(x);
      else byKey.set(key, [x]);
    };
    for (const m of meetings) for (const key of meetingKeys(m)) into(`m:${key}`, m);
    for (const p of positions) for (const key of positionKeys(p)) into(`p:${key}`, p);
    for (const [key, list] of byKey) this.sortedCache.set(key, list);
  }

  /** Sorted lists by entity ("m:key", "p:key"; "m:", "p:" for everyone); a change drops only the lists it touches. */
  private sortedCache = new Map<string, unknown[]>();

  private dropSorted(analysis: Analysis): void {
    this.sortedCache.delete('m:');
    this.sortedCache.delete('p:');
    for (const m of analysis.meetings) for (const key of meetingKeys(m)) this.sortedCache.delete(`m:${key}`);
    for (const p of analysis.positions) for (const key of positionKeys(p)) this.sortedCache.delete(`p:${key}`);
  }

  private sorted<T>(cacheKey: string, list: T[], date: (x: T) => string | null): T[] {
    let held = this.sortedCache.get(cacheKey) as T[] | undefined;
    if (!held) {
      held = byDateNewestFirst(list, date);
      this.sortedCache.set(cacheKey, held);
    }
    return held;
  }

  /** Partitions newest first. */
  get partitions(): Partition[] {
    this.sortedPartitions ??= [...this.partitionsByPeriod.values()].sort((a, b) => newestFirst(a.period, b.period));
    return this.sortedPartitions;
  }

  partition(period: string): Partition | undefined {
    return this.partitionsByPeriod.get(period);
  }

  /** Totals kept as dispatches come and go: a report after one update must not walk 100,000 analyses. */
  readonly counts = { passages: 0, meetings: 0, positions: 0 };

  /** Ids of the dispatches read from a file. */
  idsOfFile(file: string): string[] {
    return [...(this.byFile.get(file) ?? [])];
  }

  /** File → ids of the dispatches read from it. */
  get files(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.byFile;
  }

  private readonly byFile = new Map<string, Set<string>>();

  /** Adds a dispatch (indexing its documents); a dispatch already held (same id, same text) is left as it is. Returns its period. */
  add(item: IndexedDispatch): string {
    const period = periodOf(item.dispatch.date);
    if (this.dispatches.has(item.dispatch.id)) return period;
    const part = this.ensurePartition(period);
    part.index.add(item.doc);
    part.ids.add(item.dispatch.id);
    this.register(item.dispatch, item.analysis, part);
    return period;
  }

  /** Adds a partition loaded from a snapshot: its index is already built. */
  addLoadedPartition(period: string, entries: Array<{ dispatch: Dispatch; analysis: Analysis }>, index: MiniSearch<DispatchDoc>): void {
    const existing = this.partitionsByPeriod.get(period);
    if (existing) throw new Error(`partition ${period} is already loaded`);
    const part: Partition = { period, ids: new Set(entries.map((e) => e.dispatch.id)), index, tagged: new Map() };
    this.partitionsByPeriod.set(period, part);
    this.sortedPartitions = null;
    for (const e of entries) this.register(e.dispatch, e.analysis, part);
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
      if (part.index.has(id)) part.index.discard(id);
      part.ids.delete(id);
    }
    this.dispatches.delete(id);
    this.analyses.delete(id);
    this.dropSorted(analysis);
    this.counts.passages -= analysis.passages.length;
    this.counts.meetings -= analysis.meetings.length;
    this.counts.positions -= analysis.positions.length;
    const sameFile = this.byFile.get(dispatch.file);
    sameFile?.delete(id);
    if (sameFile?.size === 0) this.byFile.delete(dispatch.file);
    for (const m of analysis.meetings) for (const key of meetingKeys(m)) dropFrom(this.meetingsOf, key, (x) => x.passage.dispatchId === id);
    for (const p of analysis.positions) for (const key of positionKeys(p)) dropFrom(this.positionsOf, key, (x) => x.passage.dispatchId === id);
    if (part) {
      for (const tag of dispatchTags(analysis)) {
        const ids = part.tagged.get(tag);
        ids?.delete(id);
        if (ids?.size === 0) part.tagged.delete(tag);
      }
    }
    for (const [key, role] of rolesOf(analysis)) countDown(this.roles, key, role);
    for (const [key, name] of namesOf(analysis)) if (countDown(this.names, key, name)) this.namesVersion++;
    this.changed();
    return period;
  }

  /**
   * Dispatches matching every group, in no particular order (see bestHits), within a date range.
   * Entity and topic groups are exact: each partition's tag table gives the dispatches they
   * allow, and the word groups then score only those (MiniSearch skips a document whose boost is
   * 0 before scoring it). A question with no content word is answered from the tables alone.
   * With `enough`, partitions are searched newest first until that many hits are found.
   */
  searchGroups(groups: SearchGroup[], scope: SearchScope = {}, opts: { prefixFuzzy?: boolean; enough?: number } = {}): SearchHit[] {
    if (groups.length === 0) return [];
    const fuzzyOk = opts.prefixFuzzy ?? true;
    const words = groups.filter((g) => g.kind === 'word').map((g) => ({ combineWith: 'OR' as const, queries: g.terms, prefix: fuzzyOk && g.prefix, fuzzy: fuzzyOk ? g.fuzzy : false }));
    const tags = groups.filter((g) => g.kind !== 'word').map((g) => g.terms);
    const hits: SearchHit[] = [];
    for (const part of this.partitions) {
      // `enough`: an answer that shows a page stops at the quarter that fills it (newest first).
      if (opts.enough !== undefined && hits.length >= opts.enough) break;
      if (!periodOverlaps(part.period, scope.from ?? null, scope.to ?? null)) continue;
      const allowed = tags.length ? allowedIn(part, tags) : null;
      if (allowed?.size === 0) continue;
      if (words.length === 0) {
        for (const id of allowed!) hits.push({ dispatchId: id, score: 1 });
        continue;
      }
      const options: SearchOptions = allowed ? { maxFuzzy: 2, boostDocument: (id) => (allowed.has(id) ? 1 : 0) } : { maxFuzzy: 2 };
      for (const r of part.index.search({ combineWith: 'AND', queries: words }, options)) hits.push({ dispatchId: String(r.id), score: r.score });
    }
    return hits;
  }

  /**
   * The dispatches holding every tag group, a partition at a time, newest partition first (those
   * that can hold the date range), in no order within a partition. Lazy: an answer that fills
   * its page from the newest quarters reads no further.
   */
  *taggedByPartition(tags: TagGroups, scope: SearchScope = {}): Generator<ReadonlySet<string>> {
    for (const part of this.partitions) {
      if (!periodOverlaps(part.period, scope.from ?? null, scope.to ?? null)) continue;
      const allowed = allowedIn(part, tags);
      if (allowed.size) yield allowed;
    }
  }

  /** At most how many dispatches hold every tag group: per partition, the smallest group's count. */
  taggedAtMost(tags: TagGroups, scope: SearchScope = {}): number {
    let n = 0;
    for (const part of this.partitions) {
      if (!periodOverlaps(part.period, scope.from ?? null, scope.to ?? null)) continue;
      n += Math.min(...tags.map((alternatives) => alternatives.reduce((sum, t) => sum + (part.tagged.get(t)?.size ?? 0), 0)));
    }
    return n;
  }

  private ensurePartition(period: string): Partition {
    let part = this.partitionsByPeriod.get(period);
    if (!part) {
      part = { period, ids: new Set(), index: emptyIndex(), tagged: new Map() };
      this.partitionsByPeriod.set(period, part);
      this.sortedPartitions = null;
    }
    return part;
  }

  private register(dispatch: Dispatch, analysis: Analysis, part: Partition): void {
    this.dispatches.set(dispatch.id, dispatch);
    this.analyses.set(dispatch.id, analysis);
    this.dropSorted(analysis);
    this.counts.passages += analysis.passages.length;
    this.counts.meetings += analysis.meetings.length;
    this.counts.positions += analysis.positions.length;
    let ids = this.byFile.get(dispatch.file);
    if (!ids) this.byFile.set(dispatch.file, (ids = new Set()));
    ids.add(dispatch.id);
    for (const m of analysis.meetings) for (const key of meetingKeys(m)) pushTo(this.meetingsOf, key, m);
    for (const p of analysis.positions) for (const key of positionKeys(p)) pushTo(this.positionsOf, key, p);
    for (const tag of dispatchTags(analysis)) {
      let ids = part.tagged.get(tag);
      if (!ids) part.tagged.set(tag, (ids = new Set()));
      ids.add(dispatch.id);
    }
    for (const [key, role] of rolesOf(analysis)) countUp(this.roles, key, role);
    for (const [key, name] of namesOf(analysis)) if (countUp(this.names, key, name)) this.namesVersion++;
    this.changed();
  }

  /**
   * A table derived from the corpus by an answer (role holders, merged lists, short autocomplete
   * lists): kept until the next change, then dropped with the rest.
   */
  derived<T>(name: string): Map<string, T> {
    let table = this.derivedTables.get(name);
    if (!table) this.derivedTables.set(name, (table = new Map()));
    return table as Map<string, T>;
  }

  private readonly derivedTables = new Map<string, Map<string, unknown>>();

  private changed(): void {
    this.derivedTables.clear();
    this.allMeetings = null;
    this.allPositions = null;
    this.version++;
  }
}

const NOTHING: ReadonlySet<string> = new Set();

/** A partition's dispatches holding every tag group (a group: any of its tags); smallest set first. */
function allowedIn(part: Partition, tags: TagGroups): ReadonlySet<string> {
  const sets = tags.map((alternatives) => {
    const found = alternatives.map((t) => part.tagged.get(t)).filter((x): x is Set<string> => !!x);
    if (found.length <= 1) return found[0] ?? NOTHING;
    const union = new Set<string>();
    for (const set of found) for (const id of set) union.add(id);
    return union;
  });
  if (sets.length === 1) return sets[0] as Set<string>;
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  const out = new Set<string>();
  for (const id of smallest ?? NOTHING) if (others.every((o) => o.has(id))) out.add(id);
  return out;
}

/** The k best hits, best first, without sorting them all (a common word can match most dispatches). */
export function bestHits(hits: SearchHit[], k: number): SearchHit[] {
  const best = new Best<SearchHit>(k, (a, b) => a.score > b.score);
  for (const h of hits) best.offer(h);
  return best.items;
}

/** The keys a meeting is listed under: its participants and its place, each once. */
function meetingKeys(m: Meeting): Set<string> {
  const keys = new Set(m.participants.map((p) => p.key));
  if (m.placeKey) keys.add(m.placeKey);
  return keys;
}

/** The keys a position is listed under: its speaker and the places it speaks of, each once. */
function positionKeys(p: Position): Set<string> {
  return new Set([p.speaker.key, ...p.about]);
}

/** Each (person key, role as written) of a dispatch's meetings and positions. */
function rolesOf(analysis: Analysis): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of [...analysis.meetings.flatMap((m) => m.participants), ...analysis.positions.map((x) => x.speaker)]) {
    const role = writtenRole(p);
    if (role) out.push([p.key, role]);
  }
  return out;
}

/** The title written beside someone; for someone only ever named by title ("UN envoy"), that title. */
export function writtenRole(p: { key: string; name: string; role: string | null }): string | null {
  return p.role ?? (p.key.startsWith('t:') ? p.name : null);
}

/** Each (entity key, name as written) of a dispatch once. */
function namesOf(analysis: Analysis): Array<[string, string]> {
  const seen = new Map<string, [string, string]>();
  // A title standing for someone named earlier ("the Turkish minister", "Il") is not one of their
  // names: in another dispatch it stands for someone else.
  for (const m of analysis.mentions) if (m.via !== 'role' && m.via !== 'pronoun') seen.set(`${m.key}\u0000${m.text}`, [m.key, m.text]);
  for (const p of analysis.people) seen.set(`${p.key}\u0000${p.name}`, [p.key, p.name]);
  return [...seen.values()];
}

/** One more (key, value) in a counted table; true when the value is new for the key. */
function countUp(table: Map<string, Map<string, number>>, key: string, value: string): boolean {
  let counts = table.get(key);
  if (!counts) table.set(key, (counts = new Map()));
  const count = counts.get(value) ?? 0;
  counts.set(value, count + 1);
  return count === 0;
}

/** One less (key, value) in a counted table; true when the value is gone for the key. */
function countDown(table: Map<string, Map<string, number>>, key: string, value: string): boolean {
  const counts = table.get(key);
  const count = counts?.get(value);
  if (!counts || count === undefined) return false;
  if (count > 1) {
    counts.set(value, count - 1);
    return false;
  }
  counts.delete(value);
  if (counts.size === 0) table.delete(key);
  return true;
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
