import type { Lang, Mention, Span } from '../types.js';
import { foldPhrase, isPlaceName, type Lexicon } from '../lexicons/lexicon.js';
import { arabicProcliticForms, nameKey } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokens.js';
import { namesWoman } from './gender.js';
import { MILITARY_RANK } from './people.js';
import { ARABIC_COMMA, ASSISTANT, isPremierStyle, officeAfterPresident, arabicInstitution, arabicMemberNames, arabicKnownSurname, arabicNameBeforeRole, arabicRoleAfter, arabicTitledName, arabicTitleEnd, isArabicVerb } from './arabic-names.js';

/**
 * Finds people, places and organisations in one sentence, with the role written next to each
 * person. Sources, in order of trust: the alias table; a name after a title or honorific
 * ("le président russe Vladimir Poutine", "M. Fidan"); a name followed by an appositive role
 * ("Hakan Fidan, ministre turc des Affaires étrangères,"); a name starting with a known first
 * name; a surname of someone already named in the dispatch.
 */

export interface PersonMention extends Mention {
  kind: 'person';
  /** Written as a woman ("Mme", "la ministre", "présidente"), so "elle"/"she" may refer to her. */
  female?: boolean;
  /** Role as written next to the name, without the article. */
  role: string | null;
  /** Surname key, to recognise "Fidan" after "Hakan Fidan". */
  surname: string;
}

export interface SentenceEntities {
  tokens: Token[];
  mentions: Mention[];
}

/** Names already seen earlier in the dispatch: surname key → person key. */
export type KnownSurnames = Map<string, string>;

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’', 'the', 'a', 'an', 'un', 'une']);
const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/** "un" is an article, "UN" the United Nations. */
/** Whether the phrase from token k runs, within a few words, to a comma and a capitalised name. */
function namedAfter(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 7; j++) if (tokens[j].text === ',') return tokens[j + 1]?.cap === true && tokens[j + 1].word;
  return false;
}

const DOMAIN_LINK = /^(?:des|du|aux|de|d')$/;
const ARABIC_LINEAGE = new Set(['بن', 'ابن', 'بنت', 'آل']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const RETIRED = /^(?:retd|rtd|ret|retired)\.?$/;

function isArticle(t: Token): boolean {
  return ARTICLES.has(t.f) && !/^\p{Lu}{2,}$/u.test(t.text);
}
/** "son homologue syrien", "his Turkish counterpart": a title after a possessive is a person too. */
/** Adverbs and auxiliaries that stand between a subject and its verb, never between a title and its holder's name. */
const VERB_BETWEEN = new Set(['also', 'then', 'later', 'has', 'have', 'had', 'was', 'is', 'will', 'would', 'again', 'already', 'aussi', 'egalement', 'ensuite', 'a', 'ont', 'avait', 'est', 'sera', 'deja']);
/** Words after which "du" opens someone attending: "en présence du", "accompagné du", "..., et du". */
const ATTENDING_BEFORE_DU = new Set(['presence', 'compagnie', 'accompagne', 'accompagnee', 'accompagnes', 'accompagnees', 'entoure', 'entouree', 'et']);
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'their', 'its', "'s", '’s']);
/** Where the sentence's words before a role end ("appel téléphonique de | la haute représentante"); not "and" ("Foreign and Expatriates Minister") or "'s" ("India's ambassador"). */
const PREPOSITIONS = new Set(['de', 'des', 'du', "d'", 'd’', 'au', 'aux', 'à', 'of', 'in', 'at']);
const LINKS = new Set(['de', 'des', 'du', "d'", 'd’', 'la', "l'", 'l’', 'of', 'for', 'and', 'et', '’s', "'s", 'aux', 'au', 'en', 'charge', 'on', 'to', 'pour', 'a', 'chargee', 'charge', 'aupres']);
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;
const NAME_PARTICLES = new Set(['al', 'el', 'ben', 'bin', 'ibn', 'abou', 'abu', 'bou', 'abd', 'abdel', 'abdul', 'de', 'da', 'dos', 'das', 'do', 'del', 'van', 'von', 'der', 'den', 'ould', 'mint', 'ment', 'ait', 'al-', 'bint']);
/** "صاحب السمو الأمير X وزير الخارجية": a rank of nobility says less than the role after the name. */
const NOBILITY = /^(?:ال)?(?:أمير|امير|أميرة|اميرة)$/u;

/** "Son Excellence", "His Majesty": the possessive before a multi-word honorific. */
const HONORIFIC_POSSESSIVES = new Set(['son', 'sa', 'his', 'her']);

const FUNCTION_CAPS = new Set(
  (
    'le la les l un une des du de dans sur par pour avec lors selon apres avant depuis pendant entre ' +
    'au aux ce cette ces il elle ils elles on nous et mais ou donc or ni car en a the in on at by for with during after ' +
    'before since between to of and but or he she they it this that these those his her their its we as from while when ' +
    'son sa ses leur leurs also later meanwhile separately earlier moreover however furthermore par ailleurs sur le plan enfin ensuite'
  ).split(' '),
);

