/**
 * Benchmark (issue #5): builds synthetic corpora (scripts/bench-corpus.ts) of 1,000, 10,000 and
 * 100,000 French and English dispatches and measures, for each size: analysis throughput, index
 * build time, heap after build, snapshot size, cold start from the snapshot, and latency of
 * whole answers (ask), autocomplete (suggest) and raw queries on MiniSearch, FlexSearch and a
 * plain Map, run in the same process and printed as ratios to MiniSearch, so the figures compare
 * on a noisy machine. Targets are printed next to the figures, for information: it exits 0
 * whatever they are (2 for a wrong argument).
 *
 *   npm run bench -- [--quick] [--sizes 1000,10000] [--json] [--seed N] [--questions N] [--lookups N] [--heap-mb N]
 *   npx tsx scripts/bench.ts --quick
 *
 * Each size runs in its own child process (node --expose-gc --max-old-space-size=8192 --import
 * tsx), so heaps do not add up and an out-of-memory at one size is reported as FAILED while the
 * run goes on. Cold start runs in yet another process, as the bot starts: openLibrary over the
 * dispatch files with the snapshot in place. Every number printed comes from this run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/search/corpus.js';
import type { Lexicon } from '../src/lexicons/lexicon.js';
import type { SearchGroup } from '../src/search/query.js';
import type { BenchQuestion, SyntheticDispatch } from './bench-corpus.js';
import { countWords as countWordsOf } from './bench-corpus.js';

// Project and benchmark modules are imported inside each role, not here: the cold-start child
// must load only what the bot loads, or its "ready" time would include FlexSearch and the generator.

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SCRIPT), '..');
const DEFAULT_HEAP_MB = 8192;

// ---------------------------------------------------------------- report records

/** Latency of one kind of request, in milliseconds. */
interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

interface CorpusFigures {
  dispatches: number;
  fr: number;
  en: number;
  words: number;
  passages: number;
  meetings: number;
  positions: number;
  names: number;
  /** Generated texts that hashed to an id already seen (the loader keeps the first). */
  duplicates: number;
}

interface AnswerFigures extends Latency {
  found: number;
  byIntent: Record<string, Latency>;
  slowest: Array<{ question: string; ms: number; items: number }>;
}

interface AutocompleteFigures extends Latency {
  withResults: number;
}

type EngineName = 'minisearch' | 'minisearch prefix/fuzzy' | 'flexsearch' | 'flexsearch top 10' | 'map';
const ENGINES: EngineName[] = ['minisearch', 'minisearch prefix/fuzzy', 'flexsearch', 'flexsearch top 10', 'map'];

interface RawFigures {
  queries: number;
  runs: number;
  engines: Record<EngineName, Latency>;
  /** Queries where FlexSearch (all hits) and the Map found as many dispatches as exact MiniSearch. */
  flexAgrees: number;
  mapAgrees: number;
  flexBuildMs: number;
  mapBuildMs: number;
  flexHeapBytes: number;
  mapHeapBytes: number;
}

interface SizeReport {
  size: number;
  /** Why the size's process died, or null. */
  failed: string | null;
  /** Stages that failed while the process went on (snapshot too large, ...). */
  errors: Record<string, string>;
  wallMs: number;
  corpus?: CorpusFigures;
  generateMs?: number;
  writeFilesMs?: number;
  /** Reading and parsing the dispatch files. */
  parseMs?: number;
  /** Analysis on worker threads and indexing on the main thread, overlapped. */
  analysis?: { ms: number; perSecond: number; workers: number };
  /** A full build as the bot runs it (openLibrary with force): read, analyse, index, save. */
  build?: { ms: number; perSecond: number };
  heap?: { used: number; rss: number; peakRss: number; gc: boolean };
  snapshot?: { ms: number; bytes: number; partitions: number; largest: number };
  /** One dispatch added, changed, removed among all: index and snapshot updated. */
  updates?: { addMs: number; changeMs: number; removeMs: number; reindexUnchangedMs: number };
  coldStart?: { readyMs: number; openMs: number; firstAnswerMs: number; completeMs: number; heapUsed: number; rss: number; heapReady: number };
  answers?: AnswerFigures;
  autocomplete?: AutocompleteFigures;
  raw?: RawFigures;
}

type StageKey = Exclude<keyof SizeReport, 'size' | 'failed' | 'errors' | 'wallMs'>;

/** What a child process sends to the parent, one message per finished stage. */
type ChildMessage =
  | { type: 'stage'; key: StageKey; value: unknown }
  | { type: 'stage-error'; stage: string; message: string };

// ---------------------------------------------------------------- options

interface Options {
  sizes: number[];
  quick: boolean;
  json: boolean;
  seed: number;
  questions: number;
  lookups: number;
  /** How many times the raw query set is run on each engine. */
  rawRuns: number;
  heapMb: number;
}

const FULL_SIZES = [1000, 10_000, 100_000];
/**
 * Analysis costs 7 to 10 ms a dispatch on a 2-core machine, single-threaded as openLibrary runs
 * it: 10,000 dispatches alone take over a minute. The quick run keeps under a minute with two
 * sizes that still show how figures grow; `--quick --sizes 1000,10000` asks for more.
 */
