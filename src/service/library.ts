import { join } from 'node:path';
import type { Analysis, Dispatch } from '../types.js';
import { defaultLexicon, type Lexicon } from '../lexicons/lexicon.js';
import { ANALYSER_VERSION } from '../analyse/analyse.js';
import { DEFAULT_LIMITS, loadDispatchFiles, loadDispatchFolder, type FileStamp, type KnownFile, type LoadLimits, type LoadResult, type SkippedFile } from '../load/folder.js';
import { Corpus, dispatchDoc } from '../search/corpus.js';
import { newestFirst, periodOf } from '../search/period.js';
import { appendJournal, clearLeftovers, commitManifest, readJournal, readManifest, readPartition, snapshotName, SNAPSHOT_VERSION, writePartition, type JournalEntry, type Manifest, type PartitionEntry } from '../search/snapshot.js';
import { restoreAnalysis, storeAnalysis } from '../search/stored-analysis.js';
import { analyseInBatches } from './analyse-pool.js';

/**
 * The one place that does I/O for the data. A start loads the saved partitions newest first
 * and can answer after the first; the others load in the background, then the dispatch folder
 * is compared with what was saved: files with a new size or time are read again, and only
 * dispatches with a new text are analysed (on worker threads). Each change touches one
 * partition, whose snapshot file alone is rewritten. A full rebuild builds a new corpus beside
 * the one serving and swaps it whole. Everything it calls is pure.
 */

export interface LibraryOptions {
  dispatchDir: string;
  dataDir: string;
  limits?: LoadLimits;
  lexicon?: Lexicon;
  /** Skip saving (tests that must not write, shards reading a snapshot another process keeps). */
  readOnly?: boolean;
  /** Rebuild even when the snapshot is up to date. */
  force?: boolean;
  /** Analysis threads (default one per core; 0 analyses on the main thread). */
  workers?: number;
  /** Resolve once the newest partition is loaded; the rest loads after (see `complete`). */
  background?: boolean;
}

/** What a (re)load did, for the CLI and the /reindex report. */
export interface LoadReport {
  dispatches: number;
  passages: number;
  meetings: number;
  positions: number;
  fromSnapshot: boolean;
  snapshotNote: string | null;
  added: string[];
  changed: string[];
  removed: string[];
  skipped: SkippedFile[];
  /** Dispatches analysed by this load (the others came from the snapshot). */
  analysed: number;
  /** Partition files written. */
  partitionsWritten: number;
  /** Where the time went: reading files, analysing and indexing (overlapped), writing the snapshot. */
  timings: { readMs: number; analyseMs: number; saveMs: number };
  /** Analysis threads used (0: the main thread). */
  workers: number;
  millis: number;
}

interface Changes {
  added: string[];
  changed: string[];
  removed: string[];
  skipped: SkippedFile[];
  analysed: number;
  readMs: number;
  analyseMs: number;
  workers: number;
}

/**
 * Journal entries before the changed partitions are rewritten. Rewriting a quarter of 100,000
 * dispatches holds the main thread about a second, so a day's new files go to the journal (a
 * few MB, replayed at the next start in the background) rather than into partition rewrites
 * while the bot is busy; the partitions are rewritten at the next start.
 */
const JOURNAL_LIMIT = 5000;

const noChanges = (): Changes => ({ added: [], changed: [], removed: [], skipped: [], analysed: 0, readMs: 0, analyseMs: 0, workers: 0 });

