import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import {
  comparePairs, comparePositions, compareTopics, goldPairs, matchOneToOne, namesMatch, passagesMatch,
  personMatches, predictedPairs, quoteWords, titlesMatch, type GoldPosition, type PredictedPosition,
} from '../scripts/eval-match.js';

const lex = defaultLexicon();
const p = (key: string, name: string) => ({ key, name });

describe('names', () => {
  it('matches spellings through the alias table, across scripts', () => {
    expect(namesMatch('Vladimir Poutine', 'Putin', lex)).toBe(true);
    expect(namesMatch('Assaad Hassan al‑Chaibani', 'أسعد حسن الشيباني', lex)).toBe(true);
  });

  it('matches transliterations and a surname against the full name', () => {
    expect(namesMatch('Hussein al-Salameh', 'Hussein al-Salama', lex)).toBe(true);
    expect(namesMatch('Fidan', 'Hakan Fidan', lex)).toBe(true);
    expect(namesMatch('Hakan Fidan', 'Fidan', lex)).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(namesMatch('Fuad Hussein', 'Hussein al-Salama', lex)).toBe(false);
    expect(namesMatch('Hakan', 'Hakan Fidan', lex)).toBe(false); // a first name is not a suffix
    // Shared words are not enough: only a whole trailing run of words counts.
    expect(namesMatch('Mohammed ben Salmane', 'Khalid ben Salmane', lex)).toBe(false);
    // Both known to the alias table: it decides, whatever the transliteration keys say.
    expect(namesMatch('Abdallah II', 'Joseph Aoun', lex)).toBe(false);
    expect(namesMatch('roi Abdallah II', 'King Abdullah II', lex)).toBe(true);
  });

  it('matches titles and institutions by containment, without articles', () => {
    expect(titlesMatch('le président russe', 'président russe')).toBe(true);
    expect(titlesMatch('UN envoy for Syria', 'UN envoy')).toBe(true);
    expect(titlesMatch('ministère syrien des Affaires étrangères et des Expatriés', 'le ministère syrien des Affaires étrangères')).toBe(true);
    expect(titlesMatch('président russe', 'président turc')).toBe(false);
  });
});

describe('personMatches', () => {
  it('tries the alias spellings of the predicted key', () => {
    // Predicted in French, gold in English: only the alias table links them.
    expect(personMatches(p('vladimir-putin', 'Poutine'), 'Vladimir Putin', lex)).toBe(true);
    expect(personMatches(p('hakan-fidan', 'Hakan Fidan'), 'Vladimir Putin', lex)).toBe(false);
  });

  it('uses the written name for keys outside the table', () => {
    expect(personMatches(p('p:husin salam', 'Hussein al-Salameh'), 'Hussein al-Salama', lex)).toBe(true);
    expect(personMatches(p('p:husin salam', 'Hussein al-Salameh'), 'Fuad Hussein', lex)).toBe(false);
  });

  it('matches title-only people and institutions by containment only', () => {
    expect(personMatches(p('t:president russe', 'président russe'), 'président russe', lex)).toBe(true);
    expect(personMatches(p('t:un envoy for syria', 'UN envoy for Syria'), 'UN envoy', lex)).toBe(true);
    expect(personMatches(p('o:ministere syrien des affaires etrangeres', 'ministère syrien des Affaires étrangères'), 'le ministère syrien des Affaires étrangères', lex)).toBe(true);
    expect(personMatches(p('world-bank', 'Banque mondiale'), 'World Bank', lex)).toBe(true);
    // A title the extractor did not resolve is not the person the gold names.
    expect(personMatches(p('t:president russe', 'président russe'), 'Vladimir Poutine', lex)).toBe(false);
    // Containment is for titles: a person's name inside a longer name is not the same person.
    expect(personMatches(p('p:husin', 'Hussein'), 'Hussein al-Salama', lex)).toBe(false);
  });
});

describe('matchOneToOne', () => {
  it('finds the maximum matching, not the greedy one', () => {
    // Greedy would give left 0 → right 0 and leave left 1 unmatched.
    const ok = (i: number, j: number) => (i === 0 ? j === 0 || j === 1 : j === 0);
    expect(matchOneToOne(2, 2, ok).sort()).toEqual([[0, 1], [1, 0]]);
  });
});