const QUICK_SIZES = [1000, 2000];

const USAGE = 'usage: bench.ts [--quick] [--sizes 1000,10000,100000] [--json] [--seed N] [--questions N] [--lookups N] [--heap-mb N]';

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      questions: { type: 'string' },
      lookups: { type: 'string' },
      'heap-mb': { type: 'string', default: String(DEFAULT_HEAP_MB) },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const sizes = values.sizes ? values.sizes.split(',').map((s) => positiveInt(s.replace(/[_\s]/g, ''), '--sizes')) : quick ? QUICK_SIZES : FULL_SIZES;
  return {
    sizes,
    quick,
    json: values.json ?? false,
    seed: positiveInt(values.seed!, '--seed'),
    questions: values.questions ? positiveInt(values.questions, '--questions') : quick ? 40 : 300,
    lookups: values.lookups ? positiveInt(values.lookups, '--lookups') : quick ? 60 : 300,
    rawRuns: quick ? 1 : 2,
    heapMb: positiveInt(values['heap-mb']!, '--heap-mb'),
  };
}

function positiveInt(s: string, name: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`bench: ${name} expects a positive integer, got "${s}"`);
  return n;
}

class UsageError extends Error {}

// ---------------------------------------------------------------- measuring helpers

function latency(samples: number[]): Latency {
  const sorted = Float64Array.from(samples).sort();
  // Nearest rank: p99 of 300 samples is the 297th, an observed value, never an interpolation.
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  const sum = samples.reduce((a, b) => a + b, 0);
  return { n: samples.length, p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1] ?? NaN, mean: samples.length ? sum / samples.length : NaN };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * A full collection, then a second's rest before timing: the collector sweeps a 2 GB heap on
 * background threads after a full collection, and the first allocation that cannot wait for it
 * pauses for the rest of the sweep (126 to 240 ms measured at 100,000 dispatches). That pause
 * is this script's own doing (it asked for the collection), not the answer's.
 */
async function settled(): Promise<void> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Heap in use after a full collection (when --expose-gc gave us one), so it is what stays, not garbage. */
function settledHeap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------- child: one corpus size

/** Messages on their way to the parent: the child waits for them before it exits. */
const pendingSends: Array<Promise<void>> = [];

function post(message: ChildMessage): void {
  pendingSends.push(new Promise((resolve) => process.send?.(message, undefined, {}, () => resolve()) ?? resolve()));
}

/** Sends a stage's figures to the parent as soon as it is measured, so a later crash keeps them. */
function send<K extends StageKey>(key: K, value: SizeReport[K]): void {
  post({ type: 'stage', key, value });
}

function progress(size: number, text: string): void {
  process.stderr.write(`  [${size.toLocaleString('en-US')}] ${text}\n`);
}

/** Runs a stage; a failure is reported and the next stages still run. */
async function stage(size: number, name: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const message = `${(err as Error).name}: ${(err as Error).message}`;
    progress(size, `${name} FAILED: ${message}`);
    post({ type: 'stage-error', stage: name, message });
  }
}

interface SizeChildArgs {
  size: number;
  dir: string;
  seed: number;
  questions: number;
  lookups: number;
  rawRuns: number;
}

async function runSizeChild(a: SizeChildArgs): Promise<void> {
  const { size } = a;
  const { openLibrary } = await import('../src/service/library.js');
  const { defaultLexicon } = await import('../src/lexicons/lexicon.js');
  const { snapshotName } = await import('../src/search/snapshot.js');
  const bench = await import('./bench-corpus.js');
  const lex = defaultLexicon();
  const world = bench.createWorld(a.seed);
  const dispatchDir = join(a.dir, 'dispatches');
  const dataDir = join(a.dir, 'data');

  progress(size, 'generating…');
  const generated = timed(() => bench.generateCorpus(size, a.seed, world));
  send('generateMs', generated.ms);
  const written = await timedAsync(() => writeDispatchFiles(dispatchDir, generated.value));
  send('writeFilesMs', written.ms);
  generated.value.length = 0;
  gc?.();

  progress(size, `generated in ${seconds(generated.ms)}; full build (read, analyse on workers, index, save)…`);
  const built = await timedAsync(() => openLibrary({ dispatchDir, dataDir, force: true }));
  const library = built.value;
  const corpus = library.corpus;
  const r = library.report;
  send('parseMs', r.timings.readMs);
  send('analysis', { ms: r.timings.analyseMs, perSecond: r.analysed / (r.timings.analyseMs / 1000), workers: r.workers });
  send('build', { ms: built.ms, perSecond: r.dispatches / (built.ms / 1000) });
  send('snapshot', await snapshotFigures(join(dataDir, snapshotName(dispatchDir)), r.timings.saveMs));
  const duplicates = r.skipped.filter((x) => x.reason.startsWith('same text')).length;
  send('corpus', corpusFigures(corpus, duplicates));
  send('heap', { used: settledHeap(), rss: process.memoryUsage().rss, peakRss: process.resourceUsage().maxRSS * 1024, gc: gc !== undefined });
  progress(size, `built in ${seconds(built.ms)}; answering questions…`);

  const questions = bench.benchQuestions(world, a.questions, a.seed);
  await stage(size, 'answers', async () => send('answers', await measureAnswers(questions, corpus, lex)));
  await stage(size, 'autocomplete', async () => send('autocomplete', await measureAutocomplete(bench.autocompleteInputs(world, a.lookups, a.seed), corpus, lex)));
  progress(size, 'one dispatch added, changed, removed…');
  await stage(size, 'updates', () => measureUpdates(library, dispatchDir, bench.generateCorpus(1, a.seed + 1)[0]).then((u) => send('updates', u)));
  progress(size, 'raw queries on MiniSearch, FlexSearch and a Map…');
  await stage(size, 'raw', () => measureRaw(questions, corpus, lex, a.rawRuns).then((raw) => send('raw', raw)));
}

