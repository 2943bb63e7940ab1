import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import type { Lang } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { fold, foldPhraseSafe, nameKey } from '../text/fold.js';
import { STOP_WORDS } from './stopwords.js';
import { charClassAt, wordEnd } from '../text/char-class.js';

/**
 * How text becomes index terms, and a question becomes query terms. Both sides fold accents and
 * case and split elisions; the text side stems in its own language, while a query word is tried
 * with every language's stem (the question may be English and the dispatch French). Names also
 * index as entity keys ("e:vladimir-putin") and transliteration keys ("n:shibani"), so Poutine
 * finds Putin and al-Chaibani finds al-Shaibani.
 */

const STEMMERS: Record<Lang, (w: string) => string> = { fr: stemFrench, en: stemEnglish, ar: stemArabic };

export interface Word {
  raw: string;
  folded: string;
  cap: boolean;
}

/** Words of a text, elisions split off, folded. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // Elisions need no splitting: a word never holds an apostrophe ("l’armée" is "l" and "armée").
  eachWord(text, (raw) => out.push({ raw, folded: fold(raw), cap: /^\p{Lu}/u.test(raw) }));
  return out;
}

/** The index term of an entity: one token, whatever its key holds ("p:nabil mualem" has a space). */
export function entityTerm(key: string): string {
  return `e:${key.replace(/\s+/g, '_')}`;
}

/**
 * Stems by language, remembered: a wire's vocabulary is small and repeats, and stemming is most
 * of the cost of indexing. Bounded, so an odd corpus cannot grow it without limit.
 */
const STEM_CACHE_LIMIT = 200_000;
const stemCache: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map(), ar: new Map() };

export function stem(word: string, lang: Lang): string {
  const cache = stemCache[lang];
  const held = cache.get(word);
  if (held !== undefined) return held;
  const lower = word.toLowerCase();
  const result = /^\d+$/.test(lower) ? lower : fold(STEMMERS[lang](lower));
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

const wordTermCache: Record<Lang, Map<string, string[]>> = { fr: new Map(), en: new Map(), ar: new Map() };

/** Index terms of a passage in its own language. */
export function textTerms(text: string, lang: Lang): string[] {
  const terms: string[] = [];
  const cache = wordTermCache[lang];
  eachWord(text, (word) => {
    let held = cache.get(word);
    if (held === undefined) {
      held = termsOfWord(word, lang);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(word, held);
    }
    for (const t of held) terms.push(t);
  });
  return terms;
}

/**
 * The words of a text (runs of letters and digits, joined by inner hyphens), read
 * character by character: every passage of every dispatch goes through here, and a regular
 * expression's match objects were most of the cost.
 */
export function eachWord(text: string, visit: (word: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (wordCharAt(text, i) === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    // An inner hyphen joins two runs: "al-Chaibani", "vice-président".
    const end = wordEnd(text, i, wordCharAt, isHyphen);
    visit(text.slice(i, end));
    i = end;
  }
}

const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

/** The length (1 or 2 code units) of the letter or digit at a position, or 0 when there is none (ASCII letters and digits read by code). */
const wordCharAt = charClassAt(/^[\p{L}\p{N}]$/u);

/** The terms one written word indexes as: its stem, and its name key when capitalised. */
function termsOfWord(raw: string, lang: Lang): string[] {
  const folded = fold(raw);
  if (folded.length < 2 || STOP_WORDS.has(folded)) return [];
  const out = [stem(raw, lang)];
  if (/^\p{Lu}/u.test(raw) && folded.length >= 3) out.push(`n:${nameKey(raw)}`);
  return out;
}

/** Alternatives for one query word: its stem in each language, and its name and entity keys. */
export function queryVariants(word: Word, lex: Lexicon): string[] {
  if (word.folded.length < 2 || STOP_WORDS.has(word.folded)) return [];
  const variants = new Set<string>([stem(word.raw, 'fr'), stem(word.raw, 'en')]);
  if (/[\u0600-\u06FF]/.test(word.raw)) variants.add(stem(word.raw, 'ar'));
  if (word.folded.length >= 3) variants.add(`n:${nameKey(word.raw)}`);
  const key = lex.names.get(foldPhraseSafe(word.raw)) ?? lex.demonyms.get(foldPhraseSafe(word.raw));
  if (key) variants.add(entityTerm(key));
  // The same word in the other language: "support" also looks for "soutien".
  for (const translation of lex.glossary.get(word.folded) ?? []) {
    for (const w of translation.split(/\s+/)) {
      variants.add(stem(w, 'fr'));
      variants.add(stem(w, 'en'));
    }
  }
  return [...variants];
}
