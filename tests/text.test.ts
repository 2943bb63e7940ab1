import { describe, expect, it } from 'vitest';
import { fold, foldSameLength, nameKey, oneSpace } from '../src/text/fold.js';
import { splitSentences } from '../src/text/sentences.js';
import { detectLanguage } from '../src/text/language.js';
import { dateFromText } from '../src/text/dates.js';
import { oneSlipApart } from '../src/text/typos.js';
import { eachWord } from '../src/search/terms.js';
import { TOKEN, tokenSpans } from '../src/text/tokens.js';
import { parseDateline } from '../src/load/dateline.js';

describe('tokens', () => {
  it('tokenSpans finds what TOKEN finds', () => {
    const pieces = ['a', 'Zé', 'e\u0301', '9', '-', '‑', "'", '’', '.', '..', ' ', '\u00a0', '\n', 'نص', '٣', '𝐀', '😀', '\ud800', '«', '»', ',', 'U.S.', 'M.'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: next() % 14 }, () => pieces[next() % pieces.length]).join('');
      const expected = [...s.matchAll(new RegExp(TOKEN.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
      expect(tokenSpans(s)).toEqual(expected);
    }
  });
});

describe('words for the index', () => {
  it('eachWord finds the words /[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)*/gu finds', () => {
    const pieces = ['a', 'Zé', '9', '-', '‑', '‐', ' ', '’', "'", '.', 'نص', '٣', '𝐀', '😀', '\ud800', 'œ', 'ß', '--', '«'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: next() % 14 }, () => pieces[next() % pieces.length]).join('');
      const found: string[] = [];
      eachWord(s, (w) => found.push(w));
      expect(found).toEqual([...s.matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu)].map((m) => m[0]));
    }
  });
});

describe('folding', () => {
  it('oneSpace makes every run of white space one space, as /\\s+/g does', () => {
    const pieces = [' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ' \n ', 'a', 'bc', 'é', 'نص', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join('');
      expect(oneSpace(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });

  it('folds accents, case, hyphens and apostrophes', () => {
    expect(fold('Coopération')).toBe(fold('cooperation'));
    expect(fold('al‑Chaibani')).toBe('al-chaibani');
    expect(fold('l’armée')).toBe("l'armee");
  });

  it('keeps offsets: foldSameLength has the same length as its input, character for character', () => {
    const samples = ['Le ministre « syrien » al‑Chaibani', 'Œuvre d’État', 'أحمد الشرع', 'Erdoğan’s 😀 visit', 'ÉÈÊË àâä ç'];
    for (const s of samples) {
      const f = foldSameLength(s);
      expect(f.length).toBe(s.length);
      // Naive reference: fold each character alone; where the fold keeps one code unit it must agree.
      for (let i = 0; i < s.length; i++) {
        const ref = fold(s[i]);
        if (ref.length === 1) expect(f[i]).toBe(ref);
      }
    }
  });

  it('gives one transliteration key to the spellings of one name', () => {
    const groups = [
      ['al‑Chaibani', 'Al-Chibani', 'al-Shaibani', 'Chaibani'],
      ['Abou Qasrah', 'Abu Qasra', 'Abu Qasrah'],
      ['Poutine', 'Putin'],
      ['al-Charaa', 'al-Sharaa', 'al-Chareh'],
      ['Sergueï Lavrov', 'Sergei Lavrov'],
    ];
    for (const g of groups) expect(new Set(g.map(nameKey)).size, g.join(' / ')).toBe(1);
    expect(nameKey('Fidan')).not.toBe(nameKey('Safadi'));
    expect(nameKey('Lavrov')).not.toBe(nameKey('Poutine'));
  });
});

describe('sentences', () => {
  it('does not split after abbreviations, initials or inside quotations', () => {
    const text = 'M. Fidan a rencontré le Dr. Hassan. Il a dit : « Nous sommes prêts. Nous agirons. » Puis il est parti. Geir O. Pedersen était présent.';
    const spans = splitSentences(text);
    const sentences = spans.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'M. Fidan a rencontré le Dr. Hassan.',
      'Il a dit : « Nous sommes prêts. Nous agirons. » Puis il est parti.',
      'Geir O. Pedersen était présent.',
    ]);
  });

  it('ends a sentence after an acronym ("said the CS."), not after initials with dots ("J.-P.", "U.S.")', () => {
    const text = 'The plan was backed by the CS. The CS called for funds. J.-P. Martin met U.S. officials. He left.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['The plan was backed by the CS.', 'The CS called for funds.', 'J.-P. Martin met U.S. officials.', 'He left.']);
  });

  it('treats a line break as a sentence end and keeps exact offsets', () => {
    const text = 'Première phrase sans point\nDeuxième phrase. Troisième.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Première phrase sans point', 'Deuxième phrase.', 'Troisième.']);
  });
});