async function snapshotFigures(dir: string, ms: number): Promise<NonNullable<SizeReport['snapshot']>> {
  let bytes = 0;
  let partitions = 0;
  let largest = 0;
  for (const f of await readdir(dir)) {
    const size = (await stat(join(dir, f))).size;
    bytes += size;
    if (f.startsWith('p-')) (partitions++, (largest = Math.max(largest, size)));
  }
  return { ms, bytes, partitions, largest };
}

/**
 * One dispatch file added, rewritten and removed among all the others, each applied as the bot
 * applies a changed file (index and snapshot partition updated), then a reindex of the whole
 * folder with nothing changed (every file's stamp checked, nothing read).
 */
async function measureUpdates(library: import('../src/service/library.js').Library, dispatchDir: string, extra: SyntheticDispatch): Promise<NonNullable<SizeReport['updates']>> {
  const file = 'update-probe.json';
  const path = join(dispatchDir, file);
  const write = (text: string) => writeFile(path, JSON.stringify({ ...extra.fields, text }));
  await write(extra.fields.text);
  const add = await timedAsync(() => library.updateFiles([file]));
  if (add.value.analysed !== 1) throw new Error(`adding one dispatch analysed ${add.value.analysed}`);
  await write(`${extra.fields.text}\nUpdated.`);
  const change = await timedAsync(() => library.updateFiles([file]));
  await rm(path);
  const remove = await timedAsync(() => library.updateFiles([file]));
  if (remove.value.removed.length !== 1) throw new Error('removing the dispatch did not remove it');
  const reindex = await timedAsync(() => library.reindex());
  return { addMs: add.ms, changeMs: change.ms, removeMs: remove.ms, reindexUnchangedMs: reindex.ms };
}

function corpusFigures(corpus: Corpus, duplicates: number): CorpusFigures {
  let words = 0;
  let fr = 0;
  for (const d of corpus.dispatches.values()) {
    words += countWordsOf(d.text);
    if (d.lang === 'fr') fr++;
  }
  return {
    dispatches: corpus.dispatches.size,
    fr,
    en: corpus.dispatches.size - fr,
    words,
    passages: corpus.counts.passages,
    meetings: corpus.meetings.length,
    positions: corpus.positions.length,
    names: corpus.names.size,
    duplicates,
  };
}

// ---------------------------------------------------------------- (a) whole answers, (b) autocomplete

async function measureAnswers(questions: BenchQuestion[], corpus: Corpus, lex: Lexicon): Promise<AnswerFigures> {
  const { ask } = answerModule!;
  // Warm-up: the first question builds the corpus name table and compiles the hot paths.
  for (const q of questions.slice(0, 5)) ask(q.text, corpus, lex);
  await settled();
  const samples: number[] = [];
  const byIntent = new Map<string, number[]>();
  const slowest: AnswerFigures['slowest'] = [];
  let found = 0;
  for (const q of questions) {
    const { value: answer, ms } = timed(() => ask(q.text, corpus, lex));
    samples.push(ms);
    if (answer.found) found++;
    if (!byIntent.has(q.intent)) byIntent.set(q.intent, []);
    byIntent.get(q.intent)!.push(ms);
    slowest.push({ question: q.text, ms, items: answer.items.length });
  }
  slowest.sort((x, y) => y.ms - x.ms);
  return {
    ...latency(samples),
    found,
    byIntent: Object.fromEntries([...byIntent].map(([intent, xs]) => [intent, latency(xs)])),
    slowest: slowest.slice(0, 3),
  };
}

async function measureAutocomplete(inputs: Array<{ kind: 'person' | 'place' | 'any'; typed: string; lang: 'fr' | 'en' }>, corpus: Corpus, lex: Lexicon): Promise<AutocompleteFigures> {
  const { suggest } = answerModule!;
  for (const x of inputs.slice(0, 5)) suggest(x.kind, x.typed, corpus, lex, x.lang);
  await settled();
  const samples: number[] = [];
  let withResults = 0;
  for (const x of inputs) {
    const { value, ms } = timed(() => suggest(x.kind, x.typed, corpus, lex, x.lang));
    samples.push(ms);
    if (value.length) withResults++;
  }
  return { ...latency(samples), withResults };
}

