import { describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../src/service/library.js';
import { ask } from '../src/answer/answer.js';
import { FIXTURES, SEED_FILE, tempDir } from './helpers.js';

const dispatchDir = await tempDir('answers', SEED_FILE);
for (const f of ['sana-en-sharaa-fidan-damascus.txt', 'sana-fr-chaibani-safadi-appel.md', 'two-dispatches.json']) await cp(join(FIXTURES, f), join(dispatchDir, f));
const { corpus } = await openLibrary({ dispatchDir, dataDir: await tempDir('answers-data') });

function verbatim(answer: ReturnType<typeof ask>): void {
  for (const item of answer.items) {
    const d = corpus.dispatches.get(item.citation.dispatchId)!;
    expect(d.text.slice(item.citation.start, item.citation.end)).toBe(item.citation.passage);
  }
}

describe('answers', () => {
  it('"Qui a rencontré Poutine ?": who met whom, in French, citing the passage', () => {
    const a = ask('Qui a rencontré Poutine ?', corpus);
    expect(a).toMatchObject({ intent: 'meetings', lang: 'fr', found: true });
    expect(a.items).toHaveLength(1);
    expect(a.items[0].text).toBe(
      'Vladimir Poutine (président russe) a rencontré Assaad Hassan al‑Chaibani (ministre syrien des Affaires étrangères et des Expatriés) et Murhaf Abou Qasrah (ministre de la Défense) à Moscou',
    );
    expect(a.items[0].citation).toMatchObject({ file: 'sana-fr-chaibani-abou-qasrah-poutine-moscou.txt', source: 'SANA' });
    expect(a.text).toContain('« Le ministre syrien des Affaires étrangères');
    verbatim(a);
  });

  it('"What did Putin say about Israel?": the position that quotes « menace directe », in English', () => {
    const a = ask('What did Putin say about Israel?', corpus);
    expect(a).toMatchObject({ intent: 'positions', lang: 'en' });
    expect(a.items).toHaveLength(1);
    expect(a.items[0].text).toContain('“menace directe”');
    expect(a.items[0].citation.passage).toContain('violations israéliennes');
    verbatim(a);
  });

  it('"Quels sujets ont été abordés à Moscou ?": the topics of the Moscow meetings, named in French', () => {
    const a = ask('Quels sujets ont été abordés à Moscou ?', corpus);
    expect(a.intent).toBe('topics');
    const labels = a.items.map((i) => i.text.split(' — ')[0]);
    expect(labels).toEqual(expect.arrayContaining(['militaire', 'économie', 'reconstruction', 'souveraineté', 'droit international']));
    verbatim(a);
  });

  it('finds a French dispatch from an English question and the other way round', () => {
    const en = ask('Who did Lavrov meet?', corpus);
    expect(en.items[0].text).toContain('Assaad Hassan al‑Chaibani');
    const fr = ask('Qui a rencontré le ministre turc ?', corpus);
    expect(fr.items.map((i) => i.text)).toEqual([expect.stringContaining('Hakan Fidan')]);
    // The portfolio belongs to the title: no word "foreign" is then required of the passage.
    const withPortfolio = ask('Who did the Turkish foreign minister meet?', corpus);
    expect(withPortfolio.query).toMatchObject({ people: ['role:turkey:minis'], places: [], words: [] });
    expect(withPortfolio.items.map((i) => i.text)).toEqual([expect.stringContaining('Hakan Fidan')]);
    expect(ask('Who did al-Shaibani call?', corpus).items.map((i) => i.text)).toEqual(expect.arrayContaining([expect.stringContaining('Ayman Safadi')]));
  });

  it('reads a slip in the word that says what is asked ("rencnotré", "recevied") as that word', () => {
    const right = ask('Qui a rencontré Poutine ?', corpus);
    const slip = ask('Qui a rencnotré Poutine ?', corpus);
    expect(slip.intent).toBe('meetings');
    expect(slip.items.map((i) => i.text)).toEqual(right.items.map((i) => i.text));
    expect(ask('Who recevied Hakan Fidan?', corpus)).toMatchObject({ intent: 'meetings', found: true });
    // A name one slip from nothing we know is not read as an intent: "Talks" needs six letters.
    expect(ask('What did Putin say about Israel?', corpus).intent).toBe('positions');
  });

  it('filters by date', () => {
    expect(ask('Qui a rencontré al-Chaibani en mai 2025 ?', corpus).items).toHaveLength(1);
    expect(ask('Qui a rencontré al-Chaibani en juin 2025 ?', corpus).found).toBe(false);
  });

  it('says plainly when nothing matches, naming an unknown person', () => {
    expect(ask('Who did Biden meet?', corpus)).toMatchObject({ found: false, summary: 'No dispatch mentions Biden.' });
    expect(ask('Qu’a dit Macron sur le pétrole ?', corpus).found).toBe(false);
    expect(ask('', corpus).summary).toMatch(/Ask a question/);
    expect(ask('?!…', corpus).found).toBe(false);
  });
});
