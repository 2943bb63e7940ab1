import { foldPhrase, isPlaceName, type Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength, nameKey } from '../text/fold.js';
import type { Token } from '../text/tokens.js';

/**
 * Names in Arabic script, which has no capitals to tell a name from the words around it. Wires
 * name a person after a title and its complements ("وزير الاقتصاد والتجارة نزار الحموي"): the
 * complements are definite words ("ال…"), portfolio nouns in construct ("غرفة تجارة"), places
 * and nationalities; the name is what follows, up to its "ال…" surname or two plain words.
 */

const ARABIC = /^[\u0600-\u06FF]/;
/** Particles that bind to the next word of a name: أبو قصرة, بن سلمان, عبد الله, ولد مرزوك. */
const PARTICLES = new Set(['أبو', 'أبي', 'بن', 'ابن', 'عبد', 'بنت', 'أم', 'آل', 'ولد'].map(foldSameLength));
/** Second halves of compound first names, which keep their article ("صلاح الدين", "عبد الرحمن"). */
const COMPOUND_HALF = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'الإسلام', 'الاسلام', 'الأمين', 'الامين'].map(foldSameLength));
/** Conjunction and prepositions written as one letter on the next word. */
const PREFIX = /^[وفلب](?=[\u0600-\u06FF]{2})/u;

/** "فون", "دي", "دا": the particles of European names ("أورسولا فون دير لاين", "ريكاردو ألفيس دي ميلو"). */
const EUROPEAN_PARTICLE = /^(?:فون|فان|دير|دي|ديل|دا|دو|دوس)$/u;

export interface ArabicName {
  kind: 'name';
  /** Token range of the name itself. */
  start: number;
  end: number;
  /** Token range of the role: the title and its complements before the name. */
  roleStart: number;
  roleEnd: number;
}

/** A title with its complements before a name the alias table or the dispatch already knows. */
export interface ArabicKnownTitle {
  kind: 'known';
  /** Token range of the role. */
  start: number;
  end: number;
}

/** A title with its complements and no name after it: "المحافظ", "وزير الخارجية السوري". */
export interface ArabicBareTitle {
  kind: 'title';
  start: number;
  end: number;
}

function bare(f: string): string {
  return f.replace(PREFIX, '');
}

/**
 * Titles of several words whose first word alone is none, as the number of their words (0: none here).
 * "القائم بأعمال السفارة", "القائم بأعمال سفارة X", "القائم بالأعمال": a chargé d'affaires, with the embassy he heads
 * ("القائم" alone is no title: "الوضع القائم", the status quo).
 * "المكلف بتسيير مهام وزارة الخارجية": an acting minister.
 */
function titleHeadLength(tokens: Token[], i: number): number {
  const next = tokens[i + 1]?.f ?? '';
  if (/^[وف]?(?:ال)?قائم[ةه]?$/u.test(tokens[i].f) && /^ب(?:ال)?اعمال$/u.test(next)) return /^(?:ال)?سفار[ةه]$/u.test(tokens[i + 2]?.f ?? '') ? 3 : 2;
  if (/^[وف]?(?:ال)?مكلف[ةه]?$/u.test(tokens[i].f) && /^ب(?:تسيير|مهام|اعمال)$/u.test(next)) return next === 'بتسيير' && /^(?:مهام|اعمال)$/u.test(tokens[i + 2]?.f ?? '') ? 3 : 2;
  return 0;
}

function isTitle(f: string, lex: Lexicon): boolean {
  // "المديرة" for "مديرة": the article on a title the lexicon lists without it.
  return lex.titles.has(f) || lex.titles.has(bare(f)) || (/^(?:[وفلب])?ال[\u0621-\u064A]{3,}ة$/u.test(f) && lex.titles.has(f.replace(/^(?:[وفلب])?ال/u, '')) && !lex.honorifics.has(f.replace(/^(?:[وفلب])?ال/u, '')));
}

const GENERAL = /^(?:ال)?عام(?:ه|ة)?$/u;
const TIME_AFTER = /^(?:الماضي|المقبل|الحالي|الجاري|المنصرم|القادم)$/u;

/** The Arabic comma, and the Latin one some agencies (APS, MAP) use in Arabic text. */
export const ARABIC_COMMA = /^[،,]$/;

export const ASSISTANT = new Set(['مساعد', 'مساعدة', 'معاون', 'معاونة'].map(foldSameLength));

