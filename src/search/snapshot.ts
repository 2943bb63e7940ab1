import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import type { Analysis, Dispatch } from '../types.js';
import type { FileStamp } from '../load/folder.js';
import { indexOptions, type DispatchDoc } from './corpus.js';
import { restoreAnalysis, storeAnalysis, type StoredAnalysis } from './stored-analysis.js';

/**
 * The saved index, one folder per dispatch folder: a manifest and one file per partition
 * (a quarter of dispatch dates) holding its dispatches, analyses and MiniSearch index. Small
 * files: no JSON string near V8's limit, the newest quarter loads first, and a changed dispatch
 * rewrites one partition. Every file is written under a new name then renamed; a partition file
 * is named by its checksum, so the manifest in place always points at complete files, and a
 * kill at any moment leaves the previous snapshot whole. Checksums catch truncation and bit rot.
 */

/** Bump when the analysis or the index layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_VERSION = 6;


export interface PartitionEntry {
  file: string;
  sha256: string;
  dispatches: number;
  bytes: number;
}

export interface Manifest {
  format: 'dispatch-index';
  version: number;
  /** Digest of the lexicon the analyses were made with. */
  lexicon: string;
  /** Version of the extraction code the analyses were made with (ANALYSER_VERSION). */
  analyser: number;
  createdAt: string;
  partitions: Record<string, PartitionEntry>;
  files: Record<string, FileStamp>;
}

export interface PartitionData {
  period: string;
  dispatches: Dispatch[];
  analyses: Analysis[];
  index: MiniSearch<DispatchDoc>;
}

interface PartitionPayload {
  period: string;
  dispatches: Dispatch[];
  analyses: StoredAnalysis[];
  index: unknown;
}

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One snapshot folder per dispatch folder, so two folders never overwrite each other's index. */
export function snapshotName(dispatchDir: string): string {
  return `index-${createHash('sha256').update(resolve(dispatchDir)).digest('hex').slice(0, 10)}`;
}

const MANIFEST = 'manifest.json';

