import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import type { Analysis, Dispatch } from '../types.js';
import { INDEX_OPTIONS, type PassageDoc } from './corpus.js';

/**
 * The saved index: dispatches, analyses and the MiniSearch index, so a start with unchanged
 * dispatches skips analysis. Written to a temporary file then renamed (atomic on one file
 * system), with a checksum so a truncated or corrupt snapshot is detected and rebuilt.
 */

/** Bump when the analysis or the index layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_VERSION = 5;

export interface Snapshot {
  version: number;
  fingerprint: string;
  /** Digest of the lexicon the analyses were made with. */
  lexicon: string;
  createdAt: string;
  dispatches: Dispatch[];
  analyses: Analysis[];
  index: unknown;
}

export interface LoadedSnapshot {
  snapshot: Snapshot;
  index: MiniSearch<PassageDoc>;
}

/** Identity of a set of dispatches (ids and files) together with the lexicon's and analyser's versions. */
export function fingerprint(dispatches: Dispatch[], lexiconDigest: string): string {
  const h = createHash('sha256');
  h.update(`v${SNAPSHOT_VERSION}\n${lexiconDigest}\n`);
  for (const d of [...dispatches].sort((a, b) => a.id.localeCompare(b.id))) h.update(`${d.id} ${d.file} ${d.indexInFile}\n`);
  return h.digest('hex').slice(0, 24);
}

/** One snapshot per dispatch folder, so two folders never overwrite each other's index. */
export function snapshotName(dispatchDir: string): string {
  return `index-${createHash('sha256').update(resolve(dispatchDir)).digest('hex').slice(0, 10)}.json`;
}

export async function saveSnapshot(dataDir: string, name: string, snapshot: Snapshot): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  // A process killed mid-write leaves its temporary file behind: clear those, never the snapshot.
  for (const f of await readdir(dataDir)) if (f.startsWith(`${name}.`) && f.endsWith('.tmp')) await rm(join(dataDir, f), { force: true });
  const payload = JSON.stringify(snapshot);
  const header = JSON.stringify({ format: 'dispatch-index', version: snapshot.version, sha256: sha256(payload), bytes: Buffer.byteLength(payload) });
  const path = join(dataDir, name);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${header}\n${payload}`, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return path;
}

export type SnapshotRead = { ok: true; loaded: LoadedSnapshot } | { ok: false; reason: string };

export async function loadSnapshot(dataDir: string, name: string): Promise<SnapshotRead> {
  const path = join(dataDir, name);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no snapshot yet' : `cannot read ${path}: ${(err as Error).message}` };
  }
  const nl = raw.indexOf('\n');
  if (nl < 0) return { ok: false, reason: 'snapshot is truncated (no header)' };
  let header: { format?: string; version?: number; sha256?: string };
  try {
    header = JSON.parse(raw.slice(0, nl));
  } catch {
    return { ok: false, reason: 'snapshot header is corrupt' };
  }
  if (header.format !== 'dispatch-index') return { ok: false, reason: 'not a dispatch index snapshot' };
  if (header.version !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${header.version} is not ${SNAPSHOT_VERSION}` };
  const payload = raw.slice(nl + 1);
  if (sha256(payload) !== header.sha256) return { ok: false, reason: 'snapshot checksum mismatch (truncated or corrupt)' };
  try {
    const snapshot = JSON.parse(payload) as Snapshot;
    const index = MiniSearch.loadJS<PassageDoc>(snapshot.index as never, { ...INDEX_OPTIONS, fields: [...INDEX_OPTIONS.fields], storeFields: [...INDEX_OPTIONS.storeFields] });
    return { ok: true, loaded: { snapshot, index } };
  } catch (err) {
    return { ok: false, reason: `snapshot cannot be loaded: ${(err as Error).message}` };
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
