import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../src/service/library.js';
import { snapshotName } from '../src/search/snapshot.js';
import { ask } from '../src/answer/answer.js';
import { FIXTURES, SEED_FILE, tempDir } from './helpers.js';

async function library() {
  const dispatchDir = await tempDir('dispatches', SEED_FILE);
  for (const f of ['sana-en-sharaa-fidan-damascus.txt', 'sana-fr-chaibani-safadi-appel.md', 'two-dispatches.json']) await cp(join(FIXTURES, f), join(dispatchDir, f));
  const dataDir = await tempDir('data');
  return { dispatchDir, dataDir };
}

describe('the index snapshot', () => {
  it('is saved, then loaded instead of rebuilt while the dispatches do not change', async () => {
    const { dispatchDir, dataDir } = await library();
    const first = await openLibrary({ dispatchDir, dataDir });
    expect(first.report).toMatchObject({ fromSnapshot: false, dispatches: 5 });
    const second = await openLibrary({ dispatchDir, dataDir });
    expect(second.report.fromSnapshot).toBe(true);
    // Partitions load newest first, so the order may differ; the meetings may not.
    const byPlace = (ms: typeof first.corpus.meetings) => [...ms].sort((a, b) => `${a.passage.dispatchId}#${a.passage.n}`.localeCompare(`${b.passage.dispatchId}#${b.passage.n}`));
    expect(byPlace(second.corpus.meetings)).toEqual(byPlace(first.corpus.meetings));
    expect(ask('Qui a rencontré Poutine ?', second.corpus).items).toHaveLength(1);
    // A changed folder is seen: only the new file is read and analysed, the rest comes from the snapshot.
    await writeFile(join(dispatchDir, 'new.txt'), 'Damas, (SANA) – Le président Ahmad al-Charaa a reçu mardi à Damas le ministre turc des Affaires étrangères, Hakan Fidan.');
    const third = await openLibrary({ dispatchDir, dataDir });
    expect(third.report).toMatchObject({ fromSnapshot: true, dispatches: 6, added: ['new.txt'], analysed: 1 });
    expect(ask('Who met Hakan Fidan?', third.corpus).items.map((i) => i.citation.file)).toContain('new.txt');
  });

  it('is written atomically: no temporary file is left behind', async () => {
    const { dispatchDir, dataDir } = await library();
    await openLibrary({ dispatchDir, dataDir });
    expect(await readdir(dataDir)).toEqual([snapshotName(dispatchDir)]);
    expect((await readdir(join(dataDir, snapshotName(dispatchDir)))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a truncated or corrupt snapshot is detected and rebuilt from the dispatches', async () => {
    const { dispatchDir, dataDir } = await library();
    await openLibrary({ dispatchDir, dataDir });
    const dir = join(dataDir, snapshotName(dispatchDir));
    const path = join(dir, (await readdir(dir)).find((f) => f.startsWith('p-'))!);
    const full = await readFile(path, 'utf8');
    await writeFile(path, full.slice(0, Math.floor(full.length / 2)));
    const again = await openLibrary({ dispatchDir, dataDir });
    expect(again.report.snapshotNote).toMatch(/checksum mismatch/);
    expect(again.report.dispatches).toBe(5);
    expect(again.report.analysed).toBeGreaterThan(0);
    expect((await openLibrary({ dispatchDir, dataDir })).report).toMatchObject({ fromSnapshot: true, analysed: 0, dispatches: 5 });
  });
});

describe('search across spellings and languages', async () => {
  const { dispatchDir, dataDir } = await library();
  const { corpus } = await openLibrary({ dispatchDir, dataDir });
  const found = (q: string) => ask(q, corpus).items.map((i) => i.citation.passage);

  it('folds accents: cooperation finds coopération', () => {
    expect(found('coopération économique').some((p) => p.includes('coopération économique'))).toBe(true);
    expect(found('economic cooperation').some((p) => p.includes('coopération économique'))).toBe(true);
  });

  it('finds names through the alias table: Putin = Poutine, al-Shaibani = al-Chaibani, Moscow = Moscou, Damascus = Damas', () => {
    expect(found('Putin support Syria').some((p) => p.includes('Poutine a réaffirmé'))).toBe(true);
    expect(found('al-Shaibani Safadi').some((p) => p.includes('al‑Chaibani'))).toBe(true);
    expect(found('Moscow coordination').some((p) => p.includes('entre Damas et Moscou'))).toBe(true);
    expect(found('defence modernisation').some((p) => p.includes('modernisation des équipements'))).toBe(true);
    expect(found('Damas coordination').some((p) => p.includes('Damas'))).toBe(true);
  });

  it('answers nothing rather than loose hits', () => {
    const a = ask('zeppelin regatta', corpus);
    expect(a.found).toBe(false);
    expect(a.items).toEqual([]);
  });
});
