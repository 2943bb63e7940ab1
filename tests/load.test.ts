import { describe, expect, it } from 'vitest';
import { readFile, rename, writeFile, symlink, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDispatchFolder } from '../src/load/folder.js';
import { parseDispatchFile } from '../src/load/parse.js';
import { decodeText } from '../src/load/decode.js';
import { FIXTURES, SEED_FILE, tempDir } from './helpers.js';

describe('loading a dispatch folder', () => {
  it('loads .txt, .md and .json dispatches and reports each bad file with its reason', async () => {
    const { dispatches, skipped } = await loadDispatchFolder(FIXTURES);
    expect(dispatches.map((d) => d.file).sort()).toEqual([
      'sana-en-sharaa-fidan-damascus.txt',
      'sana-fr-chaibani-safadi-appel.md',
      'two-dispatches.json',
      'two-dispatches.json',
    ]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['image.txt']).toMatch(/binary/);
    expect(reasons['broken-front-matter.md']).toMatch(/front matter is not valid YAML/);
    expect(reasons['wrong-shape.json']).toMatch(/missing "text"/);
  });

  it('reads metadata from front matter and JSON, and detects what is not given', async () => {
    const { dispatches } = await loadDispatchFolder(FIXTURES);
    const md = dispatches.find((d) => d.file.endsWith('.md'))!;
    expect(md).toMatchObject({ title: 'Al-Chaibani et Safadi évoquent au téléphone la sécurité des frontières', date: '2025-03-12', source: 'SANA', lang: 'fr', langDetected: false, datelinePlace: 'Damas' });
    const lavrov = dispatches.find((d) => d.title.startsWith('Lavrov'))!;
    expect(lavrov).toMatchObject({ lang: 'fr', langDetected: true, indexInFile: 1, datelinePlace: 'Moscou' });
    const txt = dispatches.find((d) => d.file.endsWith('.txt'))!;
    expect(txt).toMatchObject({ lang: 'en', langDetected: true, datelinePlace: 'Damascus', source: 'SANA', date: null });
  });

  it('keeps the text untouched, so every offset points into the original', async () => {
    const raw = await readFile(SEED_FILE, 'utf8');
    const parsed = parseDispatchFile('seed.txt', raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.dispatches[0].text).toBe(raw);
  });

  it('gives a dispatch the same id after its file is renamed, and loads a duplicate once', async () => {
    const dir = await tempDir('load', SEED_FILE);
    const before = (await loadDispatchFolder(dir)).dispatches[0].id;
    await rename(join(dir, 'sana-fr-chaibani-abou-qasrah-poutine-moscou.txt'), join(dir, 'renamed.txt'));
    const after = await loadDispatchFolder(dir);
    expect(after.dispatches[0].id).toBe(before);
    await writeFile(join(dir, 'copy.txt'), await readFile(SEED_FILE));
    const withCopy = await loadDispatchFolder(dir);
    expect(withCopy.dispatches).toHaveLength(1);
    expect(withCopy.skipped[0].reason).toMatch(/same text as/);
  });

  it('skips files over the size limit and symbolic links, and says so', async () => {
    const dir = await tempDir('limits', SEED_FILE);
    await writeFile(join(dir, 'big.txt'), 'Damas, (SANA) – ' + 'mot '.repeat(5000));
    await mkdir(join(dir, 'sub'));
    await symlink(dir, join(dir, 'sub', 'loop'));
    const { dispatches, skipped } = await loadDispatchFolder(dir, { maxFileBytes: 10_000, maxDispatches: 10 });
    expect(dispatches).toHaveLength(1);
    expect(skipped.find((s) => s.file === 'big.txt')?.reason).toMatch(/too large.*MAX_FILE_BYTES/);
    expect(skipped.find((s) => s.file.endsWith('loop'))?.reason).toMatch(/symbolic link/);
  });

  it('skips a 50 MB file under the default limit and still loads the rest', async () => {
    const dir = await tempDir('huge', SEED_FILE);
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'mot '));
    const { dispatches, skipped } = await loadDispatchFolder(dir);
    expect(dispatches).toHaveLength(1);
    expect(skipped).toEqual([{ file: 'huge.txt', reason: expect.stringMatching(/^file too large \(52428800 bytes, limit 5242880, setting MAX_FILE_BYTES\)$/) }]);
  });

  it('refuses undecodable bytes and reads UTF-16 with a BOM', () => {
    expect(decodeText(Uint8Array.from([0xc3, 0x28, 0x41]))).toEqual({ ok: false, reason: 'not valid UTF-8 text' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Damas, (SANA) – Texte.', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'Damas, (SANA) – Texte.' });
  });

  it('names the folder when it cannot be read', async () => {
    await expect(loadDispatchFolder('/nonexistent/dispatches')).rejects.toThrow(/Dispatch folder "\/nonexistent\/dispatches" cannot be read/);
  });
});

describe('more bad files', () => {
  it('reports whitespace-only and invalid JSON files by name', async () => {
    const dir = await tempDir('more-bad', SEED_FILE);
    await writeFile(join(dir, 'blank.txt'), '  \n\t\n   ');
    await writeFile(join(dir, 'broken.json'), '{"title": "x", "text": "Damas, (SANA) – Texte.",');
    const { dispatches, skipped } = await loadDispatchFolder(dir);
    expect(dispatches).toHaveLength(1);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(reasons['blank.txt']).toBe('empty file');
    expect(reasons['broken.json']).toMatch(/^not valid JSON: /);
  });

  it('survives files deleted while the folder is being read: each is loaded or reported, never a crash', async () => {
    const dir = await tempDir('vanishing');
    const seed = await readFile(SEED_FILE, 'utf8');
    for (let i = 0; i < 300; i++) await writeFile(join(dir, `d${i}.txt`), `${seed}\nRéf. ${i}`);
    const loading = loadDispatchFolder(dir);
    for (let i = 0; i < 300; i += 2) await rm(join(dir, `d${i}.txt`));
    const { dispatches, skipped } = await loading;
    expect(dispatches.length + skipped.length).toBe(300);
    for (const s of skipped) expect(s.reason).toMatch(/cannot read: ENOENT/);
    expect(dispatches.length).toBeGreaterThanOrEqual(150);
  });
});
