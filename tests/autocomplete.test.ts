import { describe, expect, it } from 'vitest';
import { autocompleteInputs } from '../scripts/bench-corpus.js';
import { syntheticCorpus } from './helpers.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import { MAX_SUGGESTIONS, suggest } from '../src/answer/autocomplete.js';
import { fold } from '../src/text/fold.js';

const lex = defaultLexicon();
const { corpus, world } = syntheticCorpus(300, 5, lex);

/** Every spelling of an entity the corpus or the alias table knows, folded. */
function spellings(key: string): string[] {
  const topic = lex.topics.find((t) => t.label === key);
  if (topic) return [topic.names.fr, topic.names.en].map((n) => fold(n));
  return [...(corpus.names.get(key)?.keys() ?? []), ...(lex.entities.get(key)?.names ?? [])].map((n) => fold(n));
}

describe('autocomplete', () => {
  it('offers at most 25 names, each starting like what was typed, names before later words, in either spelling', () => {
    let offered = 0;
    for (const x of autocompleteInputs(world, 120, 5)) {
      // The Arabic article alone says nothing yet: "al-" offers what nothing typed offers.
      const q = fold(x.typed).replace(/^(al|el)-/, '');
      const got = suggest(x.kind, x.typed, corpus, lex, x.lang);
      expect(got.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      const ranks = got.map((s) => {
        const names = spellings(s.value);
        // Topics match on any word of their name and come with the best names.
        if (names.some((n) => n.startsWith(q)) || lex.topics.some((t) => t.label === s.value)) return 0;
        expect(names.some((n) => n.split(/[\s-]+/).some((w) => w.startsWith(q))), `${s.name} for ${x.typed}`).toBe(true);
        return 1;
      });
      expect([...ranks].sort()).toEqual(ranks);
      offered += got.length;
    }
    expect(offered).toBeGreaterThan(1000);
  });

  it('offers Putin to "Pout" and "Put", and gives the same list to the next person who types the same letters', () => {
    for (const typed of ['Pout', 'Put', 'Po']) expect(suggest('person', typed, corpus, lex, 'en')[0]?.value, typed).toBe('vladimir-putin');
    const first = suggest('any', 'a', corpus, lex, 'fr');
    expect(first.length).toBe(MAX_SUGGESTIONS);
    expect(suggest('any', 'A', corpus, lex, 'fr')).toEqual(first);
  });
});
