import type { Analysis, Answer, AnswerItem, Citation, Dispatch, Lang, Meeting, Participant, Passage, Position, Query, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { defaultLexicon, foldPhrase } from '../lexicons/lexicon.js';
import { bestHits, writtenRole, type Corpus, type SearchHit, type TagGroups } from '../search/corpus.js';
import { searchGroups } from '../search/query.js';
import { entityTerm } from '../search/terms.js';
import { byDateNewestFirst, periodOverlaps, withinDates } from '../search/period.js';
import { groupsHeld } from '../search/passage-match.js';
import { topicName } from '../analyse/topics.js';
import { parseQuestion } from './question.js';
import { joinList, t } from './i18n.js';

/**
 * Answers a question from the corpus. Pure: the same corpus and question give the same answer,
 * whoever asks (slash command, DM or command line). Every item cites its dispatch and quotes the
 * passage verbatim; when nothing matches, the answer says so instead of showing loose hits.
 */
export function ask(question: string, corpus: Corpus, lex: Lexicon = defaultLexicon()): Answer {
  const query = parseQuestion(question, corpus, lex);
  if (!query.raw.trim() || !/[\p{L}\p{N}]/u.test(query.raw)) return finish(query, [], t('empty-question', query.lang));
  return answerQuery(query, corpus, lex);
}

export const MAX_ITEMS = 50;

/** What an answer shows (at most MAX_ITEMS), how many it found, and whether it stopped counting. */
interface Found {
  items: AnswerItem[];
  total: number;
  more: boolean;
}

function all(items: AnswerItem[]): Found {
  return { items: items.slice(0, MAX_ITEMS), total: items.length, more: false };
}

export function answerQuery(query: Query, corpus: Corpus, lex: Lexicon = defaultLexicon()): Answer {
  const lang = query.lang;
  // A name we know nothing about: say so rather than answer about everyone else.
  if (query.unknownNames.length && query.people.length === 0 && query.places.length === 0) {
    return finish(query, [], t('unknown-name', lang, { names: joinList(query.unknownNames, lang) }));
  }
  // Each builder describes at most MAX_ITEMS items, newest first, and counts all it found.
  let found: Found;
  switch (query.intent) {
    case 'meetings':
      found = meetingItems(query, corpus, lex);
      break;
    case 'positions':
      found = positionItems(query, corpus, lex);
      break;
    case 'topics':
      found = topicItems(query, corpus, lex);
      break;
    case 'dispatch':
      found = all(query.dispatch ? dispatchItems(query.dispatch, query, corpus, lex) : []);
      break;
    default:
      found = all(searchItems(query, corpus, lex));
  }
  const items = found.items;
  const headline: Record<Query['intent'], Parameters<typeof t>[0]> = {
    meetings: 'meetings-found', positions: 'positions-found', topics: 'topics-found', search: 'search-found', dispatch: 'dispatch-summary',
  };
  const n = found.more ? `${found.total}+` : found.total;
  const heading = query.intent === 'meetings' && query.kind ? (query.kind === 'call' ? 'calls-found' : 'meetings-only-found') : headline[query.intent];
  let summary = items.length ? t(heading, lang, { n }) : t('nothing-found', lang);
  if (query.intent === 'dispatch' && query.dispatch) {
    // Where to read the dispatch whole: its address, or its file in the dispatch folder.
    const d = corpus.dispatches.get(query.dispatch);
    if (d) summary = `${d.title} — ${d.url ?? d.file} (${summary})`;
  }
  // Older partitions still loading after a start: say the answer may be incomplete.
  if (corpus.loading) summary += ` (${t('still-loading', lang, { loaded: corpus.loading.loaded, total: corpus.loading.total })})`;
  return finish(query, items, summary);
}

function finish(query: Query, items: AnswerItem[], summary: string): Answer {
  const lines = [summary];
  for (const item of items) {
    lines.push('', `• ${item.text}`, `  « ${item.citation.passage} »`, `  — ${citationLine(item.citation)}`);
  }
  return { intent: query.intent, lang: query.lang, summary, items, text: lines.join('\n'), found: items.length > 0, query };
}

export function citationLine(c: Citation): string {
  return [c.title, c.date, c.source].filter(Boolean).join(' · ') + ` [${c.file}]`;
}

function cite(corpus: Corpus, passage: Passage): Citation {
  const d = corpus.dispatches.get(passage.dispatchId) as Dispatch;
  return {
    file: d.file,
    dispatchId: d.id,
    title: d.title,
    date: d.date,
    source: d.source,
    url: d.url,
    passage: passage.text,
    start: passage.start,
    end: passage.end,
  };
}

// ---------------------------------------------------------------- filters

function inDispatch(passage: Passage, q: Query): boolean {
  return !q.dispatch || passage.dispatchId === q.dispatch;
}

function inDates(date: string | null, q: Query): boolean {
  if (!q.from && !q.to) return true;
  if (!date) return false;
  return (!q.from || date >= q.from) && (!q.to || date <= q.to);
}

/**
 * Role filters seen before, per role as written and per person the alias table gives titles: the
 * same few thousand roles come back across 100,000 dispatches, and reading a role is string
 * work. Two lookups of strings the corpus shares, no key to build. Bounded.
 */
const roleVerdicts = new WeakMap<Lexicon, Map<string, { byRole: Map<string, boolean>; byKnownTitles: Map<string, boolean> }>>();
let remembered = 0;

/** A participant matches a person filter by key, or a role filter ("role:turkey:minis") by its written role or its known titles. */
export function matchesPerson(p: Participant, filter: string, lex: Lexicon): boolean {
  if (!filter.startsWith('role:')) return p.key === filter;
  let byFilter = roleVerdicts.get(lex);
  if (!byFilter) roleVerdicts.set(lex, (byFilter = new Map()));
  let memo = byFilter.get(filter);
  if (!memo) byFilter.set(filter, (memo = { byRole: new Map(), byKnownTitles: new Map() }));
  const role = writtenRole(p);
  if (role) {
    let held = memo.byRole.get(role);
    if (held === undefined) (memo.byRole.set(role, (held = roleMatches(role, filter, lex))), remembered++);
    if (held) return true;
  }
  let known = memo.byKnownTitles.get(p.key);
  if (known === undefined) (memo.byKnownTitles.set(p.key, (known = (lex.entities.get(p.key)?.roles ?? []).some((r) => roleMatches(r, filter, lex)))), remembered++);
  // Bounded by verdicts held, not by questions asked: an odd corpus cannot grow it without limit.
  if (remembered > 200_000) (roleVerdicts.delete(lex), (remembered = 0));
  return known;
}

/**
 * Whether a role as written names the filter's country (or organisation) and title ("ministre
 * turc des Affaires étrangères" for role:turkey:minis, "UN envoy" for role:un:envoy); a filter
 * without a country (role::envoy) asks for the title alone.
 */
function roleMatches(role: string, filter: string, lex: Lexicon): boolean {
  const [, country, title] = filter.split(':');
  const roleWords = foldPhrase(role).split(/[\s,'’-]+/);
  const hasCountry = !country || roleWords.some((w) => lex.demonyms.get(w) === country || lex.names.get(w) === country);
  return hasCountry && roleWords.some((w) => w.startsWith(title));
}

function dispatchDate(corpus: Corpus, id: string): string | null {
  return corpus.dispatches.get(id)?.date ?? null;
}

// ---------------------------------------------------------------- meetings

/** The date a meeting is filed under: its own when the text gives one, else its dispatch's. */
function meetingDate(corpus: Corpus, m: Meeting): string | null {
  return m.date ?? dispatchDate(corpus, m.passage.dispatchId);
}

/** The tags a dispatch must hold to answer: each named person, any of the places, any of the topics. */
function tagsOf(people: string[], places: string[], topics: TopicLabel[]): TagGroups {
  const tags: TagGroups = people.map((k) => [entityTerm(k)]);
  if (places.length) tags.push(places.map(entityTerm));
  if (topics.length) tags.push(topics.map((l) => `t:${l}`));
  return tags;
}

/**
 * Past this many candidates from a table list, the dispatches tagged with every condition are
 * counted too, and read instead when they hold fewer events (a dispatch holds a few of each).
 */
export const CANDIDATE_LIMITS = { longList: 2000, eventsPerDispatch: 4 };

/** Whether the tagged dispatches are worth reading instead of a long list of candidates. */
function viaTags(listed: number, tags: TagGroups, scope: { from?: string | null; to?: string | null }, corpus: Corpus): boolean {
  return listed > CANDIDATE_LIMITS.longList && tags.length > 0 && corpus.taggedAtMost(tags, scope) * CANDIDATE_LIMITS.eventsPerDispatch < listed;
}

/**
 * The people a role filter ("role:turkey:minis") can match: those written with such a role
 * somewhere, or known by it in the alias table. Their own lists hold every candidate; each is
 * then checked with the role written in that meeting or position.
 */
function roleHolders(filter: string, corpus: Corpus, lex: Lexicon): string[] {
  const held = corpus.derived<string[]>('role holders');
  let keys = held.get(filter);
  if (!keys) {
    const found = new Set<string>();
    for (const [key, roles] of corpus.roles) for (const role of roles.keys()) if (matchesPerson({ key, name: '', role }, filter, lex)) found.add(key);
    for (const [key, entity] of lex.entities) if (entity.roles?.length && matchesPerson({ key, name: '', role: null }, filter, lex)) found.add(key);
    held.set(filter, (keys = [...found]));
  }
  return keys;
}

/** Several people's own lists as one, newest first, each item once; kept per list name until the corpus changes. */
function merged<T>(corpus: Corpus, name: string, lists: T[][], date: (x: T) => string | null): T[] {
  if (lists.length === 1) return lists[0];
  const held = corpus.derived<T[]>('merged lists');
  let list = held.get(name);
  if (!list) held.set(name, (list = byDateNewestFirst([...new Set(lists.flat())], date)));
  return list;
}

/** The events of the dispatches tagged with every group (each partition in scope) that pass `keep`, newest first. */
function fromTagged<T>(corpus: Corpus, tags: TagGroups, scope: { from?: string | null; to?: string | null }, events: (a: Analysis) => T[], keep: (x: T) => boolean, date: (x: T) => string | null): T[] {
  const found: T[] = [];
  for (const ids of corpus.taggedByPartition(tags, scope)) for (const id of ids) for (const x of events(corpus.analyses.get(id)!)) if (keep(x)) found.push(x);
  return byDateNewestFirst(found, date);
}

/** The shortest list, or null when there is none to choose from. */
function shortest<T>(lists: T[][]): T[] | null {
  return lists.reduce<T[] | null>((best, l) => (best === null || l.length < best.length ? l : best), null);
}

/**
 * Meetings matching the question's people, places, dates and dispatch, newest first. For "which
 * topics", a topic filter narrows the topics shown rather than the meetings, so `byTopic` is off
 * there. Candidates come from the narrowest table: a person's or a place's own list cut to the
 * dates by binary search, or the dispatches tagged with every person, place and topic asked.
 */
export function matchingMeetings(q: Query, corpus: Corpus, lex: Lexicon, byTopic: boolean): Meeting[] {
  const topics = byTopic ? q.topics : [];
  const keep = (m: Meeting) =>
    (!q.kind || m.kind === q.kind) &&
    inDispatch(m.passage, q) &&
    q.people.every((f) => m.participants.some((p) => matchesPerson(p, f, lex))) &&
    (q.places.length === 0 || q.places.some((k) => m.placeKey === k || m.participants.some((p) => matchesPerson(p, k, lex)))) &&
    (topics.length === 0 || topics.some((l) => m.topics.includes(l))) &&
    inDates(meetingDate(corpus, m), q);
  if (q.dispatch) return (corpus.analyses.get(q.dispatch)?.meetings ?? []).filter(keep);
  const named = q.people.filter((k) => !k.startsWith('role:'));
  const dated = (list: Meeting[]) => withinDates(list, (m) => meetingDate(corpus, m), q.from, q.to);
  const ownLists = [...named, ...(q.places.length === 1 ? q.places : [])].map((k) => dated(corpus.meetingsNewestFirst(k)));
  const role = q.people.find((k) => k.startsWith('role:'));
  if (role) ownLists.push(dated(merged(corpus, `m:${role}`, roleHolders(role, corpus, lex).map((k) => corpus.meetingsNewestFirst(k)), (m) => meetingDate(corpus, m))));
  const candidates = shortest(ownLists) ?? dated(corpus.meetingsNewestFirst());
  // "Who met X?" (in a year) and nothing else: X's own list is the answer, without a pass of every
  // condition over it (a much-quoted minister has tens of thousands of meetings at 100,000
  // dispatches); only the kind asked for, when one is, is read.
  if (named.length === 1 && q.people.length === 1 && q.places.length === 0 && topics.length === 0) return q.kind ? candidates.filter((m) => m.kind === q.kind) : candidates;
  const tags = tagsOf(named, q.places, topics);
  // A meeting is reported on or after its day: dispatches from `from` on can hold it, whatever their quarter.
  const scope = { from: q.from };
  if (viaTags(candidates.length, tags, scope, corpus)) return fromTagged(corpus, tags, scope, (a) => a.meetings, keep, (m) => meetingDate(corpus, m));
  return candidates.filter(keep);
}

function meetingItems(q: Query, corpus: Corpus, lex: Lexicon): Found {
  const found = matchingMeetings(q, corpus, lex, true);
  return { items: found.slice(0, MAX_ITEMS).map((m) => ({ text: describeMeeting(m, q, lex), citation: cite(corpus, m.evidence) })), total: found.length, more: false };
}

function describeMeeting(m: Meeting, q: Query, lex: Lexicon): string {
  const lang = q.lang;
  // Put the person asked about first: "Poutine a rencontré X et Y".
  const focus = m.participants.filter((p) => q.people.some((f) => matchesPerson(p, f, lex)));
  const subject = focus.length ? focus : [m.participants[0]];
  const others = m.participants.filter((p) => !subject.includes(p));
  const plural = subject.length > 1;
  const verb = m.kind === 'call' ? t(plural ? 'spoke-by-phone-plural' : 'spoke-by-phone', lang) : t(plural ? 'met-plural' : 'met', lang);
  const where = m.place ? ` ${t('in', lang)} ${m.place}` : '';
  const when = m.date ? ` (${m.date})` : '';
  return `${joinList(subject.map(withRole), lang)} ${verb} ${joinList(others.map(withRole), lang)}${where}${when}`;
}

// ---------------------------------------------------------------- positions

function positionItems(q: Query, corpus: Corpus, lex: Lexicon): Found {
  const found = matchingPositions(q, corpus, lex);
  const narrowed = q.words.length ? restrictToWords(found, (p) => p.passage, q, corpus, lex) : found;
  return { items: narrowed.slice(0, MAX_ITEMS).map((p) => ({ text: describePosition(p, q.lang), citation: cite(corpus, p.evidence) })), total: narrowed.length, more: false };
}

/** Positions matching the question's speakers, places, topics, dates and dispatch, newest first; candidates as for meetings. */
export function matchingPositions(q: Query, corpus: Corpus, lex: Lexicon): Position[] {
  const speakers = q.people;
  const spokenOn = (p: Position) => dispatchDate(corpus, p.passage.dispatchId);
  const keep = (p: Position) =>
    inDispatch(p.passage, q) &&
    (!q.topics.length || q.topics.some((l) => p.topics.includes(l))) &&
    (!q.places.length || q.places.some((k) => p.about.includes(k))) &&
    inDates(spokenOn(p), q) &&
    (!speakers.length || speakers.some((f) => matchesPerson(p.speaker, f, lex)));
  if (q.dispatch) return (corpus.analyses.get(q.dispatch)?.positions ?? []).filter(keep);
  const named = speakers.filter((k) => !k.startsWith('role:'));
  const one = named.length === 1 && speakers.length === 1 ? named[0] : undefined;
  const dated = (list: Position[]) => withinDates(list, spokenOn, q.from, q.to);
  const ownLists = [...(one ? [one] : []), ...(q.places.length === 1 ? q.places : [])].map((k) => dated(corpus.positionsNewestFirst(k)));
  // Speakers are alternatives: a role alone (no named speaker beside it) narrows to its holders.
  if (speakers.length === 1 && named.length === 0) ownLists.push(dated(merged(corpus, `p:${speakers[0]}`, roleHolders(speakers[0], corpus, lex).map((k) => corpus.positionsNewestFirst(k)), spokenOn)));
  const candidates = shortest(ownLists) ?? dated(corpus.positionsNewestFirst());
  // "What did X say?" (in a year) and nothing else: X's own list, newest first, as it is.
  if (one && q.topics.length === 0 && q.places.length === 0) return candidates;
  // The speakers are alternatives (any of them said it): one tag group, unless a role is among them.
  const who = named.length && named.length === speakers.length ? [named.map(entityTerm)] : [];
  const tags = [...who, ...tagsOf([], q.places, q.topics)];
  const scope = { from: q.from, to: q.to };
  if (viaTags(candidates.length, tags, scope, corpus)) return fromTagged(corpus, tags, scope, (a) => a.positions, keep, spokenOn);
  return candidates.filter(keep);
}

function describePosition(p: Position, lang: Lang): string {
  const who = withRole(p.speaker);
  const open = lang === 'fr' ? '« ' : '“';
  const close = lang === 'fr' ? ' »' : '”';
  return p.quote ? `${who} : ${open}${p.quote}${close}` : `${who} — ${shorten(p.statement, 200)}`;
}

/** "Vladimir Poutine (président russe)"; someone named only by title ("envoyée américaine") once. */
function withRole(p: Participant): string {
  return p.role && foldPhrase(p.role) !== foldPhrase(p.name) ? `${p.name} (${p.role})` : p.name;
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Below this many candidates, their own sentences are checked directly, without a full-text search. */
const DIRECT_CHECK = 2000;

/** Keeps the items whose passage holds every remaining content word of the question. */
function restrictToWords<T>(items: T[], passage: (x: T) => Passage, q: Query, corpus: Corpus, lex: Lexicon): T[] {
  const words = searchGroups({ ...q, people: [], places: [], topics: [] }, lex);
  const hits = items.length > DIRECT_CHECK ? new Set(fullText(q, corpus, lex).map((h) => h.dispatchId)) : null;
  return items.filter((x) => {
    const p = passage(x);
    if (hits && !hits.has(p.dispatchId)) return false;
    return groupsHeld(corpus.dispatches.get(p.dispatchId)!, corpus.analyses.get(p.dispatchId)!, words, [p.n]).get(p.n) === words.length;
  });
}

// ---------------------------------------------------------------- topics

function topicItems(q: Query, corpus: Corpus, lex: Lexicon): Found {
  const items: AnswerItem[] = [];
  const seen = new Set<string>();
  // Newest first, and no further than a page's worth: "+" says there is more.
  let more = false;
  const full = () => {
    if (items.length >= MAX_ITEMS) more = true;
    return more;
  };
  const add = (label: TopicLabel, passage: Passage, context: string) => {
    const k = `${passage.dispatchId}:${label}:${context}`;
    if (seen.has(k) || full()) return;
    seen.add(k);
    items.push({ text: `${topicName(label, q.lang, lex)}${context}`, citation: cite(corpus, passage) });
  };
  const addDispatch = (id: string) => {
    const a = corpus.analyses.get(id);
    const d = corpus.dispatches.get(id);
    if (!a || !d) return;
    for (const topic of a.topics) if (!q.topics.length || q.topics.includes(topic.label)) add(topic.label, topic.passage, ` — ${d.title}`);
  };
  const scoped = q.people.length > 0 || q.places.length > 0;
  if (scoped) {
    for (const m of matchingMeetings(q, corpus, lex, false)) {
      if (full()) break;
      const a = corpus.analyses.get(m.passage.dispatchId)!;
      const after = a.meetings.filter((o) => o.passage.n > m.passage.n).map((o) => o.passage.n);
      const end = after.length ? Math.min(...after) : a.passages.length;
      const context = ` — ${describeMeeting(m, q, lex)}`;
      for (const label of m.topics) {
        if (q.topics.length && !q.topics.includes(label)) continue;
        const n = bestSentence(a.sentenceTopics, label, m.passage.n, end);
        if (n !== null) add(label, a.passages[n], context);
      }
    }
    // A place with no meeting there: the dispatches that name it (the tag table), newest first.
    if (items.length === 0 && q.places.length) {
      for (const ids of corpus.taggedByPartition(tagsOf([], q.places, []), { from: q.from, to: q.to })) {
        for (const id of byDateNewestFirst([...ids], (x) => dispatchDate(corpus, x))) {
          if (full()) break;
          if (inDates(dispatchDate(corpus, id), q)) addDispatch(id);
        }
        if (more) break;
      }
    }
    return { items, total: items.length, more };
  }
  // Enough dispatches for a page of topics (each gives a few), newest quarters first.
  const wordHits = q.words.length ? fullText(q, corpus, lex, MAX_ITEMS).map((h) => h.dispatchId) : null;
  // Partitions come newest first; only the ones reached before the page is full are sorted.
  const batches = q.dispatch ? [[q.dispatch]] : wordHits ? [wordHits] : corpus.partitions.filter((p) => periodOverlaps(p.period, q.from, q.to)).map((p) => [...p.ids]);
  for (const batch of batches) {
    for (const id of byDateNewestFirst(batch, (x) => dispatchDate(corpus, x))) {
      if (full()) break;
      if (inDates(dispatchDate(corpus, id), q)) addDispatch(id);
    }
    if (more) break;
  }
  return { items, total: items.length, more };
}

function bestSentence(perSentence: TopicLabel[][], label: TopicLabel, from: number, to: number): number | null {
  for (let n = from; n < to; n++) if (perSentence[n]?.includes(label)) return n;
  return null;
}

// ---------------------------------------------------------------- full-text search

/**
 * Dispatches holding every content word (in any language's form) and every named entity; with
 * `enough`, the newest quarters only, until that many are found (for answers that show a page).
 */
function fullText(q: Query, corpus: Corpus, lex: Lexicon, enough?: number): SearchHit[] {
  // The date range skips whole partitions before any scoring; the exact day is checked per hit.
  const hits = corpus.searchGroups(searchGroups(q, lex), { from: q.from, to: q.to }, { enough });
  return q.from || q.to ? hits.filter((h) => inDates(dispatchDate(corpus, h.dispatchId), q)) : hits;
}

/** One dispatch in brief: its meetings, topics and positions, each with its passage. */
function dispatchItems(id: string, q: Query, corpus: Corpus, lex: Lexicon): AnswerItem[] {
  const a = corpus.analyses.get(id);
  if (!a) return [];
  const items: AnswerItem[] = [];
  for (const m of a.meetings) items.push({ text: `${t(m.kind === 'call' ? 'call' : 'meeting', q.lang)} — ${describeMeeting(m, { ...q, people: [] }, lex)}`, citation: cite(corpus, m.evidence) });
  for (const topic of a.topics) items.push({ text: `${t('topic', q.lang)} — ${topicName(topic.label, q.lang, lex)}`, citation: cite(corpus, topic.passage) });
  for (const p of a.positions) items.push({ text: describePosition(p, q.lang), citation: cite(corpus, p.evidence) });
  return items;
}

const SEARCH_ITEMS = 10;
/** Hits gathered, newest quarters first, before the best SEARCH_ITEMS are picked among them. */
const SEARCH_POOL = 200;

/**
 * The best dispatches for the words, each with its sentence holding most of them (every one of
 * them when a sentence does); newest first when the ranking cannot tell them apart.
 */
function searchItems(q: Query, corpus: Corpus, lex: Lexicon): AnswerItem[] {
  const groups = searchGroups(q, lex);
  const items: AnswerItem[] = [];
  const hits = fullText(q, corpus, lex, q.dispatch ? undefined : SEARCH_POOL).filter((h) => !q.dispatch || h.dispatchId === q.dispatch);
  // Hits of the tag table alone all score alike: newest first then.
  const ranked = hits.length && hits.every((h) => h.score === hits[0].score) ? byDateNewestFirst(hits, (h) => dispatchDate(corpus, h.dispatchId)).slice(0, SEARCH_ITEMS) : bestHits(hits, SEARCH_ITEMS);
  for (const h of ranked) {
    const a = corpus.analyses.get(h.dispatchId)!;
    const d = corpus.dispatches.get(h.dispatchId)!;
    let best = -1;
    let bestHeld = 0;
    for (const [n, held] of groupsHeld(d, a, groups)) if (held > bestHeld) (best = n), (bestHeld = held);
    if (best >= 0) items.push({ text: d.title, citation: cite(corpus, a.passages[best]) });
  }
  return items;
}
