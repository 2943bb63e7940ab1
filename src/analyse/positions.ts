import type { Mention, Position, TopicLabel } from '../types.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import type { Hit } from './events.js';
import { ARABIC_COMMA } from './arabic-names.js';
import { evidenceFor, lastStyled, styleOfPronoun, unique, type SentenceContext } from './context.js';
import { closedRelativeSubject, openingTitleSubject, pronounBefore, relativeAntecedent, subjectOf } from './subjects.js';
import { SPOKESPERSON } from './people.js';
import { isOblique } from './clauses.js';

/**
 * Positions: who states a view in a sentence (after "selon", before or after a reporting verb,
 * through a participle, in Arabic after the verb) and the first words quoted.
 */

// Double single quotes (‘’…’’ or ''…'') are APS's quotation marks; one pair of single quotes marks a term.
const QUOTE = /«\s*([^»]+?)\s*»|“([^”]+)”|"([^"]+)"|‘’([^’]+?)’’|''([^']+?)''|‘([^’]{3,})’/gu;

export function positionsFor(ctx: SentenceContext, found: string[], topics: TopicLabel[]): Position[] {
  const { s, cues, dispatch } = ctx;
  if (found.length === 0) return [];
  // "The Kremlin said that Putin reiterated...": the position is the person's, not the relay's.
  const people = found.filter((k) => !isOrgKey(k, ctx));
  // LANA puts names in quotation marks ('وأكد "المنفي"'): a person's name is no quote.
  const names = new Set(s.mentions.filter((m) => m.kind === 'person').map((m) => m.text));
  const quote = firstQuote(s.passage.text, names);
  // An institution that "said" a meeting took place or a visit is planned reports an event, not a position.
  const stance = cues.reporting.some((r) => !NEUTRAL_VERB.test(foldPhrase(r.text)));
  const reportsEvent = cues.meetings.length > 0 || cues.calls.length > 0 || cues.blockers.length > 0;
  // "Talks between X and Y focused on ..., a spokesperson for Y said": an event reported, not a view
  // (the verb closes the sentence, or its clause: "..., a été annulé, a indiqué le ministère, sans en préciser la raison";
  // in "X, who met Y, said he expected ..." it opens the view).
  const eventBeforeVerb = [...cues.meetings, ...cues.calls, ...cues.blockers].some((h) => cues.reporting.every((r) => h.end <= r.start));
  const attribution = !quote && !stance && eventBeforeVerb && cues.reporting.every((r) => /,\s*(?!(?:who|which|qui|lequel|laquelle|that)\b)(?:\S+\s+){0,8}$/i.test(dispatch.text.slice(Math.max(s.passage.start, r.start - 80), r.start)) && dispatch.text.slice(r.end, s.passage.end).split(',')[0].trim().split(/\s+/).length <= 4 && !/^\s*(?:\S+\s+){0,3}?(?:that|que|qu'|qu’)/i.test(dispatch.text.slice(r.end, s.passage.end)));
  if (attribution) return [];
  const speakers = people.length ? people : quote || stance || !reportsEvent ? found : [];
  const about = unique(s.mentions.filter((m) => m.kind === 'place').map((m) => m.key));
  const statementFrom = cues.reporting[0]?.start ?? s.passage.start;
  return speakers.map((key) => ({
    speaker: ctx.registry.participant(key),
    quote,
    statement: dispatch.text.slice(statementFrom, s.passage.end).trim(),
    passage: s.passage,
    evidence: evidenceFor(ctx, [key]),
    about,
    topics,
  }));
}

export function isOrgKey(key: string, ctx: SentenceContext): boolean {
  return key.startsWith('o:') || ctx.lex.entities.get(key)?.kind === 'org';
}

/** Words naming a social network or a site right before its name in quotation marks. */
const PLATFORM_BEFORE = /(?:منصة|منصه|حسابه|حسابها|موقع|تطبيق|platform|plateforme|réseau social|reseau social|account on|compte)\s*(?:على\s*|de\s*|on\s*)?(?:منصة\s*|منصه\s*)?$/iu;

/** "في تصريح لـ", "في حديث خاص لـ": a statement to the agency whose name follows in quotation marks. */
const TOLD_AGENCY_BEFORE = /(?:تصريح|تصريحات|حديث|مقابلة|مقابله)\s+(?:خاص[ةه]?\s+)?لـ?\s*$/u;

function firstQuote(sentence: string, names: Set<string> = new Set()): string | null {
  QUOTE.lastIndex = 0;
  let m = QUOTE.exec(sentence);
  // 'عبر منصة "إكس"', 'sur le réseau social « X »': the name of a platform is no quote either.
  // 'في تصريح لـ"وفا"': nor is the agency someone spoke to.
  const platform = (at: number) => { const before = sentence.slice(Math.max(0, at - 24), at); return PLATFORM_BEFORE.test(before) || TOLD_AGENCY_BEFORE.test(before); };
  while (m && (names.has((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim()) || platform(m.index))) m = QUOTE.exec(sentence);
  // Single quotes mark a term ("a so-called 'buffer zone'"): double quotes elsewhere in the sentence hold the words said.
  while (m && m[6] !== undefined) {
    const next = QUOTE.exec(sentence);
    if (!next) break;
    if (next[6] === undefined) m = next;
  }
  QUOTE.lastIndex = 0;
  if (!m) return null;
  const q = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]).trim();
  return q.length >= 2 ? q : null;
}

export const NEUTRAL_VERB = /(?:^|\s)(?:said|says|told|added|noted|stated|explained|confirmed|indique|precise|ajoute|(?<!s'est |se sont )dit|explique|fait savoir|confirme|note|according to|selon|d'apres|[وف]?(?:قال|قالت|ذكرت|اضاف|اضافت|اوضح|اوضحت|صرح)|وفق|بحسب)$/;

const PARTICIPLE = /^(?:soulignant|affirmant|reaffirmant|reiterant|declarant|condamnant|denoncant|appelant|estimant|saluant|exprimant|insistant|assurant|rappelant|precisant|ajoutant|notant|qualifiant|rejetant|exhortant|mettant en garde|plaidant|stressing|affirming|reaffirming|reiterating|declaring|condemning|denouncing|calling|urging|warning|welcoming|expressing|emphasi[sz]ing|underlining|noting|describing|asserting|insisting|rejecting|praising|accusing|saying|adding)/;

const ARABIC_PREPOSITIONS = /^(?:في|من|الي|إلى|على|عن|مع|لدى|لدي)$/u;

/**
 * The subject after an Arabic verb: the first person or institution before the clause's comma
 * ("أشار مدير الرعاية في الوزارة الدكتور وليد الخطيب": not "الوزارة", which is in the role), with
 * the people joined to it by "و" ("وأكد الصفدي والشيباني").
 */
/** "أن", "بأن", "إن": the word that opens a reported clause. */
const ARABIC_THAT = /^(?:أن|ان|إن|بأن|بان)$/u;
/** Verbs that only tell ("وقال", "وأوضح"), whose subject may relay someone else's stance after "إن". */
const TELLING = /^[وف]?(?:قال|قالت|أوضح|أوضحت|أضاف|أضافت|ذكر|ذكرت|صرح|صرحت|أفاد|أفادت)$/u;
/** A stance taken, in the past tense, folded (no hamza, no shadda): "أكد", "شدد", "جدد", "أعرب", "دعا", "رحب". */
const STANCE_VERB_AR = /^(?:اكد|شدد|جدد|اعرب|دعا|رحب|اشاد|ثمن|حذر|طالب|ابدي)(?:ت)?$/u;

/** "أن الرئيس السيسي رحب ...": the person named right after "أن" (a title word at most between), before that person's verb; not a spokesperson. */
function subjectAfterThat(ctx: SentenceContext, from: number, to: number): string | undefined {
  return subjectMentionAfterThat(ctx, from, to)?.key;
}

function subjectMentionAfterThat(ctx: SentenceContext, from: number, to: number): Mention | undefined {
  const text = ctx.dispatch.text;
  // The verb may open a quotation: 'أن الرئيس محمود عباس "لن يسمح ..."'.
  // One word may stand between, the person's style or title ("أن الرئيس السيسي"), not a noun the name is in construct
  // with ("أن زيارة الخليفي تأتي": the visit is the subject).
  const styleOrTitle = (gap: string) => gap === '' || ctx.lex.honorifics.has(foldPhrase(gap)) || ctx.lex.titles.has(foldPhrase(gap)) || ctx.lex.titles.has(foldPhrase(gap).replace(/^ال/u, ''));
  const m = ctx.s.mentions.find((x) => x.kind === 'person' && x.start > from && x.end <= to && /^\s*(?:\S+\s+)?$/u.test(text.slice(from, x.start)) && styleOrTitle(text.slice(from, x.start).trim()) && /^\s+["“«]?[\u0621-\u064A]/u.test(text.slice(x.end, x.end + 4)));
  return m && !isSpokesperson(ctx, m.key) ? m : undefined;
}

export function isSpokesperson(ctx: SentenceContext, key: string): boolean {
  return SPOKESPERSON.test(foldPhrase(ctx.registry.participant(key).role ?? ''));
}

function arabicSpeakers(ctx: SentenceContext, trig: Hit): string[] {
  const { s } = ctx;
  // "وأوضح أن ...": "أن" right after the verb leaves the subject in the verb; whoever is named in the clause is not it.
  const after = s.tokens.find((t) => t.start >= trig.end);
  if (after && ARABIC_THAT.test(after.text)) return [];
  // "شدد معاليه أمام السفيرة الإيطالية": a styled pronoun right after the verb is its subject, whoever is named after.
  const style = after ? styleOfPronoun(after.text) : null;
  // Before the dispatch has styled anyone so: the host of the meeting told ("تسلم الزياني أوراق ... شدد معاليه").
  if (style) return lastStyled(ctx, style) ?? (ctx.salience.lastHost ? [ctx.salience.lastHost] : []);
  const comma = s.tokens.find((t) => t.start >= trig.end && (t.text === '،' || t.text === ',' || t.text === '.'));
  const limit = Math.min(comma?.start ?? s.passage.end, trig.end + 90);
  const inRole = (m: Mention) => {
    const prev = [...s.tokens].reverse().find((t) => t.end <= m.start);
    return prev !== undefined && ARABIC_PREPOSITIONS.test(prev.f);
  };
  const near = s.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= trig.end && m.start < limit);
  // "وشدد أمام السفيرة X": a person after a preposition is whom the words were addressed to, no subject.
  const first = near.find((m) => (m.kind === 'person' && !/^(?:امام|أمام)$/u.test([...s.tokens].reverse().find((t) => t.end <= m.start)?.f ?? '')) || (!inRole(m) && m.start - trig.end <= 30));
  if (!first) return [];
  const keys = [first.key];
  let last = first;
  for (const m of near.filter((x) => x.start > first.start && x.kind === 'person')) {
    const gap = ctx.dispatch.text.slice(last.end, m.start);
    // "وأكد سمو وزير الخارجية ومعالي الوزير الفرنسي", "وأعرب المشير منير ومعالي الفريق الركن X": "و" on the style or
    // title of the next subject.
    const styledNext = /^\s*و[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,4}\s*$/u.exec(gap) !== null && ((w) => ctx.lex.honorifics.has(w) || ctx.lex.titles.has(w))(foldPhrase(gap.trim().split(/\s+/)[0].slice(1)));
    if (!styledNext && (!/^\s*(?:و\s*)?$/u.test(gap) || !(/^و/u.test(m.text) || /و\s*$/u.test(gap)))) break;
    keys.push(m.key);
    last = m;
  }
  return unique(keys);
}

/**
 * Whether the words after an Arabic verb open, within a few words, a clause "أن ..." (or "إلى أن ...") whose first
 * words match `opening`: what is told, and so whose view it is or whether it is one.
 */
function thatClauseOpens(after: string, words: number, opening: string): boolean {
  let re = THAT_CLAUSES.get(opening + words);
  if (!re) THAT_CLAUSES.set(opening + words, (re = new RegExp(`^\\s*(?:\\S+\\s+){0,${words}}?(?:إلى\\s+)?(?:أن|ان)\\s+${opening}`, 'u')));
  return re.test(after);
}
const THAT_CLAUSES = new Map<string, RegExp>();

/** After "said": the meeting as the subject of what it covered ("the meeting discussed", "l'entretien a porté sur"), folded. */
const MEETING_COVERED = /^\s*(?:that\s+|que\s+|qu')?(?:(?:the|their|l'|la|le|les|cet|cette|ces)\s*(?:meeting|talks|call|discussions|conversation|entretien|rencontre|entretiens|echanges|audience|seance de travail)|the two(?: (?:sides|ministers|leaders|officials|men))?|les deux(?: (?:parties|ministres|responsables|hommes))?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|(?:a|ont|avait|avaient)\s+(?:egalement\s+|aussi\s+)?)?(?:discussed|covered|touched|tackled|focused|addressed|dealt|reviewed|centred|centered|porte|portaient|permis d'evoquer|permis de passer en revue)\b/;

/** "A U.S. official", "Un responsable européen", "Two diplomats": a source the dispatch does not name. */
const UNNAMED_SOURCE = /^\s*(?:an?|one|two|several|une?|deux|plusieurs)\s+(?:[^\s,]+\s+){0,3}?(?:officials?|diplomats?|sources?|responsables?|diplomates?|aides?)\b/i;

/** Bodies that speak as one, besides the lexicon's institutions: "المجلس", "اللجنة", "المنظمة". */
const OTHER_BODY_HEADS = /^(?:مجلس|لجن[ةه]|برلمان|اتحاد|جامع[ةه]|منظم[ةه]|مكتب)$/u;

/** "..., which both sides have said they want": the sides as the subject right before the verb, no one person. */
export function sidesBefore(ctx: SentenceContext, trig: Hit): boolean {
  const { s, dispatch } = ctx;
  return /\b(?:which|that|qui|que)\s+(?:both|the two|les deux) (?:sides|parties|countries|governments|cotes|pays|gouvernements)(?:\s+\S+)?\s*$/.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, trig.start - 60), trig.start)));
}

