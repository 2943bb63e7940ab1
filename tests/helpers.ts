import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorld, generateCorpus, type BenchWorld } from '../scripts/bench-corpus.js';
import { buildDispatch } from '../src/load/parse.js';
import { analyseDispatch } from '../src/analyse/analyse.js';
import { Corpus, dispatchDoc } from '../src/search/corpus.js';
import { defaultLexicon, type Lexicon } from '../src/lexicons/lexicon.js';

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

/** A corpus of the benchmark's synthetic dispatches, analysed on this thread (no files, no snapshot). */
export function syntheticCorpus(size: number, seed: number, lex: Lexicon = defaultLexicon()): { corpus: Corpus; world: BenchWorld } {
  const world = createWorld(seed);
  const corpus = new Corpus();
  for (const g of generateCorpus(size, seed, world)) {
    const dispatch = buildDispatch(g.file, g.indexInFile, g.fields);
    const analysis = analyseDispatch(dispatch, lex);
    corpus.add({ dispatch, analysis, doc: dispatchDoc(dispatch, analysis) });
  }
  return { corpus, world };
}