/** The answer modules, loaded once by the size child (not at the top: see the note on imports). */
let answerModule: { ask: typeof import('../src/answer/answer.js').ask; suggest: typeof import('../src/answer/autocomplete.js').suggest } | null = null;

async function loadAnswerModule(): Promise<void> {
  const { ask } = await import('../src/answer/answer.js');
  const { suggest } = await import('../src/answer/autocomplete.js');
  answerModule = { ask, suggest };
}

// ---------------------------------------------------------------- (c) raw queries on three engines

/** One OR-group per query word (its variants in every language) or entity, all groups ANDed. */
interface RawQuery {
  groups: SearchGroup[];
}

/** The full-text queries the answer path sends for these questions: the same searchGroups() the answers use. */
async function rawQueries(questions: BenchQuestion[], corpus: Corpus, lex: Lexicon): Promise<RawQuery[]> {
  const { parseQuestion } = await import('../src/answer/question.js');
  const { searchGroups } = await import('../src/search/query.js');
  const out: RawQuery[] = [];
  for (const q of questions) {
    const groups = searchGroups(parseQuestion(q.text, corpus, lex), lex);
    if (groups.length) out.push({ groups });
  }
  return out;
}

/** The smallest surface of FlexSearch 0.8 we use; its own typings do not model the Resolver chain's early exit. */
interface FlexIndex {
  add(id: number, text: string): void;
}
interface FlexResolver {
  or(o: { index: FlexIndex; query: string }): FlexResolver;
  and(...others: FlexResolver[]): FlexResolver | number[];
  resolve(o: { limit: number }): number[];
}
type FlexResolverClass = new (o: { index: FlexIndex; query: string }) => FlexResolver;

/**
 * Each dispatch's terms as our search sees them: the words MiniSearch indexes (cut by the
 * index's own tokenizer, from INDEX_OPTIONS) and the entity and topic tags the tag table holds,
 * so FlexSearch and the Map answer the same AND of groups over the same documents.
 */
async function documentTexts(corpus: Corpus): Promise<string[]> {
  const { dispatchDoc, dispatchTags, INDEX_OPTIONS } = await import('../src/search/corpus.js');
  const texts: string[] = [];
  for (const d of corpus.dispatches.values()) {
    const analysis = corpus.analyses.get(d.id)!;
    const fields = dispatchDoc(d, analysis) as unknown as Record<string, unknown>;
    const terms = INDEX_OPTIONS.fields.flatMap((f) => (fields[f] == null ? [] : INDEX_OPTIONS.tokenize(String(fields[f]))));
    texts.push([...terms, ...dispatchTags(analysis)].join(' '));
  }
  return texts;
}

type Engine = (q: RawQuery) => number;

async function flexEngines(texts: string[]): Promise<{ all: Engine; top10: Engine; ms: number; bytes: number }> {
  const flex = (await import('flexsearch')) as unknown as { Index: new (o: object) => FlexIndex; Resolver: FlexResolverClass };
  const before = settledHeap();
  const built = timed(() => {
    // Same terms as MiniSearch: split on the spaces textTerms put, nothing folded or stemmed again.
    const index = new flex.Index({ tokenize: 'strict', encode: (s: string) => s.split(' ') });
    texts.forEach((t, i) => index.add(i, t));
    return index;
  });
  const index = built.value;
  const bytes = settledHeap() - before;
  const run = (limit: number): Engine => (q) => {
    const groups = q.groups.map((g) => g.terms.slice(1).reduce((r, t) => r.or({ index, query: t }), new flex.Resolver({ index, query: g.terms[0] })));
    // An empty first set makes and() return [] at once instead of a Resolver.
    const combined = groups.length === 1 ? groups[0] : groups[0].and(...groups.slice(1));
    return Array.isArray(combined) ? combined.length : combined.resolve({ limit }).length;
  };
  return { all: run(texts.length), top10: run(10), ms: built.ms, bytes };
}

/** The floor: term → sorted passage numbers, union within a group, intersection across. No ranking. */
function mapEngine(texts: string[]): { run: Engine; ms: number; bytes: number } {
  const before = settledHeap();
  const built = timed(() => {
    const postings = new Map<string, number[]>();
    texts.forEach((text, id) => {
      for (const term of new Set(text.split(' '))) {
        if (!term) continue;
        const list = postings.get(term);
        if (list) list.push(id);
        else postings.set(term, [id]);
      }
    });
    return postings;
  });
  const postings = built.value;
  const bytes = settledHeap() - before;
  const run: Engine = (q) => {
    const sets = q.groups.map((g) => g.terms.map((t) => postings.get(t) ?? []).reduce(unionSorted));
    sets.sort((x, y) => x.length - y.length);
    return sets.reduce(intersectSorted).length;
  };
  return { run, ms: built.ms, bytes };
}

function unionSorted(a: number[], b: number[]): number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (a[i] > b[j]) out.push(b[j++]);
    else (out.push(a[i++]), j++);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function intersectSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else (out.push(a[i++]), j++);
  }
  return out;
}

