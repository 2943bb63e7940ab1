// Worker threads do not inherit the TypeScript loader in every host (vitest, plain node), so
// the worker registers tsx for itself before loading its TypeScript body.
import { tsImport } from 'tsx/esm/api';

await tsImport('./analyse-worker.ts', import.meta.url);
