import type { Mention } from '../types.js';
import type { PersonMention } from './entities.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import type { Hit } from './events.js';
import { isOblique, onBehalfOf } from './clauses.js';
import { lastPersonWhere, styledMention, unique, wasStyled, type SentenceContext, type SentenceView } from './context.js';

/**
 * Who does what in a sentence: the subject of a verb (names before it in its clause, a pronoun,
 * "le ministre", a relative "qui"), or no one known ("two officials said", "les deux parties").
 */

const groupPatterns = new WeakMap<Lexicon, RegExp>();

const GROUP_RE = (lex: Lexicon): RegExp => {
  let re = groupPatterns.get(lex);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:${lex.groupSubjects.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s|$)`);
    groupPatterns.set(lex, re);
  }
  return re;
};

/** Persons (or an institution) acting as subject of the verb at `verb`, within the clause. */
export function subjectOf(ctx: SentenceContext, verb: Hit, clauseFrom: number, allowOrg: boolean): string[] | 'group' | null {
  const { s, lex, dispatch } = ctx;
  const before = s.mentions.filter((m) => m.start >= clauseFrom && m.end <= verb.start && (m.kind === 'person' || (allowOrg && m.kind === 'org' && !inRoleOfNext(s, m))) && !isPossessor(s, m, verb) && !isSender(dispatch.text, m, clauseFrom) && !(dispatch.lang === 'ar' && onBehalfOf(dispatch.text, s.mentions, m, clauseFrom)));
  // "X paid a call on President Y, where Y said ...": the name that opens a relative clause of place is its verb's subject,
  // though the meeting verb took it as its object.
  const lastPerson = before.filter((m) => m.kind === 'person').pop();
  if (lastPerson && dispatch.lang !== 'ar' && /^\s*(?:also\s+|aussi\s+)?$/i.test(dispatch.text.slice(lastPerson.end, verb.start)) && /(?:^|[\s,])(?:where|où|during which|at which|lors de laquelle|au cours de laquelle)\s+$/i.test(dispatch.text.slice(Math.max(clauseFrom, lastPerson.start - 30), lastPerson.start))) return [lastPerson.key];
  let inClause = before.filter((m) => !ctx.objects.has(m));
  // "It was his first trip since he succeeded X ... and came three months after A and B held their first summit":
  // a subordinate clause opened before a subject of two names holds that subject; names before it are not.
  const opener = [...foldPhrase(dispatch.text.slice(clauseFrom, verb.start)).matchAll(/\b(?:after|before|since|when|while|until|apres que|avant que|lorsque|quand|alors que|tandis que|depuis que)\s/g)].pop();
  if (opener && dispatch.lang !== 'ar') {
    const cut = clauseFrom + opener.index! + opener[0].length;
    const after = inClause.filter((m) => m.start >= cut);
    if (after.filter((m) => m.kind === 'person').length >= 2 && inClause.some((m) => m.start < cut && m.kind === 'person')) inClause = after;
  }
  // "Reçu par le ministre X, le représentant de l'UNICEF, Y, a jugé": after an opening participle, the name in
  // apposition right before the verb is the main clause's subject, though the participle took it as its object.
  if (!inClause.some((m) => m.kind === 'person') && OPENING_PARTICIPLE.test(s.tokens[0]?.f ?? '')) {
    const last = before.filter((m) => m.kind === 'person').pop();
    if (last && /^\s*,\s*$/.test(dispatch.text.slice(last.end, verb.start)) && before.some((m) => m.kind === 'person' && m.end <= last.start)) inClause = [last];
  }
  // "..., the Foreign Ministry said": a subject standing between the last comma and the verb is the
  // subject, even when an earlier verb took it as its object ("After meeting X, Y said").
  const lastComma = [...s.tokens].reverse().find((t) => t.text === ',' && t.end <= verb.start && t.start >= clauseFrom);
  // Not after a coordinating comma: in "X, le ministre, et son homologue Y ont eu" both are subjects.
  const coordinated = lastComma !== undefined && /^\s*(?:et|and|ainsi que|as well as)\b/i.test(dispatch.text.slice(lastComma.end, verb.start));
  const closest = lastComma && !coordinated ? before.filter((m) => m.start >= lastComma.end) : [];
  // "A, Defense Minister B and C held talks": a list that ends in "and" takes the names before its commas too.
  if (closest.length >= 2 && /\s(?:and|et)\s/i.test(dispatch.text.slice(closest[closest.length - 2].end, closest[closest.length - 1].start))) {
    let comma = lastComma!;
    for (;;) {
      const head = before.filter((m) => m.end <= comma.start && !ctx.objects.has(m)).pop();
      if (!head || !/^[\s)]*$/.test(dispatch.text.slice(head.end, comma.start))) break;
      closest.unshift(head);
      const prior = [...s.tokens].reverse().find((t) => t.text === ',' && t.end <= head.start && t.start >= clauseFrom);
      if (!prior) break;
      comma = prior;
    }
  }
  if (closest.length && !closest.every((m) => isOblique(s.tokens, m, lex, s.passage.start))) inClause = closest;
  const direct = inClause.filter((m) => !isOblique(s.tokens, m, lex, s.passage.start));
  const people = direct.filter((m) => m.kind === 'person');
  // A group subject ("les deux parties") closer to the verb than any name wins: no one person spoke.
  const between = (from: number) => foldPhrase(dispatch.text.slice(from, verb.start));
  const lastPersonEnd = people.length ? people[people.length - 1].end : clauseFrom;
  const pronoun = pronounBefore(ctx, lastPersonEnd, verb.start);
  if (pronoun) {
    // "X a effectué une visite à Damas, où il a été reçu": "il" is the sentence's own subject.
    // The nearest subject before it: "..., a week after the Syrian leader visited Riyadh, where he met X".
    const own = s.mentions.filter((m) => m.kind === 'person' && m.end <= pronoun.start && !ctx.objects.has(m) && !isOblique(s.tokens, m, lex, s.passage.start)).pop();
    // "elle", "she", "la ministre" cannot be a man the dispatch named.
    const feminine = /^(?:elle|she|la )/.test(pronoun.phrase);
    const fits = (key: string) => !feminine || ctx.registry.isFemale(key);
    // "X a reçu Y, qui lui a présenté ... la visite qu'il a effectuée ..., où il s'était entretenu avec Z": "il" in a
    // relative clause after "Y, qui" is Y; "Le ministre a informé le chef de l'Etat de l'entretien qu'il a eu": the opening subject.
    const inRelative = /^(?:il|elle|he|she)$/.test(pronoun.phrase) && /(?:\bqu['’]|\b(?:ou|dont|that|which|where|whom|when)|\blorsqu['’])\s*$/.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, pronoun.start - 8), pronoun.start)));
    if (inRelative) {
      const quiAt = s.tokens.filter((t) => t.end <= pronoun.start && /^(?:qui|who)$/.test(t.f) && s.tokens[s.tokens.indexOf(t) - 1]?.text === ',').pop();
      const antecedent = quiAt ? s.mentions.filter((m) => m.kind === 'person' && m.end <= quiAt.start && /^\s*,\s*$/.test(dispatch.text.slice(m.end, quiAt.start))).pop() : undefined;
      if (antecedent && fits(antecedent.key)) return [antecedent.key];
      const opener = openingTitleSubject(ctx);
      if (opener && opener.length === 1 && fits(opener[0])) return opener;
    }
    if (own && /^(?:il|elle|he|she)$/.test(pronoun.phrase) && fits(own.key)) return [own.key];
    // "... après celle du prince X à Damas, où il avait été reçu": the visitor named in the visit, whatever governs the name.
    // "Anwar's official visit to Ankara, during which he held talks": the visitor of "X's visit" too.
    if (/^(?:il|elle|he|she)$/.test(pronoun.phrase) && /\b(?:ou|where|which|laquelle|lequel|duquel)\s*$/.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, pronoun.start - 12), pronoun.start)))) {
      const visitor = s.mentions.filter((m) => m.kind === 'person' && m.end <= pronoun.start && (/\b(?:visite|celle|voyage|tournee|visit|trip|tour) (?:du|de la|de l'|de|d'|of|by)\b/.test(foldPhrase(dispatch.text.slice(Math.max(s.passage.start, m.start - 40), m.start))) || /^['’]s (?:\S+ )?(?:visit|trip|tour)\b/.test(foldPhrase(dispatch.text.slice(m.end, m.end + 30))))).pop();
      if (visitor && fits(visitor.key)) return [visitor.key];
    }
    // "Mme X et M. Y s'étaient retrouvés à Washington, où ils avaient été reçus par Z": "ils" is the pair that opens the sentence.
    if (/^(?:ils|elles|they)$/.test(pronoun.phrase)) {
      const before = s.mentions.filter((m) => m.kind === 'person' && m.end <= pronoun.start && !ctx.objects.has(m) && !isOblique(s.tokens, m, lex, s.passage.start));
      if (before.length >= 2 && COORDINATED.test(dispatch.text.slice(before[0].end, before[1].start))) return unique([before[0].key, before[1].key]);
      // "the understanding which Araghchi and IAEA Director General Rafael Grossi signed when they met": the pair closest before it, a capitalised title between.
      for (let j = before.length - 1; j >= 1; j--) {
        if (/^\s*(?:et|and)\s+(?:(?:the|le|la|l['’])\s*)?(?:\p{Lu}[\p{L}.’'‑-]*\s+){1,5}$/u.test(dispatch.text.slice(before[j - 1].end, before[j].start))) return unique([before[j - 1].key, before[j].key]);
      }
    }
    // "Le bureau de M. X a fait savoir que ce dernier avait rejeté": "the latter" is the last person named, in this sentence first.
    if (/^(?:ce dernier|cette derniere|celui-ci|celle-ci|the latter)$/.test(pronoun.phrase)) {
      const latest = s.mentions.filter((m) => m.kind === 'person' && m.end <= pronoun.start).pop();
      if (latest && fits(latest.key)) return [latest.key];
    }
    // "Les deux ministres belges ont condamné", "the two Belgian ministers": the two of that country, not the last pair seen.
    const ofCountry = /^(?:les deux|the two) (?:(\S+) )?(ministres|ministers|responsables|officials|dirigeants|leaders|chefs de la diplomatie)(?: (\S+))?$/.exec(pronoun.phrase);
    const demonym = ofCountry ? [ofCountry[1], ofCountry[3]].find((w) => w !== undefined && ctx.lex.demonyms.has(w.replace(/s$/, ''))) : undefined;
    if (ofCountry && demonym) {
      const holders = ctx.registry.holdersOfTitle(`${ofCountry[2].replace(/s$/, '').replace(/^chefs/, 'chef')} ${demonym.replace(/s$/, '')}`);
      if (holders.length === 2) return holders;
    }
    // "recalling that the two presidents had met": the two people titled president, when the last group is not them.
    const two = twoTitleHolders(ctx, pronoun.phrase, pronoun.start);
    if (two) return two;
    // "The senators also met X" after "Zelensky met Senators A and B": those of the last group who hold that title.
    const titled = /^(?:the|les)(?: two| deux)? (senators|ministers|envoys|ambassadors|senateurs|ministres|emissaires|ambassadeurs)$/.exec(pronoun.phrase);
    if (titled) {
      const holders = ctx.registry.holdersOf(titled[1].replace(/s$/, ''));
      const group = ctx.salience.lastPlural;
      // "Senators A and B": a plural title gives the names after it no role of their own; whoever has another title is not one of them.
      const members = Array.isArray(group) ? group : [];
      const holding = members.filter((k) => holders.includes(k));
      if (holding.length >= 2) return holding;
      const untitled = members.filter((k) => holders.includes(k) || !ctx.registry.participant(k).role);
      if (untitled.length >= 2 && untitled.length < members.length) return untitled;
    }
    // "le souverain", "le ministre", "the emir": whoever holds that title, when only one does.
    const title = pronoun.phrase.replace(/^(?:le|la|l'|the)\s*/, '');
    const holder = ctx.lex.titles.has(title) ? ctx.registry.resolveTitle(title) : null;
    if (holder && fits(holder)) return [holder];
    // "His Highness affirmed", "His Majesty stressed": the royal last named, not merely the last subject.
    if (/^(?:his|her) (?:royal )?(?:highness|majesty)$/.test(pronoun.phrase)) {
      const royal = lastRoyal(ctx, pronoun.phrase);
      if (royal) return [royal];
    }
    const guess = ctx.salience.resolve(pronoun.phrase);
    // "Le président a reçu X" after the minister Y: a title with its article never stands for someone known by another title.
    if (title !== pronoun.phrase && ctx.lex.titles.has(title) && !ANY_TITLE.test(title) && Array.isArray(guess)) {
      const kept = guess.filter((k) => !ctx.registry.hasOtherTitle(k, title));
      return kept.length ? kept : null;
    }
    return guess;
  }
  if (GROUP_RE(lex).test(` ${between(lastPersonEnd)} `)) return people.length ? null : 'group';
  // "..., two Turkish officials said": an unnamed subject right before the verb is no one we know.
  if (unnamedSubject(ctx, clauseFrom, verb.start)) return null;
  if (people.length) {
    // "when he and Putin met": a pronoun coordinated with the first name is a subject too.
    const co = /\b(he|she|il|elle) (?:and|et) $/.exec(foldPhrase(dispatch.text.slice(Math.max(clauseFrom, people[0].start - 12), people[0].start)) + ' ');
    const earlier = s.mentions.filter((m) => m.kind === 'person' && m.end <= people[0].start - 8 && !ctx.objects.has(m) && !isOblique(s.tokens, m, lex, s.passage.start)).pop();
    const also = co ? (earlier ? [earlier.key] : ctx.salience.resolve(co[1])) : null;
    // "M. Attaf et son homologue ont souligné": the one X last met or called.
    const last = people[people.length - 1];
    const counterpart = /^\s*(?:et|and) (?:son|sa|his|her) (?:homologue|counterpart)\s*$/.test(foldPhrase(dispatch.text.slice(last.end, verb.start)).replace(/\s+(?:ont|have|a|has)(?:\s+\S+)?\s*$/, ' ')) ? (ctx.salience.lastPluralPeople ?? []).filter((k) => k !== last.key) : [];
    const together = ctx.salience.lastPluralPeople?.includes(last.key) && counterpart.length === 1 ? counterpart : [];
    return unique([...(Array.isArray(also) ? also : []), ...people.map((m) => m.key), ...together]);
  }
  // "la suspension de la Guinée des instances de la CEDEAO, précise le communiqué": an institution after "de"/"of" is a complement.
  // "wished Cyprus success in its presidency": nor after a possessive.
  const orgs = direct.filter((m) => m.kind === 'org' && !/\b(?:de la|de l'|du|des|de|d'|of the|of|its|their|his|her|son|sa|ses|leur|leurs)\s*[«"“]?\s*$/.test(foldPhrase(dispatch.text.slice(Math.max(clauseFrom, m.start - 10), m.start))));
  if (orgs.length) return [orgs[orgs.length - 1].key];
  return null;
}

/** "X conveyed the greetings of King Y to Z, and stressed", "les salutations du prince héritier, Y, soulignant": whose greetings or message it is, is not who speaks. */
function isSender(text: string, m: Mention, from: number): boolean {
  const before = foldPhrase(text.slice(Math.max(from, m.start - 200), m.start));
  // "تلقى X رسالة خطية من الرئيس Y، تسلمها لدى استقباله Z": the Arabic sender too.
  const cues = [...before.matchAll(/\b(?:greetings|regards|salutations|message|messages|lettre|letter|invitation|condoleances|condolences) (?:ecrite? |verbal |written |personnel |personal )?(?:of|from|de|du|des|d')\b|(?:^|\s)(?:رسال[ةه]|برسال[ةه]|تحيات|دعو[ةه]|تهنئ[ةه]) (?:(?:خطي[ةه]|شفهي[ةه]|شفوي[ةه]) )?من(?=\s)/gu)];
  if (!cues.length) return false;
  const last = cues[cues.length - 1];
  // "les salutations du Serviteur des deux Saintes Mosquées, le roi X, et du prince héritier, Y": the styles and the
  // second sender in apposition belong to the same phrase, as long as no verb or relative opens another clause.
  const rest = before.slice(last.index! + last[0].length);
  return !/[;.]/.test(rest) && !/\b(?:a|ont|avait|avaient|has|have|had|is|was|qui|who|which|said|dit|indique)\b|\b\w{3,}(?:ant|ing)\b,?\s*$/.test(rest) && (rest.match(/,/g) ?? []).length <= 4;
}

const OPENING_PARTICIPLE = /^(?:recu|recue|recus|recues|accueilli|accueillie|accueillis|received|welcomed|hosted)$/;

/** "le représentant de l'UNICEF en Syrie, X, a jugé": an institution named in the role of the person after it is not the subject. */
function inRoleOfNext(s: SentenceView, m: Mention): boolean {
  const next = s.mentions.find((o) => o.start >= m.end);
  const role = next?.kind === 'person' ? (next as PersonMention).role : undefined;
  return !!role && next!.start - m.end < 80 && role.includes(m.text);
}

/** "Lavrov's Syrian counterpart said": the owner of the subject is not the subject ("X's talks with" aside). */
function isPossessor(s: SentenceView, m: Mention, verb: Hit): boolean {
  const next = s.tokens.find((t) => t.start >= m.end);
  return next !== undefined && next.start === m.end && next.start < verb.start && /^['’]s$/.test(next.text);
}

/** Words that fit any office ("le responsable panafricain" for the president of the Commission): they rule no one out. */
const ANY_TITLE = /^(?:responsable|official|leader|dirigeant|diplomate|diplomat|homologue|counterpart|chef|head|representant|representative|delegue|envoy|envoye|emissaire|haut responsable|senior official)\b/;

const FILLER = /^(?:a|ont|has|have|had|also|aussi|egalement|later|then|ensuite|further|alors|pour|sa|son|part|for|his|her|their|part|de|cote|meanwhile|in|turn|the|le|la|les|l'|finally|enfin|however|toutefois|notamment|en|outre|moreover|furthermore|by|phone|telephone|lors|de|during|in|a|an)$/;

const AUXILIARY = /^(?:a|ont|avait|avaient|has|have|had|was|were)$/;

/** Words after the last comma before the verb that name no one: "an EU official", "des sources". */
function unnamedSubject(ctx: SentenceContext, from: number, verbStart: number): boolean {
  const toks = ctx.s.tokens.filter((t) => t.start >= from && t.end <= verbStart);
  let k = toks.length - 1;
  while (k >= 0 && toks[k].text !== ',') k--;
  if (k < 0) return false;
  const seg = toks.slice(k + 1);
  const words = seg.filter((t) => t.word && !FILLER.test(t.f));
  if (words.length === 0) return false;
  // "Trump, asked about the cancellation on Monday, said": a participle opens the segment, a clause about the subject before it.
  // "Le ministre X a, pour sa part, présenté au Président ...": a French past participle too, after the auxiliary.
  if ((/^(?:\p{Ll}+(?:ed|ing)|asked|told|interroge|interrogee|questionne|questionnee|s'exprimant|repondant|intervenant)$/u.test(words[0].f) || /^\p{Ll}{3,}(?:é|ée|és|ées)$/u.test(words[0].text)) && !words[0].cap) return false;
  // "X et Y, ont évoqué ... lors d'une conversation téléphonique": a verb of its own stands after the comma, so its subject is before it.
  if (seg.some((t, j) => AUXILIARY.test(t.text.toLowerCase()) && seg[j + 1]?.word && !seg[j + 1].cap)) return false;
  const named = ctx.s.mentions.some((m) => (m.kind === 'person' || m.kind === 'org') && seg.some((t) => t.start >= m.start && t.end <= m.end));
  const pronoun = seg.some((t) => ctx.lex.singularPronouns.has(t.f) || ctx.lex.pluralPronouns.has(t.f)) || pronounBefore(ctx, seg[0].start, verbStart) !== null;
  return !named && !pronoun;
}

/** A subject pronoun ("Il", "He", "Ce dernier", "Les deux ministres") between `from` and the verb. */
export function pronounBefore(ctx: SentenceContext, from: number, to: number): { phrase: string; start: number } | null {
  const { s, lex } = ctx;
  const toks = s.tokens.filter((t) => t.start >= from && t.end <= to);
  for (let i = toks.length - 1; i >= 0; i--) {
    // Five tokens for "les deux chefs d'Etat" ("d'" is a token of its own).
    for (const n of [5, 4, 3, 2, 1]) {
      if (i - n + 1 < 0) continue;
      // "HE Minister of State X": "HE" in capitals is His Excellency, no pronoun.
      if (n === 1 && toks[i].text === 'HE') continue;
      const phrase = toks.slice(i - n + 1, i + 1).map((t) => t.f).join(' ').replace(/' /g, "'");
      // Besides the listed pronouns, any title with its definite article: "le gouverneur", "the governor".
      // Two words too: "le Premier ministre", "the prime minister".
      const definiteTitle = (n === 2 && /^(?:le|la|l'|the)$/.test(toks[i - 1].f) && lex.titles.has(toks[i].f)) || (n === 3 && /^(?:le|la|l'|the)$/.test(toks[i - 2].f) && lex.titles.has(`${toks[i - 1].f} ${toks[i].f}`));
      // "conveyed the greetings ... to the prime minister and said": a title after a preposition is the verb's object, not its subject.
      if ((definiteTitle || /^(?:his|her|sa|son) (?:royal )?(?:majesty|highness|excellency|majeste|altesse|excellence)$/.test(phrase)) && TITLE_OBJECT.has(s.tokens[s.tokens.indexOf(toks[i - n + 1]) - 1]?.f ?? '')) continue;
      // "Prince X, the Crown Prince and Prime Minister, met": a title in apposition after a name, between commas, is no subject of its own.
      if (definiteTitle) {
        const at = s.tokens.indexOf(toks[i - n + 1]);
        const closed = toks.slice(i + 1).some((t) => t.text === ',');
        if (closed && s.tokens[at - 1]?.text === ',' && s.mentions.some((m) => m.kind === 'person' && m.end === s.tokens[at - 2]?.end)) continue;
      }
      // "after reading the President's address, told": a title that owns something is no subject.
      // Not "the Prime Minister's Office said": the office speaks for its owner.
      if (definiteTitle && /^['’]s$/.test(toks[i + 1]?.text ?? '') && !/^(?:office|spokesman|spokesperson|spokeswoman|cabinet|press|media|bureau|secretariat|aide|aides)$/.test(toks[i + 2]?.f ?? '')) continue;
      // "les deux ministres belges", "the two Belgian ministers": a plural pronoun with a nationality.
      const withNationality = n >= 3 && ((lex.pluralPronouns.has(phrase.replace(/ \S+$/, '')) && lex.demonyms.has(toks[i].f.replace(/s$/, ''))) || (/^(?:the two|both) /.test(phrase) && lex.demonyms.has(toks[i - 1].f) && lex.pluralPronouns.has(phrase.replace(/ \S+ (\S+)$/, ' $1'))));
      if (lex.singularPronouns.has(phrase) || lex.pluralPronouns.has(phrase) || definiteTitle || withNationality) {
        // "il" must stand right before the verb (or its adverbs), not inside a subordinate clause.
        const after = toks.slice(i + 1).filter((t) => t.word);
        if (after.length <= 3) return { phrase, start: toks[i - n + 1].start };
      }
    }
  }
  return null;
}

/** The title each of "the two ..." holds, as holdersOf reads it. */
const TWO_HOLDERS: Array<[RegExp, string]> = [
  [/^(?:les deux|the two) (?:presidents|chefs d'etat|heads of state)$/, 'president'],
  [/^(?:les deux|the two) kings$/, 'king'],
  [/^(?:les deux|the two) rois$/, 'roi'],
  [/^(?:les deux|the two) emirs$/, 'emir'],
  [/^(?:les deux|the two) (?:prime ministers|premiers ministres)$/, 'prime'],
  [/^(?:ال)?رئيس(?:ين|ان)$/u, 'الرئيس'],
  // "The two envoys later held separate meetings": the two whose roles say envoy, not whoever met last.
  [/^(?:les deux|the two) (?:envoys|emissaires|envoyes)$/, 'envoy'],
];

/**
 * "recalling that the two presidents had met", "Les deux chefs d'Etat ... lors de leur rencontre":
 * the two people named before `before` whose role holds that title, when the last group is not
 * them; else the last pair seen together, when one of them holds it ("Prime Minister Anwar and his
 * Singaporean counterpart Wong ... The two prime ministers held talks").
 */
export function twoTitleHolders(ctx: SentenceContext, phrase: string, before: number): string[] | null {
  const title = TWO_HOLDERS.find(([re]) => re.test(phrase))?.[1];
  if (!title) return null;
  const { s } = ctx;
  // Of those named before the words ("... before the two presidents spoke with US President Z": not Z).
  const seenBefore = (k: string) => ctx.history.some((v) => v.passage.n < s.passage.n && v.mentions.some((m) => m.key === k)) || s.mentions.some((m) => m.key === k && m.end <= before);
  const holders = ctx.registry.holdersOf(title).filter(seenBefore);
  const last = ctx.salience.lastPlural;
  if (holders.length === 2 && !(Array.isArray(last) && last.length === 2 && last.every((k) => holders.includes(k)))) return holders;
  if (holders.length !== 2 && Array.isArray(last) && last.length === 2 && last.some((k) => holders.includes(k))) return last;
  return null;
}

/** What lies between two names joined as one subject: "X et M. Y", "X and Y". */
const COORDINATED = /^\s*(?:et|and)\s+(?:(?:m\.|mme|mr\.?|ms\.?|mrs\.?)\s+)?$/i;

/** Prepositions that make the title after them an object: "to the prime minister", "avec le ministre". */
const TITLE_OBJECT = new Set(['to', 'with', 'from', 'by', 'for', 'of', 'a', 'avec', 'de', 'par', 'pour', 'au', 'aux', 'du', 'des']);

/** Start of the clause holding offset `at`: after the last ";" or ":" before it. */
export function clauseStart(ctx: SentenceContext, at: number, floor: number): number {
  let from = Math.max(ctx.s.passage.start, floor);
  for (const t of ctx.s.tokens) if (t.end <= at && t.start >= from && (t.text === ';' || t.text === ':')) from = t.end;
  return from;
}

/** "..., Assaad al-Chaibani, qui avait eu des entretiens avec X": the subject is the name before "qui". */
export function relativeAntecedent(ctx: SentenceContext, hit: Hit, zoneStart: number): string[] | null {
  const toks = ctx.s.tokens.filter((t) => t.start >= zoneStart && t.end <= hit.start);
  // "X, who also serves as Washington's special envoy for Syria and met Y": the relative may run long, up to its comma.
  const rel = toks.slice(-14).reverse().find((t, n, back) => (/^(?:qui|who|which)$/.test(t.f) || ARABIC_RELATIVE.test(t.f)) && !back.slice(0, n).some((u) => u.text === ',' || u.text === '،'));
  if (!rel) return null;
  if (ctx.s.mentions.some((m) => m.kind === 'person' && m.start > rel.end && m.end <= hit.start)) return null;
  // "during which he asked": the relative is the meeting; the pronoun after it is the subject.
  if (toks.some((t) => t.start > rel.end && /^(?:he|she|they|il|elle|ils|elles)$/.test(t.f))) return null;
  const before = ctx.s.mentions.filter((m) => m.kind === 'person' && m.end <= rel.start);
  if (!before.length) return null;
  const last = before[before.length - 1];
  // "تحيات الرئيس جوزاف عون، الذي كان قد التقى جلالة الملك": an Arabic relative agrees with any noun, so only a
  // name right before it ("الاجتماع الذي عقده" is about the meeting).
  if (ARABIC_RELATIVE.test(rel.f) && /[^\s،,]/u.test(ctx.dispatch.text.slice(last.end, rel.start))) return null;
  // "MM. Bourita et Kabba, qui avaient eu un entretien téléphonique": a coordinated pair is the antecedent.
  const other = before[before.length - 2];
  if (other && COORDINATED.test(ctx.dispatch.text.slice(other.end, last.start))) return unique([other.key, last.key]);
  return [last.key];
}

/**
 * "The WHO official, whom X had received earlier", "Y, que le président X a reçu en audience": the name
 * before an object relative is whom the verb in it met.
 */
export function objectRelativeAntecedent(ctx: SentenceContext, hit: Hit, zoneStart: number): string | null {
  const toks = ctx.s.tokens.filter((t) => t.start >= zoneStart && t.end <= hit.start);
  const rel = toks.slice(-16).reverse().find((t, n, back) => /^(?:whom|que|qu'|qu’)$/.test(t.f) && ctx.s.tokens[ctx.s.tokens.indexOf(t) - 1]?.text === ',' && !back.slice(0, n).some((u) => u.text === ','));
  if (!rel) return null;
  const before = ctx.s.mentions.filter((m) => m.kind === 'person' && m.end <= rel.start);
  const last = before[before.length - 1];
  // The antecedent ends right before the comma of the relative.
  return last && !/[^\s,]/.test(ctx.dispatch.text.slice(last.end, rel.start)) ? last.key : null;
}

const ARABIC_RELATIVE = /^(?:الذي|التي|الذين|اللذين|اللذان|اللتين)$/u;

const RELATIVE = /^(?:who|qui|lequel|laquelle|lesquels|lesquelles)$/;

/**
 * "Minister Khattab, who was accompanied at the meeting by ... Brigadier General Khaled Eid, said":
 * a verb right after a relative clause closed by a comma has the relative's antecedent as subject,
 * whatever names the clause holds. The antecedent may be a title ("Le ministre, qui a participé
 * ..., a estimé").
 */
export function closedRelativeSubject(ctx: SentenceContext, verbStart: number): string[] | null {
  const { s, lex } = ctx;
  const toks = s.tokens.filter((t) => t.end <= verbStart);
  let k = toks.length - 1;
  while (k >= 0 && !toks[k].word && toks[k].text !== ',') k--;
  if (k < 1 || toks[k].text !== ',') return null;
  for (let j = k - 1; j >= 1; j--) {
    const t = toks[j];
    if (t.text === ';' || t.text === ':' || /^[«»“”"]$/.test(t.text)) return null;
    if (!RELATIVE.test(t.f) || toks[j - 1].text !== ',') continue;
    const commaAt = toks[j - 1];
    const antecedent = s.mentions.filter((m) => m.kind === 'person' && m.end <= commaAt.start && commaAt.start - m.end <= 1).pop();
    if (antecedent) return [antecedent.key];
    // A title with its article opening the sentence: "Le ministre, qui ...", "The ambassador, who ...".
    const head = toks.slice(0, j - 1).map((x) => x.f).join(' ').replace(/' /g, "'");
    const titled = /^(?:le|la|the) (\S+)$/.exec(head);
    // "The CS, who was accompanied by X, said": a title's abbreviation stands for whoever acted last.
    if (titled && j === 3 && /^\p{Lu}{2,4}$/u.test(toks[1].text) && !lex.names.has(titled[1])) {
      const r = ctx.salience.resolve('he');
      return Array.isArray(r) && r.length ? r : null;
    }
    if (titled && lex.titles.has(titled[1])) {
      const holder = ctx.registry.resolveTitle(titled[1]);
      if (holder) return [holder];
      const r = ctx.salience.resolve(head);
      return Array.isArray(r) && r.length ? r : null;
    }
    return null;
  }
  return null;
}

/** [start, end) of each relative clause between commas (", who ...,", ", qui ...,") in the sentence. */
export function relativeClauses(ctx: SentenceContext): Array<[number, number]> {
  const toks = ctx.s.tokens;
  const out: Array<[number, number]> = [];
  for (let j = 1; j < toks.length; j++) {
    if (!RELATIVE.test(toks[j].f) || toks[j - 1].text !== ',') continue;
    let close = toks.slice(j + 1).find((t) => t.text === ',' || t.text === ';' || t.text === '.');
    // "qui avait reçu l'envoyé spécial américain, Tom Barrack, a affirmé": the name in apposition belongs to the clause.
    while (close && close.text === ',') {
      const at: number = close.end;
      const named = ctx.s.mentions.find((m) => m.kind === 'person' && m.start >= at && m.start - at <= 2);
      const after = named ? toks.find((t) => t.start >= named.end) : undefined;
      if (!named || !after || after.text !== ',') break;
      close = after;
    }
    if (close && close.text === ',') out.push([toks[j].start, close.start]);
  }
  return out;
}

/**
 * "The ambassador conveyed to X the greetings of Y, affirming ...": a sentence opened by a title
 * with its article and a verb; the title's holder, or whoever it refers back to.
 */
export function openingTitleSubject(ctx: SentenceContext): string[] | null {
  const toks = ctx.s.tokens.filter((t) => t.start >= ctx.s.passage.start).slice(0, 5);
  if (toks.length < 3 || !/^(?:le|la|l'|the)$/.test(toks[0].f)) return null;
  // "Le Premier ministre": a title of two words too.
  const two = toks.length >= 4 && ctx.lex.titles.has(`${toks[1].f} ${toks[2].f}`);
  if (!two && !ctx.lex.titles.has(toks[1].f)) return null;
  const title = two ? `${toks[1].f} ${toks[2].f}` : toks[1].f;
  const after = toks[two ? 3 : 2];
  // A verb right after the title: "The ambassador conveyed", "Le ministre a"; or the verb quoted: 'Le ministre « condamne ».
  // Not a preposition: "Le ministre des Affaires étrangères X" names its holder after the portfolio.
  if (!(after.word && !after.cap && !/^(?:de|des|du|d'|d’|of|for|to|au|aux|en|in|at)$/.test(after.f)) && !/^[«“"]$/.test(after.text)) return null;
  if (ctx.s.mentions.some((m) => m.start <= toks[1].start && m.end > toks[1].start)) return null;
  const holder = ctx.registry.resolveTitle(title);
  if (holder) return [holder];
  const r = ctx.salience.resolve(`${toks[0].f} ${title}`);
  return Array.isArray(r) && r.length ? r : null;
}

/** A royal title or style right before a name ("Sheikh X", "H.H. Prince X", "King X"), or in a role. */
const ROYAL = /\b(?:prince|princess|princesse|sheikh|sheikha|cheikh|king|queen|roi|reine|emir|amir|sultan|crown)\b/i;
const ROYAL_BEFORE = new RegExp(`${ROYAL.source}\\s+(?:\\S+\\s+){0,2}$`, 'i');

/** The last subject, when the dispatch styled them royally; else the person last named royally, in this sentence or before. */
function lastRoyal(ctx: SentenceContext, style: string): string | null {
  const royal = (key: string) => ROYAL.test(ctx.registry.participant(key).role ?? '');
  const subject = ctx.salience.resolve('il');
  if (Array.isArray(subject) && subject.length === 1 && (royal(subject[0]) || wasStyled(ctx, subject[0], ROYAL_BEFORE))) return subject[0];
  // "His Highness also received X" after "His Highness Prince A ... and Prince B": the one the dispatch gave that very style.
  // "Director of the Office of His Majesty X": a style owned by an office is not X's.
  const sameStyle = new RegExp(`(?<!\\b(?:of|de|du)\\s+)\\b${style.replace(/\s+/g, '\\s+')}\\s+(?:${ROYAL.source}\\s+){0,2}$`, 'i');
  return lastPersonWhere(ctx, (v, m) => styledMention(ctx, v, m, sameStyle), false) ?? lastPersonWhere(ctx, (v, m) => royal(m.key) || styledMention(ctx, v, m, ROYAL_BEFORE), true);
}