/**
 * "Le ministre « condamne ... », a indiqué le porte-parole du Quai d'Orsay, X", "The prime minister remains
 * committed ..., his spokesman said": the one the sentence opens on, whom the spokesperson speaks for.
 */
export function spokenFor(ctx: SentenceContext, trig: Hit, spokesperson: string): string | null {
  const { s, dispatch } = ctx;
  // An unnamed "son porte-parole" is an institution-like mention; it speaks for someone too.
  const unnamedSpokesperson = /^o:(?:porte-parole|spokes(?:man|woman|person))/.test(spokesperson);
  // The attribution closes the sentence: no "que"/"that" after the verb opens a clause of its own.
  const closing = !/\b(?:que|qu['’]|that)\b/i.test(dispatch.text.slice(trig.end, s.passage.end));
  if (!closing || !/,\s*$/.test(dispatch.text.slice(s.passage.start, trig.start)) || !(unnamedSpokesperson || isSpokesperson(ctx, spokesperson))) return null;
  const first = s.mentions[0];
  if (first && first.kind === 'person' && first.key !== spokesperson && /^\s*(?:(?:m\.|mme|mr\.?|mrs\.?|ms\.?)\s+)?$/i.test(dispatch.text.slice(s.passage.start, first.start))) return first.key;
  // "Le ministre", "Le Premier ministre" opening the sentence: whoever holds it (the last subject, when several do).
  const opener = openingTitleSubject(ctx);
  return opener && opener.length === 1 && opener[0] !== spokesperson ? opener[0] : null;
}

export function speakerOf(ctx: SentenceContext, trig: Hit, zoneStart: number, prevSubject: string[]): string[] | 'group' | null {
  const { s, dispatch } = ctx;
  const f = foldPhrase(trig.text);
  const after = (within: number) =>
    s.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= trig.end && m.start - trig.end <= within);
  // "selon X", "according to X": the source follows.
  // "Pour M. Fidan, la stabilité est « une priorité »": the person right after "pour" holds the view.
  if (/^(?:pour|for)$/.test(f)) {
    const next = after(15)[0];
    return next && next.kind === 'person' ? [next.key] : null;
  }
  if (/^(?:selon|d'apres|aux yeux de|de l'avis de|according to|in the words of|in the view of|وفق|بحسب)/.test(f)) {
    // "Selon lui", "according to him": whoever spoke or acted last.
    const pronoun = /^\s*(lui|elle|eux|elles|him|her|them)\b/i.exec(dispatch.text.slice(trig.end, trig.end + 8));
    if (pronoun) return ctx.salience.resolve({ lui: 'il', him: 'he', eux: 'ils', them: 'they' }[pronoun[1].toLowerCase()] ?? pronoun[1].toLowerCase());
    // A named person is a source; an institution cited for a fact ("selon le bureau de l'ONU") is not.
    // "Selon le porte-parole du gouvernement, X": an institution that only qualifies a title is not the source.
    // "Selon une source diplomatique, le président X s'était entretenu": an unnamed source is no one; the name after it is what it reports.
    if (/^\s*(?:une|des|un|a|an|two|deux|plusieurs|several)\s+(?:\S+\s+){0,2}?(?:sources?|responsables?|officials?|diplomates?|diplomats?|observateurs?|observers?)\b/i.test(dispatch.text.slice(trig.end, trig.end + 60))) return null;
    const qualifiesTitle = (m: Mention) => m.kind === 'org' && (TITLE_THEN_OF.test(foldPhrase(dispatch.text.slice(trig.end, m.start))) || TITLE_FIRST.test(foldPhrase(m.text)));
    const next = after(80).find((m) => !qualifiesTitle(m));
    // "Selon le bureau de l'envoyé spécial, les deux responsables ont évoqué": an office cited for a fact, not the person.
    if (next && /\b(?:bureau|cabinet|office|services|entourage|equipe|staff|media office)\s+(?:de\s+la|de\s+l'|du|de|des|of\s+the|of)?\s*(?:\S+\s+){0,3}$/.test(foldPhrase(dispatch.text.slice(trig.end, next.start)))) return null;
    // "Selon son porte-parole, X, M. Y attend de la réunion ...": a spokesperson in apposition relays the subject that follows.
    const relayed = next && next.kind === 'person' ? subjectAfterSpokesperson(ctx, trig, next) : undefined;
    if (relayed) return [relayed];
    return next && next.kind === 'person' ? [next.key] : null;
  }
  // "Shettima said this when he received ...", "The prime minister expressed these views while talking to ...": where a view
  // told before was said, not a new one.
  if (/^\s*(?:this|these views|these remarks|the remarks|this view)\s+(?:when|while|at|during|in|on)\b/.test(foldPhrase(dispatch.text.slice(trig.end, trig.end + 40)))) return null;
  // "Anwar said the meeting discussed efforts to ...", "a indiqué que l'entretien a porté sur": what the meeting covered, no view.
  if (MEETING_COVERED.test(foldPhrase(dispatch.text.slice(trig.end, trig.end + 80))) && !/[«"“]/u.test(s.passage.text)) return null;
  // "A U.S. official, speaking on condition of anonymity, said": an unnamed source opening the sentence is no one.
  if (UNNAMED_SOURCE.test(dispatch.text.slice(s.passage.start, trig.start)) && !s.mentions.some((m) => m.kind === 'person' && m.end <= trig.start && m.via !== 'role')) return null;
  // Arabic puts the subject after the verb ("وأكد الرئيس الشرع"), or leaves it in the verb.
  if (ctx.dispatch.lang === 'ar') {
    // "وكانت وزارة الخارجية قد أدانت": an institution before "قد" and the verb, after "كان", is the subject.
    const body = s.mentions.filter((m) => m.end <= trig.start).pop();
    if (body?.kind === 'org' && /^\s*قد\s*$/u.test(dispatch.text.slice(body.end, trig.start)) && /^\s*و?(?:كان|كانت)\s+$/u.test(dispatch.text.slice(s.passage.start, body.start))) return [body.key];
    // "وكانت وزارة الخارجية قد أصدرت في وقت سابق بياناً دعت فيه": the statement's author, named before "أصدر".
    const issued = /(?:^|\s)و?[أا]صدر(?:ت)?\s+(?:[^،.]{0,40}\s+)?بيان(?:اً|ًا|ا)?\s*$/u.exec(dispatch.text.slice(s.passage.start, trig.start));
    if (issued && /^\s*في(?:ه|ها)(?![\u0621-\u064A])/u.test(dispatch.text.slice(trig.end, trig.end + 8))) {
      const author = s.mentions.filter((m) => (m.kind === 'person' || m.kind === 'org') && m.end <= s.passage.start + issued.index).pop();
      if (author) return [author.key];
    }
    // "ونقلت الوكالة عن ابن فرحان تأكيده أن": the person the agency quotes, right before.
    if (/^(?:تأكيد|قول|تشديد|تقدير|ترحيب|إدانت|رفض)/u.test(trig.text)) {
      const before = s.mentions.filter((m) => m.kind === 'person' && m.end <= trig.start);
      // "عن معالي الشيخ X، رئيس مجلس الوزراء وزير الخارجية، تأكيده": the person before the role in apposition.
      const apposed = () => before.filter((m) => /^\s*،[^،.]{1,90}،\s*$/u.test(dispatch.text.slice(m.end, trig.start))).pop();
      // "ونقل المكتب الإعلامي لبري عنه قوله": the pronoun is the person named before it.
      const pronoun = () => (/(?:^|\s)عن(?:ه|ها)\s+$/u.test(dispatch.text.slice(Math.max(s.passage.start, trig.start - 8), trig.start)) ? before[before.length - 1] : undefined);
      const who = before.filter((m) => trig.start - m.end <= 3).pop() ?? apposed() ?? pronoun();
      return who ? [who.key] : null;
    }
    // "نقل الفالح تحيات القيادة، مؤكداً": a participle's speaker is the subject named before it in the sentence.
    if (/^(?:مؤكدا|مشددا|معتبرا|مضيفا|معربا|داعيا|مشيرا)/u.test(trig.text)) {
      // "وأوضح السفير الشناوي أن الرئيس شدد ...، معرباً": the subject of the verb just before, when one was found.
      if (prevSubject.length) return prevSubject;
      // "... بأن الرئيس السيسي رحب بزيارة X، مؤكدا": else the subject of the clause after "أن" that the participle continues.
      const that = [...s.tokens].reverse().find((t) => t.end <= trig.start && ARABIC_THAT.test(t.text));
      const held = that ? subjectAfterThat(ctx, that.end, trig.start) : undefined;
      if (held) return [held];
      // "ورحب جلالته بمعالي الوزير البريطاني، مؤكداً": the sentence's verb took a styled pronoun as its subject; the one named after is its object.
      const openingStyle = s.tokens.slice(0, 3).filter((t) => t.end <= trig.start).map((t) => styleOfPronoun(t.text)).find((x) => x !== null);
      const styledOpener = openingStyle ? lastStyled(ctx, openingStyle) : null;
      if (styledOpener) return styledOpener;
      const subject = s.mentions.find((m) => m.kind === 'person' && m.end <= trig.start);
      if (subject) return [subject.key];
    }
    // "وأوضح المتحدث أن من المقرر أن يستضيف", "وأشار إلى أن اللقاء الذي كان مقرراً اليوم ... أُرجئ": a schedule told, no view.
    const unquoted = !/[«"“]/u.test(s.passage.text);
    if (thatClauseOpens(dispatch.text.slice(trig.end, trig.end + 120), 6, '(?:من المقرر|(?:ال)?لقاء(?:ً|ا)?\\s+(?:الذي\\s+)?كان\\s+(?:من\\s+)?مقرر)') && unquoted) return null;
    // "وأوضح المتحدث الرسمي أن اللقاء تناول سبل التعاون", "أن الاتصال شهد": what the meeting covered, no one's view.
    if (thatClauseOpens(dispatch.text.slice(trig.end, trig.end + 90), 6, '(?:ال)?(?:لقاء|اتصال|اجتماع|مباحثات|محادثات)\\s+(?:قد\\s+)?(?:تناول|تطرق|شهد|بحث|ناقش|استعرض|جرى|تم)(?![\\u0621-\\u064A])') && unquoted) return null;
    // "وأضاف البيان أن الجانبين بحثا", "وأوضحت المصادر أن الجانبين تناولا": what the two sides did, no one's view.
    if (thatClauseOpens(dispatch.text.slice(trig.end, trig.end + 80), 4, '(?:ال)?(?:جانبين|جانبان|طرفين|طرفان|وزيرين|وزيران|زعيمين|رئيسين)(?![\\u0621-\\u064A])')) return 'group';
    // "وأكد الجانبان": the two sides, no one person; "وأكد الوزيران": the two named before.
    const next = s.tokens.find((t) => t.start >= trig.end);
    // "من جانبهم، أعرب السفراء (الثلاثة)": the envoys of the meeting just told, each.
    if (next && /^(?:السفراء|السفيران|السفيرين)$/u.test(next.f)) {
      const envoys = ctx.registry.holdersOf('سفير');
      const group = ctx.salience.lastPluralPeople ?? [];
      const theirs = group.filter((k) => envoys.includes(k));
      if (theirs.length >= 2) return theirs;
    }
    // "وأكد الوزيران، بوريطة وألباريس، ...": the two named in apposition.
    if (next && (ctx.lex.groupSubjects.includes(next.f) || ctx.lex.pluralPronouns.has(next.f)) && ARABIC_COMMA.test(s.tokens[s.tokens.indexOf(next) + 1]?.text ?? '')) {
      const close = s.tokens.find((t) => t.start > next.end + 2 && ARABIC_COMMA.test(t.text));
      const named = s.mentions.filter((m) => m.kind === 'person' && m.start > next.end && (!close || m.end <= close.start));
      if (named.length >= 2 && close) return unique(named.map((m) => m.key));
    }
    // "وأكد الوزيران الزياني وكومبوس": the two named right after, joined by "و".
    const [a, b] = next && ctx.lex.pluralPronouns.has(next.f) ? s.mentions.filter((m) => m.kind === 'person' && m.start >= next.end) : [];
    const gap = a && b ? dispatch.text.slice(a.end, b.start) : '';
    if (a && b && /^\s*$/.test(dispatch.text.slice(next!.end, a.start)) && /^\s*و?\s*$/u.test(gap) && (/^و/u.test(b.text) || /و\s*$/u.test(gap))) return unique([a.key, b.key]);
    // "وأكد المجلس في قرار": an institution that no table names is the subject; no person spoke. Its head is one of
    // roles.json's "institutions" or another body (those are not in the lexicon: there they would make new institutions).
    const head = next?.f.startsWith('ال') ? next.f.slice(2) : '';
    if (head && (ctx.lex.institutionsAr.has(head) || OTHER_BODY_HEADS.test(head)) && !s.mentions.some((m) => m.start === next!.start)) return null;
    // "وأكد الوزيران، بحسب بيان": the two ministers last named together, not whoever else their meeting had.
    // "وأكد الوزراء الثلاثة": the three ministers last named together.
    const count = next && /^(?:الوزراء)$/u.test(next.f) ? MINISTER_COUNT.get((s.tokens.find((t) => t.start >= next.end)?.f ?? '').replace(/ه$/u, 'ة')) : undefined;
    const ministers = next && /^(?:الوزيران|الوزيرين)$/u.test(next.f) ? lastMinisters(ctx) : count ? lastMinisters(ctx, count) : null;
    if (ministers) return ministers;
    if (next && (ctx.lex.groupSubjects.includes(next.f) || ctx.lex.pluralPronouns.has(next.f))) return ctx.lex.pluralPronouns.has(next.f) && next.f !== 'الجانبان' ? ctx.salience.resolve(next.f) : 'group';
    // "وذكر البيان أن أردوغان أكد": after "أن"/"إن" the subject comes before its verb.
    const before = s.mentions.filter((m) => m.kind === 'person' && m.end <= trig.start).pop();
    // "وكان X قد شدد": after "كان" too, with "قد" before the verb; "وكان المبعوث الخاص ... إلى اليمن X قد طالب": a long title between.
    // "وأوضح أن معالي الشيخ X رئيس مجلس الوزراء، أكد": the person's role and a comma may stand between.
    const roleThenComma = (gap: string) => /^[^،.؛]{0,90}،\s*$/u.test(gap) && !s.mentions.some((m) => m.kind === 'person' && m.start >= before!.end && m.end <= trig.start);
    if (before && (/^\s*(?:قد\s+)?$/u.test(dispatch.text.slice(before.end, trig.start)) || roleThenComma(dispatch.text.slice(before.end, trig.start))) && (/(?:^|\s)(?:أن|إن|بأن|وأن|و?كان|و?كانت)\s+(?:\S+\s+){0,3}$/u.test(dispatch.text.slice(Math.max(s.passage.start, before.start - 40), before.start)) || /^\s*و?(?:كان|كانت)\s+[^،,.]{0,100}$/u.test(dispatch.text.slice(s.passage.start, before.start)))) return [before.key];
    // "من جهته، نقل معالي يوسف رجي تحيات ...، وأعرب عن شكر بلاده": a verb after "، و" goes on with the subject named
    // right after the sentence's first verb.
    const afterCommaAnd = /[،,]\s*و$/u.test(dispatch.text.slice(s.passage.start, trig.start)) || (/^و/u.test(trig.text) && /[،,]\s*$/u.test(dispatch.text.slice(s.passage.start, trig.start)));
    const opener = afterCommaAnd ? s.mentions.find((m) => m.kind === 'person' && m.end <= trig.start) : undefined;
    if (opener) {
      const lead = dispatch.text.slice(s.passage.start, opener.start).replace(/^\s*و?من (?:جهت|جانب)(?:ه|ها|هم)،?\s*/u, '').trim().split(/\s+/).filter(Boolean);
      // Not when "أن" opens a clause of its own between them ("وأوضح X أن الرئيس أشاد ...، وأكد"), nor when the verb has its own subject after it.
      const between = dispatch.text.slice(opener.end, trig.start);
      const nextWord = s.tokens.find((t) => t.start >= trig.end)?.f ?? '';
      const ownSubject = s.mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= trig.end && m.start - trig.end <= 30) || ctx.lex.titles.has(nextWord) || ctx.lex.titles.has(nextWord.replace(/^ال/u, ''));
      if (lead.length >= 1 && lead.length <= 2 && !/(?:^|\s)(?:أن|إن|بأن|وأن)\s/u.test(between) && !ownSubject) return [opener.key];
    }
    const found = arabicSpeakers(ctx, trig);
    // "وأضاف المتحدث الرسمي أن السيد الرئيس رحب ...", "وأوضح السفير الشناوي أن الرئيس شدد": a spokesperson relays
    // the view of the one named right after "أن", before that person's verb.
    // A comma may close the spokesperson's name right before it: "وقال الناطق ... نبيل أبو ردينة، إن سيادته أكد".
    // "وقال السفير تميم خلاف، المتحدث الرسمي باسم وزارة الخارجية، إن": the spokesperson's office between commas too.
    const thatAfterOffice = s.tokens.find((t) => t.start > trig.end && t.start - trig.end < 130 && ARABIC_THAT.test(t.text));
    const that = s.tokens.find((t, j) => t.start > trig.end && t.start - trig.end < 80 && ARABIC_THAT.test(t.text) && !s.tokens.some((c, q) => c.start > trig.end && c.start < t.start && ARABIC_COMMA.test(c.text) && q !== j - 1))
      ?? (thatAfterOffice && /^[^،,]*[،,][^،,]+[،,]\s*$/u.test(dispatch.text.slice(trig.end, thatAfterOffice.start)) && SPOKESPERSON.test(foldPhrase(dispatch.text.slice(trig.end, thatAfterOffice.start))) ? thatAfterOffice : undefined);
    const bySpokesperson = that !== undefined && (SPOKESPERSON.test(foldPhrase(dispatch.text.slice(trig.end, that.start))) || s.mentions.some((m) => m.kind === 'person' && m.start > trig.end && m.end <= that.start && isSpokesperson(ctx, m.key)));
    const held = bySpokesperson ? subjectAfterThat(ctx, that.end, s.passage.end) : undefined;
    if (held) return [held];
    // "وقال وزير الخارجية، في تصريح صحفي عقب اللقاء، إن رئيس مجلس السيادة أكد": whoever tells it, the view is the one
    // named after "إن" with a verb of stance of their own.
    const toldThat = TELLING.test(trig.text) ? thatAfterOffice : undefined;
    const teller = toldThat ? s.mentions.find((m) => m.kind === 'person' && m.start >= trig.end && m.end <= toldThat.start) : undefined;
    const told = toldThat ? subjectMentionAfterThat(ctx, toldThat.end, s.passage.end) : undefined;
    // (The verb within three words: the end of a title, "رئيس مجلس [السيادة] أكد", may stand before it.)
    const nextWords = told ? s.tokens.filter((t) => t.start >= told.end).slice(0, 3) : [];
    const stanceAt = nextWords.findIndex((t) => STANCE_VERB_AR.test(t.f));
    if (told && told.key !== teller?.key && stanceAt >= 0 && nextWords.slice(0, stanceAt).every((t) => t.word)) return [told.key];
    // "... إن الوزيرين أكدا": the two ministers the spokesperson speaks of.
    const dualAfter = bySpokesperson ? s.tokens.find((t) => t.start >= that.end) : undefined;
    const pairSpoken = dualAfter && /^(?:الوزيرين|الوزيران)$/u.test(dualAfter.f) ? lastMinisters(ctx) : null;
    if (pairSpoken) return pairSpoken;
    // "وأوضح معالي وزير الإعلام ...، في بيانه عقب الجلسة، أن المجلس تابع": the council's view, told by whoever briefs on it
    // (not by its own head: "وأكد رئيس مجلس النواب أن المجلس سيواصل" is his).
    const council = s.mentions.find((m) => m.kind === 'org' && /^(?:ال)?مجلس$/u.test(m.text) && m.start > trig.end && m.start - trig.end < 200 && /(?:^|\s)(?:أن|ان|إن|بأن)\s+$/u.test(dispatch.text.slice(trig.end, m.start)) && !/مجلس/u.test(dispatch.text.slice(trig.end, m.start)));
    if (council) return [council.key];
    // "وقال الناطق الرسمي ... إن سيادته أكد": the honorific pronoun is the one the spokesperson speaks for, the last subject before.
    const pronounAfter = bySpokesperson ? s.tokens.find((t) => t.start >= that.end) : undefined;
    const style = pronounAfter ? styleOfPronoun(pronounAfter.text) : null;
    if (style) {
      // The last person the dispatch styled so ("سيادة الرئيس محمود عباس").
      const last = lastStyled(ctx, style)?.[0];
      if (last && !isSpokesperson(ctx, last)) return [last];
      // Else the host of the meeting or call just told ("تلقى الرئيس عباس اتصالاً ... إن سيادته أكد").
      const host = ctx.salience.lastHost;
      if (host && !isSpokesperson(ctx, host)) return [host];
      // Else, for a head of state's style ("سيادته", "فخامته"), the president the dispatch names ("الناطق باسم الرئاسة ... إن سيادته دعا").
      const head = style.style === 'سيادة' || style.style === 'فخامة' ? ctx.registry.resolveTitle('الرئيس') : null;
      if (head && !isSpokesperson(ctx, head)) return [head];
    }
    if (found.length) return found;
    // "وأضافت", "وأكدت": a verb in the feminine speaks of a woman.
    return ctx.salience.resolve(FEMININE_VERB_AR.test(trig.text) ? 'elle' : 'il');
  }
  // A participle continues the statement of the verb before it: "..., soulignant que".
  if (PARTICIPLE.test(f)) {
    // "carried a message from French President X reaffirming": the message's sender; "with the King warning of": the one it names.
    const lead = foldPhrase(dispatch.text.slice(Math.max(s.passage.start, trig.start - 90), trig.start));
    const owner = s.mentions.filter((m) => m.kind === 'person' && m.end <= trig.start && trig.start - m.end <= 3).pop();
    // Not after a comma: "porteur d'un message du président X, réaffirmant" goes on with the main clause's subject.
    if (owner && !dispatch.text.slice(owner.end, trig.start).includes(',') && (/\b(?:message|letter|lettre|invitation)s? (?:from|de|du)(?:\s+\S+){1,8}\s*$/.test(lead) || /\bwith(?:\s+\S+){1,4}\s*$/.test(lead))) return [owner.key];
    return prevSubject.length ? prevSubject : subjectOf(ctx, trig, zoneStart, true) ?? openingTitleSubject(ctx);
  }
  // "a-t-il ajouté": the last speaker.
  const inverted = /^(?:a|ont)-t-(il|elle|ils|elles)/.exec(f);
  if (inverted) return ctx.salience.resolve(inverted[1]);
  // "The Ukrainian president also informed Stubb about ... and stressed that": a verb right after "and" shares
  // the subject that opens the sentence, not the object of the verb before it (no cue of ours when it is "informed").
  if (!prevSubject.length && /\s(?:and|et)\s+(?:also\s+|further\s+|then\s+|later\s+|aussi\s+|egalement\s+|également\s+)?$/i.test(dispatch.text.slice(Math.max(s.passage.start, trig.start - 24), trig.start))) {
    const opener = s.mentions.find((m) => m.kind === 'person' || m.kind === 'org');
    if (opener && opener.kind === 'person' && opener.start - s.passage.start < 60 && s.mentions.some((m) => m.kind === 'person' && m.key !== opener.key && m.start > opener.end && m.end <= trig.start) && !isOblique(s.tokens, opener, ctx.lex, s.passage.start)) return [opener.key];
  }
  // "X, who met reporters in Hama, said": the antecedent, whatever the clause names.
  const closed = closedRelativeSubject(ctx, trig.start);
  if (closed) return closed;
  // Inversion after a comma or a quotation: "», a déclaré M. Fidan", ", a indiqué le palais royal", "”, said Fidan".
  const textBefore = dispatch.text.slice(Math.max(s.passage.start, trig.start - 4), trig.start);
  const followedByName = /^\s*(?:le |la |les |l'|l’|m\. |mme |the |)?\S/i.test(dispatch.text.slice(trig.end, trig.end + 6)) && !/^\s*(?:que|qu'|qu’|that|:)/i.test(dispatch.text.slice(trig.end, trig.end + 6));
  // Only where no subject precedes: after a quotation, or after a comma that closes no name's apposition.
  // Only after a closing quotation mark: in 'Iran "strongly condemns" the sanctions' the verb is quoted.
  const upTo = dispatch.text.slice(s.passage.start, trig.start);
  const afterQuote = /[»”"]\s*,?\s*$/.test(textBefore) && !(/"\s*$/.test(upTo) && (upTo.match(/"/g) ?? []).length % 2 === 1);
  const subjectBefore = s.mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= zoneStart && m.end <= trig.start && !ctx.objects.has(m));
  const takesObject = /^(?:told|informed|a dit a|a declare a|a indique a|a confie a)/.test(f);
  // "..., a indiqué à l'AFP une source diplomatique", "..., a source told Reuters": an unnamed source after the verb is no one.
  if (/^\s*(?:(?:a|à|to) (?:l['’])?(?:afp|reuters|ap|l'ap|l’ap|la presse)\s+)?(?:une|un|a|an|des|two|deux|several|plusieurs)\s+(?:\S+\s+){0,2}?(?:sources?|responsables?|officials?|diplomates?|diplomats?|conseillers?|conseilleres?|advisers?|advisors?|aides?)\b/i.test(dispatch.text.slice(trig.end, trig.end + 60))) return null;
  if (!takesObject && ((afterQuote && followedByName) || (/,\s*$/.test(textBefore) && followedByName && !subjectBefore) || /(?:affirme|souligne|declare|estime|indique|precise|ajoute|assure|explique|poursuit|insiste|rappelle|juge|considere|denonce|condamne|reaffirme|reitere|salue) (?:le|la|les|l'|m\.|mme)$/.test(f))) {
    // "», a affirmé devant les médias le conseiller fédéral X": after a quotation the speaker may stand further.
    // "», a assuré vendredi la ministre de la Solidarité et de la Lutte contre la pauvreté, X": a long role in apposition before the name.
    const far = after(150).find((m) => m.kind === 'person' && /^[^«»"“”.;:]*,\s*$/.test(dispatch.text.slice(trig.end, m.start)));
    // "», a indiqué le porte-parole du Quai d'Orsay, Pascal Confavreux": the spokesperson's office is no speaker; the name after it is.
    const first = after(afterQuote ? 70 : 40)[0];
    const next = first && first.kind === 'org' && SPOKESPERSON.test(foldPhrase(first.text)) && far ? far : first ?? far;
    if (next && (next.kind === 'person' || firstQuote(s.passage.text))) return [next.key];
    // "», a déclaré le ministre devant la presse": a title with its article after the verb, whoever holds it.
    const toks = s.tokens.filter((t) => t.start >= trig.end).slice(0, 3);
    if (afterQuote && toks.length >= 2 && /^(?:le|la|the)$/.test(toks[0].f)) {
      const title = ctx.lex.titles.has(`${toks[1].f} ${toks[2]?.f}`) ? `${toks[1].f} ${toks[2].f}` : toks[1].f;
      const holder = ctx.lex.titles.has(title) ? ctx.registry.resolveTitle(title) : null;
      if (holder) return [holder];
    }
    if (afterQuote || !subjectBefore) return null;
  }
  // "is expected to discuss", "devrait souligner": not said yet.
  if (/\b(?:will|would|is (?:expected|due|scheduled|set) to|are (?:expected|due|scheduled|set) to|doit|doivent|devrait|devraient|devra|va|vont|est attendu)\s+(?:\S+\s+)?$/i.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, trig.start - 40), trig.start)) + ' ')) return null;
  const antecedent = relativeAntecedent(ctx, trig, zoneStart);
  if (antecedent) return antecedent;
  // "Touray told Shettima that ..., which he described as ...": "he" inside what one person is reported saying is that person.
  const pronoun = prevSubject.length === 1 ? pronounBefore(ctx, zoneStart, trig.start) : null;
  if (pronoun && /^(?:he|she|il|elle)$/.test(pronoun.phrase) && (pronoun.phrase === 'she' || pronoun.phrase === 'elle') === ctx.registry.isFemale(prevSubject[0])) return prevSubject;
  const subject = subjectOf(ctx, trig, zoneStart, true);
  if (subject) return subject;
  // Coordinated verbs share their subject: "X a reçu Y et a souligné".
  if (prevSubject.length && /\b(?:et|and|puis|then)\s*$/.test(foldPhrase(dispatch.text.slice(zoneStart, trig.start)))) return prevSubject;
  return null;
}

/** Arabic reporting verbs in the feminine past ("أضافت", "أكدت", "قالت"): the subject left in the verb is a woman. */
const FEMININE_VERB_AR = /^[وف]?(?:قالت|أضافت|اضافت|أكدت|اكدت|أوضحت|اوضحت|أشارت|اشارت|شددت|لفتت|اعتبرت|أعربت|اعربت|دعت|رأت|بينت|صرحت)$/u;

/**
 * "Kremlin spokesman Dmitry Peskov told reporters that Putin considered ...": a spokesperson
 * relaying someone named as the subject of what is said gives that person's position.
 */
export function relayedSpeaker(ctx: SentenceContext, trig: Hit, found: string[]): string[] {
  if (found.length !== 1) return found;
  const clauseSpeaker = reportedClauseSpeaker(ctx, trig, found[0]);
  if (clauseSpeaker) return [clauseSpeaker];
  const role = ctx.registry.participant(found[0]).role ?? '';
  // A spokesperson relays whatever the verb ("le porte-parole a affirmé que le chef de l'Etat souhaitait"); others only when it says no more than "said".
  // (Arabic has its own reading of the spokesperson's "أن", in speakerOf.)
  if (!NEUTRAL_VERB.test(foldPhrase(trig.text)) && (!SPOKESPERSON.test(foldPhrase(role)) || ctx.dispatch.lang === 'ar')) return found;
  // "The Kremlin said in a statement that Putin and X expressed ...": an institution relays its people too.
  const institution = isOrgKey(found[0], ctx);
  const { s, dispatch } = ctx;
  // "Palace Press Officer Undersecretary X said": the words before the name tell a spokesperson too.
  const named = s.mentions.filter((m) => m.key === found[0] && m.end <= trig.start).pop();
  const titledBefore = named ? dispatch.text.slice(Math.max(s.passage.start, named.start - 45), named.start) : '';
  if (!SPOKESPERSON.test(foldPhrase(role)) && !SPOKESPERSON.test(foldPhrase(titledBefore)) && !institution) return found;
  const rest = dispatch.text.slice(trig.end, s.passage.end);
  // "The spokesperson said Prime Minister Narendra Modi had made it clear": a spokesperson's "said" may leave "that" out.
  // "Koo said a meeting that Minister X had planned ... had been postponed": "that" after a noun opens a relative, not what was said.
  const thatClause = THAT_AFTER_VERB.exec(rest);
  const that = (thatClause && !/^\s*(?:a|an|the|un|une|le|la|les)\s/i.test(rest) ? thatClause : null) ?? (!institution && /^(?:said|says)$/.test(foldPhrase(trig.text)) ? /^\s+(?=(?:the\s+)?\p{Lu})/u.exec(rest) : null);
  // "spokesperson X said Teodoro told the Australian minister that ...": the one who told, right after the verb.
  const toldNext = !that && /^\s+(?:\S+\s+){1,4}?(?:told|had told|informed|assured)\b/.test(rest);
  if (!that && !toldNext) return closingRelay(ctx, trig, found);
  const from = trig.end + (that ? that[0].length : 0);
  const m = s.mentions.find((x) => x.kind === 'person' && x.start >= from && x.start - from <= (that ? 40 : 3)) ?? titledSubject(ctx, from, that !== null);
  if (!m || m.key === found[0]) return found;
  // "Putin and Saudi Crown Prince X, in a telephone conversation on Monday, expressed": both, when a verb follows.
  let last = m;
  const both = [m.key];
  if (institution) {
    const other = s.mentions.find((x) => x.kind === 'person' && x.start > m.end && /^\s*(?:and|et)\s+(?:\S+\s+){0,4}$/.test(dispatch.text.slice(m.end, x.start)));
    if (other) {
      both.push(other.key);
      last = other;
    }
  }
  // The person must be the subject of the clause: a verb, not "'s" or a preposition, follows.
  let after = dispatch.text.slice(last.end, s.passage.end);
  if (institution) after = after.replace(/^\s*,[^,]{1,60},/, '');
  const next = /^\s*(\S+)/.exec(after)?.[1] ?? '';
  // Arabic has no case: a word that is no preposition ("أن عبد العاطي دعا").
  const verbLike = /^\p{Ll}+$/u.test(next) || (/^[\u0600-\u06FF]+$/u.test(next) && !/^(?:في|من|إلى|على|عن|مع|و|أو|لدى|خلال|بين)$/u.test(next));
  if (!verbLike || /^(?:and|et|of|de|du|des|in|en|to|a|for|pour|with|avec)$/.test(next)) return found;
  return both;
}

/**
 * "Selon son porte-parole, Heorhiï Tykhy, M. Sybiha attend ...", "According to his spokesman, X,
 * the minister hopes ...": after a spokesperson cited as the source, the person who opens the
 * main clause, right after the apposition's comma and before a verb, holds the view.
 */
function subjectAfterSpokesperson(ctx: SentenceContext, trig: Hit, source: Mention): string | undefined {
  const { s, dispatch } = ctx;
  const cited = foldPhrase(dispatch.text.slice(trig.end, source.start));
  if (!isSpokesperson(ctx, source.key) && !SPOKESPERSON.test(cited)) return undefined;
  if (!/^\s*,/.test(dispatch.text.slice(source.end, source.end + 3))) return undefined;
  const subject = s.mentions.find((m) => m.kind === 'person' && m.start > source.end && m.start - source.end <= 45);
  if (!subject || subject.key === source.key || subject.key.startsWith('t:')) return undefined;
  if (!/^\s*,\s*(?:m\.|mme|mr\.?|mrs\.?|ms\.?|le |la |l'|the )?(?:\S+\s+){0,6}?$/i.test(dispatch.text.slice(source.end, subject.start))) return undefined;
  const next = /^\s*(\S+)/.exec(dispatch.text.slice(subject.end, s.passage.end))?.[1] ?? '';
  return /^(?:\p{Ll}+|s'est|s’est|a|ont)$/u.test(next) && !/^(?:de|du|des|of|and|et|in|en|to)$/.test(next) ? subject.key : undefined;
}

/** "that"/"que" opening the reported clause, a few words after the verb ("told reporters in Moscow on Tuesday that"). */
const THAT_AFTER_VERB = /^\s*(?:\S+\s+){0,6}?(?:that|que|qu'|qu’|أن|بأن)(?:\s+|(?<=qu['’]))/iu;

/**
 * "M. X a indiqué que le président Y avait tenu à réaffirmer ...", "Onanuga said the President
 * assured ...": when the clause reported has its own reporting verb, with a person named as its
 * subject, the view is that person's, whoever relays it (the verb of the clause makes its own
 * position; the relay makes none).
 */
function reportedClauseSpeaker(ctx: SentenceContext, trig: Hit, relay: string): string | undefined {
  const { s, dispatch } = ctx;
  if (dispatch.lang === 'ar') return undefined;
  const rest = dispatch.text.slice(trig.end, s.passage.end);
  // English may leave "that" out: "Onanuga said the President assured ...".
  const bare = /^(?:said|says)$/.test(foldPhrase(trig.text)) ? /^\s+(?=the\s|\p{Lu})/u.exec(rest) : null;
  for (const that of [bare, THAT_AFTER_VERB.exec(rest)]) {
    const held = that ? clauseSubjectWithVerb(ctx, trig.end + that[0].length, relay) : undefined;
    if (held) return held;
  }
  return undefined;
}

/** The person named as the subject of the first reporting verb after `from`, in that clause. */
function clauseSubjectWithVerb(ctx: SentenceContext, from: number, relay: string): string | undefined {
  const { s, dispatch } = ctx;
  const cue = ctx.cues.reporting.find((r) => r.start > from && r.start - from <= 110);
  if (!cue || /[«»“”".;:]/.test(dispatch.text.slice(from, cue.start))) return undefined;
  // The clause opens on its subject ("que le président Y", "que le ministre des Affaires étrangères, Y,"): the first
  // person named, close after "que", or the name in apposition right after it.
  const named = s.mentions.filter((m) => m.kind === 'person' && m.start >= from && m.end <= cue.start);
  let subject: Mention | undefined = named[0] && named[0].start - from <= 45 ? named[0] : undefined;
  if (subject && named[1] && /^\s*,\s*$/.test(dispatch.text.slice(subject.end, named[1].start))) subject = named[1];
  if (!named.length) {
    const titled = titledSubject(ctx, from, true);
    if (titled && titled.end <= cue.start) subject = titled;
  }
  if (!subject || subject.key === relay || subject.key.startsWith('t:')) return undefined;
  // Only auxiliaries and adverbs between the subject and its verb ("avait tenu à", "had also", ", dans son message,").
  if (!/^\s*,?\s*(?:\S+\s+){0,3}?$/.test(dispatch.text.slice(subject.end, cue.start))) return undefined;
  return subject.key;
}

/**
 * "The defense chief also sought Canberra's support ..., Andolong said": a spokesperson who closes the
 * sentence relays the person it opens on, when that person is the subject of its first verb.
 */
function closingRelay(ctx: SentenceContext, trig: Hit, found: string[]): string[] {
  const { s, dispatch } = ctx;
  if (!/^\s*(?:in a statement|on \w+day|\w+day)?\s*[.;]?\s*$/i.test(dispatch.text.slice(trig.end, s.passage.end))) return found;
  const spokesperson = s.mentions.filter((m) => m.kind === 'person' && m.end <= trig.start && m.key === found[0]).pop();
  if (!spokesperson || !/,\s*(?:\S+\s+){0,4}$/.test(dispatch.text.slice(s.passage.start, spokesperson.start))) return found;
  const opener = s.mentions.find((m) => m.kind === 'person');
  if (!opener || opener.key === found[0] || opener.start - s.passage.start > 12 || opener.key.startsWith('t:')) return found;
  // 'Rubio “made clear that ...,” Pigott said': the quotation may open on the verb.
  const next = /^\s*[“"«]?\s*(?:also\s+|further\s+|then\s+)?(\S+)/.exec(dispatch.text.slice(opener.end, s.passage.end))?.[1] ?? '';
  return /^\p{Ll}+$/u.test(next) && !/^(?:of|in|to|and|for|with|the|a|an|at|on|by|from|who|which|whose|de|du|des|et|a|au|aux|en|pour|avec|qui|dont)$/.test(next) ? [opener.key] : found;
}

/** "the President told Premier Li that": a bare title at the start of the relayed clause, for whoever holds it. */
function titledSubject(ctx: SentenceContext, from: number, afterThat = false): Mention | undefined {
  const window = ctx.dispatch.text.slice(from, from + 80);
  // After "que"/"that" any verb may follow the title ("que le chef de l'Etat souhaitait"); without it, only a verb of telling.
  const m = /^(\s*(?:the|le|la)\s+)((?:\S+\s+){0,2}?\S+)(?=\s+(?:told|had told|informed|assured|a dit|avait dit|a assuré|avait assuré)\b)/i.exec(window) ??
    (afterThat ? /^(\s*(?:the|le|la)\s+)((?:\S+\s+){0,2}?\S+)(?=\s+(?:a |avait |had |has )?\p{Ll}{3,}(?:ait|aient|ed|a|é|e)\b)/iu.exec(window) : null);
  if (!m || !ctx.lex.titles.has(foldPhrase(m[2]))) return undefined;
  const key = ctx.registry.resolveTitle(foldPhrase(m[2]));
  if (!key) return undefined;
  const start = from + m[1].length;
  return { kind: 'person', text: m[2], key, start, end: start + m[2].length, sentence: ctx.s.passage.n, via: 'role' };
}

/** Titles of a source that an institution may qualify ("le porte-parole du gouvernement"). */
const SOURCE_TITLE = '(?:porte-parole|spokes(?:man|woman|person)|chef|cheffe|head|president|presidente|directeur|directrice|director|ministre|minister|representant|representante|representative)';
const TITLE_THEN_OF = new RegExp(`\\b${SOURCE_TITLE}\\s+(?:du|de la|de l'|des|d'|of the|of)\\s*$`);
const TITLE_FIRST = new RegExp(`^${SOURCE_TITLE}\\b`);

/** "الوزراء الثلاثة", "الأربعة": how many ministers a plural counts (folded: no hamza). */
const MINISTER_COUNT = new Map([['الثلاثة', 3], ['الاربعة', 4]]);

/** The `n` ministers of the last sentence that named that many ("التقى عبد العاطي نظيره الكويتي": two), in the sentences before. */
function lastMinisters(ctx: SentenceContext, n = 2): string[] | null {
  // A minister, not a deputy, assistant or under-secretary of one ("نائب وزير الخارجية", "vice-ministre").
  const minister = (r: string) => /وزير|minist/iu.test(r) && !/(?:نائب|مساعد|معاون|وكيل)\s+(?:ال)?وزير|vice[- ]minist|deputy (?:\S+ )?minister|assistant minister|ministre adjoint/iu.test(r);
  const isMinister = (k: string) => minister(ctx.registry.participant(k).role ?? '') || (ctx.lex.entities.get(k)?.roles ?? []).some(minister);
  for (const v of [...ctx.history].reverse()) {
    if (v.passage.n >= ctx.s.passage.n) continue;
    const found = unique(v.mentions.filter((m) => m.kind === 'person' && isMinister(m.key)).map((m) => m.key));
    if (found.length === n) return found;
    // "عقد الوزيران الشيباني والصفدي جلسة ... شارك فيها وزير الطاقة X": the two named with the dual, before those who joined.
    const people = v.mentions.filter((m) => m.kind === 'person');
    const dual = people.findIndex((m) => /(?:الوزيران|الوزيرين)\s+$/u.test(ctx.dispatch.text.slice(Math.max(v.passage.start, m.start - 12), m.start)));
    const pair = dual >= 0 ? unique(people.slice(dual, dual + 2).map((m) => m.key)) : [];
    if (n === 2 && pair.length === 2 && found.length > 2) return pair;
    if (found.length > n) return null;
  }
  return null;
}