export function findEntities(text: string, span: Span, sentence: number, lang: Lang, lex: Lexicon, known: KnownSurnames): SentenceEntities {
  const tokens = tokenize(text, span.start, span.end);
  const mentions: Mention[] = [];
  /** Arabic names found after their title, by first token: the loop skips over them. */
  const arabicNames = new Map<number, number>();
  /** Tokens before this index belong to an Arabic role already read: its inner titles are not new people. */
  let arabicRoleUntil = 0;
  /** Arabic roles written before a known name, by the name's first token. */
  const arabicRoles = new Map<number, string>();
  /** For a known name whose role follows it: where that role ends. */
  const arabicExtraUntil = new Map<number, number>();
  let i = 0;
  while (i < tokens.length) {
    const arabicEnd = arabicNames.get(i);
    if (arabicEnd !== undefined) {
      i = arabicEnd;
      continue;
    }
    const alias = matchAlias(tokens, i, lex);
    if (alias) {
      const entry = lex.entities.get(alias.key)!;
      const start = tokens[i].start;
      // "Mohammed bin Salman bin Abdulaziz Al Saud": the lineage written after a known name is still that name.
      const aliasEnd = entry.kind === 'person' ? lineageEnd(tokens, alias.end) : alias.end;
      const end = tokens[aliasEnd - 1].end;
      if (entry.kind === 'person') {
        // "محمد بن سلمان ... ولي العهد رئيس مجلس الوزراء": the role after a known name is no one new.
        // Not "... ووزير الاقتصاد X": a title with the conjunction on it starts the next person.
        // Nor after a verb, a bare office and the name ("التقى الوزير الشيباني رئيس بعثة ..."): the name has its title, the next is the object.
        const roleAfter = lang === 'ar' && !verbThenOffice(tokens, i, lex) && lex.titles.has(tokens[aliasEnd]?.f ?? '') ? arabicRoleAfter(tokens, aliasEnd, lex) ?? 0 : 0;
        // "هانس غروندبرغ المبعوث الخاص ... إلى اليمن": with no title before the known name, the one after is its role.
        const written = arabicRoles.get(i) ?? roleFor(text, tokens, i, aliasEnd, lex) ?? (roleAfter > aliasEnd ? cleanRole(text.slice(tokens[aliasEnd].start, tokens[roleAfter - 1].end), lex) : null);
        mentions.push(person(text, start, end, alias.key, sentence, 'alias', written));
        arabicRoleUntil = Math.max(arabicRoleUntil, arabicExtraUntil.get(i) ?? 0, roleAfter);
      } else {
        mentions.push({ kind: entry.kind, text: text.slice(start, end), key: alias.key, start, end, sentence, via: 'alias' });
      }
      i = aliasEnd;
      continue;
    }
    if (lang === 'ar') {
      // "الشيخ صباح خالد الحمد الصباح" after "مشعل الأحمد الجابر الصباح": a family name known before, followed by a first name, is a first name itself.
      // "استقبل ... نبيه بري ...، في حضور المستشار الإعلامي للرئيس بري علي حمدان": a surname named earlier in the sentence is known too.
      const namedHere = (k: number) => tokens[k].f.length >= 3 && mentions.some((m) => m.kind === 'person' && m.via === 'title' && !m.key.startsWith('t:') && m.text.endsWith(` ${tokens[k].text}`));
      // "أحمد عبدالوهاب العوضي" after "أحمد عبدالله الأحمد الصباح": a servant's name ("عبد…" in one word) is a first name the lists need not hold.
      // "المشير الشيخ خليفة بن أحمد آل خليفة" after "سلمان بن حمد آل خليفة": a family name followed by "بن" is a first name too.
      const firstNameAt = (t: Token | undefined) => t !== undefined && (lex.firstNames.has(t.f) || /^عبد[\u0621-\u064A]{4,}$/u.test(t.f) || /^(?:بن|بنت)$/u.test(t.f));
      const isKnown = (k: number) => k < tokens.length && (lex.entities.get(matchAlias(tokens, k, lex)?.key ?? '')?.kind === 'person' || ((arabicKnownSurname(tokens[k], known, tokens[k - 1]) !== null || namedHere(k)) && (!firstNameAt(tokens[k + 1]) || /^لل/u.test(tokens[k - 1]?.f ?? ''))));
      const titled = i >= arabicRoleUntil ? arabicTitledName(tokens, i, lex, isKnown) : null;
      // "اليوم، هاميش فالكونر، وزير الدولة": a bare title may follow the name it belongs to.
      const nameBefore = titled?.kind === 'title' ? arabicNameBeforeRole(tokens, titled.start, lex) : null;
      if (titled?.kind === 'known') {
        arabicRoleUntil = titled.end;
        const alias = matchAlias(tokens, titled.end, lex);
        // "محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد ...،": the role comes after the lineage.
        const nameEnd = alias && lex.entities.get(alias.key)?.kind === 'person' ? lineageEnd(tokens, alias.end) : alias?.end ?? 0;
        const after = alias ? arabicRoleAfter(tokens, nameEnd, lex) : null;
        // "ومعالي محمد البشير، وزير الطاقة": the conjunction on the honorific that opens the next of a list leaves it an honorific.
        const honorificOnly = tokens.slice(titled.start, titled.end).every((t, n) => lex.honorifics.has(n === 0 ? t.f.replace(/^و(?=[\u0600-\u06FF]{3})/u, '') : t.f) || NOBILITY.test(t.f));
        const [a, b] = after && honorificOnly ? [ARABIC_COMMA.test(tokens[nameEnd]?.text ?? '') ? nameEnd + 1 : nameEnd, after] : [titled.start, titled.end];
        arabicRoles.set(titled.end, cleanRole(text.slice(tokens[a].start, tokens[b - 1].end), lex));
        if (after && honorificOnly) arabicExtraUntil.set(titled.end, after);
      }
      if (titled?.kind === 'name' && !arabicNames.has(titled.start)) {
        const start = tokens[titled.start].start;
        const stop = tokens[titled.end - 1].end;
        const written = text.slice(start, stop);
        // The role after the name ("محمد بن عبدالرحمن رئيس مجلس الوزراء") says more than an honorific before it.
        const honorificOnly = tokens.slice(titled.roleStart, titled.roleEnd).every((t, n) => lex.honorifics.has(t.f) || NOBILITY.test(t.f) || isPremierStyle(tokens, titled.roleStart + n, lex));
        // "رئيس مجلس النواب نبيه بري الموفد الفرنسي": after a name with its office before it, a definite title with no comma is someone else.
        // (Not "أحمد أبو الغيط الأمين العام لجامعة الدول العربية": an office in construct is the name's own.)
        const otherPerson = !honorificOnly && /^ال/u.test(tokens[titled.end]?.text ?? '') && lex.demonyms.has(tokens[titled.end + 1]?.f ?? '');
        const after = otherPerson ? null : arabicRoleAfter(tokens, titled.end, lex);
        // "، وزير الشؤون الخارجية ... للجمهورية الإيطالية، السيد أنطونيو تاياني": the office in apposition before the honorific.
        const officeBefore = honorificOnly && !after ? arabicOfficeBefore(tokens, titled.roleStart, lex) : null;
        const [a, b] = officeBefore ?? (after && honorificOnly ? [titled.end, after] : [titled.roleStart, titled.roleEnd]);
        // "فخامة الرئيس جوزاف عون رئيس الجمهورية اللبنانية", "الأدميرال براد كوبر قائد القيادة المركزية": the office after the name completes the title before it.
        const role = cleanRole(text.slice(tokens[a].start, tokens[b - 1].end), lex) + (after && !honorificOnly ? ` ${cleanRole(text.slice(tokens[titled.end].start, tokens[after - 1].end), lex)}` : '');
        // "الأمير عبد العزيز" after "الأمير عبد العزيز بن سعود بن نايف": part of a name named before.
        mentions.push(person(text, start, stop, known.get(nameKey(written)) ?? knownByPart(nameKey(written), known) ?? `p:${nameKey(written)}`, sentence, 'title', role));
        arabicNames.set(titled.start, titled.end);
        arabicRoleUntil = Math.max(titled.end, after ?? 0);
      } else if (titled?.kind === 'title' && nameBefore && !mentions.some((m) => m.end > tokens[nameBefore.start].start && m.start < tokens[nameBefore.end - 1].end)) {
        arabicRoleUntil = titled.end;
        const start = tokens[nameBefore.start].start + nameBefore.skip;
        const stop = tokens[nameBefore.end - 1].end;
        const written = text.slice(start, stop);
        mentions.push(person(text, start, stop, known.get(nameKey(written)) ?? `p:${nameKey(written)}`, sentence, 'title', cleanRole(text.slice(tokens[titled.start].start, tokens[titled.end - 1].end), lex)));
      } else if (titled?.kind === 'title') {
        arabicRoleUntil = titled.end;
        // "المحافظ", "وزير الخارجية السوري": someone named before, by title; not an apposition after a name.
        // Honorifics ("معالي", "السيد") are not part of the title that tells who.
        let from = titled.start;
        while (from < titled.end - 1 && lex.honorifics.has(bareWord(tokens[from].f))) from++;
        const titleEnd = arabicTitleEnd(tokens, from, titled.end, lex);
        const roleTokens = tokens.slice(from, titleEnd);
        // "يستقبل سمو ولي العهد ووزير الخارجية المصري": the title that ends at "و" and another title leaves that one to be read.
        if (titleEnd < titled.end && /^و/u.test(tokens[titleEnd].f) && lex.titles.has(bareWord(tokens[titleEnd].f))) arabicRoleUntil = titleEnd;
        const definite = /^(?:[وفلب])?ال/u.test(roleTokens[0].f) || roleTokens.length > 1;
        // "X، وسفير الاتحاد الأوروبي": with "و" on it, the title is the next of a list, not X's role.
        // But "استقبل رئيس مجلس النواب نبيه بري الموفد الفرنسي": a definite title right after a name that already has its
        // title before it is the verb's object, someone else.
        // "سعيد مبارك الهاجري مساعد وزير الخارجية": the role may open before the title word ("مساعد"), right after the name.
        const before = titled.start;
        // Never "نظيره": "التقى الصفدي نظيره اللبناني" is the verb's subject, then his counterpart.
        // Nor after "التقى الوزير الشيباني": a verb, a bare office and a name, whose next title is the object.
        const officeThenName = (m: Mention) => verbThenOffice(tokens, tokens.findIndex((t) => t.start === m.start), lex);
        const apposition = !/^و/u.test(tokens[from].f) && !/^نظير/u.test(tokens[from].f) && mentions.some((m) => m.kind === 'person' && (m.end === tokens[before - 1]?.end || (ARABIC_COMMA.test(tokens[before - 1]?.text ?? '') && m.end === tokens[before - 2]?.end)) && !(m.end === tokens[before - 1]?.end && ((m.via === 'title' && (m as PersonMention).role !== null && /^ال/u.test(tokens[from].text)) || officeThenName(m))));
        // The role runs on to another title and a name; not after "رئيس الجمهورية": "استقبل رئيس الجمهورية وزير الدفاع X" names two people.
        const chained = !officeAfterPresident(tokens, titled.start, titled.end, lex) && runsOnToTitle(tokens, from, titled.end, lex);
        // "وقال الرئيس بري": a known family name right after the title is whom it styles.
        const surnameNext = titleEnd < titled.end && titleEnd === from + 1 && isKnown(titleEnd);
        if (definite && !apposition && !chained && !surnameNext && !roleTokens.every((t) => lex.honorifics.has(t.f))) {
          // "والوزير", "وسفير": the conjunction written on the title is no part of it.
          // "المرافقة لرئيس المجلس الأوروبي": nor the "ل" (for, to) on the title word.
          const start = roleTokens[0].start + (/^[وفلب]ال/u.test(roleTokens[0].f) || (/^[ول]/u.test(roleTokens[0].f) && isTitleWord(roleTokens[0].f.slice(1), lex)) ? 1 : 0);
          const written = text.slice(start, roleTokens[roleTokens.length - 1].end);
          mentions.push({ kind: 'person', text: written, key: `t:${foldPhrase(written)}`, start, end: roleTokens[roleTokens.length - 1].end, sentence, via: 'role', role: written, surname: '' } as PersonMention);
        }
      }
      const inst = arabicInstitution(tokens, i, lex);
      if (inst) {
        const written = text.slice(inst.start, inst.end);
        const key = inst.anaphoricHead ? `o:~${inst.anaphoricHead}` : `o:${foldPhrase(written)}`;
        mentions.push({ kind: 'org', text: written, key, start: inst.start, end: inst.end, sentence, via: inst.anaphoricHead ? 'pronoun' : 'pattern' });
        i = inst.next;
        continue;
      }
      // "وأكد عبد العاطي" for "بدر عبدالعاطي": a compound surname written in two words.
      const compound = tokens[i].f === 'عبد' && tokens[i + 1]?.f.startsWith('ال') ? arabicKnownSurname({ ...tokens[i], text: tokens[i].text + tokens[i + 1].text, f: tokens[i].f + tokens[i + 1].f }, known, tokens[i - 1]) : null;
      if (compound) {
        mentions.push(person(text, tokens[i].start, tokens[i + 1].end, compound, sentence, 'surname', arabicRoles.get(i) ?? null));
        i += 2;
        continue;
      }
      const again = arabicKnownSurname(tokens[i], known, tokens[i - 1], tokens[i + 1]);
      if (again) {
        mentions.push(person(text, tokens[i].start, tokens[i].end, again, sentence, 'surname', arabicRoles.get(i) ?? null));
        i++;
        continue;
      }
    }
    const demonym = lex.demonyms.get(tokens[i].f);
    if (demonym) {
      mentions.push({ kind: 'place', text: tokens[i].text, key: demonym, start: tokens[i].start, end: tokens[i].end, sentence, via: 'demonym' });
      i++;
      continue;
    }
    const org = matchOrganisation(text, tokens, i, lex);
    if (org) {
      mentions.push(org.mention(sentence));
      i = org.end;
      continue;
    }
    // "Cabinet Secretary (CS) X ... said the CS": an acronym the dispatch gave a title stands for that title.
    const acronymOf = lang !== 'ar' && tokens[i].cap && i > 0 && ARTICLE_BEFORE_ACRONYM.has(tokens[i - 1].f) && /^\p{Lu}{2,6}$/u.test(tokens[i].text) ? titleOfAcronym(text, tokens[i].text, lex) : null;
    if (acronymOf) {
      const t = tokens[i];
      mentions.push({ kind: 'person', text: t.text, key: `t:${foldPhrase(acronymOf)}`, start: t.start, end: t.end, sentence, via: 'role', role: acronymOf, surname: '' } as PersonMention);
      i++;
      continue;
    }
    // "L'UDC a dénoncé", "The IAEA said": an acronym after a definite article at the start of its clause names an institution.
    if (lang !== 'ar' && /^\p{Lu}{2,6}$/u.test(tokens[i].text) && i > 0 && /^(?:le|la|les|l'|l’|the)$/.test(tokens[i - 1].f) && (i === 1 || /^[,;:"”»]$/.test(tokens[i - 2].text)) && !lex.names.has(tokens[i].f) && !lex.titles.has(tokens[i].f)) {
      // "the Department of Foreign Affairs (DFA) ... the DFA said": the institution by the name it was given in full.
      const full = spelledOut(text, tokens[i].text, lex);
      mentions.push({ kind: 'org', text: full ?? tokens[i].text, key: `o:${full ? foldPhrase(full) : tokens[i].f}`, start: tokens[i].start, end: tokens[i].end, sentence, via: 'pattern' });
      i++;
      continue;
    }
    let chunkEnd = nameChunk(tokens, i, lex, lang);
    // "Haji Mohamad Haji Hasan", "Tengku Datuk Seri Zafrul Tengku Abdul Aziz": a pilgrim's style before a first name, or a
    // Malay style before an honorific, is no part of the name (inside it, "Haji" and "Tengku" are the father's).
    const pilgrim = /^(?:haji|hajah|hadji|hajj)$/.test(tokens[i].f);
    if (lang !== 'ar' && tokens[i + 1] && ((pilgrim && chunkEnd - i >= 3 && lex.firstNames.has(tokens[i + 1].f)) || ((pilgrim || /^(?:tengku|tunku|raja|tan)$/.test(tokens[i].f)) && lex.honorifics.has(tokens[i + 1].f)))) {
      i++;
      continue;
    }
    // "Scientific Research Marwan al-Halabi": the name starts at its first name.
    // Not after an honorific or a title: "cheikh Sabah Khaled al-Hamad al-Sabah" is one name.
    // Nor after the comma of an apposition: "..., Jassem Mohamed al-Boudaiwi".
    if (chunkEnd - i >= 3 && !(i > 0 && (lex.honorifics.has(tokens[i - 1].f) || lex.titles.has(tokens[i - 1].f) || tokens[i - 1].text === ','))) {
      const firstName = tokens.slice(i + 1, chunkEnd - 1).findIndex((t) => lex.firstNames.has(t.f));
      // "and Khaldoon Khalifa Al Mubarak": an unknown word before the first name is a first name too; a portfolio word is not.
      const lead = firstName >= 0 ? tokens.slice(i, i + 1 + firstName) : [];
      const roleLead = lead.some((t) => lex.portfolio.has(t.f) || lex.titles.has(t.f) || lex.nonPersonWords.has(t.f) || lex.names.has(t.f) || lex.demonyms.has(t.f) || !t.word) || /^(?:de|des|du|d'|d’|la|l'|l’|of|the|for|to|pour|au|aux|en)$/.test(tokens[i - 1]?.f ?? '');
      if (firstName >= 0 && !lex.firstNames.has(tokens[i].f) && roleLead) {
        i = i + 1 + firstName;
        chunkEnd = nameChunk(tokens, i, lex, lang);
      }
    }
    if (chunkEnd > i) {
      const found = classifyChunk(text, tokens, i, chunkEnd, sentence, lex, known) ?? coordinatedName(text, tokens, i, chunkEnd, sentence, mentions);
      if (found) {
        mentions.push(found);
        // "met U.S. envoy Tom Barrack on Tuesday, a day after Barrack held talks": a surname may come back in the same sentence.
        const pm = found as PersonMention;
        if (pm.kind === 'person' && pm.surname && chunkEnd - i >= 2 && lang !== 'ar' && !known.has(pm.surname)) known.set(pm.surname, pm.key);
        i = chunkEnd;
        continue;
      }
      // An institution's name is not read again from its second word ("Milli Majlis", then "Majlis").
      if (chunkEnd - i > 1 && namesInstitution(tokens, i, lex)) {
        i = chunkEnd;
        continue;
      }
    }
    i++;
  }
  if (lang === 'ar') mentions.push(...memberNames(text, tokens, mentions, sentence, lex));
  mentions.push(...findBareTitles(text, tokens, mentions, sentence, lex, lang));
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) if (m.kind === 'person' && namesWoman(text, tokens, m, (m as PersonMention).role, lex)) (m as PersonMention).female = true;
  return { tokens, mentions };
}

const ARTICLE_BEFORE_ACRONYM = new Set(['le', 'la', "l'", 'l’', 'the']);

/** The title a dispatch abbreviates: "Cabinet Secretary (CS)" gives "CS" the capitalised words before it, ending in a title. */
function titleOfAcronym(text: string, acronym: string, lex: Lexicon): string | null {
  // Most acronyms ("the UN", "la RDC") are never spelled out in brackets: look for the brackets first.
  if (!text.includes(`(${acronym})`)) return null;
  const m = new RegExp(`((?:\\p{Lu}[\\p{L}-]* ){0,3}\\p{Lu}[\\p{L}-]*) \\(${acronym}\\)`, 'u').exec(text);
  if (!m) return null;
  const words = m[1].split(' ');
  return lex.titles.has(foldPhrase(words[words.length - 1])) ? m[1] : null;
}

/**
 * The name an acronym stands for, spelled out in the dispatch: "Department of Foreign Affairs (DFA)", or a run of
 * capitalised words with those initials ("the paramilitary Rapid Support Forces", then "the RSF"). The small words
 * of a name ("of", "de", "du") carry no letter; the first spelling found is kept.
 */
function spelledOut(text: string, acronym: string, lex: Lexicon): string | null {
  const words = `(?:\\p{Lu}[\\p{L}’'-]*|${NAME_LINKS})`;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-])\\p{Lu}[\\p{L}’'-]*(?:[ \u00a0]${words}){1,8}`, 'gu'))) {
    const run = m[0].split(/[ \u00a0]/);
    // Every start within the run: "the Sudanese Rapid Support Forces" is still "RSF".
    for (let from = 0; from < run.length; from++) {
      for (let to = run.length; to > from + 1; to--) {
        const part = run.slice(from, to);
        if (!/^\p{Lu}/u.test(part[0]) || !/^\p{Lu}/u.test(part[part.length - 1])) continue;
        const initials = part.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
        // "Cabinet Secretary (CS)": a title's initials name a person's office, no institution.
        if (initials === acronym) return lex.titles.has(foldPhrase(part[part.length - 1])) ? null : part.join(' ');
      }
    }
  }
  return null;
}

/** The small words inside an institution's name. */
const NAME_LINKS = "of|the|for|and|on|de|des|du|la|le|et|pour|d'|l'";

/**
 * Whether a plural title ("Senators", "Congressmen", "Representatives", "ministres") opens the list the name at
 * `i` is in: right before it, or before names of two or three capitalised words joined by commas and "and"/"et".
 */
function pluralTitleOpens(tokens: Token[], i: number, lex: Lexicon): boolean {
  let k = i - 1;
  for (let names = 0; k >= 0 && names <= 6; names++) {
    const f = tokens[k].f;
    if (tokens[k].cap && f.length > 3 && /(?:s|men|women)$/.test(f) && (lex.titles.has(f.replace(/s$/, '')) || lex.titles.has(f.replace(/(?:men|women)$/, (m) => (m === 'men' ? 'man' : 'woman'))))) return true;
    // Back over the separator and the name before it.
    if (!/^(?:,|and|et)$/.test(f)) return false;
    k--;
    let words = 0;
    while (k >= 0 && tokens[k].cap && tokens[k].word && !lex.titles.has(tokens[k].f.replace(/s$/, '')) && words < 3) {
      k--;
      words++;
    }
    if (words < 2) return false;
  }
  return false;
}

