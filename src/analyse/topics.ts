import type { Lang, Passage, Topic, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength } from '../text/fold.js';
import { anyOccurs } from '../text/pattern-union.js';

/**
 * Portfolios in titles are not topics: "le ministre de la Défense" says nothing about defence,
 * "the Economy Minister" nothing about the economy. Blanked before cues are matched.
 */
const TITLE_PORTFOLIO = /\b(?:vice-)?(?:ministre|ministere|ministry|ministries|minister|commissaire|commissioner)s?\b(?: (?:[a-z]+ien|[a-z]+ienne|[a-z]+ais|[a-z]+aise|russe|turc|turque|d'etat))?(?: (?:de la|de l'|des|du|de|d'|of the|of|for|a la|charge de la|charge des))? ?[a-z'-]+(?: (?:et|and)(?: (?:des|de la|du|de l'|of|the))? [a-z'-]+)?|\b[a-z]+(?: and [a-z]+)? (?:minister|ministry)\b/g;

/** The same in Arabic: "وزير الاقتصاد والصناعة", "وزارة الطاقة", "معاون وزير الخارجية". */
const TITLE_PORTFOLIO_AR = /(?:^|\s)[وبل]?(?:ال)?(?:وزير|وزيرة|وزارة|وزراء)(?:\s+(?:و|ل)?(?:ال)[\u0600-\u06FF]+){1,3}/gu;

function withoutTitles(folded: string): string {
  return folded.replace(TITLE_PORTFOLIO, (m) => ' '.repeat(m.length)).replace(TITLE_PORTFOLIO_AR, (m) => ' '.repeat(m.length));
}

/** Each label's strong and weak cues as one list per language: one pass says whether either occurs. */
const eitherCues = new WeakMap<object, Partial<Record<Lang, RegExp[]>>>();
function anyCueOf(t: Lexicon['topics'][number], lang: Lang, folded: string): boolean {
  let held = eitherCues.get(t);
  if (!held) eitherCues.set(t, (held = {}));
  return anyOccurs((held[lang] ??= [...t.cues[lang], ...t.weak[lang]]), folded);
}

/** Topic labels a sentence (or a question) may be about: those whose cues, strong or weak, occur in it. */
export function sentenceTopics(sentence: string, lang: Lang, lex: Lexicon): TopicLabel[] {
  const folded = withoutTitles(foldSameLength(sentence));
  return lex.topics.filter((t) => anyOccurs(t.cues[lang], folded) || anyOccurs(t.weak[lang], folded)).map((t) => t.label);
}

/**
 * Topic labels of each sentence of a dispatch. A strong cue is enough; a word wires also use in
 * passing ("security", "economic", "schools") counts when the sentence names the subject of talks
 * ("The meeting tackled border security"), or when two sentences of the dispatch hold such words.
 */
export function dispatchSentenceTopics(sentences: string[], lang: Lang, lex: Lexicon): TopicLabel[][] {
  const views = sentences.map((s) => {
    const folded = withoutTitles(foldSameLength(s));
    const subject = anyOccurs(lex.topicSubjects[lang], folded);
    const strong: TopicLabel[] = [];
    const weak: TopicLabel[] = [];
    for (const t of lex.topics) {
      // One pass of the label's whole union first: most sentences hold none of its words.
      if (!anyCueOf(t, lang, folded)) continue;
      const weakSpans = anyOccurs(t.weak[lang], folded) ? t.weak[lang].map((re) => firstMatch(re, folded)).filter((x): x is [number, number] => x !== null) : [];
      // Two different passing words of one label in a sentence make it its subject: "menacent la sécurité".
      if (anyOccurs(t.cues[lang], folded) || (subject && weakSpans.length > 0) || distinctUses(weakSpans, folded) >= 2) strong.push(t.label);
      else if (weakSpans.length > 0) weak.push(t.label);
    }
    return { strong, weak };
  });
  const confirmed = new Set<TopicLabel>(views.flatMap((v) => v.strong));
  for (const t of lex.topics) if (views.filter((v) => v.weak.includes(t.label)).length >= 2) confirmed.add(t.label);
  return views.map((v) => lex.topics.map((t) => t.label).filter((l) => v.strong.includes(l) || (v.weak.includes(l) && confirmed.has(l))));
}

/** Number of cue hits per label in a sentence, to pick the passage that best supports a label. */
export function cueHits(sentence: string, lang: Lang, lex: Lexicon, label: TopicLabel): number {
  return hitsIn(withoutTitles(foldSameLength(sentence)), lang, lex, label);
}

function hitsIn(folded: string, lang: Lang, lex: Lexicon, label: TopicLabel): number {
  const topic = lex.topics.find((t) => t.label === label)!;
  return [...topic.cues[lang], ...topic.weak[lang]].reduce((n, re) => n + countMatches(re, folded), 0);
}

/**
 * How many different weak cues a sentence uses, a coordinated pair counting once: "security and
 * stability" is one stock phrase, "threats to the security of" two words about it.
 */
function distinctUses(spans: Array<[number, number]>, text: string): number {
  const hits = [...spans].sort((a, b) => a[0] - b[0]);
  let uses = hits.length;
  for (let i = 1; i < hits.length; i++) {
    if (/^\s*(?:,|and|et|&)\s*(?:la |le |l'|the |de la |du |of )?$/.test(text.slice(hits[i - 1][1], hits[i][0]))) uses--;
  }
  return uses;
}

/** Where a cue first occurs in a text, or null. */
function firstMatch(re: RegExp, text: string): [number, number] | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Dispatch-level topics: every label some sentence supports, with its best sentence. */
export function dispatchTopics(passages: Passage[], perSentence: TopicLabel[][], lang: Lang, lex: Lexicon): Topic[] {
  const best = new Map<TopicLabel, { passage: Passage; hits: number }>();
  const total = new Map<TopicLabel, number>();
  passages.forEach((p, i) => {
    const folded = perSentence[i].length ? withoutTitles(foldSameLength(p.text)) : '';
    for (const label of perSentence[i]) {
      const hits = hitsIn(folded, lang, lex, label);
      total.set(label, (total.get(label) ?? 0) + Math.max(1, hits));
      const current = best.get(label);
      if (!current || hits > current.hits) best.set(label, { passage: p, hits });
    }
  });
  // One supporting sentence is enough: words used in passing were already held back per sentence
  // (dispatchSentenceTopics), and requiring two strong cues halved recall on the development set.
  return lex.topics.filter((t) => (total.get(t.label) ?? 0) >= MIN_HITS).map((t) => ({ label: t.label, passage: best.get(t.label)!.passage }));
}

const MIN_HITS = 1;

/** A label in the reader's language. */
export function topicName(label: TopicLabel, lang: Lang, lex: Lexicon): string {
  return lex.topics.find((t) => t.label === label)?.names[lang] ?? label;
}