/** Our search path: entity and topic groups first, word groups scoring only what they allow (Corpus.searchGroups). */
function miniSearchEngine(corpus: Corpus, prefixFuzzy: boolean): Engine {
  return (q) => corpus.searchGroups(q.groups, {}, { prefixFuzzy }).length;
}

async function measureRaw(questions: BenchQuestion[], corpus: Corpus, lex: Lexicon, runs: number): Promise<RawFigures> {
  const queries = await rawQueries(questions, corpus, lex);
  const texts = await documentTexts(corpus);
  const flex = await flexEngines(texts);
  const map = mapEngine(texts);
  texts.length = 0;
  const engines: Record<EngineName, Engine> = {
    minisearch: miniSearchEngine(corpus, false),
    'minisearch prefix/fuzzy': miniSearchEngine(corpus, true),
    flexsearch: flex.all,
    'flexsearch top 10': flex.top10,
    map: map.run,
  };
  let flexAgrees = 0;
  let mapAgrees = 0;
  for (const q of queries) {
    const expected = engines.minisearch(q);
    if (engines.flexsearch(q) === expected) flexAgrees++;
    if (engines.map(q) === expected) mapAgrees++;
  }
  gc?.();
  const samples = Object.fromEntries(ENGINES.map((e) => [e, [] as number[]])) as Record<EngineName, number[]>;
  for (let run = 0; run < runs; run++) {
    queries.forEach((q, i) => {
      // Each query runs on every engine back to back, starting with a different engine each
      // time, so a noisy moment on the machine falls on all engines alike.
      for (let k = 0; k < ENGINES.length; k++) {
        const name = ENGINES[(i + run + k) % ENGINES.length];
        samples[name].push(timed(() => engines[name](q)).ms);
      }
    });
  }
  return {
    queries: queries.length,
    runs,
    engines: Object.fromEntries(ENGINES.map((e) => [e, latency(samples[e])])) as Record<EngineName, Latency>,
    flexAgrees,
    mapAgrees,
    flexBuildMs: flex.ms,
    mapBuildMs: map.ms,
    flexHeapBytes: flex.bytes,
    mapHeapBytes: map.bytes,
  };
}

// ---------------------------------------------------------------- snapshot and cold start

/** Writes the dispatches as the bot finds them: JSON array files of DISPATCHES_PER_FILE each. */
async function writeDispatchFiles(dispatchDir: string, dispatches: SyntheticDispatch[]): Promise<void> {
  await mkdir(dispatchDir, { recursive: true });
  const files = new Map<string, object[]>();
  for (const d of dispatches) {
    if (!files.has(d.file)) files.set(d.file, []);
    files.get(d.file)!.push(d.fields);
  }
  for (const [file, items] of files) await writeFile(join(dispatchDir, file), JSON.stringify(items));
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/**
 * A fresh process starting as the bot does: openLibrary on the saved snapshot, answering once
 * the newest partition is in ("ready"), then the rest loading in the background ("complete").
 * The heap then is what one shard holds.
 */
async function runColdChild(dir: string): Promise<void> {
  const { openLibrary } = await import('../src/service/library.js');
  const { ask } = await import('../src/answer/answer.js');
  const library = await openLibrary({ dispatchDir: join(dir, 'dispatches'), dataDir: join(dir, 'data'), readOnly: true, background: true });
  // performance.now() counts from the start of this process: node, tsx, module loading included.
  const readyMs = performance.now();
  if (!library.report.fromSnapshot) throw new Error(`snapshot not reused: ${library.report.snapshotNote}`);
  const first = timed(() => ask('Qui a rencontré Poutine ?', library.corpus));
  const heapReady = process.memoryUsage().heapUsed;
  const complete = await library.complete;
  if (complete.analysed !== 0) throw new Error(`the start analysed ${complete.analysed} dispatches again`);
  const completeMs = performance.now();
  send('coldStart', { readyMs, openMs: library.report.millis, firstAnswerMs: first.ms, completeMs, heapUsed: settledHeap(), rss: process.memoryUsage().rss, heapReady });
}

// ---------------------------------------------------------------- parent: one child per size

/** Starts this script again in a child role, with the flags the issue asks for. */
function spawnChild(args: string[], heapMb: number): ChildProcess {
  return fork(SCRIPT, args, {
    cwd: ROOT,
    execArgv: ['--expose-gc', `--max-old-space-size=${heapMb}`, '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

let current: ChildProcess | null = null;

/** Runs one child to its end, folding its messages into the report; resolves with why it failed, or null. */
function runChild(args: string[], heapMb: number, report: SizeReport): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawnChild(args, heapMb);
    current = child;
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail.push(...chunk.toString().split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 30));
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'stage') Object.assign(report, { [m.key]: m.value });
      else report.errors[m.stage] = m.message;
    });
    child.on('error', (err) => resolve(`cannot start: ${err.message}`));
    child.on('exit', (code, signal) => {
      current = null;
      if (code === 0) return resolve(null);
      // V8 prints why it gave up (heap limit, string length) on stderr just before dying.
      const reason = tail.find((l) => /FATAL ERROR|heap out of memory|Invalid string length|RangeError/.test(l)) ?? tail.filter((l) => /Error/.test(l)).pop();
      resolve(`${signal ? `killed by ${signal}` : `exit code ${code}`}${reason ? `: ${reason.trim()}` : ''}`);
    });
  });
}

