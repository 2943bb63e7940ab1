/**
 * Folding for matching, never for display: lower case, no accents, one kind of hyphen and
 * apostrophe. Wire text mixes U+2011 non-breaking hyphens and typographic apostrophes with
 * their ASCII forms, and users type neither.
 */

const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\u00AD]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Arabic short vowels, tatweel: absent from most typed queries.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Same length as the input, so offsets computed on folded text hold on the original. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits need no table: the common case, kept fast.
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      continue;
    }
    const ch = text[i];
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      const f = foldChar(ch);
      // Keep one code unit per code unit: a character whose fold changes length keeps itself.
      folded = f.length === 1 ? f : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
      FOLDED.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** Folded form of each non-ASCII code unit met so far. */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch === 'أ' || ch === 'إ' || ch === 'آ') return 'ا';
  if (ch === 'ى') return 'ي';
  return ch
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'")
    .replace(/[œ]/, 'o')
    .replace(/[æ]/, 'a')
    .toLowerCase()
    .replace(STROKED, (c) => STROKED_BASE[c]);
}

// Letters with a stroke have no decomposition: "Władysław" is written "Wladyslaw" on the wires.
const STROKED = /[łøđı]/g;
const STROKED_BASE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i' };

/** Folds a string for comparison (length may change). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة(?=\s|$)/g, 'ه')
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(STROKED, (c) => STROKED_BASE[c]);
}

/**
 * A key that survives transliteration between French, English and wire habits:
 * al-Chaibani / al-Shaibani / Chibani, Abou Qasrah / Abu Qasra, Poutine / Putin,
 * al-Charaa / al-Sharaa. Rules are general, not per name.
 */
export function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    // Names repeat across sentences and dispatches; bounded, so an odd corpus cannot grow it without limit.
    if (nameKeys.size >= 20_000) nameKeys.clear();
    nameKeys.set(name, (k = computeNameKey(name)));
  }
  return k;
}

const nameKeys = new Map<string, string>();

function computeNameKey(name: string): string {
  let k = fold(name).replace(/[^a-z\u0600-\u06ff\s-]/g, ' ');
  // "عبد العاطي" and "عبدالعاطي", "عبد الله" and "عبدالله": one name however spaced.
  k = k.replace(/(^|\s)عبد\s+ال(?=\S)/g, '$1عبدال');
  // Arabic article and its assimilated forms, as a separate word or hyphenated prefix.
  k = k.replace(/(^|[\s-])(al|el|ad|ar|as|ash|at|az|an)-/g, '$1');
  k = k.replace(/(^|\s)ال(?=\S)/g, '$1');
  k = k
    .replace(/-/g, ' ')
    .replace(/tch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ch/g, 'sh')
    .replace(/ou/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/kh/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ei|ai|ay|ey|ie/g, 'i')
    .replace(/y/g, 'i')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/w/g, 'u')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([a-z]{2,})h(?=\s|$)/g, '$1')
    .replace(/([a-z]{3,})[ea](?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return k;
}

/** Folded like text tokens (same length per character), trimmed: the form lexicon keys use. */
export function foldPhraseSafe(s: string): string {
  return oneSpace(foldSameLength(s)).trim();
}

/**
 * Every run of white space as one space, as `replace(/\s+/g, ' ')` does, but only the runs that
 * are not already one space are replaced: most are, and replacing each of them was most of the cost.
 */
export function oneSpace(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ');
}

const ARABIC_CONJUNCTIONS = ['و', 'ف'];
/** A preposition written onto a word, and what it leaves: "لل" and "بال" stand before "ال". */
const ARABIC_PREPOSITIONS: Array<[string, string]> = [['لل', 'ال'], ['بال', 'ال'], ['ب', ''], ['ل', ''], ['ك', '']];

/**
 * Arabic writes "and", "to", "with" onto the next word ("والشيباني", "لبوتين", "بالشيباني",
 * "للصفدي"): the forms the word would have standing alone, the longest prefix taken off first.
 * Folded input; at least three letters must remain.
 */
export function arabicProcliticForms(word: string): string[] {
  const forms: string[] = [];
  for (const conj of ['', ...ARABIC_CONJUNCTIONS]) {
    if (!word.startsWith(conj)) continue;
    for (const [prep, article] of [...ARABIC_PREPOSITIONS, ['', ''] as [string, string]]) {
      if ((!conj && !prep) || !word.startsWith(conj + prep)) continue;
      const rest = word.slice(conj.length + prep.length);
      if (rest.length >= 3) forms.push(article + rest);
    }
  }
  return [...new Set(forms)].sort((a, b) => a.length - b.length);
}

