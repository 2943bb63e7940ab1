import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readManifest, readPartition, snapshotName } from '../src/search/snapshot.js';
import { openLibrary } from '../src/service/library.js';
import { ROOT, tempDir } from './helpers.js';


/** A few hundred distinct dispatches, so that building and writing the index takes a while. */
async function bigFolder(): Promise<string> {
  const dir = await tempDir('crash-dispatches');
  const source = join(ROOT, 'tests', 'devset', 'dev', 'fr');
  const texts = (await readdir(source)).filter((f) => f.endsWith('.txt'));
  await mkdir(dir, { recursive: true });
  for (let copy = 0; copy < 25; copy++) {
    for (const f of texts) {
      const text = await readFile(join(source, f), 'utf8');
      await writeFile(join(dir, `${copy}-${f}`), `${text}\nRéf. ${copy}-${f}\n`);
    }
  }
  return dir;
}

describe('a crash while indexing', () => {
  it('never leaves a broken index: the next start loads a complete snapshot or rebuilds', async () => {
    const dispatchDir = await bigFolder();
    const expected = (await readdir(dispatchDir)).length;
    const dataDir = await tempDir('crash-data');
    const name = snapshotName(dispatchDir);
    for (const delay of [300, 800, 1300, 1800, 2600]) {
      // Node itself with tsx as a loader, not the tsx command: that one runs node in a child
      // process of its own, which a SIGKILL of the command leaves running (and writing) behind.
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'index', '--dir', dispatchDir], { cwd: ROOT, env: { PATH: process.env.PATH!, DATA_DIR: dataDir, LOG_LEVEL: 'error' }, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
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
