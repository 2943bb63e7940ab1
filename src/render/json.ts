import type { Analysis, Answer, Dispatch } from '../types.js';

/** The scriptable JSON shapes of the command line (documented in README.md). */
export function answerToJson(answer: Answer) {
  return {
    intent: answer.intent,
    lang: answer.lang,
    found: answer.found,
    text: answer.text,
    citations: answer.items.map((i) => ({ file: i.citation.file, dispatchId: i.citation.dispatchId, title: i.citation.title, date: i.citation.date, source: i.citation.source, passage: i.citation.passage, fact: i.text })),
  };
}

export function extractionToJson(d: Dispatch, a: Analysis) {
  return {
    file: d.file,
    id: d.id,
    lang: d.lang,
    title: d.title,
    date: d.date,
    source: d.source,
    datelinePlace: d.datelinePlace,
    meetings: a.meetings.map((m) => ({
      kind: m.kind,
      participants: m.participants.map((p) => ({ name: p.name, role: p.role })),
      place: m.place,
      date: m.date,
      passage: m.evidence.text,
      topics: m.topics,
    })),
    topics: a.topics.map((t) => ({ label: t.label, passage: t.passage.text })),
    positions: a.positions.map((p) => ({ speaker: { name: p.speaker.name, role: p.speaker.role }, quote: p.quote, statement: p.statement, passage: p.evidence.text })),
  };
}
