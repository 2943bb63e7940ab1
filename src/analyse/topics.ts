import type { Lang, Passage, Topic, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength } from '../text/fold.js';

/**
 * Portfolios in titles are not topics: "le ministre de la Défense" says nothing about defence,
 * "the Economy Minister" nothing about the economy. Blanked before cues are matched.
 */
const TITLE_PORTFOLIO = /\b(?:vice-)?(?:ministre|ministere|ministry|ministries|minister|commissaire|commissioner)s?\b(?: (?:[a-z]+ien|[a-z]+ienne|[a-z]+ais|[a-z]+aise|russe|turc|turque|d'etat))?(?: (?:de la|de l'|des|du|de|d'|of the|of|for|a la|charge de la|charge des))? ?[a-z'-]+(?: (?:et|and)(?: (?:des|de la|du|de l'|of|the))? [a-z'-]+)?|\b[a-z]+(?: and [a-z]+)? (?:minister|ministry)\b/g;

function withoutTitles(folded: string): string {
  return folded.replace(TITLE_PORTFOLIO, (m) => ' '.repeat(m.length));
}

/** Topic labels a sentence is about: those whose cues occur in it. */
export function sentenceTopics(sentence: string, lang: Lang, lex: Lexicon): TopicLabel[] {
  const folded = withoutTitles(foldSameLength(sentence));
  const labels: TopicLabel[] = [];
  for (const topic of lex.topics) {
    if (topic.cues[lang].some((re) => countMatches(re, folded) > 0)) labels.push(topic.label);
  }
  return labels;
}

/** Number of cue hits per label in a sentence, to pick the passage that best supports a label. */
export function cueHits(sentence: string, lang: Lang, lex: Lexicon, label: TopicLabel): number {
  const folded = withoutTitles(foldSameLength(sentence));
  const topic = lex.topics.find((t) => t.label === label)!;
  return topic.cues[lang].reduce((n, re) => n + countMatches(re, folded), 0);
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
    for (const label of perSentence[i]) {
      const hits = cueHits(p.text, lang, lex, label);
      total.set(label, (total.get(label) ?? 0) + Math.max(1, hits));
      const current = best.get(label);
      if (!current || hits > current.hits) best.set(label, { passage: p, hits });
    }
  });
  // Measured on the development set: requiring two cues per label halves recall for a small gain
  // in precision (annotators label topics mentioned once), so one cue is enough.
  return lex.topics.filter((t) => (total.get(t.label) ?? 0) >= MIN_HITS).map((t) => ({ label: t.label, passage: best.get(t.label)!.passage }));
}

const MIN_HITS = 1;

/** A label in the reader's language. */
export function topicName(label: TopicLabel, lang: Lang, lex: Lexicon): string {
  return lex.topics.find((t) => t.label === label)?.names[lang] ?? label;
}
