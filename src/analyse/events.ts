import type { Lang, Mention } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength } from '../text/fold.js';
import { anyOccurs } from '../text/pattern-union.js';

/** A pattern hit in a sentence, with offsets into the dispatch text. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping hits of a pattern set in `text[from, to)`, in text order. */
export function findHits(patterns: RegExp[], text: string, from: number, to: number): Hit[] {
  const folded = foldSameLength(text.slice(from, to));
  const hits: Hit[] = [];
  if (!anyOccurs(patterns, folded)) return hits;
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ start: from + m.index, end: from + m.index + m[0].length, text: text.slice(from + m.index, from + m.index + m[0].length) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

export interface EventCues {
  meetings: Hit[];
  calls: Hit[];
  callVerbs: Hit[];
  blockers: Hit[];
  reporting: Hit[];
}

/** "ثلاثة سفراء جدد": "new" after a plural noun, not "جدّد" (renewed). */
const NEW_ONES = /[\u0621-\u064A]{2,}(?:اء|ين|ون)\s+جدد$/u;

/** After "رحب": the visit or the visitor welcomed ("بزيارة", "بالرئيس الفنلندي", "بدولة رئيس الوزراء"), with up to four words of subject before. */
const WELCOMED_GUEST = /^\s*(?:\S+\s+){0,4}?ب(?:زيار|ضيف|ال(?:رئيس|ضيف|وزير|أمير|امير|ملك|وفد|مبعوث|زائر)|دول[ةه]\s|سمو|فخام|معالي|جلال)/u;

export function eventCues(text: string, from: number, to: number, lang: Lang, lex: Lexicon): EventCues {
  // "al-Shaibani called Iraqi Foreign Minister Fuad Hussein": "called" is a call only when a name or title follows.
  const calls = findHits(lex.call[lang], text, from, to).filter((h) => (!/^called$/i.test(h.text.trim()) || /^\s*\p{Lu}/u.test(text.slice(h.end, h.end + 3))) &&
      // "a appelé X à poursuivre les réformes" urges; "a appelé X pour lui présenter ses condoléances" calls.
      (!/appel[ée]$/i.test(h.text) || !/^(?:(?!\s(?:pour|afin|au sujet|concernant|sur|dans|lors|au cours)\s)[^.;,])*?\s(?:à|aux?)\s/u.test(text.slice(h.end, to))));
  return {
    // "واستضافة اللاجئين": the verbal noun ("ة" after the verb's letters) hosts no one.
    meetings: findHits(lex.meeting[lang], text, from, to).filter((h) => lang !== 'ar' || text[h.end] !== 'ة'),
    calls,
    // The verbs of a call only matter in a sentence that tells of one.
    callVerbs: calls.length ? findHits(lex.callVerbs[lang], text, from, to) : [],
    blockers: findHits(lex.blockers[lang], text, from, to),
    // "ورحب سموه بزيارة X", "رحب سمو ولي العهد بدولة رئيس الوزراء": welcoming a visitor is a courtesy of the meeting, not a view.
    // "إضافة إلى" is not "أضاف": a one-word cue ends its word.
    reporting: (lang === 'ar' ? findHits(lex.reporting[lang], text, from, to).filter((h) => !insideArabicWord(text, h.start) && !(!/\s/.test(h.text) && ARABIC_LETTER.test(text[h.end] ?? ' ')) && !(/رحب/u.test(h.text.replace(/[\u064B-\u0652]/gu, '')) && WELCOMED_GUEST.test(text.slice(h.end, h.end + 40))) && !NEW_ONES.test(text.slice(Math.max(from, h.start - 12), h.end))) : findHits(lex.reporting[lang], text, from, to)),
  };
}

/**
 * '"... before it is declared," X told reporters': a verb inside the quoted words is the speaker's, no attribution,
 * when the sentence has one outside them, the verb is not among the quote's first words and no one is named in the
 * quote before it ('"The president stressed that ...," Peskov said' relays the president).
 */
export function withoutQuotedReporting(cues: EventCues, text: string, from: number, to: number, mentions: Mention[]): EventCues {
  const spans = quotedSpans(text, from, to);
  if (!spans.length) return cues;
  const inside = (h: Hit) => spans.find(([a, b]) => h.start > a && h.end < b);
  if (!cues.reporting.some((h) => !inside(h))) return cues;
  const reporting = cues.reporting.filter((h) => {
    const span = inside(h);
    // A verb among the quote's first words opens it ('who "highly appreciated ..."', '"The president stressed that ..."').
    return !span || text.slice(span[0] + 1, h.start).split(/\s+/).filter(Boolean).length <= 3 || mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && m.start > span[0] && m.end <= h.start);
  });
  return { ...cues, reporting };
}

/** [open, close] offsets of each closed quotation in the sentence: “…”, «…», "…" (straight marks paired in order). */
function quotedSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || c === '«') open = i;
    else if ((c === '”' || c === '»') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  return spans;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** "جدد" in "المتجددة": an Arabic verb cue starts a word, after "و" or "ف" at most ("وأكد", "فأكد"). */
function insideArabicWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  if (!ARABIC_LETTER.test(before)) return false;
  return !/[وف]/.test(before) || ARABIC_LETTER.test(text[at - 2] ?? ' ');
}
