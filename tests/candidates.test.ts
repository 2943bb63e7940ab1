import { afterAll, describe, expect, it } from 'vitest';
import { benchQuestions } from '../scripts/bench-corpus.js';
import { syntheticCorpus } from './helpers.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import { parseQuestion } from '../src/answer/question.js';
import { CANDIDATE_LIMITS, matchesPerson, matchingMeetings, matchingPositions } from '../src/answer/answer.js';
import type { Meeting, Position, Query } from '../src/types.js';

/**
 * The answers pick their candidates from the narrowest table (a person's or a place's own list
 * cut to the dates by binary search, or the dispatches tagged with every condition). Whatever
 * the path, they must find exactly what a plain pass over every meeting and position finds.
 */
const lex = defaultLexicon();
const { corpus, world } = syntheticCorpus(1500, 11, lex);
corpus.prepareSorted();

const date = (id: string) => corpus.dispatches.get(id)?.date ?? null;
const within = (d: string | null, q: Query) => (!q.from && !q.to) || (!!d && (!q.from || d >= q.from) && (!q.to || d <= q.to));

/** A person filter: a key, or a role ("role:turkey:minis") read by the answers' own rule. */
const is = (p: { key: string; name: string; role: string | null }, filter: string) => (filter.startsWith('role:') ? matchesPerson(p, filter, lex) : p.key === filter);

/** The plain pass: every meeting, the conditions the answers document, no table. */
function everyMeeting(q: Query, byTopic: boolean): Meeting[] {
  return corpus.meetings.filter(
    (m) =>
      (!q.kind || m.kind === q.kind) &&
      q.people.every((k) => m.participants.some((p) => is(p, k))) &&
      (!q.places.length || q.places.some((k) => m.placeKey === k || m.participants.some((p) => p.key === k))) &&
      (!byTopic || !q.topics.length || q.topics.some((l) => m.topics.includes(l))) &&
      within(m.date ?? date(m.passage.dispatchId), q),
  );
}

function everyPosition(q: Query): Position[] {
  return corpus.positions.filter(
    (p) =>
      (!q.people.length || q.people.some((k) => is(p.speaker, k))) &&
      (!q.places.length || q.places.some((k) => p.about.includes(k))) &&
      (!q.topics.length || q.topics.some((l) => p.topics.includes(l))) &&
      within(date(p.passage.dispatchId), q),
  );
}

const id = (x: Meeting | Position) => `${x.passage.dispatchId}#${x.passage.n}#${'participants' in x ? x.participants.map((p) => p.key).join('+') : x.speaker.key}`;
const sortedIds = (xs: Array<Meeting | Position>) => xs.map(id).sort();

function newestFirst(dates: Array<string | null>): boolean {
  return dates.every((d, i) => i === 0 || (dates[i - 1] ?? '') >= (d ?? ''));
}

// Questions as users ask them, plus every place and topic alone and with a person, with and without a year.
const questions = benchQuestions(world, 400, 11).map((q) => parseQuestion(q.text, corpus, lex));
const extra: Query[] = [];
const base = questions[0];
const people = [...new Set(questions.flatMap((q) => q.people))].slice(0, 6);
const places = [...new Set(questions.flatMap((q) => q.places))].slice(0, 6);
for (const place of places) for (const who of [[], people.slice(0, 1), people.slice(1, 3)]) for (const [from, to] of [[null, null], ['2019-01-01', '2019-12-31'], ['2021-04-01', null]]) {
  extra.push({ ...base, people: who, places: [place], topics: [], words: [], from, to });
  extra.push({ ...base, people: who, places: [], topics: ['economy', 'energy'], words: [], from, to });
}
const roles = [...new Set(questions.flatMap((q) => q.people.filter((k) => k.startsWith('role:'))))];
for (const role of roles) for (const place of [[], places.slice(0, 1)]) extra.push({ ...base, people: [role], places: place, topics: [], words: [], from: null, to: null });
// Calls only, meetings only: for one person (their own list), a role and a place.
for (const kind of ['call', 'meeting'] as const) for (const who of [people.slice(0, 1), roles.slice(0, 1)]) for (const place of [[], places.slice(0, 1)]) extra.push({ ...base, people: who, places: place, topics: [], words: [], from: null, to: null, kind });
const all = [...questions, ...extra].map((q) => ({ ...q, words: [], dispatch: null }));

describe('answers find the same meetings and positions by any path', () => {
  afterAll(() => Object.assign(CANDIDATE_LIMITS, { longList: 2000, eventsPerDispatch: 4 }));

  it.each([
    ['the default choice of tables', 2000],
    ['the tag table whenever the question has a condition', 0],
  ])('%s', (_name, longList) => {
    Object.assign(CANDIDATE_LIMITS, { longList, eventsPerDispatch: longList ? 4 : 1e9 });
    let nonEmpty = 0;
    for (const q of all) {
      for (const byTopic of [true, false]) {
        const found = matchingMeetings(q, corpus, lex, byTopic);
        expect(sortedIds(found), JSON.stringify(q)).toEqual(sortedIds(everyMeeting(q, byTopic)));
        expect(newestFirst(found.map((m) => m.date ?? date(m.passage.dispatchId)))).toBe(true);
        if (found.length) nonEmpty++;
      }
      const said = matchingPositions(q, corpus, lex);
      expect(sortedIds(said), JSON.stringify(q)).toEqual(sortedIds(everyPosition(q)));
      expect(newestFirst(said.map((p) => date(p.passage.dispatchId)))).toBe(true);
    }
    // The comparison means something only if many questions find something, roles among them.
    expect(nonEmpty).toBeGreaterThan(all.length / 2);
    expect(roles.length).toBeGreaterThan(2);
  });
});
