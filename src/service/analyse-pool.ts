import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis, Dispatch } from '../types.js';
import { analyseDispatch } from '../analyse/analyse.js';
import type { Lexicon } from '../lexicons/lexicon.js';
import { dispatchDoc, type DispatchDoc } from '../search/corpus.js';
import { compactAnalysis, restoreAnalysis, type StoredAnalysis } from '../search/stored-analysis.js';

/**
 * Analyses many dispatches on worker threads (one per core by default), handing results back in
 * order, batch by batch, so the caller indexes while the workers analyse. Few dispatches, or a
 * lexicon built in memory (tests), are analysed on this thread, yielding between batches so a
 * running bot keeps answering.
 */

export type AnalysedItem = { ok: true; analysis: Analysis; doc: DispatchDoc } | { ok: false; reason: string };

/**
 * What a worker sends back: the analysis in its stored form (passages as offsets into the
 * dispatch text, not copies of it), so the copy between threads is small and this thread only
 * rebuilds it.
 */
export type WorkerItem = { ok: true; stored: StoredAnalysis; doc: DispatchDoc } | { ok: false; reason: string };

export interface WorkerRequest {
  id: number;
  dispatches: Dispatch[];
}

interface WorkerReply {
  id: number;
  items: WorkerItem[];
  digest: string;
}

export interface PoolOptions {
  /** Worker threads; 0 analyses on this thread. Default: one per core. */
  workers?: number;
  /** Below this many dispatches, starting workers costs more than it saves. */
  minForWorkers?: number;
}

const BATCH = 32;
/** About a second of analysis per worker queued ahead (32 dispatches take a worker about 0.1 s). */
const IN_HAND = 12;
const INLINE_YIELD_EVERY = 25;

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Calls `onBatch` with consecutive slices of results, in the order of `dispatches`; each item's
 * analysis is compacted (passages shared, texts sliced from the dispatch).
 */
export async function analyseInBatches(
  dispatches: Dispatch[],
  lex: Lexicon,
  onBatch: (start: number, items: AnalysedItem[]) => void | Promise<void>,
  opts: PoolOptions = {},
): Promise<{ workers: number }> {
  const workers = Math.min(opts.workers ?? defaultWorkers(), Math.ceil(dispatches.length / BATCH));
  if (workers <= 0 || dispatches.length < (opts.minForWorkers ?? 200) || !lex.source) {
    await analyseHere(dispatches, lex, onBatch);
    return { workers: 0 };
  }
  await analyseOnWorkers(dispatches, lex, workers, onBatch);
  return { workers };
}

async function analyseHere(dispatches: Dispatch[], lex: Lexicon, onBatch: (start: number, items: AnalysedItem[]) => void | Promise<void>): Promise<void> {
  for (let start = 0; start < dispatches.length; start += INLINE_YIELD_EVERY) {
    const items = dispatches.slice(start, start + INLINE_YIELD_EVERY).map((d): AnalysedItem => {
      try {
        const analysis = analyseDispatch(d, lex);
        // Kept as the corpus keeps every analysis: passages shared and cut from the dispatch text.
        return { ok: true, analysis: compactAnalysis(d, analysis), doc: dispatchDoc(d, analysis) };
      } catch (err) {
        return { ok: false, reason: (err as Error).message };
      }
    });
    await onBatch(start, items);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function analyseOnWorkers(dispatches: Dispatch[], lex: Lexicon, count: number, onBatch: (start: number, items: AnalysedItem[]) => void | Promise<void>): Promise<void> {
  const boot = new URL('./analyse-worker-boot.mjs', import.meta.url);
  const pool = Array.from({ length: count }, () => new Worker(boot, { workerData: { lexiconDir: lex.source } }));
  const batches = Math.ceil(dispatches.length / BATCH);
  const ready = new Map<number, WorkerItem[]>();
  let next = 0;
  let delivered = 0;
  let delivering = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: Error) => {
        if (!failed) (failed = true), reject(err);
      };
      // Results are handed over strictly in order; a batch that arrives early waits in `ready`.
      const deliver = () => {
        delivering = delivering.then(async () => {
          while (ready.has(delivered)) {
            const start = delivered * BATCH;
            const items = ready.get(delivered)!.map((item, i): AnalysedItem => (item.ok ? { ok: true, analysis: restoreAnalysis(dispatches[start + i], item.stored), doc: item.doc } : item));
            ready.delete(delivered);
            await onBatch(start, items);
            delivered++;
          }
          if (delivered === batches) resolve();
        }).catch(fail);
      };
      const send = (w: Worker) => {
        if (next >= batches) return;
        const id = next++;
        w.postMessage({ id, dispatches: dispatches.slice(id * BATCH, (id + 1) * BATCH) } satisfies WorkerRequest);
      };
      for (const w of pool) {
        w.on('message', (reply: WorkerReply) => {
          if (reply.digest !== lex.digest) return fail(new Error(`the lexicon in ${lex.source} changed during analysis`));
          ready.set(reply.id, reply.items);
          send(w);
          deliver();
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0) fail(new Error(`analysis worker stopped with code ${code}`));
        });
        // Batches in hand: a worker goes on to its next one at once, even while this thread is
        // busy indexing or writing a partition (about a second for a quarter of 100,000
        // dispatches) and has not yet read its answers; with two in hand the workers ran dry
        // during every partition write.
        for (let i = 0; i < IN_HAND; i++) send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