const STATE_WORDS = new Set(['جمهورية', 'مملكة', 'دولة', 'سلطنة', 'إمارة', 'الجمهورية', 'المملكة', 'دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'الجمهوريه', 'المملكه', 'البلاد', 'الدولة', 'الدوله', 'السلطنة', 'السلطنه', 'بلادنا', 'بلدنا'].map(foldSameLength));

const ROLE_PREPOSITIONS = new Set(['لدى', 'إلى', 'في', 'عن'].map(foldSameLength));
const TO = foldSameLength('إلى');

/** "المملكة المتحدة", "جنوب أفريقيا": a place of two words the alias table knows, from token k. */
function twoWordPlaceAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  return k + 1 < tokens.length && isPlaceName(lex, foldPhrase(`${tokens[k].text} ${tokens[k + 1].text}`));
}

function isPlace(t: Token, lex: Lexicon): boolean {
  const b = bare(t.f);
  return lex.demonyms.has(t.f) || lex.entities.get(lex.names.get(t.f) ?? lex.names.get(b) ?? '')?.kind === 'place';
}

/** A word that continues a role after its title: "الخارجية", "والمغتربين", "شؤون", "التركي", "عمّان". */
function isRoleComplement(t: Token, lex: Lexicon): boolean {
  const f = t.f;
  const b = bare(f);
  if (PARTICLES.has(f) || lex.nameStops.has(f)) return false;
  return (
    // The article as written: "ألكسندر" (Alexander) folds to "الكسندر", but its hamza says it is no article.
    t.text.startsWith('ال') || t.text.replace(PREFIX, '').startsWith('ال') || f.startsWith('لل') ||
    lex.portfolio.has(f) || lex.portfolio.has(b) || isTitle(f, lex) || isPlace(t, lex) ||
    // "لشئون", the Egyptian spelling of "لشؤون".
    AFFAIRS.test(f) ||
    // "المديرة الإقليمية لمنظمة الصحة العالمية لشرق المتوسط": a region named by its compass point.
    COMPASS.test(f)
  );
}

/** "شرق", "لشرق", "وغرب": a compass point that names a region ("شرق المتوسط", "غرب أفريقيا"), folded. */
const COMPASS = /^و?[لب]?(?:شرق|غرب|شمال|جنوب)$/u;

/** The lexicon's Arabic verb patterns (reporting, meeting, call, blocking), gathered once per lexicon. */
const ARABIC_VERBS = new WeakMap<Lexicon, RegExp[]>();
function arabicVerbs(lex: Lexicon): RegExp[] {
  let verbs = ARABIC_VERBS.get(lex);
  if (!verbs) {
    verbs = [...lex.reporting.ar, ...lex.meeting.ar, ...lex.call.ar, ...lex.callVerbs.ar, ...lex.blockers.ar];
    ARABIC_VERBS.set(lex, verbs);
  }
  return verbs;
}

/** Whether an Arabic word is, whole, one of the lexicon's verbs. */
export function isArabicVerb(t: Token, lex: Lexicon): boolean {
  return t.word && ARABIC.test(t.text) && arabicVerbs(lex).some((re) => {
    re.lastIndex = 0;
    const m = re.exec(t.f);
    return m !== null && m.index === 0 && m[0].length === t.f.length;
  });
}

/** "نائبه", "ومستشارها": a title with a possessive, "his deputy", before the holder's name. */
const POSSESSIVE_TITLE = /^و?(?:نائب|مساعد|مستشار|مبعوث|ممثل|سفير|وزير)ت?(?:ه|ها|هم)$/u;

/** A word that cannot be part of a name: a stop word, a verb of the lexicon's patterns, a title. */
function endsName(t: Token | undefined, lex: Lexicon, verbs: RegExp[]): boolean {
  if (!t || !t.word || !ARABIC.test(t.text)) return true;
  // Folding makes the preposition "على" and the name "علي" one word; spelled with yā' it is the name.
  if (lex.nameStops.has(t.f) && !(lex.firstNames.has(t.f) && !t.text.endsWith('ى'))) return true;
  if (isTitle(t.f, lex) || lex.portfolio.has(t.f) || lex.demonyms.has(t.f)) return true;
  // "رافق المبعوث الأممي نائبه معين شريم": a title with a possessive ("his deputy") is no name's word.
  if (POSSESSIVE_TITLE.test(t.f)) return true;
  // "يوسف رجي لوجوده في مهمة": a preposition and a noun with a pronoun ("for his being") follow the name, not part of it.
  // ("بويانيه", Pouyanné, ends in "يه": a French "-é", no pronoun.)
  if (/^[لب][\u0621-\u064A]{3,}(?:ه|ها|هم|هما)$/u.test(t.text) && !/[^ي]يه$/u.test(t.text)) return true;
  // "أشاد الوزير الغاني بمشروع إنتاج الأسمدة": a preposition on a word that ends names ("بمشروع", "بفرص").
  if (/^[لب][\u0621-\u064A]{3,}$/u.test(t.f) && lex.nameStops.has(t.f.slice(1)) && !lex.firstNames.has(t.f)) return true;
  return verbs.some((re) => {
    re.lastIndex = 0;
    const m = re.exec(t.f);
    // The whole word: "قالن" (Kalın) is a name, not "قال".
    return m !== null && m.index === 0 && (m[0].length === t.f.length || !/^[\u0600-\u06FF]$/u.test(t.f[m[0].length]));
  });
}

/**
 * Whether a name may start with this word: a known first name, or a plain word that is not
 * "و…" (a conjunction), nor an indefinite accusative ("اتصالاً"), nor a feminine noun ("دولة").
 */
function startsName(t: Token, lex: Lexicon): boolean {
  // "نجاة رشدي": a woman's first name may end in "ة", which otherwise marks a common noun.
  if (lex.firstNames.has(t.f) || lex.femaleFirstNames.has(t.f) || PARTICLES.has(t.f)) return true;
  // "في مكتبه برام الله", "بمقره": a venue with "his"/"her" on it is where, no name.
  if (/^ب?(?:مكتب|مقر|منزل|قصر|مبنى|ديوان|مكان)(?:ه|ها)$/u.test(t.f)) return false;
  // "رسالة من الرئيس الإيراني تتعلق بالعلاقات": "تت…" opens a verb in the present (تتعلق، تتناول), never a name.
  // "وزير الطاقة التركي استئناف تصدير النفط": nor does a verbal noun of the form استفعال (استئناف، استعراض، استكمال).
  if (/^تت[\u0621-\u064A]{3,}$/u.test(t.f) || /^است[\u0621-\u064A]{2}ا[\u0621-\u064A]$/u.test(t.f)) return false;
  // "وطالب الشيخ الاتحاد الأوروبي باتخاذ خطوات": nor "باتخاذ", "باتجاه" (not "باعتماد": that shape is also Bastian's).
  if (/^بات[\u0621-\u064A]ا[\u0621-\u064A]$/u.test(t.f)) return false;
  // "لإنهاء الأزمة": "ل" on a word with hamza is the preposition, never a name's first letter.
  return !t.f.startsWith('و') && !/(?:ا\u064B|\u064Bا|ة)$/u.test(t.text) && !/^ل[إأ]/u.test(t.text);
}

/** End (exclusive) of the title and complements starting at token i. */
function roleEndFrom(tokens: Token[], i: number, lex: Lexicon, isKnown: (k: number) => boolean): number | null {
  let k = i + Math.max(1, titleHeadLength(tokens, i));
  // A bracket may come right after the role's words: "رئيس شركة النفط الحكومية الأذربيجانية (سوكار) روشن نجف".
  // So may a company's name in quotation marks: 'الرئيس التنفيذي لشركة "شيفرون" مايك ويرث'.
  while (k < tokens.length && k - i <= 14 && (tokens[k].word || tokens[k].text === '(' || (QUOTE_OPEN.test(tokens[k].text) && COMPANY.test(tokens[k - 1].f)))) {
    // "سفير اليابان لدى سوريا", "المبعوث الخاص إلى سوريا": a place after a preposition is part of the role.
    // "مدير إدارة المنظمات الدولية في الوزارة", "سفير دولة الكويت لدى الجمهورية العربية السورية": an institution too.
    // "قائد الجيش في جمهورية باكستان الإسلامية": a state's name after the preposition too.
    // "ومندوبها الدائم لدى جامعة الدول العربية": a body in construct after the preposition too.
    // Not after a counterpart: "استقبل نظيره البلجيكي في الكويت" says where they met; nor "في" after a minister's country
    // ("وزير خارجية النرويج في عمّان", "ولي العهد السعودي في الرياض"): an ambassador's post is in a city, a minister's
    // or a sovereign's is not.
    // Nor after "رئيس الدولة", "رئيس الجمهورية": "الزيارة المرتقبة لرئيس الدولة إلى باريس" is where he goes.
    const headOfState = k >= i + 2 && /^(?:ل?ال)?(?:رئيس|رييس)$/u.test(tokens[k - 2].f) && /^(?:الدول[ةه]|الجمهوري[ةه])$/u.test(tokens[k - 1].f);
    // Nor a city after a minister's title: "التقى سمو وزير الخارجية في الرياض" is where they met (a minister serves a
    // state, "وزير الخارجية في جمهورية كينيا"; only an envoy is posted to a city).
    const ministerInCity = tokens[k].f === 'في' && tokens.slice(i, k).some((t) => /^(?:ال)?وزير[ةه]?$/u.test(t.f)) && tokens[k + 1] !== undefined && cityAt(tokens[k + 1], lex);
    const whereMet = /^نظير/u.test(tokens[i].f) || headOfState || ministerInCity || sovereignWhere(tokens, i, k) || ((tokens[k].f === 'في' || tokens[k].f === TO) && /^(?:ال)?(?:وزير|وزيره|وزيرة|رئيس|رييس|رئيسه|رئيسة|ولي|ملك|امير|أمير|سلطان)$/u.test(tokens[i].f) && tokens.slice(i + 1, k).some((t) => isPlace(t, lex)));
    // "وطالب الناطق باسم الرئاسة الإدارة الأميركية": after "باسم" and its body, a definite noun that is no adjective is the verb's object.
    if (spokenForEnds(tokens, k, lex)) break;
    if (ROLE_PREPOSITIONS.has(tokens[k].f) && !whereMet && tokens[k + 1] && (isPlace(tokens[k + 1], lex) || twoWordPlaceAt(tokens, k + 1, lex) || STATE_WORDS.has(tokens[k + 1].f) || (tokens[k + 1].f.startsWith('ال') && !lex.nameStops.has(tokens[k + 1].f) && !isKnown(k + 1)) || lex.institutionsAr.has(tokens[k + 1].f) || (lex.portfolio.has(tokens[k + 1].f) && tokens[k + 2]?.f.startsWith('ال')))) {
      k += 2;
      continue;
    }
    // "سفير خادم الحرمين الشريفين لدى اليابان": the Saudi king's style stands for his country in a role.
    if (custodianAt(tokens, k)) {
      k += 3;
      continue;
    }
    // "المتحدث باسم الوزارة عاصم جهاد": "in the name of" the body a spokesperson speaks for is part of the title.
    // A second "باسم" ends the role: it opens the spokesperson's name.
    if (secondBismAt(tokens, i, k)) break;
    if (tokens[k].f === 'باسم' && /^(?:ال)?(?:متحدث|متحدثه|متحدثة|ناطق|رسمي)$/u.test(tokens[k - 1].f) && tokens[k + 1]?.f.startsWith('ال')) {
      k += 2;
      continue;
    }
    // "سفير دولة الكويت ... ومندوبها الدائم": a second office of the same person, "and its delegate", runs the role on.
    if (/^و/u.test(tokens[k].f) && /(?:ها|ه)$/u.test(tokens[k].f) && isTitle(tokens[k].f.slice(1).replace(/(?:ها|ه)$/u, ''), lex)) {
      k++;
      continue;
    }
    // "الأمين العام", "المدير العام": "general" belongs to the title, though it stops names elsewhere ("العام الماضي").
    // "المبعوث الخاص للأمين العام": "للأمين" is "ل" + "الأمين", the title with its article.
    // "المشرف العام على", "المنسق العام": after a definite noun of the role too, unless a time follows ("العام الماضي").
    if (GENERAL.test(tokens[k].f) && (isTitle(tokens[k - 1].f, lex) || (tokens[k - 1].f.startsWith('لل') && isTitle(`ا${tokens[k - 1].f.slice(1)}`, lex)) || (tokens[k - 1].f.startsWith('ال') && !lex.nameStops.has(tokens[k - 1].f) && !TIME_AFTER.test(tokens[k + 1]?.f ?? '')))) {
      k++;
      continue;
    }
    // "المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين (الأونروا) فيليب لازاريني": the
    // organisation's acronym in brackets closes the role, however its words run before it.
    const bracket = acronymAhead(tokens, k, lex);
    if (bracket !== null) {
      k = bracket;
      break;
    }
    // "الفريق أول ركن بحري X": the words of a military rank belong to it.
    // Also at the end of a chain of roles: "القائد العام للقوات المسلحة الفريق أول ركن X".
    if (RANK_WORDS.has(tokens[k].f) && (isTitle(tokens[k - 1].f, lex) || RANK_WORDS.has(tokens[k - 1].f))) {
      k++;
      continue;
    }
    // "ثم استقبل رئيس الجمهورية وزير الدفاع X": the head of state holds no second office; another office after
    // "رئيس الجمهورية" is the next person's (ranks such as "العماد" still belong to the president's title).
    if (officeAfterPresident(tokens, i, k, lex) || stateAfterPresident(tokens, i, k, lex)) return k;
    // "رئيس مجلس الإدارة والرئيس التنفيذي لشركة X": the chairman is also the chief executive, one person.
    if (/^وال(?:رييس|رئيس)$/u.test(tokens[k].f) && /^(?:ال)?تنفيذي$/u.test(tokens[k + 1]?.f ?? '') && tokens.slice(i, k).some((t, n, a) => t.f === 'مجلس' && /^الادار[ةه]$/u.test(a[n + 1]?.f ?? ''))) {
      k += 2;
      continue;
    }
    // "عقد سمو رئيس مجلس الوزراء والرئيس القبرصي جلسة مباحثات": "و" with a definite title starts the next person.
    if (/^وال/u.test(tokens[k].f) && isTitle(tokens[k].f.slice(1), lex)) break;
    // "وزير شؤون مجلسي الشورى والنواب": the word after "شؤون" is the portfolio, whatever it is.
    if (AFFAIRS.test(tokens[k - 1].f) && tokens[k].word && ARABIC.test(tokens[k].text) && !lex.nameStops.has(tokens[k].f)) {
      k++;
      continue;
    }
    // "رئيس بعثة يونامي": a mission named by a body the alias table knows.
    const mission = missionEnd(tokens, k, lex);
    if (mission !== null) {
      k = mission;
      continue;
    }
    // "نوه المسؤول الكيني بالقرار الأخير لمجلس الأمن": after a nationality, "ب" on a definite noun opens the verb's object
    // (not "بالوكالة", "بالإنابة": acting; nor a city, "السفير الإيطالي بالقاهرة").
    if (/^بال/u.test(tokens[k].text) && lex.demonyms.has(tokens[k - 1].f) && !isPlace(tokens[k], lex) && !/^بال(?:وكال|نياب|اناب|إناب)[ةه]$/u.test(tokens[k].f)) break;
    // "رئيسة الوزراء الإيطالية جورجيا ميلوني": after the role's nationality, a first name that also names a place
    // (Giorgia, Georgia) opens the name when a plain word follows it.
    if (k > i + 1 && lex.demonyms.has(tokens[k - 1].f) && placeNamedFirstName(tokens, k, lex)) break;
    // "رئيس شركة أكوا باور التنفيذي X", "الرئيس التنفيذي لشركة توتال إنرجيز باتريك بوياني": the company's own name.
    const company = companyNameEnd(tokens, k, lex);
    if (company !== null) {
      k = company;
      continue;
    }
    // "سفير جمهورية إندونيسيا غير المقيم": "non-resident" belongs to the title ("غير" is also Geir, a first name).
    if (tokens[k].f === 'غير' && /^(?:ال)?مقيم[ةه]?$/u.test(tokens[k + 1]?.f ?? '')) {
      k += 2;
      continue;
    }
    // "ولي عهد أبوظبي": the crown prince's title in construct, before the emirate it serves.
    if (/^(?:ال)?عهد$/u.test(tokens[k].f) && /^و?ولي$/u.test(tokens[k - 1].f)) {
      k++;
      continue;
    }
    // "لشؤون الشرق الأوسط وشمال أفريقيا": a second region joined to the first by "و" belongs to the portfolio.
    if (/^و[\u0621-\u064A]{3,}$/u.test(tokens[k].f) && (isPlace(tokens[k - 1], lex) || tokens[k - 1].f.startsWith('ال')) && tokens[k + 1] && isPlace(tokens[k + 1], lex) && !isTitle(tokens[k].f.slice(1), lex)) {
      k += 2;
      continue;
    }
    // "... بوزارة الخارجية البريطانية هاميش فالكونر": the ministry the office sits in, with "ب", before the name.
    if (/^ب/u.test(tokens[k].f) && lex.institutionsAr.has(tokens[k].f.slice(1)) && tokens[k + 1]?.f.startsWith('ال')) {
      k++;
      continue;
    }
    // "رئيس مجلس الوزراء اليمني المرافق للرئيس العليمي": a known name after "ل"+title is whom the role serves; the role ends before it.
    if (isKnown(k) && k - 1 > i && /^لل/u.test(tokens[k - 1].f) && isTitle(`ا${tokens[k - 1].f.slice(1)}`, lex)) {
      // "المستشار الإعلامي للرئيس بري علي حمدان": unless a first name follows, the adviser's own name after the principal's.
      if (lex.firstNames.has(tokens[k + 1]?.f ?? '')) return k + 1;
      return k - 1;
    }
    // "رحب سمو ولي العهد بدولة الرئيس سلام": "ب" on a style opens the verb's object, another person.
    if (objectStyleAt(tokens, k)) break;
    // "رئيس مجلس إدارة جمعية الهلال الأحمر", "رئيس هيئة مقاومة الجدار والاستيطان": a body named in construct, even
    // through an indefinite word before its definite one.
    if (BODY_NOUN.test(tokens[k].f) && tokens.slice(k + 1, k + 3).some((t) => t.f.startsWith('ال'))) {
      k++;
      if (!tokens[k].f.startsWith('ال') && tokens[k].word && tokens[k + 1]?.f.startsWith('ال') && !isKnown(k) && !lex.firstNames.has(tokens[k].f)) k++;
      continue;
    }
    // "وزير خارجية سري لانكا": a place of two words the alias table knows completes the role.
    if (k > i && twoWordPlaceAt(tokens, k, lex) && !isPlace(tokens[k], lex)) {
      k += 2;
      continue;
    }
    // "ل" on an indefinite noun in construct, then a definite word, is the office's brief: after "special" ("ممثل الاتحاد
    // الأوروبي الخاص لعملية السلام"), or when a first name follows it ("وكيل وزارة الاستثمار لتنمية الاستثمارات فهد بن سعد
    // الحربي"; not "وزير الخارجية لبحث العلاقات", a purpose with no name after).
    const brief = /^ل[\u0621-\u064A]{3,}$/u.test(tokens[k].f) && !tokens[k].f.startsWith('لل') && tokens[k + 1]?.f.startsWith('ال') && !isKnown(k + 1);
    if (brief && (/^ال?خاص[ةه]?$/u.test(tokens[k - 1].f) || (k > i + 1 && tokens[k - 1].f.startsWith('ال') && lex.firstNames.has(tokens[k + 2]?.f ?? '')))) {
      k += 2;
      continue;
    }
    // "... بحكومة الوحدة الوطنية الطاهر الباعور": a first name written with the article opens the name, when a definite
    // word follows it.
    if (k > i + 1 && tokens[k].f.startsWith('ال') && lex.firstNames.has(tokens[k].f) && tokens[k + 1]?.f.startsWith('ال')) break;
    if (!isRoleComplement(tokens[k], lex)) break;
    if (isKnown(k)) return null;
    k++;
  }
  return k;
}

/** Nouns of a body ("جمعية", "هيئة", "مؤسسة"), folded, with "ل" or "ب" on them or not. */
const BODY_NOUN = /^[لب]?(?:جمعي[ةه]|هيي[ةه]|هيئ[ةه]|مؤسس[ةه]|موسس[ةه]|منظم[ةه]|لجن[ةه]|اتحاد|غرف[ةه]|جامع[ةه]|مركز|صندوق|بنك|سلط[ةه]|وكال[ةه]|مفوضي[ةه]|ادار[ةه]|دائر[ةه]|مصلح[ةه]|محكم[ةه]|نقاب[ةه]|رابط[ةه]|شبك[ةه]|مجموع[ةه])$/u;

/** "بدولة الرئيس", "بسمو", "بمعالي", "بفخامة": a style with "ب" (folded), someone a verb welcomes or meets, not a word of a role. */
export function objectStyleAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].f;
  if (!/^ب/u.test(w)) return false;
  // "بدولة الكويت" is a place; "بدولة الرئيس", "بدولة رئيس الوزراء" style a prime minister.
  if (/^بدول[ةه]$/u.test(w)) return /^(?:ال)?(?:رئيس|رييس)$/u.test(tokens[k + 1]?.f ?? '');
  return /^ب(?:سمو|معالي|فخام[ةه]|جلال[ةه]|سعاد[ةه]|سياد[ةه]|صاحب)$/u.test(w);
}

