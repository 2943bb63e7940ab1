import { openLibrary, type LibraryOptions, type LoadReport } from '../service/library.js';
import type { Corpus } from '../search/corpus.js';

/**
 * The corpus the bot serves, swapped whole on reindex. Two reindexes at once run once; a failed
 * reindex keeps the previous corpus serving and says why.
 */
export class LibraryHolder {
  private current: Corpus;
  private running: Promise<LoadReport> | null = null;

  constructor(corpus: Corpus, private readonly options: LibraryOptions, public lastReport: LoadReport) {
    this.current = corpus;
  }

  static async open(options: LibraryOptions): Promise<LibraryHolder> {
    const { corpus, report } = await openLibrary(options);
    return new LibraryHolder(corpus, options, report);
  }

  get corpus(): Corpus {
    return this.current;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  reindex(): Promise<LoadReport> {
    this.running ??= (async () => {
      try {
        const { corpus, report } = await openLibrary({ ...this.options, force: true }, this.current);
        this.current = corpus;
        this.lastReport = report;
        return report;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
