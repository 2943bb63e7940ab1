/**
 * Pure comparison of an analysis with a gold annotation, for scripts/eval.ts: who is the same
 * person, which meeting pairs, topics and positions agree. No I/O, so it is unit-tested on its own
 * (tests/eval-match.test.ts).
 */
import type { Lexicon } from '../src/lexicons/lexicon.js';
import { foldPhrase } from '../src/lexicons/lexicon.js';
import { fold, nameKey } from '../src/text/fold.js';

/** A person as the extractor gives it (Participant): an entity key and the name written. */
export interface PredictedPerson {
  key: string;
  name: string;
}

// ---------------------------------------------------------------- names

/** Entity key of a spelling through the alias table, or null when the table does not know it. */
export function aliasKey(name: string, lex: Lexicon): string | null {
  return lex.names.get(foldPhrase(name)) ?? null;
}

/** Rules (b) and (c): same transliteration key, or one name's words end the other ("Fidan" ~ "Hakan Fidan"). */
export function sameNameKey(a: string, b: string): boolean {
  const ka = nameKey(a).split(' ').filter(Boolean);
  const kb = nameKey(b).split(' ').filter(Boolean);
  if (ka.length === 0 || kb.length === 0) return false;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  const tail = long.slice(long.length - short.length);
  return short.every((w, i) => w === tail[i]);
}

/** Two spellings of a person, by rules (a)–(c). */
export function namesMatch(a: string, b: string, lex: Lexicon): boolean {
  const ka = aliasKey(a, lex);
  const kb = aliasKey(b, lex);
  // The alias table is authoritative when it knows both: it separates "Mohammed bin Salman"
  // from "Khalid bin Salman", which the suffix rule alone would not.
  if (ka && kb) return ka === kb;
  return sameNameKey(a, b);
}

const ARTICLES = new Set(['le', 'la', 'les', 'the', 'un', 'une', 'a', 'an']);

/** Folded words of a title or institution without articles: "le ministère syrien" → "ministere syrien". */
export function titleWords(s: string): string {
  return fold(s)
    .replace(/(^|\s)[ld]'/g, '$1')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !ARTICLES.has(w))
    .join(' ');
}

/** Rule (d) and institutions: equal, or one contains the other on word boundaries. */
export function titlesMatch(a: string, b: string): boolean {
  const ta = titleWords(a);
  const tb = titleWords(b);
  if (!ta || !tb) return false;
  return ` ${ta} `.includes(` ${tb} `) || ` ${tb} `.includes(` ${ta} `);
}

/** Title-only persons ("t:") and institutions ("o:" or an org of the alias table) match by containment. */
function isTitleOrOrg(key: string, lex: Lexicon): boolean {
  return key.startsWith('t:') || key.startsWith('o:') || lex.entities.get(key)?.kind === 'org';
}

/**
 * Does a predicted person denote the person (or title, or institution) a gold name writes?
 * The predicted name and every alias-table spelling of its key are tried, since the extractor
 * may keep the spelling of one language and the gold that of another.
 */
export function personMatches(pred: PredictedPerson, gold: string, lex: Lexicon): boolean {
  const entry = lex.entities.get(pred.key);
  const goldKey = aliasKey(gold, lex);
  if (entry && goldKey) return goldKey === pred.key;
  const spellings = [pred.name, ...(entry?.names ?? [])];
  if (spellings.some((s) => namesMatch(s, gold, lex))) return true;
  return isTitleOrOrg(pred.key, lex) && spellings.some((s) => titlesMatch(s, gold));
}

// ---------------------------------------------------------------- one-to-one matching

/** Maximum bipartite matching (augmenting paths): every item counts at most once on each side. */
export function matchOneToOne(nLeft: number, nRight: number, ok: (i: number, j: number) => boolean): Array<[number, number]> {
  const allowed = Array.from({ length: nLeft }, (_, i) => Array.from({ length: nRight }, (_, j) => ok(i, j)));
  const leftOf = new Array<number>(nRight).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < nRight; j++) {
      if (seen[j] || !allowed[i][j]) continue;
      seen[j] = true;
      if (leftOf[j] < 0 || assign(leftOf[j], seen)) {
        leftOf[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < nLeft; i++) assign(i, new Array<boolean>(nRight).fill(false));
  return leftOf.flatMap((i, j) => (i >= 0 ? [[i, j] as [number, number]] : []));
}

/** What a comparison yields: matched index pairs, and the unmatched on each side. */
export interface Comparison<P, G> {
  matched: Array<[P, G]>;
  fp: P[];
  fn: G[];
}

function compare<P, G>(pred: P[], gold: G[], ok: (p: P, g: G) => boolean): Comparison<P, G> {
  const pairs = matchOneToOne(pred.length, gold.length, (i, j) => ok(pred[i], gold[j]));
  const usedP = new Set(pairs.map(([i]) => i));
  const usedG = new Set(pairs.map(([, j]) => j));
  return {
    matched: pairs.map(([i, j]) => [pred[i], gold[j]]),
    fp: pred.filter((_, i) => !usedP.has(i)),
    fn: gold.filter((_, j) => !usedG.has(j)),
  };
}

// ---------------------------------------------------------------- participant pairs

export interface PredictedPair {
  a: PredictedPerson;
  b: PredictedPerson;
  /** Sentence that stated the first meeting yielding this pair, to show in a miss. */
  passage: string;
}

export type GoldPair = [string, string];

/** Unordered pairs of a predicted dispatch's meetings, each once (by entity key). */
export function predictedPairs(meetings: Array<{ participants: PredictedPerson[]; passage: string }>): PredictedPair[] {
  const seen = new Map<string, PredictedPair>();
  for (const m of meetings) {
    const ps = m.participants;
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const [a, b] = ps[i].key <= ps[j].key ? [ps[i], ps[j]] : [ps[j], ps[i]];
        const id = `${a.key}\n${b.key}`;
        if (a.key !== b.key && !seen.has(id)) seen.set(id, { a, b, passage: m.passage });
      }
    }
  }
  return [...seen.values()];
}

