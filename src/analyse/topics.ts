import type { Lang, Passage, Topic, TopicLabel } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength } from '../text/fold.js';

/** Topic labels a sentence is about: those whose cues occur in it. */
export function sentenceTopics(sentence: string, lang: Lang, lex: Lexicon): TopicLabel[] {
  const folded = foldSameLength(sentence);
  const labels: TopicLabel[] = [];
  for (const topic of lex.topics) {
    if (topic.cues[lang].some((re) => countMatches(re, folded) > 0)) labels.push(topic.label);
  }
  return labels;
}

/** Number of cue hits per label in a sentence, to pick the passage that best supports a label. */
export function cueHits(sentence: string, lang: Lang, lex: Lexicon, label: TopicLabel): number {
  const folded = foldSameLength(sentence);
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
  passages.forEach((p, i) => {
    for (const label of perSentence[i]) {
      const hits = cueHits(p.text, lang, lex, label);
      const current = best.get(label);
      if (!current || hits > current.hits) best.set(label, { passage: p, hits });
    }
  });
  return lex.topics.filter((t) => best.has(t.label)).map((t) => ({ label: t.label, passage: best.get(t.label)!.passage }));
}

/** A label in the reader's language. */
export function topicName(label: TopicLabel, lang: Lang, lex: Lexicon): string {
  return lex.topics.find((t) => t.label === label)?.names[lang] ?? label;
}