export class Library {
  /** The corpus serving answers; a full rebuild replaces it whole. */
  corpus: Corpus;
  report: LoadReport;
  /** Resolves when every partition is loaded and the folder's changes are applied. */
  complete: Promise<LoadReport>;
  private readonly lex: Lexicon;
  private readonly snapshotDir: string;
  private stamps: Record<string, FileStamp> = {};
  /** Partitions changed since they were last written (their changes may be in the journal meanwhile). */
  private readonly dirty = new Set<string>();
  /** What changed since the last write, in order, for the journal: dispatches added or removed, files re-stamped. */
  private pending: Array<{ op: 'add' | 'remove'; id: string } | { op: 'stamp'; file: string }> = [];
  /** The partition files the manifest names (or will name at the next save). */
  private partitionFiles = new Map<string, PartitionEntry>();
  /** Entries in the journal on disk; past JOURNAL_LIMIT the dirty partitions are rewritten and the journal cleared. */
  private journalLength = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly opts: LibraryOptions) {
    this.lex = opts.lexicon ?? defaultLexicon();
    this.snapshotDir = join(opts.dataDir, snapshotName(opts.dispatchDir));
    this.corpus = new Corpus();
    this.report = emptyReport();
    this.complete = Promise.resolve(this.report);
  }

  static async open(opts: LibraryOptions): Promise<Library> {
    const lib = new Library(opts);
    const started = performance.now();
    if (!opts.readOnly) await clearLeftovers(lib.snapshotDir);
    const manifest = opts.force ? ({ ok: false, reason: 'rebuild asked for' } as const) : await readManifest(lib.snapshotDir);
    const sameLexicon = manifest.ok && manifest.value.lexicon === lib.lex.digest;
    const usable = sameLexicon && manifest.value.analyser === ANALYSER_VERSION;
    const note = manifest.ok ? (usable ? null : sameLexicon ? 'the extraction code changed since the snapshot' : 'the lexicon changed since the snapshot') : manifest.reason;
    const first = manifest.ok && usable ? await lib.loadFirstPartition(manifest.value) : { ok: false as const, reason: note };
    if (!first.ok) {
      const report = await lib.exclusive(() => lib.rebuildNow(started, first.reason));
      lib.report = report;
      lib.complete = Promise.resolve(report);
      lib.corpus.prepareSorted();
      return lib;
    }
    lib.complete = lib.exclusive(async () => {
      const notes = await lib.loadOtherPartitions(manifest.ok ? manifest.value : null);
      await lib.replayJournal();
      const changes = await lib.applyFolder(null);
      await lib.save();
      lib.report = lib.reportOf(started, true, notes.length ? notes.join('; ') : null, changes);
      // Every meeting and position list sorted now, so no question pays for it.
      lib.corpus.prepareSorted();
      return lib.report;
    });
    if (!opts.background) await lib.complete;
    else lib.report = lib.reportOf(started, true, null, noChanges());
    return lib;
  }

  /**
   * /reindex: reads the files whose size or time changed, analyses only dispatches with a new
   * text, updates the touched partitions. `full` re-reads and re-analyses everything into a
   * new corpus, swapped in when done; the old one serves meanwhile.
   */
  reindex(full = false): Promise<LoadReport> {
    return this.exclusive(async () => {
      const started = performance.now();
      if (full) {
        this.report = await this.rebuildNow(started, 'rebuild asked for');
        return this.report;
      }
      const changes = await this.applyFolder(null);
      // A few changed files go to the journal; many rewrite their partitions (see persist).
      await this.persist();
      this.report = this.reportOf(started, true, null, changes);
      return this.report;
    });
  }

  /** Applies the current content of some files (relative to the dispatch folder; a missing file is removed). */
  updateFiles(files: string[]): Promise<LoadReport> {
    return this.exclusive(async () => {
      const started = performance.now();
      const changes = await this.applyFolder(files);
      await this.persist();
      return this.reportOf(started, true, null, changes);
    });
  }

  // ------------------------------------------------------------ loading from the snapshot

  private async loadFirstPartition(manifest: Manifest): Promise<{ ok: true } | { ok: false; reason: string | null }> {
    const periods = Object.keys(manifest.partitions).sort(newestFirst);
    this.stamps = manifest.files;
    this.partitionFiles = new Map(Object.entries(manifest.partitions));
    this.corpus.loading = { loaded: 0, total: periods.reduce((n, p) => n + manifest.partitions[p].dispatches, 0) };
    if (periods.length === 0) return { ok: true };
    const read = await readPartition(this.snapshotDir, periods[0], manifest.partitions[periods[0]]);
    if (!read.ok) return read;
    this.corpus.addLoadedPartition(read.value.period, read.value.dispatches.map((d, i) => ({ dispatch: d, analysis: read.value.analyses[i] })), read.value.index);
    this.corpus.loading.loaded += read.value.dispatches.length;
    return { ok: true };
  }

  /** Loads the other partitions; one that cannot be read is dropped, and its dispatches are analysed again from the folder. */
  private async loadOtherPartitions(manifest: Manifest | null): Promise<string[]> {
    const notes: string[] = [];
    if (!manifest) return notes;
    const periods = Object.keys(manifest.partitions).sort(newestFirst).slice(1);
    for (const period of periods) {
      await yieldToEventLoop();
      const read = await readPartition(this.snapshotDir, period, manifest.partitions[period]);
      if (!read.ok) {
        notes.push(read.reason);
        this.dirty.add(period);
        continue;
      }
      this.corpus.addLoadedPartition(period, read.value.dispatches.map((d, i) => ({ dispatch: d, analysis: read.value.analyses[i] })), read.value.index);
      if (this.corpus.loading) this.corpus.loading.loaded += read.value.dispatches.length;
    }
    this.corpus.loading = null;
    return notes;
  }

  // ------------------------------------------------------------ building and updating

  /** Reads the whole folder and analyses everything into a new corpus, then swaps it in and saves. */
  private async rebuildNow(started: number, note: string | null): Promise<LoadReport> {
    const t0 = performance.now();
    const loaded = await loadDispatchFolder(this.opts.dispatchDir, this.opts.limits ?? DEFAULT_LIMITS);
    const t1 = performance.now();
    // Newest quarter first: each partition is complete as soon as the next one starts, and is
    // written then, while the workers go on analysing (the snapshot no longer waits for the end).
    const ordered = [...loaded.dispatches].sort((a, b) => newestFirst(periodOf(a.date), periodOf(b.date)));
    const fresh = new Corpus();
    const files = new Map<string, PartitionEntry>();
    let saveMs = 0;
    let written = 0;
    let current: string | null = null;
    const { failed, workers } = await this.analyseInto(fresh, ordered, async (period) => {
      if (current !== null && period !== current && !this.opts.readOnly && fresh.partition(current)?.ids.size) {
        const w = performance.now();
        files.set(current, await this.writeFrom(fresh, current));
        saveMs += performance.now() - w;
        written++;
      }
      current = period;
    });
    const t2 = performance.now();
    const previous = this.corpus;
    this.corpus = fresh;
    this.stamps = loaded.stamps;
    this.partitionFiles = files;
    this.dirty.clear();
    for (const p of fresh.partitions) if (!files.has(p.period)) this.dirty.add(p.period);
    this.lastSave = { written, ms: saveMs };
    await this.save();
    const changes = previous.dispatches.size ? diffFiles(previous, fresh) : noChanges();
    return this.reportOf(started, false, note, { ...changes, skipped: [...loaded.skipped, ...failed], analysed: loaded.dispatches.length - failed.length, readMs: t1 - t0, analyseMs: t2 - t1 - saveMs, workers });
  }

  /** Brings the corpus in line with the folder (or with some of its files): removes, re-reads and analyses what changed. */
  private async applyFolder(files: string[] | null): Promise<Changes> {
    const t0 = performance.now();
    const limits = this.opts.limits ?? DEFAULT_LIMITS;
    const dispatchesOf = (file: string) => this.corpus.idsOfFile(file).map((id) => this.corpus.dispatches.get(id)!);
    // Files that yielded dispatches before this update, to tell added from changed and removed.
    const held = new Set(files ? files.filter((f) => this.corpus.idsOfFile(f).length) : this.corpus.files.keys());
    let loaded: LoadResult;
    let current: Dispatch[];
    if (files) {
      // Only these files: nothing else of the corpus is walked, so one file among 100,000 dispatches stays cheap.
      loaded = await loadDispatchFiles(this.opts.dispatchDir, files, limits);
      current = files.flatMap(dispatchesOf);
    } else {
      const known = new Map<string, KnownFile>();
      for (const file of held) if (this.stamps[file]) known.set(file, { stamp: this.stamps[file], dispatches: dispatchesOf(file) });
      loaded = await loadDispatchFolder(this.opts.dispatchDir, limits, known);
      current = [...this.corpus.dispatches.values()];
    }
    const inScope = files ? new Set(files) : null;
    const incoming = new Map<string, Dispatch>();
    const skipped = [...loaded.skipped];
    for (const d of loaded.dispatches) {
      const other = this.corpus.dispatches.get(d.id);
      // The same text under a file outside this update: it is already served from there.
      if (other && inScope && !inScope.has(other.file)) skipped.push({ file: d.file, reason: `same text as ${other.file} (dispatch ${d.id}), loaded once` });
      else incoming.set(d.id, d);
    }
    const touchedFiles = new Set<string>();
    // Gone, or the same text under another name, place in a file or date: removed here; a text
    // still there keeps its analysis and is added back below with new index documents.
    const reusable = new Map<string, Analysis>();
    for (const d of current) {
      const now = incoming.get(d.id);
      if (now && sameRecord(d, now)) continue;
      touchedFiles.add(d.file);
      reusable.set(d.id, this.corpus.analyses.get(d.id)!);
      const period = this.corpus.remove(d.id);
      if (period) this.dirty.add(period);
      this.pending.push({ op: 'remove', id: d.id });
    }
    const fresh: Dispatch[] = [];
    for (const d of incoming.values()) {
      if (this.corpus.dispatches.has(d.id)) continue;
      touchedFiles.add(d.file);
      const analysis = reusable.get(d.id);
      if (analysis) {
        this.dirty.add(this.corpus.add({ dispatch: d, analysis, doc: dispatchDoc(d, analysis) }));
        this.pending.push({ op: 'add', id: d.id });
      } else fresh.push(d);
    }
    const t1 = performance.now();
    const { failed, workers } = await this.analyseInto(this.corpus, fresh);
    for (const d of fresh) if (this.corpus.dispatches.has(d.id)) this.pending.push({ op: 'add', id: d.id });
    for (const [file, stamp] of Object.entries(loaded.stamps)) this.stamps[file] = stamp;
    for (const f of inScope ?? Object.keys(this.stamps)) {
      if (!(f in loaded.stamps)) delete this.stamps[f];
    }
    for (const f of inScope ?? []) this.pending.push({ op: 'stamp', file: f });
    const changes = noChanges();
    for (const f of [...touchedFiles].sort()) {
      if (!held.has(f)) changes.added.push(f);
      else if (this.corpus.idsOfFile(f).length) changes.changed.push(f);
      else changes.removed.push(f);
    }
    changes.skipped = [...skipped, ...failed];
    changes.analysed = fresh.length - failed.length;
    changes.readMs = t1 - t0;
    changes.analyseMs = performance.now() - t1;
    changes.workers = workers;
    return changes;
  }

  /** Analyses dispatches (on workers when there are many) and adds them; returns those that failed. */
  private async analyseInto(corpus: Corpus, dispatches: Dispatch[], onAdded?: (period: string) => Promise<void>): Promise<{ failed: SkippedFile[]; workers: number }> {
    const failed: SkippedFile[] = [];
    const { workers } = await analyseInBatches(
      dispatches,
      this.lex,
      async (start, items) => {
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          const d = dispatches[start + i];
          if (!item.ok) {
            failed.push({ file: d.file, reason: `analysis failed: ${item.reason}` });
            continue;
          }
          const period = corpus.add({ dispatch: d, analysis: item.analysis, doc: item.doc });
          if (corpus === this.corpus) this.dirty.add(period);
          await onAdded?.(period);
        }
        // Indexing is synchronous: let interactions through between batches.
        await yieldToEventLoop();
      },
      { workers: this.opts.workers },
    );
    return { failed, workers };
  }

  // ------------------------------------------------------------ saving

  /** Rewrites the partitions changed since the last save, then the manifest that names them. */
  private async save(): Promise<number> {
    if (this.opts.readOnly || this.dirty.size === 0) return 0;
    const started = performance.now();
    let written = 0;
    for (const period of [...this.dirty].sort(newestFirst)) {
      if (this.corpus.partition(period)?.ids.size) {
        this.partitionFiles.set(period, await this.writeFrom(this.corpus, period));
        written++;
        await yieldToEventLoop();
      }
    }
    // Partitions the corpus no longer holds (all their dispatches removed) leave the manifest.
    for (const period of [...this.partitionFiles.keys()]) if (!this.corpus.partition(period)?.ids.size) this.partitionFiles.delete(period);
    const partitions = Object.fromEntries(this.partitionFiles);
    await commitManifest(this.snapshotDir, { format: 'dispatch-index', version: SNAPSHOT_VERSION, lexicon: this.lex.digest, analyser: ANALYSER_VERSION, createdAt: new Date().toISOString(), partitions, files: this.stamps });
    this.dirty.clear();
    // The manifest just written covers everything the journal held (commitManifest removed it).
    this.pending = [];
    this.journalLength = 0;
    this.lastSave = { written: written + this.lastSave.written, ms: performance.now() - started + this.lastSave.ms };
    return written;
  }

  private writeFrom(corpus: Corpus, period: string): Promise<PartitionEntry> {
    const part = corpus.partition(period)!;
    const dispatches = [...part.ids].map((id) => corpus.dispatches.get(id)!);
    return writePartition(this.snapshotDir, { period, dispatches, analyses: dispatches.map((d) => corpus.analyses.get(d.id)!), index: part.index });
  }

  /**
   * Makes an update durable: a few changes are appended to the journal (milliseconds), and once
   * the journal is long the changed partitions are rewritten instead (and the journal cleared).
   */
  private async persist(): Promise<void> {
    if (this.opts.readOnly) {
      this.pending = [];
      return;
    }
    if (this.journalLength + this.pending.length > JOURNAL_LIMIT) {
      await this.save();
      return;
    }
    const started = performance.now();
    const entries = this.pending.map((op): JournalEntry => {
      if (op.op === 'remove') return { op: 'remove', id: op.id };
      if (op.op === 'stamp') return { op: 'stamp', file: op.file, stamp: this.stamps[op.file] ?? null };
      const dispatch = this.corpus.dispatches.get(op.id);
      const analysis = this.corpus.analyses.get(op.id);
      // Added then removed within the same update: the remove that follows says so.
      return dispatch && analysis ? { op: 'add', dispatch, analysis: storeAnalysis(analysis) } : { op: 'remove', id: op.id };
    });
    await appendJournal(this.snapshotDir, entries);
    this.journalLength += entries.length;
    this.pending = [];
    this.lastSave = { written: 0, ms: performance.now() - started };
  }

  /** Applies the journal's changes on top of the partitions just loaded (their files predate it). */
  private async replayJournal(): Promise<void> {
    const entries = await readJournal(this.snapshotDir);
    for (const e of entries) {
      if (e.op === 'remove') {
        const period = this.corpus.remove(e.id);
        if (period) this.dirty.add(period);
      } else if (e.op === 'add') {
        if (this.corpus.dispatches.has(e.dispatch.id)) continue;
        const analysis = restoreAnalysis(e.dispatch, e.analysis);
        this.dirty.add(this.corpus.add({ dispatch: e.dispatch, analysis, doc: dispatchDoc(e.dispatch, analysis) }));
      } else if (e.stamp) this.stamps[e.file] = e.stamp;
      else delete this.stamps[e.file];
    }
    this.journalLength = entries.length;
  }

  private lastSave = { written: 0, ms: 0 };

  private reportOf(started: number, fromSnapshot: boolean, note: string | null, changes: Changes): LoadReport {
    const save = this.lastSave;
    this.lastSave = { written: 0, ms: 0 };
    const { readMs, analyseMs, workers, ...rest } = changes;
    return {
      dispatches: this.corpus.dispatches.size,
      passages: this.corpus.counts.passages,
      meetings: this.corpus.counts.meetings,
      positions: this.corpus.counts.positions,
      fromSnapshot,
      snapshotNote: note,
      ...rest,
      partitionsWritten: save.written,
      timings: { readMs: Math.round(readMs), analyseMs: Math.round(analyseMs), saveMs: Math.round(save.ms) },
      workers,
      millis: Math.round(performance.now() - started),
    };
  }

  /** One load, update or rebuild at a time, in the order asked. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Opens the library over a dispatch folder (see Library.open). */