export async function readManifest(dir: string): Promise<Read<Manifest>> {
  const read = await readChecked(join(dir, MANIFEST));
  if (!read.ok) return read;
  try {
    const m = JSON.parse(read.value) as Manifest;
    if (m.format !== 'dispatch-index') return { ok: false, reason: 'not a dispatch index snapshot' };
    if (m.version !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${m.version} is not ${SNAPSHOT_VERSION}` };
    return { ok: true, value: m };
  } catch {
    return { ok: false, reason: 'snapshot manifest is corrupt' };
  }
}

/** Reads one partition and checks it against the checksum the manifest holds. */
export async function readPartition(dir: string, period: string, entry: PartitionEntry): Promise<Read<PartitionData>> {
  const read = await readChecked(join(dir, entry.file), entry.sha256);
  if (!read.ok) return { ok: false, reason: `partition ${period}: ${read.reason}` };
  try {
    const payload = JSON.parse(read.value) as PartitionPayload;
    const analyses = payload.analyses.map((a, i) => restoreAnalysis(payload.dispatches[i], a));
    const index = MiniSearch.loadJS<DispatchDoc>(payload.index as never, indexOptions());
    return { ok: true, value: { period, dispatches: payload.dispatches, analyses, index } };
  } catch (err) {
    return { ok: false, reason: `partition ${period} cannot be loaded: ${(err as Error).message}` };
  }
}

/** Writes one partition under a name of its own; the manifest decides when it counts. */
export async function writePartition(dir: string, data: PartitionData): Promise<PartitionEntry> {
  await mkdir(dir, { recursive: true });
  // Encoded once: the digest, the size and the file all read these bytes (a quarter of 100,000
  // dispatches is some 20 MB of JSON).
  const body = Buffer.from(
    JSON.stringify({
      period: data.period,
      dispatches: data.dispatches,
      analyses: data.analyses.map(storeAnalysis),
      index: data.index.toJSON(),
    } satisfies PartitionPayload),
  );
  const sha = sha256(body);
  const file = `p-${data.period}-${sha.slice(0, 16)}.json`;
  await writeChecked(join(dir, file), body, sha);
  return { file, sha256: sha, dispatches: data.dispatches.length, bytes: body.length };
}

/**
 * Makes a manifest the snapshot, then deletes the partition files it no longer names and the
 * journal its partitions now hold. (A kill between the two replays the journal once more at the
 * next start: each of its entries is idempotent.)
 */
export async function commitManifest(dir: string, manifest: Manifest): Promise<void> {
  await mkdir(dir, { recursive: true });
  const body = Buffer.from(JSON.stringify(manifest));
  await writeChecked(join(dir, MANIFEST), body, sha256(body));
  await rm(join(dir, JOURNAL), { force: true });
  const kept = new Set(Object.values(manifest.partitions).map((p) => p.file));
  for (const f of await readdir(dir)) {
    if ((f.startsWith('p-') && f.endsWith('.json') && !kept.has(f)) || f.endsWith('.tmp')) await rm(join(dir, f), { force: true });
  }
}

// ---------------------------------------------------------------- journal

/**
 * Changes since the partitions were written, one line each: a dispatch added (with its analysis)
 * or removed, and the file stamps they came with. Appending a line is what makes one changed
 * dispatch durable in milliseconds; the partitions are rewritten later, a batch at a time.
 * Each line carries its own checksum, so a line torn by a kill is told apart and dropped.
 */
export type JournalEntry =
  | { op: 'add'; dispatch: Dispatch; analysis: StoredAnalysis }
  | { op: 'remove'; id: string }
  | { op: 'stamp'; file: string; stamp: FileStamp | null };

const JOURNAL = 'journal.jsonl';

export async function appendJournal(dir: string, entries: JournalEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await mkdir(dir, { recursive: true });
  const lines = entries.map((e) => {
    const json = JSON.stringify(e);
    return `${sha256(json).slice(0, 16)} ${json}\n`;
  });
  await appendFile(join(dir, JOURNAL), lines.join(''), 'utf8');
}

/** The journal's whole lines, in order; reading stops at the first torn or corrupt line. */
export async function readJournal(dir: string): Promise<JournalEntry[]> {
  let raw: string;
  try {
    raw = await readFile(join(dir, JOURNAL), 'utf8');
  } catch {
    return [];
  }
  const out: JournalEntry[] = [];
  for (const line of raw.split('\n')) {
    if (!line) continue;
    const json = line.slice(17);
    if (line[16] !== ' ' || sha256(json).slice(0, 16) !== line.slice(0, 16)) break;
    out.push(JSON.parse(json) as JournalEntry);
  }
  return out;
}

/** Clears temporary files a killed process left behind (never the snapshot itself). */
export async function clearLeftovers(dir: string): Promise<void> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return;
  }
  for (const f of files) if (f.endsWith('.tmp')) await rm(join(dir, f), { force: true });
}

// A header line carries the checksum of what follows, so a truncated file is told from a whole one.
async function writeChecked(path: string, body: Buffer, sha: string): Promise<void> {
  const header = Buffer.from(`${JSON.stringify({ format: 'dispatch-index', version: SNAPSHOT_VERSION, sha256: sha, bytes: body.length })}\n`);
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, Buffer.concat([header, body]));
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function readChecked(path: string, expectedSha?: string): Promise<Read<string>> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no snapshot yet' : `cannot read ${path}: ${(err as Error).message}` };
  }
  const nl = raw.indexOf(10);
  if (nl < 0) return { ok: false, reason: 'snapshot is truncated (no header)' };
  let header: { format?: string; version?: number; sha256?: string };
  try {
    header = JSON.parse(raw.subarray(0, nl).toString('utf8'));
  } catch {
    return { ok: false, reason: 'snapshot header is corrupt' };
  }
  if (header.format !== 'dispatch-index') return { ok: false, reason: 'not a dispatch index snapshot' };
  if (header.version !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${header.version} is not ${SNAPSHOT_VERSION}` };
  // The digest is of the bytes as read: decoded once, after it matches.
  const body = raw.subarray(nl + 1);
  const sha = sha256(body);
  if (sha !== header.sha256 || (expectedSha && sha !== expectedSha)) return { ok: false, reason: 'snapshot checksum mismatch (truncated or corrupt)' };
  return { ok: true, value: body.toString('utf8') };
}

function sha256(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex');
}