/** Fills `report` as the size's children measure, so a run stopped halfway still shows what it got. */
async function runSize(report: SizeReport, opts: Options, dir: string): Promise<void> {
  const { size } = report;
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  try {
    const args = ['--role', 'size', '--size', String(size), '--dir', dir, '--seed', String(opts.seed), '--questions', String(opts.questions), '--lookups', String(opts.lookups), '--raw-runs', String(opts.rawRuns)];
    report.failed = await runChild(args, opts.heapMb, report);
    if (report.build) {
      progress(size, 'cold start in a fresh process…');
      const cold = await runChild(['--role', 'cold', '--dir', dir], opts.heapMb, report);
      if (cold) report.errors['cold start'] = cold;
    } else {
      report.errors['cold start'] = 'no snapshot to start from';
    }
  } finally {
    report.wallMs = performance.now() - started;
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- targets

interface Target {
  label: string;
  /** The measured value, as printed, and whether it meets the target; null when not measured. */
  check: (r: SizeReport) => { value: string; pass: boolean } | null;
}

const TARGET_SIZE = 100_000;
const TARGETS: Record<string, Target> = {
  answers: { label: 'whole-answer p99 <= 50 ms', check: (r) => (r.answers ? { value: ms(r.answers.p99), pass: r.answers.p99 <= 50 } : null) },
  autocomplete: { label: 'autocomplete p99 <= 10 ms', check: (r) => (r.autocomplete ? { value: ms(r.autocomplete.p99), pass: r.autocomplete.p99 <= 10 } : null) },
  raw: {
    label: 'raw MiniSearch p50 within 3x of FlexSearch p50',
    check: (r) => {
      if (!r.raw) return null;
      const ratio = r.raw.engines.minisearch.p50 / r.raw.engines.flexsearch.p50;
      return { value: `${ratio.toFixed(2)}x`, pass: ratio <= 3 };
    },
  },
  ready: { label: 'ready within 3 s of start', check: (r) => (r.coldStart ? { value: seconds(r.coldStart.readyMs), pass: r.coldStart.readyMs <= 3000 } : null) },
  heap: { label: 'heap after build <= 2 GB', check: (r) => (r.heap ? { value: bytes(r.heap.used), pass: r.heap.used <= 2 * 1024 ** 3 } : null) },
  updates: {
    label: 'one dispatch added/changed/removed < 1 s',
    check: (r) => {
      if (!r.updates) return null;
      const worst = Math.max(r.updates.addMs, r.updates.changeMs, r.updates.removeMs);
      return { value: ms(worst), pass: worst < 1000 };
    },
  },
  build: { label: 'build >= 500 dispatches/s incl. analysis', check: (r) => (r.build ? { value: `${Math.round(r.build.perSecond)}/s`, pass: r.build.perSecond >= 500 } : null) },
};

function verdict(key: keyof typeof TARGETS, r: SizeReport): string {
  const c = TARGETS[key].check(r);
  if (!c) return '';
  const note = r.size === TARGET_SIZE ? '' : ` (target set for ${TARGET_SIZE.toLocaleString('en-US')})`;
  return `  target ${TARGETS[key].label}: ${c.pass ? 'PASS' : 'FAIL'}${note}`;
}

// ---------------------------------------------------------------- printing

function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 1 ? `${x.toFixed(3)} ms` : x < 10 ? `${x.toFixed(2)} ms` : x < 1000 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString('en-US')} ms`;
}

function seconds(x: number): string {
  return `${(x / 1000).toFixed(x < 10_000 ? 2 : 1)} s`;
}

function bytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2)} GB` : `${(n / 1024 ** 2).toFixed(n < 10 * 1024 ** 2 ? 1 : 0)} MB`;
}

