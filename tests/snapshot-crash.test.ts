import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readManifest, readPartition, snapshotName } from '../src/search/snapshot.js';
import { openLibrary } from '../src/service/library.js';
import { ROOT, tempDir } from './helpers.js';


/**
 * Three hundred distinct dispatches, so that building and writing the index takes a few seconds. A fixed number:
 * the development set grows every session, and a copy of all of it made this test outgrow its time limit.
 */
async function bigFolder(): Promise<string> {
  const dir = await tempDir('crash-dispatches');
  const source = join(ROOT, 'tests', 'devset', 'dev', 'fr');
  const texts = (await readdir(source)).filter((f) => f.endsWith('.txt')).sort().slice(0, 12);
  await mkdir(dir, { recursive: true });
  for (let copy = 0; copy < 25; copy++) {
    for (const f of texts) {
      const text = await readFile(join(source, f), 'utf8');
      await writeFile(join(dir, `${copy}-${f}`), `${text}\nRéf. ${copy}-${f}\n`);
    }
  }
  return dir;
}

/** Resolves when a temporary file appears in the snapshot folder (a write has begun), or when the process ends. */
async function firstWrite(dir: string, exited: Promise<unknown>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    const files = await readdir(dir).catch(() => [] as string[]);
    if (files.some((f) => f.endsWith('.tmp'))) return;
    await new Promise((r) => setTimeout(r, 1));
  }
}

describe('a crash while indexing', () => {
  it('never leaves a broken index: the next start loads a complete snapshot or rebuilds', async () => {
    const dispatchDir = await bigFolder();
    const expected = (await readdir(dispatchDir)).length;
    const dataDir = await tempDir('crash-data');
    const name = snapshotName(dispatchDir);
    // Kills at set moments while it analyses, and the moment a snapshot file starts being written (0: where a crash
    // would hurt most, whatever the machine's speed), before and after a run left to finish (-1) has saved a whole
    // snapshot, which a rebuild killed while writing must not break.
    for (const delay of [300, 1300, 0, -1, 0, 0]) {
      // Node itself with tsx as a loader, not the tsx command: that one runs node in a child
      // process of its own, which a SIGKILL of the command leaves running (and writing) behind.
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'index', '--dir', dispatchDir], { cwd: ROOT, env: { PATH: process.env.PATH!, DATA_DIR: dataDir, LOG_LEVEL: 'error' }, stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      else if (delay === 0) await firstWrite(join(dataDir, name), exited);
      if (delay >= 0) child.kill('SIGKILL');
      await exited;
      const manifest = await readManifest(join(dataDir, name));
      // Whatever moment the kill hit, what is on disk is either no snapshot or a whole, valid one:
      // every partition the manifest names reads back with its checksum, and together they hold every dispatch.
      if (manifest.ok) {
        let held = 0;
        for (const [period, entry] of Object.entries(manifest.value.partitions)) {
          const part = await readPartition(join(dataDir, name), period, entry);
          expect(part.ok).toBe(true);
          if (part.ok) held += part.value.dispatches.length;
        }
        expect(held).toBe(expected);
      } else {
        expect(manifest.reason).toBe('no snapshot yet');
      }
    }
    const { report } = await openLibrary({ dispatchDir, dataDir });
    expect(report.dispatches).toBe(expected);
    expect((await readdir(join(dataDir, name))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
