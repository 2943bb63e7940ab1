import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDispatchFolder } from '../src/load/folder.js';
import { analyseDispatch } from '../src/analyse/analyse.js';
import { ROOT } from './helpers.js';

/**
 * Over the whole development set (dev and heldout, every language): what the bot would show is
 * in its source. Every cited span is a verbatim slice of its dispatch, every participant and
 * speaker is named inside the span cited for them (the name as that span writes it), and every
 * quote is inside its span. This is a property of the output, not a score: it must hold always.
 */
const { dispatches, skipped } = await loadDispatchFolder(join(ROOT, 'tests', 'devset'));

describe('the development set', () => {
  it('loads whole', () => {
    expect(skipped).toEqual([]);
    expect(dispatches.length).toBeGreaterThanOrEqual(60);
    const langs = dispatches.map((d) => d.lang);
    expect(langs.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(25);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(25);
    expect(langs.filter((l) => l === 'ar').length).toBeGreaterThanOrEqual(3);
  });

  it('never shows a fact its cited passage does not contain', () => {
    let facts = 0;
    for (const d of dispatches) {
      const a = analyseDispatch(d);
      const namedIn = (key: string, span: { start: number; end: number }) =>
        // A person known only by title ("t:" key) is named by that title.
        a.mentions.some((m) => m.key === key && (m.via !== 'role' || key.startsWith('t:')) && m.start >= span.start && m.end <= span.end);
      for (const m of a.meetings) {
        expect(d.text.slice(m.evidence.start, m.evidence.end), d.file).toBe(m.evidence.text);
        for (const p of m.participants) {
          expect(namedIn(p.key, m.evidence), `${d.file}: ${p.name} not named in «${m.evidence.text}»`).toBe(true);
          expect(d.text, d.file).toContain(p.name);
          facts++;
        }
      }
      for (const p of a.positions) {
        expect(d.text.slice(p.evidence.start, p.evidence.end), d.file).toBe(p.evidence.text);
        expect(namedIn(p.speaker.key, p.evidence) || p.speaker.key.startsWith('o:'), `${d.file}: ${p.speaker.name} not named in «${p.evidence.text}»`).toBe(true);
        if (p.quote) expect(p.evidence.text, d.file).toContain(p.quote);
        facts++;
      }
      for (const t of a.topics) expect(d.text.slice(t.passage.start, t.passage.end)).toBe(t.passage.text);
    }
    expect(facts).toBeGreaterThan(300);
    // Analysing every dispatch of a set that grows each session (3,177 by session 15, about 25 s alone and more beside
    // the other test files) outgrew vitest's default limit.
  }, 180_000);
});
