import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Dispatch } from '../types.js';
import { decodeText } from './decode.js';
import { DISPATCH_EXTENSIONS, parseDispatchFile } from './parse.js';

/** A file that yielded no dispatch, and why, for the load report. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadResult {
  dispatches: Dispatch[];
  skipped: SkippedFile[];
  /** Size and times of every file that yielded dispatches, to skip it next time if unchanged. */
  stamps: Record<string, FileStamp>;
}

/** When a dispatch file was read: an unchanged file (same size and times) is not read again. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A file read before, with what it yielded then. */
export interface KnownFile {
  stamp: FileStamp;
  dispatches: Dispatch[];
}

export interface LoadLimits {
  maxFileBytes: number;
  maxDispatches: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxFileBytes: 5 * 1024 * 1024, maxDispatches: 200_000 };

/**
 * Reads every dispatch file below `dir`. A file that cannot be read or parsed is reported with
 * its reason and skipped; the others still load. The same text under two names loads once.
 */
export async function loadDispatchFolder(dir: string, limits: LoadLimits = DEFAULT_LIMITS, known: Map<string, KnownFile> = new Map()): Promise<LoadResult> {
  const skipped: SkippedFile[] = [];
  const files = await listFiles(dir, skipped);
  const dispatches: Dispatch[] = [];
  const seen = new Map<string, string>();
  const stamps: Record<string, FileStamp> = {};
  for (const path of files) {
    const file = relative(dir, path);
    const result = await loadFile(path, file, limits, known.get(file));
    if (!result.ok) {
      skipped.push({ file, reason: result.reason });
      continue;
    }
    stamps[file] = result.stamp;
    for (const d of result.dispatches) {
      const first = seen.get(d.id);
      if (first) {
        skipped.push({ file, reason: `same text as ${first} (dispatch ${d.id}), loaded once` });
        continue;
      }
      if (dispatches.length >= limits.maxDispatches) {
        skipped.push({ file, reason: `dispatch limit reached (${limits.maxDispatches}, setting MAX_DISPATCHES)` });
        break;
      }
      seen.set(d.id, file);
      dispatches.push(d);
    }
  }
  return { dispatches, skipped, stamps };
}

/**
 * Reads some files of the folder (paths relative to it), for an update of those files only. A
 * file that no longer exists yields nothing (its dispatches are then removed); a path outside
 * the folder or a symbolic link is refused.
 */
export async function loadDispatchFiles(dir: string, files: string[], limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadResult> {
  const skipped: SkippedFile[] = [];
  const dispatches: Dispatch[] = [];
  const stamps: Record<string, FileStamp> = {};
  const seen = new Map<string, string>();
  for (const file of [...new Set(files)].sort()) {
    const path = resolve(dir, file);
    if (relative(resolve(dir), path).startsWith('..') || isAbsolute(relative(resolve(dir), path))) {
      skipped.push({ file, reason: 'outside the dispatch folder' });
      continue;
    }
    let info;
    try {
      info = await lstat(path);
    } catch {
      continue; // removed
    }
    if (info.isSymbolicLink()) {
      skipped.push({ file, reason: 'symbolic link, not followed' });
      continue;
    }
    if (!(DISPATCH_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase()) || file.endsWith('.gold.json')) {
      skipped.push({ file, reason: `unsupported extension "${extname(file)}" (expected .txt, .md or .json)` });
      continue;
    }
    const result = await loadFile(path, file, limits, undefined);
    if (!result.ok) {
      skipped.push({ file, reason: result.reason });
      continue;
    }
    stamps[file] = result.stamp;
    for (const d of result.dispatches) {
      if (seen.has(d.id)) {
        skipped.push({ file, reason: `same text as ${seen.get(d.id)} (dispatch ${d.id}), loaded once` });
        continue;
      }
      seen.set(d.id, file);
      dispatches.push(d);
    }
  }
  return { dispatches, skipped, stamps };
}

type FileResult = { ok: true; dispatches: Dispatch[]; stamp: FileStamp } | { ok: false; reason: string };

async function loadFile(path: string, file: string, limits: LoadLimits, known: KnownFile | undefined): Promise<FileResult> {
  try {
    const info = await stat(path);
    const stamp: FileStamp = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
    if (known && sameStamp(known.stamp, stamp)) return { ok: true, dispatches: known.dispatches, stamp };
    if (info.size > limits.maxFileBytes) {
      return { ok: false, reason: `file too large (${info.size} bytes, limit ${limits.maxFileBytes}, setting MAX_FILE_BYTES)` };
    }
    const decoded = decodeText(await readFile(path));
    if (!decoded.ok) return decoded;
    const parsed = parseDispatchFile(file, decoded.text);
    return parsed.ok ? { ...parsed, stamp } : parsed;
  } catch (err) {
    return { ok: false, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** Dispatch files below `dir`, sorted, without following symbolic links (no loops). */
async function listFiles(dir: string, skipped: SkippedFile[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      if (d === dir) throw new Error(`Dispatch folder "${dir}" cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      skipped.push({ file: relative(dir, d), reason: `folder cannot be read: ${(err as NodeJS.ErrnoException).code}` });
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isSymbolicLink()) skipped.push({ file: relative(dir, path), reason: 'symbolic link, not followed' });
      else if (e.isFile()) {
        if (e.name.endsWith('.gold.json')) continue; // annotations of the development set, not dispatches
        if ((DISPATCH_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) out.push(path);
        else skipped.push({ file: relative(dir, path), reason: `unsupported extension "${extname(e.name)}" (expected .txt, .md or .json)` });
      }
    }
  };
  await walk(dir);
  return out;
}
