import type { Query } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { entityTerm, queryVariants, words as splitWords } from './terms.js';
import { INDEX_OPTIONS } from './corpus.js';

/**
 * The full-text query of a question: one group per content word (its forms in every language,
 * ORed) and one per named entity or topic, all groups ANDed. Entity and topic groups are exact
 * tags, looked up in a table before any scoring (see Corpus.searchGroups).
 */
export interface SearchGroup {
  kind: 'word' | 'entity' | 'topic';
  terms: string[];
  /** Prefix search: only the last word, where the user may still be typing, and 4 letters or more. */
  prefix: boolean;
  /** Edit distance allowed: only for words of 7 letters or more, where a typo is likely and cheap to absorb. */
  fuzzy: number | false;
}

export function searchGroups(q: Pick<Query, 'words' | 'people' | 'places' | 'topics'>, lex: Lexicon): SearchGroup[] {
  // MiniSearch cuts every query string with the index's tokenizer: cut here, so a group's terms are exactly what is looked up.
  const cut = (xs: string[]) => [...new Set(xs.flatMap((x) => INDEX_OPTIONS.tokenize(x)))];
  const groups: SearchGroup[] = [];
  const typed = splitWords(q.words.join(' '));
  typed.forEach((w, i) => {
    const terms = cut(queryVariants(w, lex));
    if (terms.length) groups.push({ kind: 'word', terms, prefix: i === typed.length - 1 && w.folded.length >= 4, fuzzy: w.folded.length >= 7 ? 1 : false });
  });
  for (const key of [...q.people, ...q.places]) if (!key.startsWith('role:')) groups.push({ kind: 'entity', terms: cut([entityTerm(key)]), prefix: false, fuzzy: false });
  for (const label of q.topics) groups.push({ kind: 'topic', terms: [`t:${label}`], prefix: false, fuzzy: false });
  return groups;
}