/** "رئيس الجمهورية [اللبنانية]" from token i, and an office of someone else's at token k. */
export function officeAfterPresident(tokens: Token[], i: number, k: number, lex: Lexicon): boolean {
  return k > i + 1 && k < tokens.length && OFFICE.test(tokens[k].f) && /^(?:رييس|رئيس)$/u.test(tokens[i].f) && /^الجمهوري[ةه]$/u.test(tokens[i + 1].f) && (k === i + 2 || (k === i + 3 && isPlace(tokens[i + 2], lex)));
}

/**
 * "ودعا رئيس الجمهورية الولايات المتحدة إلى", "ودعا رئيس الجمهورية الأمم المتحدة": a state or a body named after "رئيس الجمهورية"
 * (not its adjective) is the verb's object.
 */
function stateAfterPresident(tokens: Token[], i: number, k: number, lex: Lexicon): boolean {
  return k === i + 2 && /^(?:رييس|رئيس)$/u.test(tokens[i].f) && /^الجمهوري[ةه]$/u.test(tokens[i + 1].f) && !lex.demonyms.has(tokens[k].f) && tokens[k + 1] !== undefined && (isPlace(tokens[k], lex) || twoWordPlaceAt(tokens, k, lex) || twoWordOrgAt(tokens, k, lex));
}

/** "الأمم المتحدة", "الاتحاد الأوروبي": a body the alias table knows, named in two words from token k. */
function twoWordOrgAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  return k + 1 < tokens.length && lex.entities.get(lex.names.get(foldPhrase(`${tokens[k].text} ${tokens[k + 1].text}`)) ?? '')?.kind === 'org';
}

/** Offices (not ranks or styles) that open a title of their own. */
const OFFICE = /^(?:ال)?(?:وزير|وزيره|وزيرة|سفير|سفيره|سفيرة|رئيس|رييس|رئيسه|رئيسة|قائد|مدير|مديره|مديرة|نائب|نائبه|نائبة|مبعوث|موفد|ممثل|مندوب|امين|أمين|محافظ|مستشار|منسق|مفوض)$/u;

/** "دولة" before a first name: the style of a prime minister ("دولة نواف سلام"), not "the State". */
export function isPremierStyle(tokens: Token[], i: number, lex: Lexicon): boolean {
  return /^دول[ةه]$/u.test(tokens[i].f) && lex.firstNames.has(tokens[i + 1]?.f ?? '');
}

/** "عن الرئيس X تأكيده أن": what someone is quoted as saying, a noun with its pronoun, never a name's word (folded). */
const REPORTED_NOUN = /^(?:تاكيد|تأكيد|قول|تشديد|اعراب|إعراب|ترحيب|تمني|دعوت|مطالبت|اشارت|إشارت|تحيات|تمنيات|تهاني|تقدير|شكر)(?:ه|ها|هم)$/u;

/** "لشؤون", "لشئون": "for the affairs of", the portfolio after a title. */
const AFFAIRS = /^(?:ل|و?ل?|لل|ال)ش[ؤئو]ون$/u;

/** Words of a military rank after its title (folded): "الفريق أول ركن بحري", "اللواء الركن طيار". */
const RANK_WORDS = new Set(['اول', 'ركن', 'الركن', 'بحري', 'جوي', 'طيار', 'بري']);

const NAMED_AFTER = /^(?:مركز|جامعه|جامعة|مؤسسه|مؤسسة|جائزه|جائزة|مستشفي|مستشفى|مطار|شارع|مدينه|مدينة|قاعده|قاعدة|ميناء|جسر|مسجد|مجمع)$/u;

/** The token after "(…)" when an acronym in brackets comes within a few plain words of token k. */
function acronymAhead(tokens: Token[], k: number, lex: Lexicon): number | null {
  if (isRoleComplement(tokens[k], lex) && tokens[k].text !== '(') return null;
  for (let j = k; j < tokens.length && j - k <= 5; j++) {
    const t = tokens[j];
    if (t.text === '(') {
      // "خالد المغامس لـ(كونا)": "to" before the bracket, the agency someone spoke to, whatever name comes first.
      if (j > k && /^لـ*$/u.test(tokens[j - 1].text)) return null;
      const close = tokens.findIndex((c, n) => n > j && n <= j + 4 && c.text === ')');
      return close > j + 1 ? close + 1 : null;
    }
    if (!t.word || !ARABIC.test(t.text) || lex.nameStops.has(t.f)) return null;
    // "عاصم جهاد لـ(واع)": a first name before the bracket starts the name; the bracket is the agency quoted, not the role's.
    if (j > k && lex.firstNames.has(t.f)) return null;
  }
  return null;
}

/**
 * The name after the Arabic title at token `i`; a bare title when no name follows; null when
 * the title is not one, or names someone the alias table knows (its spelling and key are better).
 */