function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function sizeBlock(r: SizeReport): string[] {
  const lines: string[] = [];
  const c = r.corpus;
  const head = c ? `${int(c.dispatches)} dispatches (FR ${int(c.fr)}, EN ${int(c.en)}; ${int(c.words / c.dispatches)} words each; ${int(c.passages)} passages, ${int(c.meetings)} meetings, ${int(c.positions)} positions, ${int(c.names)} names)` : `${int(r.size)} dispatches`;
  lines.push('', `── ${head} ── ${seconds(r.wallMs)} wall`);
  if (r.failed) lines.push(`  FAILED: ${r.failed}`);
  if (c?.duplicates) lines.push(`  note: ${c.duplicates} generated texts were duplicates and loaded once`);
  const row = (label: string, value: string, extra = '') => lines.push(`  ${pad(label, 22)}${value}${extra}`);
  if (r.generateMs !== undefined) row('generate (bench only)', seconds(r.generateMs), r.writeFilesMs !== undefined ? `   (files written in ${seconds(r.writeFilesMs)})` : '');
  if (r.build) row('full build', seconds(r.build.ms), `   ${int(r.build.perSecond)} dispatches/s (read + analysis + index + snapshot, as openLibrary runs it)${verdict('build', r)}`);
  if (r.parseMs !== undefined) row('  read and parse', seconds(r.parseMs));
  if (r.analysis) row('  analyse + index', seconds(r.analysis.ms), `   ${int(r.analysis.perSecond)} dispatches/s on ${r.analysis.workers ? `${r.analysis.workers} worker threads` : 'the main thread'}, indexing overlapped`);
  if (r.snapshot) row('  snapshot', `${bytes(r.snapshot.bytes)} in ${seconds(r.snapshot.ms)}`, `   (${r.snapshot.partitions} partitions, largest ${bytes(r.snapshot.largest)})`);
  if (r.heap) row('heap after build', bytes(r.heap.used), `   (rss ${bytes(r.heap.rss)}, peak rss ${bytes(r.heap.peakRss)}${r.heap.gc ? '' : ', no gc: run with --expose-gc'})${verdict('heap', r)}`);
  if (r.coldStart) {
    const cs = r.coldStart;
    row('cold start', `ready ${seconds(cs.readyMs)} after process start`, ` (newest partition; first answer ${ms(cs.firstAnswerMs)}, heap then ${bytes(cs.heapReady)})${verdict('ready', r)}`);
    row('  all partitions', `loaded ${seconds(cs.completeMs)} after process start`, `   heap ${bytes(cs.heapUsed)}, rss ${bytes(cs.rss)}: what one shard holds`);
  }
  if (r.updates) {
    const u = r.updates;
    row('one dispatch', `add ${ms(u.addMs)}, change ${ms(u.changeMs)}, remove ${ms(u.removeMs)}`, `   (index and snapshot partition updated)${verdict('updates', r)}`);
    row('reindex, no change', ms(u.reindexUnchangedMs), '   (every file stamp checked, nothing read)');
  }
  for (const [stageName, message] of Object.entries(r.errors)) row(stageName, `FAILED: ${message}`);
  if (r.answers) {
    const a = r.answers;
    row(`answers (n=${a.n})`, `p50 ${ms(a.p50)}  p99 ${ms(a.p99)}  max ${ms(a.max)}`, `   found ${a.found}/${a.n}${verdict('answers', r)}`);
    for (const [intent, l] of Object.entries(a.byIntent)) row(`  ${intent} (n=${l.n})`, `p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}`);
    for (const s of a.slowest) row('  slowest', `${ms(s.ms)}  "${s.question}" (${s.items} items)`);
  }
  if (r.autocomplete) {
    const a = r.autocomplete;
    row(`autocomplete (n=${a.n})`, `p50 ${ms(a.p50)}  p99 ${ms(a.p99)}  max ${ms(a.max)}`, `   with suggestions ${a.withResults}/${a.n}${verdict('autocomplete', r)}`);
  }
  if (r.raw) lines.push(...rawBlock(r));
  return lines;
}

function rawBlock(r: SizeReport): string[] {
  const raw = r.raw!;
  const base = raw.engines.minisearch;
  const lines = [
    `  raw queries (${raw.queries} queries x ${raw.runs} run${raw.runs > 1 ? 's' : ''}, same terms on each engine; hit counts equal to MiniSearch: FlexSearch ${raw.flexAgrees}/${raw.queries}, Map ${raw.mapAgrees}/${raw.queries})`,
    `    ${pad('engine', 26)}${pad('p50', 12)}${pad('p99', 12)}x MiniSearch p50 / p99`,
  ];
  for (const name of ENGINES) {
    const l = raw.engines[name];
    lines.push(`    ${pad(name, 26)}${pad(ms(l.p50), 12)}${pad(ms(l.p99), 12)}${(l.p50 / base.p50).toFixed(2)}x / ${(l.p99 / base.p99).toFixed(2)}x`);
  }
  lines.push(`    built alongside: FlexSearch ${seconds(raw.flexBuildMs)} (+${bytes(raw.flexHeapBytes)} heap), Map ${seconds(raw.mapBuildMs)} (+${bytes(raw.mapHeapBytes)} heap)`);
  const v = verdict('raw', r);
  if (v) lines.push(`  MiniSearch p50 = ${TARGETS.raw.check(r)!.value} FlexSearch p50${v}`);
  return lines;
}