/**
 * Unordered pairs of a gold dispatch's meetings, each once: two meetings may spell one person
 * differently ("Assaad Hassan al-Chaibani", then "Assaad al-Chaibani"), so identity is by name matching.
 */
export function goldPairs(meetings: string[][], lex: Lexicon): GoldPair[] {
  const same = (x: string, y: string) => namesMatch(x, y, lex);
  const out: Array<{ pair: GoldPair; meeting: number }> = [];
  meetings.forEach((names, meeting) => {
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i], names[j]];
        // One meeting lists each of its people once: "Hamdan bin Mohamed bin Zayed" beside "Mohamed bin Zayed" is
        // two people, though the shorter name ends the longer.
        if (a === b) continue;
        if (out.some(({ pair: [x, y], meeting: k }) => k !== meeting && ((same(x, a) && same(y, b)) || (same(x, b) && same(y, a))))) continue;
        out.push({ pair: [a, b], meeting });
      }
    }
  });
  return out.map((o) => o.pair);
}

export function pairMatches(p: PredictedPair, [x, y]: GoldPair, lex: Lexicon): boolean {
  const m = (who: PredictedPerson, name: string) => personMatches(who, name, lex);
  return (m(p.a, x) && m(p.b, y)) || (m(p.a, y) && m(p.b, x));
}

export function comparePairs(pred: PredictedPair[], gold: GoldPair[], lex: Lexicon): Comparison<PredictedPair, GoldPair> {
  return compare(pred, gold, (p, g) => pairMatches(p, g, lex));
}

// ---------------------------------------------------------------- topics

export function compareTopics(pred: string[], gold: string[]): Comparison<string, string> {
  return compare([...new Set(pred)], [...new Set(gold)], (p, g) => p === g);
}

// ---------------------------------------------------------------- positions

/** A span of the dispatch text with its words; gold spans are null when the passage was not found. */
export interface PassageRef {
  text: string;
  start: number | null;
  end: number | null;
}

export interface PredictedPosition {
  speaker: PredictedPerson;
  quote: string | null;
  passage: PassageRef;
}

export interface GoldPosition {
  speaker: string;
  quote: string | null;
  passage: PassageRef;
}

/** Same sentence: one text contains the other, or the spans overlap in the dispatch text. */
export function passagesMatch(a: PassageRef, b: PassageRef): boolean {
  const ta = a.text.replace(/\s+/g, ' ').trim();
  const tb = b.text.replace(/\s+/g, ' ').trim();
  if (ta && tb && (ta.includes(tb) || tb.includes(ta))) return true;
  return a.start !== null && a.end !== null && b.start !== null && b.end !== null && a.start < b.end && b.start < a.end;
}

export interface PositionComparison extends Comparison<PredictedPosition, GoldPosition> {
  /** Predicted positions whose passage matches a gold passage, and of those, how many name a right speaker. */
  speaker: { right: number; total: number };
  /** Matched positions whose gold quote is not null, and of those, how many quote it exactly. */
  quote: { right: number; total: number; wrong: Array<[PredictedPosition, GoldPosition]> };
}

export function comparePositions(pred: PredictedPosition[], gold: GoldPosition[], lex: Lexicon): PositionComparison {
  const speakerOk = (p: PredictedPosition, g: GoldPosition) => personMatches(p.speaker, g.speaker, lex);
  const base = compare(pred, gold, (p, g) => passagesMatch(p.passage, g.passage) && speakerOk(p, g));
  const speaker = { right: 0, total: 0 };
  for (const p of pred) {
    const sameSentence = gold.filter((g) => passagesMatch(p.passage, g.passage));
    if (sameSentence.length === 0) continue;
    speaker.total++;
    if (sameSentence.some((g) => speakerOk(p, g))) speaker.right++;
  }
  const quote = { right: 0, total: 0, wrong: [] as Array<[PredictedPosition, GoldPosition]> };
  for (const [p, g] of base.matched) {
    if (g.quote === null) continue;
    quote.total++;
    if (p.quote !== null && quoteWords(p.quote) === quoteWords(g.quote)) quote.right++;
    else quote.wrong.push([p, g]);
  }
  return { ...base, speaker, quote };
}

/**
 * A quote's words: the punctuation that closes a quotation inside its marks ("... the region.”",
 * "... Seoul and Tokyo,”") is the typographer's, and writers of gold files differ on keeping it.
 */
export function quoteWords(q: string): string {
  return q.trim().replace(/[\s.,;:]+$/u, '');
}