export function arabicTitledName(tokens: Token[], i: number, lex: Lexicon, isKnown: (k: number) => boolean): ArabicName | ArabicBareTitle | ArabicKnownTitle | null {
  // "دولة نواف سلام": "دولة" styles a prime minister when a first name follows (elsewhere it is "the State").
  if (!ARABIC.test(tokens[i].text) || !(isTitle(tokens[i].f, lex) || isPremierStyle(tokens, i, lex) || POSSESSIVE_TITLE.test(tokens[i].f) || titleHeadLength(tokens, i) > 0)) return null;
  // "مركز الملك سلمان للإغاثة", "جامعة الملك سعود": a title after a building or a body names it, not a person here.
  if (i > 0 && NAMED_AFTER.test(bare(tokens[i - 1].f))) return null;
  // "النرويج بصفتها رئيسة لجنة الارتباط": a title after "in its capacity as" is a capacity, no person.
  if (i > 0 && /^بصفت(?:ه|ها|هم|هما)$/u.test(tokens[i - 1].f)) return null;
  // "كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية": the adviser's principal is no one present.
  if (i > 0 && /^(?:مستشار|مستشاري|مستشاره|مستشارة)$/u.test(bare(tokens[i - 1].f))) return null;
  const verbs = arabicVerbs(lex);
  const start = roleEndFrom(tokens, i, lex, isKnown);
  if (start === null) return null;
  if (isKnown(start)) return { kind: 'known', start: i, end: start };
  // "مساعد وزير الخارجية": the assistant's word before the title is part of the role ("مساعد" alone is also a first name).
  const roleStart = i > 0 && ASSISTANT.has(bare(tokens[i - 1].f)) ? i - 1 : i;
  // LANA writes the name in quotation marks: 'رئيس المجلس الرئاسي "محمد المنفي"'.
  // (Not after a lone indefinite title: in 'رئيس "توتال إنرجيز"' the quoted words complete the construct, a company.)
  const constructOpen = start === i + 1 && !tokens[i].f.replace(/^[وف]/u, '').startsWith('ال');
  if (start < tokens.length && /^["«“]$/.test(tokens[start].text) && !constructOpen) {
    const close = tokens.findIndex((t, n) => n > start + 1 && n <= start + 6 && /^["»”]$/.test(t.text));
    // Not 'رئيس حزب "القوات اللبنانية"': a definite word opens the name of a party or a body.
    // Not a quoted phrase ('"حافز كبير للكوادر الوطنية الشابة"'): only the last word of a name carries the article.
    if (close > start + 2 && tokens.slice(start + 1, close).every((t, n) => t.word && ARABIC.test(t.text) && !/^لل/u.test(t.f) && (start + 1 + n === close - 1 || !t.f.startsWith('ال') || COMPOUND_HALF.has(t.f) || tokens[start + n].f === 'عبد')) && startsName(tokens[start + 1], lex) && !tokens[start + 1].f.startsWith('ال')) {
      return { kind: 'name', start: start + 1, end: close, roleStart, roleEnd: start };
    }
    // 'رئيس حزب "القوات اللبنانية" سمير جعجع': the quoted body belongs to the role; the name follows it.
    if (close > start + 1 && tokens[start + 1].f.startsWith('ال')) {
      let e = close + 1;
      while (e < tokens.length && e - close <= 4 && tokens[e].word && ARABIC.test(tokens[e].text) && !tokens[e].f.startsWith('ال') && !endsName(tokens[e], lex, verbs)) e++;
      if (e - close >= 3 && startsName(tokens[close + 1], lex)) return { kind: 'name', start: close + 1, end: e, roleStart, roleEnd: close + 1 };
    }
  }
  const bareTitle: ArabicBareTitle = { kind: 'title', start: roleStart, end: start };
  // "وزير الشؤون الخارجية ...، ناصر بوريطة،": the name in apposition between commas after the role (MAP, TAP).
  if (start < tokens.length && ARABIC_COMMA.test(tokens[start].text) && tokens[start + 1] && startsName(tokens[start + 1], lex) && !tokens[start + 1].f.startsWith('ال')) {
    let e = start + 1;
    // "، عز الدين بن الشيخ،": "بن الشيخ" is the family name there, not a style.
    while (e < tokens.length && e - start <= 4 && tokens[e].word && ARABIC.test(tokens[e].text) && ((tokens[e].f === 'الشيخ' && tokens[e - 1].f === foldSameLength('بن')) || (!endsName(tokens[e], lex, verbs) && !isPlace(tokens[e], lex) && !lex.portfolio.has(tokens[e].f) && !lex.portfolio.has(bare(tokens[e].f))))) e++;
    if (e - start >= 3 && (e >= tokens.length || ARABIC_COMMA.test(tokens[e].text) || tokens[e].text === '.')) return { kind: 'name', start: start + 1, end: e, roleStart, roleEnd: start };
  }
  // "الأميرة نورة بنت بندر": a word before "بن"/"بنت" starts a name whatever its ending.
  const lineage = tokens[start + 1] !== undefined && PARTICLES.has(tokens[start + 1].f) && tokens[start + 1].f !== foldSameLength('آل');
  // "الشيخ صباح خالد الحمد": after "الشيخ", a word that is also a common noun ("صباح") opens a name when a first name follows.
  const sheikhName = start > 0 && /^(?:الشيخ|الشيخه|الشيخة)$/u.test(tokens[start - 1].f) && lex.nameStops.has(tokens[start]?.f ?? '') && lex.firstNames.has(tokens[start + 1]?.f ?? '');
  // "المتحدث باسم الحكومة باسم العوادي": the second "باسم" opens the name.
  if (!sheikhName && !secondBismAt(tokens, i, start) && (start >= tokens.length || endsName(tokens[start], lex, verbs) || (isRoleComplement(tokens[start], lex) && !placeNamedFirstName(tokens, start, lex) && !(tokens[start].f.startsWith('ال') && lex.firstNames.has(tokens[start].f))) || !(startsName(tokens[start], lex) || lineage))) return bareTitle;
  let end = start + 1;
  let plain = PARTICLES.has(tokens[start].f) ? 0 : 1;
  if (!plain) {
    if (endsName(tokens[end], lex, verbs)) return bareTitle;
    end++;
  }
  while (end < tokens.length && end - start < 8) {
    const t = tokens[end];
    // "عز الدين بن الشيخ،": "بن الشيخ" closing a name before a comma is the Maghreb family name.
    if (t.f === foldSameLength('بن') && tokens[end + 1]?.f === 'الشيخ' && (!tokens[end + 2] || ARABIC_COMMA.test(tokens[end + 2].text) || tokens[end + 2].text === '.')) {
      end += 2;
      break;
    }
    // "نائب رئيس دولة فلسطين حسين الشيخ،": "الشيخ" closing a name before a comma is the family name, not a style.
    if (t.f === 'الشيخ' && end - start >= 1 && (!tokens[end + 1] || ARABIC_COMMA.test(tokens[end + 1].text) || tokens[end + 1].text === '.')) {
      end++;
      break;
    }
    // "لـ(واع)": a preposition drawn out with a tatweel before a bracket is no name's word.
    // "محمد الأمين ولد سيدي": the second half of a compound first name, though "الأمين" alone is a title.
    const titledHalf = end - start === 1 && COMPOUND_HALF.has(t.f) && isTitle(t.f, lex) && lex.firstNames.has(tokens[start].f) && tokens[end + 1]?.word === true && startsName(tokens[end + 1], lex) && !endsName(tokens[end + 1], lex, verbs);
    if ((endsName(t, lex, verbs) && !titledHalf) || t.f.startsWith('وال') || /\u0640$/u.test(t.text)) break;
    // "ولد مرزوك بالمستوى المتميز", "... للتعاون": after two words of a name, a preposition on a definite noun starts a phrase
    // (as a second word it may be a name: "فيفيان بالاكريشنان").
    // "مركز الملك سلمان للإغاثة": "لل…" (for the …) is never a name's word, not even its second.
    if ((end - start >= 2 && /^(?:بال|لل|كال)[\u0600-\u06FF]{2,}/u.test(t.text)) || /^لل[\u0600-\u06FF]{2,}/u.test(t.text)) break;
    // "أورسولا فون دير لاين", "ماريا دا سيلفا": a European name's particles count for no word of their own.
    // The particle takes the word after it: "رافائيل دي ميلو فيدال", "ساندرا دو وال والوفد".
    if (end - start >= 1 && EUROPEAN_PARTICLE.test(t.f) && tokens[end + 1]?.word && ARABIC.test(tokens[end + 1].text) && !endsName(tokens[end + 1], lex, verbs)) {
      end += EUROPEAN_PARTICLE.test(tokens[end + 1].f) ? 1 : 2;
      continue;
    }
    // Particles chain a lineage: "محمد بن عبدالرحمن بن جاسم آل ثاني".
    if (PARTICLES.has(t.f)) {
      if (endsName(tokens[end + 1], lex, verbs)) break;
      end += 2;
      plain = 2;
      // "بن عبد الله": a particle after a particle takes its word too.
      if (PARTICLES.has(tokens[end - 1].f) && tokens[end] && !endsName(tokens[end], lex, verbs)) end++;
      continue;
    }
    // "رافائيل دي سوزا سفيرا لجمهورية البرازيل": a title in the accusative, even without its tanween, is the phrase after the name.
    if (/ا$/u.test(t.f) && isTitle(t.f.slice(0, -1), lex)) break;
    // The "ال…" surname closes the name: "أسعد حسن الشيباني".
    // Unless a forebear's name follows with its article, as Gulf names run: "مشعل الأحمد الجابر الصباح".
    // "عطا الله خيري", "نصر الله": "الله" after a first word is part of a compound first name, not a surname.
    // So is "الدين" in "محيي الدين سالم", "الرحمن" in "عبد الرحمن": the first name's second half, no word of its own.
    const compoundHalf = COMPOUND_HALF.has(t.f) && end - start === 1 && tokens[end + 1]?.word === true && startsName(tokens[end + 1], lex) && !endsName(tokens[end + 1], lex, verbs);
    if (compoundHalf) {
      end++;
      continue;
    }
    // "ألفيس" (Alves), "ألباريس" (Albares) fold to "ال…", but the hamza says it is no article: a word of the name, which
    // a European particle may follow ("ريكاردو ألفيس دي ميلو").
    // "يشار غولر آليات التعاون": "آ" spells no article; after two words of a name, a word written so ("آليات") opens the
    // phrase after it ("آل" is a particle, read above).
    if (t.f.startsWith('ال') && /^آل/u.test(t.text) && t.text !== 'آل' && end - start >= 2) break;
    if (t.f.startsWith('ال') && /^[أإآ]/u.test(t.text) && end - start >= 1) {
      end++;
      plain++;
      if (EUROPEAN_PARTICLE.test(tokens[end]?.f ?? '')) continue;
      break;
    }
    if (t.f.startsWith('ال')) {
      end++;
      // "رامي الحمد الله", "ناصر العبد الله": "الله" after the "ال…" word is the family name's second half.
      if (tokens[end]?.f === 'الله') end++;
      // "عبدالله العليمي باوزير،": a second family name, closed by a comma or a full stop, after the "ال…" one.
      // Or by the office after the name: "الدكتور كامل الطيب إدريس رئيس مجلس الوزراء"; or, for a word the lists know as a
      // name, by a word that ends names ("كامل الطيب إدريس بمكتبه", "... إدريس اليوم").
      const next = tokens[end];
      if (next && end - start === 2 && next.word && ARABIC.test(next.text) && !next.f.startsWith('ال') && !next.f.startsWith('و') && !endsName(next, lex, verbs) && !isPlace(next, lex) && !lex.portfolio.has(next.f) && !lex.portfolio.has(bare(next.f)) && (!tokens[end + 1] || ARABIC_COMMA.test(tokens[end + 1].text) || tokens[end + 1].text === '.' || (lex.titles.has(tokens[end + 1].f) && !/^ال/u.test(tokens[end + 1].f)) || (lex.firstNames.has(next.f) && lex.nameStops.has(tokens[end + 1].f)))) {
        end++;
        break;
      }
      while (end < tokens.length && end - start < 8 && tokens[end].f.startsWith('ال') && (lex.lineageNames.has(tokens[end].f) || (lex.firstNames.has(tokens[end].f.slice(2)) && !endsName(tokens[end], lex, verbs)))) end++;
      // "سارة الزعفراني الزنزري،": Maghreb names carry two family names; a second "ال…ي" name closes at a comma, not a nationality or a title.
      const second = tokens[end];
      // So does one before "و" and the next of a list, a full stop or the end: "رئيسة الحكومة سارة الزعفراني الزنزري ووزير".
      const closes = (t: Token | undefined) => t === undefined || ARABIC_COMMA.test(t.text) || t.text === '.' || (/^و[\u0621-\u064A]{2,}/u.test(t.f) && !t.f.startsWith('وال'));
      if (second !== undefined && end - start === 2 && /^ال[\u0600-\u06FF]{3,}ي$/u.test(second.f) && !endsName(second, lex, verbs) && !isTitle(second.f, lex) && !isPlace(second, lex) && !lex.portfolio.has(second.f) && !lex.portfolio.has(bare(second.f)) && closes(tokens[end + 1])) end++;
      break;
    }
    // Two plain words make a name ("هاكان فيدان"); a third is more likely the next phrase, unless
    // the phrase closes right after it ("ميريانا سبولياريتش إيغر، ", "... إيغر والوفد المرافق").
    // Or a title follows it, the role after the name: "قاسم جومارت توكاييف رئيس جمهورية كازاخستان".
    // "الشيخ فهد يوسف سعود الصباح": Gulf names run to a forebear's name before the family's.
    // "ألب أرسلان بيرقدار في العاصمة": a preposition or a time word after the third word closes the name there.
    // "ماركوس هنريكي سامبايو سفيراً لجمهورية البرازيل": an indefinite accusative ("سفيراً", "سفيرةً") is the phrase after the name.
    const closesAfter = !tokens[end + 1] || !tokens[end + 1].word || /^وال/u.test(tokens[end + 1].f) || /\u064B[اى]?$|ا\u064B$/u.test(tokens[end + 1].text) || isTitle(tokens[end + 1].f, lex) || lex.lineageNames.has(tokens[end + 1].f) || (lex.nameStops.has(tokens[end + 1].f) && !lex.nameStops.has(t.f) && !REPORTED_NOUN.test(t.f));
    // "لانا زكي نسيبة وزيرة دولة": a title right after the third word vouches for it, whatever its ending.
    const titleAfter = tokens[end + 1] !== undefined && isTitle(tokens[end + 1].f, lex);
    // "السفير خالد محمد فرح الاجتماع": after a father's first name, a third plain word before a definite noun is the grandfather's.
    const patronymic = plain === 2 && end - start === 2 && !PARTICLES.has(tokens[start].f) && !lex.titles.has(t.f) && lex.firstNames.has(tokens[end - 1].f) && startsName(t, lex) && !endsName(t, lex, verbs) && tokens[end + 1]?.f.startsWith('ال') === true && !lex.nameStops.has(tokens[end + 1].f);
    if (patronymic && !(closesAfter && (startsName(t, lex) || titleAfter))) {
      end++;
      // "طارق علي فرج الأنصاري": the family's "ال…ي" name may follow the grandfather's.
      const family = tokens[end];
      if (family && /^ال[\u0621-\u064A]{3,}ي$/u.test(family.f) && !endsName(family, lex, verbs) && !isPlace(family, lex) && !lex.portfolio.has(family.f) && !lex.portfolio.has(bare(family.f))) end++;
      break;
    }
    // "استقبل رئيس مجلس النواب نبيه بري أورتاغوس والوفد المرافق": a third word the dispatch knows as someone else's name is the verb's object.
    if (plain === 2 && isKnown(end)) break;
    // "محمد بن مبارك فاضل المزروعي": after a lineage, the grandfather's name and the "ال…ي" family name.
    const family = tokens[end + 1];
    if (plain === 2 && end - start >= 3 && PARTICLES.has(tokens[end - 2].f) && startsName(t, lex) && !endsName(t, lex, verbs) && family !== undefined && /^ال[\u0621-\u064A]{3,}ي$/u.test(family.f) && !endsName(family, lex, verbs) && !isTitle(family.f, lex) && !isPlace(family, lex) && !lex.portfolio.has(family.f)) {
      end += 2;
      break;
    }
    // "آنا كارولينا ريبيرو دا سيلفا": a European particle after the third word carries the name on.
    const particleAfter = plain === 2 && EUROPEAN_PARTICLE.test(tokens[end + 1]?.f ?? '') && startsName(t, lex) && !endsName(t, lex, verbs);
    if ((plain >= 2 && !particleAfter && !(plain === 2 && closesAfter && (startsName(t, lex) || titleAfter))) || /(?:ا\u064B|\u064Bا)$/u.test(t.text)) break;
    plain++;
    end++;
  }
  // A lone word is a name only when it is a known first name: "موقف" after a title is not one.
  // Or when an honorific alone stands before it and an office after it: "معالي سوجيونو وزير خارجية إندونيسيا" (one name only).
  const honorificOnly = tokens.slice(roleStart, start).every((t) => lex.honorifics.has(t.f));
  const mononym = honorificOnly && !tokens[start].f.startsWith('ال') && !isPlace(tokens[start], lex) && !lex.nameStops.has(tokens[start].f) && tokens[end] !== undefined && lex.titles.has(tokens[end].f);
  if (end - start === 1 && !lex.firstNames.has(tokens[start].f) && !mononym) return bareTitle;
  // "يجمع الرئيس الأميركي بزعيم عربي": "ب" on a noun and its indefinite adjective ("with an Arab leader") is no name.
  // (Only "ب", and a nationality or such an adjective after: "ليوناردو أرسي" is a name.)
  const adjective = (f: string) => lex.demonyms.has(`ال${f}`) || lex.demonyms.has(f) || /^(?:عربي|دولي|اقليمي|اجنبي|غربي|اوروبي|افريقي|اسيوي|خليجي|اممي)$/u.test(f);
  if (end - start === 2 && /^ب[\u0621-\u064A]{3,}$/u.test(tokens[start].f) && !lex.firstNames.has(tokens[start].f) && !lex.femaleFirstNames.has(tokens[start].f) && !lex.firstNames.has(tokens[start].f.slice(1)) && adjective(tokens[start + 1].f)) return bareTitle;
  // "أشاد الرئيس الإيراني بدور العراق": a country is no one's second name ("بدور" is "the role of" here).
  // (Not "لويس مونتينيغرو": a family name may be a country's; the definite "العراق" after "ب…" is not.)
  // "وثمن الرئيس دور النرويج": nor after a common noun ("دور", the role of), unless the first word is a known first name.
  // "وأشاد رئيس مجلس القيادة بمواقف المملكة المتحدة": nor a state's word after "ب…" ("the positions of the Kingdom").
  if (end - start === 2 && (/^[بل]/u.test(tokens[start].f) || !lex.firstNames.has(tokens[start].f)) && tokens[start + 1].f.startsWith('ال') && (isPlace(tokens[start + 1], lex) || (STATE_WORDS.has(tokens[start + 1].f) && /^[بل]/u.test(tokens[start].f)))) return bareTitle;
  // "طالب رئيس الوزراء بتكثيف الضغط", "هنّأ ... بحلول شهر رمضان": a preposition on a verbal noun ("بتكثيف", "لتعزيز") opens what was asked, no name.
  // "جدد الرئيس التزامه بإجراء الانتخابات": a verbal noun of the form إفعال after "ب" too (written with its hamza).
  if ((/^[بل](?:ت[\u0621-\u064A]{3,}|حلول)$/u.test(tokens[start].f) || /^[بل]إ[\u0621-\u064A]{3,}$/u.test(tokens[start].text)) && !lex.firstNames.has(tokens[start].f) && !lex.femaleFirstNames.has(tokens[start].f) && !lex.firstNames.has(tokens[start].f.slice(1))) return bareTitle;
  // "يبحث مع نظيره العراقي ترسيم الحدود": a verbal noun of the form تفعيل (ترسيم، تعزيز، تطوير) before a definite noun is
  // what was discussed; no list of first names knows it.
  // "نقل عن رئيس الوزراء السوداني تقديره البالغ": the same with a possessive on it ("his appreciation"), whatever follows.
  const verbalNoun = /^ت[\u0621-\u064A]{2}ي[\u0621-\u064A](ه|ها|هم|هما)?$/u.exec(tokens[start].f);
  if (verbalNoun && !lex.firstNames.has(tokens[start].f) && !lex.femaleFirstNames.has(tokens[start].f) && (verbalNoun[1] || (end - start === 2 && tokens[start + 1].f.startsWith('ال')))) return bareTitle;
  // "طالب وزير الموارد المائية بوضع جدول زمني": "ب" on a noun of the verb's object, before an indefinite noun and its adjective.
  if (end - start === 2 && /^[بل][\u0621-\u064A]{3,}$/u.test(tokens[start].f) && !lex.firstNames.has(tokens[start].f) && !lex.femaleFirstNames.has(tokens[start].f) && !lex.firstNames.has(tokens[start].f.slice(1)) && /^[\u0621-\u064A]{3,}ي$/u.test(tokens[end]?.f ?? '') && !tokens[end].f.startsWith('ال')) return bareTitle;
  return { kind: 'name', start, end, roleStart, roleEnd: start };
}

/**
 * "وضم الوفد أعضاء مجلس الشيوخ جين شاهين وكريس كونز وتيد باد": names of two plain words listed after "members of"
 * a body, each after the first with "و" on it. The span of each name (without its "و"), and the role they share.
 */
export function arabicMemberNames(tokens: Token[], lex: Lexicon): { role: [number, number]; dual: boolean; names: Array<{ start: number; end: number; skip: number }> } | null {
  const verbs = arabicVerbs(lex);
  // "ويضم السيناتورين كريس كونز وجيمس لانكفورد": a title in the dual names the two after it, with no body.
  const dual = tokens.findIndex((t) => DUAL_TITLE.test(t.f));
  const at = dual >= 0 ? dual : tokens.findIndex((t) => /^(?:اعضاء|أعضاء|عضوا|عضوي)$/u.test(t.f));
  if (at < 0) return null;
  // The body: "مجلس الشيوخ", "مجلس النواب الأميركي", "الكونغرس".
  let k = at + 1;
  if (dual < 0) {
    if (/^(?:مجلس|لجنة|لجنه)$/u.test(tokens[k]?.f ?? '')) k++;
    while (k < tokens.length && tokens[k].word && /^ال/u.test(tokens[k].f) && k - at <= 4) k++;
    if (k === at + 1) return null;
  }
  const bodyEnd = k;
  const names: Array<{ start: number; end: number; skip: number }> = [];
  const plain = (t: Token | undefined, first: boolean) => t !== undefined && t.word && ARABIC.test(t.text) && !/^ال/u.test(t.f) && !endsName(t, lex, verbs) && (!first || startsName(t, lex));
  while (k + 1 < tokens.length) {
    const conjoined = names.length > 0;
    const head = tokens[k];
    if (conjoined && !/^و[؀-ۿ]{2,}/u.test(head.f)) break;
    const firstWord = conjoined ? { ...head, f: head.f.slice(1), text: head.text.slice(1) } : head;
    if (!plain(firstWord, true) || !plain(tokens[k + 1], false)) break;
    names.push({ start: k, end: k + 2, skip: conjoined ? 1 : 0 });
    k += 2;
  }
  return names.length >= 2 ? { role: [at, bodyEnd], dual: dual >= 0, names } : null;
}

/** Titles in the dual: "السيناتورين", "النائبين" (the two senators, the two deputies). */
const DUAL_TITLE = /^(?:ال)?(?:سيناتور|نائب|عضو)(?:ين|ان)$/u;

/**
 * "الناطق باسم الرئاسة الإدارة الأميركية", "الناطق الرسمي الإدارة الأميركية": a spokesperson's role ends at the body
 * spoken for (or at "الرسمي"); a definite noun after it that is no adjective ("الفلسطينية") nor a place opens the object.
 * Not a rank before a first name: in "باسم الوزارة السفير خالد ..." "السفير" is the spokesperson's.
 */
function spokenForEnds(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t || !/^ال[\u0621-\u064A]{2,}$/u.test(t.f) || /(?:ي|ية|يه|يين|يون)$/u.test(t.f) || lex.firstNames.has(tokens[k + 1]?.f ?? '')) return false;
  return (tokens[k - 2]?.f === 'باسم' && /^ال(?:رئاس|رياس|حكوم|وزار|جيش)[ةه]?$|^الخارجي[ةه]$|^الكرملين$/u.test(tokens[k - 1].f)) || (/^الرسمي$/u.test(tokens[k - 1]?.f ?? '') && /^(?:الناطق|المتحدث)$/u.test(tokens[k - 2]?.f ?? ''));
}

/**
 * "رئيس بعثة يونامي", "رئيس بعثة اللجنة الدولية للصليب الأحمر في سوريا": a mission named by a body the alias table
 * knows, of one word or several. Where the body's name ends, or null.
 */
function missionEnd(tokens: Token[], k: number, lex: Lexicon): number | null {
  if (!/^(?:ال)?بعث[ةه]$/u.test(tokens[k]?.f ?? '') || !tokens[k + 1]) return null;
  const body = [5, 4, 3, 2, 1].find((n) => k + n < tokens.length && lex.entities.get(lex.names.get(foldPhrase(tokens.slice(k + 1, k + 1 + n).map((t) => t.text).join(' '))) ?? '')?.kind === 'org');
  return body === undefined ? null : k + 1 + body;
}

/**
 * After "شركة"/"مجموعة" (company, group) in a role, a company's name of undefined words: it runs to "التنفيذي"
 * (executive, closing "رئيس شركة X التنفيذي"), to a first name, which opens the person's, or to a comma. Where the
 * role goes on, or null.
 */
function companyNameEnd(tokens: Token[], k: number, lex: Lexicon): number | null {
  // (As written: "ألمنيوم" folds to "المنيوم", but its hamza says it is no article.)
  if (!COMPANY.test(tokens[k - 1].f) || tokens[k].text.startsWith('ال')) return null;
  // 'لشركة "توتال إنرجيز"': the whole name in quotation marks.
  if (QUOTE_OPEN.test(tokens[k].text)) {
    const close = tokens.findIndex((t, c) => c > k + 1 && c <= k + 5 && QUOTE_CLOSE.test(t.text));
    return close > 0 ? close + 1 : null;
  }
  for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
    // "لشركة ألمنيوم البحرين "ألبا" علي البقالي": the company's short name in quotation marks closes its name.
    const close = QUOTE_OPEN.test(tokens[j].text) && j > k ? tokens.findIndex((t, c) => c > j + 1 && c <= j + 4 && QUOTE_CLOSE.test(t.text)) : -1;
    if (close > 0) return close + 1;
    // "الرئيس التنفيذي لشركة إيني الإيطالية،": or to the end of the phrase.
    if (!tokens[j].word) return j > k && (ARABIC_COMMA.test(tokens[j].text) || tokens[j].text === '.') ? j : null;
    if (EXECUTIVE.test(tokens[j].f)) return j + 1;
    if (j > k && (lex.firstNames.has(tokens[j].f) || lex.femaleFirstNames.has(tokens[j].f))) return j;
  }
  return null;
}

const COMPANY = /^(?:ل|ب)?(?:ال)?(?:شرك[ةه]|مجموع[ةه])$/u;
const EXECUTIVE = /^(?:ال)?تنفيذي(?:[ةه])?$/u;
const QUOTE_OPEN = /^["«“]$/u;
const QUOTE_CLOSE = /^["»”]$/u;

/** "للأمم المتحدة": an organisation of two words the alias table knows, "ل" (for) written on its first. */
function orgNameAt(tokens: Token[], k: number, end: number, lex: Lexicon): boolean {
  if (k + 1 >= end || !/^لل/u.test(tokens[k].text)) return false;
  return lex.entities.get(lex.names.get(foldPhrase(`${tokens[k].text.slice(1).replace(/^ل/u, 'ال')} ${tokens[k + 1].text}`)) ?? '')?.kind === 'org';
}

/** "جورجيا ميلوني": a first name that also names a place (Giorgia, Georgia), before a plain word that goes on with the name. */
function placeNamedFirstName(tokens: Token[], k: number, lex: Lexicon): boolean {
  const next = tokens[k + 1];
  return (lex.femaleFirstNames.has(tokens[k].f) || lex.firstNames.has(tokens[k].f)) && isPlace(tokens[k], lex) && next !== undefined && next.word && ARABIC.test(next.text) && !next.f.startsWith('ال') && !isPlace(next, lex) && !isTitle(next.f, lex) && !lex.nameStops.has(next.f);
}

/** A place the alias table knows that is no country (none of the nationalities names it): a city. */
function cityAt(t: Token, lex: Lexicon): boolean {
  const key = lex.names.get(t.f) ?? lex.names.get(bare(t.f));
  return key !== undefined && lex.entities.get(key)?.kind === 'place' && !lex.countries.has(key);
}

/** "التقى جلالة الملك في عمّان": "في" right after a sovereign's bare title says where; a king is no post in a city. */
function sovereignWhere(tokens: Token[], titleAt: number, k: number): boolean {
  if (tokens[k].f !== 'في') return false;
  // "استقبل سمو ولي العهد في العلا": the crown prince's title is two words.
  return (k === titleAt + 1 && /^(?:ال)?(?:ملك|امير|أمير|سلطان)$/u.test(tokens[titleAt].f)) || (k === titleAt + 2 && /^و?ولي$/u.test(tokens[titleAt].f) && tokens[titleAt + 1].f === 'العهد');
}

/** "خادم الحرمين الشريفين" (Custodian of the Two Holy Mosques), folded. */
const CUSTODIAN = ['خادم', 'الحرمين', 'الشريفين'].map(foldSameLength);
function custodianAt(tokens: Token[], k: number): boolean {
  return CUSTODIAN.every((w, n) => tokens[k + n]?.f === w);
}

/** "المتحدث باسم الحكومة باسم العوادي": a "باسم" at k after another in the role from i is the first name of the spokesperson. */
function secondBismAt(tokens: Token[], i: number, k: number): boolean {
  return tokens[k]?.f === 'باسم' && tokens.slice(i, k).some((t) => t.f === 'باسم');
}
/** Head words of a department, whose own name follows in definite words: "إدارة المنظمات الدولية". */
const DEPARTMENT = new Set(['إدارة', 'ادارة', 'دائرة', 'مديرية', 'شعبة', 'قسم'].map(foldSameLength));

/** Whether the tokens before `k` in a role are a department's head word and definite words after it. */
function departmentNameFrom(tokens: Token[], start: number, k: number): boolean {
  let j = k - 1;
  while (j > start && /^ال/u.test(tokens[j].f) && k - j <= 3) j--;
  return DEPARTMENT.has(bare(tokens[j].f));
}

/**
 * End of a title used alone, through the words that surely belong to it (titles, portfolios,
 * nationalities, places): "وزير الخارجية السوري", but "الوزير" in "ودعا الوزير الأهالي".
 */
export function arabicTitleEnd(tokens: Token[], start: number, end: number, lex: Lexicon): number {
  let k = start + Math.max(1, titleHeadLength(tokens, start));
  /** Where a title of several words inside the role ended: "رئيس ديوان سمو ولي العهد". */
  let innerTitleEnd = -1;
  while (k < end) {
    const f = tokens[k].f;
    // "ولي العهد": a title of several words the lexicon knows runs whole ("العهد" alone is no title).
    if (lex.titles.has(tokens.slice(start, k + 1).map((t) => t.f).join(' '))) {
      k++;
      continue;
    }
    // "وحمّل جلالة الملك المعظم الوزير الضيف تحياته": a sovereign holds no other office; a definite title after his is
    // the verb's object.
    if (/^ال/u.test(f) && isTitle(f, lex) && tokens.slice(start, k).some((t) => /^ال(?:ملك|امير|سلطان)$/u.test(t.f))) break;
    if (stateAfterPresident(tokens, start, k, lex)) break;
    // "رئيس الدولة وولي عهد الكويت يبحثان": the crown prince after "و" is someone else; no office is held with his.
    if (k > start + 1 && /^وولي$/u.test(f)) break;
    // "ورحب صاحب السمو رئيس الدولة بالرئيس الإندونيسي": a title after "ب" is the verb's object, someone else.
    // "رحب ولي العهد رئيس مجلس الوزراء بقائد القيادة المركزية": with no article either.
    if (/^ب/u.test(f) && isTitle(f.slice(1), lex)) break;
    // "هنّأ رئيس الوزراء البريطاني سمو ولي العهد": after a nationality, an honorific styles the next person.
    if (lex.honorifics.has(f) && (lex.demonyms.has(tokens[k - 1].f) || isPlace(tokens[k - 1], lex))) break;
    // "سمو ولي عهد الكويت": the crown prince's title in construct, before the state it serves.
    if (/^عهد$/u.test(f) && /^و?ولي$/u.test(tokens[k - 1].f) && tokens[k + 1] !== undefined && k + 1 < end && isPlace(tokens[k + 1], lex)) {
      k++;
      continue;
    }
    // "رئيس ديوان سمو ولي العهد": a title of several words inside the role runs whole too.
    if (k > start && lex.titles.has(`${tokens[k - 1].f} ${f}`)) {
      k++;
      innerTitleEnd = k;
      continue;
    }
    // "خادم الحرمين الشريفين": the Saudi king's style, in a role ("سفير خادم الحرمين الشريفين لدى اليابان") his country.
    if (custodianAt(tokens, k)) {
      k += 3;
      continue;
    }
    if (spokenForEnds(tokens, k, lex)) break;
    // "مدير عام مكتب الوزير": "general", indefinite after an indefinite title, is the title's adjective.
    if (GENERAL.test(f) && !f.startsWith('ال') && k === start + 1 && !tokens[start].f.replace(/^و/u, '').startsWith('ال') && isTitle(tokens[start].f, lex)) {
      k++;
      continue;
    }
    // "رئيس البعثة", "رئيس الوفد": the head of a body named before, by its head word.
    if (k === start + 1 && /^ال(?:بعث|لجن|هيي|هيئ|مفوضي)[ةه]$|^الوفد$/u.test(f)) {
      k++;
      continue;
    }
    const mission = missionEnd(tokens, k, lex);
    if (mission !== null && mission <= end) {
      k = mission;
      continue;
    }
    // "مدير إدارة المنظمات الدولية بالوزارة": the definite words after a department's head word are its name.
    if (/^ال/u.test(f) && !lex.nameStops.has(f) && !isTitle(f, lex) && departmentNameFrom(tokens, start, k)) {
      k++;
      continue;
    }
    const b = bare(f).replace(/^ال/u, '');
    // Adjectives of the title ("المتحدث الأمني", "المدير العام") belong to it too.
    const sureAt = (t: Token | undefined) => t !== undefined && (isTitle(t.f, lex) || lex.portfolio.has(t.f) || lex.portfolio.has(bare(t.f)) || lex.portfolio.has(bare(t.f).replace(/^ال/u, '')) || isPlace(t, lex) || STATE_WORDS.has(t.f) || COMPASS.test(t.f));
    // An adjective of the title when the role goes on after it: "المتحدث الأمني لوزارة الداخلية" (not "الوزير الأهالي").
    const adjective = /^ال[\u0600-\u06FF]{2,}(?:ي|ية|يه)$/u.test(bare(f)) && !lex.nameStops.has(f) && k + 1 < end && sureAt(tokens[k + 1]);
    // "مساعد وزير الخارجية لشؤون مجلس التعاون الخليجي": what the affairs are of belongs to the title.
    const ofAffairs = tokens.slice(start, k).some((t) => AFFAIRS.test(t.f)) && (/^ال/u.test(f) || k === start + 1 || AFFAIRS.test(tokens[k - 1].f)) && !lex.nameStops.has(f);
    const sure = sureAt(tokens[k]) || adjective || ofAffairs;
    // "الرئيس الفرنسي ورئيس وزراء باكستان": after a title its country completes, "و" and a title start someone else
    // (unlike "نائب رئيس الوزراء ووزير الخارجية", one person's two offices).
    // So after a title of several words that is the role's complement: "رئيس ديوان سمو ولي العهد وسفير مصر".
    if (/^و/u.test(f) && !lex.titles.has(f) && isTitle(f.slice(1), lex) && (lex.demonyms.has(tokens[k - 1].f) || isPlace(tokens[k - 1], lex) || k === innerTitleEnd || (/^(?:ال)?عهد$/u.test(tokens[k - 1].f) && /^و?ولي$/u.test(tokens[k - 2]?.f ?? '')))) break;
    // "لقاء صاحب السمو رئيس الدولة وجلالة الملك": "و" on an honorific styles someone else.
    if (k > start + 1 && /^و/u.test(f) && lex.honorifics.has(f.slice(1))) break;
    // "زيارة الوزير المصري إلى البلاد": after a nationality, "to the country" is where he went, no part of the title.
    if (/^(?:الي|إلى|الى|في)$/u.test(f) && lex.demonyms.has(tokens[k - 1].f) && /^(?:البلاد|الدول[ةه]|بلادنا)$/u.test(tokens[k + 1]?.f ?? '')) break;
    // "عرض سلام مع الموفد الفرنسي برنامج الإصلاحات": a nationality closes the title; a bare noun after it opens the object.
    // (Not "المفوضة الأوروبية لشئون المتوسط": "for the affairs of" goes on with the portfolio.)
    if (lex.demonyms.has(tokens[k - 1].f) && isTitle(tokens[k - 2]?.f ?? '', lex) && !/^(?:ال|ل)/u.test(f) && !AFFAIRS.test(f) && !ROLE_PREPOSITIONS.has(f) && !isTitle(f, lex) && lex.portfolio.has(f)) break;
    // "سفير المملكة المتحدة": a place of two words.
    if (k + 1 < end && twoWordPlaceAt(tokens, k, lex)) k += 2;
    else if (ROLE_PREPOSITIONS.has(f) && tokens[k + 1] && (isPlace(tokens[k + 1], lex) || STATE_WORDS.has(tokens[k + 1].f)) && !sovereignWhere(tokens, start, k)) k += 2;
    // "ملحق الدفاع في سفارة باكستان": the embassy an attaché serves in, with the country after it.
    else if (ROLE_PREPOSITIONS.has(f) && k + 2 < end && /^(?:ال)?سفار[ةه]$/u.test(tokens[k + 1]?.f ?? '') && !sovereignWhere(tokens, start, k)) k += 2;
    // "سفير المملكة لدى جنوب أفريقيا": a place of two words after the preposition.
    else if (ROLE_PREPOSITIONS.has(f) && k + 2 < end && twoWordPlaceAt(tokens, k + 1, lex) && !sovereignWhere(tokens, start, k)) k += 3;
    // "سفير الاتحاد الأوروبي في عمان": an organisation of two words the alias table knows.
    // Right after the title word only: "طالب رئيس مجلس القيادة الأمم المتحدة" is the council's head, then the verb's object.
    // Or after a body's word in construct: "المدير الإقليمي لمنظمة الأمم المتحدة".
    else if ((k === start + 1 || /^ل?(?:منظم[ةه]|وكال[ةه]|هيئ[ةه])$/u.test(tokens[k - 1].f)) && k + 1 < end && lex.entities.get(lex.names.get(foldPhrase(`${tokens[k].text} ${tokens[k + 1].text}`)) ?? '')?.kind === 'org') k += 2;
    // "المنسقة المقيمة للأمم المتحدة": the organisation with "ل" on it, after the title's adjective.
    else if (k === start + 1 && /^ال/u.test(f) && !lex.nameStops.has(f) && orgNameAt(tokens, k + 1, end, lex)) k += 3;
    else if (sure) k++;
    else break;
  }
  return k;
}

/**
 * "استقبل ... اليوم، هاميش فالكونر، وزير الدولة لشؤون ...": a name with no title before it, its role in
 * apposition after a comma. The two or three plain words before the comma that opens the title.
 */
export function arabicNameBeforeRole(tokens: Token[], titleIndex: number, lex: Lexicon): { start: number; end: number; skip: number } | null {
  // "اتصالاً هاتفياً مع ستيف ويتكوف المبعوث الأمريكي": with no comma, a title with its article after two plain words after "مع"/"من".
  const noComma = !ARABIC_COMMA.test(tokens[titleIndex - 1]?.text ?? '');
  // "... في مسقط محمد عبدالسلام رئيس الوفد", "... اليوم X Y سفير": after a place or a day too.
  // "بمقر وزارة الخارجية فيليب لازاريني المفوض العام": after the portfolio word that closes a venue too.
  // "دولة كيرياكوس ميتسوتاكيس رئيس وزراء ...": after a style ("دولة" for a prime minister, "فخامة", "معالي") too.
  // "والسفراء هم: جواو ريبيرو دي ألميدا سفير": after the colon that opens a list too.
  const isOpener = (t: Token | undefined) => t !== undefined && (/^(?:مع|من|اليوم|امس)$/u.test(t.f) || lex.honorifics.has(t.f) || /^دول[ةه]$/u.test(t.f) || isPlace(t, lex) || ARABIC_COMMA.test(t.text) || t.text === ':' || (t.f.startsWith('ال') && lex.portfolio.has(t.f)));
  // "، سالم صالح بن بريك رئيس": a lineage particle adds a word.
  // So does a European particle: "جواو ريبيرو دي ألميدا سفير".
  const particle = (t: Token | undefined) => t !== undefined && (PARTICLES.has(t.f) || EUROPEAN_PARTICLE.test(t.f));
  // "عبد الله علي اليحيا وزير": so does the second half of a compound first name ("عبد الله" is one name in two words).
  const compoundHalf = (at: number) => COMPOUND_HALF.has(tokens[at]?.f ?? '') && at > 0 && tokens[at - 1].word && !tokens[at - 1].f.startsWith('ال');
  const lineage = particle(tokens[titleIndex - 2]) || particle(tokens[titleIndex - 3]) || compoundHalf(titleIndex - 2) || compoundHalf(titleIndex - 3);
  // "استقبل ... بقصر الاتحادية كيرياكوس ميتسوتاكيس رئيس وزراء": a palace or a seat named by its adjective closes the venue.
  const venue = (at: number) => tokens[at] !== undefined && tokens[at].f.startsWith('ال') && /^ب?(?:قصر|مقر|ديوان|مبني|مبنى)$/u.test(tokens[at - 1]?.f ?? '');
  const opens = (at: number) => isOpener(tokens[at]) || venue(at);
  if (noComma && !opens(titleIndex - 3) && !opens(titleIndex - 4) && !(lineage && opens(titleIndex - 5))) return null;
  const end = noComma ? titleIndex : titleIndex - 1;
  const verbs = arabicVerbs(lex);
  let start = end;
  // "، سالم صالح بن بريك رئيس": a lineage particle inside the name makes room for one word more.
  let room = 3;
  while (start > 0 && end - start < room) {
    const t = tokens[start - 1];
    if ((particle(t) || compoundHalf(start - 1)) && start < end && start - 1 > 0) {
      room = 4;
      start--;
      continue;
    }
    // "اليوم، محمد علي النفطي وزير": with no comma, the word right before the title may be the "ال…" surname.
    const surname = noComma && start === end && t.f.startsWith('ال') && !isTitle(t.f, lex) && !lex.nameStops.has(t.f);
    // Not a word of a role ("الخارجية"), read whole: "فالكونر" is no "ف" + "الكونر".
    // "صلاح الدين", "عبد الله": the second half of a compound first name keeps its article.
    if (!t.word || !ARABIC.test(t.text) || endsName(t, lex, verbs) || (t.f.startsWith('ال') && !COMPOUND_HALF.has(t.f) && !surname) || lex.portfolio.has(t.f) || isPlace(t, lex) || PARTICLES.has(t.f)) break;
    start--;
  }
  // Two words at least, the name opening after a comma or an honorific ("اليوم، هاميش فالكونر،"), or after
  // a word that ends a name ("استقبل ... كلاً من رامي صلاح الدين، سفير"). With no comma, two words after an opener,
  // or three ending on the "ال…" surname.
  const withSurname = tokens[end - 1]?.f.startsWith('ال') === true;
  // "، إسبن بارث إيدي وزير خارجية النرويج", "دولة فام مينه تشينه رئيس وزراء": three plain words right after a comma or a style too.
  const styleBefore = tokens[start - 1] !== undefined && (lex.honorifics.has(tokens[start - 1].f) || /^دول[ةه]$/u.test(tokens[start - 1].f));
  // So after the side it sits on: "ومن الجانب الإيراني مجيد تخت روانجي نائب وزير الخارجية".
  const sideBefore = tokens[start - 2]?.f === 'الجانب' && lex.demonyms.has(tokens[start - 1]?.f ?? '');
  const threeAfterOpener = end - start === 3 && (ARABIC_COMMA.test(tokens[start - 1]?.text ?? '') || styleBefore || sideBefore);
  if (end - start < 2 || (noComma && (!(room === 4 ? end - start >= 3 : end - start === (withSurname ? 3 : 2) || threeAfterOpener) || !opens(start - 1)))) return null;
  const before = tokens[start - 1];
  if (before && !ARABIC_COMMA.test(before.text) && !lex.honorifics.has(before.f) && !lex.nameStops.has(before.f) && !noComma) return null;
  // "، وكينجي ساتو، سفير اليابان": the next name of a list, "و" (and) written on its first word.
  const first = tokens[start];
  const joined = ARABIC_COMMA.test(before?.text ?? '') && first.f.startsWith('و') && first.f.length >= 4 && !lex.titles.has(first.f) && !lex.titles.has(first.f.slice(1)) && startsName({ ...first, f: first.f.slice(1), text: first.text.slice(1) }, lex);
  if (!joined && !startsName(first, lex)) return null;
  // "في قصر بعبدا، رئيس بعثة ...": a palace or a building before the title is where, not who.
  if (NAMED_AFTER.test(bare(first.f)) || /^(?:قصر|مقر)$/u.test(bare(first.f))) return null;
  return { start, end, skip: joined ? 1 : 0 };
}

/** "محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية": the role written after the name. */
export function arabicRoleAfter(tokens: Token[], nameEnd: number, lex: Lexicon): number | null {
  // "الدكتور عبداللطيف بن راشد الزياني، وزير الخارجية،": the role in apposition, between commas.
  if (ARABIC_COMMA.test(tokens[nameEnd]?.text ?? '') && tokens[nameEnd + 1] !== undefined && ARABIC.test(tokens[nameEnd + 1].text) && lex.titles.has(tokens[nameEnd + 1].f)) {
    let end = arabicRoleAfter(tokens, nameEnd + 1, lex);
    // "، مستشار رئيس مجلس الوزراء والمتحدث الرسمي لوزارة الخارجية،": a second office joined by "و" inside the commas.
    while (end !== null && /^و/u.test(tokens[end]?.f ?? '') && isTitle(tokens[end].f.slice(1), lex)) {
      const more = roleEndFrom(tokens, end, lex, () => false);
      if (more === null || more <= end) break;
      end = more;
    }
    if (end === null) return null;
    // "، رئيس الدولة "حفظه الله"،": a blessing in quotation marks may come before the closing comma.
    // Or between dashes: "، ولي العهد رئيس مجلس الوزراء -حفظه الله-،".
    const blessing = /^["«“\-–]$/.test(tokens[end]?.text ?? '') ? tokens.findIndex((t, k) => k > end && /^["»”\-–]$/.test(t.text)) : -1;
    const close = blessing > 0 && blessing - end <= 4 ? blessing + 1 : end;
    // Or by the full stop that ends the sentence: "ومعالي محمد البشير، وزير الطاقة."
    return ARABIC_COMMA.test(tokens[close]?.text ?? '') || tokens[close]?.text === '.' || close === tokens.length ? end : null;
  }
  if (nameEnd >= tokens.length || !ARABIC.test(tokens[nameEnd].text) || !isTitle(tokens[nameEnd].f, lex)) return null;
  // "الشيخ X وسفير المملكة المتحدة": a title with "و" on it starts the next person of a list.
  if (/^و/u.test(tokens[nameEnd].f) && !lex.titles.has(tokens[nameEnd].f)) return null;
  const end = roleEndFrom(tokens, nameEnd, lex, () => false);
  // "استقبل الرئيس X سعادة وزير الدولة محمد بن صالح": a role followed by a name is the next person's.
  const next = end !== null ? tokens[end] : undefined;
  // ("عبد الحميد الدبيبة": a name may open on a particle too.)
  if (next && ARABIC.test(next.text) && (lex.firstNames.has(next.f) || (next.f === foldSameLength('عبد') && tokens[end! + 1]?.f.startsWith('ال') === true) || (tokens[end! + 1] !== undefined && PARTICLES.has(tokens[end! + 1].f)))) {
    // "الشيخ أحمد ... الصباح رئيس مجلس الوزراء ووزير الخارجية عبدالله اليحيا": the offices up to "و" + title are the
    // name's own; the office after "و" is the next person's.
    for (let j = end! - 1; j > nameEnd + 1; j--) if (/^و/u.test(tokens[j].f) && isTitle(tokens[j].f.slice(1), lex)) return j;
    return null;
  }
  // "... المبعوث الأممي هانز مولر": two plain words after the role, no article on them, are a name no list knows.
  const plainWord = (t: Token | undefined) => t !== undefined && t.word && ARABIC.test(t.text) && !/^(?:ال|وال)/u.test(t.text) && !lex.nameStops.has(t.f) && !isTitle(t.f, lex) && !isPlace(t, lex);
  if (plainWord(next) && plainWord(tokens[end! + 1]) && !tokens[end! + 2]?.word) return null;
  return end && end > nameEnd + 1 ? end : null;
}

/** nameKey of Arabic words, remembered: a pure function of a word, asked for every word of every dispatch. */
const ARABIC_KEYS = new Map<string, string>();
function arabicKey(word: string): string {
  let key = ARABIC_KEYS.get(word);
  if (key === undefined) {
    key = nameKey(word);
    if (ARABIC_KEYS.size < 50_000) ARABIC_KEYS.set(word, key);
  }
  return key;
}

/** A word naming someone already named in the dispatch by that surname: "وأكد الحموي". */
export function arabicKnownSurname(t: Token, known: Map<string, string>, prev?: Token, next?: Token): string | null {
  // A three-letter surname ("رجي", "بدر") only right after a verb of ours: "وأعرب بدر".
  const minLength = prev && SHORT_SURNAME_AFTER.test(prev.f) ? 3 : 4;
  if (!ARABIC.test(t.text) || t.f.length < minLength || known.size === 0) return null;
  // "في مايو الماضي": a month after "in", "since", not Di Maio ("دي مايو").
  if (prev && MONTH.test(t.f) && /^(?:في|منذ|خلال|مطلع|اوايل|أوائل|اواخر|أواخر|منتصف|شهر|حتى|حتي)$/u.test(prev.f)) return null;
  // "اجتماعها الثاني", "كانون الثاني": a regnal number is never a surname on its own (not Abdullah II), whatever noun it follows.
  if (REGNAL.test(t.f)) return null;
  // "صباح اليوم", "صباح الأحد": the morning of a day, not al-Sabah.
  if (t.f === 'صباح' && next && DAY_WORD.test(next.f)) return null;
  // "المكتب الإعلامي للمهيري": "ل" on the article drops its alif.
  for (const form of [t.f, bare(t.f), ...(/^لل/u.test(t.f) ? [`ا${t.f.slice(1)}`] : [])]) {
    const key = arabicKey(form);
    if (key.length >= 3 && known.has(key)) return known.get(key)!;
  }
  return null;
}

const REGNAL = /^(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/u;

const DAY_WORD = new RegExp(`^(?:${['اليوم', 'أمس', 'الأمس', 'الغد', 'يوم', 'باكر', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(foldSameLength).join('|')})$`, 'u');

/** Months, Egyptian and Gulf names and Levantine ones, as folded. */
const MONTH = new RegExp(`^(?:${['يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين'].map(foldSameLength).join('|')})$`, 'u');

const SHORT_SURNAME_AFTER = /^(?:[وف])?(?:اعرب|اعربت|عبر|عبرت|اكد|اكدت|قال|قالت|شدد|شددت|دعا|دعت|اشار|اشارت|اوضح|اضاف|رحب|التقي|التقى|استقبل|اجتمع|بحث|الوزير|الوزيره|الوزيرة|السفير|السيناتور|الرئيس|الرييس|العماد)$/u;

/** "الخارجية", "والمغتربين", "السورية": a portfolio word or an adjective, not the verb's object ("الهجوم"). */
function isInstitutionComplement(t: Token, lex: Lexicon): boolean {
  const b = t.f.replace(/^و(?=ال)/u, '');
  if (!ARABIC.test(b) || !b.startsWith('ال')) return false;
  return lex.portfolio.has(b) || lex.demonyms.has(b) || /(?:ية|ي)$/u.test(b);
}

export interface ArabicInstitution {
  /** Offsets in the text (a one-letter prefix such as "و" left out). */
  start: number;
  end: number;
  /** Token after the institution. */
  next: number;
  /** The head word without its article when the institution is referred back to ("الوزارة"). */
  anaphoricHead: string | null;
}

/**
 * "وزارة الخارجية والمغتربين", "الرئاسة السورية": a head word and the definite words after it.
 * "الوزارة" alone refers back to the ministry named before.
 */
export function arabicInstitution(tokens: Token[], i: number, lex: Lexicon): ArabicInstitution | null {
  const t = tokens[i];
  if (!ARABIC.test(t.text)) return null;
  // "وزارة" starts with the letter that is also the conjunction "و": try the word whole first.
  const b = [t.f, bare(t.f)].find((w) => lex.institutionsAr.has(w) || (w.startsWith('ال') && lex.institutionsAr.has(w.slice(2))));
  if (!b) return null;
  const definite = !lex.institutionsAr.has(b);
  // Inside a role ("وزير الخارجية", "رئيس هيئة الأركان") the head belongs to the person's title.
  if (i > 0 && (isTitle(tokens[i - 1].f, lex) || lex.portfolio.has(tokens[i - 1].f))) return null;
  const start = t.start + (t.f.length - b.length);
  let k = i + 1;
  // After a definite head ("الرئاسة") only adjectives follow: "وطالبت الرئاسة الإدارة الأميركية" is the verb's object, a noun
  // no construct can join to a head that has its article.
  const adjective = (x: Token) => lex.demonyms.has(x.f) || /(?:ية|يه|ي)$/u.test(bare(x.f));
  while (k < tokens.length && k - i <= 5 && tokens[k].word && isInstitutionComplement(tokens[k], lex) && (!definite || adjective(tokens[k]))) k++;
  if (definite && k === i + 1) return { start, end: t.end, next: k, anaphoricHead: b.slice(2) };
  // "لمجلس الجامعة": "مجلس" with nothing that names which council is no institution of its own.
  if (b === 'مجلس' && k === i + 1) return null;
  return { start, end: tokens[k - 1].end, next: k, anaphoricHead: null };
}
