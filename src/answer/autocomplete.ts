import type { EntityKind, Lang } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { fold } from '../text/fold.js';
import type { Corpus } from '../search/corpus.js';

/** One suggestion: what the user sees, and the entity key the command receives. */
export interface Suggestion {
  name: string;
  value: string;
}

export const MAX_SUGGESTIONS = 25;

/**
 * Names that start like what the user typed, in any spelling: typing "Pout" offers Vladimir
 * Putin / Poutine. Ranked: a name starting with the text, then a later word starting with it;
 * more mentioned first. With nothing typed, the most mentioned. Pure, from memory: Discord does
 * not let autocomplete wait.
 */
export function suggest(kind: EntityKind | 'any' | 'topic', typed: string, corpus: Corpus, lex: Lexicon, lang: Lang = 'en'): Suggestion[] {
  const q = fold(typed.trim()).replace(/^(al|el)-/, '');
  // Nothing typed yet (the list Discord shows on opening an option): the same for everyone until the corpus changes.
  if (!q) {
    const key = `${kind}\u0000${lang}`;
    let held = firstLists.get(corpus);
    if (!held || held.version !== corpus.version) firstLists.set(corpus, (held = { version: corpus.version, lists: new Map() }));
    let list = held.lists.get(key);
    if (!list) held.lists.set(key, (list = rank(kind, q, corpus, lex, lang)));
    return list;
  }
  return rank(kind, q, corpus, lex, lang);
}

const firstLists = new WeakMap<Corpus, { version: number; lists: Map<string, Suggestion[]> }>();

function rank(kind: EntityKind | 'any' | 'topic', q: string, corpus: Corpus, lex: Lexicon, lang: Lang): Suggestion[] {
  const scored: Array<{ s: Suggestion; rank: number; count: number }> = [];
  // Topics by their name in the user's language or in the other one ("sécurité", "security").
  if (kind === 'any' || kind === 'topic') {
    for (const t of lex.topics) {
      const names = [t.names[lang === 'fr' ? 'fr' : 'en'], t.names.fr, t.names.en].map(fold);
      if (q && !names.some((n) => n.startsWith(q) || n.split(/[\s-]+/).some((w) => w.startsWith(q)))) continue;
      scored.push({ s: { name: `${t.names[lang === 'fr' ? 'fr' : 'en']} (${lang === 'fr' ? 'sujet' : 'topic'})`, value: t.label }, rank: q ? 0 : 2, count: 0 });
    }
    if (kind === 'topic') return scored.slice(0, MAX_SUGGESTIONS).map((x) => x.s);
  }
  for (const entry of nameEntries(corpus, lex)) {
    if (entry.kind === null || (kind !== 'any' && entry.kind !== kind)) continue;
    let rank = Infinity;
    if (!q || entry.folded.some((f) => f.startsWith(q))) rank = 0;
    else if (entry.words.some((w) => w.startsWith(q))) rank = 1;
    if (rank === Infinity) continue;
    const name = (entry.labels[lang] ??= label(entry.key, entry.written, lex, lang));
    scored.push({ s: { name, value: entry.key.slice(0, 100) }, rank, count: entry.mentions });
  }
  // Plain comparison for ties, not localeCompare: with nothing typed every name is sorted, on every keystroke.
  scored.sort((a, b) => a.rank - b.rank || b.count - a.count || (a.s.name < b.s.name ? -1 : a.s.name > b.s.name ? 1 : 0));
  return scored.slice(0, MAX_SUGGESTIONS).map((x) => x.s);
}

interface NameEntry {
  key: string;
  kind: EntityKind | null;
  written: string[];
  /** How many dispatches name it (any spelling), for ranking. */
  mentions: number;
  folded: string[];
  words: string[];
  /** The label shown, per language, made on first use. */
  labels: Partial<Record<Lang, string>>;
}

/** Every entity's spellings, folded once per corpus: autocomplete runs on every keystroke. */
const entries = new WeakMap<Corpus, { version: number; list: NameEntry[] }>();
function nameEntries(corpus: Corpus, lex: Lexicon): NameEntry[] {
  const cached = entries.get(corpus);
  if (cached && cached.version === corpus.version) return cached.list;
  const list = [...corpus.names].map(([key, counts]) => {
    const written = [...counts.keys()];
    const folded = [...new Set([...written, ...(lex.entities.get(key)?.names ?? [])])].map((n) => fold(n));
    let mentions = 0;
    for (const c of counts.values()) mentions += c;
    return { key, kind: kindOf(key, lex), written, mentions, folded, words: folded.flatMap((f) => f.split(/[\s-]+/)), labels: {} };
  });
  entries.set(corpus, { version: corpus.version, list });
  return list;
}

function kindOf(key: string, lex: Lexicon): EntityKind | null {
  const known = lex.entities.get(key)?.kind;
  if (known) return known;
  if (key.startsWith('p:') || key.startsWith('t:')) return 'person';
  if (key.startsWith('o:')) return 'org';
  if (key.startsWith('l:')) return 'place';
  return null;
}

/** "Vladimir Poutine (Vladimir Putin)": the corpus' spelling, then the alias table's in the user's language. */
function label(key: string, written: string[], lex: Lexicon, lang: Lang): string {
  const longest = [...written].sort((a, b) => b.length - a.length)[0];
  const display = lex.entities.get(key)?.display[lang];
  const text = display && fold(display) !== fold(longest) ? `${longest} (${display})` : longest;
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
