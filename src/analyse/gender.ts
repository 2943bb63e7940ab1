import type { Lexicon } from '../lexicons/lexicon.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import type { Mention } from '../types.js';
import type { Token } from '../text/tokens.js';

/**
 * Whether a person mention names a woman, from what is written next to it: a woman's first
 * name, a feminine honorific or title ("Mme", "Ms", "présidente", "الوزيرة"), "la" before the
 * title ("la ministre"), or a feminine nationality in a French role ("ministre syrienne").
 */
export function namesWoman(text: string, tokens: Token[], m: Mention, role: string | null, lex: Lexicon): boolean {
  const own = tokens.filter((t) => t.start >= m.start && t.end <= m.end && t.word);
  // "Ma. Theresa Lazaro" (Filipino "María"), "J. Sarah Smith": the first name after an abbreviation or initial.
  const first = own.find((t) => !/^(?:\p{L}|ma)\.?$/u.test(t.f));
  if (own.length && (lex.femaleFirstNames.has(own[0].f) || lex.femaleWords.has(own[0].f) || (first !== undefined && first !== own[0] && lex.femaleFirstNames.has(first.f)))) return true;
  const roleText = role ?? (m.via === 'role' ? m.text : null);
  const roleStart = roleText ? text.lastIndexOf(roleText, m.start) : -1;
  // Right before the name, or before its role: "Mme Kabawat", "la ministre ..., Hind Kabawat".
  for (const at of [m.start, roleStart]) {
    if (at < 0) continue;
    const prev = [...tokens].reverse().find((t) => t.end <= at);
    if (!prev) continue;
    if (lex.femaleWords.has(prev.f)) return true;
    if (at === roleStart && prev.f === 'la') return true;
  }
  if (!roleText) return false;
  const words = foldPhrase(roleText).split(/[\s,]+/);
  if (words.some((w, j) => lex.femaleWords.has(w) || (j + 1 < words.length && lex.femaleWords.has(`${w} ${words[j + 1]}`)))) return true;
  // Only right after the title: in "chef de la diplomatie syrienne" the adjective is the diplomacy's.
  return words.length > 1 && lex.titles.has(words[0]) && lex.demonyms.has(words[1]) && FEMININE_DEMONYM.test(words[1]);
}

/** French feminine forms: "syrienne", "française", "marocaine", "allemande", "émiratie", "turque". */
const FEMININE_DEMONYM = /(?:ienne|aise|aine|ande|iee|atie|arie|turque|grecque)s?$/;
