import type { Lexicon } from '../lexicons/lexicon.js';
import { foldSameLength, nameKey } from '../text/fold.js';
import type { Token } from '../text/tokens.js';

/**
 * Names in Arabic script, which has no capitals to tell a name from the words around it. Wires
 * name a person after a title and its complements ("وزير الاقتصاد والتجارة نزار الحموي"): the
 * complements are definite words ("ال…"), portfolio nouns in construct ("غرفة تجارة"), places
 * and nationalities; the name is what follows, up to its "ال…" surname or two plain words.
 */

const ARABIC = /^[\u0600-\u06FF]/;
/** Particles that bind to the next word of a name: أبو قصرة, بن سلمان, عبد الله. */
const PARTICLES = new Set(['أبو', 'أبي', 'بن', 'ابن', 'عبد', 'بنت', 'أم'].map(foldSameLength));
/** Conjunction and prepositions written as one letter on the next word. */
const PREFIX = /^[وفلب](?=[\u0600-\u06FF]{2})/u;

export interface ArabicName {
  /** Token range of the name itself. */
  start: number;
  end: number;
  /** Token index where the role (title and complements) starts. */
  roleStart: number;
}

function bare(f: string): string {
  return f.replace(PREFIX, '');
}

function isTitle(f: string, lex: Lexicon): boolean {
  return lex.titles.has(f) || lex.titles.has(bare(f));
}

const ROLE_PREPOSITIONS = new Set(['لدى', 'إلى', 'في', 'عن'].map(foldSameLength));

function isPlace(t: Token, lex: Lexicon): boolean {
  const b = bare(t.f);
  return lex.demonyms.has(t.f) || lex.entities.get(lex.names.get(t.f) ?? lex.names.get(b) ?? '')?.kind === 'place';
}

/** A word that continues a role after its title: "الخارجية", "والمغتربين", "شؤون", "التركي", "عمّان". */
function isRoleComplement(t: Token, lex: Lexicon): boolean {
  const f = t.f;
  const b = bare(f);
  return (
    f.startsWith('ال') || b.startsWith('ال') || f.startsWith('لل') ||
    lex.portfolio.has(f) || lex.portfolio.has(b) || isTitle(f, lex) || isPlace(t, lex)
  );
}

/** A word that cannot be part of a name: a stop word, a verb of the lexicon's patterns, a title. */
function endsName(t: Token | undefined, lex: Lexicon, verbs: RegExp[]): boolean {
  if (!t || !t.word || !ARABIC.test(t.text)) return true;
  if (lex.nameStops.has(t.f) || isTitle(t.f, lex) || lex.portfolio.has(t.f) || lex.demonyms.has(t.f)) return true;
  return verbs.some((re) => {
    re.lastIndex = 0;
    const m = re.exec(t.f);
    return m !== null && m.index === 0;
  });
}

/**
 * The name after the Arabic title at token `i`, or null. A person the alias table knows is left
 * to the alias table (its spelling and key are better than ours).
 */
export function arabicTitledName(tokens: Token[], i: number, lex: Lexicon, isKnown: (k: number) => boolean): ArabicName | null {
  if (!ARABIC.test(tokens[i].text) || !isTitle(tokens[i].f, lex)) return null;
  const verbs = [...lex.reporting.ar, ...lex.meeting.ar, ...lex.call.ar, ...lex.callVerbs.ar, ...lex.blockers.ar];
  let k = i + 1;
  while (k < tokens.length && k - i <= 8 && tokens[k].word) {
    // "سفير اليابان لدى سوريا", "المبعوث الخاص إلى سوريا": a place after a preposition is part of the role.
    if (ROLE_PREPOSITIONS.has(tokens[k].f) && tokens[k + 1] && isPlace(tokens[k + 1], lex)) {
      k += 2;
      continue;
    }
    if (!isRoleComplement(tokens[k], lex)) break;
    if (isKnown(k)) return null;
    k++;
  }
  const start = k;
  if (isKnown(start) || endsName(tokens[start], lex, verbs) || isRoleComplement(tokens[start], lex)) return null;
  let end = start + 1;
  let plain = 1;
  if (PARTICLES.has(tokens[start].f)) {
    if (endsName(tokens[end], lex, verbs)) return null;
    end++;
  }
  while (end < tokens.length && end - start < 4) {
    const t = tokens[end];
    if (endsName(t, lex, verbs) || t.f.startsWith('وال')) break;
    // The "ال…" surname closes the name: "أسعد حسن الشيباني".
    if (t.f.startsWith('ال')) {
      end++;
      break;
    }
    if (PARTICLES.has(t.f) && !endsName(tokens[end + 1], lex, verbs)) {
      end += 2;
      break;
    }
    // Two plain words make a name ("هاكان فيدان"); a third is more likely the next phrase.
    if (plain >= 2) break;
    plain++;
    end++;
  }
  return { start, end, roleStart: i };
}

/** A word naming someone already named in the dispatch by that surname: "وأكد الحموي". */
export function arabicKnownSurname(t: Token, known: Map<string, string>): string | null {
  if (!ARABIC.test(t.text) || t.f.length < 4) return null;
  for (const form of [t.f, bare(t.f)]) {
    const key = nameKey(form);
    if (key.length >= 3 && known.has(key)) return known.get(key)!;
  }
  return null;
}

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
  while (k < tokens.length && k - i <= 5 && tokens[k].word && isInstitutionComplement(tokens[k], lex)) k++;
  if (definite && k === i + 1) return { start, end: t.end, next: k, anaphoricHead: b.slice(2) };
  return { start, end: tokens[k - 1].end, next: k, anaphoricHead: null };
}