describe('pairs', () => {
  const putin = p('vladimir-putin', 'Vladimir Poutine');
  const shaibani = p('asaad-al-shaibani', 'Assaad Hassan al‑Chaibani');
  const qasra = p('murhaf-abu-qasra', 'Murhaf Abou Qasrah');

  it('counts each unordered pair once per dispatch', () => {
    const pairs = predictedPairs([
      { participants: [shaibani, qasra, putin], passage: 'a' },
      { participants: [putin, shaibani], passage: 'b' },
    ]);
    expect(pairs).toHaveLength(3);
    const gold = goldPairs([['Assaad Hassan al-Chaibani', 'Vladimir Poutine'], ['Vladimir Putin', 'Assaad al-Chaibani']], lex);
    expect(gold).toHaveLength(1);
  });

  it('keeps two people of one meeting apart though one name ends the other ("Hamdan bin Mohamed bin Zayed", "Mohamed bin Zayed")', () => {
    const gold = goldPairs([['Mohamed bin Zayed Al Nahyan', 'Shehbaz Sharif', 'Hamdan bin Mohamed bin Zayed Al Nahyan']], lex);
    expect(gold).toHaveLength(3);
    const pred = predictedPairs([{ participants: [p('p:mbz', 'Mohamed bin Zayed Al Nahyan'), p('p:sharif', 'Shehbaz Sharif'), p('p:hamdan', 'Hamdan bin Mohamed bin Zayed Al Nahyan')], passage: 's' }]);
    expect(comparePairs(pred, gold, lex).matched).toHaveLength(3);
  });

  it('compares predicted and gold pairs in either order', () => {
    const pred = predictedPairs([{ participants: [shaibani, putin, p('t:president russe', 'président russe')], passage: 's' }]);
    const gold = goldPairs([['Vladimir Putin', 'Asaad al-Shaibani', 'Murhaf Abu Qasra']], lex);
    const c = comparePairs(pred, gold, lex);
    expect(c.matched).toHaveLength(1);
    expect(c.fp).toHaveLength(2); // both pairs with the unresolved title
    expect(c.fn.map((g) => g.join(' + ')).sort()).toEqual(['Asaad al-Shaibani + Murhaf Abu Qasra', 'Vladimir Putin + Murhaf Abu Qasra']);
  });
});

describe('topics', () => {
  it('compares label sets', () => {
    const c = compareTopics(['diplomacy', 'military', 'diplomacy'], ['diplomacy', 'economy']);
    expect([c.matched.length, c.fp, c.fn]).toEqual([1, ['military'], ['economy']]);
  });
});

describe('positions', () => {
  const text = 'Poutine a affirmé son soutien. Il a qualifié les frappes de « menace directe » pour la région. Fin.';
  const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const s1 = 'Poutine a affirmé son soutien.';
  const s2 = 'Il a qualifié les frappes de « menace directe » pour la région.';

  it('takes the same sentence by containment or overlapping offsets', () => {
    expect(passagesMatch(span(s2), { text: s2.slice(0, 20), start: null, end: null })).toBe(true);
    // Split differently: overlapping offsets, neither text inside the other.
    expect(passagesMatch({ text: 'soutien. Il a', start: 23, end: 36 }, span(s2))).toBe(true);
    expect(passagesMatch(span(s1), span(s2))).toBe(false);
  });

  it('scores speakers and quotes', () => {
    const pred: PredictedPosition[] = [
      { speaker: p('vladimir-putin', 'Poutine'), quote: null, passage: span(s1) },
      { speaker: p('vladimir-putin', 'Poutine'), quote: 'menace', passage: span(s2) },
      { speaker: p('hakan-fidan', 'Fidan'), quote: null, passage: span(s2) },
    ];
    const gold: GoldPosition[] = [
      { speaker: 'Vladimir Putin', quote: null, passage: span(s1) },
      { speaker: 'Vladimir Poutine', quote: 'menace directe', passage: span(s2) },
    ];
    const c = comparePositions(pred, gold, lex);
    expect([c.matched.length, c.fp.length, c.fn.length]).toEqual([2, 1, 0]);
    expect(c.speaker).toEqual({ right: 2, total: 3 });
    expect([c.quote.right, c.quote.total]).toEqual([0, 1]);
  });

  it('compares quotes without the punctuation that closes them inside the marks', () => {
    expect(quoteWords('the stability of the whole region.')).toBe(quoteWords('the stability of the whole region'));
    expect(quoteWords('between Seoul and Tokyo, ')).toBe('between Seoul and Tokyo');
    expect(quoteWords('menace')).not.toBe(quoteWords('menace directe'));
  });
});
