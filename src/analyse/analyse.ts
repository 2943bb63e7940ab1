import type { Analysis, Dispatch, Meeting, Mention, Passage, Position, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { defaultLexicon, foldPhrase } from '../lexicons/lexicon.js';
import { splitSentences } from '../text/sentences.js';
import { dateFromText } from '../text/dates.js';
import { nameKey } from '../text/fold.js';
import { findEntities, type KnownSurnames, type PersonMention } from './entities.js';
import { PeopleRegistry } from './people.js';
import { eventCues, type Hit } from './events.js';
import { isOblique, isPresence, nonObjectRanges } from './clauses.js';
import { dispatchSentenceTopics, dispatchTopics } from './topics.js';
import { Salience } from './salience.js';
import type { Token } from '../text/tokens.js';

/**
 * From one dispatch to what it says: sentences, people, meetings and calls, topics, positions.
 * Pure: the same dispatch and lexicon always give the same analysis, with no I/O.
 */
export function analyseDispatch(dispatch: Dispatch, lex: Lexicon = defaultLexicon()): Analysis {
  const { text, lang } = dispatch;
  const spans = splitSentences(text, dispatch.bodyStart, text.length, lang);
  const passages: Passage[] = spans
    .filter((s) => !isSignature(text.slice(s.start, s.end)))
    .map((s, n) => ({ dispatchId: dispatch.id, n, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const known: KnownSurnames = new Map();
  const registry = new PeopleRegistry(lex);
  const sentences: SentenceView[] = [];
  for (const p of passages) {
    const { tokens, mentions } = findEntities(text, p, p.n, lang, lex, known);
    // "the ministry": the latest institution named before with that head word.
    for (const m of mentions) {
      if (m.kind !== 'org' || !m.key.startsWith('o:~')) continue;
      const head = m.key.slice(3);
      const before = [...sentences.flatMap((v) => v.mentions), ...mentions.filter((o) => o.end <= m.start)].filter((o) => o.kind === 'org' && !o.key.startsWith('o:~') && foldPhrase(o.text).includes(head));
      if (before.length) m.key = before[before.length - 1].key;
    }
    const bareTitles = mentions.filter((m) => m.kind === 'person' && m.via === 'role');
    for (const m of mentions) {
      if (bareTitles.includes(m)) continue;
      registry.add(m);
      if (m.kind !== 'person') continue;
      const pm = m as PersonMention;
      known.set(nameKey(pm.text), pm.key);
      if (pm.surname) known.set(pm.surname, pm.key);
    }
    // Titles used alone resolve against everyone named so far, this sentence included.
    const named = mentions.filter((m) => m.kind === 'person' && !bareTitles.includes(m)).map((m) => m.key);
    for (const m of bareTitles) {
      const who = registry.resolveTitle(m.text, named);
      if (who) m.key = who;
      // "الوزير" alone that fits no one named could be anyone: like "le ministre", it is no one we know.
      else if (/^[\u0600-\u06FF]+$/u.test(m.text)) {
        mentions.splice(mentions.indexOf(m), 1);
        continue;
      }
      registry.add(m);
    }
    sentences.push({ passage: p, tokens, mentions });
  }
  const topicsPerSentence = dispatchSentenceTopics(passages.map((p) => p.text), lang, lex);
  const salience = new Salience((key) => registry.isFemale(key));
  const meetings: Meeting[] = [];
  const positions: Position[] = [];
  for (const s of sentences) {
    const cues = eventCues(text, s.passage.start, s.passage.end, lang, lex);
    const ctx: SentenceContext = { dispatch, lex, s, registry, salience, cues, objects: new Set(), history: sentences };
    const events = sentenceEvents(ctx, topicsPerSentence[s.passage.n]);
    if (events.meetings.length === 0) addAttendees(ctx, meetings);
    meetings.push(...events.meetings);
    positions.push(...events.positions);
    salience.endSentence(s.mentions);
  }
  const deduped = dedupeMeetings(meetings);
  // Talks between officials are diplomacy, whatever words describe them.
  for (const m of deduped) if (!topicsPerSentence[m.passage.n].includes('diplomacy')) topicsPerSentence[m.passage.n] = ['diplomacy', ...topicsPerSentence[m.passage.n]];
  attachMeetingTopics(deduped, topicsPerSentence);
  return {
    dispatchId: dispatch.id,
    passages,
    mentions: sentences.flatMap((s) => s.mentions),
    people: registry.people(),
    meetings: deduped,
    topics: dispatchTopics(passages, topicsPerSentence, lang, lex),
    positions,
    sentenceTopics: topicsPerSentence,
  };
}

/** The editor's initials that close a wire ("A.Ch.", "M.H./R.J."): not a sentence to quote. */
function isSignature(s: string): boolean {
  return s.length <= 16 && /^[\p{Lu}\p{Ll}.\/\s-]+$/u.test(s) && /\./.test(s) && !/\p{Ll}{3}/u.test(s);
}

interface SentenceView {
  passage: Passage;
  tokens: Token[];
  mentions: Mention[];
}

interface SentenceContext {
  /** Sentences already read, for evidence spans. */
  history: SentenceView[];
  /** Mentions already taken as objects of an earlier verb of the sentence: not subjects. */
  objects: Set<Mention>;
  dispatch: Dispatch;
  lex: Lexicon;
  s: SentenceView;
  registry: PeopleRegistry;
  salience: Salience;
  cues: ReturnType<typeof eventCues>;
}

const groupPatterns = new WeakMap<Lexicon, RegExp>();
const GROUP_RE = (lex: Lexicon): RegExp => {
  let re = groupPatterns.get(lex);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:${lex.groupSubjects.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s|$)`);
    groupPatterns.set(lex, re);
  }
  return re;
};

/** Persons (or an institution) acting as subject of the verb at `verb`, within the clause. */
function subjectOf(ctx: SentenceContext, verb: Hit, clauseFrom: number, allowOrg: boolean): string[] | 'group' | null {
  const { s, lex, dispatch } = ctx;
  const before = s.mentions.filter((m) => m.start >= clauseFrom && m.end <= verb.start && (m.kind === 'person' || (allowOrg && m.kind === 'org')) && !isPossessor(s, m, verb));
  let inClause = before.filter((m) => !ctx.objects.has(m));
  // "..., the Foreign Ministry said": a subject standing between the last comma and the verb is the
  // subject, even when an earlier verb took it as its object ("After meeting X, Y said").
  const lastComma = [...s.tokens].reverse().find((t) => t.text === ',' && t.end <= verb.start && t.start >= clauseFrom);
  // Not after a coordinating comma: in "X, le ministre, et son homologue Y ont eu" both are subjects.
  const coordinated = lastComma !== undefined && /^\s*(?:et|and|ainsi que|as well as)\b/i.test(dispatch.text.slice(lastComma.end, verb.start));
  const closest = lastComma && !coordinated ? before.filter((m) => m.start >= lastComma.end) : [];
  if (closest.length && !closest.every((m) => isOblique(s.tokens, m, lex, s.passage.start))) inClause = closest;
  const direct = inClause.filter((m) => !isOblique(s.tokens, m, lex, s.passage.start));
  const people = direct.filter((m) => m.kind === 'person');
  // A group subject ("les deux parties") closer to the verb than any name wins: no one person spoke.
  const between = (from: number) => foldPhrase(dispatch.text.slice(from, verb.start));
  const lastPersonEnd = people.length ? people[people.length - 1].end : clauseFrom;
  const pronoun = pronounBefore(ctx, lastPersonEnd, verb.start);
  if (pronoun) {
    // "X a effectué une visite à Damas, où il a été reçu": "il" is the sentence's own subject.
    const own = s.mentions.find((m) => m.kind === 'person' && m.end <= pronoun.start && !isOblique(s.tokens, m, lex, s.passage.start));
    // "elle", "she", "la ministre" cannot be a man the dispatch named.
    const feminine = /^(?:elle|she|la )/.test(pronoun.phrase);
    const fits = (key: string) => !feminine || ctx.registry.isFemale(key);
    if (own && /^(?:il|elle|he|she)$/.test(pronoun.phrase) && fits(own.key)) return [own.key];
    // "le souverain", "le ministre", "the emir": whoever holds that title, when only one does.
    const title = pronoun.phrase.replace(/^(?:le|la|l'|the)\s*/, '');
    const holder = ctx.lex.titles.has(title) ? ctx.registry.resolveTitle(title) : null;
    if (holder && fits(holder)) return [holder];
    return ctx.salience.resolve(pronoun.phrase);
  }
  if (GROUP_RE(lex).test(` ${between(lastPersonEnd)} `)) return people.length ? null : 'group';
  // "..., two Turkish officials said": an unnamed subject right before the verb is no one we know.
  if (unnamedSubject(ctx, clauseFrom, verb.start)) return null;
  if (people.length) return unique(people.map((m) => m.key));
  const orgs = direct.filter((m) => m.kind === 'org');
  if (orgs.length) return [orgs[orgs.length - 1].key];
  return null;
}

/** "Lavrov's Syrian counterpart said": the owner of the subject is not the subject ("X's talks with" aside). */
function isPossessor(s: SentenceView, m: Mention, verb: Hit): boolean {
  const next = s.tokens.find((t) => t.start >= m.end);
  return next !== undefined && next.start === m.end && next.start < verb.start && /^['’]s$/.test(next.text);
}

const FILLER = /^(?:a|ont|has|have|had|also|aussi|egalement|later|then|ensuite|further|alors|pour|sa|son|part|for|his|her|their|part|de|cote|meanwhile|in|turn|the|le|la|les|l'|finally|enfin|however|toutefois|notamment|en|outre|moreover|furthermore|by|phone|telephone|lors|de|during|in|a|an)$/;

/** Words after the last comma before the verb that name no one: "an EU official", "des sources". */
function unnamedSubject(ctx: SentenceContext, from: number, verbStart: number): boolean {
  const toks = ctx.s.tokens.filter((t) => t.start >= from && t.end <= verbStart);
  let k = toks.length - 1;
  while (k >= 0 && toks[k].text !== ',') k--;
  if (k < 0) return false;
  const seg = toks.slice(k + 1);
  const words = seg.filter((t) => t.word && !FILLER.test(t.f));
  if (words.length === 0) return false;
  const named = ctx.s.mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && seg.some((t) => t.start >= m.start && t.end <= m.end));
  const pronoun = seg.some((t) => ctx.lex.singularPronouns.has(t.f) || ctx.lex.pluralPronouns.has(t.f)) || pronounBefore(ctx, seg[0].start, verbStart) !== null;
  return !named && !pronoun;
}

/** A subject pronoun ("Il", "He", "Ce dernier", "Les deux ministres") between `from` and the verb. */
function pronounBefore(ctx: SentenceContext, from: number, to: number): { phrase: string; start: number } | null {
  const { s, lex } = ctx;
  const toks = s.tokens.filter((t) => t.start >= from && t.end <= to);
  for (let i = toks.length - 1; i >= 0; i--) {
    for (const n of [4, 3, 2, 1]) {
      if (i - n + 1 < 0) continue;
      const phrase = toks.slice(i - n + 1, i + 1).map((t) => t.f).join(' ').replace(/' /g, "'");
      // Besides the listed pronouns, any title with its definite article: "le gouverneur", "the governor".
      const definiteTitle = n === 2 && /^(?:le|la|the)$/.test(toks[i - 1].f) && lex.titles.has(toks[i].f);
      if (lex.singularPronouns.has(phrase) || lex.pluralPronouns.has(phrase) || definiteTitle) {
        // "il" must stand right before the verb (or its adverbs), not inside a subordinate clause.
        const after = toks.slice(i + 1).filter((t) => t.word);
        if (after.length <= 3) return { phrase, start: toks[i - n + 1].start };
      }
    }
  }
  return null;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Start of the clause holding offset `at`: after the last ";" or ":" before it. */
function clauseStart(ctx: SentenceContext, at: number, floor: number): number {
  let from = Math.max(ctx.s.passage.start, floor);
  for (const t of ctx.s.tokens) if (t.end <= at && t.start >= from && (t.text === ';' || t.text === ':')) from = t.end;
  return from;
}

/**
 * Meetings, calls and positions of one sentence, verb by verb in text order: each verb's subject
 * is sought after the previous verb, and a verb with none inherits it ("X a reçu Y et a souligné",
 * "..., soulignant que"); a relative "qui"/"who" takes its antecedent.
 */
function sentenceEvents(ctx: SentenceContext, topics: TopicLabel[]): { meetings: Meeting[]; positions: Position[] } {
  const { s, cues } = ctx;
  // "Cet appel intervient deux mois après la rencontre entre X et Y à Moscou": the meeting stays a meeting.
  const farFromCall = cues.meetings.filter((m) => cues.calls.every((c) => Math.abs(c.start - m.start) > 60) && /\b(?:entre|between)\b/.test(foldPhrase(m.text)));
  const isCall = cues.calls.length > 0 && farFromCall.length === 0;
  let meetingHits = isCall ? mergeHits(cues.callVerbs.length ? cues.callVerbs : cues.calls, cues.meetings) : cues.calls.length ? farFromCall : cues.meetings;
  if (meetingHits.length && cues.blockers.length > 0 && blocks(cues.blockers, meetingHits, ctx)) meetingHits = [];
  const reportHits = cues.reporting.filter((r) => !meetingHits.some((m) => r.start < m.end && m.start < r.end));
  const triggers = [...meetingHits.map((hit) => ({ hit, kind: 'meeting' as const })), ...reportHits.map((hit) => ({ hit, kind: 'report' as const }))].sort((x, y) => x.hit.start - y.hit.start);
  const meetings: Meeting[] = [];
  const speakers: string[] = [];
  let prevEnd = s.passage.start;
  let prevSubject: string[] = [];
  for (const [i, { hit, kind }] of triggers.entries()) {
    const zoneStart = clauseStart(ctx, hit.start, prevEnd);
    const nextStart = triggers[i + 1]?.hit.start ?? s.passage.end;
    if (kind === 'meeting') {
      let subj = relativeAntecedent(ctx, hit, zoneStart) ?? subjectOf(ctx, hit, zoneStart, false);
      // "lors de leur rencontre", "during their meeting": the people last seen together.
      if (!Array.isArray(subj) && /\b(?:leur|leurs|their)\b/.test(foldPhrase(hit.text))) subj = ctx.salience.resolve('they');
      if (subj === 'group') ctx.salience.noteSubject('group');
      const subject = Array.isArray(subj) && subj.length ? subj : prevSubject;
      if (Array.isArray(subj) && subj.length) ctx.salience.noteSubject(subj);
      const objects = objectsOf(ctx, hit, nextStart, isCall);
      // "s'est entretenu séparément avec X et avec Y": one meeting each.
      // "des appels téléphoniques de X et de Y", "phone calls from X and Y": one call each.
      const separate = /\b(?:separement|separately|respectivement|tour a tour|successivement|successively|individually|individuellement|separate meetings|rencontres separees|reunions separees|entretiens separes)\b/.test(foldPhrase(ctx.dispatch.text.slice(hit.start, nextStart))) ||
        (isCall && cues.calls.some((c) => /^(?:appels|phone calls|telephone calls|calls)\b/.test(foldPhrase(c.text))));
      const groups = separate && objects.length > 1 ? objects.map((o) => [o]) : [objects];
      for (const group of groups) {
        const m = makeMeeting(ctx, hit, isCall, unique([...subject, ...group]));
        if (m) meetings.push(m);
      }
      if (subject.length) prevSubject = subject;
    } else {
      const found = speakerOf(ctx, hit, zoneStart, prevSubject);
      // "X affirmed ..., spokesman Y said in a statement": Y relays X's position, and X stays salient.
      const relay = speakers.length > 0 && Array.isArray(found) && found.every((k) => !speakers.includes(k)) && NEUTRAL_VERB.test(foldPhrase(hit.text));
      if (relay) {
        prevEnd = hit.end;
        continue;
      }
      if (found === 'group') ctx.salience.noteSubject('group');
      else if (found && found.length) {
        speakers.push(...found);
        ctx.salience.noteSubject(found);
        prevSubject = found;
      }
    }
    prevEnd = hit.end;
  }
  return { meetings, positions: positionsFor(ctx, unique(speakers), topics) };
}

const ATTENDANCE = /\b(?:accompagne(?:e|s|es)? (?:de|du|des|par)|en presence (?:de|du|des|d')|a assiste|ont assiste|ont pris part|a pris part|avec la participation|s'est deroulee? en presence|accompanied by|in the presence of|attended by|were attended|was attended|with the participation of|took part|also attended|joined by)\b|بحضور|يرافقه/;

/**
 * "The Syrian president was accompanied by X", "L'audience s'est déroulée en présence de Y":
 * a sentence without a meeting verb that names who else attended the meeting just reported.
 */
function addAttendees(ctx: SentenceContext, meetings: Meeting[]): void {
  const last = meetings[meetings.length - 1];
  if (!last || last.kind !== 'meeting' || ctx.s.passage.n - last.passage.n > 2 || last.passage.dispatchId !== ctx.s.passage.dispatchId) return;
  const folded = foldPhrase(ctx.s.passage.text);
  const cue = ATTENDANCE.exec(folded);
  if (!cue) return;
  if (ctx.cues.blockers.length) return;
  const excluded = nonObjectRanges(ctx.s.tokens, ctx.s.passage.start, ctx.s.passage.end).filter(([a]) => a > ctx.s.passage.start);
  const have = new Set(last.participants.map((p) => p.key));
  for (const m of ctx.s.mentions) {
    if (m.kind !== 'person' || have.has(m.key) || m.key.startsWith('t:') && m.via === 'role' && !ctx.registry.participant(m.key).role) continue;
    if (excluded.some(([a, b]) => m.start >= a && m.start < b)) continue;
    last.participants.push(ctx.registry.participant(m.key));
    have.add(m.key);
    last.evidence = widenTo(last.evidence, ctx.s, ctx.dispatch.text);
  }
}

function makeMeeting(ctx: SentenceContext, hit: Hit, isCall: boolean, keys: string[]): Meeting | null {
  const participants = keys.filter((k) => !isOrgKey(k, ctx)).map((k) => ctx.registry.participant(k));
  if (participants.length < 2) return null;
  ctx.salience.noteParticipants(participants.map((p) => p.key));
  const place = isCall ? null : placeOf(ctx, hit);
  return {
    kind: isCall ? 'call' : 'meeting',
    participants,
    place: place?.text ?? null,
    placeKey: place?.key ?? null,
    date: dateFromText(ctx.s.passage.text, ctx.dispatch.date) ?? ctx.dispatch.date,
    passage: ctx.s.passage,
    evidence: evidenceFor(ctx, participants.map((p) => p.key)),
    topics: [],
  };
}

/**
 * The stating sentence, widened back to the latest sentence that names each person it only
 * refers to, so every fact shown has its names inside the quoted span.
 */
function evidenceFor(ctx: SentenceContext, keys: string[]): Passage {
  const { s, dispatch } = ctx;
  let start = s.passage.start;
  // Someone known only by title ("t:") is named by that title.
  const named = (v: SentenceView, key: string) => v.mentions.some((m) => m.key === key && (m.via !== 'role' || key.startsWith('t:')));
  for (const key of keys) {
    if (named(s, key)) continue;
    // Wires are short: the naming sentence is a few lines up, however far, and the span stays verbatim.
    const earlier = ctx.history.filter((v) => v.passage.n < s.passage.n && named(v, key));
    const latest = earlier[earlier.length - 1];
    if (latest) start = Math.min(start, latest.passage.start);
  }
  return { ...s.passage, start, text: dispatch.text.slice(start, s.passage.end) };
}

function widenTo(evidence: Passage, s: SentenceView, text: string): Passage {
  const start = Math.min(evidence.start, s.passage.start);
  const end = Math.max(evidence.end, s.passage.end);
  return { ...evidence, start, end, text: text.slice(start, end) };
}

/** "..., Assaad al-Chaibani, qui avait eu des entretiens avec X": the subject is the name before "qui". */
function relativeAntecedent(ctx: SentenceContext, hit: Hit, zoneStart: number): string[] | null {
  const toks = ctx.s.tokens.filter((t) => t.start >= zoneStart && t.end <= hit.start);
  const rel = toks.slice(-8).reverse().find((t) => /^(?:qui|who|which)$/.test(t.f));
  if (!rel) return null;
  if (ctx.s.mentions.some((m) => m.kind === 'person' && m.start > rel.end && m.end <= hit.start)) return null;
  const before = ctx.s.mentions.filter((m) => m.kind === 'person' && m.end <= rel.start);
  return before.length ? [before[before.length - 1].key] : null;
}

function mergeHits(a: Hit[], b: Hit[]): Hit[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
  // A call is one event, however many verbs describe it.
  return kept.slice(0, 1);
}

/** Future, cancelled or negated: a blocker in the same clause as the trigger, before it or close after it. */
function blocks(blockers: Hit[], triggers: Hit[], ctx: SentenceContext): boolean {
  return triggers.every((t) => blockers.some((b) => {
    const sameClause = !ctx.s.tokens.some((k) => (k.text === ';') && k.start > Math.min(b.end, t.end) && k.end < Math.max(b.start, t.start));
    return sameClause && (b.end <= t.start ? t.start - b.end < 80 : b.start - t.end < 40);
  }));
}

/** People after the verb up to the next verb, outside purpose and relative clauses. */
function objectsOf(ctx: SentenceContext, hit: Hit, to: number, isCall = false): string[] {
  const from = hit.end;
  const { s, lex } = ctx;
  const toks = s.tokens;
  const excluded = nonObjectRanges(toks, from, to);
  const keys: string[] = [];
  for (const m of s.mentions) {
    if (m.kind !== 'person' || m.start < from || m.end > to) continue;
    // "..., which was also attended by X": whoever is present took part, whatever clause names them.
    const present = isPresence(toks, m, lex, s.passage.start) || presenceSince(ctx, m, from);
    if (!present && excluded.some(([a, b]) => m.start >= a && m.start < b)) continue;
    const g = isOblique(toks, m, lex, s.passage.start);
    // "avec X" is the counterpart of "s'est entretenu avec"; other prepositions are not.
    // The verb's own preposition counts: "sat down with", "conferred with", "talks between".
    if (g && !isCounterpart(ctx, m, hit.start, isCall) && !present) continue;
    keys.push(m.key);
    ctx.objects.add(m);
  }
  return keys;
}

/**
 * "attended by National Intelligence Organization (MIT) chief Ibrahim Kalin": a presence cue
 * since the previous person, however long the role between the cue and the name.
 */
function presenceSince(ctx: SentenceContext, m: Mention, from: number): boolean {
  const prev = ctx.s.mentions.filter((o) => o.kind === 'person' && o.end <= m.start && o.start >= from).pop();
  const seg = foldPhrase(ctx.dispatch.text.slice(prev?.end ?? from, m.start));
  return seg.length < 120 && PRESENCE_CUE.test(seg) && !/[;:]/.test(seg);
}

const PRESENCE_CUE = /\b(?:attended by|in the presence of|accompanied by|joined by|with the participation of|en presence (?:de|du|des|d')|accompagnee?s? (?:de|du|des|d'|par)|avec la participation|(?:delegation|delegations) (?:led|headed) by|delegation (?:conduite|dirigee|menee) par)/;

function isCounterpart(ctx: SentenceContext, m: Mention, verbEnd: number, isCall: boolean): boolean {
  const before = foldPhrase(ctx.dispatch.text.slice(verbEnd, m.start));
  // A call comes "from" someone: "a reçu un appel de X", "received a phone call from X".
  if (isCall && /(?:^|\s)(?:from|de|du|d')\s*(?:\S+\s*){0,6}$/.test(before) && !/(?:message|lettre|letter|part|nom|behalf)\b/.test(before)) return true;
  return /(?:^|\s)(?:avec|with|par|by|et|and|entre|between|مع)(?:\s|$)/.test(before) && !/(?:message|lettre|letter|invitation|part|nom|behalf)\b/.test(before);
}

/** Place of a meeting: a place named after a locative in the sentence, else the dateline for the lead. */
function placeOf(ctx: SentenceContext, trig: Hit): { text: string; key: string } | null {
  const { s, dispatch } = ctx;
  const locative = s.mentions.filter((m) => {
    if (m.kind !== 'place' || m.via === 'demonym') return false;
    const before = foldPhrase(dispatch.text.slice(Math.max(s.passage.start, m.start - 25), m.start));
    return /(?:^|\s|')(?:a|au|en|in|at|dans|near|pres de|في|ب)\s*$/.test(before) || /\b(?:capitale|capital)\s*,?\s*$/.test(before);
  });
  // Two meetings in one sentence each take the place named after their own verb, else the one before it.
  const place = locative.find((m) => m.start >= trig.start) ?? [...locative].reverse().find((m) => m.end <= trig.start);
  if (place) return { text: place.text, key: place.key };
  if (s.passage.n === 0 && dispatch.datelinePlace) {
    const keyed = s.mentions.find((m) => m.kind === 'place' && foldPhrase(m.text) === foldPhrase(dispatch.datelinePlace!));
    return { text: dispatch.datelinePlace, key: keyed?.key ?? placeKeyOf(dispatch.datelinePlace, ctx.lex) };
  }
  return null;
}

function placeKeyOf(place: string, lex: Lexicon): string {
  return lex.names.get(foldPhrase(place)) ?? `l:${foldPhrase(place)}`;
}

function dedupeMeetings(meetings: Meeting[]): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const keys = new Set(m.participants.map((p) => p.key));
    const same = out.find((o) => o.kind === m.kind && o.participants.length === keys.size && o.participants.every((p) => keys.has(p.key)));
    if (same) {
      same.place ??= m.place;
      same.placeKey ??= m.placeKey;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A meeting covers the topics of its sentence and of the sentences that follow, up to the next meeting. */
function attachMeetingTopics(meetings: Meeting[], perSentence: TopicLabel[][]): void {
  const starts = meetings.map((m) => m.passage.n);
  meetings.forEach((m, i) => {
    const from = m.passage.n;
    const nextStart = starts.filter((n) => n > from).sort((a, b) => a - b)[0] ?? perSentence.length;
    const labels = new Set<TopicLabel>();
    for (let n = from; n < nextStart && n < (i === meetings.length - 1 ? perSentence.length : nextStart); n++) for (const l of perSentence[n]) labels.add(l);
    m.topics = [...labels];
  });
}

// ---------------------------------------------------------------- positions

const QUOTE = /«\s*([^»]+?)\s*»|“([^”]+)”|"([^"]+)"|‘([^’]{3,})’/gu;

function positionsFor(ctx: SentenceContext, found: string[], topics: TopicLabel[]): Position[] {
  const { s, cues, dispatch } = ctx;
  if (found.length === 0) return [];
  // "The Kremlin said that Putin reiterated...": the position is the person's, not the relay's.
  const people = found.filter((k) => !isOrgKey(k, ctx));
  const quote = firstQuote(s.passage.text);
  // An institution that "said" a meeting took place or a visit is planned reports an event, not a position.
  const stance = cues.reporting.some((r) => !NEUTRAL_VERB.test(foldPhrase(r.text)));
  const reportsEvent = cues.meetings.length > 0 || cues.calls.length > 0 || cues.blockers.length > 0;
  const speakers = people.length ? people : quote || stance || !reportsEvent ? found : [];
  const about = unique(s.mentions.filter((m) => m.kind === 'place').map((m) => m.key));
  const statementFrom = cues.reporting[0]?.start ?? s.passage.start;
  return speakers.map((key) => ({
    speaker: ctx.registry.participant(key),
    quote,
    statement: dispatch.text.slice(statementFrom, s.passage.end).trim(),
    passage: s.passage,
    evidence: evidenceFor(ctx, [key]),
    about,
    topics,
  }));
}

function isOrgKey(key: string, ctx: SentenceContext): boolean {
  return key.startsWith('o:') || ctx.lex.entities.get(key)?.kind === 'org';
}

function firstQuote(sentence: string): string | null {
  QUOTE.lastIndex = 0;
  const m = QUOTE.exec(sentence);
  if (!m) return null;
  const q = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
  return q.length >= 2 ? q : null;
}

const NEUTRAL_VERB = /(?:^|\s)(?:said|says|told|added|noted|stated|explained|confirmed|indique|precise|ajoute|dit|explique|fait savoir|confirme|note|according to|selon|d'apres)$/;

const PARTICIPLE = /^(?:soulignant|affirmant|reaffirmant|reiterant|declarant|condamnant|denoncant|appelant|estimant|saluant|exprimant|insistant|assurant|rappelant|precisant|ajoutant|notant|qualifiant|rejetant|exhortant|mettant en garde|plaidant|stressing|affirming|reaffirming|reiterating|declaring|condemning|denouncing|calling|urging|warning|welcoming|expressing|emphasi[sz]ing|underlining|noting|describing|asserting|insisting|rejecting|praising|accusing|saying|adding)/;

const ARABIC_PREPOSITIONS = /^(?:في|من|الي|إلى|على|عن|مع|لدى|لدي)$/u;

/**
 * The subject after an Arabic verb: the first person or institution before the clause's comma
 * ("أشار مدير الرعاية في الوزارة الدكتور وليد الخطيب": not "الوزارة", which is in the role), with
 * the people joined to it by "و" ("وأكد الصفدي والشيباني").
 */
function arabicSpeakers(ctx: SentenceContext, trig: Hit): string[] {
  const { s } = ctx;
  const comma = s.tokens.find((t) => t.start >= trig.end && (t.text === '،' || t.text === ',' || t.text === '.'));
  const limit = Math.min(comma?.start ?? s.passage.end, trig.end + 90);
  const inRole = (m: Mention) => {
    const prev = [...s.tokens].reverse().find((t) => t.end <= m.start);
    return prev !== undefined && ARABIC_PREPOSITIONS.test(prev.f);
  };
  const near = s.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= trig.end && m.start < limit);
  const first = near.find((m) => m.kind === 'person' || (!inRole(m) && m.start - trig.end <= 30));
  if (!first) return [];
  const keys = [first.key];
  let last = first;
  for (const m of near.filter((x) => x.start > first.start && x.kind === 'person')) {
    const gap = ctx.dispatch.text.slice(last.end, m.start);
    if (!/^\s*(?:و\s*)?$/u.test(gap) || !(/^و/u.test(m.text) || /و\s*$/u.test(gap))) break;
    keys.push(m.key);
    last = m;
  }
  return unique(keys);
}

function speakerOf(ctx: SentenceContext, trig: Hit, zoneStart: number, prevSubject: string[]): string[] | 'group' | null {
  const { s, dispatch } = ctx;
  const f = foldPhrase(trig.text);
  const after = (within: number) =>
    s.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= trig.end && m.start - trig.end <= within);
  // "selon X", "according to X": the source follows.
  if (/^(?:selon|d'apres|aux yeux de|de l'avis de|according to|in the words of|in the view of|وفق|بحسب)/.test(f)) {
    // A named person is a source; an institution cited for a fact ("selon le bureau de l'ONU") is not.
    const next = after(80)[0];
    return next && next.kind === 'person' ? [next.key] : null;
  }
  // Arabic puts the subject after the verb ("وأكد الرئيس الشرع"), or leaves it in the verb.
  if (ctx.dispatch.lang === 'ar') {
    const found = arabicSpeakers(ctx, trig);
    return found.length ? found : ctx.salience.resolve('il');
  }
  // A participle continues the statement of the verb before it: "..., soulignant que".
  if (PARTICIPLE.test(f)) return prevSubject.length ? prevSubject : subjectOf(ctx, trig, zoneStart, true);
  // "a-t-il ajouté": the last speaker.
  if (/^(?:a|ont)-t-(?:il|elle|ils|elles)/.test(f)) return ctx.salience.resolve(/-t-(ils|elles)/.test(f) ? 'ils' : 'il');
  // Inversion after a comma or a quotation: "», a déclaré M. Fidan", ", a indiqué le palais royal", "”, said Fidan".
  const textBefore = dispatch.text.slice(Math.max(s.passage.start, trig.start - 4), trig.start);
  const followedByName = /^\s*(?:le |la |les |l'|l’|m\. |mme |the |)?\S/i.test(dispatch.text.slice(trig.end, trig.end + 6)) && !/^\s*(?:que|qu'|qu’|that|:)/i.test(dispatch.text.slice(trig.end, trig.end + 6));
  // Only where no subject precedes: after a quotation, or after a comma that closes no name's apposition.
  const afterQuote = /[»”"]\s*,?\s*$/.test(textBefore);
  const subjectBefore = s.mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= zoneStart && m.end <= trig.start && !ctx.objects.has(m));
  const takesObject = /^(?:told|informed|a dit a|a declare a|a indique a|a confie a)/.test(f);
  if (!takesObject && ((afterQuote && followedByName) || (/,\s*$/.test(textBefore) && followedByName && !subjectBefore) || /(?:affirme|souligne|declare|estime|indique|precise|ajoute|assure|explique|poursuit|insiste|rappelle|juge|considere|denonce|condamne|reaffirme|reitere|salue) (?:le|la|les|l'|m\.|mme)$/.test(f))) {
    const next = after(40)[0];
    if (next && (next.kind === 'person' || firstQuote(s.passage.text))) return [next.key];
    if (afterQuote || !subjectBefore) return null;
  }
  // "is expected to discuss", "devrait souligner": not said yet.
  if (/\b(?:will|would|is (?:expected|due|scheduled|set) to|are (?:expected|due|scheduled|set) to|doit|doivent|devrait|devraient|devra|va|vont|est attendu)\s+(?:\S+\s+)?$/i.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, trig.start - 40), trig.start)) + ' ')) return null;
  const antecedent = relativeAntecedent(ctx, trig, zoneStart);
  if (antecedent) return antecedent;
  const subject = subjectOf(ctx, trig, zoneStart, true);
  if (subject) return subject;
  // Coordinated verbs share their subject: "X a reçu Y et a souligné".
  if (prevSubject.length && /\b(?:et|and|puis|then)\s*$/.test(foldPhrase(dispatch.text.slice(zoneStart, trig.start)))) return prevSubject;
  return null;
}