export async function openLibrary(opts: LibraryOptions): Promise<Library> {
  return Library.open(opts);
}

function emptyReport(): LoadReport {
  return { dispatches: 0, passages: 0, meetings: 0, positions: 0, fromSnapshot: false, snapshotNote: null, added: [], changed: [], removed: [], skipped: [], analysed: 0, partitionsWritten: 0, timings: { readMs: 0, analyseMs: 0, saveMs: 0 }, workers: 0, millis: 0 };
}

/** Same text (same id) and the same metadata: nothing to do. */
function sameRecord(a: Dispatch, b: Dispatch): boolean {
  return a.file === b.file && a.indexInFile === b.indexInFile && a.title === b.title && a.date === b.date && a.source === b.source && a.url === b.url && a.lang === b.lang;
}

/** Files added, changed and removed between two corpora (for a full rebuild's report). */
function diffFiles(before: Corpus, after: Corpus): Changes {
  const changes = noChanges();
  for (const [file, ids] of after.files) {
    const old = before.files.get(file);
    if (!old) changes.added.push(file);
    else if (old.size !== ids.size || [...ids].some((id) => !old.has(id))) changes.changed.push(file);
  }
  for (const file of before.files.keys()) if (!after.files.has(file)) changes.removed.push(file);
  return changes;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
