import type { EntityKind, Lang } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { fold } from '../text/fold.js';
import type { Corpus } from '../search/corpus.js';
import { Best } from '../search/best.js';

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
  // Nothing or a letter or two typed (the lists Discord shows first, and the longest to rank):
  // the same for everyone until the corpus changes, so they are kept.
  if (q.length > SHORT_PREFIX) return rank(kind, q, corpus, lex, lang);
  const held = corpus.derived<Suggestion[]>('short suggestion lists');
  // Kinds × languages × two-letter prefixes stay in the low thousands; odd input cannot grow it further.
  if (held.size > MAX_KEPT_LISTS) held.clear();
  const key = `${kind}\u0000${lang}\u0000${q}`;
  let list = held.get(key);
  if (!list) held.set(key, (list = rank(kind, q, corpus, lex, lang)));
  return list;
}

const SHORT_PREFIX = 2;
const MAX_KEPT_LISTS = 20_000;

interface Scored {
  s: () => Suggestion;
  rank: number;
  count: number;
  /** Ties broken by this, a plain comparison, not localeCompare: ranking runs on every keystroke. */
  tie: string;
}

function better(a: Scored, b: Scored): boolean {
  return a.rank < b.rank || (a.rank === b.rank && (a.count > b.count || (a.count === b.count && a.tie < b.tie)));
}

function rank(kind: EntityKind | 'any' | 'topic', q: string, corpus: Corpus, lex: Lexicon, lang: Lang): Suggestion[] {
  // The best MAX_SUGGESTIONS as names are read; labels are made for those shown only.
  const best = new Best<Scored>(MAX_SUGGESTIONS, better);
  const offer = (x: Scored) => best.offer(x);
  // Topics by their name in the user's language or in the other one ("sécurité", "security").
  if (kind === 'any' || kind === 'topic') {
    for (const t of lex.topics) {
      const names = [t.names[lang === 'fr' ? 'fr' : 'en'], t.names.fr, t.names.en].map(fold);
      if (q && !names.some((n) => n.startsWith(q) || n.split(/[\s-]+/).some((w) => w.startsWith(q)))) continue;
      const s = { name: `${t.names[lang === 'fr' ? 'fr' : 'en']} (${lang === 'fr' ? 'sujet' : 'topic'})`, value: t.label };
      // Topics keep their table order among themselves.
      offer({ s: () => s, rank: q ? 0 : 2, count: 0, tie: '' });
    }
    if (kind === 'topic') return best.items.map((x) => x.s());
  }
  const table = nameTable(corpus, lex);
  const wanted = (entry: NameEntry) => entry.kind !== null && (kind === 'any' || entry.kind === kind);
  const offerEntry = (entry: NameEntry, rank: number) =>
    offer({ s: () => ({ name: (entry.labels[lang] ??= label(entry.key, entry.written, lex, lang)), value: entry.key.slice(0, 100) }), rank, count: mentions(entry), tie: entry.folded[0] ?? '' });
  if (!q) {
    for (const entry of table.entries) if (wanted(entry)) offerEntry(entry, 0);
    return best.items.map((x) => x.s());
  }
  // The spellings and words starting with q are one run of the sorted list: found by binary
  // search, not by reading every name. An entity's best rank: its name starts so (0), or a later word (1).
  const ranks = new Map<NameEntry, number>();
  for (let i = firstAtOrAfter(table.starts, q); i < table.starts.length && table.starts[i].text.startsWith(q); i++) {
    const { entry, rank } = table.starts[i];
    if (wanted(entry) && rank < (ranks.get(entry) ?? Infinity)) ranks.set(entry, rank);
  }
  for (const [entry, rank] of ranks) offerEntry(entry, rank);
  return best.items.map((x) => x.s());
}

function mentions(entry: NameEntry): number {
  let n = 0;
  for (const c of entry.counts.values()) n += c;
  return n;
}

function firstAtOrAfter(starts: NameStart[], q: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid].text < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface NameEntry {
  key: string;
  kind: EntityKind | null;
  written: string[];
  /** How many dispatches write each spelling (the corpus' own table, live), for ranking. */
  counts: ReadonlyMap<string, number>;
  folded: string[];
  words: string[];
  /** The label shown, per language, made on first use. */
  labels: Partial<Record<Lang, string>>;
}

/** A folded spelling of an entity (rank 0) or a later word of one (rank 1), in the sorted list. */
interface NameStart {
  text: string;
  entry: NameEntry;
  rank: number;
}

/** Every entity's spellings, folded and sorted once per corpus: autocomplete runs on every keystroke. */
const tables = new WeakMap<Corpus, { namesVersion: number; entries: NameEntry[]; starts: NameStart[] }>();
function nameTable(corpus: Corpus, lex: Lexicon): { entries: NameEntry[]; starts: NameStart[] } {
  // Kept while no name or spelling comes or goes (a dispatch about known people changes only
  // counts, read live): a keystroke after an update does not rebuild it.
  const cached = tables.get(corpus);
  if (cached && cached.namesVersion === corpus.namesVersion) return cached;
  const entries = [...corpus.names].map(([key, counts]) => {
    const written = [...counts.keys()];
    const folded = [...new Set([...written, ...(lex.entities.get(key)?.names ?? [])])].map((n) => fold(n));
    return { key, kind: kindOf(key, lex), written, counts, folded, words: folded.flatMap((f) => f.split(/[\s-]+/)), labels: {} };
  });
  const starts: NameStart[] = [];
  for (const entry of entries) {
    for (const text of new Set(entry.folded)) starts.push({ text, entry, rank: 0 });
    for (const text of new Set(entry.words)) starts.push({ text, entry, rank: 1 });
  }
  starts.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const table = { namesVersion: corpus.namesVersion, entries, starts };
  tables.set(corpus, table);
  return table;
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
