import { describe, expect, it } from 'vitest';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../src/service/library.js';
import { analyseInBatches, type AnalysedItem } from '../src/service/analyse-pool.js';
import { analyseDispatch } from '../src/analyse/analyse.js';
import { defaultLexicon } from '../src/lexicons/lexicon.js';
import { loadDispatchFolder } from '../src/load/folder.js';
import { readManifest, snapshotName } from '../src/search/snapshot.js';
import { compactAnalysis } from '../src/search/stored-analysis.js';
import { ask } from '../src/answer/answer.js';
import { FIXTURES, ROOT, SEED_FILE, tempDir } from './helpers.js';

const FIDAN = 'Damas, 4 mars 2025 (SANA) – Le président Ahmad al-Charaa a reçu mardi à Damas le ministre turc des Affaires étrangères, Hakan Fidan.';

async function folder() {
  const dispatchDir = await tempDir('lib-dispatches', SEED_FILE);
  for (const f of ['sana-en-sharaa-fidan-damascus.txt', 'sana-fr-chaibani-safadi-appel.md', 'two-dispatches.json']) await cp(join(FIXTURES, f), join(dispatchDir, f));
  return { dispatchDir, dataDir: await tempDir('lib-data') };
}

describe('analysis on worker threads', () => {
  it('gives the same analyses as the main thread, in the same order', async () => {
    // Every fourth dispatch of the dev set (all three languages, ~700 dispatches): the set grows each session and
    // the whole of it, analysed twice next to the other test files, outgrew the time limit.
    const { dispatches: all } = await loadDispatchFolder(join(ROOT, 'tests', 'devset', 'dev'));
    const dispatches = all.filter((_, i) => i % 4 === 0);
    const lex = defaultLexicon();
    const items: AnalysedItem[] = [];
    const { workers } = await analyseInBatches(dispatches, lex, (start, batch) => void items.splice(start, batch.length, ...batch), { workers: 2, minForWorkers: 0 });
    expect(workers).toBe(2);
    expect(items).toHaveLength(dispatches.length);
    dispatches.forEach((d, i) => {
      const item = items[i];
      expect(item.ok).toBe(true);
      // Both as the corpus keeps them (passages shared, working fields of the analyser dropped).
      if (item.ok) expect(JSON.parse(JSON.stringify(item.analysis))).toEqual(JSON.parse(JSON.stringify(compactAnalysis(d, analyseDispatch(d, lex)))));
    });
  }, 60_000);
});

describe('incremental updates', () => {
  it('a reindex of an unchanged folder reads, analyses and writes nothing', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    const report = await lib.reindex();
    expect(report).toMatchObject({ dispatches: 5, analysed: 0, partitionsWritten: 0, added: [], changed: [], removed: [] });
  });

  it('adding, changing and removing one file touches only that file, and the snapshot follows', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    const before = await readManifest(join(dataDir, snapshotName(dispatchDir)));

    await writeFile(join(dispatchDir, 'fidan.txt'), FIDAN);
    let report = await lib.updateFiles(['fidan.txt']);
    // Made durable by one journal line, not by rewriting its partition.
    expect(report).toMatchObject({ dispatches: 6, analysed: 1, added: ['fidan.txt'], partitionsWritten: 0 });
    expect(ask('Who met Hakan Fidan?', lib.corpus).items.map((i) => i.citation.file)).toContain('fidan.txt');

    // The same file rewritten: its old dispatch leaves the index, the new one comes in.
    await writeFile(join(dispatchDir, 'fidan.txt'), FIDAN.replace('Hakan Fidan', 'Hakan Fidan, puis le ministre jordanien Ayman Safadi'));
    report = await lib.updateFiles(['fidan.txt']);
    expect(report).toMatchObject({ dispatches: 6, analysed: 1, changed: ['fidan.txt'] });
    expect(lib.corpus.searchGroups([{ kind: 'entity', terms: ['e:ayman-safadi'], prefix: false, fuzzy: false }]).map((h) => h.dispatchId)).toContain([...lib.corpus.dispatches.values()].find((d) => d.file === 'fidan.txt')!.id);

    await rm(join(dispatchDir, 'fidan.txt'));
    report = await lib.updateFiles(['fidan.txt']);
    expect(report).toMatchObject({ dispatches: 5, removed: ['fidan.txt'] });
    expect(ask('Who met Hakan Fidan?', lib.corpus).items.map((i) => i.citation.file)).not.toContain('fidan.txt');

    // A fresh start from the snapshot sees the same five dispatches, with nothing to analyse.
    const again = await openLibrary({ dispatchDir, dataDir });
    expect(again.report).toMatchObject({ fromSnapshot: true, dispatches: 5, analysed: 0 });
    const after = await readManifest(join(dataDir, snapshotName(dispatchDir)));
    expect(after.ok && before.ok && Object.keys(after.value.files).sort()).toEqual(before.ok && Object.keys(before.value.files).sort());
  });

  it('a renamed file keeps its analysis and cites its new name', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    const seed = SEED_FILE.split('/').pop()!;
    await writeFile(join(dispatchDir, 'renamed.txt'), await readFile(join(dispatchDir, seed)));
    await rm(join(dispatchDir, seed));
    const report = await lib.reindex();
    expect(report).toMatchObject({ dispatches: 5, analysed: 0, added: ['renamed.txt'], removed: [seed] });
    expect(ask('Qui a rencontré Poutine ?', lib.corpus).items[0].citation.file).toBe('renamed.txt');
  });

  it('refuses a path outside the dispatch folder', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    const report = await lib.updateFiles(['../../etc/passwd']);
    expect(report.skipped).toEqual([{ file: '../../etc/passwd', reason: 'outside the dispatch folder' }]);
    expect(report.dispatches).toBe(5);
  });
});