/** Auxiliary verbs: a title followed by one is a subject, not an apposition. */
const AUXILIARIES = new Set(['a', 'ont', 'est', 'sont', 'etait', 'etaient', 'avait', 'avaient', 'sera', 'seront', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would']);

/**
 * "مدير الأمن العام السعودي الفريق محمد ...": whether a bare Arabic title (from `from` to `end`) runs on to another
 * title within three words, so that the role continues. Not before "و" with a definite title ("والرئيس القبرصي", the next
 * person), nor a title governed by a preposition ("أن الرئيس رحب بالوزير الإسباني"), nor across a verb ("سمو أمير البلاد
 * يستقبل سمو ولي العهد", a headline's subject and object) or a comma that opens the next of a list ("وسفير ... لدى سوريا،
 * ورئيس ديوان ...", or an honorific: "في العلا اليوم، معالي وزير ..."). "وزير الدولة، وزير الشؤون الخارجية ...، أحمد عطاف",
 * one man's offices in apposition, still runs on.
 */
function runsOnToTitle(tokens: Token[], from: number, end: number, lex: Lexicon): boolean {
  if (/^وال/u.test(tokens[end]?.f ?? '')) return false;
  const ahead = tokens.slice(end, end + 3);
  const next = ahead.findIndex((t) => !/^[بل]ال/u.test(t.f) && (lex.titles.has(t.f) || lex.titles.has(bareWord(t.f))));
  if (next < 0) return false;
  const conjoined = (w: Token) => /^و/u.test(w.f) && !lex.titles.has(w.f);
  const nextPerson = (conjoined(tokens[from]) && conjoined(ahead[next])) || (lex.honorifics.has(ahead[next].f) && !APPOSED_HONORIFIC.test(ahead[next].f));
  // "نقل الوزير التركي تحيات الرئيس X", "أعرب الرئيس السوري عن شكره لسمو الأمير": what is conveyed, or a preposition,
  // between the titles ends the first title's phrase.
  if (ahead.slice(0, next).some((t) => CONVEYED_OR_TO.test(t.f))) return false;
  // "وحمّل جلالة الملك المعظم الوزير الضيف تحياته": a sovereign holds no other office; the next definite title is someone else.
  if (/^ال/u.test(ahead[next].f) && tokens.slice(from, end).some((t) => /^ال(?:ملك|امير|سلطان)$/u.test(t.f))) return false;
  // "حضر اللقاء سفير المملكة لدى اليابان، ومدير عام مكتب الوزير": a comma, then "و" on the next title: the next of a list.
  // (Not for a title in apposition after a comma: "طحنون بن زايد، نائب حاكم أبوظبي، مستشار الأمن الوطني، وسمو ...".)
  if (!ARABIC_COMMA.test(tokens[from - 1]?.text ?? '') && ahead.slice(0, next).some((t) => ARABIC_COMMA.test(t.text)) && /^و/u.test(ahead[next].f) && !lex.titles.has(ahead[next].f)) return false;
  return !ahead.slice(0, next).some((t) => isArabicVerb(t, lex) || (!t.word && nextPerson));
}

const CONVEYED_OR_TO = /^(?:عن|إلى|الى|على|مع|تحيات|تحية|تحياته|رسالة|رسالته|تهاني|تهنئة|تعازي|شكر|شكره|شكرها|تقدير|تقديره|تقديرها)$/u;

/** Honorifics MAP and APS write between an office and its holder's name ("وزير الشؤون الخارجية، السيد ناصر بوريطة"). */
const APPOSED_HONORIFIC = /^(?:السيد|السيده|السيدة|الدكتور|الدكتوره|الدكتورة)$/u;

/** An Arabic word without the one-letter conjunction or preposition written on it. */
function bareWord(f: string): string {
  return f.replace(/^[وفلب](?=[\u0600-\u06FF]{3})/u, '');
}

/** A title between commas next to a name is that name's role, not another person. */
function isApposition(tokens: Token[], first: number, after: number, mentions: Mention[], lex: Lexicon, lang: Lang): boolean {
  const person = (at: number, dir: 1 | -1): boolean => {
    let steps = 0;
    for (let k = at; k >= 0 && k < tokens.length && steps < 16; k += dir, steps++) {
      const t = tokens[k];
      if (mentions.some((m) => m.kind === 'person' && m.start <= t.start && t.end <= m.end)) return true;
      // "le ministre d'Etat, ministre des Affaires étrangères, de la Communauté nationale à l'étranger
      // et des Affaires africaines, M. X": a portfolio list in several parts, each opened by "de"/"et"
      // after a comma, runs on to the next comma however its words read, as long as it has no verb.
      if (dir === 1 && t.text === ',' && tokens[k + 1] && /^(?:de|du|des|d'|d’|et|and|of|for|charge|chargee)$/.test(tokens[k + 1].f)) {
        let e = k + 1;
        while (e < tokens.length && e - k < 16 && tokens[e].text !== ',' && tokens[e].word && !(AUXILIARIES.has(tokens[e].f) && tokens[e].text !== 'à')) e++;
        if (tokens[e]?.text === ',') {
          k = e - 1;
          steps = Math.max(0, steps - 2);
          continue;
        }
      }
      if (!(ARTICLES.has(t.f) || roleWordAt(tokens, k, lex) || t.text === ',')) return false;
    }
    return false;
  };
  // The role may run on in words we do not know ("ministre des Affaires sociales et du Travail, X").
  let comma = after;
  // Longer when it runs on in role words: "au ministère fédéral de la Coopération économique et du Développement, X".
  // An acronym in brackets may close it: "le président de la Commission de l'Union africaine (UA), M. X".
  while (comma < tokens.length && comma - after < 16 && tokens[comma].text !== ',' && (tokens[comma].word || /^[()]$/.test(tokens[comma].text))) comma++;
  // A role has no verb: "la ministre ... a reçu X" is not an apposition of X.
  // Nor one that a venue ends: "the Ambassador to Kenya at Kilimo House in Nairobi, Kagwe said".
  if (tokens.slice(after, comma).some((t) => (AUXILIARIES.has(t.f) && (t.f !== 'a' || lang === 'fr')) || t.f === 'at')) comma = tokens.length;
  // After a name, a title is its apposition only when the phrase closes there: in "with Morsy,
  // the UN envoy said" the title is the subject of what follows.
  const closes = !tokens[after] || [',', '.', ';', ')', ':'].includes(tokens[after].text);
  // "Kaja Kallas, the EU's foreign policy chief,": the apposition opens before the owner of the title.
  let open = first;
  if (/^['’]s$/.test(tokens[first]?.text ?? '')) {
    open = first - 1;
    while (open > 0 && tokens[open - 1].cap && tokens[open - 1].word) open--;
    if (open > 0 && ARTICLES.has(tokens[open - 1].f)) open--;
  }
  return (tokens[comma]?.text === ',' && person(comma, 1)) || (tokens[open - 1]?.text === ',' && closes && person(open - 2, -1));
}

/**
 * A person named by title only: "le président russe", "the Turkish minister", "l'envoyé
 * onusien". Only titles with a qualifier (nationality, organisation, portfolio) count: a bare
 * "le ministre" could be anyone.
 */
/** Verbs of telling someone of something: "apprised X of Y", "informed X of Y". */
const INFORMED = /^(?:apprised|informed|briefed|reminded|assured|notified|warned|convinced)$/;

function findBareTitles(text: string, tokens: Token[], mentions: Mention[], sentence: number, lex: Lexicon, lang: Lang): PersonMention[] {
  const found: PersonMention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end && m.kind === 'person');
  for (let i = 0; i < tokens.length; i++) {
    // "en présence du ministre du Pétrole", "..., et du gouverneur de la Banque centrale": "du" is "de le" in an attendance list.
    const attendingDu = tokens[i].f === 'du' && i > 0 && ATTENDING_BEFORE_DU.has(tokens[i - 1].f);
    if (!isArticle(tokens[i]) && !POSSESSIVES.has(tokens[i].f) && !attendingDu) continue;
    // "un chef de gouvernement libanais", "a Syrian official": anyone of that kind, not a person.
    if (INDEFINITE.has(tokens[i].f)) continue;
    // "à la résidence de l'ambassadeur de Syrie", "at the home of the envoy": where it happened, not who was there.
    if (i >= 2 && (tokens[i - 1].f === 'de' || tokens[i - 1].f === 'of') && PREMISES.has(tokens[i - 2].f)) continue;
    let k = i + 1;
    // "the Netherlands Ambassador to Kenya": a country right before the title names whose.
    if (isPlaceName(lex, tokens[k]?.f ?? '') && lex.titles.has(tokens[k + 1]?.f ?? '')) k++;
    // "the OTS Secretary General", "the DFA chief": an organisation's acronym before the title names whose.
    else if (ACRONYM.test(tokens[k]?.text ?? '') && (lex.titles.has(tokens[k + 1]?.f ?? '') || lex.titles.has(`${tokens[k + 1]?.f} ${tokens[k + 2]?.f}`))) k++;
    // Articles inside the title only after a preposition: "le chef de la diplomatie syrienne".
    // "briefed the Omani minister on Tehran’s assessment": a place that owns what follows is no part of the title.
    // "son homologue turc de la coopération bilatérale": after a nationality, "de" and a word in lower case say what about, not whose.
    // "briefed the Deputy Minister on the economic reforms": "on" and words in lower case say what about, not whose.
    // "apprised the IMF chief of the economic reforms": after a verb of telling, so does "of".
    const aboutAfter = (at: number) => (tokens[at].f === 'on' || (tokens[at].f === 'of' && INFORMED.test(tokens[i - 1]?.f ?? ''))) && !tokens.slice(at + 1, at + 3).find((t) => !isArticle(t))?.cap;
    // "le chef de la diplomatie iranienne et le Haut-Commissaire": "et", an article and a title start someone else.
    const nextPerson = (at: number) => /^(?:et|and)$/.test(tokens[at].f) && isArticle(tokens[at + 1] ?? tokens[at]) && lex.titles.has(tokens[at + 2]?.f ?? '');
    while (k < tokens.length && roleWordAt(tokens, k, lex) && !nextPerson(k) && !topicAfterNationality(tokens, k, lex) && !aboutAfter(k) && (!isArticle(tokens[k]) || (LINKS.has(tokens[k - 1].f) && !INDEFINITE.has(tokens[k].f))) && !(/^['’]s$/.test(tokens[k + 1]?.text ?? '') && isPlaceName(lex, tokens[k].f))) k++;
    let end = k;
    // "called on the Deputy Prime Minister at the Ministry": "at" is where, when the role stops there.
    while (end > i + 1 && (LINKS.has(tokens[end - 1].f) || ARTICLES.has(tokens[end - 1].f) || tokens[end - 1].f === 'at')) end--;
    // "the top Iranian diplomat": "top diplomat" around a nationality.
    const topDiplomat = tokens[i + 1]?.f === 'top' && lex.demonyms.has(tokens[i + 2]?.f ?? '') && tokens[i + 3]?.f === 'diplomat';
    if (topDiplomat) k = end = i + 4;
    // "hosted Syria’s top diplomat": the country before the possessive names whose.
    const countrys = /^['’]s$/.test(tokens[i].text) && i > 0 && isPlaceName(lex, tokens[i - 1].f) && tokens[i + 1]?.f === 'top' && tokens[i + 2]?.f === 'diplomat';
    if (countrys) {
      const start = tokens[i - 1].start;
      const stop = tokens[i + 2].end;
      if (!taken(start, stop)) {
        const written = text.slice(start, stop);
        found.push({ kind: 'person', text: written, key: `t:${foldPhrase(written)}`, start, end: stop, sentence, via: 'role', role: written, surname: '' });
      }
      i += 2;
      continue;
    }
    // An honorific alone is no title here: "« l'excellence des relations »".
    if (end <= i + 1 || (firstTitleAt(tokens, i + 1, end, lex) < 0 && !topDiplomat)) continue;
    // "the General Staff", "the General Assembly": "general" qualifying a body, with no other title, is no one.
    if (/^(?:general|generale)$/.test(tokens[i + 1].f) && end - i > 2 && !tokens.slice(i + 2, end).some((t) => lex.titles.has(t.f))) continue;
    // "l'Assemblée générale des Nations unies": "générale" after a noun is an adjective, no title.
    const titleWords = tokens.slice(i + 1, end).filter((t) => lex.titles.has(t.f));
    if (titleWords.length && titleWords.every((t) => /^(?:general|generale)$/.test(t.f)) && !lex.titles.has(tokens[i + 1].f)) continue;
    // "le gouverneur de Gaziantep": a capitalised name after "de"/"of" qualifies the title like a nationality.
    // A title word alone qualifies nothing, even one the portfolio list holds: "the minister" is no one, "the Prime Minister" someone.
    const qualified = tokens.slice(i + 1, end).some((t, j) => lex.demonyms.has(t.f) || (j === 0 && ACRONYM.test(t.text)) || lex.qualifiers.has(t.f) || (lex.portfolio.has(t.f) && !(lex.titles.has(t.f) && end - i === 2)) || (lex.names.has(t.f) && lex.entities.get(lex.names.get(t.f)!)?.kind !== 'person') || (t.cap && j > 0 && LINKS.has(tokens[i + j].f)));
    // "le chef de l'État", "the head of state": as definite as a nationality makes it.
    if (!qualified && !/^(?:chef de l['’]etat|head of state)$/.test(tokens.slice(i + 1, end).map((t) => t.f).join(' ').replace(/['’] /g, "'"))) continue;
    // A name right after the title ("le président syrien par intérim Ahmad al-Chareh") makes it a role.
    const next = tokens[k];
    // Not a day after "on": "met the Qatari emir on Wednesday".
    if (next && (next.cap || /^(al|el)-/.test(next.f)) && next.word && !lex.demonyms.has(next.f) && !CALENDAR.test(next.f)) continue;
    const soon = tokens.slice(k, k + 4);
    // "The Ukrainian president also informed Stubb": a verb or an adverb between the title and the name ends the title's clause; it is someone of its own.
    const clauseGoesOn = (upTo: number) => tokens.slice(k, upTo).some((t) => !t.cap && (VERB_BETWEEN.has(t.f) || (lang === 'en' && /^[a-z]{3,}ed$/.test(t.f))));
    if (soon.some((t) => t.text === ',' || t.text === '.') === false && mentions.some((m) => m.kind === 'person' && soon.some((t, j) => t.start === m.start && !clauseGoesOn(k + j)))) continue;
    // "du ministre d'Etat, ministre de la Défense et des Anciens combattants, le Général de brigade Célestin Simporé": titles in
    // a chain of commas that ends on a name are that person's.
    if (tokens[k]?.text === ',' && titleChainToName(text, tokens, k, mentions, lex)) continue;
    const start = tokens[i + 1].start;
    const stop = tokens[end - 1].end;
    if (taken(start, stop) || isApposition(tokens, i, k, mentions, lex, lang)) continue;
    const written = text.slice(start, stop);
    // "a annoncé le Cabinet du Président de la République": an office, not its holder.
    if (/^(ministere|ministry|presidence|presidency|gouvernement|government|cabinet|bureau|office|secretariat|services)/.test(tokens[i + 1].f)) continue;
    // "the Prime Minister's Office reported": the office speaks, not its holder.
    // "at the Prime Minister's House": a building, no one in it.
    if (/['’]s\s+(?:office|media|press|bureau|secretariat|division|cabinet|court|diwan|palace|house|residence|lodge|compound)\b/i.test(written)) continue;
    // "the UN envoy": the organisation is part of the title, not a mention of its own.
    for (let j = mentions.length - 1; j >= 0; j--) if (mentions[j].kind === 'org' && mentions[j].start >= start && mentions[j].end <= stop) mentions.splice(j, 1);
    found.push({ kind: 'person', text: written, key: `t:${written.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}`, start, end: stop, sentence, via: 'role', role: written, surname: '' });
    i = end - 1;
  }
  return found;
}

/** At token j, after a nationality: "de", its article, then a word in lower case ("turc de la coopération"). */
function topicAfterNationality(tokens: Token[], j: number, lex: Lexicon): boolean {
  if (!lex.demonyms.has(tokens[j - 1]?.f ?? '') || !LINKS.has(tokens[j].f)) return false;
  let q = j + 1;
  while (q < tokens.length && (isArticle(tokens[q]) || LINKS.has(tokens[q].f))) q++;
  return tokens[q] !== undefined && tokens[q].word && !tokens[q].cap;
}

/** From a comma after a title: more of the role (no verb, no relative, no quotation) up to a person's name, a comma close before it. */
function titleChainToName(text: string, tokens: Token[], comma: number, mentions: Mention[], lex: Lexicon): boolean {
  const from = tokens[comma].end;
  const next = mentions.find((m) => m.kind === 'person' && m.start > from && m.start - from <= 160);
  if (!next) return false;
  const segment = text.slice(from, next.start);
  // The chain goes on with another title ("ministre de la Défense"), not a phrase ("en présence du gouverneur").
  const first = /^\s*(?:(?:le|la|les|the)\s+|l['’])?([^\s,]+)/u.exec(segment)?.[1] ?? '';
  if (!lex.titles.has(foldPhrase(first)) && !lex.honorifics.has(foldPhrase(first))) return false;
  return !/[.;:«»"“”()]/.test(segment) && !/\b(?:a|ont|est|sont|etait|avait|qui|que|qu'|lequel|laquelle|was|were|is|are|has|have|had|who|which|that|said|met|received|recu|rencontre|accompagne|accompanied)\b/.test(foldPhrase(segment)) && /,\s*(?:\S+\s+){0,5}$/.test(segment);
}

/** The office between a comma and the comma right before token `at` ("، وزير ...، السيد X"): [start, end) of its tokens. */
function arabicOfficeBefore(tokens: Token[], at: number, lex: Lexicon): [number, number] | null {
  if (!ARABIC_COMMA.test(tokens[at - 1]?.text ?? '')) {
    // "وزير الداخلية الفريق أول الشيخ X": the office right before a rank and the honorific, with no comma.
    const roleWord = (f: string) => isTitleWord(f, lex) || isTitleWord(bareWord(f), lex) || lex.portfolio.has(f) || lex.portfolio.has(bareWord(f)) || lex.portfolio.has(bareWord(f).replace(/^ال/u, '')) || lex.honorifics.has(f) || /^(?:اول|ركن|بحري|جوي)$/u.test(f);
    let k = at;
    while (k > 0 && at - k < 8 && tokens[k - 1].word && /[\u0600-\u06FF]/u.test(tokens[k - 1].text) && roleWord(tokens[k - 1].f)) k--;
    const title = tokens.slice(k, at).findIndex((t) => (isTitleWord(t.f, lex) || isTitleWord(bareWord(t.f), lex)) && !lex.honorifics.has(t.f));
    return title >= 0 && k + title < at - 1 ? [k + title, at] : null;
  }
  // The words since the comma before, or the verb: "استقبل رئيس الجمهورية، السيد X".
  let from = at - 1;
  while (from > 0 && at - from < 14 && tokens[from - 1].word) from--;
  const title = tokens.slice(from, at - 1).findIndex((t) => isTitleWord(t.f, lex) || isTitleWord(bareWord(t.f), lex));
  return title >= 0 ? [from + title, at - 1] : null;
}

/** Whether a folded Arabic word is a title, with or without its article ("سفير", "السفير", "نظيره"). */
function isTitleWord(f: string, lex: Lexicon): boolean {
  return lex.titles.has(f) || lex.titles.has(f.replace(/^ال/u, ''));
}

/** Verbs an English headline in title case capitalises after a name ("Abiy Confers with", "Wang Meets"). */
const TITLE_CASE_VERB = /^(?:meets|confers|holds|receives|hosts|discusses|calls|talks|urges|says|vows|welcomes|signs|visits|pledges|briefs|seeks|warns|stresses|reaffirms|affirms|condemns|congratulates|thanks|accepts|opens|chairs|leads|arrives|departs|returns)$/;

/** Buildings named after someone only when the name follows them at once: "au Palais Mohammed V", not "au palais présidentiel X". */
const NAMED_BUILDING = /^(?:palais|mosquee|musee)$/;
/** Buildings and streets that bear a person's name: "building administratif Mamadou Dia", "stade Félix Houphouët-Boigny". */
const NAMED_FACILITY = /^(?:building|immeuble|stade|aeroport|hopital|universite|lycee|avenue|rue|boulevard|centre|complexe|pont|stadium|airport|hospital|university|street)$/;

/** Someone's dwelling: a title after it names a place, not a participant. */
const PREMISES = new Set(['residence', 'domicile', 'demeure', 'home']);

/** "التقى الوزير الشيباني ...": a verb and a bare office right before the name at `at`, which is the verb's subject. */
function verbThenOffice(tokens: Token[], at: number, lex: Lexicon): boolean {
  return at >= 2 && /^ال(?:وزير|سفير|رئيس|رييس)$/u.test(tokens[at - 1].f) && isArabicVerb(tokens[at - 2], lex);
}

/** "أعضاء مجلس الشيوخ جين شاهين وكريس كونز": each member listed after the body, with "عضو" of it as role. */
function memberNames(text: string, tokens: Token[], mentions: Mention[], sentence: number, lex: Lexicon): Mention[] {
  const list = arabicMemberNames(tokens, lex);
  if (!list) return [];
  // The dual's own title, in the singular ("السيناتورين": "سيناتور"); else a member of the body.
  const role = list.dual ? tokens[list.role[0]].text.replace(/^ال/u, '').replace(/(?:ين|ان)$/u, '') : `عضو ${text.slice(tokens[list.role[0] + 1].start, tokens[list.role[1] - 1].end)}`;
  const found: Mention[] = [];
  for (const n of list.names) {
    const start = tokens[n.start].start + n.skip;
    const stop = tokens[n.end - 1].end;
    if (mentions.some((m) => m.start < stop && start < m.end)) continue;
    found.push(person(text, start, stop, `p:${nameKey(text.slice(start, stop))}`, sentence, 'title', role));
  }
  return found;
}

function person(text: string, start: number, end: number, key: string, sentence: number, via: Mention['via'], role: string | null): PersonMention {
  const written = text.slice(start, end);
  const words = written.split(/\s+/);
  return { kind: 'person', text: written, key, start, end, sentence, via, role, surname: nameKey(words[words.length - 1]) };
}

/** Longest alias-table spelling starting at token i. */
function matchAlias(tokens: Token[], i: number, lex: Lexicon): { key: string; end: number } | null {
  const first = tokens[i];
  if (!first.word) return null;
  const arabic = /[\u0600-\u06FF]/.test(first.text);
  if (!first.cap && !arabic && !/^(al|el|ad|as|an|ar|at|az|ash)-/.test(first.f)) return null;
  let phrase = '';
  let best: { key: string; end: number } | null = null;
  for (let j = i; j < tokens.length && j - i < lex.maxNameWords; j++) {
    phrase = j === i ? tokens[j].f : `${phrase} ${tokens[j].f}`;
    if (lex.acronyms.has(phrase) && tokens[j].text !== tokens[j].text.toUpperCase()) continue;
    const key = lex.names.get(phrase) ?? (arabic && j === i ? arabicPrefixed(tokens[j].f, lex) : undefined);
    if (key) best = { key, end: j + 1 };
  }
  return best;
}

/** Arabic attaches "and", "to", "by" to the next word: والشيباني, لبوتين. */
function arabicPrefixed(word: string, lex: Lexicon): string | undefined {
  for (const form of arabicProcliticForms(word)) {
    const key = lex.names.get(form);
    if (key) return key;
  }
  return undefined;
}

/** A run of name-like tokens starting at i; returns its end (i when none). */
function nameChunk(tokens: Token[], i: number, lex: Lexicon, lang: Lang): number {
  if (lang === 'ar') return i;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    // "PM Abiy Confers with Somali President": a headline in title case capitalises its verb, which ends the name.
    if (j > i && lang === 'en' && TITLE_CASE_VERB.test(t.f) && t.text !== t.text.toUpperCase()) break;
    if (isNameWord(t, lex)) {
      j++;
      continue;
    }
    // "Serge EKUE", "Yacouba Zabré GOUBA": AIB and ANP write the family name in capitals; a short one after name words that no
    // table knows as an acronym ends the name.
    if (j > i && /^\p{Lu}{3,5}$/u.test(t.text) && !lex.acronyms.has(t.text) && !lex.acronyms.has(t.f) && !lex.names.has(t.f) && t.start === tokens[j - 1].end + 1 && !(tokens[j + 1]?.cap && tokens[j + 1]?.word) && tokens[j + 1]?.text !== ')') {
      j++;
      break;
    }
    // "Pope Leo XIV", "King Charles III": a regnal number after a name belongs to it.
    if (j > i && /^(?=[IVXL])[IVXL]{1,6}$/.test(t.text) && t.start === tokens[j - 1].end + 1) {
      j++;
      continue;
    }
    // "Bui Thanh Son", "Son said": in English the French possessive is a Vietnamese or Korean name.
    if (lang === 'en' && t.text === 'Son' && tokens[j + 1]?.f !== 'of') {
      j++;
      continue;
    }
    // Every rule below needs a capital or a particle: a lowercase word ends the chunk at once.
    if (!t.cap && !NAME_PARTICLES.has(t.f)) break;
    // "le ministre ..., Cheikh Niang": in French the honorific is written "cheikh"; capitalised inside a sentence it is a first name.
    // Not before a Gulf lineage ("Cheikh Tamim ben Hamad", "Cheikh Sabah al-Khaled") or a name the alias table knows.
    if (j === i && lang === 'fr' && t.text === 'Cheikh' && i > 0 && tokens[i - 1].text !== '.' && tokens[j + 1] && isNameWord(tokens[j + 1], lex) && !matchAlias(tokens, j + 1, lex) && !tokens.slice(j + 1, j + 5).some((x) => NAME_PARTICLES.has(x.f) || /^(?:al|el)[-‑]/.test(x.f))) {
      j++;
      continue;
    }
    // "Ezzeddine Ben Cheikh": after a particle, "Cheikh" is the family name.
    if (j > i && t.cap && /^(?:cheikh|sheikh)$/.test(t.f) && NAME_PARTICLES.has(tokens[j - 1].f)) {
      j++;
      continue;
    }
    // "Hassan Cheikh Mohamoud", "Sharif Sheikh Ahmed": "Sheikh" between two name words is part of the name.
    if (j > i && t.cap && /^(?:cheikh|sheikh|sheik|chaikh)$/.test(t.f) && tokens[j + 1] && isNameWord(tokens[j + 1], lex) && tokens[j + 1].start === t.end + 1) {
      j++;
      continue;
    }
    // "Foreign Minister Le Hoai Trung": in English, "Le" after a title and before two name words is a Vietnamese family name.
    if (j === i && lang === 'en' && t.text === 'Le' && i > 0 && lex.titles.has(tokens[i - 1].f) && tokens[j + 2] && isNameWord(tokens[j + 1], lex) && isNameWord(tokens[j + 2], lex)) {
      j++;
      continue;
    }
    // "Foreign Minister Amir Khan Muttaqi": "Amir" right after a title and before two name words is a first name.
    if (j === i && t.cap && /^(?:amir|emir)$/.test(t.f) && i > 0 && lex.titles.has(tokens[i - 1].f) && tokens[j + 2] && isNameWord(tokens[j + 1], lex) && isNameWord(tokens[j + 2], lex)) {
      j++;
      continue;
    }
    // "La porte-parole, He Yongqian,": a pronoun-like word after a comma or a title, before a name, is a name.
    // In French "He" is no pronoun: "le vice-Premier ministre chinois He Lifeng".
    // "General Secretary To Lam": so is "To".
    if (j === i && t.cap && /^(?:he|she|to)$/.test(t.f) && i > 0 && (tokens[i - 1].text === ',' || lex.titles.has(tokens[i - 1].f) || lex.honorifics.has(tokens[i - 1].f) || (lang === 'fr' && t.text === 'He')) && tokens[j + 1] && isNameWord(tokens[j + 1], lex) && tokens[j + 1].start === t.end + 1) {
      j++;
      continue;
    }
    // "M. He" alone, in French: a surname.
    if (j === i && lang === 'fr' && t.text === 'He' && i > 0 && lex.honorifics.has(tokens[i - 1].f)) {
      j++;
      break;
    }
    // "General Khaled Eid": after a title and a known first name, a capitalised word listed as a common noun is the surname.
    if (j === i + 1 && i > 0 && (lex.titles.has(tokens[i - 1].f) || lex.honorifics.has(tokens[i - 1].f)) && lex.firstNames.has(tokens[i].f) && t.cap && t.word && lex.nonPersonWords.has(t.f) && !lex.titles.has(t.f) && !lex.portfolio.has(t.f) && !lex.demonyms.has(t.f) && !FUNCTION_CAPS.has(t.f) && !lex.names.has(t.f) && !(tokens[j + 1]?.cap && tokens[j + 1]?.word)) {
      j++;
      continue;
    }
    // "King later met": a title that is also a family name, alone and with no article, may be the surname of someone named before.
    if (j === i && t.cap && lex.titleSurnames.has(t.f) && !ARTICLES.has(tokens[i - 1]?.f ?? '') && !/^(?:his|her|their|our|son|sa|leur)$/.test(tokens[i - 1]?.f ?? '') && !(tokens[j + 1]?.cap && tokens[j + 1]?.word)) {
      j++;
      break;
    }
    // "Julie Bishop", "Amy Pope": after a known first name, a title that is also a family name ends the name.
    if (j > i && t.cap && lex.titleSurnames.has(t.f) && lex.firstNames.has(tokens[j - 1].f) && !(tokens[j + 1]?.cap && tokens[j + 1]?.word)) {
      j++;
      break;
    }
    // "Resources Minister Madeleine King, who": after a title and one name word, a title that is also a family name ends the name.
    if (j === i + 1 && i > 0 && (lex.titles.has(tokens[i - 1].f) || lex.honorifics.has(tokens[i - 1].f)) && t.cap && lex.titleSurnames.has(t.f) && !(tokens[j + 1]?.cap && tokens[j + 1]?.word)) {
      j++;
      break;
    }
    // A French surname opening with an article: "Jean-Yves Le Drian", "M. Le Drian", "Marine Le Pen".
    if ((t.text === 'Le' || t.text === 'La') && (j > i || (i > 0 && lex.honorifics.has(tokens[i - 1].f))) && tokens[j + 1] && isNameWord(tokens[j + 1], lex) && tokens[j + 1].start === t.end + 1) {
      j++;
      continue;
    }
    // Particles inside a name: "Abou Qasrah", "bin Salman", "Al Thani" (needs a name word after).
    if (j > i && NAME_PARTICLES.has(t.f) && tokens[j + 1] && isNameWord(tokens[j + 1], lex)) {
      j++;
      continue;
    }
    // "Mohamed Ould Cheikh El-Ghazouani": after a particle, a capitalised title word followed by a name is a name.
    if (j > i && NAME_PARTICLES.has(tokens[j - 1].f) && tokens[j - 1].f !== 'de' && t.cap && t.word && (lex.titles.has(t.f) || lex.honorifics.has(t.f)) && tokens[j + 1] && isNameWord(tokens[j + 1], lex)) {
      j++;
      continue;
    }
    // Two particles in a row: "Ursula von der Leyen", "Rafael van den Berg".
    // "Juan Ramón de la Fuente" too.
    if (j > i && NAME_PARTICLES.has(t.f) && !t.cap && tokens[j + 1] && (NAME_PARTICLES.has(tokens[j + 1].f) || (t.f === 'de' && tokens[j + 1].text === 'la')) && !tokens[j + 1].cap && tokens[j + 2] && isNameWord(tokens[j + 2], lex)) {
      j += 2;
      continue;
    }
    // A regnal number ends a name: "Hussein ben Abdallah II".
    if (j > i && /^(?:II|III|IV|V|VI)$/.test(t.text) && isNameWord(tokens[j - 1], lex)) {
      j++;
      break;
    }
    // "M. de Mistura", "Mme von der Leyen": after an honorific, a particle in lower case opens the surname.
    if (j === i && i > 0 && lex.honorifics.has(tokens[i - 1].f) && /^(?:de|van|von|da|di|del|dos|das|du)$/.test(t.text) && tokens[j + 1] && (isNameWord(tokens[j + 1], lex) || (NAME_PARTICLES.has(tokens[j + 1].f) && !tokens[j + 1].cap && tokens[j + 2] !== undefined && isNameWord(tokens[j + 2], lex)))) {
      j += isNameWord(tokens[j + 1], lex) ? 1 : 2;
      continue;
    }
    if (j === i && NAME_PARTICLES.has(t.f) && t.cap && tokens[j + 1] && isNameWord(tokens[j + 1], lex)) {
      j++;
      continue;
    }
    // An initial without its dot before a name: "S Jaishankar", "C P Radhakrishnan".
    if (t.text.length === 1 && !/^[AÀIOY]$/u.test(t.text) && /^\p{Lu}$/u.test(t.text) && tokens[j + 1] && tokens[j + 1].start === t.end + 1 && (isNameWord(tokens[j + 1], lex) || (/^\p{Lu}$/u.test(tokens[j + 1].text) && tokens[j + 2] && isNameWord(tokens[j + 2], lex)))) {
      j++;
      continue;
    }
    // Initials: "Geir O. Pedersen".
    if (j > i && /^\p{Lu}\.$/u.test(t.text) && tokens[j + 1] && isNameWord(tokens[j + 1], lex)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

const ADVERB_LY = /(?:ally|ately|ently|ously|ively|ily|arly|ondly|irdly|stly|ntly|ctly|rtly|ftly|ptly)$/;

function isNameWord(t: Token, lex: Lexicon): boolean {
  if (!t.word) return false;
  // Cheap tests first: this runs on nearly every word of every sentence.
  if (!t.cap && !/^(al|el|ad|as|an|ar|at|az|ash)-\p{L}/u.test(t.f)) return false;
  // "sur son compte X": one capital letter alone is no name (initials carry a dot: "Geir O. Pedersen").
  if (t.text.length === 1) return false;
  if (t.text.length <= 5 && /^\p{Lu}+$/u.test(t.text)) return false; // acronyms: ONU, SANA
  if (/\d/.test(t.text)) return false;
  const f = t.f;
  // "Parallèlement", "Separately", "Subsequently": adverbs, not names ("Coulibaly" is a name).
  if (f.length > 6 && (f.endsWith('ment') || (f.endsWith('ly') && ADVERB_LY.test(f)))) return false;
  if (FUNCTION_CAPS.has(f) || lex.nonPersonWords.has(f) || lex.portfolio.has(f) || lex.titles.has(f) || lex.titleParts.has(f) || lex.honorifics.has(f)) return false;
  if (lex.demonyms.has(f) || lex.singularPronouns.has(f) || lex.pluralPronouns.has(f)) return false;
  if (lex.names.has(f) && lex.entities.get(lex.names.get(f)!)?.kind !== 'person') return false;
  return true;
}

/** End of a known name and of the lineage written after it ("bin Abdulaziz Al Saud", "بن عبدالعزيز آل سعود"). */
function lineageEnd(tokens: Token[], end: number): number {
  let k = end;
  while ((((/^(?:bin|ben|ibn|bint)$/.test(tokens[k]?.f ?? '') || tokens[k]?.text === 'Al') && tokens[k + 1]?.cap) || ARABIC_LINEAGE.has(tokens[k]?.text ?? '')) && tokens[k + 1]?.word) {
    // "بن عبد العزيز": "عبد" written apart from the divine name it is one name with.
    k += tokens[k + 1].text === 'عبد' && tokens[k + 2]?.f.startsWith('ال') ? 3 : 2;
  }
  return k;
}

/** "his Polish and Lithuanian counterparts, Radosław Sikorski and Kęstutis Budrys": two or three capitalised words joined by "and" to a name are a name too. */
function coordinatedName(text: string, tokens: Token[], i: number, end: number, sentence: number, mentions: Mention[]): Mention | null {
  const before = mentions[mentions.length - 1];
  if (end - i < 2 || end - i > 3 || !/^(?:and|et)$/.test(tokens[i - 1]?.f ?? '') || before?.kind !== 'person' || before.via === 'role' || before.end !== tokens[i - 2]?.end) return null;
  const written = text.slice(tokens[i].start, tokens[end - 1].end);
  return person(text, tokens[i].start, tokens[end - 1].end, `p:${nameKey(written)}`, sentence, 'firstname', null);
}

/** Whether hyphen-separated parts read as two or more known places ("Canada-États-Unis"): a place may hold a hyphen itself. */
function placesJoined(parts: string[], lex: Lexicon, places = 0): boolean {
  if (!parts.length) return places > 1;
  for (let n = parts.length; n >= 1; n--) {
    if (isPlaceName(lex, foldPhrase(parts.slice(0, n).join('-'))) && placesJoined(parts.slice(n), lex, places + 1)) return true;
  }
  return false;
}

/** "Jean-Pascal", "Marie-Chantal": a first name, or first names joined by a hyphen. */
function isFirstName(folded: string, lex: Lexicon): boolean {
  const known = (f: string) => lex.firstNames.has(f) || lex.givenNames.has(f);
  return known(folded) || (folded.includes('-') && folded.split('-').every(known));
}

function classifyChunk(text: string, tokens: Token[], i: number, end: number, sentence: number, lex: Lexicon, known: KnownSurnames): Mention | null {
  const start = tokens[i].start;
  const stop = tokens[end - 1].end;
  const written = text.slice(start, stop);
  const words = end - i;
  const role = roleFor(text, tokens, i, end, lex);
  // "at Seri Perdana here": an honorific after "at"/"in" begins a place's name (the premier's residence), not a person's.
  const afterHonorific = i > 0 && lex.honorifics.has(tokens[i - 1].f) && !(end - i === 1 && /^(?:at|in|a|à|au)$/.test(tokens[i - 2]?.f ?? ''));
  const firstName = isFirstName(tokens[i].f, lex) && words >= 2;
  const surnameKey = nameKey(tokens[end - 1].text);
  const knownKey = words <= 2 ? known.get(nameKey(written)) ?? known.get(surnameKey) : undefined;
  // "Shafiqul Alam" is not "Jahangir Alam Chowdhury": a first name the known full name lacks names someone else.
  if (knownKey && (words === 1 || (nameKey(written).endsWith(surnameKey) && !otherFirstName(tokens[i], knownKey, known)))) {
    return person(text, start, stop, knownKey, sentence, 'surname', role);
  }
  // "Beugré Mambé" in the headline, then "Robert Beugré Mambé": a first name before a full name named before is that person.
  if (words === 3 && firstName && !NAME_PARTICLES.has(tokens[i + 1].f)) {
    const named = known.get(nameKey(text.slice(tokens[i + 1].start, stop)));
    if (named) return person(text, start, stop, named, sentence, 'surname', role);
  }
  // "Ben Touq", "Cheikh Mohammed ben Abdulrahmane", "le prince Khalid": part of one full name named before.
  // A first name alone only after a title ("Assad" is not "Asaad al-Shaibani").
  const partOf = words > 1 || role || afterHonorific ? knownByPart(nameKey(written), known) : undefined;
  if (partOf) return person(text, start, stop, partOf, sentence, 'surname', role);
  // "au building administratif Mamadou Dia", "Jomo Kenyatta International Airport": a building named after someone is a place.
  // "au Palais Mohammed V": a palace right before the name (not "au palais présidentiel X", where the name is someone's).
  if (NAMED_FACILITY.test(tokens[i - 1]?.f ?? '') || NAMED_BUILDING.test(tokens[i - 1]?.f ?? '') || (NAMED_FACILITY.test(tokens[i - 2]?.f ?? '') && !tokens[i - 1].cap && tokens[i - 1].word && !LINKS.has(tokens[i - 1].f))) return null;
  // "du Commerce Canada-États-Unis": places joined by a hyphen name a relation, not a person.
  if (words === 1 && placesJoined(written.split(/[-‑–]/), lex)) return null;
  // "Representative for Humanitarian Work and Youth Affairs": one word before "and" and more of the portfolio is no one
  // (unlike "Foreign Minister X and Defence Minister Y", where a title follows).
  if (words === 1 && role && /^(?:and|et)$/.test(tokens[end]?.f ?? '')) {
    let k = end + 1;
    while (tokens[k]?.cap && tokens[k].word && lex.portfolio.has(tokens[k].f)) k++;
    if (k > end + 1 && !(tokens[k]?.cap && tokens[k].word)) return null;
  }
  // "Minister for Trade, Agribusiness and Industry X": one word of a portfolio list is no one.
  if (words === 1 && tokens[i - 1]?.text === ',' && lex.portfolio.has(tokens[i - 2]?.f ?? '') && /^(?:and|et|,)$/.test(tokens[end]?.f ?? '')) return null;
  // A known person in a spelling the alias table lacks: "Assaad Hassan al-Chibani".
  // A surname alone may point to a known person; a longer name must match whole (al-Shaar is not al-Sharaa).
  const knownPerson = lex.personKeys.get(nameKey(written)) ?? (words === 1 ? lex.personKeys.get(surnameKey) : undefined);
  // "s'est entretenu avec Diodato Abagnara": two or three capitalised words right after "avec"/"with" name someone met.
  // "met with Sugiono, Minister of Foreign Affairs of Indonesia": one word too, when a title in apposition follows.
  // Not a nationality of two words before a title: "held talks with South African Minister ... X".
  const metWith = ((words === 2 || words === 3) || (words === 1 && tokens[end]?.text === ',' && lex.titles.has(tokens[end + 1]?.f ?? ''))) && /^(?:avec|with)$/.test(tokens[i - 1]?.f ?? '') && !lex.demonyms.has(foldPhrase(written));
  // "Minister of Foreign Affairs, Regional Cooperation and Burkinabè Abroad, Mr X": the diaspora of a portfolio is no one.
  if (words === 1 && /^(?:abroad|expatriates|etranger|expatries)$/.test(tokens[i].f)) return null;
  // "led by Congressmen Rich McCormick and Ro Khanna", "Representatives A, B and C": two or three words in a list a plural title opens.
  const listedUnder = (words === 2 || words === 3) && pluralTitleOpens(tokens, i, lex);
  if (!role && !afterHonorific && !firstName && !metWith && !listedUnder && !(knownPerson && words >= 2)) return null;
  if (!knownPerson && !firstName && !afterHonorific && namesInstitution(tokens, i, lex)) return null;
  // "Saudi investment minister, Aramco chief": one word no list knows, right before a title with no name after, is what the title heads.
  if (!knownPerson && !firstName && !afterHonorific && words === 1 && tokens[end] && !tokens[end].cap && lex.titles.has(tokens[end].f) && !(tokens[end + 1]?.cap && tokens[end + 1].word)) return null;
  // "Rajya Sabha Chairman X", "Lok Sabha Speaker X": capitalised words before a title and a name qualify the title.
  if (!knownPerson && !firstName && tokens[end] && lex.titles.has(tokens[end].f) && tokens[end + 1]?.cap && tokens[end + 1].word) return null;
  // "à la Méditerranée", "pour la Syrie": a word governed by a preposition names a domain, not a person.
  if (!firstName && !knownPerson && !afterHonorific && words === 1 && afterLink(tokens, i)) return null;
  // "Gulf Gateway Logistics", "Central Command": a word next to a capitalised institution word names the institution.
  // A rank before the name ("Brigadier General Khaled") is a title, not an institution.
  if (!knownPerson && words === 1 && [tokens[i - 1], tokens[end]].some((t, j) => t?.cap && lex.nonPersonWords.has(t.f) && !(j === 0 && lex.titles.has(t.f)))) return null;
  // "the Promotion of Private Enterprise (CPPE)": words whose initials the acronym after them spells name an institution.
  const acronym = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[end + 1]?.text ?? '') ? tokens[end + 1].text : '';
  if (!knownPerson && acronym && tokens.slice(i, end).every((t) => acronym.includes(t.text[0]))) return null;
  // "the Kenya Plant Health Inspectorate Service": a capitalised portfolio word right after the chunk names an institution.
  if (!knownPerson && !afterHonorific && tokens[end]?.cap && tokens[end].word && (lex.portfolio.has(tokens[end].f) || lex.nonPersonWords.has(tokens[end].f)) && !lex.titles.has(tokens[end].f)) return null;
  // "Chief of the Royal Hashemite Court": capitalised words between an article and an institution word name the institution.
  if (!knownPerson && !firstName && i > 0 && ARTICLES.has(tokens[i - 1].f) && tokens[end]?.cap && tokens[end].word && lex.nonPersonWords.has(tokens[end].f) && !lex.titles.has(tokens[end].f)) return null;
  // A lone capitalised word after a title is a surname ("le président Erdogan").
  const via: Mention['via'] = role ? 'title' : afterHonorific ? 'title' : 'firstname';
  const key = knownPerson ?? `p:${nameKey(written)}`;
  return person(text, start, stop, key, sentence, via, role);
}

/**
 * Whether capitalised words name an institution or a domain, not a person, by what stands before them:
 * "la présidente du Milli Majlis" (right after "du", "des", "de la", "of the"), "Special
 * Representative for the South Caucasus" ("for"/"pour" inside a role).
 */
function namesInstitution(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (/^(?:du|des)$/.test(tokens[i - 1]?.f ?? '') || (/^(?:la|l'|l’|the)$/.test(tokens[i - 1]?.f ?? '') && /^(?:de|of)$/.test(tokens[i - 2]?.f ?? ''))) return true;
  let b = i - 1;
  if (b >= 0 && ARTICLES.has(tokens[b].f)) b--;
  return b > 0 && (/^(?:for|pour)$/.test(tokens[b].f) || (tokens[b].f === 'to' && b < i - 1)) && isRoleWord(tokens[b - 1], lex) && !LINKS.has(tokens[b - 1].f);
}

/** The one person named before whose full name holds these words in a row, if only one does. */
function otherFirstName(first: Token, who: string, known: KnownSurnames): boolean {
  const word = nameKey(first.text);
  let full = false;
  for (const [name, owner] of known) {
    if (owner !== who || !name.includes(' ')) continue;
    if (` ${name} `.includes(` ${word} `)) return false;
    full = true;
  }
  return full;
}

function knownByPart(key: string, known: KnownSurnames): string | undefined {
  const words = ` ${key} `;
  if (key.length < 3) return undefined;
  const owners = new Set<string>();
  for (const [name, who] of known) if (name.includes(' ') && name !== key && ` ${name} `.includes(words)) owners.add(who);
  return owners.size === 1 ? [...owners][0] : undefined;
}


/**
 * The role written next to a name: before it ("le ministre syrien des Affaires étrangères,
 * Assaad Hassan al-Chaibani"; "Russian President Vladimir Putin") or after it, between commas
 * ("Hakan Fidan, ministre turc des Affaires étrangères,"). Null when none names a title.
 */
export function roleFor(text: string, tokens: Token[], nameStart: number, nameEnd: number, lex: Lexicon): string | null {
  let before = roleBefore(text, tokens, nameStart, lex);
  // "During his meeting with the Syrian minister, H.H. Sheikh Abdullah affirmed": the title closes an opening clause, it is no apposition
  // (unlike "Lors de sa rencontre avec son homologue grec, Nikos Dendias, le ministre ...").
  if (before && tokens[nameEnd]?.text !== ',' && openingClauseBefore(tokens, nameStart, lex)) before = null;
  // "Director of the Office of His Majesty the King Alaa Batayneh": the title before the name is the office owner's, not X's.
  // The role is then the whole office: "Director of the Office of His Majesty the King".
  if (before) {
    const at = text.lastIndexOf(before, tokens[nameStart].start);
    const from = Math.max(0, at - 70);
    const window = text.slice(from, at);
    const office = at > 0 && /office|court|bureau|cabinet|diwan/i.test(window) ? /(?:[^\s,;]+\s+){0,3}\b(?:office|court|bureau|cabinet|diwan) (?:of|du|de)\s+(?:(?:his|her|sa)\s+(?:majesty|highness|majesté|altesse)\s+)?(?:the\s+|le\s+|la\s+)?$/i.exec(window) : null;
    if (office) before = text.slice(from + office.index, at + before.length);
  }
  // "Special Assistant to the Prime Minister Syed Tariq Fatemi": the aide's title, not the principal's.
  if (before) {
    const at = text.lastIndexOf(before, tokens[nameStart].start);
    const aide = /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Assistant|Adviser|Advisor|Aide|Envoy|Counsellor|Counselor|Representative)\s+to\s+(?:the\s+)?)$/u.exec(text.slice(Math.max(0, at - 60), at));
    if (aide) before = aide[1] + before;
  }
  // "un envoyé spécial du président angolais João Lourenço": the head of state with his nationality right before the name is
  // the name's own title; the envoy is someone else.
  if (before) {
    const owner = /\s(?:du|de la|of the|of)\s+((?:president|presidente|roi|king|emir|sultan|premier ministre|prime minister)\s+(\S+))$/u.exec(foldPhrase(before));
    // Not in apposition: "l'envoyé personnel du président français, M. Jean Morel" is the envoy.
    const at = text.lastIndexOf(before, tokens[nameStart].start);
    if (owner && lex.demonyms.has(owner[2]) && !text.slice(at + before.length, tokens[nameStart].start).includes(',')) before = before.slice(before.length - owner[1].length);
  }
  // "Le Président de la République, Chef de l'Etat, le Général d'Armée X": a rank before the name, the offices before it in a chain of commas.
  if (before && MILITARY_RANK.test(foldPhrase(before))) {
    const at = text.lastIndexOf(before, tokens[nameStart].start);
    const chain = /((?:(?:le|la|l['’])\s*)?[^,.;:«»"“”]{3,70},\s*(?:(?:le|la|l['’])\s*)?(?:[^,.;:«»"“”]{3,70},\s*)?)(?:(?:le|la|l['’])\s*)?$/iu.exec(text.slice(Math.max(0, at - 150), at));
    const segments = chain ? chain[1].split(',').map((x) => x.trim()).filter((x) => x && !/^(?:le|la|l['’])$/iu.test(x)) : [];
    const titled = (seg: string) => { const w = /^(?:(?:le|la|les)\s+|l['’])?([^\s]+)/iu.exec(seg)?.[1] ?? ''; return lex.titles.has(foldPhrase(w)) && !/\b(?:a|ont|est|qui|que|was|has|who)\b/.test(foldPhrase(seg)); };
    if (segments.length && segments.every(titled)) before = `${segments.join(', ')}, ${before}`;
  }
  // "His Royal Highness Prince X, Crown Prince and Prime Minister,": a style before the name, the office after it.
  if (before && !STYLE_ONLY.test(foldPhrase(before))) {
    // "le conseiller fédéral suisse X, chef du Département fédéral des affaires étrangères,": the office in apposition says more.
    const after = tokens[nameEnd]?.text === ',' ? roleAfter(text, tokens, nameEnd, lex, nameEnd - nameStart) : null;
    return after && !foldPhrase(before).includes(foldPhrase(after)) && APPOSED_OFFICE.test(foldPhrase(after)) ? `${before}, ${after}` : before;
  }
  return roleAfter(text, tokens, nameEnd, lex, nameEnd - nameStart) ?? before;
}

/** Whether the name follows the comma that closes a sentence's opening circumstance ("During his meeting with ..., X"). */
function openingClauseBefore(tokens: Token[], nameStart: number, lex: Lexicon): boolean {
  let k = nameStart - 1;
  while (k >= 0 && lex.honorifics.has(tokens[k].f)) k--;
  if (tokens[k]?.text !== ',') return false;
  const opening = tokens.slice(0, k);
  const opener = opening[0]?.f === 'au' && opening[1]?.f === 'cours' ? 'au cours' : opening[0]?.f ?? '';
  return /^(?:during|lors|au cours|after|following)$/.test(opener) && !opening.some((t) => t.text === ',');
}

/** An office in apposition that names a portfolio a bare title before the name does not: "chef du Département fédéral des affaires étrangères". */
const APPOSED_OFFICE = /^(?:chef(?:fe)? d[eu]|head of|ministre d|minister (?:of|for)|secretary of)\b/;

const STYLE_ONLY = /^(?:(?:his|her|their|son|sa) |h\.?r\.?h\.? |h\.?h\.? |h\.?m\.? )?(?:(?:royal|highness|majesty|excellency|altesse|royale|majeste|excellence|prince|princess|princesse|sheikh|shaikh|cheikh|sheikha)\s*)+$/;

function isRoleWord(t: Token, lex: Lexicon): boolean {
  const f = t.f;
  return (
    lex.titles.has(f) || lex.titleParts.has(f) || lex.portfolio.has(f) || lex.demonyms.has(f) || LINKS.has(f) || lex.honorifics.has(f) ||
    (lex.names.has(f) && lex.entities.get(lex.names.get(f)!)?.kind !== 'person') ||
    /^(adjoint|adjointe|deputy|assistant|special|spécial|spéciale|speciale|acting|former|ancien|ancienne|personnel|personnelle|personal|nouveau|nouvel|nouvelle|new|chief|principal|haut|haute|high|general|générale|generale|syrien|syrienne|onusien|onusienne|international|internationale|regional|regionale|arabe|arab|affaires|intérimaire|interimaire|sortant|extraordinaire|plénipotentiaire|plenipotentiaire|permanent|permanente|résident|resident|coordinator|south|north|sud|nord|occidental|occidentale|oriental|orientale|central|centrale|austral|australe|western|eastern|arabian)$/.test(f) ||
    lex.titles.has(f.replace(/s$/, '')) ||
    // Adjectives of institutions: "Forces démocratiques syriennes", "Affaires sociales".
    (!t.cap && /(?:ique|iques|ale|ales|aux|aire|aires|elle|elles|ienne|iennes|aine|aines|iere|ieres|ière|ières|ive|ives|ieur|ieure|(?<!plus)ieurs|ieures)$/.test(f) && f.length > 4) ||
    // "de la Communauté nationale à l'étranger", "Syrians abroad": the diaspora in a portfolio.
    /^(?:etranger|étranger|etrangeres|étrangères|expatries|expatriés|expatriates|abroad|residant|résidant|residents|résidents)$/.test(f)
  );
}

/** Title words covering tokens[a..b). */
function hasTitle(tokens: Token[], a: number, b: number, lex: Lexicon): boolean {
  return firstTitleAt(tokens, a, b, lex) >= 0 || tokens.slice(a, b).some((t) => lex.honorifics.has(t.f));
}

/** The first title word (or two-word title) in tokens[a, b), or -1. */
function firstTitleAt(tokens: Token[], a: number, b: number, lex: Lexicon): number {
  for (let k = a; k < b; k++) if (lex.titles.has(tokens[k].f) || (k + 1 < b && lex.titles.has(`${tokens[k].f} ${tokens[k + 1].f}`))) return k;
  return -1;
}

/** A place belongs to a role only after a preposition: "envoyé pour la Syrie", not "à Damas l'envoyé". */
function roleWordAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  // "Minister for Trade, Agribusiness and Industry X": a comma inside a list of portfolios, and the capitalised word after it.
  if (tokens[k].text === ',' && lex.portfolio.has(tokens[k - 1]?.f ?? '') && tokens[k + 1]?.cap && /^(?:and|et)$/.test(tokens[k + 2]?.f ?? '') && lex.portfolio.has(tokens[k + 3]?.f ?? '')) return true;
  if (tokens[k].cap && tokens[k].word && tokens[k - 1]?.text === ',' && lex.portfolio.has(tokens[k - 2]?.f ?? '') && /^(?:and|et)$/.test(tokens[k + 1]?.f ?? '') && lex.portfolio.has(tokens[k + 2]?.f ?? '')) return true;
  // "the Bank's President X": a capitalised owner before a possessive belongs to the role.
  if (tokens[k].cap && tokens[k].word && /^['’]s$/.test(tokens[k + 1]?.text ?? '') && lex.titles.has(tokens[k + 2]?.f ?? '')) return true;
  // "le secrétaire général du ministère des Affaires étrangères, X": the ministry inside a role, after "du"/"of the" (not "au ministère": where).
  // "le ministre d'État au ministère qatari des Affaires étrangères, X" too, when the name follows in apposition.
  // "State Secretary at the Ministry of Foreign Affairs of Norway X": "at the Ministry" after a capitalised title word belongs to the role.
  if (tokens[k].f === 'at' && tokens[k - 1]?.cap && (lex.titles.has(tokens[k - 1].f) || lex.portfolio.has(tokens[k - 1].f)) && tokens[k + 1]?.f === 'the' && tokens[k + 2]?.text === 'Ministry') return true;
  if (tokens[k].f === 'the' && tokens[k - 1]?.f === 'at' && tokens[k + 1]?.text === 'Ministry' && k >= 2 && tokens[k - 2].cap && (lex.titles.has(tokens[k - 2].f) || lex.portfolio.has(tokens[k - 2].f))) return true;
  if (/^(?:ministere|ministry)$/.test(tokens[k].f) && (/^(?:du|of)$/.test(tokens[k - 1]?.f ?? '') || (tokens[k - 1]?.f === 'the' && tokens[k - 2]?.f === 'at' && k >= 3 && tokens[k - 3].cap && (lex.titles.has(tokens[k - 3].f) || lex.portfolio.has(tokens[k - 3].f))) || (tokens[k - 1]?.f === 'the' && tokens[k - 2]?.f === 'of') || (tokens[k - 1]?.f === 'au' && namedAfter(tokens, k)))) return true;
  // "Lieutenant General (retd) X": a retired rank is still the role.
  if ((tokens[k].text === '(' && RETIRED.test(tokens[k + 1]?.f ?? '')) || (RETIRED.test(tokens[k].f) && tokens[k - 1]?.text === '(') || (tokens[k].text === ')' && RETIRED.test(tokens[k - 1]?.f ?? ''))) return true;
  // "Minister of Defense His Royal Highness Prince X": the style between the office and the name belongs to the role.
  if (HONORIFIC_POSSESSIVES.has(tokens[k].f) && /^(?:royal|highness|excellency|majesty|majeste|altesse)$/.test(tokens[k + 1]?.f ?? '')) return true;
  if (tokens[k].f === 'royal' && tokens[k + 1]?.f === 'highness') return true;
  // "l'ambassadeur de Sa Majesté le Roi à Accra, X", "Ambassador of His Majesty the King": the sovereign who sends him is part of his role.
  if (/^(?:majeste|altesse|majesty|highness)$/.test(tokens[k].f) && HONORIFIC_POSSESSIVES.has(tokens[k - 1]?.f ?? '')) return true;
  if (/^(?:le|the)$/.test(tokens[k].f) && /^(?:majeste|majesty)$/.test(tokens[k - 1]?.f ?? '') && /^(?:roi|king)$/.test(tokens[k + 1]?.f ?? '')) return true;
  if (/^(?:roi|king)$/.test(tokens[k].f) && /^(?:le|the)$/.test(tokens[k - 1]?.f ?? '') && /^(?:majeste|majesty)$/.test(tokens[k - 2]?.f ?? '')) return true;
  if (tokens[k].f === 'in' && tokens[k + 1] && isPlaceName(lex, tokens[k + 1].f) && postedIn(tokens, k + 1, lex)) return true;
  // "pour les réfugiés", "de la Défense": an article inside a role follows a preposition.
  if (isArticle(tokens[k]) && !INDEFINITE.has(tokens[k].f) && k > 0 && LINKS.has(tokens[k - 1].f)) return true;
  // A capitalised word right after "de", "à", "pour", "of" names a portfolio: "commissaire à la Méditerranée".
  // So does the next one, before a title: "... and Emergency Relief Coordinator X".
  const portfolioRun = k > 0 && tokens[k - 1].cap && tokens[k - 1].word && afterLink(tokens, k - 1) && lex.titles.has(tokens[k + 1]?.f ?? '');
  // "the UN relief chief", "the Iranian nuclear chief": a common noun between an organisation or a nationality and the title.
  if (tokens[k].word && !tokens[k].cap && k > 0 && lex.titles.has(tokens[k + 1]?.f ?? '') && (ACRONYM.test(tokens[k - 1].text) || lex.demonyms.has(tokens[k - 1].f))) return true;
  // "ministre des Sports et du Cadre de vie, X": a lower-case complement of a capitalised portfolio word.
  if (tokens[k].word && !tokens[k].cap && /^(?:de|d')$/.test(tokens[k - 1]?.f ?? '') && tokens[k - 2]?.cap && tokens[k - 2].word && afterLink(tokens, k - 2) && !lex.names.has(tokens[k - 2].f)) return true;
  // "Special Envoy to the Middle East X": a place of two words after the link.
  const placeOfTwo = k > 0 && afterLink(tokens, k - 1) && isPlaceName(lex, `${tokens[k - 1].f} ${tokens[k].f}`);
  if (!isRoleWord(tokens[k], lex)) return tokens[k].cap && tokens[k].word && (afterLink(tokens, k) || portfolioRun || placeOfTwo) && !lex.names.has(tokens[k].f) && !CALENDAR.test(tokens[k].f);
  // "le ministre suisse X": a nationality in lower case, though "Suisse" is also the country's name.
  // "Argentine Foreign Minister X": a nationality that is also a country's name (in French), before a title.
  if (lex.demonyms.has(tokens[k].f) && (!tokens[k].cap || lex.titles.has(tokens[k + 1]?.f ?? '') || lex.portfolio.has(tokens[k + 1]?.f ?? ''))) return true;
  const key = lex.names.get(tokens[k].f);
  if (!key || lex.entities.get(key)?.kind !== 'place') return true;
  // "for the Eastern Mediterranean": a place in a capitalised phrase after "for"/"of".
  return afterLink(tokens, k) || postedIn(tokens, k, lex) || countryOfTitle(tokens, k, lex) || (k > 0 && tokens[k - 1].cap && tokens[k - 1].word && afterLink(tokens, k - 1));
}

/** "in Damascus U.S. Special Envoy X": a country right before a title qualifies it, unless it is where ("in Damascus"). */
function countryOfTitle(tokens: Token[], k: number, lex: Lexicon): boolean {
  const next = tokens[k + 1];
  // "U.S. envoy Tom Barrack": after a country's capitals, an English title may be written in lower case.
  const capitals = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2,3}$/u.test(tokens[k].text);
  return next !== undefined && (next.cap || capitals) && (lex.titles.has(next.f) || /^(?:special|deputy|acting|assistant|vice|chief|senior)$/.test(next.f)) && !/^(?:in|at|a|à|en|au|dans|from|de)$/.test(tokens[k - 1]?.f ?? '');
}

/** "UN Resident Coordinator in Bangladesh Gwyn Lewis": a country after "in", between a title and the name, is where the post is. */
function postedIn(tokens: Token[], k: number, lex: Lexicon): boolean {
  // "the UNHCR Representative in Malaysia, Louise Aubin": the name may follow in apposition.
  const named = (t: Token | undefined) => t?.cap === true && t.word && !isRoleWord(t, lex);
  return tokens[k - 1]?.f === 'in' && k >= 2 && lex.titles.has(tokens[k - 2].f) && (named(tokens[k + 1]) || (tokens[k + 1]?.text === ',' && named(tokens[k + 2])));
}

function afterLink(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ARTICLES.has(tokens[j].f) && !LINKS.has(tokens[j].f)) j--;
  return j >= 0 && LINKS.has(tokens[j].f) && j < k;
}

function roleBefore(text: string, tokens: Token[], nameStart: number, lex: Lexicon): string | null {
  let k = nameStart - 1;
  // "Le président de la République, M. Abdelmadjid Tebboune": an honorific stands between the role and the name.
  // "..., Son Excellence M. Kamil X": a run of honorifics, with the possessive that opens it.
  let h = k;
  while (h >= 0 && (lex.honorifics.has(tokens[h].f) || (h < k && HONORIFIC_POSSESSIVES.has(tokens[h].f)))) h--;
  if (h < k && tokens[h]?.text === ',') k = h;
  const honorificEnd = k + 1;
  // Apposition before the name: "Le ministre ..., Assaad Hassan al-Chaibani".
  const comma = k >= 0 && tokens[k].text === ',';
  if (comma) k--;
  // "la directrice exécutive du Programme alimentaire mondial (PAM), Cindy X": an acronym in brackets ends the role.
  // The organisation's name may hold words no role list knows ("Programme alimentaire mondial",
  // "Conseil de coopération du Golfe"): back to the nearest title, with no verb in between.
  let acronymAt = -1;
  let tail = -1;
  // "Cabinet Secretary (CS) Mutahi Kagwe": the title's acronym stands between it and the name.
  if (!comma && tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(tokens[k - 1]?.text ?? '') && k >= 3 && roleWordAt(tokens, k - 3, lex)) {
    acronymAt = k - 2;
    k -= 3;
  } else if (!comma && tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.cap) {
    // "Secretary General of the Organization of Turkic States (OTS) X": back to the title, through the organisation's own words.
    let j = k - 3;
    while (j >= 0 && j > k - 12 && tokens[j].word && (tokens[j].cap || LINKS.has(tokens[j].f) || ARTICLES.has(tokens[j].f)) && !lex.titles.has(tokens[j].f)) j--;
    if (j >= 0 && lex.titles.has(tokens[j].f) && j < k - 3) {
      acronymAt = k - 2;
      k = j;
    }
  } else if (comma && tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}[\p{L}\p{N}-]{1,11}$/u.test(tokens[k - 1]?.text ?? '')) {
    // "(OIM)", or a short name in brackets: "de Turquie (Diyanet), X".
    let j = k - 3;
    // "... et cheffe de la Mission d'appui des Nations unies en Libye (MANUL), X": an organisation's name may run long.
    while (j >= 0 && j > k - 22 && tokens[j].word && !lex.titles.has(tokens[j].f) && !(AUXILIARIES.has(tokens[j].f) && tokens[j].text !== 'à')) j--;
    if (j >= 0 && lex.titles.has(tokens[j].f)) {
      acronymAt = k - 2;
      k = j;
    }
  } else if (comma && tokens[k]?.word && !tokens[k].cap && (tail = domainTail(tokens, k, lex)) >= 0) {
    // "la haute représentante de l'Union africaine pour la paix, X": the role runs to the comma.
    acronymAt = k + 1;
    k = tail - 1;
  } else if (comma && tokens[k]?.cap && tokens[k].word) {
    // Without an acronym, only when the role words alone reach no title and the title is followed by "de"/"of" an organisation.
    let s0 = k;
    while (s0 >= 0 && roleWordAt(tokens, s0, lex)) s0--;
    if (!hasTitle(tokens, s0 + 1, k + 1, lex)) {
      let j = k;
      // An acronym in brackets may stand inside: "le représentant du HCR (HCR) en Syrie, X".
      while (j >= 0 && j > k - 14 && (tokens[j].word || /^[()]$/.test(tokens[j].text)) && !lex.titles.has(tokens[j].f) && !(AUXILIARIES.has(tokens[j].f) && tokens[j].text !== 'à')) j--;
      // "the Ambassador to Kenya at Kilimo House in Nairobi, Kagwe said": a venue ends the role before the comma.
      if (j >= 0 && lex.titles.has(tokens[j].f) && LINKS.has(tokens[j + 1]?.f ?? '') && tokens.slice(j + 2, k + 1).some((t) => t.cap && t.word) && !tokens.slice(j + 2, k + 1).some((t) => t.f === 'at')) {
        acronymAt = k + 1;
        k = j;
      }
    }
  }
  let first = k + 1;
  while (k >= 0 && roleWordAt(tokens, k, lex)) {
    first = k;
    k--;
  }
  // "International Atomic Energy Agency chief X": the body's full name before the title belongs to the role.
  const body = !comma && first <= nameStart - 1 ? orgNameEndingAt(tokens, k, lex) : -1;
  if (body >= 0) {
    first = body;
    k = body - 1;
  }
  // "le ministre d'Etat, ministre des Affaires étrangères, de la Communauté nationale..., M. X": a role in several parts.
  // "Le président de la République, chef de l'Etat, chef du gouvernement, X": titles in a row, the first after its article.
  // "Le Président de la République, Chef de l'Etat, le Général d'Armée X": a last part with its own article.
  // Only in a chain of three parts: "le président de la transition, le général X" keeps its one role (the rank aside).
  let prevPart = k - 2;
  while (prevPart > 0 && roleWordAt(tokens, prevPart, lex) && tokens[prevPart].text !== ',') prevPart--;
  const articled = !comma && k > 0 && isArticle(tokens[k]) && tokens[k - 1].text === ',' && titledPartBefore(tokens, k - 1, lex) && tokens[prevPart]?.text === ',';
  if (articled) k--;
  for (let parts = 0; (comma || articled) && parts < 3 && k > 0 && tokens[k].text === ',' && roleWordAt(tokens, k - 1, lex) && (!hasTitle(tokens, first, honorificEnd - 1, lex) || titledPartBefore(tokens, k, lex)); parts++) {
    k--;
    while (k >= 0 && roleWordAt(tokens, k, lex)) {
      first = k;
      k--;
    }
  }
  // After a comma, the role phrase must start the noun phrase (sentence start, article, or "ainsi que").
  let a = first;
  while (a < nameStart && (isArticle(tokens[a]) || LINKS.has(tokens[a].f) || lex.honorifics.has(tokens[a].f))) a++;
  // Words before the first title that end in an article or a preposition belong to the sentence, not
  // the role: "un appel téléphonique de la haute représentante ..., X", "au palais du Peuple à Damas
  // l'envoyé spécial ..., X".
  const title = firstTitleAt(tokens, a, nameStart, lex);
  if (title > a) {
    let j = title - 1;
    while (j >= a && !isArticle(tokens[j]) && !PREPOSITIONS.has(tokens[j].f)) j--;
    if (j >= a && !hasTitle(tokens, a, j, lex)) a = j + 1;
  }
  const b = acronymAt >= 0 ? acronymAt : comma ? honorificEnd - 1 : nameStart;
  let end = b;
  while (end > a && (LINKS.has(tokens[end - 1].f) || ARTICLES.has(tokens[end - 1].f) || lex.honorifics.has(tokens[end - 1].f))) end--;
  if (end <= a || !hasTitle(tokens, a, end, lex)) {
    // "..., le général Murhaf Abou Qasrah": look one apposition further back.
    return comma ? null : appositionChain(text, tokens, a, lex);
  }
  const phrase = cleanRole(text.slice(tokens[a].start, tokens[end - 1].end), lex);
  if (comma) return phrase;
  // A title right before the name may follow an appositive role: keep the more specific one.
  const earlier = appositionChain(text, tokens, first, lex);
  return earlier && earlier.length > phrase.length ? earlier : phrase;
}

/** Start of an organisation's name in the alias table that ends at token k, or -1. */
function orgNameEndingAt(tokens: Token[], k: number, lex: Lexicon): number {
  if (k < 1 || !tokens[k]?.cap) return -1;
  let phrase = tokens[k].f;
  for (let j = k - 1; j >= 0 && k - j < lex.maxNameWords; j--) {
    if (!tokens[j].word) return -1;
    phrase = `${tokens[j].f} ${phrase}`;
    const key = lex.names.get(phrase);
    if (key && lex.entities.get(key)?.kind === 'org' && tokens[j].cap) return j;
  }
  return -1;
}

/**
 * "la haute représentante de l'Union africaine pour la paix, X": a role may end in a domain of
 * common nouns. When tokens[k] closes such a tail (a preposition, an optional article and at
 * most two lowercase words, after role words that hold a title): where the preposition is; else -1.
 */
function domainTail(tokens: Token[], k: number, lex: Lexicon): number {
  let j = k;
  while (j > k - 3 && j > 0 && tokens[j].word && !tokens[j].cap && !LINKS.has(tokens[j].f) && !ARTICLES.has(tokens[j].f)) j--;
  if (j === k || j <= 0) return -1;
  if (ARTICLES.has(tokens[j].f) && /^(?:pour|for|contre|against)$/.test(tokens[j - 1]?.f ?? '')) j--;
  // "coordonnateur des secours d'urgence, X": a domain of lowercase words after "de"/"des"/"aux", back to the title.
  for (let hops = 0; hops < 3 && DOMAIN_LINK.test(tokens[j].f) && j > 1; hops++) {
    if (lex.titles.has(tokens[j - 1].f)) return j;
    let w = j - 1;
    while (w > j - 3 && w > 0 && tokens[w].word && !tokens[w].cap && !LINKS.has(tokens[w].f) && !ARTICLES.has(tokens[w].f)) w--;
    if (w === j - 1) break;
    j = w;
  }
  // "le conseiller spécial du Chef de l'Etat en matière de sécurité, X".
  if (tokens[j].f === 'de' && tokens[j - 1]?.f === 'matiere' && tokens[j - 2]?.f === 'en') j -= 2;
  if (j <= 0 || !/^(?:pour|for|contre|against|charge|chargee|on|en)$/.test(tokens[j].f) || LINKS.has(tokens[j - 1].f) || !roleWordAt(tokens, j - 1, lex)) return -1;
  // The words before the preposition must reach a title with no verb in between.
  let s = j - 1;
  while (s >= 0 && roleWordAt(tokens, s, lex)) s--;
  return hasTitle(tokens, s + 1, j, lex) ? j : -1;
}

/** Whether the role words before the comma at `comma` hold a title and open with a definite article or another such part. */
function titledPartBefore(tokens: Token[], comma: number, lex: Lexicon): boolean {
  let a = comma - 1;
  // "à la ministre d'Etat, ministre des Affaires étrangères, X": an article before a title opens the part, whatever precedes it.
  while (a >= 0 && roleWordAt(tokens, a, lex) && !(ARTICLES.has(tokens[a].f) && (!LINKS.has(tokens[a - 1]?.f ?? '') || lex.titles.has(tokens[a + 1]?.f ?? '')))) a--;
  return a >= 0 && (/^(?:le|la|l'|l’|the)$/.test(tokens[a].f) || tokens[a].text === ',') && hasTitle(tokens, a + 1, comma, lex);
}

/** For "le ministre de la Défense, le général X": the role before the comma that precedes `at`. */
function appositionChain(text: string, tokens: Token[], at: number, lex: Lexicon): string | null {
  let k = at - 1;
  while (k >= 0 && ARTICLES.has(tokens[k].f)) k--;
  if (k < 0 || tokens[k].text !== ',') return null;
  const end = k;
  k--;
  let first = end;
  while (k >= 0 && roleWordAt(tokens, k, lex)) {
    first = k;
    k--;
  }
  let a = first;
  while (a < end && (ARTICLES.has(tokens[a].f) || LINKS.has(tokens[a].f))) a++;
  if (end <= a || !hasTitle(tokens, a, end, lex)) return null;
  return cleanRole(text.slice(tokens[a].start, tokens[end - 1].end), lex);
}

function roleAfter(text: string, tokens: Token[], nameEnd: number, lex: Lexicon, nameWords: number): string | null {
  if (tokens[nameEnd]?.text !== ',') return null;
  let k = nameEnd + 1;
  while (k < tokens.length && ARTICLES.has(tokens[k].f)) k++;
  const a = k;
  if (LINKS.has(tokens[a]?.f ?? '')) return null; // "X, et du directeur ...": another person's role
  while (k < tokens.length && isRoleWord(tokens[k], lex)) k++;
  // "X, Minister of Foreign Affairs of the Federative Republic of Brazil,": a role opened by its title
  // runs on in words no list knows, up to the comma, with no verb.
  if (nameWords >= 2 && a < tokens.length && isRoleWord(tokens[a], lex) && firstTitleAt(tokens, a, Math.min(a + 4, tokens.length), lex) >= 0 && k < tokens.length && ![',', '.', ';', ')', ':'].includes(tokens[k].text)) {
    let e = k;
    // Not over a first name: "X, Minister of Economy Mohammad Y and Z" is a list, the office Y's.
    while (e < tokens.length && e - a < 14 && tokens[e].word && !AUXILIARIES.has(tokens[e].f) && !/^(?:qui|who|which|que|that)$/.test(tokens[e].f) && !(tokens[e].cap && lex.firstNames.has(tokens[e].f))) e++;
    if (e < tokens.length && [',', '.', ';'].includes(tokens[e].text)) k = e;
  }
  let end = k;
  while (end > a && (LINKS.has(tokens[end - 1].f) || ARTICLES.has(tokens[end - 1].f))) end--;
  const closes = k >= tokens.length || [',', '.', ';', ')', ':'].includes(tokens[k].text);
  if (end <= a || !closes || !hasTitle(tokens, a, end, lex)) return null;
  return cleanRole(text.slice(tokens[a].start, tokens[end - 1].end), lex);
}

function cleanRole(role: string, lex: Lexicon): string {
  // "Minister of Defense His Royal Highness Prince": the style after the office is not part of it.
  // "ومساعد وزير الدفاع", "بحضور ... ووزير الاقتصاد": the conjunction written on the role's first word is not part of it.
  const office = (conjoinedTitle(role.trimStart().split(/\s/)[0], lex) ? role.trimStart().slice(1) : role).replace(/\s+(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)(?:\s+(?:Prince|Princess|Sheikh|Sheikha|King|Queen))?\s*$/u, '');
  return office.replace(/\s+/g, ' ').replace(/^[،,\s]+/, '').replace(/[،,\s]+$/, '').trim();
}

/** "ووزير", "والنائب", "وولي": "و" written on a title (or on "مساعد"), the whole word being none. */
function conjoinedTitle(word: string, lex: Lexicon): boolean {
  const f = foldPhrase(word);
  return /^و[\u0600-\u06FF]{2,}/u.test(f) && !isTitleWord(f, lex) && (isTitleWord(f.slice(1), lex) || ASSISTANT.has(f.slice(1)));
}

/**
 * Institutions that speak: "le ministère syrien des Affaires étrangères", "the Foreign Ministry",
 * "la présidence syrienne", "the Turkish Defence Ministry", "le gouvernement jordanien".
 */
const ORG_HEADS = new Set(['ministere', 'ministry', 'presidence', 'presidency', 'gouvernement', 'government', 'armee', 'army', 'porte-parole', 'chancellerie', 'commandement', 'command', 'bank', 'banque', 'chambre', 'chamber', 'commission', 'comite', 'committee', 'conseil', 'council', 'agence', 'agency', 'federation', 'autorite', 'authority', 'ambassade', 'embassy', 'parlement', 'parliament']);

/** Head words an English dispatch uses alone for an institution it named before. */
const ANAPHORIC_HEADS = new Set(['ministry', 'presidency', 'bank', 'government', 'council', 'agency', 'committee', 'commission', 'chamber', 'embassy', 'authority']);

function matchOrganisation(text: string, tokens: Token[], i: number, lex: Lexicon): { end: number; mention: (s: number) => Mention } | null {
  // English puts qualifiers first: "the Syrian Foreign Ministry". Find the head within 3 words.
  let head = -1;
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    if (ORG_HEADS.has(tokens[k].f)) {
      head = k;
      break;
    }
    // "the Syrian foreign ministry": portfolio words may be written in lower case.
    if (!(lex.demonyms.has(tokens[k].f) || lex.portfolio.has(tokens[k].f)) || (!tokens[k].cap && !lex.portfolio.has(tokens[k].f))) break;
  }
  if (head < 0) return null;
  // "the ministry said", "the bank said": an institution named before, referred to by its head word.
  if (head === i && !tokens[i].cap && ANAPHORIC_HEADS.has(tokens[i].f) && i > 0 && /^(?:the|its)$/.test(tokens[i - 1].f)) {
    const t = tokens[i];
    return { end: i + 1, mention: (sentence: number) => ({ kind: 'org', text: t.text, key: `o:~${t.f}`, start: t.start, end: t.end, sentence, via: 'pronoun' }) };
  }
  if (head === i && !tokens[i].cap && !['ministere', 'presidence', 'gouvernement', 'armee', 'porte-parole', 'chancellerie', 'commandement'].includes(tokens[i].f)) return null;
  // "the Government leader" (VNA's name for the Prime Minister): a title the lexicon lists opens with the head word.
  if (lex.titles.has(`${tokens[head].f} ${tokens[head + 1]?.f ?? ''}`)) return null;
  let end = head + 1;
  while (end < tokens.length && (lex.demonyms.has(tokens[end].f) || lex.portfolio.has(tokens[end].f) || (LINKS.has(tokens[end].f) && tokens[end + 1] && (lex.portfolio.has(tokens[end + 1].f) || LINKS.has(tokens[end + 1].f))))) end++;
  while (end > head + 1 && LINKS.has(tokens[end - 1].f)) end--;
  // "Bank of Portugal governor X", "Foreign Ministry spokesman X": the institution is part of a named person's role.
  let after = end;
  if (LINKS.has(tokens[after]?.f ?? '') && tokens[after + 1]?.cap) after += 2;
  if (lex.titles.has(tokens[after]?.f ?? '') && !tokens[after].cap && tokens[after + 1]?.cap && tokens[after + 1].word && !lex.titles.has(tokens[after + 1].f)) return null;
  const start = tokens[i].start;
  const stop = tokens[end - 1].end;
  const written = text.slice(start, stop);
  const key = `o:${written.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ')}`;
  return {
    end,
    mention: (sentence: number) => ({ kind: 'org', text: written, key, start, end: stop, sentence, via: 'pattern' }),
  };
}
