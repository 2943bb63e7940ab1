import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = join(ROOT, 'seeds');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'dispatches');
export const SEED_FILE = join(SEEDS, 'sana-fr-chaibani-abou-qasrah-poutine-moscou.txt');

/** A fresh temporary folder, optionally holding copies of the given files or folders. */
export async function tempDir(prefix: string, ...copies: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  for (const src of copies) await cp(src, join(dir, src.split('/').pop()!), { recursive: true });
  return dir;
}
