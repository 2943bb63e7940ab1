import type { Analysis, Dispatch, Meeting, Mention, Passage, Position, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { defaultLexicon, foldPhrase, isPlaceName } from '../lexicons/lexicon.js';
import { splitSentences } from '../text/sentences.js';
import { dateFromText } from '../text/dates.js';
import { fold, nameKey } from '../text/fold.js';
import type { Token } from '../text/tokens.js';
import { findEntities, type KnownSurnames, type PersonMention } from './entities.js';
import { PeopleRegistry } from './people.js';
import { eventCues, withoutQuotedReporting, type Hit } from './events.js';
import { isOblique, isPresence, nonObjectRanges, onBehalfOf } from './clauses.js';
import { dispatchSentenceTopics, dispatchTopics } from './topics.js';
import { Salience } from './salience.js';
import { evidenceFor, lastStyled, styledBefore, styleOfPronoun, unique, wasStyled, widenTo, type PronounStyle, type SentenceContext, type SentenceView } from './context.js';
import { clauseStart, objectRelativeAntecedent, pronounBefore, relativeAntecedent, relativeClauses, subjectOf, twoTitleHolders } from './subjects.js';
import { isOrgKey, NEUTRAL_VERB, positionsFor, relayedSpeaker, sidesBefore, speakerOf, spokenFor } from './positions.js';
import { addAttendees, presenceSince } from './attendance.js';
import { callsToldAfter, splitSeparateAudiences, tellsSeparateAudiences } from './retold.js';

/**
 * From one dispatch to what it says: sentences, people, meetings and calls, topics, positions.
 * Pure: the same dispatch and lexicon always give the same analysis, with no I/O.
 */
/**
 * Bumped whenever a change to the extraction code changes what analyses hold: a snapshot made
 * by another version is rebuilt at start, as after a lexicon change.
 */
export const ANALYSER_VERSION = 129;

export function analyseDispatch(dispatch: Dispatch, lex: Lexicon = defaultLexicon()): Analysis {
  const { text, lang } = dispatch;
  const spans = splitSentences(text, dispatch.bodyStart, text.length, lang);
  const passages: Passage[] = spans
    .filter((s) => !isSignature(text.slice(s.start, s.end)))
    .map((s, n) => ({ dispatchId: dispatch.id, n, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const known: KnownSurnames = new Map();
  // The family name as written, per surname key: "Singh" twice is a shared name; "al-Chaar" and "al-Charaa" only share a key.
  const writtenSurname = new Map<string, string>();
  const registry = new PeopleRegistry(lex);
  const sentences: SentenceView[] = [];
  // Everyone named in full so far, by family name: "Captain Ibrahim Traoré" and "Minister Karamoko Traoré".
  const bySurname = new Map<string, string[]>();
  for (const p of passages) {
    const { tokens, mentions } = findEntities(text, p, p.n, lang, lex, known);
    // "the ministry": the latest institution named before with that head word.
    for (const m of mentions) {
      if (m.kind !== 'org' || !m.key.startsWith('o:~')) continue;
      const head = m.key.slice(3);
      const before = [...sentences.flatMap((v) => v.mentions), ...mentions.filter((o) => o.end <= m.start)].filter((o) => o.kind === 'org' && !o.key.startsWith('o:~') && foldPhrase(o.text).includes(head));
      // "المجلس" in a cabinet session's dispatch is the council the dispatch is about, named first, whatever council it quotes since.
      if (before.length) m.key = (head === 'مجلس' ? before[0] : before[before.length - 1]).key;
    }
    // "وأكد المجلس في قرار" with no council named before: which council is not told; no one to cite.
    for (let j = mentions.length - 1; j >= 0; j--) if (mentions[j].key === 'o:~مجلس') mentions.splice(j, 1);
    const bareTitles = mentions.filter((m) => m.kind === 'person' && m.via === 'role');
    // Others named in the sentence tell which "homologue" is meant ("Attaf ... avec son homologue syrien").
    const named = mentions.filter((m) => m.kind === 'person' && !bareTitles.includes(m)).map((m) => m.key);
    // Titles resolved in this sentence count too: "le chef de la diplomatie saoudienne ... avec son homologue syrien".
    const context = [...named];
    // In text order: a title used alone refers back to someone named before it rather than to a
    // name later in its sentence ("Le responsable onusien était accompagné de ..., X"); only a
    // title that fits no one before looks at the whole sentence (an apposition we did not see).
    const unresolved: Mention[] = [];
    respectiveCounterparts(text, p, mentions);
    for (const m of mentions) {
      if (!bareTitles.includes(m)) {
        // The delegation's head is the first person named after "headed by": no one stands between.
        const prevPerson = m.kind === 'person' ? mentions.filter((o) => o.kind === 'person' && o.end <= m.start).pop() : undefined;
        const before = m.kind === 'person' ? text.slice(Math.max(prevPerson?.end ?? p.start, m.start - 120), m.start) : '';
        const delegation = m.kind === 'person' ? delegationOf(before, lex) : null;
        // "une délégation de la Commission de la CEDEAO conduite par son président, X": president of that body.
        const pmRole = (m as PersonMention).role;
        // (Also a title of two or three words that names no body itself: "son directeur général".)
        if (delegation && pmRole && /^\S+(?:\s+\S+){0,2}$/.test(pmRole.trim()) && !/(?:^|\s)(?:de|du|des|d['’]\S*|of|à|au|aux|to)(?:\s|$)|['’]s\b/i.test(pmRole)) {
          const body = /d[ée]l[ée]gation\s+((?:de la|de l['’]|du|des|de|of the|of)\s+[^,]{3,80}?)\s+(?:conduite|dirig[ée]e|présidée|menée|headed|led)\s/i.exec(before);
          if (body) (m as PersonMention).role = `${pmRole.trim()} ${body[1]}`;
        }
        if (m.kind === 'person') sharedSurnameByTitle(m as PersonMention, bySurname, registry);
        registry.add(m);
        if (m.kind !== 'person') continue;
        const pm = m as PersonMention;
        if (pm.surname && pm.via !== 'surname') bySurname.set(pm.surname, [...(bySurname.get(pm.surname) ?? []).filter((k) => k !== pm.key), pm.key]);
        known.set(nameKey(pm.text), pm.key);
        if (delegation) registry.noteDelegationHead(pm.key, delegation.country, p.n);
        // "le président de la Commission, X, à la tête d'une importante délégation": the cue after the name.
        else if (HEADS_DELEGATION_AFTER.test(text.slice(m.end, Math.min(p.end, m.end + 70)))) registry.noteDelegationHead(pm.key, null, p.n);
        // "India’s External Affairs Minister, Dr X": the country owns the role, though the role kept is "External Affairs Minister".
        const owner = OWNING_COUNTRY.exec(before);
        const ownerKey = owner ? placeKey(foldPhrase(owner[1]), lex) : undefined;
        if (ownerKey) registry.noteCountry(pm.key, ownerKey);
        // "Defence Minister Rajnath Singh ... accompanied by Defence Secretary Rajesh Kumar Singh. Singh said": a shared
        // family name stays with the one named first, the dispatch's protagonist.
        const words = pm.text.split(/\s+/);
        const lastWord = foldPhrase(words[words.length - 1]);
        const shared = pm.via !== 'surname' && words.length >= 2 && known.has(pm.surname) && known.get(pm.surname) !== pm.key && writtenSurname.get(pm.surname) === lastWord;
        if (pm.surname && !shared) {
          known.set(pm.surname, pm.key);
          writtenSurname.set(pm.surname, lastWord);
        }
        // "ميريانا سبولياريتش إيغر", then "سبولياريتش": an Arabic-script name of three words or more is
        // also known by its next-to-last word, when that word is no first name or particle.
        if (words.length >= 3 && /^[\u0600-\u06FF]+$/u.test(words[words.length - 2])) {
          const middle = nameKey(words[words.length - 2]);
          if (middle.length >= 4 && !lex.firstNames.has(foldPhrase(words[words.length - 2])) && !/^(?:بن|ابن|بنت|عبد|أبو|ابو|آل)$/u.test(words[words.length - 2]) && !known.has(middle)) known.set(middle, pm.key);
        }
        // "Judith Suminwa Tuluka", then "Mme Suminwa": a Latin name of three words is also known by its middle word, when
        // no list knows that word as a first name.
        if (words.length === 3 && lang !== 'ar' && words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)) && words[1].length >= 5 && !lex.firstNames.has(foldPhrase(words[1])) && !lex.givenNames.has(foldPhrase(words[1])) && !lex.honorifics.has(foldPhrase(words[0]))) {
          const middle = nameKey(words[1]);
          if (!known.has(middle)) known.set(middle, pm.key);
        }
        // "عبدالله علي اليحيا", then "عبدالله اليحيا": an Arabic name of three words is also written without the father's name.
        if (words.length === 3 && /^[\u0600-\u06FF]+$/u.test(words[1]) && !/^(?:بن|ابن|بنت|عبد|أبو|ابو|آل)$/u.test(words[1]) && !/^(?:بن|ابن|بنت|آل)$/u.test(words[0])) {
          const short = nameKey(`${words[0]} ${words[2]}`);
          if (!known.has(short)) known.set(short, pm.key);
        }
        // "Wang Yi", "Cho Hyun", then "Wang", "Cho": a Chinese or Korean name puts the family name first
        // (a short first word; a short first name alone would name the same person anyway). "Rajnath Singh",
        // then "Rajnath": a first word no list knows as a first name names the person too.
        // "Kao Kim Hourn", "Lee Jae Myung", then "Kao", "Lee": three short words, the family name first.
        if (words.length === 3 && lang !== 'ar' && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && !lex.firstNames.has(foldPhrase(words[0])) && !lex.honorifics.has(foldPhrase(words[0])) && !NAME_PARTICLE_WORDS.test(words[1])) {
          const family = nameKey(words[0]);
          if (!known.has(family)) known.set(family, pm.key);
        }
        // "Lee Jae-myung", then "Lee": the given name may hold a hyphen.
        // "Anwar Ibrahim", then "Anwar": Malay and Indonesian wires name a person by the first name (the second is the father's), in English.
        const patronymic = lang === 'en' && words.length === 2 && lex.firstNames.has(foldPhrase(words[1]));
        if (words.length === 2 && lang !== 'ar' && (SHORT_FAMILY_NAME.test(words[0]) || (/^\p{Lu}\p{Ll}{4,}$/u.test(words[0]) && (!lex.firstNames.has(foldPhrase(words[0])) || patronymic))) && GIVEN_NAME.test(words[1]) && !lex.honorifics.has(foldPhrase(words[0]))) {
          const family = nameKey(words[0]);
          if (!known.has(family)) known.set(family, pm.key);
        }
        // "برابوو سوبيانتو", then "الرئيس برابوو": in Arabic script too, a first word no list knows as a first name names the person.
        // (Not in the headline, whose telegraphic words pass for names: "وزير الطاقة التركي استئناف تصدير النفط".)
        if (words.length === 2 && lang === 'ar' && !(p.n === 0 && !/[.!؟]\s*$/u.test(p.text)) && /^[\u0621-\u064A]{4,}$/u.test(words[0]) && !lex.firstNames.has(foldPhrase(words[0])) && !lex.femaleFirstNames.has(foldPhrase(words[0])) && !lex.nameStops.has(foldPhrase(words[0])) && !/^(?:ال|بن|ابن|عبد|أبو|ابو|آل)/u.test(words[0])) {
          const first = nameKey(words[0]);
          if (!known.has(first)) known.set(first, pm.key);
        }
        // "Yusril Ihza Mahendra", then "Yusril": an Indonesian name of three words is known by its first, in English, when no list knows that word.
        if (words.length === 3 && lang === 'en' && words.every((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)) && !lex.firstNames.has(foldPhrase(words[0])) && !lex.givenNames.has(foldPhrase(words[0])) && !lex.honorifics.has(foldPhrase(words[0]))) {
          const first = nameKey(words[0]);
          if (!known.has(first)) known.set(first, pm.key);
        }
        // "Cheikh Tamim ben Hamad Al Thani", then "Cheikh Tamim": a Gulf name is shortened to its style and first name.
        if (words.length >= 3 && /^(?:bin|ben|ibn|bint)$/i.test(words[1]) && lang !== 'ar') {
          for (const style of GULF_STYLES) {
            const short = nameKey(`${style} ${words[0]}`);
            if (!known.has(short)) known.set(short, pm.key);
          }
        }
        // "Luiz Inácio Lula da Silva", then "Lula": the word before the particle, when no list knows it as a first name.
        const particle = words.findIndex((w, n) => n >= 2 && /^(?:da|de|do|dos|das)$/.test(w));
        if (particle > 0 && lang !== 'ar' && /^\p{Lu}\p{Ll}{2,}$/u.test(words[particle - 1]) && !lex.firstNames.has(foldPhrase(words[particle - 1])) && !lex.givenNames.has(foldPhrase(words[particle - 1]))) {
          const short = nameKey(words[particle - 1]);
          if (!known.has(short)) known.set(short, pm.key);
        }
        // "Miguel Díaz-Canel Bermúdez", then "Díaz-Canel": a Spanish name is known by its first surname too.
        if (words.length >= 3 && lang !== 'ar' && /^\p{Lu}[\p{L}-]{3,}$/u.test(words[words.length - 2]) && /^\p{Lu}/u.test(words[words.length - 1]) && !lex.firstNames.has(foldPhrase(words[words.length - 2])) && !lex.honorifics.has(foldPhrase(words[words.length - 2])) && !words.slice(0, -1).some((w) => /^(?:bin|ben|ibn|bint|ould|al|el|abu|abou|von|van|de|da|del|der)$/i.test(w))) {
          const middle = nameKey(words[words.length - 2]);
          if (!known.has(middle)) known.set(middle, pm.key);
        }
        continue;
      }
      const who = registry.resolveTitle((m as PersonMention).role ?? m.text, context, (m as PersonMention).female);
      if (who) {
        m.key = who;
        context.push(who);
        registry.add(m);
      } else unresolved.push(m);
    }
    // "Lavrov said ... The Saudi minister, in turn, said": with no one else named in its sentence, the
    // people of the sentences just before tell which of several Saudi ministers is meant.
    const lately = () => sentences.slice(-2).flatMap((v) => v.mentions.filter((x) => x.kind === 'person').map((x) => x.key));
    for (const m of unresolved) {
      const title = (m as PersonMention).role ?? m.text;
      const who = registry.resolveTitle(title, context, (m as PersonMention).female) ?? (named.length ? null : registry.resolveTitle(title, lately(), (m as PersonMention).female)) ?? registry.resolveTitleOnly(title) ?? untitledRecent(m, p, dispatch.text, sentences, registry);
      if (who) m.key = who;
      // "الوزير" alone that fits no one named could be anyone: like "le ministre", it is no one we know.
      // Nor is "the DFA chief" when no one fits: an acronym no table knows says too little to name someone new.
      else if (/^[\u0600-\u06FF]+$/u.test(m.text) || unknownAcronymTitle(m.text, lex)) {
        mentions.splice(mentions.indexOf(m), 1);
        continue;
      }
      registry.add(m);
    }
    if (lang !== 'ar') laterSurnames(tokens, mentions, known, p.n).forEach((m) => registry.add(m));
    sentences.push({ passage: p, tokens, mentions });
  }
  // "Aoun hosted Syria's top diplomat ... Syrian Foreign Minister Asaad al-Shaibani said": a title no one named
  // before fit may fit someone named after it, once the whole dispatch is read.
  const renamed = new Map<string, string>();
  for (const v of sentences) {
    for (const m of v.mentions) {
      if (m.kind !== 'person' || !m.key.startsWith('t:') || (m as PersonMention).via !== 'role') continue;
      // "وزير الخارجية يبحث مع نظيره العراقي": the others of the sentence, once known, tell whose counterpart.
      const others = v.mentions.filter((o) => o !== m && o.kind === 'person' && !o.key.startsWith('t:')).map((o) => o.key);
      const title = (m as PersonMention).role ?? m.text;
      const who = renamed.get(m.key) ?? registry.resolveCounterpart(title, others) ?? registry.resolveTitle(title, [], (m as PersonMention).female);
      if (who && !who.startsWith('t:')) {
        registry.forget(m.key);
        renamed.set(m.key, who);
        m.key = who;
      }
    }
  }
  sameAsFullNames(registry, sentences, renamed, lex);
  // "le nouveau patron de la BAD", taken for the headline's "président de la BAD" before the name came: whoever that title became.
  for (const v of sentences) for (const m of v.mentions) m.key = renamed.get(m.key) ?? m.key;
  const topicsPerSentence = dispatchSentenceTopics(passages.map((p) => p.text), lang, lex);
  const salience = new Salience((key) => registry.isFemale(key), (key) => key.startsWith('o:') || lex.entities.get(key)?.kind === 'org');
  const meetings: Meeting[] = [];
  const positions: Position[] = [];
  let awaiting: AwaitingGuests | null = null;
  for (const s of sentences) {
    const cues = withoutQuotedReporting(eventCues(text, s.passage.start, s.passage.end, lang, lex), text, s.passage.start, s.passage.end, s.mentions);
    const ctx: SentenceContext = { dispatch, lex, s, registry, salience, cues, objects: new Set(), history: sentences };
    const events = sentenceEvents(ctx, topicsPerSentence[s.passage.n]);
    const listed: Meeting[] = events.meetings.length === 0 && awaiting && (awaiting.seen ?? awaiting.ctx.s.passage.n) === s.passage.n - 1 ? listedGuests(ctx, awaiting) : [];
    meetings.push(...listed);
    // "Les diplomates ont été reçus successivement par le Chef de l'Etat, en présence du ministre X." between the
    // credentials and the list: the guests are still to be named; who attended, attended each audience.
    // "The Ukrainian side at the meeting was represented by A and B." between them too.
    const folded = foldPhrase(s.passage.text);
    const stillAwaited: boolean = awaiting !== null && !listed.length && !events.awaiting && events.meetings.length === 0 && awaiting.seen === undefined && awaiting.ctx.s.passage.n === s.passage.n - 1 && (GROUP_RECEIVED.test(folded) || SIDE_REPRESENTED.test(folded));
    awaiting = stillAwaited ? { ...awaiting!, seen: s.passage.n, attending: presentIn(s, awaiting!.subject, text, lex) } : events.awaiting;
    if (events.meetings.length === 0) addAttendees(ctx, meetings);
    // "Le ministre de l'Énergie, X, a présenté un rapport. Il a affirmé ...": the subject of a verb we do not track is salient too.
    if (events.meetings.length === 0 && events.positions.length === 0) {
      const subject = untrackedSubject(ctx);
      if (subject) salience.noteSubject([subject]);
    }
    meetings.push(...events.meetings);
    positions.push(...events.positions);
    // '"We are ready," he added. "We have been ready for months."': a quotation that runs on is the last speaker's.
    const previous = positions[positions.length - 1];
    if (events.positions.length === 0 && previous?.passage.n === s.passage.n - 1 && previous.quote && isQuotationOnly(s.passage.text, cues)) {
      positions.push(...positionsFor(ctx, [previous.speaker.key], topicsPerSentence[s.passage.n]));
    }
    salience.endSentence(s.mentions);
  }
  callsToldAfter(meetings, passages);
  splitSeparateAudiences(meetings, sentences, dispatch.text);
  const deduped = dedupeMeetings(meetings, dispatch.text);
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

/**
 * "avec ses homologues du Burkina Faso, du Mali et du Niger, MM. A, B et C", "with his counterparts
 * from A, B and C, X, Y and Z": each name, in turn, is the counterpart from each country.
 */
function respectiveCounterparts(text: string, p: Passage, mentions: Mention[]): void {
  const cue = /\b(?:homologues|counterparts)\b/i.exec(p.text);
  if (!cue) return;
  const from = p.start + cue.index + cue[0].length;
  const after = mentions.filter((m) => m.start >= from);
  const firstPerson = after.findIndex((m) => m.kind === 'person');
  if (firstPerson < 2) return;
  const places = after.slice(0, firstPerson);
  if (!places.every((m) => m.kind === 'place') || !/^[\s,]*(?:(?:MM|Messrs|Mmes)\.?\s+)?(?:\p{Lu}[\p{L}-]+\s+)?$/u.test(text.slice(places[places.length - 1].end, after[firstPerson].start))) return;
  const people = [after[firstPerson]];
  for (const m of after.slice(firstPerson + 1)) {
    if (m.kind !== 'person' || !/^\s*(?:,|,?\s*(?:et|and))\s*$/.test(text.slice(people[people.length - 1].end, m.start))) break;
    people.push(m);
  }
  if (people.length !== places.length) return;
  const french = /^homologues$/i.test(cue[0]);
  people.forEach((m, i) => {
    const pm = m as PersonMention;
    const of = /(du|de la|de l['’]|des|d['’]|de|from|of)\s*$/i.exec(text.slice(Math.max(p.start, places[i].start - 8), places[i].start))?.[1] ?? (french ? 'de' : 'from');
    if (!pm.role) pm.role = `${french ? 'homologue' : 'counterpart'} ${of}${/['’]$/.test(of) ? '' : ' '}${places[i].text}`;
  });
}

/**
 * A delegation whose head is named next, and its country: "a German government delegation headed by
 * (Minister) X", "une délégation du Sénat du Paraguay conduite par X", "وفداً أردنياً برئاسة X".
 */
function delegationOf(before: string, lex: Lexicon): { country: string | null } | null {
  const m = DELEGATION_HEAD.exec(foldPhrase(before));
  if (!m) return null;
  return { country: delegationCountry(m, lex) };
}

function delegationCountry(m: RegExpExecArray, lex: Lexicon): string | null {
  // Its country before "delegation" in English ("a German government delegation"), after it in French and Arabic.
  // A place only after it ("du Sénat du Paraguay"): before it, a place is where the delegation was received.
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  for (const w of [...words(m[1]), ...words(m[2])]) {
    // "وفد تركي" (indefinite): the lexicon lists Arabic nationalities with their article.
    const country = lex.demonyms.get(w) ?? lex.demonyms.get(w.replace(/ا$/u, '')) ?? (/^[\u0621-\u064A]{3,}$/u.test(w) ? lex.demonyms.get(`ال${w.replace(/ا$/u, '')}`) : undefined);
    if (country) return country;
  }
  for (const w of words(m[2])) {
    const country = placeKey(w, lex);
    if (country) return country;
  }
  return null;
}

/** A clause whose subject is the delegation: "The delegation was received", "La délégation avait été reçue", "الوفد". */
const THE_DELEGATION = /^(?:[^,]*,\s*|.*\b(?:that|que|qu')\s+)?(?:the|la|cette|this|that|the same) (?:\S+ )?(?:delegation|delegation syrienne)\b(?:\s+(?:had|has|was|then|also|later|earlier|avait|a|ensuite|egalement|aussi|\S+ly))*\s*$/;

/** "Cho", "Lee", "Wang": a short first word, the family name of a Chinese or Korean name written first. */
const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,3}$/u;
/** "Hyun", "Jae-myung": the given name after it, which may hold a hyphen. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:[-‑]\p{Ll}+)?$/u;

const GULF_STYLES = ['Sheikh', 'Cheikh', 'Shaikh', 'Prince', 'Sheikha', 'Cheikha', 'Princess', 'Princesse'];
/** One of those styles, with the space after it, as written before a name. */
const GULF_STYLE = new RegExp(`^(?:${GULF_STYLES.join('|')})\\s+$`, 'i');

const OWNING_COUNTRY = /(?:^|\s)(\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:\p{Lu}[\p{L}-]*|of|for|and|the|&),?\s+)+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u;

const DELEGATION_HEAD = /(?:^|\s)((?:\S+\s+){0,3})(?:delegations?|وفدا?)((?:\s+\S+){0,8}?)\s+(?:headed by|led by|chaired by|conduite par|dirigee par|presidee par|menee par|برئاسة)(?:\s+\S+){0,12}\s*$/u;

function placeKey(word: string, lex: Lexicon): string | undefined {
  return isPlaceName(lex, word) ? lex.names.get(word) : undefined;
}

/** The person opening the sentence's main clause before a finite verb: "X, ministre de l'Énergie, a présenté". */
function untrackedSubject(ctx: SentenceContext): string | null {
  const { s, lex, dispatch } = ctx;
  const m = s.mentions.find((x) => x.kind === 'person');
  if (!m || s.mentions.some((x) => x.kind === 'org' && x.end <= m.start) || isOblique(s.tokens, m, lex, s.passage.start)) return null;
  // "وفي مؤتمر صحفي ...، تناول المتحدث باسم الوزارة X الاجتماع": Arabic puts the subject right after its verb, the clause's first word.
  if (dispatch.lang === 'ar') {
    const words = (dispatch.text.slice(s.passage.start, m.start).split(/[،,]/).pop() ?? '').trim().split(/\s+/).filter(Boolean);
    // The verb, then at most the person's title ("تناول المتحدث باسم الوزارة السفير X").
    const verb = words[0] ?? '';
    const titled = words.length === 1 || (words.length >= 2 && words.length <= 7 && lex.titles.has(foldPhrase(words[1])));
    return titled && /^[\u0621-\u064A]{3,}$/u.test(verb) && !/^(?:و|ف)?(?:في|مع|من|إلى|الى|على|عن|لدى|بين|عند|خلال|بعد|قبل)$/u.test(verb) && !/[ةه]$/u.test(verb) ? m.key : null;
  }
  // Only an introductory phrase may stand before it ("Plus tôt dans la journée, ", "On Tuesday, ").
  const lead = dispatch.text.slice(s.passage.start, m.start);
  if (/,/.test(lead) && !/^[^,]{0,40},\s*(?:\S+\s*){0,8}$/.test(lead)) return null;
  const after = dispatch.text.slice(m.end, Math.min(s.passage.end, m.end + 120));
  // "X n'a pas pris part à la rencontre. Il avait rappelé ...": a negated verb too.
  return /^\s*(?:,[^,;]{1,100})?,?\s*(?:ne |n'|n’)?(?:a|ont|avait|avaient|est|etait|était|has|have|had|was|is|did|does|\p{Ll}+ed)\s/u.test(after) ? m.key : null;
}

/** A sentence that is all quotation, with no verb of ours: the words of whoever spoke before it. */
function isQuotationOnly(sentence: string, cues: ReturnType<typeof eventCues>): boolean {
  const t = sentence.trim();
  return /^[«“"]/.test(t) && /[»”"][.!?]?$/.test(t) && cues.reporting.length === 0 && cues.meetings.length === 0 && cues.calls.length === 0;
}

/** The editor's initials that close a wire ("A.Ch.", "M.H./R.J."): not a sentence to quote. */
function isSignature(s: string): boolean {
  return s.length <= 16 && /^[\p{Lu}\p{Ll}.\/\s-]+$/u.test(s) && /\./.test(s) && !/\p{Ll}{3}/u.test(s);
}

/** A meeting whose guests the sentence did not name ("received the credentials of three new ambassadors"): its host and verb. */
interface AwaitingGuests {
  subject: string[];
  hit: Hit;
  ctx: SentenceContext;
  /** The sentence that last kept the guests awaited (the meeting's own, or one in between). */
  seen?: number;
  /** Who attended, told in between: "Les diplomates ont été reçus successivement ..., en présence du ministre X". */
  attending?: string[];
}

/**
 * Meetings, calls and positions of one sentence, verb by verb in text order: each verb's subject
 * is sought after the previous verb, and a verb with none inherits it ("X a reçu Y et a souligné",
 * "..., soulignant que"); a relative "qui"/"who" takes its antecedent.
 */
function sentenceEvents(ctx: SentenceContext, topics: TopicLabel[]): { meetings: Meeting[]; positions: Position[]; awaiting: AwaitingGuests | null } {
  const { s, cues } = ctx;
  // "Cet appel intervient deux mois après la rencontre entre X et Y à Moscou": the meeting stays a meeting.
  // Not "the outcomes of the Ankara meeting and border coordination between Damascus and Amman": people must follow "between".
  const farFromCall = cues.meetings.filter((m) => cues.calls.every((c) => Math.abs(c.start - m.start) > 60) && /\b(?:entre|between)\b/.test(foldPhrase(m.text)) && s.mentions.some((p) => p.kind === 'person' && p.start >= m.end && p.start - m.end < 60));
  // "Also present during the call were X and Y" after a courtesy call: who attended, not a phone call.
  const attendanceOnly = cues.calls.length > 0 && cues.calls.every((c) => /^(?:during|in|on) the call$/.test(foldPhrase(c.text))) && ctx.lex.attendance.test(foldPhrase(s.passage.text));
  const isCall = cues.calls.length > 0 && farFromCall.length === 0 && !attendanceOnly;
  // "In a separate context, X received a phone call": "in a" is the call's verb only when the call follows it ("in a phone call"),
  // in its own phrase ("In a separate call, X received a phone call from Y": the verb after the comma).
  const callVerbs = cues.callVerbs.filter((h) => !/^(?:during|in) /.test(foldPhrase(h.text)) || cues.calls.some((c) => c.start >= h.start && c.start - h.end <= 30 && !ctx.dispatch.text.slice(h.end, c.start).includes(',')));
  // "X met Y in Geneva and spoke by phone with Z", "X hosted Y, before the two presidents spoke by telephone with Z": a verb of meeting
  // in person before "and" and the call's own verb, a person between them, is a meeting; the call is the other verb's.
  const callFrom = Math.min(...[...cues.calls, ...callVerbs].map((h) => h.start));
  const inPerson = new Set(isCall ? cues.meetings.filter((h) => h.end < callFrom && IN_PERSON.test(foldPhrase(h.text)) && !callVerbs.some((c) => c.start < h.end && h.start < c.end) && /\s(?:et|and|before|then|puis|avant de|avant que)\s/.test(ctx.dispatch.text.slice(h.end, callFrom)) && s.mentions.some((m) => m.kind === 'person' && m.start >= h.end && m.end <= callFrom)) : []);
  // "X يتلقى اتصالاً هاتفياً من Y ويستقبل Z", "X received a call from Y and received Z": a meeting verb after the call, joined by "and", is a meeting.
  const callEnd = Math.max(...[...cues.calls, ...callVerbs].map((h) => h.end));
  if (isCall) for (const h of cues.meetings) if (h.start > callEnd && IN_PERSON.test(foldPhrase(h.text)) && (/^و/u.test(h.text) || /(?:\sو|\s(?:and|et)\s+(?:\S+\s+)?)$/u.test(ctx.dispatch.text.slice(callEnd, h.start))) && ctx.dispatch.text.slice(callEnd, h.start).trim().split(/\s+/).length >= 3) inPerson.add(h);
  let meetingHits = isCall ? [...inPerson, ...mergeHits(callVerbs.length ? callVerbs : cues.calls, cues.meetings.filter((h) => !inPerson.has(h)))].sort((x, y) => x.start - y.start) : cues.calls.length ? farFromCall : cues.meetings;
  /** Meetings undone ("n'a finalement pas eu lieu"): their names are no one's objects either. */
  const undone: Hit[] = [];
  if (meetingHits.length && cues.blockers.length > 0 && blocks(cues.blockers, meetingHits, ctx)) meetingHits = [];
  // "X s'est entretenu avec Y, mais la rencontre attendue entre ce dernier et Z n'a finalement pas eu lieu": only the second is undone.
  else if (meetingHits.length > 1 && cues.blockers.length > 0) {
    const kept = meetingHits.filter((h) => !blocks(cues.blockers, [h], ctx));
    undone.push(...meetingHits.filter((h) => !kept.includes(h)));
    meetingHits = kept;
  }
  // "X was accompanied during the meeting by Y": the meeting is the one just reported; Y attended it.
  if (ctx.lex.attendance.test(foldPhrase(s.passage.text))) meetingHits = meetingHits.filter((h) => !/^(?:during|at|lors|au cours) (?:the|la|de la|du|de l') ?(?:meeting|talks|reunion|entretien|rencontre)/.test(foldPhrase(h.text)));
  // "Sayyid Shihab bin Tarik Al Said": a reporting verb inside a name is part of the name.
  const reportHits = cues.reporting.filter((r) => !meetingHits.some((m) => r.start < m.end && m.start < r.end) && !s.mentions.some((m) => m.kind === 'person' && m.start <= r.start && r.end <= m.end));
  const triggers = [...meetingHits.map((hit) => ({ hit, kind: 'meeting' as const })), ...reportHits.map((hit) => ({ hit, kind: 'report' as const }))].sort((x, y) => x.hit.start - y.hit.start);
  const meetings: Meeting[] = [];
  const speakers: string[] = [];
  let awaiting: AwaitingGuests | null = null;
  let prevEnd = s.passage.start;
  let prevSubject: string[] = [];
  let relayedBy: string[] | null = null;
  /** Who the last reporting verb of the sentence gave the view to. */
  let lastFound: string[] = [];
  let parenthetical: string[] | null = null;
  for (const [i, { hit, kind }] of triggers.entries()) {
    let zoneStart = clauseStart(ctx, hit.start, prevEnd);
    // "صرح السفير X المتحدث الرسمي بأن الرئيس Y استقبل Z": the Arabic teller comes after the reporting verb, before "أن";
    // the meeting's subject is in the clause after it.
    if (kind === 'meeting' && ctx.dispatch.lang === 'ar') {
      const zone = s.tokens.filter((t) => t.start >= zoneStart && t.end <= hit.start);
      const that = zone.findLastIndex((t) => /^ب?[اأإ]ن$/u.test(t.text));
      // The teller's verb may lie before the zone, already read as a report ("قال X ...، إن Y التقى Z").
      const tellerBefore = (at: number) => s.tokens.some((t) => t.start >= s.passage.start && t.end <= at && TELLING_AR.test(t.f));
      if (that >= 0 && (zone.slice(0, that).some((t) => TELLING_AR.test(t.f)) || tellerBefore(zone[that].start))) zoneStart = zone[that].end;
    }
    let nextStart = Math.min(triggers[i + 1]?.hit.start ?? s.passage.end, ...undone.filter((u) => u.start > hit.end).map((u) => u.start));
    // "X receives a delegation, Y holds talks with Z": the next verb's own subject, after a comma, is no object of this one.
    const nextHit = triggers[i + 1]?.hit;
    if (kind === 'meeting' && nextHit && triggers[i + 1].kind === 'meeting' && nextHit.start <= nextStart && ctx.dispatch.lang !== 'ar') {
      const comma = s.tokens.filter((t) => t.text === ',' && t.start >= hit.end && t.end <= nextHit.start).pop();
      const nextSubject = comma ? s.mentions.find((m) => m.kind === 'person' && m.start > comma.end) : undefined;
      // The name right after the comma (a capitalised title at most before it), right before the verb.
      if (comma && nextSubject && nextSubject.end <= nextHit.start && /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(ctx.dispatch.text.slice(comma.end, nextSubject.start)) && /^\s*(?:(?:also|then|later|separately|aussi|ensuite|egalement|également)\s+)?$/i.test(ctx.dispatch.text.slice(nextSubject.end, nextHit.start))) nextStart = comma.start;
    }
    if (kind === 'meeting') {
      // "X a rencontré Y, avant de s'entretenir avec Z": an infinitive has the previous verb's subject, not Y.
      const infinitive = i > 0 && prevSubject.length > 0 && INFINITIVE_MEETING.test(foldPhrase(hit.text));
      // "X a été reçu par Y, puis s'est entretenu avec Z": a verb right after "puis"/"then" has the previous verb's subject too.
      // "X met Y in Geneva and spoke by phone with Z": the call after an in-person meeting's verb shares its subject.
      const afterInPerson = i > 0 && inPerson.has(triggers[i - 1].hit) && /\s(?:and|et)\s+(?:\S+\s+){0,2}$/.test(ctx.dispatch.text.slice(Math.max(zoneStart, hit.start - 30), hit.start) + ' ');
      const coordinated = i > 0 && prevSubject.length > 0 && (afterInPerson || /(?:^|[\s,])(?:puis|then|and then|et ensuite)\s*$/.test(foldPhrase(ctx.dispatch.text.slice(Math.max(zoneStart, hit.start - 16), hit.start))));
      let subj = infinitive || coordinated ? null : relativeAntecedent(ctx, hit, zoneStart) ?? subjectOf(ctx, hit, zoneStart, false);
      // "Le Chef de l'Etat a d'abord reçu X. ... le diplomate russe a affirmé .... Il a ensuite reçu Y": a pronoun with "ensuite"/"then"
      // before a second meeting's verb goes on with the host of the meeting before, not the last speaker.
      const sequelPronoun = Array.isArray(subj) && subj.length === 1 && ctx.salience.lastHost && subj[0] !== ctx.salience.lastHost ? pronounBefore(ctx, zoneStart, hit.start) : null;
      // Only for receiving ("Il a ensuite reçu"): the visitor goes on to call on others ("He later paid a courtesy call on").
      if (sequelPronoun && /^(?:il|elle|he|she)$/.test(sequelPronoun.phrase) && /^(?:elle|she)$/.test(sequelPronoun.phrase) === ctx.registry.isFemale(ctx.salience.lastHost!) && /\b(?:recu|recue|received|hosted|accueilli|accueillie)\b/.test(foldPhrase(hit.text)) && /\b(?:ensuite|enfin|then|later|subsequently|par la suite)\b/.test(foldPhrase(ctx.dispatch.text.slice(sequelPronoun.start, hit.end)))) subj = [ctx.salience.lastHost!];
      // "X briefed Y during a meeting", "X a informé Y lors d'une réunion": everyone the clause names met.
      if (/^(?:during|at|in|lors|au cours)\b/.test(foldPhrase(hit.text))) {
        const clause = ctx.s.mentions.filter((m) => m.kind === 'person' && m.start >= zoneStart && m.end <= hit.start && !isOblique(ctx.s.tokens, m, ctx.lex, ctx.s.passage.start));
        if (clause.length > 1) subj = unique(clause.map((m) => m.key));
      }
      // "during their meeting in Beijing in May 2024, President X and President Y agreed": the pair the clause goes on to name.
      const theirs = /\b(?:leur|leurs|their)\b|\bqu'(?:ils|elles) /.test(foldPhrase(hit.text));
      const ahead = theirs ? pairAfterComma(ctx, hit) : null;
      if (ahead) subj = ahead;
      // "X avait dit au général Y, lors de leur rencontre mercredi": the two the clause names, whoever governs them.
      if (theirs && !ahead && /^(?:during|lors|au cours)\b/.test(foldPhrase(hit.text))) {
        // Within the reported clause: "le porte-parole a indiqué que X avait dit à Y, lors de leur rencontre".
        const said = [...ctx.dispatch.text.slice(s.passage.start, hit.start).matchAll(/\b(?:que|qu['’]|that)\s/gi)].pop();
        const from = said ? s.passage.start + said.index! : s.passage.start;
        const two = unique(ctx.s.mentions.filter((m) => m.kind === 'person' && m.start >= from && m.end <= hit.start).map((m) => m.key));
        if (two.length === 2) subj = two;
      }
      // "Les deux chefs d'Etat avaient lancé ces projets lors de leur rencontre du 22 février 2024": the two presidents of the dispatch.
      const pair = !Array.isArray(subj) && theirs ? /^(?:les deux|the two) (?:chefs d'etat|presidents|heads of state)\b/.exec(foldPhrase(ctx.dispatch.text.slice(zoneStart, hit.start))) : null;
      const holders = pair ? twoTitleHolders(ctx, pair[0], zoneStart + pair[0].length) : null;
      if (holders) subj = holders;
      // "lors de leur rencontre", "during their meeting": the people last seen together.
      if (!Array.isArray(subj) && theirs) subj = ctx.salience.resolve('they');
      // "تلقى سموه اتصالاً هاتفياً من X": the honorific pronoun after an Arabic verb is the last subject.
      if (!(Array.isArray(subj) && subj.length) && ctx.dispatch.lang === 'ar') {
        const honorific = styleAfter(ctx, hit);
        // The last subject first, when styled so: "استقبل صاحب السمو الأمير ... سمو ولي العهد. كما استقبل سموه" is the emir again.
        if (honorific) subj = styledSubject(ctx, honorific) ?? lastStyled(ctx, honorific) ?? ctx.salience.resolve('il');
      }
      // "Sharaa has sought ... since his forces toppled Assad, and was hosted by Trump": a verb after ", and" shares the sentence's opening subject.
      // "Anita Anand s'y était rendue en avril et s'était alors entretenue avec X": with no comma too.
      if (!(Array.isArray(subj) && subj.length) && !prevSubject.length && /(?:,\s+|\s)(?:and|et)\s+$/.test(ctx.dispatch.text.slice(Math.max(zoneStart, hit.start - 8), hit.start))) {
        const opener = ctx.s.mentions.find((m) => m.kind === 'person');
        if (opener && opener.start - s.passage.start < 50 && !isOblique(ctx.s.tokens, opener, ctx.lex, s.passage.start)) subj = [opener.key];
      }
      // "President X's summit with Y": the one whose summit it was, named right before it.
      const possessor = /^['’]s\b/.test(hit.text) ? ctx.s.mentions.find((m) => m.kind === 'person' && m.end === hit.start) : undefined;
      if (possessor) subj = [possessor.key];
      // "The delegation was received by X", "la délégation a ensuite été reçue par X": its head met X.
      if (!(Array.isArray(subj) && subj.length) && !infinitive && !coordinated) {
        const head = ctx.registry.delegationHead(s.passage.n);
        if (head && THE_DELEGATION.test(foldPhrase(ctx.dispatch.text.slice(zoneStart, hit.start)))) subj = [head];
      }
      if (subj === 'group') ctx.salience.noteSubject('group');
      const present = new Set<string>();
      const callHere = isCall && !inPerson.has(hit);
      let objects = objectsOf(ctx, hit, nextStart, callHere, present);
      if (!objects.length) objects = implicitObjects(ctx, hit, zoneStart, Array.isArray(subj) ? subj : []);
      // "Lors de sa rencontre avec X, ..., le responsable panafricain avait plaidé": "sa" is the main clause's subject, after it.
      // "Speaking after holding talks with X, Y said": so is a participle's.
      const participle = MAIN_CLAUSE_AFTER.test(foldPhrase(hit.text));
      if (!(Array.isArray(subj) && subj.length) && (participle || /^(?:lors|au cours|a l'issue|en marge|during|after|following) (?:de |d')?(?:sa|son|his|her) /.test(foldPhrase(hit.text)))) {
        const next = triggers[i + 1];
        const main = next && next.kind === 'report' ? subjectOf(ctx, next.hit, hit.end, false) : null;
        // The participle's objects end where the main clause's subject starts.
        if (participle && Array.isArray(main) && main.length) objects = objects.filter((k) => !main.includes(k));
        if (Array.isArray(main) && main.length && main.every((k) => !objects.includes(k))) subj = main;
      }
      // "... avec le chancelier X, qu'il a reçu au complexe présidentiel": X is the object; "il" is the sentence's subject.
      const objectRelative = /,\s*qu['’](?:il|elle)\s+$/i.exec(ctx.dispatch.text.slice(Math.max(ctx.s.passage.start, hit.start - 12), hit.start));
      if (objectRelative) {
        const at = hit.start - objectRelative[0].length;
        const antecedent = ctx.s.mentions.filter((m) => m.kind === 'person' && m.end <= at && at - m.end <= 2).pop();
        const opener = ctx.s.mentions.find((m) => m.kind === 'person' && m !== antecedent && m.end <= at && !isOblique(ctx.s.tokens, m, ctx.lex, ctx.s.passage.start));
        if (antecedent && opener && opener.key !== antecedent.key) {
          subj = [opener.key];
          objects = unique([antecedent.key, ...objects.filter((k) => k !== opener.key)]);
        }
      }
      // "Noting that X and Y held talks in Astana, Li said": the opening clause's objects end where the main clause's speaker starts.
      if (OPENING_THAT.test(foldPhrase(ctx.s.passage.text.slice(0, 40))) && Array.isArray(subj) && subj.length && triggers[i + 1]?.kind === 'report') {
        const main = subjectOf(ctx, triggers[i + 1].hit, hit.end, false);
        if (Array.isArray(main)) objects = objects.filter((k) => !main.includes(k) || subj.includes(k));
      }
      // "X a été reçu par Y, lors d'une entrevue à laquelle assistait Z": the meeting just made, told again; Z joins it.
      const previous = meetings[meetings.length - 1];
      if (previous && previous.kind === 'meeting' && !isCall && SAME_MEETING.test(foldPhrase(hit.text)) && (!Array.isArray(subj) || subj.every((k) => previous.participants.some((p) => p.key === k)))) {
        for (const k of objects) if (!previous.participants.some((p) => p.key === k)) previous.participants.push(ctx.registry.participant(k));
        prevEnd = hit.end;
        continue;
      }
      // "the meeting held in Washington between X, Y and Z": the people it names between are all who met.
      // "la rencontre du premier ministre X avec la présidente Y": the people it names are all who met, too.
      const genitive = /\b(?:rencontre|entrevue|reunion) (?:du|de la|de l'|de)$/.test(foldPhrase(hit.text));
      const owner = genitive ? ctx.s.mentions.find((m) => m.kind === 'person' && m.start >= hit.end && m.start - hit.end < 60) : undefined;
      if (owner && !objects.includes(owner.key)) objects = [owner.key, ...objects];
      // "lors de la rencontre, en avril 2022 à Rabat, entre A et B": "between" after a time and place set apart by commas.
      const betweenLater = /^,[^,;]{3,60},\s*(?:entre|between)\s/i.test(ctx.dispatch.text.slice(hit.end, nextStart));
      const between = (genitive || betweenLater || /\b(?:between|entre)$/.test(foldPhrase(hit.text))) && objects.length >= 2;
      // "X a été reçu par Y, avant de s'entretenir avec Z": the infinitive's subject is X, not the agent Y.
      const inherited = infinitive ? prevSubject.filter((k) => !ctx.s.mentions.some((m) => m.key === k && ctx.objects.has(m))) : prevSubject;
      const subject = between ? [] : Array.isArray(subj) && subj.length ? subj : inherited.length ? inherited : prevSubject;
      if (Array.isArray(subj) && subj.length) ctx.salience.noteSubject(subj);
      // "s'est entretenu séparément avec X et avec Y": one meeting each.
      // "des appels téléphoniques de X et de Y", "phone calls from X and Y": one call each.
      const separate = /(?:, puis|, then|\bpuis (?:le|la|les|l'|son|sa|ses|m\.|mme)\b|\bthen (?:the|his|her)\b)|\b(?:(?:and )?then with|and with|et avec|puis avec|ensuite avec|et enfin avec|and later with|, and later|before meeting|avant de rencontrer|ainsi que par|et par|as well as by|and by|separement|separately|respectivement|tour a tour|successivement|successively|individually|individuellement|separate (?:bilateral |one-on-one |individual )?(?:meetings|talks|discussions|consultations|audiences|(?:courtesy |farewell )?(?:calls|visits))|bilateral meetings with|rencontres separees|reunions separees|entretiens separes|(?:courtesy |farewell )calls on|visites de courtoisie (?:a|au|aux|chez))\b|كل[\u064B\u064C]?ا?\u064B? عل[ىي] حد[ةه]|منفصلين|منفصل[ةه]|\sثم (?:مع |ب)?(?:ال)?(?:رئيس|رييس|وزير|سفير|ولي|امير|ملك|نائب|مبعوث|موفد|مستشار|قائد|سمو|معالي|فخام[ةه]|دول[ةه])(?![\u0621-\u064A])/.test(foldPhrase(ctx.dispatch.text.slice(hit.start, nextStart)).replace(/,?\s*(?:puis|then|and then|et ensuite)\s*$/, '')) ||
        (isCall && cues.calls.some((c) => /\b(?:appels|calls)\b/.test(foldPhrase(c.text)))) ||
        // "met X on Monday and Y on Tuesday", "a reçu lundi X et mardi Y": two days, two meetings.
        (!isCall && TWO_DAYS.test(foldPhrase(ctx.dispatch.text.slice(hit.end, nextStart))));
      // Who attended ("en présence, lors des deux entretiens, de Z") attended each meeting.
      const met = objects.filter((o) => !present.has(o));
      const attended = objects.filter((o) => present.has(o));
      // "التقى X، كلاً على حدة، Y و Z": with no subject before the verb, a name before "each apart" is the subject.
      const apart = /كل[\u064B\u064C]?ا?\u064B? على حدة/u.exec(ctx.dispatch.text.slice(hit.end, nextStart));
      const firstMet = ctx.s.mentions.find((m) => m.key === met[0] && m.start >= hit.end);
      // "كما التقى عبد العاطي في لقاءين منفصلين X وY": in Arabic, the name right after the verb is its subject.
      const rightAfterVerb = ctx.dispatch.lang === 'ar' && firstMet !== undefined && /^\s*(?:(?!(?:مع|في|من|إلى|الى|على|عن|لدى)\s)[\u0600-\u06FF]{2,4}\s+)?$/u.test(ctx.dispatch.text.slice(hit.end, firstMet.start));
      const verbSubject = !subject.length && firstMet && ((apart && firstMet.end <= hit.end + apart.index) || rightAfterVerb);
      if (separate && met.length > 1 && verbSubject) ctx.salience.noteSubject([met[0]]);
      // "Accompagnée du directeur X, Mme Dogo a échangé avec Y": who escorted the subject, named before it, took part.
      const escorted = i === 0 && subject.length > 0 && ESCORTED.test(foldPhrase(ctx.s.passage.text));
      // "Entouré du ministre A ainsi que du ministre B, le Premier ministre X a reçu Y": everyone named before the subject came with it.
      const subjectAt = Math.min(...ctx.s.mentions.filter((m) => subject.includes(m.key) && m.end <= hit.start).map((m) => m.start));
      const escorts = escorted ? ctx.s.mentions.filter((m) => m.kind === 'person' && m.end <= hit.start && !subject.includes(m.key) && !objects.includes(m.key) && (m.end <= subjectAt || presenceSince(ctx, m, ctx.s.passage.start))).map((m) => m.key) : [];
      attended.push(...escorts.filter((k) => !attended.includes(k)));
      if (escorts.length) objects = [...objects, ...escorts.filter((k) => !objects.includes(k))];
      const groups = separate && met.length > 1 ? (verbSubject ? met.slice(1).map((o) => [met[0], o, ...attended]) : met.map((o) => [o, ...attended])) : [objects];
      // "Li Qiang et Zhao Leji ont rencontré séparément X": each of the subjects met X.
      const apartSubjects = separate && met.length === 1 && subject.length > 1 && !isCall;
      // "محمد بن راشد يلتقي A وB" with no subject found: the headline's guests did not meet each other.
      // So with any verb of an Arabic headline ("وزير الخارجية يبحث مع نظيره المصري والأمين العام للجامعة").
      const headline = arabicHeadline(ctx);
      const headlineVerbAlone = !subject.length && (/^و?(?:يستقبل|تستقبل|يلتقي|تلتقي)$/u.test(hit.text) || headline);
      // An Arabic headline's title alone ("يستقبل السفير الأمريكي") is resolved by the lead, which names the guest; the headline adds no one.
      // Nor do its several guests or events ("يستقبل رئيس وزراء اليونان ووزير الخارجية التركي", "يلتقي X ويتلقى اتصالاً من Y"), told apart in the body.
      const gatherings = (headlineVerbAlone ? [] : apartSubjects ? subject.map((k) => [k, ...objects]) : groups.map((g) => [...subject, ...g])).filter((g) => !headline || (!g.some((k) => k.startsWith('t:')) && objects.length === 1 && !HEADLINE_SECOND_EVENT.test(ctx.s.passage.text)));
      let made = 0;
      for (const people of gatherings) {
        const m = makeMeeting(ctx, hit, callHere, unique(people));
        if (m) {
          meetings.push(m);
          made++;
        }
      }
      // "X received the credentials of three new ambassadors. Presenting their letters of credence were A, B and C.": guests named next.
      // "تسلم رئيس الجمهورية، السيد X، ... أوراق اعتماد أربعة سفراء جدد": in Arabic the one name, right after the verb, is its subject.
      const hostMention = !subject.length && objects.length === 1 && ctx.dispatch.lang === 'ar' ? ctx.s.mentions.find((m) => m.key === objects[0] && m.start >= hit.end) : undefined;
      const hostAfterVerb = hostMention !== undefined && /^[\s\u0600-\u06FF،,]{0,60}$/u.test(ctx.dispatch.text.slice(hit.end, hostMention.start)) && !/(?:^|\s)(?:مع|من|إلى|الى|على|عن|لدى)\s/u.test(ctx.dispatch.text.slice(hit.end, hostMention.start));
      const host = subject.length === 1 && objects.length === 0 ? subject : hostAfterVerb ? objects : null;
      if (!made && !callHere && host && UNNAMED_GUESTS.test(foldPhrase(ctx.dispatch.text.slice(hit.end, Math.min(nextStart, hit.end + 160))))) awaiting = { subject: host, hit, ctx };
      // "X welcomed Y's remarks", "X a accueilli favorablement la proposition": no one met, X took a stance.
      const stance = cues.reporting.find((r) => r.start < hit.end && hit.start < r.end);
      if (!made && !isCall && stance && subject.length && STANCE_OBJECT.test(foldPhrase(ctx.dispatch.text.slice(hit.end, Math.min(nextStart, hit.end + 60))))) {
        speakers.push(...subject);
        ctx.salience.noteSubject(subject);
      }
      // "A told B that Turkey was ready to host talks between X and Y, adding": talks that did not take place leave the speaker as it was.
      if (subject.length && (made || !prevSubject.length)) prevSubject = subject;
    } else {
      // "Marcos, she added, emphasized that ...": a reporting clause between commas relays the view of the name before it.
      const inner = parentheticalSubject(ctx, hit);
      if (inner) {
        parenthetical = inner;
        prevEnd = hit.end;
        continue;
      }
      // "وأكد سعادته", "وأشاد سموه": the honorific pronoun after an Arabic verb is the last person styled so.
      const styled = ctx.dispatch.lang === 'ar' ? styleAfter(ctx, hit) : null;
      // The sentence's own last subject first, when the dispatch styled that person so; else the last person styled so.
      const styledSpeaker = !styled ? null : styledSubject(ctx, styled) ?? lastStyled(ctx, styled, true);
      const said = parenthetical ?? styledSpeaker ?? (sidesBefore(ctx, hit) ? 'group' : null) ?? (coordinatedVerb(ctx, hit, prevEnd, prevSubject) && prevSubject.length ? prevSubject : speakerOf(ctx, hit, zoneStart, prevSubject));
      parenthetical = null;
      // "وأضاف [المتحدث] أن معاليه شدد": the one who added it only relays the view of the one styled after "أن".
      if (styled && styledSpeaker && styleAfterThat(ctx, hit)) speakers.splice(0, speakers.length);
      const relayed = Array.isArray(said) ? relayedSpeaker(ctx, hit, said) : said;
      // "Le ministre « condamne ... », a indiqué son porte-parole, X": the minister's view.
      const spokenForKey = Array.isArray(relayed) && relayed.length === 1 && !speakers.length ? spokenFor(ctx, hit, relayed[0]) : null;
      const found = withCounterpart(ctx, hit, spokenForKey ? [spokenForKey] : relayed);
      // "The two ministers also discussed X, he said", "Fidan was accompanied by Y, the ministry said": a closing
      // attribution of a fact (what the sides did, who came) states no one's view.
      if (closingAttributionOfFact(ctx, hit, meetings)) {
        prevEnd = hit.end;
        continue;
      }
      // "X affirmed ..., spokesman Y said in a statement": Y relays X's position, and X stays salient.
      // Not after "According to X," whose source the verb's own subject then holds the view of.
      const relay = !relayedBy && speakers.length > 0 && Array.isArray(found) && found.every((k) => !speakers.includes(k)) && NEUTRAL_VERB.test(foldPhrase(hit.text));
      if (relay) {
        prevEnd = hit.end;
        continue;
      }
      if (found === 'group') ctx.salience.noteSubject('group');
      else if (found && found.length) {
        // "Selon M. X, le chef de la diplomatie a jugé ...": X relays the view of the one who judged.
        const source = SOURCE_CUE.test(foldPhrase(hit.text));
        if (source) relayedBy = found;
        else if (relayedBy && found.every((k) => !relayedBy!.includes(k) && !isOrgKey(k, ctx))) {
          for (const k of relayedBy) speakers.splice(speakers.indexOf(k), 1);
          relayedBy = null;
        }
        // "وقال وزير الخارجية إن رئيس مجلس السيادة أكد", "وأضاف سالم أن البرهان جدد": the teller only relays the view of
        // the one named after "أن"/"إن" whose own verb states it.
        if (ctx.dispatch.lang === 'ar' && lastFound.length && found.every((k) => !lastFound.includes(k)) && toldAfterThat(ctx, prevEnd, hit.start, found)) {
          for (const k of lastFound) if (speakers.includes(k)) speakers.splice(speakers.indexOf(k), 1);
        }
        speakers.push(...found);
        ctx.salience.noteSubject(found);
        prevSubject = found;
        lastFound = found;
      }
    }
    prevEnd = hit.end;
  }
  return { meetings, positions: positionsFor(ctx, unique(speakers), topics), awaiting };
}

/** Whether the sentence is the headline of an Arabic dispatch: the first line, with no full stop. */
function arabicHeadline(ctx: SentenceContext): boolean {
  // "السوداني يتلقى اتصالاً من الرئيس الإيراني.. ووزير الخارجية يستقبل السفير": a headline of two parts is one line still.
  return ctx.dispatch.lang === 'ar' && !ctx.dispatch.text.slice(0, ctx.s.passage.start).trim().includes('\n') && !/[.!؟]\s*$/u.test(ctx.s.passage.text) && /^[^\S\n]*\n/.test(ctx.dispatch.text.slice(ctx.s.passage.end));
}

/**
 * "Captain Ibrahim Traoré" and "Minister of Foreign Affairs Karamoko Traoré", then "Minister Traoré": a family name
 * two people share goes to the one whose role holds the title written before it, when only one's does.
 */
function sharedSurnameByTitle(m: PersonMention, bySurname: Map<string, string[]>, registry: PeopleRegistry): void {
  if (m.via !== 'surname' || !m.role || !m.surname) return;
  // (Arabic words without their article: "الرئيس" is the "رئيس" of "رئيس الجمهورية".)
  const bare = (w: string) => w.replace(/^ال(?=[\u0621-\u064A]{3})/u, '');
  const title = fold(m.role).split(/\s+/).filter((w) => w.length > 2).map(bare);
  const sharers = bySurname.get(m.surname) ?? [];
  if (sharers.length < 2 || !title.length) return;
  const holds = (key: string) => { const role = fold(registry.participant(key).role ?? '').split(/[\s,،]+/).map(bare); return title.every((w) => role.includes(w)); };
  const fit = sharers.filter(holds);
  if (fit.length === 1 && !holds(m.key)) m.key = fit[0];
}

/** A call, or a second verb joined by "و", in an Arabic headline: "يلتقي X ويتلقى اتصالاً من Y". */
const HEADLINE_SECOND_EVENT = /اتصال|هاتفي|\sو[يت](?:تلقى|جري|لتقي|ستقبل|بحث|عقد|تصل|ودع)\s/u;

/** Arabic verbs of telling (folded) whose subject, after them, tells of a meeting in the clause after "أن". */
const TELLING_AR = /^[وف]?(?:صرح|صرحت|ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|قال|قالت|اوضح|اوضحت|اضاف|اضافت|اكد|اكدت)$/u;

/** What a host received without naming anyone: credentials, new ambassadors, a delegation, "عدداً من الرؤساء التنفيذيين". */
const UNNAMED_GUESTS = /\b(?:credentials|credence|lettres de creance|copies? of (?:the |their )?credentials|ambassadors|ambassadeurs|envoys|ambassadrices|(?:the |les )?(?:foreign )?(?:ministers|ministres)(?: des affaires etrangeres)? (?:of|de|du|des) |(?:a|an) (?:\S+ ){0,5}?delegation|une (?:\S+ ){0,4}?delegation)\b|(?:اوراق|أوراق) اعتماد (?:\S+ )?(?:سفراء|سفيرا|السفراء)|(?:^|\s)(?:عدد[اً]*|جمع[اً]*) من (?:كبار )?(?:ال)?(?:رؤساء|قادة|ممثلي|مسؤولي|مسؤولين|سفراء|وزراء|رجال)|(?:^|\s)وفد[اً]+(?=\s)/u;

/** "Les diplomates ont été reçus successivement par ...", "The envoys were received separately by ...": the guests, not yet named. */
const GROUP_RECEIVED = /^(?:les (?:diplomates|ambassadeurs|nouveaux ambassadeurs|envoyes)|the (?:diplomats|ambassadors|new ambassadors|envoys)) (?:ont ete|were) (?:\S+ )?(?:recus|received)\b/;

/** "The Ukrainian side at the meeting was represented by ...", "La partie marocaine était représentée par ...". */
const SIDE_REPRESENTED = /^(?:the (?:\S+ )?side (?:at the (?:meeting|talks) )?was represented by|la partie (?:\S+ )?(?:etait|a ete) representee par)\b/;

/** A sentence that opens on the list of guests just announced. */
const GUESTS_LISTED = /^(?:presenting (?:their|the) (?:\S+ ){0,3}?(?:credentials|credence) (?:were|was)|(?:the )?(?:letters of credence|credentials) were (?:presented|handed over) by|les lettres de creance (?:ont ete|lui ont ete) (?:presentees|remises) par|(?:they|the (?:new )?(?:ambassadors|envoys)) (?:are|were)\b|il s'agit de|ce sont|les (?:nouveaux )?ambassadeurs (?:sont|etaient)\b|the (?:\S+ )?delegation (?:was (?:led|headed) by|included|comprised|consisted of)\b|la delegation (?:etait|est) (?:conduite|dirigee|composee|menee) par\b|la delegation comprenait\b|و?يتعلق الامر ب(?:كل من|السفراء)|و?هم (?:كل من|السفراء)|و?السفراء هم|و?(?:ضم|شمل)(?:ت)? (?:الوفد|الضيوف|الوفود)(?=\s))/u;

/** Those a sentence names after a cue of presence ("en présence du ministre d'Etat, ..., X"), however long the role between. */
function presentIn(s: SentenceView, host: string[], text: string, lex: Lexicon): string[] {
  return unique(s.mentions.filter((m) => m.kind === 'person' && !host.includes(m.key) && lex.presence.test(foldPhrase(text.slice(s.passage.start, m.start)))).map((m) => m.key));
}

/** "Presenting their letters of credence were A, B and C": the host of the sentence before met them. */
function listedGuests(ctx: SentenceContext, awaiting: AwaitingGuests): Meeting[] {
  if (!GUESTS_LISTED.test(foldPhrase(ctx.s.passage.text))) return [];
  const attending = awaiting.attending ?? [];
  const guests = unique(ctx.s.mentions.filter((m) => m.kind === 'person' && !awaiting.subject.includes(m.key) && !attending.includes(m.key)).map((m) => m.key));
  // One ceremony for all, unless the dispatch tells of audiences, one per envoy ("Les audiences se sont déroulées", "separately").
  const apart = tellsSeparateAudiences(ctx.dispatch.text);
  const made: Meeting[] = [];
  for (const group of apart ? guests.map((g) => [g]) : [guests]) {
    const m = makeMeeting(awaiting.ctx, awaiting.hit, false, unique([...awaiting.subject, ...group, ...attending]));
    if (!m) continue;
    m.evidence = widenTo(m.evidence, ctx.s.passage, ctx.dispatch.text);
    made.push(m);
  }
  return made;
}

/** Verbs that only say people met in person (not "s'entretient", "held talks", which a call shares); "ويستقبل" in Arabic. */
const IN_PERSON = /^(?:(?:a |a ete |has |had |have )?(?:rencontre|rencontree|recu|recue|recoit|met|meets|received|receives|hosted|hosts|meet)|و?(?:يستقبل|استقبل|يلتقي|التقى|التقي))$/u;

/**
 * "message du président Ghazouani" in the headline, "M. Mohamed Ould Cheikh El Ghazouani" in the lead: a lone surname
 * written before the full name is that person, when only one full name ends so.
 * "بدر البوسعيدي" after "بدر بن حمد البوسعيدي": a first name and a family name are the one full name that has both at its ends.
 * Each short name found so is forgotten by the registry and recorded in `renamed`, for its mentions.
 */
function sameAsFullNames(registry: PeopleRegistry, sentences: SentenceView[], renamed: Map<string, string>, lex: Lexicon): void {
  const everyone = registry.people();
  const knownFirstName = (w: string) => lex.firstNames.has(foldPhrase(w)) || lex.givenNames.has(foldPhrase(w));
  const wordsOf = (name: string) => name.trim().split(/\s+/);
  for (const short of everyone) {
    const words = wordsOf(short.name);
    if (!short.key.startsWith('p:') || words.length > 2 || renamed.has(short.key)) continue;
    const first = nameKey(words[0]);
    const last = nameKey(words[words.length - 1]);
    // The family name alone ("Ghazouani", "Ould Salem": the full name's last words), or the first and the family name.
    // "Cho" for "Cho Hyun", "Wang" for "Wang Yi": a Chinese or Korean name puts the family name first.
    const surnameOf = (full: string[]) =>
      nameKey(full.slice(-words.length).join(' ')) === nameKey(words.join(' ')) ||
      (words.length === 1 && full.length === 2 && SHORT_FAMILY_NAME.test(full[0]) && GIVEN_NAME.test(full[1]) && nameKey(full[0]) === first) ||
      // "Suminwa" for "Judith Suminwa Tuluka": the middle word of three, which no list knows as a first name.
      (words.length === 1 && full.length === 3 && /^\p{Lu}\p{Ll}{4,}$/u.test(full[1]) && nameKey(full[1]) === first && !knownFirstName(full[1]));
    const owners = everyone.filter((o) => {
      const full = wordsOf(o.name);
      if (o.key === short.key || o.key.startsWith('t:') || o.key.startsWith('o:') || full.length <= words.length) return false;
      return surnameOf(full) || (words.length === 2 && nameKey(full[full.length - 1]) === last && nameKey(full[0]) === first);
    });
    // "Prince Faisal" after "Prince Faisal bin Farhan" and "Ambassador Faisal al-Mujfel": a first name with a title is the
    // one full name starting with it whose role holds that title.
    if (owners.length === 0 && words.length === 1 && short.role) {
      const title = contentWordsOf(short.role);
      // "Thai Foreign Minister Sihasak" in the headline, "Sihasak Phuangketkeow" after: of two words too, when no list knows the first as a first name.
      const byFirst = everyone.filter((o) => o.key !== short.key && o.key.startsWith('p:') && wordsOf(o.name).length >= (knownFirstName(words[0]) ? 3 : 2) && nameKey(wordsOf(o.name)[0]) === first);
      const titled = byFirst.filter((o) => title.length > 0 && title.every((w) => contentWordsOf(o.role ?? '').includes(w)));
      if (titled.length === 1) owners.push(titled[0]);
      else continue;
    }
    // "Sheikh Abdullah" (a Gulf style, no title) for the one "Abdullah bin Zayed Al Nahyan" of the dispatch.
    if (owners.length === 0 && words.length === 1 && !short.role && GULF_STYLE.test(styleBefore(sentences, short.key))) {
      const lineage = everyone.filter((o) => o.key !== short.key && !o.key.startsWith('t:') && !o.key.startsWith('o:') && /\s(?:bin|ben|ibn|bint)\s/i.test(o.name) && nameKey(wordsOf(o.name)[0]) === first);
      // "Abdullah bin Zayed" in the headline and "Abdullah bin Zayed Al Nahyan" in the lead are one person: the fuller name.
      const fullest = lineage.filter((o) => !lineage.some((p) => p !== o && nameKey(p.name).startsWith(`${nameKey(o.name)} `)));
      if (fullest.length === 1) owners.push(fullest[0]);
    }
    if (owners.length !== 1) continue;
    // A family name before the full name (the headline); a first and family name anywhere.
    const firstSeen = firstSentenceOf(sentences, short.key);
    if (surnameOf(wordsOf(owners[0].name)) && !sentences.some((v) => v.passage.n > firstSeen && v.mentions.some((m) => m.key === owners[0].key))) continue;
    registry.forget(short.key, true);
    renamed.set(short.key, owners[0].key);
  }
}

/**
 * "President Lee Jae-myung ..., where Lee said": a family name learnt from a full name in this very
 * sentence names that person further on in it (names are learnt after their sentence is read).
 */
function laterSurnames(tokens: Token[], mentions: Mention[], known: KnownSurnames, n: number): PersonMention[] {
  const added: PersonMention[] = [];
  for (const t of tokens) {
    if (!t.cap || !t.word || mentions.some((m) => t.start < m.end && m.start < t.end)) continue;
    const key = known.get(nameKey(t.text));
    if (!key || !mentions.some((m) => m.kind === 'person' && m.key === key && m.end <= t.start)) continue;
    const m: PersonMention = { kind: 'person', key, text: t.text, start: t.start, end: t.end, sentence: n, via: 'surname', role: null, surname: nameKey(t.text) };
    mentions.splice(mentions.filter((o) => o.start < t.start).length, 0, m);
    added.push(m);
  }
  return added;
}

/** The word written right before a person's first mention ("Sheikh " in "Sheikh Abdullah"), with its space. */
function styleBefore(sentences: SentenceView[], key: string): string {
  for (const v of sentences) {
    const m = v.mentions.find((x) => x.key === key);
    if (m) return /(\S+\s+)$/.exec(v.passage.text.slice(0, m.start - v.passage.start))?.[1] ?? '';
  }
  return '';
}

/** The words of a role, folded, for comparing titles. */
function contentWordsOf(role: string): string[] {
  return foldPhrase(role).split(/[^\p{L}-]+/u).filter((w) => w.length > 2);
}

/** The sentence where a person is first named. */
function firstSentenceOf(sentences: SentenceView[], key: string): number {
  return sentences.find((v) => v.mentions.some((m) => m.key === key))?.passage.n ?? Infinity;
}

/** ", à la tête d'une importante délégation", ", leading a delegation": the name before heads it. */
const HEADS_DELEGATION_AFTER = /^\s*,?\s*(?:à la tête d['’]une|a la tete d['’]une|at the head of an?|leading an?|heading an?)\s+(?:\S+\s+){0,3}?(?:d[ée]l[ée]gation|delegation)\b/i;

/** A neutral verb closing the sentence after a comma, whose clause before tells what a group did or who attended. */
function closingAttributionOfFact(ctx: SentenceContext, hit: Hit, made: Meeting[]): boolean {
  const { s } = ctx;
  if (!NEUTRAL_VERB.test(foldPhrase(hit.text))) return false;
  const before = ctx.dispatch.text.slice(s.passage.start, hit.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || /[«»“”"]/.test(before)) return false;
  // The attribution ends the sentence: "..., he said.", "..., the ministry said in a statement."
  if (!CLOSING_TAIL.test(ctx.dispatch.text.slice(hit.end, s.passage.end))) return false;
  // Only the attribution after the last comma: "..., the ministry said (in a statement)."
  if (!/^\s*(?:the |a |an |le |la |l'|un |une )?(?:\S+\s+){1,5}$/i.test(before.slice(comma + 1))) return false;
  const clause = foldPhrase(before.slice(0, comma));
  const group = /^(?:the two|both) (?:\S+ )?(?:ministers|sides|leaders|presidents|officials|delegations|countries|parties)\b|^les deux (?:\S+ )?(?:ministres|parties|dirigeants|presidents|responsables|delegations|pays)\b/.test(clause);
  const attendance = ctx.lex.attendance.test(clause) && !/\b(?:said|stressed|called|urged|warned|affirmed|a (?:dit|declare|souligne|affirme))\b/.test(clause);
  return group || attendance || made.length > 0;
}

/**
 * "X thanked Y for the support and vowed to ...": a verb coordinated by "and" after another verb's
 * object shares that verb's subject; "X and Y vowed" (a name before "and") does not.
 */
function coordinatedVerb(ctx: SentenceContext, hit: Hit, prevEnd: number, prevSubject: string[]): boolean {
  if (prevEnd <= ctx.s.passage.start) return false;
  const text = ctx.dispatch.text;
  // "X welcomed the contacts but warned that": "but"/"mais" joins verbs of one subject too, the sentence's own
  // (not "X said the deal, reached after Y met Z, held, but accused ...").
  const m = /\s(?:and|et|but|mais)\s+(?:(?:also|aussi|then|further|later)\s+)?$/i.exec(text.slice(prevEnd, hit.start));
  if (!m) return false;
  if (/^\s(?:but|mais)\s/i.test(m[0]) && ctx.s.mentions.find((x) => x.kind === 'person')?.key !== prevSubject[0]) return false;
  const andAt = prevEnd + m.index;
  return !ctx.s.mentions.some((x) => (x.kind === 'person' || x.kind === 'org') && x.end <= andAt && /^\s*$/.test(text.slice(x.end, andAt)));
}

/** For ", she added," right after a name opening its clause, and before another reporting verb: that name. */
function parentheticalSubject(ctx: SentenceContext, hit: Hit): string[] | null {
  const text = ctx.dispatch.text;
  if (!/^\s*,/.test(text.slice(hit.end, hit.end + 3))) return null;
  const before = /,\s*(?:he|she|they|il|elle|ils|elles)\s+(?:\S+\s+)?$/i.exec(text.slice(Math.max(ctx.s.passage.start, hit.start - 20), hit.start));
  if (!before) return null;
  const comma = hit.start - before[0].length;
  const name = ctx.s.mentions.find((m) => m.kind === 'person' && /^\s*$/.test(text.slice(m.end, comma)));
  if (!name || !/^(?:[^,]*,)?\s*$/.test(text.slice(ctx.s.passage.start, name.start))) return null;
  const rest = ctx.cues.reporting.some((r) => r.start > hit.end);
  return rest ? [name.key] : null;
}

/** Particles that make a name Arabic or European, whose first word is a given name ("Ali Ben Salem"). */
const NAME_PARTICLE_WORDS = /^(?:Bin|Ben|Ibn|Bint|Abu|Abou|Al|El|Ould|Van|Von|De|Da|Del|Di|Le|La)$/;

/**
 * "... reçu par Rachid X. Le président de la Chambre a plaidé": a title that fits no one is the one
 * person named in the two sentences before without any title, when there is only one. Only for a
 * title that opens its sentence as its subject: elsewhere it is more likely someone new.
 */
function untitledRecent(m: Mention, p: Passage, text: string, sentences: SentenceView[], registry: PeopleRegistry): string | null {
  if (!/^\s*(?:le|la|l['’]|the)\s*$/i.test(text.slice(p.start, m.start))) return null;
  const near = sentences.slice(-2).flatMap((v) => v.mentions);
  const untitled = unique(near.filter((x) => x.kind === 'person' && !x.key.startsWith('t:') && (x as PersonMention).via !== 'role' && registry.participant(x.key).role === null).map((x) => x.key));
  return untitled.length === 1 ? untitled[0] : null;
}

/**
 * Whom a meeting verb with no named object met: "X, who called on him" (an object pronoun, the person
 * last in view) or "The WHO official, whom X had received earlier" (the antecedent of an object relative).
 */
function implicitObjects(ctx: SentenceContext, hit: Hit, zoneStart: number, subject: string[]): string[] {
  if (subject.length) {
    // "Marcos welcomed the visiting official": the visitor is whoever was last spoken of, as "him" would be.
    const pronoun = /^\s*(him|her|them|the visiting (?:official|minister|dignitary|leader|envoy|delegate|secretary)|the visitor|(?:le|son) visiteur|(?:l'|l’|son )h[oô]te)\b/i.exec(ctx.dispatch.text.slice(hit.end, hit.end + 30));
    // Not after "with": "his meeting with the visiting minister", "a évoqué avec son hôte" name a meeting told before, whoever it was with.
    const visitor = pronoun !== null && !/^(?:him|her|them)$/i.test(pronoun[1]);
    const who = pronoun && !(visitor && /\b(?:with|avec)$/.test(foldPhrase(hit.text))) ? ctx.salience.resolve({ her: 'she', them: 'they' }[pronoun[1].toLowerCase()] ?? 'he') : null;
    const met = Array.isArray(who) ? who.filter((k) => !subject.includes(k)) : [];
    if (met.length) return met;
  }
  const antecedent = objectRelativeAntecedent(ctx, hit, zoneStart);
  return antecedent && !subject.includes(antecedent) ? [antecedent] : [];
}

const ESCORTED = /^(?:accompagnee?s? (?:de|du|des|d'|par)|entouree?s? (?:de|du|des|d')|accompanied by|flanked by|surrounded by)/;

const SAME_MEETING = /^(?:lors|au cours) (?:d'une|de l'|de la) ?(?:entrevue|rencontre|reunion|audience|seance de travail)$|^(?:during|at|in) (?:a|an|the) (?:meeting|talks|audience)$|^(?:during|in|at) talks with$/;

const INFINITIVE_MEETING = /^(?:avant de|puis de|avant d'etre|puis d'etre|avant d'accueillir|puis d'accueillir|before (?:meeting|receiving|hosting))\b|^(?:قبل أن|ثم) ي/u;

/** "M. Bourita et son hôte ont appelé", "X and his guest called for": X and the other side of X's latest meeting. */
function withCounterpart(ctx: SentenceContext, hit: Hit, found: string[] | 'group' | null): string[] | 'group' | null {
  if (!Array.isArray(found) || found.length !== 1) return found;
  const named = ctx.s.mentions.filter((m) => m.key === found[0] && m.end <= hit.start).pop();
  if (!named || !/^\s*(?:et|and)\s+(?:son|sa|his|her)\s+(?:hote|hotes|invite|invitee|guest|host|visiteur|visitor)\b/.test(foldPhrase(ctx.dispatch.text.slice(named.end, hit.start)))) return found;
  const other = ctx.salience.counterpartOf(found[0]);
  return other ? [found[0], other] : found;
}

/** "After holding talks with X, Y said", "At a meeting with X, Y said": the meeting's subject is the main clause's, after it. */
const MAIN_CLAUSE_AFTER = /^(?:after|following|before) (?:holding|having)\b|^(?:at|during) (?:a|an) (?:meeting|talks)\b|^(?:[-–—] )?(?:recue?s?|accueillie?s?|received|hosted|welcomed|meeting|meeting later|later meeting) /;

/** The two people named, joined by "and"/"et", right after the comma that closes the phrase of `hit`. */
function pairAfterComma(ctx: SentenceContext, hit: Hit): string[] | null {
  const comma = ctx.s.tokens.find((t) => t.start >= hit.end && t.text === ',');
  if (!comma) return null;
  const people = ctx.s.mentions.filter((m) => m.kind === 'person' && m.start > comma.end);
  const [a, b] = people;
  if (!a || !b || a.start - comma.end > 30) return null;
  if (!/^\s*(?:\S+\s+){0,2}$/.test(ctx.dispatch.text.slice(comma.end, a.start))) return null;
  if (!/^\s*(?:and|et)\s+(?:\S+\s+){0,3}$/.test(ctx.dispatch.text.slice(a.end, b.start))) return null;
  return unique([a.key, b.key]);
}

/** A sentence that opens on a participle of saying: "Noting that ...", "Rappelant que ...". */
const OPENING_THAT = /^(?:noting|recalling|stressing|underlining|pointing out|saying|rappelant|soulignant|notant|evoquant|affirmant|indiquant|precisant) (?:that|que|qu')/;

/** "selon X", "according to X": a source before the view. */
const SOURCE_CUE = /^(?:selon|d'apres|according to)$/;

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
/** What may follow a closing attribution: "in a statement", "on Tuesday", "lundi". */
const CLOSING_TAIL = new RegExp(`^\\s*(?:(?:in|on|at|during|after|following|to|late|earlier|dans|lors|${DAY})\\b[^,;:]{0,50})?[.!]?\\s*$`, 'i');
const TWO_DAYS = new RegExp(`\\b(${DAY})\\b.*\\b(?:and|et)\\b.*\\b(?!\\1\\b)${DAY}\\b`);

/** The style an Arabic verb is followed by as a pronoun ("وأكد سعادته", "تلقى سموه"), as the noun that styles a name ("سعادة"). */
function styleAfter(ctx: SentenceContext, hit: Hit): PronounStyle | null {
  const word = /^\s*(\S+?)(?:\s|$|،)/u.exec(ctx.dispatch.text.slice(hit.end, hit.end + 12))?.[1];
  const after = word ? styleOfPronoun(word) : null;
  return after ?? styleAfterThat(ctx, hit);
}

/** "وأضاف أن معاليه شدد": the styled pronoun before the verb, right after "أن", is its subject. */
function styleAfterThat(ctx: SentenceContext, hit: Hit): PronounStyle | null {
  const before = /(?:^|\s)ب?[أاإ]ن\s+(\S+)\s+$/u.exec(ctx.dispatch.text.slice(Math.max(ctx.s.passage.start, hit.start - 20), hit.start))?.[1];
  return before ? styleOfPronoun(before) : null;
}

/** The last subject, when the dispatch styled that person so ("سموه" for someone written "سمو ..."). */
function styledSubject(ctx: SentenceContext, pronoun: PronounStyle): string[] | null {
  const lastSubject = ctx.salience.resolve('il');
  if (!Array.isArray(lastSubject) || lastSubject.length !== 1 || !wasStyled(ctx, lastSubject[0], styledBefore(pronoun.style))) return null;
  // "وأكدت سعادتها" right after a man styled so speaks of a woman styled so, if there is one.
  const other = ctx.registry.isFemale(lastSubject[0]) === pronoun.feminine ? null : lastStyled(ctx, pronoun)?.[0];
  return other && ctx.registry.isFemale(other) === pronoun.feminine ? null : lastSubject;
}

/** What one welcomes without meeting anyone: a decision, remarks, a proposal. */
const STANCE_OBJECT = /\b(?:contacts|dialogue|decision|decisions|remarks|statement|statements|move|initiative|step|steps|announcement|proposal|efforts|agreement|resolution|call|position|stance|outcome|results|lifting|declaration|proposition|annonce|levee|accord|resolution|demarche|appel|propos|mesure|mesures|measure|measures)\b/;

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

function mergeHits(a: Hit[], b: Hit[]): Hit[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
  // A call is one event, however many verbs describe it.
  return kept.slice(0, 1);
}

/** Future, cancelled or negated: a blocker in the same clause as the trigger, before it or close after it. */
function blocks(blockers: Hit[], triggers: Hit[], ctx: SentenceContext): boolean {
  const relatives = relativeClauses(ctx);
  // "X, who was received by Y in March, is expected to hold talks": the relative clause is a past of its own.
  const apart = (b: Hit, t: Hit) => relatives.some(([a, z]) => (t.start >= a && t.end <= z) !== (b.start >= a && b.end <= z));
  return triggers.every((t) => blockers.some((b) => {
    // "X s'est entretenu avec Y, mais la rencontre ... n'a pas eu lieu": "mais"/"but" opens another clause.
    const sameClause = !apart(b, t) && !ctx.s.tokens.some((k, n) => (k.text === ';' || (/^(?:mais|but|however|cependant|toutefois)$/.test(k.f) && ctx.s.tokens[n - 1]?.text === ',')) && k.start > Math.min(b.end, t.end) && k.end < Math.max(b.start, t.start));
    // "Une rencontre entre X et Y, prévue mardi, a été reportée": a cancellation undoes the whole clause.
    // So does the meeting's own future predicate: "The talks between X and Y are expected to focus on".
    // So does the predicate of a meeting noun: "Une rencontre entre X et Y est prévue dimanche".
    const nounCue = /^(?:reunion|rencontre|entretiens?|sommet|meeting|talks|summit)\b/.test(foldPhrase(t.text)) && /prevue?s?\b|scheduled|planned|pencil/.test(foldPhrase(b.text));
    const cancelled = nounCue || /annul|report|ajourn|postpon|cancel|called off|did not|pas eu lieu|pas (?:pu )?avoir lieu|evoque|envisage|aucune date|ordre du jour|(?:expected|due|scheduled|set|likely) to|will (?:take place|be held|focus|begin|resume)|porter sur|se tenir|avoir lieu|se tiendr|auront? lieu|porteront|portera/.test(foldPhrase(b.text));
    // "X held a video call with Y, after a planned meeting between the two was called off": the cancellation has its own meeting.
    const ownMeeting = b.start >= t.end && /\b(?:after|following|since|because|as|apres|car|alors qu|puisqu)\b.*\b(?:a|an|the|une|la|le|sa|son|leur|their|his|her)\b(?: \S+){0,2}? (?:meeting|talks|visit|trip|summit|rencontre|reunion|visite|entretien|sommet)\b/.test(foldPhrase(ctx.dispatch.text.slice(t.end, b.start)));
    return sameClause && !ownMeeting && (b.end <= t.start ? t.start - b.end < 80 : b.start - t.end < (cancelled ? 160 : 40));
  }));
}

/** People after the verb up to the next verb, outside purpose and relative clauses. */
function objectsOf(ctx: SentenceContext, hit: Hit, to: number, isCall = false, present: Set<string> = new Set()): string[] {
  const from = hit.end;
  // A meeting told in a relative clause has its objects in that clause.
  const relative = relativeClauses(ctx).find(([a, z]) => hit.start >= a && hit.end <= z);
  if (relative) to = Math.min(to, relative[1]);
  const { s, lex } = ctx;
  const toks = s.tokens;
  const excluded = nonObjectRanges(toks, from, to);
  const keys: string[] = [];
  // A verb ending in its preposition ("paid a courtesy call on", "sat down with") governs the next name.
  // "presented his credentials to", "a présenté ses lettres de créance au": the one they are presented to.
  // "a reçu la visite de X", "received a courtesy visit from X": the visitor, whom "de"/"from" governs.
  const visit = /^(?:recu|recue|recus|recues|received|had)$/.test(foldPhrase(hit.text).split(' ').pop() ?? '') && /^(?:\S+\s+){0,4}?(?:la visite (?:de|du|des)|a (?:courtesy |farewell )?visit from)\b/.test(foldPhrase(ctx.dispatch.text.slice(hit.end, hit.end + 80)));
  const ownPreposition = visit || /\b(?:on|with|avec|aupres de|between|entre|by|par)$/.test(foldPhrase(hit.text)) || /\b(?:credentials|credence|creance) (?:\S+ ){0,3}?(?:to|a|au|aux|of|from)$|\bvisit to$|\baudience\b.*\b(?:to|a|au|aux)$/.test(foldPhrase(hit.text));
  let first = true;
  // "ont ensuite tenu avec M. Chaibani une réunion": the counterpart named inside the verb phrase.
  for (const m of s.mentions) {
    if (m.kind !== 'person' || m.start < hit.start || m.end > from) continue;
    if (/\b(?:avec|with|مع)\s+(?:\S+\s+){0,4}$/.test(foldPhrase(ctx.dispatch.text.slice(hit.start, m.start)) + ' ') && !/\b(?:message|lettre|letter)\b/.test(foldPhrase(ctx.dispatch.text.slice(hit.start, m.start)))) {
      keys.push(m.key);
      ctx.objects.add(m);
    }
  }
  for (const m of s.mentions) {
    if (m.kind !== 'person' || m.start < from || m.end > to) continue;
    const governed = ownPreposition && first;
    first = false;
    // "met Viktor Orban's envoy, Peter Szijjarto": the envoy took part, not his principal.
    const next = toks.find((t) => t.start >= m.end);
    if (next && next.start === m.end && /^['’]s$/.test(next.text)) continue;
    // "met Wi Sung-lac, national security adviser to President Lee": the principal named in someone's role is not there.
    const prevPerson = s.mentions.filter((o) => o.kind === 'person' && o.end <= m.start && o.start >= from).pop();
    // "received Lamola, special envoy of President Ramaphosa", "en sa qualité d'envoyé spécial du président ..., M. Ramaphosa": nor the envoy's.
    const between = prevPerson ? `${foldPhrase(ctx.dispatch.text.slice(prevPerson.end, m.start))} ` : null;
    if (between !== null && (PRINCIPAL_IN_ROLE.test(between) || ENVOY_OF.test(between))) continue;
    // "استقبل X نيابة عن صاحب السمو أمير البلاد Y ... Z": the one on whose behalf or orders someone acts is not there.
    if (ctx.dispatch.lang === 'ar' && onBehalfOf(ctx.dispatch.text, ctx.s.mentions, m, from)) continue;
    // "..., which was also attended by X": whoever is present took part, whatever clause names them.
    const presentHere = isPresence(toks, m, lex, s.passage.start) || presenceSince(ctx, m, from);
    if (presentHere) present.add(m.key);
    if (!presentHere && excluded.some(([a, b]) => m.start >= a && m.start < b)) continue;
    const g = isOblique(toks, m, lex, s.passage.start);
    // "avec X" is the counterpart of "s'est entretenu avec"; other prepositions are not.
    // The verb's own preposition counts: "sat down with", "conferred with", "talks between".
    if (g && !governed && !isCounterpart(ctx, m, hit.start, isCall) && !presentHere) continue;
    keys.push(m.key);
    ctx.objects.add(m);
  }
  // "X a reçu les deux ministres syriens", "received the two ministers": the pair last seen together.
  const group = GROUP_OBJECT.exec(foldPhrase(ctx.dispatch.text.slice(from, Math.min(to, from + 60))));
  if (!keys.length && group) {
    const pair = ctx.salience.resolve('ils');
    // "les deux ministres syriens": not the Saudi minister seen with them.
    const country = group[1] ? lex.demonyms.get(group[1]) : undefined;
    const foreign = (k: string) => country !== undefined && (ctx.registry.participant(k).role ?? '').split(/[\s,’']+/).some((w) => { const c = lex.demonyms.get(foldPhrase(w)); return c !== undefined && c !== country; });
    if (Array.isArray(pair) && pair.length >= 2) keys.push(...pair.filter((k) => !foreign(k)));
  }
  return keys;
}

/** ", national security adviser to President", ", conseiller du président": a role that names whom its holder serves. */
const PRINCIPAL_IN_ROLE = /^\s*,\s*(?:\S+\s+){0,4}?(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|secretary|chief of staff|conseiller|conseillere|porte-parole|directeur de cabinet|chef de cabinet)\s+(?:\S+\s+){0,3}?(?:to|of|for|du|de la|de l'|de|aupres du|aupres de)\s+(?:the\s+|le\s+|la\s+)?(?:\S+\s+){0,2}$/;

/** ", special envoy of President", ", en sa qualité d'envoyé spécial du président de la République d'Afrique du Sud, M.": whom an envoy was sent by; no "and" (a list goes on). */
const ENVOY_OF = /^\s*,\s*(?:en sa qualite |in (?:his|her) capacity as |as )?(?:the |l'|le |la |d'|d’)?(?:special |personal )?(?:envoy|envoye|envoyee|emissaire|messenger|representative|representant|representante)(?: special| speciale| personnel| personnelle)? (?:of|du|de la|de l'|de)\s(?:(?!\b(?:and|et)\b)[^;:]){0,90}$/;

const GROUP_OBJECT = /^\s*(?:\S+\s+){0,3}?(?:les deux (?:ministres|responsables|dirigeants|emissaires|envoyes|hotes|visiteurs)|the two (?:\S+\s+)?(?:ministers|officials|leaders|envoys|visitors|guests))\b(?:\s+([\p{L}-]+))?/u;

function isCounterpart(ctx: SentenceContext, m: Mention, verbEnd: number, isCall: boolean): boolean {
  const before = foldPhrase(ctx.dispatch.text.slice(verbEnd, m.start));
  // "a téléphoné au président X", "phoned President X": the one called.
  if (isCall && /^(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:\S+\s+)?(?:telephone|phoned|telephoned|coup de fil|coup de telephone)\s+(?:a|au|aux|to)\s+(?:\S+\s*){0,6}$/.test(before)) return true;
  // A call comes "from" someone: "a reçu un appel de X", "received a phone call from X".
  if (isCall && /(?:^|\s)(?:from|de|du|d')\s*(?:\S+\s*){0,6}$/.test(before) && !/(?:message|lettre|letter|part|nom|behalf)\b/.test(before)) return true;
  // "received a courtesy call from X": the visitor.
  if (/\b(?:courtesy|farewell|official) (?:call|visit)s? (?:from|by)\s+(?:\S+\s*){0,6}$/.test(before)) return true;
  // "received a message from X, delivered by Minister Y": the one who brought it.
  if (/\b(?:delivered|conveyed|handed(?: over)?|carried|brought|remise?|apportee?|portee?) (?:by|par)\s+(?:\S+\s*){0,8}$/.test(before)) return true;
  // "by"/"par" names the counterpart of a passive ("was received by X"), not the author of a thing ("welcomed the statement by X").
  const passive = /\b(?:was|were|been|being|ete|etait|etaient)\b/.test(before);
  return (/(?:^|\s)(?:avec|with|et|and|entre|between|مع)(?:\s|$)/.test(before) || (passive && /(?:^|\s)(?:par|by)(?:\s|$)/.test(before))) && !/(?:message|lettre|letter|invitation|part|nom|behalf)\b/.test(before);
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

function unknownAcronymTitle(text: string, lex: Lexicon): boolean {
  const acronym = /^(\p{Lu}{2,6})\s/u.exec(text);
  return acronym !== null && !lex.names.has(foldPhrase(acronym[1]));
}

const SEQUEL = /\b(?:later|then|afterwards|subsequently|earlier|previously|separately|also|another|second|next|following|before|after|ensuite|puis|plus tard|plus tot|auparavant|apres|avant|egalement|aussi|separement|par ailleurs|de son cote|le meme jour|the same day|same day|meanwhile|elargie?s?|expanded|restricted|restreinte?s?|tete-a-tete|one-on-one)\b|وقت لاحق|لاحقا|بعد ذلك|وقت سابق|سابقا|جهة أخرى|جهة اخرى|سياق آخر|سياق منفصل|كما التقى|كما استقبل|كما اجتمع/;

const LATER = /^(?:(?:later|then|afterwards|subsequently|earlier|ensuite|plus tard|plus tot|auparavant|in the (?:evening|afternoon)|dans (?:la soiree|l'apres-midi)|the following day|le lendemain)\b|و?بعد ذلك)|^[^.]{0,60}في وقت (?:سابق|لاحق)|^و?كان(?:ت)? [^.]{0,90}?قد (?:عقد|عقدت|التقى|التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت)(?![\u0621-\u064A])/u;

const AGAIN = /\b(?:de nouveau|a nouveau|again|once more|anew)\b|مجدد|مرة أخرى|مرة اخرى/u;

function dedupeMeetings(meetings: Meeting[], text: string): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const keys = new Set(m.participants.map((p) => p.key));
    const folded = foldPhrase(m.passage.text);
    const sequel = SEQUEL.test(folded);
    // "X paid a courtesy call on Y. Y, flanked by A and B, welcomed the visiting official": the meeting just told, with more of its people.
    // "X et Y s'étaient retrouvés à Washington, où ils avaient été reçus par Z": in the same sentence, through "où"/"where".
    const last = out[out.length - 1];
    // Not a meeting that follows it ("Later, X and Y held expanded talks, joined by Z", "Une réunion élargie s'est ensuite tenue").
    if (last && last.kind === 'meeting' && m.kind === 'meeting' && !sequel && ((m.passage.n > last.passage.n && m.passage.n - last.passage.n <= 2) || (m.passage.n === last.passage.n && /,\s(?:ou|where)\s/.test(folded))) && keys.size > last.participants.length && last.participants.every((p) => keys.has(p.key)) && (!m.placeKey || !last.placeKey || m.placeKey === last.placeKey)) {
      absorb(last, m, text);
      continue;
    }
    // "received X in Aqaba, where the two leaders held talks": one meeting told twice, each with the people sentences after added to it.
    const shared = last ? last.participants.filter((p) => keys.has(p.key)).length : 0;
    if (last && last.kind === 'meeting' && m.kind === 'meeting' && m.passage.n === last.passage.n && /,\s(?:ou|where)\s/.test(folded) && shared >= 2 && (!m.placeKey || !last.placeKey || m.placeKey === last.placeKey)) {
      absorb(last, m, text);
      continue;
    }
    // "During the meeting with Lewis, the chief adviser said": a meeting already told, with fewer of its people.
    // Not one the sentence opens as coming after ("Later, X held a meeting with Y"): a meeting of its own.
    // The same sentence telling it twice ("held talks with Y ..., where they discussed") is still one meeting.
    // Nor one told as happening again ("s'étaient de nouveau retrouvés à Washington", "met again in May").
    const same = (LATER.test(folded) || AGAIN.test(folded) ? out.filter((o) => o.passage.n === m.passage.n) : out).find((o) => o.kind === m.kind && o.participants.length >= keys.size && [...keys].every((k) => o.participants.some((p) => p.key === k)) && (o.participants.length === keys.size || !m.placeKey || m.placeKey === o.placeKey));
    if (same) {
      same.place ??= m.place;
      same.placeKey ??= m.placeKey;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** One meeting told twice: the first telling takes the other's people and passage. */
function absorb(into: Meeting, other: Meeting, text: string): void {
  for (const p of other.participants) if (!into.participants.some((q) => q.key === p.key)) into.participants.push(p);
  into.evidence = widenTo(into.evidence, other.evidence, text);
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

/** Whether, between the last reporting verb and this one, "أن"/"إن" opens a clause whose subject is `found`, named after it. */
function toldAfterThat(ctx: SentenceContext, from: number, to: number, found: string[]): boolean {
  const between = ctx.dispatch.text.slice(from, to);
  const that = /(?:^|\s)(?:أن|إن|بأن|وأن)\s/u.exec(between);
  if (!that) return false;
  const clause = from + that.index + that[0].length;
  return found.every((k) => ctx.s.mentions.some((m) => m.key === k && m.start >= clause && m.end <= to)) && !/[.؛]/u.test(ctx.dispatch.text.slice(clause, to));
}
