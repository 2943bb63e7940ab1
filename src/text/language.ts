import type { Lang } from '../types.js';

/**
 * Language identification by function words: dispatches and questions are French, English or
 * Arabic, and the function words of those three barely overlap, so a count is enough and
 * works on a five-word question where character n-gram models guess.
 */
const MARKERS: Record<Exclude<Lang, 'ar'>, Set<string>> = {
  fr: new Set(
    'le la les des du de un une et est sont a ont qui que quel quels quelle quelles quoi où au aux avec pour dans sur par ce cette ces il elle ils elles été entre lors selon leur ses son sa pas ne qu été rencontré sujets abordés dit'.split(' '),
  ),
  en: new Set(
    'the of and to in is are was were has have had who what which whom where when with for on by this that these he she they it its their his her not about did does said met meet topics discussed from at'.split(' '),
  ),
};

export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-zÀ-ÿ]/g) ?? []).length;
  if (arabic > latin) return 'ar';
  const words = text.toLowerCase().replace(/[’']/g, ' ').split(/[^a-zà-ÿ]+/).filter(Boolean);
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (MARKERS.fr.has(w)) fr++;
    if (MARKERS.en.has(w)) en++;
  }
  if (/[éèêàçùâîôû]/.test(text.toLowerCase())) fr += 0.5;
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
