import { openLibrary, type Library, type LibraryOptions, type LoadReport } from '../service/library.js';
import type { Corpus } from '../search/corpus.js';

/**
 * The library the bot serves. Two reindexes asked at once run once; a failed reindex keeps the
 * corpus serving and says why. A start answers as soon as the newest partition is loaded.
 */
export class LibraryHolder {
  private running: Promise<LoadReport> | null = null;

  constructor(readonly library: Library) {}

  static async open(options: LibraryOptions): Promise<LibraryHolder> {
    return new LibraryHolder(await openLibrary({ background: true, ...options }));
  }

  get corpus(): Corpus {
    return this.library.corpus;
  }

  get lastReport(): LoadReport {
    return this.library.report;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  /** Applies some files' current content (the folder watcher); waits behind a running reindex. */
  updateFiles(files: string[]): Promise<LoadReport> {
    return this.library.updateFiles(files);
  }

  /** Only files that changed are read and analysed again; `full` rebuilds everything beside the serving corpus. */
  reindex(full = false): Promise<LoadReport> {
    this.running ??= this.library.reindex(full).finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
