/**
 * Records that cross module boundaries. Everything here is plain data (JSON-serialisable),
 * so an analysis can be saved in the index snapshot and handed to any renderer.
 */

export type Lang = 'fr' | 'en' | 'ar';

/** A dispatch as loaded from a file: its text is never altered, so passages quote it verbatim. */
export interface Dispatch {
  /** Stable id derived from the text (a renamed file keeps its id). */
  id: string;
  /** Path of the file it came from, relative to the dispatch folder. */
  file: string;
  /** Index of the dispatch inside a .json array file, 0 otherwise. */
  indexInFile: number;
  title: string;
  /** ISO date YYYY-MM-DD, or null when the file does not say. */
  date: string | null;
  source: string | null;
  url: string | null;
  lang: Lang;
  /** True when the language came from the text rather than from the file's metadata. */
  langDetected: boolean;
  /** City named in the dateline ("Moscou, (SANA) –"), as written. */
  datelinePlace: string | null;
  /** Offset where the body starts (after the dateline). */
  bodyStart: number;
  text: string;
}

/** A half-open span [start, end) of a dispatch's text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence: the unit we quote and index. `text` === dispatch.text.slice(start, end). */
export interface Passage extends Span {
  dispatchId: string;
  /** Position of the sentence in its dispatch. */
  n: number;
  text: string;
}

export type EntityKind = 'person' | 'place' | 'org';

/** One occurrence of a person, place or organisation in a dispatch. */
export interface Mention extends Span {
  kind: EntityKind;
  /** The words as written in the text. */
  text: string;
  /** Entity key shared by every spelling of the same entity (Poutine = Putin). */
  key: string;
  /** Sentence index. */
  sentence: number;
  /** How the mention was found: from the alias table, a title pattern, a pronoun... */
  via: 'alias' | 'title' | 'apposition' | 'surname' | 'pronoun' | 'role' | 'pattern' | 'demonym' | 'firstname';
}

/** A person as resolved over a whole dispatch. */
export interface Person {
  key: string;
  /** Fullest name as written in the dispatch; a title ("président russe") when never named. */
  name: string;
  /** Role/title as written ("le ministre syrien des Affaires étrangères et des Expatriés"). */
  role: string | null;
}

export interface Participant {
  key: string;
  name: string;
  role: string | null;
}

export interface Meeting {
  kind: 'meeting' | 'call';
  participants: Participant[];
  /** Place as written in the dispatch, or null. */
  place: string | null;
  /** Entity key of the place (shared across languages), or null. */
  placeKey: string | null;
  /** ISO date when known. */
  date: string | null;
  /** The sentence that states the meeting. */
  passage: Passage;
  /**
   * What is cited: the stating sentence, widened to the earlier or later sentence that names a
   * participant it only refers to ("Il", "le ministre turc") or adds ("accompanied by X").
   */
  evidence: Passage;
  /** Topic labels of the sentences that report on this meeting. */
  topics: TopicLabel[];
}

export const TOPIC_LABELS = [
  'diplomacy', 'military', 'security', 'economy', 'trade', 'reconstruction', 'energy',
  'humanitarian', 'refugees', 'health', 'education', 'sovereignty', 'terrorism', 'sanctions',
  'international-law', 'elections', 'culture', 'agriculture', 'transport', 'justice',
] as const;
export type TopicLabel = (typeof TOPIC_LABELS)[number];

export interface Topic {
  label: TopicLabel;
  /** The sentence that best supports the label. */
  passage: Passage;
}

export interface Position {
  speaker: Participant;
  /** The exact words inside the quote marks, or null for reported speech only. */
  quote: string | null;
  /** What was stated: the sentence from the reporting verb on. */
  statement: string;
  passage: Passage;
  /** The passage widened to the sentence naming the speaker when the passage only says "Il". */
  evidence: Passage;
  /** Entity keys of places the passage refers to (for "what did X say about Israel"). */
  about: string[];
  topics: TopicLabel[];
}

/** Everything the analysis finds in one dispatch. */
export interface Analysis {
  dispatchId: string;
  passages: Passage[];
  mentions: Mention[];
  people: Person[];
  meetings: Meeting[];
  topics: Topic[];
  positions: Position[];
  /** Topic labels per sentence, same order as passages. */
  sentenceTopics: TopicLabel[][];
}

export type Intent = 'meetings' | 'topics' | 'positions' | 'search' | 'dispatch';

/** A question as understood: an intent and the filters it names. */
export interface Query {
  raw: string;
  lang: Lang;
  intent: Intent;
  /** Entity keys of the people named; unknown names are kept in `unknownNames`. */
  people: string[];
  places: string[];
  topics: TopicLabel[];
  /** Names in the question that match nothing in the alias table or the corpus. */
  unknownNames: string[];
  from: string | null;
  to: string | null;
  /** Words left for full-text search. */
  words: string[];
  /** Restrict to one dispatch (by id prefix or file name). */
  dispatch: string | null;
  /** Meetings only, or calls only ("Qui a appelé X ?", /meetings kind:call); absent or null: both. */
  kind?: Meeting['kind'] | null;
}

export interface Citation {
  file: string;
  dispatchId: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  passage: string;
  start: number;
  end: number;
}

/** One fact of an answer, with the citation that supports it. */
export interface AnswerItem {
  /** One line a user reads ("Vladimir Poutine a rencontré ..."). */
  text: string;
  citation: Citation;
}

export interface Answer {
  intent: Intent;
  lang: Lang;
  /** Headline: what was asked and how many facts were found, or that nothing was found. */
  summary: string;
  items: AnswerItem[];
  /** Whole answer as a user reads it (summary, items and their quoted passages). */
  text: string;
  found: boolean;
  query: Query;
}
