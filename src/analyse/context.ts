import type { Dispatch, Mention, Passage, Span } from '../types.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import type { Token } from '../text/tokens.js';
import type { PeopleRegistry } from './people.js';
import type { Salience } from './salience.js';
import type { eventCues } from './events.js';
import { foldSameLength } from '../text/fold.js';
import { isArabicVerb, objectStyleAt } from './arabic-names.js';

/**
 * What the analysis of one sentence works with (its tokens and mentions, the sentences read
 * before, who is salient), and the evidence span every fact cites.
 */

export interface SentenceView {
  passage: Passage;
  tokens: Token[];
  mentions: Mention[];
}

export interface SentenceContext {
  /** Sentences already read, for evidence spans. */
  history: SentenceView[];
  /** Mentions already taken as objects of an earlier verb of the sentence: not subjects. */
  objects: Set<Mention>;
  dispatch: Dispatch;
  lex: Lexicon;
  s: SentenceView;
  registry: PeopleRegistry;
  salience: Salience;
  cues: ReturnType<typeof eventCues>;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * The stating sentence, widened back to the latest sentence that names each person it only
 * refers to, so every fact shown has its names inside the quoted span. A person named only
 * further on ("Le ministre a souligné ... » Le ministre, X, a ajouté") widens it forward to
 * the first sentence naming them.
 */
export function evidenceFor(ctx: SentenceContext, keys: string[]): Passage {
  const { s, dispatch } = ctx;
  let start = s.passage.start;
  let end = s.passage.end;
  // Someone known only by title ("t:") is named by that title.
  const named = (v: SentenceView, key: string) => v.mentions.some((m) => m.key === key && (m.via !== 'role' || key.startsWith('t:')));
  for (const key of keys) {
    if (named(s, key)) continue;
    // Wires are short: the naming sentence is a few lines up, however far, and the span stays verbatim.
    const earlier = ctx.history.filter((v) => v.passage.n < s.passage.n && named(v, key));
    const latest = earlier[earlier.length - 1];
    if (latest) start = Math.min(start, latest.passage.start);
    else {
      const later = ctx.history.find((v) => v.passage.n > s.passage.n && named(v, key));
      if (later) end = Math.max(end, later.passage.end);
    }
  }
  return { ...s.passage, start, end, text: dispatch.text.slice(start, end) };
}

/** The evidence widened to cover a span too: a sentence that adds to a fact, or the same fact told again. */
export function widenTo(evidence: Passage, span: Span, text: string): Passage {
  const start = Math.min(evidence.start, span.start);
  const end = Math.max(evidence.end, span.end);
  return { ...evidence, start, end, text: text.slice(start, end) };
}

/** The style word right before a name, with at most three words (السيد، الشيخ، الدكتور، "ولي العهد الشيخ") between: not the pronoun "سموه". */
export function styledBefore(style: string): RegExp {
  // "صاحبِ الجلالةِ السُّلطان": short vowels written on the style's last letter.
  return new RegExp(`${style.replace(/ة$/u, '[ةه]')}[\u064B-\u0652]*(?![\u0621-\u064A])\\s+(?:\\S+\\s+){0,3}$`, 'u');
}

/** An honorific pronoun: the style it stands for ("سمو", "معالي", "سيادة") and whether it is feminine ("سعادتها"). */
export interface PronounStyle {
  style: string;
  feminine: boolean;
}

/** "سموه", "معاليه", "سيادتها": the style a pronoun stands for, or null. */
export function styleOfPronoun(word: string): PronounStyle | null {
  // "وأكّد جلالتُه": short vowels may be written on it.
  const m = /^(سمو|معالي|فخامت|جلالت|سيادت|سعادت|دولت)(ه|ها)$/u.exec(word.replace(/[\u064B-\u0652]/gu, ''));
  return m ? { style: m[1].replace(/ت$/u, 'ة'), feminine: m[2] === 'ها' } : null;
}

/** "سموه", "معاليه": the last person the dispatch styled so ("سمو وزير الخارجية", "صاحب السمو الأمير X"). */
export function lastStyled(ctx: SentenceContext, pronoun: PronounStyle, thisSentence = false): string[] | null {
  const styleRe = styledBefore(pronoun.style);
  // "وأكدت سعادتها" after a styled man and a styled woman: the one of the pronoun's gender, when the dispatch
  // marks anyone styled so as a woman; else the last styled so.
  const styledKey = (fits: (key: string) => boolean) => lastPersonWhere(ctx, (v, m) => fits(m.key) && styledMention(ctx, v, m, styleRe), thisSentence);
  const anyWoman = styledKey((k) => ctx.registry.isFemale(k));
  const key = anyWoman ? styledKey((k) => ctx.registry.isFemale(k) === pronoun.feminine) ?? styledKey(() => true) : styledKey(() => true);
  // "وقال سعادته" where no one was styled so: "سعادة" is an ambassador's style, so the last ambassador.
  const envoy = !key && pronoun.style === 'سعادة' ? lastPersonWhere(ctx, (_, m) => m.kind === 'person' && /سفير/u.test(ctx.registry.participant(m.key).role ?? ''), thisSentence) : null;
  return key ? [key] : envoy ? [envoy] : null;
}

/** Whether the words just before a mention match `style` ("سعادة السيد X", "Sheikh X"). */
export function styledMention(ctx: SentenceContext, v: SentenceView, m: Mention, style: RegExp): boolean {
  // "صاحب السمو أمير البلاد الشيخ X": up to three words of title between the style and the name.
  const from = Math.max(v.passage.start, m.start - 32);
  const styled = style.exec(ctx.dispatch.text.slice(from, m.start));
  // "معالي وزير أوروبا والشؤون الخارجية في الجمهورية الفرنسية جان نويل بارو": the style opens a longer role.
  const role = !styled && m.kind === 'person' ? (m as Mention & { role?: string | null }).role : null;
  const roleAt = role ? ctx.dispatch.text.lastIndexOf(role, m.start) : -1;
  // (Not a role that runs over another's style: "صاحب السمو رئيس الدولة وجلالة الملك" is two people's.)
  const roleStyled = roleAt >= v.passage.start && style.test(/^(?:\S+\s+){1,2}/u.exec(role!)?.[0] ?? '') && !role!.split(/\s+/).some((w) => w.startsWith('و') && ctx.lex.honorifics.has(foldSameLength(w.slice(1))));
  if (!styled && !roleStyled) return false;
  const at = styled ? from + styled.index : roleAt;
  // "رحب سمو ولي العهد بدولة رئيس الوزراء الباكستاني": a style with "ب" between opens the verb's object, styled its own way.
  if (v.tokens.some((t, k) => t.start > at && t.end <= m.start && objectStyleAt(v.tokens, k))) return false;
  // "ومدير مكتب جلالة الملك المهندس X": the style of the king the office serves, in construct after "مكتب", styles no one here.
  const wordBefore = /([\u0621-\u064A]+)\s*$/u.exec(ctx.dispatch.text.slice(Math.max(v.passage.start, at - 20), at));
  if (wordBefore && (ctx.lex.portfolio.has(foldSameLength(wordBefore[1])) || ctx.lex.titles.has(foldSameLength(wordBefore[1])))) return false;
  // Not the object after a preposition ("ورحب صاحب السمو رئيس الدولة بالرئيس الإندونيسي"), nor one after another person the style names,
  // nor one after a verb ("جلالة الملك المعظم يستقبل وزير الخارجية المصري": the style is the subject's).
  return !/^[بلك]ال/u.test(m.text) && !v.mentions.some((o) => o !== m && o.kind === 'person' && o.start >= at && o.end <= m.start) && !v.tokens.some((t) => t.start > at && t.end <= m.start && isArabicVerb(t, ctx.lex));
}

/** Whether some mention of this person so far, this sentence included, is styled so. */
export function wasStyled(ctx: SentenceContext, key: string, style: RegExp): boolean {
  return [...ctx.history, ctx.s].some((v) => v.mentions.some((m) => m.key === key && styledMention(ctx, v, m, style)));
}

/** The last person mentioned who passes `test`, in the sentences before this one (and in this one, when asked). */
export function lastPersonWhere(ctx: SentenceContext, test: (v: SentenceView, m: Mention) => boolean, thisSentence: boolean): string | null {
  const views = [...ctx.history.filter((h) => h.passage.n < ctx.s.passage.n), ...(thisSentence ? [ctx.s] : [])];
  for (const v of views.reverse()) {
    const m = v.mentions.filter((x) => x.kind === 'person' && test(v, x)).pop();
    if (m) return m.key;
  }
  return null;
}
