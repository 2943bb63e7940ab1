import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyOccurs, wordStartsOf } from '../src/text/pattern-union.js';
import { foldSameLength } from '../src/text/fold.js';
import { splitSentences } from '../src/text/sentences.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import { loadDispatchFolder } from '../src/load/folder.js';

const ROOT = join(import.meta.dirname, '..');

describe('word starts read from a pattern', () => {
  it('reads the letters a match must begin a word with', () => {
    expect(wordStartsOf(['\\bdiplomati\\w*'])).toEqual(['dip']);
    expect(wordStartsOf(['\\b(?:economy|trade)\\b'])).toEqual(['eco', 'tra']);
    // An optional group: the match begins with it or with what follows.
    expect(wordStartsOf(['\\b(?:has |have )?(?:met|received)\\b'])).toEqual(['has', 'hav', 'met', 'rec']);
    // An optional letter ends what is certain: "forums?" → "for".
    expect(wordStartsOf(['\\bforums?'])).toEqual(['for']);
    expect(wordStartsOf(['\\ba?bc'])).toEqual(null);
    // Punctuation before the first word: that word still begins at a word start.
    expect(wordStartsOf(["(?:'s|’s) (?:talks|meeting)"])).toEqual(['s', 's']);
    expect(wordStartsOf(['(?:,|\\bafter) (?:meeting|hosting)'])).toEqual(['mee', 'hos', 'aft']);
    expect(wordStartsOf(['^pour (?!sa )'])).toEqual(['pou']);
  });

  it('refuses what it cannot read: a match could start inside a word, or with any letter', () => {
    expect(wordStartsOf(['portant sur'])).toBeNull();
    expect(wordStartsOf(['\\b[a-z]+ minister'])).toBeNull();
    expect(wordStartsOf(['\\b\\w+ said'])).toBeNull();
    expect(wordStartsOf(['(?:^|\\s)وزير'])).toBeNull();
    expect(wordStartsOf(['\\bmet', 'portant sur'])).toBeNull();
  });
});

describe('anyOccurs', () => {
  it('answers like trying each pattern, for every cue list of the lexicon on every sentence of the dev set', async () => {
    const lex = defaultLexicon();
    const lists: Array<[string, RegExp[]]> = [];
    for (const lang of ['fr', 'en', 'ar'] as const) {
      for (const kind of ['meeting', 'call', 'callVerbs', 'blockers', 'reporting', 'topicSubjects'] as const) lists.push([`${kind}/${lang}`, lex[kind][lang]]);
      for (const t of lex.topics) lists.push([`${t.label}/${lang}`, t.cues[lang]], [`${t.label} weak/${lang}`, t.weak[lang]]);
    }
    // Most lists must be readable, or the check before each expression saves nothing.
    const readable = lists.filter(([name, res]) => !name.endsWith('/ar') && wordStartsOf(res.map((r) => r.source)));
    expect(readable.length).toBeGreaterThan(0.9 * lists.filter(([name]) => !name.endsWith('/ar')).length);
    const { dispatches } = await loadDispatchFolder(join(ROOT, 'tests', 'devset', 'dev'));
    const texts = dispatches.flatMap((d) => splitSentences(d.text, 0, d.text.length, d.lang).map((s) => foldSameLength(d.text.slice(s.start, s.end))));
    // Words cut inside: "rapportant sur", "l'entretien's talks".
    texts.push('les discussions rapportant sur la paix', "the minister's talks with him", 'xmet ymet', 'après avoir reçu');
    let differences = 0;
    let checked = 0;
    for (const text of texts) {
      for (const [, res] of lists) {
        const expected = res.some((re) => {
          re.lastIndex = 0;
          return re.test(text);
        });
        if (anyOccurs(res, text) !== expected) differences++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(differences).toBe(0);
  });
});

describe('a list too long for one expression', () => {
  it('is tried as several unions and still finds a pattern at its end', () => {
    // 80 patterns of about 400 characters: some 32 KB, past V8's 20 KB limit for optimising one expression.
    const filler = (i: number) => `\\bzz${i}(?:${Array.from({ length: 60 }, (_, k) => `w${k}x`).join('|')})\\b`;
    const list = Array.from({ length: 80 }, (_, i) => new RegExp(filler(i)));
    list.push(/\bneedle\b/);
    expect(list.map((r) => r.source.length).reduce((a, b) => a + b)).toBeGreaterThan(20_000);
    expect(anyOccurs(list, 'a haystack with a needle in it')).toBe(true);
    expect(anyOccurs(list, 'zz79w59x')).toBe(true);
    expect(anyOccurs(list, 'a haystack with nothing')).toBe(false);
  });
});

describe('Arabic cues in the lexicon', () => {
  it('keep a quantifier on its letter once the marks an Arabic letter may carry are allowed after it ("حضرت?" reads "حضر" and "حضرت")', async () => {
    const { readFile } = await import('node:fs/promises');
    const { compileLexicon } = await import('../src/lexicons/lexicon.js');
    const dir = join(ROOT, 'src', 'lexicons');
    const read = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8'));
    const events = await read('events.json');
    events.meeting.ar = ['حضرت? (?:اللقاء)'];
    const lex = compileLexicon(await read('entities.json'), await read('roles.json'), events, await read('topics.json'), await read('glossary.json'));
    const [re] = lex.meeting.ar;
    for (const text of ['حضر اللقاء', 'حضرت اللقاء', 'حضرَت اللقاء']) {
      re.lastIndex = 0;
      expect(re.test(text)).toBe(true);
    }
  });
});
