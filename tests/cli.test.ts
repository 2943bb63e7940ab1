import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, ROOT, SEED_FILE, SEEDS, tempDir } from './helpers.js';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real entry point, as a user would, with a fresh data folder and no Discord token. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const dataDir = await tempDir('cli-data');
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, DATA_DIR: dataDir, DISCORD_TOKEN: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm start', () => {
  it('--help prints how to use it instead of answering "--help" as a question', async () => {
    const { stdout } = await run(TSX, [join(ROOT, 'src/main.ts'), '--help'], { cwd: ROOT, env: { PATH: process.env.PATH!, DATA_DIR: await tempDir('start-help'), DISCORD_TOKEN: '' } });
    expect(stdout).toMatch(/^Usage:/);
    expect(stdout).toContain('npm start -- "QUESTION"');
    expect(stdout).not.toContain('No dispatch answers');
  });
});

describe('command line', () => {
  it('--help prints the usage and succeeds; an unknown command prints it and fails', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
    const wrong = await cli(['frobnicate']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('unknown command "frobnicate"');
  });

  it('extract --json prints what the analysis finds, in the documented shape', async () => {
    const { code, stdout } = await cli(['extract', '--json', SEED_FILE]);
    expect(code).toBe(0);
    const [r] = JSON.parse(stdout);
    expect(r).toMatchObject({ file: SEED_FILE, lang: 'fr', id: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(r.meetings).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        place: 'Moscou',
        participants: [
          { name: 'Assaad Hassan al‑Chaibani', role: 'ministre syrien des Affaires étrangères et des Expatriés' },
          { name: 'Murhaf Abou Qasrah', role: 'ministre de la Défense' },
          { name: 'Vladimir Poutine', role: 'président russe' },
        ],
      }),
    ]);
    expect(r.positions.map((p: { quote: string | null }) => p.quote)).toEqual([null, 'menace directe']);
    expect(r.positions[1].speaker).toEqual({ name: 'Vladimir Poutine', role: 'président russe' });
  }, 30_000);

  it('extract reports a bad file by name and still handles the others', async () => {
    const { code, stdout, stderr } = await cli(['extract', '--json', join(FIXTURES, 'empty.txt'), SEED_FILE]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out[0]).toEqual({ file: join(FIXTURES, 'empty.txt'), error: 'empty file' });
    expect(out[1].meetings).toHaveLength(1);
    expect(stderr).toContain('empty.txt');
  }, 30_000);

  it('ask --json answers over a folder with citations', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--dir', SEEDS, 'Qui a rencontré Poutine ?']);
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(a.intent).toBe('meetings');
    expect(a.text).toContain('Vladimir Poutine (président russe) a rencontré');
    expect(a.citations).toEqual([expect.objectContaining({ file: 'sana-fr-chaibani-abou-qasrah-poutine-moscou.txt', dispatchId: expect.any(String), passage: expect.stringContaining('ont rencontré à Moscou') })]);
  }, 30_000);

  it('ask --batch answers each line, in order', async () => {
    const dir = await tempDir('batch');
    const file = join(dir, 'questions.txt');
    await writeFile(file, 'What did Putin say about Israel?\nWho did Biden meet?\nQuels sujets ont été abordés à Moscou ?\n');
    const { stdout } = await cli(['ask', '--json', '--dir', SEEDS, '--batch', file]);
    const answers = JSON.parse(stdout);
    expect(answers.map((a: { intent: string }) => a.intent)).toEqual(['positions', 'meetings', 'topics']);
    expect(answers[1]).toMatchObject({ found: false, citations: [] });
    expect(answers[1].text).toBe('No dispatch mentions Biden.');
  }, 30_000);

  it('index rebuilds and reports what it loaded and skipped', async () => {
    const { code, stdout } = await cli(['index', '--dir', FIXTURES]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^4 dispatch\(es\)/);
    expect(stdout).toContain('skipped  image.txt: binary file');
    expect(stdout).toContain('skipped  wrong-shape.json: missing "text" field');
  }, 30_000);

  it('a bad setting stops it with a message naming the setting', async () => {
    const { code, stderr } = await cli(['ask', 'x'], { MAX_FILE_BYTES: 'lots' });
    expect(code).toBe(2);
    expect(stderr).toContain('Config: MAX_FILE_BYTES must be a whole number of at least 1, got "lots"');
  }, 30_000);
});

describe('command line across languages, over the development set', () => {
  const DEVSET = join(ROOT, 'tests', 'devset');

  it('an English question finds a French dispatch, a French question an English one, an unknown name nothing', async () => {
    const dir = await tempDir('batch-cross');
    const file = join(dir, 'questions.txt');
    await writeFile(file, 'Who did Putin meet?\nQui a rencontré le ministre turc ?\nWho did Joe Biden meet?\n');
    const { code, stdout } = await cli(['ask', '--json', '--dir', DEVSET, '--batch', file]);
    expect(code).toBe(0);
    const [putin, turc, biden] = JSON.parse(stdout) as Array<{ text: string; found: boolean; citations: Array<{ file: string; passage: string }> }>;
    expect(putin.citations.some((c) => c.file.includes('/fr/') && c.passage.includes('Poutine'))).toBe(true);
    expect(turc.citations.some((c) => c.file.includes('/en/') && /Turkish Foreign Minister|Fidan/.test(c.passage))).toBe(true);
    expect(biden).toMatchObject({ found: false, text: 'No dispatch mentions Joe Biden.', citations: [] });
  }, 60_000);
});
