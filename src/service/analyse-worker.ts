import { parentPort, workerData } from 'node:worker_threads';
import type { Dispatch } from '../types.js';
import { analyseDispatch } from '../analyse/analyse.js';
import { defaultLexicon, loadLexicon } from '../lexicons/lexicon.js';
import { dispatchDoc } from '../search/corpus.js';
import { storeAnalysis } from '../search/stored-analysis.js';
import type { WorkerItem, WorkerRequest } from './analyse-pool.js';

/**
 * Analysis off the main thread: each batch of dispatches comes back analysed with its index
 * documents (term preparation, stemming included), so the main thread only adds them.
 */
const lex = (workerData as { lexiconDir: string | null }).lexiconDir ? loadLexicon((workerData as { lexiconDir: string }).lexiconDir) : defaultLexicon();

parentPort!.on('message', (req: WorkerRequest) => {
  const items: WorkerItem[] = req.dispatches.map((d: Dispatch) => {
    try {
      const analysis = analyseDispatch(d, lex);
      return { ok: true, stored: storeAnalysis(analysis), doc: dispatchDoc(d, analysis) };
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
  });
  parentPort!.postMessage({ id: req.id, items, digest: lex.digest });
});