describe('the journal of single-file updates', () => {
  it('is replayed at the next start, then folded into the partitions', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    await writeFile(join(dispatchDir, 'fidan.txt'), FIDAN);
    await lib.updateFiles(['fidan.txt']);
    const snapshotDir = join(dataDir, snapshotName(dispatchDir));
    expect(await readdir(snapshotDir)).toContain('journal.jsonl');

    const again = await openLibrary({ dispatchDir, dataDir });
    // From the journal: nothing analysed, nothing re-read; the start then rewrites the partition and drops the journal.
    expect(again.report).toMatchObject({ dispatches: 6, analysed: 0, added: [] });
    expect(ask('Who met Hakan Fidan?', again.corpus).items.map((i) => i.citation.file)).toContain('fidan.txt');
    expect(await readdir(snapshotDir)).not.toContain('journal.jsonl');
    expect((await openLibrary({ dispatchDir, dataDir })).report).toMatchObject({ dispatches: 6, analysed: 0 });
  });

  it('a line torn by a kill is dropped, and the file it was about is read again', async () => {
    const { dispatchDir, dataDir } = await folder();
    const lib = await openLibrary({ dispatchDir, dataDir });
    await writeFile(join(dispatchDir, 'fidan.txt'), FIDAN);
    await lib.updateFiles(['fidan.txt']);
    const journal = join(dataDir, snapshotName(dispatchDir), 'journal.jsonl');
    const whole = await readFile(journal, 'utf8');
    await writeFile(journal, whole.slice(0, Math.floor(whole.length / 2)));
    const again = await openLibrary({ dispatchDir, dataDir });
    expect(again.report).toMatchObject({ dispatches: 6, analysed: 1, added: ['fidan.txt'] });
  });
});

describe('a start from the snapshot', () => {
  it('answers once the newest partition is loaded, and says so until the rest is in', async () => {
    const { dispatchDir, dataDir } = await folder();
    await openLibrary({ dispatchDir, dataDir });
    const partitions = (await readdir(join(dataDir, snapshotName(dispatchDir)))).filter((f) => f.startsWith('p-'));
    expect(partitions.length).toBeGreaterThan(1);
    const lib = await openLibrary({ dispatchDir, dataDir, background: true });
    expect(lib.corpus.loading).not.toBeNull();
    expect(ask('Who did Putin meet?', lib.corpus).summary).toMatch(/still loading: \d+ of 5 dispatches searched/);
    const report = await lib.complete;
    expect(lib.corpus.loading).toBeNull();
    expect(report).toMatchObject({ dispatches: 5, fromSnapshot: true, analysed: 0 });
    expect(ask('Who did Putin meet?', lib.corpus).summary).not.toMatch(/still loading/);
  });
});
