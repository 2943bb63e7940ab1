import { describe, expect, it } from 'vitest';
import { cp, writeFile } from 'node:fs/promises';
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

describe('questions in Arabic', () => {
  it('reads who met whom, calls, positions and unknown names from an Arabic question', () => {
    const met = ask('من التقى بوتين؟', corpus);
    expect(met.query).toMatchObject({ intent: 'meetings', lang: 'ar', kind: 'meeting' });
    expect(met.items.map((i) => i.text)).toEqual([expect.stringContaining('Chaibani')]);
    verbatim(met);
    const called = ask('من اتصل بالشيباني؟', corpus);
    expect(called.query).toMatchObject({ intent: 'meetings', kind: 'call' });
    // "بالشيباني": the preposition is written onto the name.
    expect(called.items.length).toBeGreaterThan(0);
    expect(called.items.every((i) => /Ch[a]?ibani|Shaibani/.test(i.text) && i.text.includes('spoke by phone with Ayman Safadi'))).toBe(true);
    const said = ask('ماذا قال بوتين عن سوريا؟', corpus);
    expect(said.query.intent).toBe('positions');
    expect(said.found).toBe(true);
    expect(said.items.every((i) => i.text.startsWith('Vladimir Poutine'))).toBe(true);
    expect(ask('من التقى ترامب؟', corpus)).toMatchObject({ found: false, summary: 'No dispatch mentions ترامب.' });
  });
});

describe('meetings or calls, and people asked for by title', async () => {
  const dir = await tempDir('answers-titles');
  // Written for this test: a minister named, then called "the Turkish minister"; an envoy only ever named by title.
  await writeFile(
    join(dir, 'energy.txt'),
    'ANKARA, 4 March 2026 (AA) - Turkish Energy Minister Talat Korkmazer met Iraqi Oil Minister Selim Dawoodi in Ankara on Wednesday to discuss gas exports.\n\nThe Turkish minister said the pipeline would be ready “before the winter”.\n',
  );
  await writeFile(
    join(dir, 'fidan.txt'),
    'AMMAN, 5 March 2026 (Petra) - Turkish Foreign Minister Hakan Fidan met Jordanian Foreign Minister Ayman Safadi in Amman on Thursday.\n\nLater on Thursday, Fidan spoke by phone with Lebanese Prime Minister Nawaf Salam about the situation in the south.\n',
  );
  await writeFile(
    join(dir, 'envoy.txt'),
    'GENEVA, 6 March 2026 (AFP) - The UN envoy met Yemeni Foreign Minister Shaya al-Zindani in Geneva on Friday, a spokesman for the world body said.\n',
  );
  const lib = await openLibrary({ dispatchDir: dir, dataDir: await tempDir('answers-titles-data') });

  it('"Qui a appelé Fidan ?" lists calls only, "Who did Fidan meet?" meetings only, "talks" both', () => {
    const calls = ask('Qui a appelé Fidan ?', lib.corpus);
    expect(calls.query.kind).toBe('call');
    expect(calls.summary).toBe('1 appel(s) trouvé(s)');
    expect(calls.items.map((i) => i.text)).toEqual([expect.stringContaining('Nawaf Salam')]);
    const met = ask('Who did Fidan meet?', lib.corpus);
    expect(met.items.map((i) => i.text)).toEqual([expect.stringContaining('Ayman Safadi')]);
    expect(ask('Who did Fidan hold talks with?', lib.corpus).items).toHaveLength(2);
    // "appelé à", "called for": urging is a position, not a phone call.
    expect(ask('Qui a appelé à la retenue ?', lib.corpus).intent).toBe('positions');
    expect(ask('Who called for a ceasefire?', lib.corpus).intent).toBe('positions');
  });

  it('"the Turkish minister" in a question is every Turkish minister, not the one a dispatch called so', () => {
    const a = ask('Who did the Turkish minister meet?', lib.corpus);
    expect(a.query.people).toEqual(['role:turkey:minis']);
    expect(a.items.map((i) => i.text)).toEqual(expect.arrayContaining([expect.stringContaining('Hakan Fidan'), expect.stringContaining('Talat Korkmazer')]));
  });

  it('"Who met the UN envoy?": a title without a nationality finds whoever is written with it', () => {
    const a = ask('Who met the UN envoy?', lib.corpus);
    expect(a.query.people).toEqual(['role:un:envoy']);
    expect(a.items.map((i) => i.text)).toEqual([expect.stringContaining('Shaya al-Zindani')]);
    // Someone named only by title is written once, not "UN envoy (UN envoy)".
    expect(a.items[0].text).toMatch(/^UN envoy met /);
    // Someone named is asked for by name: the title beside the name adds no filter.
    expect(ask('Who did minister Fidan meet?', lib.corpus).query.people).toEqual(['hakan-fidan']);
  });
});
