import { describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryHolder } from '../../src/bot/library-holder.js';
import { SEED_FILE, tempDir } from '../helpers.js';

describe('reindexing the served library', () => {
  it('runs two reindexes asked at once only once', async () => {
    const dispatchDir = await tempDir('holder', SEED_FILE);
    const holder = await LibraryHolder.open({ dispatchDir, dataDir: await tempDir('holder-data') });
    await writeFile(join(dispatchDir, 'new.txt'), 'Damas, (SANA) – Le président Ahmad al-Charaa a reçu à Damas le ministre turc des Affaires étrangères, Hakan Fidan.');
    const a = holder.reindex();
    const b = holder.reindex();
    expect(b).toBe(a);
    const report = await a;
    expect(report.added).toEqual(['new.txt']);
    expect(holder.corpus.dispatches.size).toBe(2);
    expect(holder.reindexing).toBe(false);
  });

  it('keeps serving the previous index when a reindex fails, and says why', async () => {
    const dispatchDir = await tempDir('holder-fail', SEED_FILE);
    const holder = await LibraryHolder.open({ dispatchDir, dataDir: await tempDir('holder-fail-data') });
    const before = holder.corpus;
    await rm(dispatchDir, { recursive: true });
    await expect(holder.reindex()).rejects.toThrow(/Dispatch folder ".*" cannot be read: ENOENT/);
    expect(holder.corpus).toBe(before);
    expect(holder.corpus.meetings).toHaveLength(1);
  });
});
