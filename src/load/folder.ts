import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
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
export async function loadDispatchFolder(dir: string, limits: LoadLimits = DEFAULT_LIMITS): Promise<LoadResult> {
  const skipped: SkippedFile[] = [];
  const files = await listFiles(dir, skipped);
  const dispatches: Dispatch[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const file = relative(dir, path);
    const result = await loadFile(path, file, limits);
    if (!result.ok) {
      skipped.push({ file, reason: result.reason });
      continue;
    }
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
  return { dispatches, skipped };
}

async function loadFile(path: string, file: string, limits: LoadLimits): Promise<{ ok: true; dispatches: Dispatch[] } | { ok: false; reason: string }> {
  try {
    const info = await stat(path);
    if (info.size > limits.maxFileBytes) {
      return { ok: false, reason: `file too large (${info.size} bytes, limit ${limits.maxFileBytes}, setting MAX_FILE_BYTES)` };
    }
    const decoded = decodeText(await readFile(path));
    if (!decoded.ok) return decoded;
    return parseDispatchFile(file, decoded.text);
  } catch (err) {
    return { ok: false, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
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
