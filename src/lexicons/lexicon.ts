import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind, Lang, TopicLabel } from '../types.js';
import { TOPIC_LABELS } from '../types.js';
import { fold, foldSameLength, nameKey, oneSpace } from '../text/fold.js';

/**
 * The lexicons, read from the JSON files beside this module and compiled once: the alias table
 * (people, places, organisations), role words, event patterns and topic cues. Analysis takes a
 * Lexicon as an argument so it stays pure, and a user can extend the JSON without touching code.
 */

export interface EntityEntry {
  key: string;
  kind: EntityKind;
  /** Every known spelling, as written in the table. */
  names: string[];
  /** Preferred display name per language (first spelling in that script/language). */
  display: Partial<Record<Lang, string>>;
  /** Titles the person is known by ("président russe"), to resolve a title used alone. */
  roles: string[];
}

export interface PatternSet {
  fr: RegExp[];
  en: RegExp[];
  ar: RegExp[];
}

export interface TopicEntry {
  label: TopicLabel;
  names: Record<Lang, string>;
  /** Words that say what a sentence is about. */
  cues: PatternSet;
  /** Words also used in passing ("security and stability"): they count twice over, or in a sentence naming the subject of talks. */
  weak: PatternSet;
}

export interface Lexicon {
  /** Hash of the lexicon files: a changed lexicon invalidates saved analyses. */
  digest: string;
  /** Folder the lexicon was read from (worker threads read it again), or null when built in memory. */
  source: string | null;
  entities: Map<string, EntityEntry>;
  /** Folded spelling (words joined by one space) → entity key. */
  names: Map<string, string>;
  /** Transliteration key of a known person's full name or unique surname → entity key. */
  personKeys: Map<string, string>;
  /** Spellings that are acronyms (WHO, UN, EU): they match only when written in capitals. */
  acronyms: Set<string>;
  /** Longest spelling in words, to bound the look-ahead. */
  maxNameWords: number;
  /** Folded demonym ("israeliennes") → place key ("israel"). */
  demonyms: Map<string, string>;
  /** Keys of the places that have a demonym: the countries, not the cities or regions. */
  countries: Set<string>;
  titles: Set<string>;
  /** Every word of a multi-word title ("premier" of "premier ministre"), so roles are read whole. */
  titleParts: Set<string>;
  maxTitleWords: number;
  honorifics: Set<string>;
  portfolio: Set<string>;
  nonPersonWords: Set<string>;
  firstNames: Set<string>;
  /** Common given names in Latin script: a capitalised pair opening with one is a person, with no title needed. */
  givenNames: Set<string>;
  /** Title words that are also family names ("King", "Bishop"). */
  titleSurnames: Set<string>;
  /** Arabic forebears' and families' names with their article, that are common words too ("الصباح"). */
  lineageNames: Set<string>;
  /** Words that end a name written without capitals (Arabic: "اليوم", "في", "مع"). */
  nameStops: Set<string>;
  /** Feminine titles and honorifics ("présidente", "Mme", "الوزيرة"), to tell who "elle"/"she" is. */
  femaleWords: Set<string>;
  femaleFirstNames: Set<string>;
  /** Head words of institutions in Arabic script ("وزارة"), without the article. */
  institutionsAr: Set<string>;
  /** Adjectives that qualify a title without naming a country ("onusien", "arabe", "régional"). */
  qualifiers: Set<string>;
  meeting: PatternSet;
  call: PatternSet;
  callVerbs: PatternSet;
  blockers: PatternSet;
  reporting: PatternSet;
  singularPronouns: Set<string>;
  pluralPronouns: Set<string>;
  groupSubjects: string[];
  /** Who else took part ("accompanied by", "en présence de", "بحضور"), over folded text. */
  attendance: RegExp;
  /** A cue right before a name that makes it someone present ("attended by", "en présence de"). */
  presence: RegExp;
  topics: TopicEntry[];
  /** Phrases that introduce the subject of talks ("discussed", "a porté sur", "تناول"). */
  topicSubjects: PatternSet;
  /** Folded word → its translations (English ↔ French), for questions across languages. */
  glossary: Map<string, string[]>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
let cached: Lexicon | null = null;

/** The lexicon shipped in src/lexicons, compiled on first use. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon(HERE);
  return cached;
}

export function loadLexicon(dir: string): Lexicon {
  const hash = createHash('sha256');
  const read = (name: string): any => {
    const path = join(dir, name);
    try {
      const raw = readFileSync(path, 'utf8');
      hash.update(raw);
      return JSON.parse(raw);
    } catch (err) {
      throw new Error(`Lexicon: cannot read ${name}: ${(err as Error).message}`);
    }
  };
  const lex = compileLexicon(read('entities.json'), read('roles.json'), read('events.json'), read('topics.json'), read('glossary.json'));
  lex.digest = hash.digest('hex').slice(0, 16);
  lex.source = dir;
  return lex;
}

/** Folds one token or phrase the way text tokens are folded, words joined by one space. */
export function foldPhrase(s: string): string {
  return oneSpace(foldSameLength(s)).trim();
}

/** Whether a folded name is one the alias table lists as a place ("canada", "middle east", "المملكة المتحدة"). */
export function isPlaceName(lex: Lexicon, folded: string): boolean {
  return lex.entities.get(lex.names.get(folded) ?? '')?.kind === 'place';
}

export function compileLexicon(entitiesJson: any, rolesJson: any, eventsJson: any, topicsJson: any, glossaryJson: any = { pairs: [] }): Lexicon {
  const glossary = new Map<string, string[]>();
  const personKeys = new Map<string, string>();
  const surnameOwners = new Map<string, Set<string>>();
  for (const [en, fr] of glossaryJson.pairs as Array<[string, string]>) {
    for (const [a, b] of [[en, fr], [fr, en]]) {
      const k = fold(a);
      glossary.set(k, [...(glossary.get(k) ?? []), b]);
    }
  }
  const entities = new Map<string, EntityEntry>();
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const acronyms = new Set<string>();
  let maxNameWords = 1;
  const kinds: Array<[string, EntityKind]> = [['people', 'person'], ['places', 'place'], ['orgs', 'org']];
  for (const [section, kind] of kinds) {
    for (const e of entitiesJson[section] ?? []) {
      const entry: EntityEntry = { key: e.key, kind, names: e.names, display: displayNames(e.names), roles: e.roles ?? [] };
      entities.set(e.key, entry);
      for (const n of e.names as string[]) {
        const f = foldPhrase(splitForMatch(n));
        names.set(f, e.key);
        if (/^[A-Z.]{2,6}$/.test(n)) acronyms.add(f);
        if (kind === 'person' && !/[\u0600-\u06FF]/.test(n)) {
          const words = n.split(/\s+/);
          if (words.length > 1) personKeys.set(nameKey(n), e.key);
          const last = nameKey(words[words.length - 1]);
          // "Hussein bin Abdullah": the word after "bin" is the father's name, no family name ("Sheikh Abdullah" is someone else).
          const fathers = words.length > 1 && /^(?:bin|ben|ibn|bint|ould|ibnu)$/i.test(words[words.length - 2]);
          if (last.length >= 4 && !fathers) surnameOwners.set(last, new Set([...(surnameOwners.get(last) ?? []), e.key]));
        }
        maxNameWords = Math.max(maxNameWords, f.split(' ').length);
      }
      for (const d of (e.demonyms ?? []) as string[]) for (const form of demonymForms(foldPhrase(d))) if (!demonyms.has(form) || form === foldPhrase(d)) demonyms.set(form, e.key);
    }
  }
  for (const [last, owners] of surnameOwners) if (owners.size === 1 && !personKeys.has(last)) personKeys.set(last, [...owners][0]);
  const titles = new Set<string>();
  let maxTitleWords = 1;
  for (const lang of ['fr', 'en', 'ar'] as const) {
    for (const t of rolesJson.titles[lang] as string[]) {
      const f = foldPhrase(t);
      titles.add(f);
      maxTitleWords = Math.max(maxTitleWords, f.split(' ').length);
    }
  }
  const adverbs = (eventsJson.adverbs as string[]).map(escapeRegExp).sort((a, b) => b.length - a.length);
  const adv = `(?:(?:${adverbs.join('|')}),? )*`;
  const patterns = (group: any): PatternSet => ({
    fr: (group.fr ?? []).map((p: string) => compilePattern(p, 'fr', adv)),
    en: (group.en ?? []).map((p: string) => compilePattern(p, 'en', adv)),
    ar: (group.ar ?? []).map((p: string) => compilePattern(p, 'ar', adv)),
  });
  const topics: TopicEntry[] = [];
  for (const label of TOPIC_LABELS) {
    const t = topicsJson.labels[label];
    if (!t) throw new Error(`Lexicon: topics.json has no entry for "${label}"`);
    // The strong cues of a label are one alternation: one scan of a sentence per label, not one per word.
    const cue = (list: Partial<Record<Lang, string[]>> | undefined, lang: Lang, combine: boolean): RegExp[] => {
      const sources = (list?.[lang] ?? []).map((c: string) => (lang === 'ar' ? arabicArticle(c) : `\\b(?:${c})\\b`));
      if (combine && sources.length) return [compilePattern(sources.map((x) => `(?:${x})`).join('|'), lang, adv)];
      return sources.map((x) => compilePattern(x, lang, adv));
    };
    // Weak cues stay apart: how many different ones a sentence uses matters.
    const set = (list: Partial<Record<Lang, string[]>> | undefined, combine: boolean): PatternSet => ({ fr: cue(list, 'fr', combine), en: cue(list, 'en', combine), ar: cue(list, 'ar', combine) });
    topics.push({ label, names: { fr: t.fr, en: t.en, ar: t.ar }, cues: set(t.cues, true), weak: set(t.weak, false) });

  }
  const pron = eventsJson.pronouns;
  return {
    digest: 'inline',
    source: null,
    entities,
    names,
    personKeys,
    acronyms,
    maxNameWords,
    demonyms,
    countries: new Set(demonyms.values()),
    titles,
    titleParts: new Set([...titles].filter((t) => t.includes(' ')).flatMap((t) => t.split(' ')).filter((w) => w.length > 3 && !['des', 'the', 'and'].includes(w))),
    maxTitleWords,
    honorifics: new Set((rolesJson.honorifics as string[]).map(foldPhrase)),
    portfolio: new Set([...rolesJson.portfolio.fr, ...rolesJson.portfolio.en, ...(rolesJson.portfolio.ar ?? [])].map(foldPhrase)),
    nonPersonWords: new Set((rolesJson.nonPersonWords as string[]).map(foldPhrase)),
    firstNames: new Set((rolesJson.firstNames as string[]).map(foldPhrase)),
    givenNames: new Set(((rolesJson.givenNames ?? []) as string[]).map(foldPhrase)),
    titleSurnames: new Set(((rolesJson.titleSurnames ?? []) as string[]).map(foldPhrase)),
    lineageNames: new Set(((rolesJson.lineageNames ?? []) as string[]).map(foldPhrase)),
    nameStops: new Set(((rolesJson.nameStops?.ar ?? []) as string[]).map(foldPhrase)),
    femaleWords: new Set(((rolesJson.female?.words ?? []) as string[]).map(foldPhrase)),
    femaleFirstNames: new Set(((rolesJson.female?.firstNames ?? []) as string[]).map(foldPhrase)),
    institutionsAr: new Set(((rolesJson.institutions?.ar ?? []) as string[]).map(foldPhrase)),
    qualifiers: new Set((rolesJson.demonymsExtra as string[]).map(foldPhrase)),
    meeting: patterns(eventsJson.meeting),
    call: patterns(eventsJson.call),
    callVerbs: patterns(eventsJson.callVerbs),
    blockers: patterns(eventsJson.blockers),
    reporting: patterns(eventsJson.reporting),
    singularPronouns: new Set([...pron.fr.singular, ...pron.en.singular, ...pron.ar.singular].map(foldPhrase)),
    pluralPronouns: new Set([...pron.fr.plural, ...pron.en.plural, ...pron.ar.plural].map(foldPhrase)),
    groupSubjects: (eventsJson.groupSubjects as string[]).map(foldPhrase),
    attendance: new RegExp(`\\b(?:${(eventsJson.attendance?.latin ?? []).join('|')})\\b${(eventsJson.attendance?.arabic ?? []).map((a: string) => `|${a}`).join('')}`),
    presence: new RegExp(`\\b(?:${(eventsJson.presence?.latin ?? []).join('|')})${(eventsJson.presence?.arabic ?? []).map((a: string) => `|${a}`).join('')}`),
    topics,
    topicSubjects: patterns(topicsJson.subjectCues ?? {}),
    glossary,
  };
}

/**
 * A demonym and its French feminine and plural forms, so the table lists one form per country:
 * "saoudien" also gives "saoudienne(s)", "saoudiens"; "marocain" "marocaine(s)"; "emirati" "emiratis".
 */
export function demonymForms(d: string): string[] {
  if (/[\u0600-\u06FF\s]/.test(d)) return [d];
  const forms = [d];
  if (d.endsWith('ien')) forms.push(`${d}ne`, `${d}s`, `${d}nes`);
  else if (d.endsWith('ienne')) forms.push(d.slice(0, -2), `${d}s`, `${d.slice(0, -2)}s`);
  else if (/(?:ain|and|ais|ois|an|ol|i)$/.test(d)) forms.push(`${d}e`, `${d}es`, d.endsWith('s') ? d : `${d}s`);
  else if (d.endsWith('e')) forms.push(`${d}s`);
  return [...new Set(forms)];
}

/** Spellings are matched token by token, so split them the way the tokenizer splits text. */
function splitForMatch(name: string): string {
  return name.replace(/(\p{L})['’]s\b/gu, '$1 ’s').replace(/^([lLdD])['’]/u, '$1’ ');
}

function displayNames(all: string[]): Partial<Record<Lang, string>> {
  const arabic = all.find((n) => /[\u0600-\u06FF]/.test(n));
  const latin = all.filter((n) => !/[\u0600-\u06FF]/.test(n));
  // The table lists the French spelling first and the English one second where they differ.
  return { fr: latin[0], en: latin[1] && fold(latin[1]) !== fold(latin[0]) && isFullName(latin[1], latin[0]) ? latin[1] : latin[0], ar: arabic };
}

function isFullName(candidate: string, first: string): boolean {
  return candidate.split(/\s+/).length >= Math.min(2, first.split(/\s+/).length);
}

const ARABIC_MARKS = '[\\u064B-\\u065F\\u0640]*';

function compilePattern(source: string, lang: Lang, adv: string): RegExp {
  // An auxiliary may be followed by a comma before its adverbs: "a, pour sa part, assuré".
  let src = source.replace(/\) ADV/g, '),? ADV').replace(/ADV/g, adv);
  if (lang === 'ar') {
    // Fold the letters only: folding the whole source would turn "\\S" into "\\s".
    // A letter with a quantifier after it ("حضرت?") keeps the quantifier on the letter with its marks.
    src = src.replace(/[^\x00-\x7F]/g, (c) => foldSameLength(c)).replace(/([\u0621-\u064A])(?=([?*+{])?)/g, (_, letter: string, quantified: string | undefined) => (quantified ? `(?:${letter}${ARABIC_MARKS})` : `${letter}${ARABIC_MARKS}`));
  }
  try {
    return new RegExp(src, 'gu');
  } catch (err) {
    throw new Error(`Lexicon: bad pattern /${source}/ (${lang}): ${(err as Error).message}`);
  }
}

/** "السيادة" also after "ل", which drops the article's alif: "لسيادة", "للقانون". */
function arabicArticle(cue: string): string {
  return cue.replace(/^ال/, '(?:ال|ل)');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