function summaryTable(reports: SizeReport[]): string[] {
  const cols: Array<[string, (r: SizeReport) => string]> = [
    ['size', (r) => int(r.size)],
    ['analyse/s', (r) => (r.analysis ? int(r.analysis.perSecond) : '-')],
    ['build/s', (r) => (r.build ? int(r.build.perSecond) : '-')],
    ['update', (r) => (r.updates ? ms(Math.max(r.updates.addMs, r.updates.changeMs, r.updates.removeMs)) : '-')],
    ['heap', (r) => (r.heap ? bytes(r.heap.used) : '-')],
    ['snapshot', (r) => (r.snapshot ? bytes(r.snapshot.bytes) : r.errors.snapshot ? 'FAILED' : '-')],
    ['ready', (r) => (r.coldStart ? seconds(r.coldStart.readyMs) : r.errors['cold start'] ? 'FAILED' : '-')],
    ['answer p50/p99', (r) => (r.answers ? `${ms(r.answers.p50)} / ${ms(r.answers.p99)}` : '-')],
    ['autocomplete p50/p99', (r) => (r.autocomplete ? `${ms(r.autocomplete.p50)} / ${ms(r.autocomplete.p99)}` : '-')],
    ['MiniSearch p50', (r) => (r.raw ? ms(r.raw.engines.minisearch.p50) : '-')],
    ['Flex / Map (x MS p50)', (r) => (r.raw ? `${(r.raw.engines.flexsearch.p50 / r.raw.engines.minisearch.p50).toFixed(2)} / ${(r.raw.engines.map.p50 / r.raw.engines.minisearch.p50).toFixed(2)}` : '-')],
    ['status', (r) => (r.failed ? 'FAILED' : Object.keys(r.errors).length ? `partial (${Object.keys(r.errors).join(', ')} failed)` : 'ok')],
  ];
  const cells = reports.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => pad(x, widths[i])).join(' | ').trimEnd();
  return ['', line(cols.map(([h]) => h)), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)];
}

function targetLines(reports: SizeReport[]): string[] {
  const r = reports.find((x) => x.size === TARGET_SIZE);
  if (!r) return ['', `Targets are set for ${int(TARGET_SIZE)} dispatches, not in this run (verdicts above are for reference).`];
  const lines = ['', `Targets at ${int(TARGET_SIZE)} dispatches (informational):`];
  for (const t of Object.values(TARGETS)) {
    const c = t.check(r);
    lines.push(`  ${pad(t.label, 48)}${c ? `${pad(c.value, 12)}${c.pass ? 'PASS' : 'FAIL'}` : 'not measured (FAILED)'}`);
  }
  return lines;
}

function machine(): { cores: number; cpu: string; memory: number; node: string } {
  return { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', memory: totalmem(), node: process.version };
}

// ---------------------------------------------------------------- entry points

async function main(opts: Options): Promise<void> {
  const out = opts.json ? (s: string) => process.stderr.write(`${s}\n`) : (s: string) => process.stdout.write(`${s}\n`);
  const m = machine();
  const started = performance.now();
  out(`dispatch-bot benchmark: sizes ${opts.sizes.map(int).join(', ')}; seed ${opts.seed}; ${opts.questions} questions, ${opts.lookups} autocomplete lookups per size${opts.quick ? ' (quick)' : ''}`);
  out(`machine: ${m.cores} cores (${m.cpu}), ${bytes(m.memory)} RAM, Node ${m.node}; each size in: node --expose-gc --max-old-space-size=${opts.heapMb} --import tsx`);
  const root = await mkdtemp(join(tmpdir(), 'dispatch-bench-'));
  const reports: SizeReport[] = [];
  let running: { report: SizeReport; started: number } | null = null;
  const finish = () => {
    rmSync(root, { recursive: true, force: true });
    for (const l of [...summaryTable(reports), ...targetLines(reports)]) out(l);
    out(`\ntotal ${seconds(performance.now() - started)}; ${m.cores} cores, Node ${m.node}`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ machine: m, options: opts, sizes: reports, totalMs: performance.now() - started }, null, 2)}\n`);
  };
  // Stopped from outside (Ctrl-C, a time limit): stop the child, clean up, print what was measured.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      current?.kill('SIGKILL');
      out(`\n${signal}: stopped; figures so far:`);
      if (running) {
        running.report.failed = `stopped by ${signal} while running`;
        running.report.wallMs = performance.now() - running.started;
        for (const l of sizeBlock(running.report)) out(l);
      }
      finish();
      process.exit(130);
    });
  }
  for (const size of opts.sizes) {
    const report: SizeReport = { size, failed: null, errors: {}, wallMs: 0 };
    reports.push(report);
    running = { report, started: performance.now() };
    await runSize(report, opts, join(root, `n${size}`));
    running = null;
    for (const l of sizeBlock(report)) out(l);
  }
  finish();
}

async function child(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { role: { type: 'string' }, size: { type: 'string' }, dir: { type: 'string' }, seed: { type: 'string' }, questions: { type: 'string' }, lookups: { type: 'string' }, 'raw-runs': { type: 'string' } },
  });
  // The parent went away (killed, timed out): do not keep a large heap running for nobody.
  const orphaned = () => process.exit(1);
  process.on('disconnect', orphaned);
  if (values.role === 'cold') await runColdChild(values.dir!);
  else {
    await loadAnswerModule();
    await runSizeChild({ size: Number(values.size), dir: values.dir!, seed: Number(values.seed), questions: Number(values.questions), lookups: Number(values.lookups), rawRuns: Number(values['raw-runs']) });
  }
  await Promise.all(pendingSends);
  process.off('disconnect', orphaned);
}

const argv = process.argv.slice(2);
if (argv.includes('--role')) {
  child(argv).then(
    () => process.disconnect?.(),
    (err: Error) => {
      process.stderr.write(`${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
} else {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (err) {
    console.error(err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (err as Error).message : err);
    console.error(USAGE);
    process.exit(2);
  }
  await main(opts);
}