describe('language, dates, datelines', () => {
  it('detects French, English and Arabic', () => {
    expect(detectLanguage('Qui a rencontré Poutine ?')).toBe('fr');
    expect(detectLanguage('What did Putin say about Israel?')).toBe('en');
    expect(detectLanguage('استقبل الرئيس أحمد الشرع وزير الخارجية')).toBe('ar');
  });

  it('reads dates written in the text, completing them from the dispatch date', () => {
    expect(dateFromText('le 12 mars 2025', null)).toBe('2025-03-12');
    expect(dateFromText('on March 3', '2025-03-05')).toBe('2025-03-03');
    // Without a year, a day after the dispatch's own is last year's: dispatches report the past.
    expect(dateFromText('le 30 décembre', '2025-01-02')).toBe('2024-12-30');
    expect(dateFromText('le 30 décembre 2025', '2025-01-02')).toBe('2025-12-30');
    // 2025-03-12 is a Wednesday: "mardi" is the day before.
    expect(dateFromText('a reçu mardi', '2025-03-12')).toBe('2025-03-11');
    expect(dateFromText('sans date', '2025-03-12')).toBeNull();
  });

  it('parses datelines of several agencies', () => {
    expect(parseDateline('Moscou, (SANA) – Le ministre')).toMatchObject({ place: 'Moscou', source: 'SANA' });
    expect(parseDateline('Damascus, SANA – President')).toMatchObject({ place: 'Damascus', source: 'SANA' });
    expect(parseDateline('ANKARA, 3 mars (AFP) - Le')).toMatchObject({ place: 'Ankara', source: 'AFP', dateText: '3 mars' });
    expect(parseDateline('دمشق-سانا استقبل')).toMatchObject({ place: 'دمشق', source: 'سانا' });
    expect(parseDateline('Le ministre a dit que')).toBeNull();
  });

  it('reads a place in capitals with no agency, an agency in lower case, an ordinal date, and skips a byline', () => {
    expect(parseDateline('OTTAWA — La ministre')).toMatchObject({ place: 'Ottawa', source: null });
    expect(parseDateline('NEW YORK — The council')).toMatchObject({ place: 'New York', source: null });
    expect(parseDateline('Berne (ats) - Le conseiller fédéral')).toMatchObject({ place: 'Berne', source: 'ats' });
    expect(parseDateline('ABU DHABI, 3rd March, 2025 (WAM) -- H.H.')).toMatchObject({ place: 'Abu Dhabi', source: 'WAM', dateText: '3rd March, 2025' });
    expect(dateFromText('3rd March, 2025', null)).toBe('2025-03-03');
    const text = 'By Jane T. Cruz\n\nMANILA – The minister';
    const d = parseDateline(text);
    expect(d).toMatchObject({ place: 'Manila', source: null });
    expect(text.slice(d!.end)).toBe('The minister');
  });

  it('tells words one typing slip apart: a letter added, dropped, changed, or two neighbours swapped', () => {
    for (const [a, b] of [['rencontre', 'rencnotre'], ['received', 'recevied'], ['declare', 'dclare'], ['meeting', 'meetings'], ['talks', 'talk'], ['hosted', 'posted']]) {
      expect(oneSlipApart(a, b), `${a} ${b}`).toBe(true);
      expect(oneSlipApart(b, a), `${b} ${a}`).toBe(true);
    }
    for (const [a, b] of [['rencontre', 'rencontrees'], ['received', 'revecied'], ['declare', 'eclar'], ['meeting', 'mating']]) expect(oneSlipApart(a, b), `${a} ${b}`).toBe(false);
  });
});
