import type { Meeting, Mention } from '../types.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import { nonObjectRanges } from './clauses.js';
import { evidenceFor, widenTo, type SentenceContext } from './context.js';

/**
 * Who else took part in a meeting: people "accompanied by", "in the presence of", "the delegation
 * included", in the meeting's sentence or in the sentences that follow it. The cues themselves are
 * data: `attendance` and `presence` in `src/lexicons/events.json`.
 */

/**
 * "The Syrian president was accompanied by X", "L'audience s'est déroulée en présence de Y":
 * a sentence without a meeting verb that names who else attended the meeting just reported.
 */
/** Where the absent are named after those present: "فيما غاب", "while ... was absent", "en l'absence de". */
const ABSENT = /(?:فيما|بينما|في حين|و)\s*(?:غاب|تغيب|تغيّب|اعتذر)(?![\u0621-\u064A])|\b(?:while|whereas)\b[^,;]{0,80}\b(?:was|were) absent\b|,\s*(?:but )?without\b|\b(?:alors que|tandis que)\b[^,;]{0,80}\b(?:absent|n'a pas assiste)|\bin the absence of\b|\ben l['’]absence d/u;

const STAYED_AWAY = /\b(?:(?:could not|couldn't|was unable to|were unable to) (?:attend|travel|come|join|be present|make it)|was represented by|were represented by|had been expected to attend|(?:n'a pas pu|n'ont pas pu) (?:assister|se rendre|venir|etre present)|s'est fait represente|s'est fait representer|se sont fait represente)\b/;

/** "Also attending were A and B, Kremlin spokesman C told reporters": the teller after the list attended nothing. */
const TELLER_AFTER = /,\s+(?:[^,;]{0,90}?\s)?(?:told (?:reporters|journalists|the press|a news conference)|(?:said|says|added|noted)(?: (?:in a statement|on \S+|later))?|a (?:indique|declare|precise|ajoute|souligne) (?:a la presse|aux journalistes)|a-t-(?:il|elle) (?:indique|declare|precise|ajoute))\.?$|,\s+(?:according to|selon)\s[^,;]{3,90}\.?$/;

/** "La délégation, qui comprend des représentants d'entreprises, doit se rendre demain à Alep": the list ends where the clause goes on. */
const CLAUSE_GOES_ON = /,\s+(?:doit|doivent|devait|devaient|devra|devront|a ete|ont ete|se rendra|will|is due|was due|is expected)\b/;

/** "ومن الجانب الباكستاني: A، وB\": a sentence that goes on with the list of those present, side by side. */
const SIDE_LIST = /^و?من الجانب [^\s:،]+ ?:/u;

/** The last sentence that named someone present at a meeting. */
const attendedUntil = new WeakMap<Meeting, number>();

export function addAttendees(ctx: SentenceContext, meetings: Meeting[]): void {
  const last = meetings[meetings.length - 1];
  if (!last || last.kind !== 'meeting' || last.passage.dispatchId !== ctx.s.passage.dispatchId) return;
  const folded = foldPhrase(ctx.s.passage.text);
  // Two sentences on, or three when the sentence names the meeting it adds to ("during the meeting").
  const refersBack = /\b(?:the (?:\w+ )?(?:meeting|talks|audience)|(?:la|cette) (?:rencontre|reunion|audience)|(?:l'|cet )entretien|les entretiens)\b|اللقاء|الاجتماع/.test(folded);
  // "The meeting was attended by" names the last meeting, however far back: WAM and SANA close with it.
  const theMeeting = SIDE_LIST.test(folded) || /\b(?:also )?attended the (?:meeting|talks|audience|reception|ceremony|ceremonies)\.?$|\b(?:also )?(?:took part|participated) in the (?:meeting|talks)\.?$|\bwas (?:also )?joined (?:in|at|during) the (?:meeting|talks) by\b|\b(?:was|were) (?:also )?present (?:during|at) the (?:meeting|talks|audience)\b|\b(?:etait|etaient) (?:egalement |aussi )?presente?s? (?:lors de l'entretien|a l'audience|a la rencontre|lors de la rencontre)\b|^(?:the (?:meeting|talks|audience) (?:was|were) (?:also )?attended (?:on the (?:\S+ ){1,2}side )?by|(?:l'entretien|l'audience|la rencontre|la reunion|une reunion elargie|la reunion elargie) s'est (?:deroulee?|tenue?) (?:\S+ ){0,10}?en presence|(?:les entretiens|les audiences|les rencontres|les reunions) se sont deroule(?:e)?s en presence|(?:the|both|the two) (?:meetings|talks|audiences) were (?:also )?attended by|from the (?:\S+ )?side, (?:it|the (?:meeting|talks|audience)) (?:was|were) (?:also )?attended by|(?:و?من الجانب \S+،? )?و?حضرت? (?:جلس[ةه] |جلسات )?(?:اللقاء|الاجتماع|المقابلة|الاستقبال|المباحثات|مراسم|مراسيم|المراسم|المراسيم|لقاءي|اللقاءين|لقاءات|اللقاءات)|(?:فيما |كما |و)?حضر(?:ه|ها)? (?:من|عن) الجانب)/.test(folded);
  // Counted from the last sentence that added someone to it: "La délégation comprenait A. La présidente était accompagnée de B."
  const lastTold = Math.max(last.passage.n, attendedUntil.get(last) ?? -1);
  if (!theMeeting && ctx.s.passage.n - lastTold > (refersBack ? 3 : 2)) return;
  const cue = ctx.lex.attendance.exec(folded);
  if (!cue) return;
  // "X, who had been expected to attend, could not travel and was represented by a deputy": someone who stayed away.
  // "China was represented at the meeting by X, while A and B were among those who attended": a multilateral session, no talks.
  if (STAYED_AWAY.test(folded) || /\b(?:was|were) represented (?:at|in) the (?:meeting|session|summit|conference)\b|\bamong those (?:who )?(?:attended|attending)\b/.test(folded)) return;
  // "The talks, attended by X, ended with a committee that will meet every six months": a future
  // after the attendance is about something else.
  const cueEnd = ctx.s.passage.start + cue.index + cue[0].length;
  // "X took part in a ministerial meeting", "a participé aux travaux du forum": another event, not the meeting just reported.
  if (/(?:took part|participated|pris part|participe)$/.test(cue[0]) && /^\s*(?:in|a|aux?|à)\s+(?:(?:a|an|un|une)\s|(?:the\s|la\s|le\s|les\s|l')?(?:\S+\s+){0,2}?(?:conference|forum|summit|session|sessions|ceremony|conferences|conference|sommet|seance|travaux|ceremonie|reunion ministerielle|ministerial))/.test(folded.slice(cue.index + cue[0].length))) return;
  // "للوفد الفلسطيني المشارك في أعمال الجمعية العامة", "مشاركته في مؤتمر": taking part in a session or a conference, another event.
  if (/شارك(?:ة|ه|ت|وا|ين|ون)? في$/u.test(cue[0]) && /^\s*(?:اعمال|أعمال|اجتماعات|مؤتمر|المؤتمر|الدور[ةه]|القم[ةه]|قم[ةه]|منتدى|المنتدى|فعاليات|جلسات|اجتماع (?:مجلس|وزراء|الجمعي[ةه])|الاجتماع الوزاري)/u.test(folded.slice(cue.index + cue[0].length))) return;
  if (ctx.cues.blockers.some((b) => b.start < cueEnd + 40 || /annul|report|ajourn|postpon|cancel|called off/.test(foldPhrase(b.text)))) return;
  // "X was present at both meetings", "aux deux entretiens": every meeting of the sentence that told them, or the last two told.
  const both = /\b(?:both|the two|each of the|all (?:the )?(?:three|two)) (?:meetings|talks|audiences)\b|\b(?:aux|des|lors des) (?:deux|trois) (?:entretiens|rencontres|reunions|audiences)\b/.test(folded);
  // "Les audiences se sont déroulées en présence de X", "The meetings were attended by X": every meeting the same host held.
  // "حضر لقاءي سموه مع الرئيسين": the two meetings (a dual), so every meeting of the same host.
  const all = /^(?:les (?:entretiens|audiences|rencontres|reunions) se sont|the (?:meetings|audiences) were)/.test(folded) || /^و?حضرت? (?:لقاءي|اللقاءين|لقاءات|اللقاءات)(?![\u0621-\u064A])/u.test(folded);
  const host = last.participants[0]?.key;
  // The dispatch's meetings (not its calls), in the order told.
  const told = meetings.filter((m) => m.kind === 'meeting' && m.passage.dispatchId === last.passage.dispatchId);
  // "The meeting was attended by ..." several sentences after a past meeting told in passing: the lead meeting.
  // Not a headline that the lead tells again with more of its people ("رئيس الدولة يستقبل رئيس الوزراء اللبناني").
  const restated = (m: Meeting) => m.passage.n === 0 && !/[.!؟]\s*$/u.test(m.passage.text) && told.some((o) => o !== m && o.passage.n > 0 && o.participants.length >= m.participants.length && m.participants.every((p) => o.participants.some((q) => q.key === p.key)));
  const lead = told.find((m) => !restated(m)) ?? told[0];
  const lastText = foldPhrase(last.passage.text);
  const toldInPassing = /\b(?:recall|recalled|recalling|(?:his|her|their) (?:meeting|talks) with|hosting (?:his|her|their) meeting|sa rencontre avec|son entretien avec|leur rencontre)\b/.test(lastText) || /(?:^|\s)و?(?:استذكر|استذكرا|استذكرت|استعاد|استعادا)(?:\s|$)/u.test(lastText);
  // A meeting of before, in the pluperfect ("الذي كان قد التقى جلالة الملك في نيسان", "who had met him in April"), sends
  // the attendance back to the lead meeting, in the headline or the lead sentence under it.
  const ofBefore = /\b(?:had (?:met|held|received|hosted)|(?:avait|avaient) (?:rencontre|recu|eu|tenu))\b|(?:كان|كانت|كانا)(?: \S+){0,5} قد (?:التق|استقبل|اجتمع|عقد)/u.test(lastText);
  // "Lee and Xi held their first summit in Gyeongju on Nov. 1", "last month", "en juillet dernier": a meeting dated before.
  const datedBefore = /\b(?:on|in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b(?:last|earlier this) (?:month|year)\b|\bin (?:19|20)\d\d\b|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) dernier\b|\ben (?:19|20)\d\d\b/.test(lastText) || ARABIC_DATED_BEFORE.test(lastText);
  // "حضر جلسة المباحثات ..." after "وكان X قد عقد جلسة مباحثات مع Y": the talks just told, not the lead's audience.
  const noun = /^(?:و?من الجانب \S+،? )?و?حضرت? (?:جلس[ةه] )?(المباحثات|المحادثات)/u.exec(folded)?.[1];
  const ownNoun = noun !== undefined && lead !== undefined && lastText.includes(noun.slice(2)) && !foldPhrase(lead.passage.text).includes(noun.slice(2));
  const farBack = theMeeting && !ownNoun && lead !== undefined && lead !== last && (((ctx.s.passage.n - last.passage.n > 1 || toldInPassing) && lead.passage.n === 0) || ((ofBefore || datedBefore) && lead.passage.n <= 1));
  // "The audience with HM the King was attended by X" after two audiences: the one with the King.
  const named = withWhom(ctx, folded, told);
  // "X met Y on Tuesday, a day after Y held talks with Z. W also attended the meeting": the main clause's meeting, not the one told in passing.
  const sameSentence = told.filter((m) => m.passage.n === last.passage.n);
  const inPassing = sameSentence.length > 1 && sameSentence[0] !== last && /,\s+(?:(?:a|one|two|three|\S+) (?:day|days|week|weeks|hours?) (?:after|before)|after|following|au lendemain|la veille|(?:un|une|deux|trois) (?:jour|jours|semaine|semaines) (?:apres|avant))\b/.test(foldPhrase(last.passage.text));
  // "وفي اللقاء الأول، الذي حضره X", "At the second meeting, attended by Y": the meeting counted in the order told.
  const nth = ordinalMeeting(folded);
  const counted = nth !== null ? told[nth] : undefined;
  // "held separate meetings with A and B. A was accompanied by C": the meeting of the one accompanied, not the last told.
  const accompanied = /^(?:\S+ ){0,6}?(?:was|were) (?:also )?accompanied by\b/.test(folded) ? ctx.s.mentions.find((m) => m.kind === 'person' && m.start < ctx.s.passage.start + cue.index) : undefined;
  const theirs = accompanied && !last.participants.some((p) => p.key === accompanied.key) ? [...told].reverse().find((m) => m.participants.some((p) => p.key === accompanied.key)) : undefined;
  const targets = named ? [named] : counted ? [counted] : theirs ? [theirs] : inPassing ? [sameSentence[0]] : all ? told.filter((m) => m.participants[0]?.key === host) : both ? (sameSentence.length >= 2 ? sameSentence : told.slice(-2)) : farBack ? [lead!] : [last];
  // "Also present during the call were X and Y": a sentence that opens on who was present names only them.
  // "حضر الاستقبال من الجانب السعودي: A، وB": a list after a colon, every name in it.
  const opensOnPresence = /^(?:(?:also|were also|was also) present|present (?:at|during|were|was)|in attendance|attending (?:the|were|was|from))\b/.test(folded) || /^(?:و|كما |فيما )?(?:حضر|حضره|حضرها|حضرت)\s/u.test(folded) || SIDE_LIST.test(folded);
  const excluded = opensOnPresence ? [] : nonObjectRanges(ctx.s.tokens, ctx.s.passage.start, ctx.s.passage.end, false).filter(([a]) => a > ctx.s.passage.start);
  // "X had inaugurated the forum in the presence of heads of state": a cue that names who attended after it leaves out whoever comes before.
  // Not "accompanied by": whoever is accompanied, named before it, attended too.
  const namesAfter = /(?:presence|attended (?:on the (?:\S+ ){1,2}side )?by|participation|حضور)/.test(cue[0]) && !/^(?:the (?:meeting|talks|audience)|l'entretien|l'audience|la rencontre|la reunion)/.test(folded);
  // "A statement by X, the presidential spokesperson, said the President was accompanied by Y": the teller before the telling verb attended nothing.
  const tellingVerb = ctx.cues.reporting.filter((r) => r.end <= ctx.s.passage.start + cue.index).pop();
  const from = namesAfter ? ctx.s.passage.start + cue.index : tellingVerb ? tellingVerb.end : ctx.s.passage.start;
  // "وحضر اللقاء A، فيما غاب B لوجوده في مهمة", "attended by A, while B was absent": whoever is absent after the list did not attend.
  // Or where its teller is named after it, or where the clause goes on.
  const afterCue = folded.slice(cue.index + cue[0].length);
  const listEnd = ABSENT.exec(afterCue) ?? TELLER_AFTER.exec(afterCue) ?? CLAUSE_GOES_ON.exec(afterCue);
  const until = listEnd ? ctx.s.passage.start + cue.index + cue[0].length + listEnd.index : ctx.s.passage.end;
  for (const meeting of targets) {
    const have = new Set(meeting.participants.map((p) => p.key));
    for (const m of ctx.s.mentions) {
      if (m.kind !== 'person' || m.start < from || m.start >= until || have.has(m.key) || m.key.startsWith('t:') && m.via === 'role' && !ctx.registry.participant(m.key).role) continue;
      if (excluded.some(([a, b]) => m.start >= a && m.start < b) && !presenceSince(ctx, m, ctx.s.passage.start)) continue;
      meeting.participants.push(ctx.registry.participant(m.key));
      have.add(m.key);
      attendedUntil.set(meeting, ctx.s.passage.n);
      // "حضر المقابلة وزير الخارجية": someone present only by title is shown with the sentence that named them.
      meeting.evidence = widenTo(meeting.evidence, evidenceFor(ctx, [m.key]), ctx.dispatch.text);
    }
  }
}

/**
 * "attended by National Intelligence Organization (MIT) chief Ibrahim Kalin": a presence cue
 * since the previous person, however long the role between the cue and the name.
 */
export function presenceSince(ctx: SentenceContext, m: Mention, from: number): boolean {
  const prev = ctx.s.mentions.filter((o) => o.kind === 'person' && o.end <= m.start && o.start >= from).pop();
  // The cue within the role's length before the name, with no other person in between.
  const seg = foldPhrase(ctx.dispatch.text.slice(Math.max(prev?.end ?? from, m.start - 110), m.start));
  if (ctx.lex.presence.test(seg) && !/[;:]/.test(seg)) return true;
  // "شارك في الاجتماع ... X، ووزير الدفاع Y": the next of a list that opened on the cue.
  // "which included Minister A and Minister of Water B": the next of a Latin list, with only a role between.
  // "joined by A, Chief of Defence Forces Field Marshal B and C": after a comma too, with only a role between.
  return prev !== undefined && (/^[\s،]*و/u.test(seg) || /^\s*(?:,\s*)?(?:and|et)(?:\s+[^\s,;:]+){0,8}\s*$/.test(seg) || /^\s*,(?:\s+[^\s,;:]+){0,8}\s*$/.test(seg)) && presenceSince(ctx, prev, from);
}


/** Ranks of a meeting in English, French (masculine and feminine nouns) and Arabic, as folded. */
const RANKS = [
  { en: 'first', fr: 'premier', frF: 'premiere', ar: 'الاول' },
  { en: 'second', fr: '(?:second|deuxieme)', frF: '(?:seconde|deuxieme)', ar: 'الثاني' },
  { en: 'third', fr: 'troisieme', frF: 'troisieme', ar: 'الثالث' },
];
const ORDINALS = RANKS.map(({ en, fr, frF, ar }) => new RegExp(`\\b(?:the|at the|in the|during the) ${en} (?:meeting|audience|talks)\\b|\\b(?:le|du|au|lors du) ${fr} (?:entretien|tete-a-tete)\\b|\\b(?:la|de la|a la|lors de la) ${frF} (?:rencontre|audience|reunion)\\b|(?:اللقاء|الاجتماع|المقابلة) ${ar}(?![\\u0621-\\u064A])`, 'u'));

/** Which meeting of the dispatch, counted from 0, a sentence names by its rank ("the second meeting"). */
function ordinalMeeting(folded: string): number | null {
  const n = ORDINALS.findIndex((re) => re.test(folded));
  return n >= 0 ? n : null;
}

/** The meeting a sentence names by whom it was with ("The audience with HM the King was attended by"), the latest with that person. */
function withWhom(ctx: SentenceContext, folded: string, meetings: Meeting[]): Meeting | undefined {
  // "Lors de l'entretien avec M. X, le ministre était accompagné de Y", "During the talks with X, he was joined by Y": the clause names the meeting too.
  // "حضر لقاء صاحب السمو رئيس الدولة وجلالة الملك، A": so does the meeting of X and Y in construct.
  const m = /^(?:the (?:audience|meeting|talks|reception) with|l'(?:audience|entretien) avec|la (?:rencontre|reunion) avec) (.{3,80}?) (?:was|were|s'est|se sont|a ete)\b/.exec(folded) ?? /^(?:lors de|au cours de|pendant|during|at|in) (?:l'(?:audience|entretien)|la (?:rencontre|reunion)|the (?:audience|meeting|talks|reception)) (?:avec|with) ([^,]{3,80}?),/.exec(folded) ?? /^(?:و|كما |فيما )?حضرت? لقاء ([^،,]{3,120}?)،/u.exec(folded);
  if (!m) return undefined;
  const span = ctx.s.passage.start + m[0].indexOf(m[1]);
  const mention = ctx.s.mentions.find((x) => x.kind === 'person' && x.start >= span && x.start < span + m[1].length);
  // "HM the King", "HE the Prime Minister", "His Royal Highness the Crown Prince": the style before the title tells no one.
  const words = m[1].split(' ');
  let k = 0;
  while (k < words.length - 1 && (ctx.lex.honorifics.has(words[k]) || /^(?:his|her|son|sa|royal|royale|he)$/.test(words[k]))) k++;
  const key = mention?.key ?? ctx.registry.resolveTitle(words.slice(k).join(' '));
  if (!key) return undefined;
  return [...meetings].reverse().find((x) => x.participants.some((p) => p.key === key));
}

/** "في أبريل الماضي", "الشهر الماضي", "العام المنصرم": a meeting dated before, in Arabic (folded text). */
const ARABIC_DATED_BEFORE = /(?:(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|الثاني|الاول|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول)|الشهر|العام|الاسبوع|السنه|السنة) (?:الماضي|المنصرم)(?![\u0621-\u064A])/u;
