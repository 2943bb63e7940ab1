import { describe, expect, it } from 'vitest';
import { autocompleteInputs, benchQuestions, countWords, createWorld, generateCorpus, generateDispatch, mulberry32 } from '../scripts/bench-corpus.js';
import { buildDispatch, parseDispatchFile } from '../src/load/parse.js';

describe('the benchmark corpus generator', () => {
  it('gives the same corpus, questions and lookups for the same seed, and another for another seed', () => {
    expect(generateCorpus(20, 7)).toEqual(generateCorpus(20, 7));
    expect(benchQuestions(createWorld(7), 30)).toEqual(benchQuestions(createWorld(7), 30));
    expect(autocompleteInputs(createWorld(7), 30)).toEqual(autocompleteInputs(createWorld(7), 30));
    const other = generateCorpus(20, 8).map((d) => d.fields.text);
    expect(generateCorpus(20, 7).map((d) => d.fields.text)).not.toEqual(other);
  });

  it('writes dispatch i from the seed and i alone, so a small corpus is the start of a larger one', () => {
    const world = createWorld(3);
    expect(generateCorpus(5, 3, world)).toEqual(generateCorpus(50, 3, world).slice(0, 5));
    expect(generateDispatch(world, 1234)).toEqual(generateDispatch(createWorld(3), 1234));
  });

  it('writes French and English SANA dispatches of about 350 words, over ten years, with distinct texts', () => {
    const corpus = generateCorpus(200, 1);
    const langs = new Set(corpus.map((d) => d.fields.lang));
    expect(langs).toEqual(new Set(['fr', 'en']));
    const words = corpus.map((d) => countWords(d.fields.text));
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(300);
    expect(mean).toBeLessThan(420);
    const years = new Set(corpus.map((d) => d.fields.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((d) => d.fields.text)).size).toBe(corpus.length);
    const fr = corpus.find((d) => d.fields.lang === 'fr')!.fields.text;
    const en = corpus.find((d) => d.fields.lang === 'en')!.fields.text;
    expect(fr).toMatch(/^[\p{Lu}][^,]+, \(SANA\) – /u);
    expect(en).toMatch(/^[\p{Lu}][^,]+, SANA – /u);
  });

  it('yields dispatches the loader accepts, with the dateline, date, language and source it was given', () => {
    for (const s of generateCorpus(50, 2)) {
      const d = buildDispatch(s.file, s.indexInFile, s.fields);
      expect(d.lang).toBe(s.fields.lang);
      expect(d.date).toBe(s.fields.date);
      expect(d.source).toBe('SANA');
      expect(d.datelinePlace).toBeTruthy();
      expect(s.fields.text.slice(0, d.bodyStart)).toContain(d.datelinePlace!);
    }
  });

  it('round-trips through a .json dispatch file as the bot reads it', () => {
    const corpus = generateCorpus(3, 5);
    const parsed = parseDispatchFile(corpus[0].file, JSON.stringify(corpus.map((s) => s.fields)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dispatches.map((d) => d.id)).toEqual(corpus.map((s) => buildDispatch(s.file, s.indexInFile, s.fields).id));
  });

  it('asks questions of every kind in both languages, and autocompletes 1 to 4 letters', () => {
    const world = createWorld(1);
    const questions = benchQuestions(world, 100);
    expect(new Set(questions.map((q) => q.intent))).toEqual(new Set(['meetings', 'topics', 'positions', 'search']));
    expect(new Set(questions.map((q) => q.lang))).toEqual(new Set(['fr', 'en']));
    expect(questions.some((q) => q.tags.includes('typo'))).toBe(true);
    const typed = autocompleteInputs(world, 100).map((x) => x.typed.length);
    expect(Math.min(...typed)).toBe(1);
    expect(Math.max(...typed)).toBe(4);
  });

  it('has a PRNG that repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
