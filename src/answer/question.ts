import type { Intent, Lang, Query, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import { detectLanguage } from '../text/language.js';
import { arabicProcliticForms, fold, nameKey } from '../text/fold.js';
import { MONTHS, iso } from '../text/dates.js';
import { sentenceTopics } from '../analyse/topics.js';
import type { Corpus } from '../search/corpus.js';
import { STOP_WORDS, QUESTION_WORDS } from '../search/stopwords.js';
import { words as splitWords } from '../search/terms.js';
import { oneSlipApart } from '../text/typos.js';

/**
 * Understands a question in French or English: which intent (meetings, topics, positions,
 * search) and which filters (people, places, topics, dates) it names. Names are looked up in the
 * alias table and in the names the corpus holds, across spellings.
 */

const INTENTS: Array<[Intent, RegExp]> = [
  ['topics', /\b(?:sujets?|themes?|topics?|abord\w*|discut\w*|discuss\w*|covered|traite\w*|ordre du jour|agenda|de quoi|about what|what was on)\b/],
  // "Qui a appelé à la retenue ?", "Who called for talks?": urging is a stand, not a phone call.
  ['positions', /\b(?:appel\w* (?:a|aux?)\b(?! (?:telephone|tel)\b)|called for|urged?|exhort\w*|dit|dire|declar\w*|positions?|affirm\w*|soulign\w*|pense\w*|said|say|says|stance|statements?|stated|think\w*|views?|quot\w*|citations?|condamn\w*|condemn\w*|estim\w*|stress\w*|propos)\b/],
  ['meetings', /\b(?:rencontr\w*|recu|reçu|recevoir|entretenu\w*|entretiens?|reuni\w*|meet\w*|met|received|hosted|talks|appels?|calls?|called|telephon\w*|phoned?|vu|saw|seen|visite\w*)\b/],
];

/** Words that ask for a phone call, or for meeting in person: the kind of meeting asked about when only one of them is there. */
const CALL_WORDS = /\b(?:appel\w*|telephon\w*|phone\w*|phoned|calls?|called|calling|coup de fil)\b/;
const MEETING_WORDS = /\b(?:rencontr\w*|recu|recevoir|reuni\w*|meet\w*|met|received|hosted|vu|saw|seen|visite\w*|in person|en personne)\b/;

function kindAsked(folded: string): Query['kind'] {
  const call = CALL_WORDS.test(folded);
  // "Qui a reçu un appel de X ?": receiving a call is not meeting.
  const meeting = MEETING_WORDS.test(folded.replace(/\b(?:recu|received) (?:un|a|an) (?:appel|call|phone call)\b/g, ' '));
  return call === meeting ? null : call ? 'call' : 'meeting';
}

/**
 * Arabic intent words, matched on folded words (JavaScript's \b does not see Arabic letters as
 * word characters, so the patterns above never match them): a word that starts with one of these
 * stems, after an optional conjunction ("و", "ف") or article ("ال"): "التقى", "استقبله",
 * "المواضيع", "وأكد".
 */
const ARABIC_INTENTS: Array<[Intent | 'call', RegExp]> = [
  ['topics', /^(?:[وف])?(?:ال)?(?:مواضيع|موضوع|قضايا|ملفات|ناقش|بحث|تناول|جدول)/],
  ['positions', /^(?:[وف])?(?:ال)?(?:قال|يقول|قيل|صرح|تصريح|اكد|يوكد|موقف|مواقف|راي|اعلن|دعا|ندد|ادان|شدد)/],
  ['call', /^(?:[وف])?(?:ال)?(?:اتصل|اتصال|يتصل|هاتف|مكالم)/],
  ['meetings', /^(?:[وف])?(?:ال)?(?:التقي|التقت|التقا|يلتقي|لقاء|اجتمع|اجتماع|يجتمع|استقبل|يستقبل|قابل|مقابل|زار|زيار|مباحث|محادث)/],
];

const ARABIC_LETTER = /[\u0621-\u064A]/;

function arabicIntent(folded: string): Intent | 'call' | null {
  return ARABIC_INTENTS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

/** French question inversions ("a-t-il", "ont-elles", "est-ce"): grammar, never what is asked about. */
const INVERTED_PRONOUN = /^\p{L}+-(?:t-)?(?:il|elle|on|ils|elles|ce)$/u;
const INTENT_WORDS = /^(?:sujets?|themes?|topics?|abord\w*|discut\w*|discuss\w*|covered|traite\w*|dit|dire|declar\w*|positions?|said|say|says|stance|statements?|state|states|stated|expressed|exprim\w*|affirm\w*|think|views?|rencontr\w*|recu|recevoir|entretenu\w*|meet\w*|met|received|talks|appels?|calls?|called|telephon\w*|phoned?|ont|a|ete|been|was|were|has|have|did|does|about|sur|propos|au|sujet|concernant|regarding|on|à|a|en|in|at)$/;

/**
 * The words that say what is asked, as typed correctly: a question's word one slip away from
 * one of them ("renocntres", "recevied") is read as it, for the intent and to drop it from the
 * words searched for. Six letters or more: shorter words have too many neighbours (think, thing).
 */
const INTENT_SPELLINGS = [
  'sujets', 'themes', 'topics', 'aborde', 'abordes', 'abordees', 'discute', 'discutes', 'discuss', 'discussed', 'covered', 'traite', 'traites', 'agenda',
  'declare', 'declares', 'declaration', 'declarations', 'position', 'positions', 'affirme', 'souligne', 'pense', 'stance', 'statement', 'statements', 'stated', 'think', 'views', 'quoted', 'quotes', 'citation', 'citations', 'condamne', 'condemned', 'estime', 'stressed', 'propos',
  'rencontre', 'rencontres', 'rencontrer', 'rencontrees', 'recevoir', 'entretenu', 'entretiens', 'reuni', 'meets', 'meeting', 'meetings', 'received', 'hosted', 'talks', 'appel', 'appels', 'calls', 'called', 'telephone', 'phoned', 'visite', 'visites', 'visited',
];

function asTypedRight(word: string): string {
  if (word.length < 6 || INTENT_SPELLINGS.includes(word)) return word;
  return INTENT_SPELLINGS.find((w) => w.length >= 6 && oneSlipApart(w, word)) ?? word;
}

export function parseQuestion(raw: string, corpus: Corpus, lex: Lexicon): Query {
  const question = raw.normalize('NFC').replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').slice(0, 500).trim();
  const asTyped = fold(question);
  // Slips are read as intent words only when no intent word is there as typed.
  const folded = INTENTS.some(([, re]) => re.test(asTyped)) ? asTyped : asTyped.replace(/\p{L}+/gu, asTypedRight);
  const lang: Lang = detectLanguage(question, 'en');
  const toks = splitWords(question);
  const arabicAsked = toks.map((w) => arabicIntent(w.folded)).filter((x) => x !== null);
  const intent = INTENTS.find(([, re]) => re.test(folded))?.[0] ?? arabicIntentAsked(arabicAsked) ?? 'search';
  const used = new Set<number>();
  const people: string[] = [];
  const places: string[] = [];
  const unknownNames: string[] = [];
  const corpusNames = nameTable(corpus);
  // Longest spelling first, over the alias table then the corpus' own names.
  for (let i = 0; i < toks.length; i++) {
    for (let n = Math.min(5, toks.length - i); n >= 1; n--) {
      const written = toks.slice(i, i + n).map((w) => w.raw).join(' ');
      const phrase = foldPhrase(written);
      if (lex.acronyms.has(phrase) && written !== written.toUpperCase()) continue;
      // "Turkish", "turc": a nationality, read below with the title it qualifies (or as the country).
      if (n === 1 && lex.demonyms.has(phrase)) continue;
      const key =
        lex.names.get(phrase) ?? corpusNames.get(phrase) ?? (n === 1 && toks[i].cap ? corpusNames.get(`#${nameKey(toks[i].raw)}`) : undefined) ??
        // "بالشيباني", "لبوتين": a preposition written onto the name.
        (n === 1 && ARABIC_LETTER.test(phrase) ? arabicProcliticForms(phrase).map((p) => lex.names.get(p) ?? corpusNames.get(p)).find(Boolean) : undefined);
      if (!key) continue;
      const kind = lex.entities.get(key)?.kind ?? (key.startsWith('p:') || key.startsWith('t:') ? 'person' : 'place');
      (kind === 'person' ? people : places).push(key);
      for (let k = i; k < i + n; k++) used.add(k);
      i += n - 1;
      break;
    }
  }
  // Titles with a nationality: "le ministre turc", "the Turkish minister".
  const roles: string[] = [];
  toks.forEach((w, i) => {
    if (used.has(i)) return;
    const country = lex.demonyms.get(foldPhrase(w.raw));
    if (!country) return;
    const near = [toks[i - 1], toks[i + 1], toks[i - 2], toks[i + 2]].filter(Boolean);
    const title = near.find((x) => lex.titles.has(foldPhrase(x.raw)));
    used.add(i);
    if (title) {
      roles.push(`role:${country}:${fold(title.raw).slice(0, 5)}`);
      const at = toks.indexOf(title);
      used.add(at);
      // The portfolio is part of the title, not words to find in the passage: "the Turkish
      // foreign minister", "le ministre libanais des Affaires étrangères".
      for (const step of [-1, 1]) {
        for (let k = at + step; k >= 0 && k < toks.length && Math.abs(k - at) <= 5; k += step) {
          const f = foldPhrase(toks[k].raw);
          if (k === i || lex.portfolio.has(f)) used.add(k);
          else if (!STOP_WORDS.has(f)) break;
        }
      }
    } else places.push(country);
  });
  // A title with no nationality, when nobody is named: "Who met the UN envoy?", "Qu'a dit le
  // porte-parole ?": anyone written with that title (and the organisation named beside it).
  if (people.length === 0 && roles.length === 0) {
    const at = toks.findIndex((w, i) => !used.has(i) && lex.titles.has(foldPhrase(w.raw)));
    if (at >= 0) {
      const orgs = places.filter((k) => lex.entities.get(k)?.kind === 'org');
      const org = orgs.length === 1 ? orgs[0] : '';
      roles.push(`role:${org}:${fold(toks[at].raw).slice(0, 5)}`);
      used.add(at);
      if (org) places.splice(places.indexOf(org), 1);
    }
  }
  // Capitalised words we know nothing about: a name, kept whole ("Joe Biden"). Arabic has no
  // capitals: there, any word of an asking question that is no title, portfolio or topic word is
  // taken for a name ("من التقى ترامب؟").
  const arabicName = (w: (typeof toks)[number]) =>
    intent !== 'search' && ARABIC_LETTER.test(w.raw) && sentenceTopics(w.raw, 'ar', lex).length === 0 && !arabicIntent(w.folded);
  let current: string[] = [];
  const flush = () => {
    if (current.length) unknownNames.push(current.join(' '));
    current = [];
  };
  for (const [i, w] of toks.entries()) {
    const unknown = !used.has(i) && (w.cap || arabicName(w)) && i > 0 && !STOP_WORDS.has(w.folded) && !QUESTION_WORDS.has(w.folded) && !lex.titles.has(w.folded) && !lex.portfolio.has(w.folded);
    if (!unknown) {
      flush();
      continue;
    }
    current.push(w.raw);
    used.add(i);
  }
  flush();
  const topics = [...new Set<TopicLabel>([...sentenceTopics(question, 'fr', lex), ...sentenceTopics(question, 'en', lex), ...(lang === 'ar' ? sentenceTopics(question, 'ar', lex) : []), ...topicNames(folded, lex)])];
  const { from, to } = dateRange(folded);
  const asked = intent === 'topics' ? topics.filter((l) => new RegExp(`\\b${l}\\b`).test(folded)) : topics;
  // A word that only names a topic already asked for ("refugees") is that topic's filter, not a
  // second condition on the same sentence.
  const onlyTopic = (raw: string) => {
    const labels = [...sentenceTopics(raw, 'fr', lex), ...sentenceTopics(raw, 'en', lex), ...(lang === 'ar' ? sentenceTopics(raw, 'ar', lex) : [])];
    return labels.length > 0 && labels.every((l) => asked.includes(l));
  };
  const words = toks
    .filter((w, i) => !used.has(i) && !STOP_WORDS.has(w.folded) && !QUESTION_WORDS.has(w.folded) && !INTENT_WORDS.test(asTypedRight(w.folded)) && !arabicIntent(w.folded) && !INVERTED_PRONOUN.test(w.folded) && !/^\d{4}$/.test(w.folded) && !MONTHS[w.folded])
    .filter((w) => !onlyTopic(w.raw))
    .map((w) => w.raw);
  return {
    raw: question,
    lang,
    intent,
    people: [...new Set([...people, ...roles])],
    places: [...new Set(places)],
    topics: asked,
    unknownNames,
    from,
    to,
    words: intent === 'search' ? words : words.filter((w) => !lex.titles.has(fold(w))),
    dispatch: null,
    kind: intent === 'meetings' ? (arabicAsked.length ? arabicKindAsked(arabicAsked) : kindAsked(folded)) : null,
  };
}

/** The intent of an Arabic question: the first asked in the order of ARABIC_INTENTS; a call is a meeting of kind call. */
function arabicIntentAsked(asked: Array<Intent | 'call'>): Intent | null {
  const first = ARABIC_INTENTS.find(([intent]) => asked.includes(intent))?.[0];
  return first === undefined ? null : first === 'call' ? 'meetings' : first;
}

function arabicKindAsked(asked: Array<Intent | 'call'>): Query['kind'] {
  const call = asked.includes('call');
  const meeting = asked.includes('meetings');
  return call === meeting ? null : call ? 'call' : 'meeting';
}

/** Options of a structured command (/meetings, /topics, /positions), as typed or picked. */
export interface QueryOptions {
  intent: Intent;
  lang: Lang;
  /** People: an entity key picked from autocomplete, or a name as typed. */
  people?: Array<string | null | undefined>;
  /** A place, a person, a topic, a dispatch id or free words. */
  about?: string | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  /** Meetings only or calls only (/meetings kind). */
  kind?: Query['kind'];
}

/**
 * Builds a Query from command options, resolving each name the way a question's names are:
 * entity keys from autocomplete pass through, typed names go through the alias table and corpus.
 */
export function queryFromOptions(o: QueryOptions, corpus: Corpus, lex: Lexicon): Query {
  const query: Query = { raw: '', lang: o.lang, intent: o.intent, people: [], places: [], topics: [], unknownNames: [], from: o.from ?? null, to: o.to ?? null, words: [], dispatch: null, kind: o.kind ?? null };
  const describe: string[] = [];
  const addEntity = (value: string, asPlace: boolean): boolean => {
    const key = resolveName(value, corpus, lex);
    if (!key) return false;
    const kind = lex.entities.get(key)?.kind ?? (key.startsWith('p:') || key.startsWith('t:') ? 'person' : key.startsWith('o:') ? 'org' : 'place');
    if (kind === 'person' || (kind === 'org' && !asPlace)) query.people.push(key);
    else query.places.push(key);
    return true;
  };
  for (const p of o.people ?? []) {
    if (!p?.trim()) continue;
    describe.push(p);
    if (!addEntity(p.trim(), false)) query.unknownNames.push(p.trim());
  }
  if (o.place?.trim()) {
    describe.push(o.place);
    if (!addEntity(o.place.trim(), true)) query.unknownNames.push(o.place.trim());
  }
  const about = o.about?.trim();
  if (about) {
    describe.push(about);
    const dispatch = findDispatch(about, corpus);
    if (dispatch) query.dispatch = dispatch;
    else if (!addEntity(about, true)) {
      const topics = [...new Set([...sentenceTopics(about, 'fr', lex), ...sentenceTopics(about, 'en', lex), ...topicNames(fold(about), lex)])];
      if (topics.length) query.topics = topics;
      else query.words = splitWords(about).filter((w) => !STOP_WORDS.has(w.folded)).map((w) => w.raw);
    }
  }
  query.raw = describe.join(' ');
  return query;
}

/** Entity key for a name as typed or picked: an entity key itself, an alias, a corpus name, or a transliteration. */
export function resolveName(value: string, corpus: Corpus, lex: Lexicon): string | null {
  if (lex.entities.has(value) || corpus.names.has(value)) return value;
  const phrase = foldPhrase(value);
  const table = nameTable(corpus);
  const direct = lex.names.get(phrase) ?? table.get(phrase) ?? lex.demonyms.get(phrase);
  if (direct) return direct;
  const words = value.split(/\s+/);
  return table.get(`#${nameKey(words[words.length - 1])}`) ?? null;
}

/** A dispatch named by id (or its first characters, at least 6) or by file name. */
export function findDispatch(value: string, corpus: Corpus): string | null {
  const v = value.trim().toLowerCase();
  for (const d of corpus.dispatches.values()) {
    if ((v.length >= 6 && d.id.startsWith(v)) || d.file.toLowerCase() === v || d.file.toLowerCase().split('/').pop() === v) return d.id;
  }
  return null;
}

/** Topic labels named outright ("sécurité", "economy"). */
function topicNames(folded: string, lex: Lexicon): TopicLabel[] {
  return lex.topics.filter((t) => [t.names.fr, t.names.en, t.label].some((n) => new RegExp(`\\b${fold(n)}\\b`).test(folded))).map((t) => t.label);
}

/**
 * Folded name (and "#"+transliteration key of single words) → entity key, from the corpus; kept
 * while no name or spelling comes or goes, so a question after an update does not rebuild it.
 */
const tables = new WeakMap<Corpus, { namesVersion: number; table: Map<string, string> }>();
export function nameTable(corpus: Corpus): Map<string, string> {
  const cached = tables.get(corpus);
  if (cached && cached.namesVersion === corpus.namesVersion) return cached.table;
  const table = new Map<string, string>();
  for (const [key, names] of corpus.names) {
    // Someone only ever named by title ("Saudi minister") is found through the title, as a role:
    // as a name, the title would stand for one dispatch's minister instead of all of them.
    if (key.startsWith('t:')) continue;
    for (const name of names.keys()) {
      table.set(foldPhrase(name), key);
      const parts = name.split(/\s+/);
      if (key.startsWith('p:') || /^[a-z]/.test(key)) {
        table.set(`#${nameKey(parts[parts.length - 1])}`, key);
        if (!table.has(foldPhrase(parts[parts.length - 1]))) table.set(foldPhrase(parts[parts.length - 1]), key);
      }
    }
  }
  tables.set(corpus, { namesVersion: corpus.namesVersion, table });
  return table;
}

/** "en mars 2025", "in March 2025", "le 3 mars 2025", "en 2025", "depuis 2024", "before May 2025". */
export function dateRange(folded: string): { from: string | null; to: string | null } {
  const monthNames = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
  const day = new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${monthNames})\\s+(\\d{4})\\b|\\b(${monthNames})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(folded);
  let from: string | null = null;
  let to: string | null = null;
  if (day) {
    const d = day[1] ? iso(+day[3], MONTHS[day[2]], +day[1]) : iso(+day[6], MONTHS[day[4]], +day[5]);
    from = to = d;
  } else {
    const month = new RegExp(`\\b(${monthNames})\\s+(\\d{4})\\b`).exec(folded);
    const year = /\b(19|20)(\d{2})\b/.exec(folded);
    if (month) {
      const y = +month[2];
      const m = MONTHS[month[1]];
      from = iso(y, m, 1);
      to = iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
    } else if (year) {
      from = `${year[0]}-01-01`;
      to = `${year[0]}-12-31`;
    }
  }
  if (from && /\b(?:depuis|since|apres|after|a partir)\b/.test(folded)) to = null;
  if (to && /\b(?:avant|before|until|jusqu)\b/.test(folded)) from = null;
  return { from, to };
}
