import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'winston';
import type { LibraryHolder } from './library-holder.js';

/**
 * Follows the dispatch folder: a file written, replaced or deleted is applied to the index on
 * its own (LibraryHolder.updateFiles) a moment after the last change to it, so a new dispatch is
 * answerable in about a second without a /reindex. Events for the same file within the quiet
 * period are merged (an editor saves in several writes).
 */
export function watchDispatchFolder(dir: string, holder: LibraryHolder, logger: Logger, quietMs = 300): FSWatcher | null {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const files = [...pending].filter((f) => !f.split('/').some((part) => part.startsWith('.')));
    pending.clear();
    if (files.length === 0) return;
    holder.updateFiles(files).then(
      (r) => {
        if (r.added.length || r.changed.length || r.removed.length) logger.info('dispatch folder changed', { added: r.added, changed: r.changed, removed: r.removed, ms: r.millis });
        for (const s of r.skipped) logger.warn(`skipped ${s.file}: ${s.reason}`);
      },
      (err: Error) => logger.error(`applying changed dispatch files failed: ${err.message}`),
    );
  };
  try {
    const watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (!name) return;
      pending.add(name.toString());
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    });
    watcher.on('error', (err) => logger.warn(`watching ${dir} stopped: ${err.message}; use /reindex`));
    return watcher;
  } catch (err) {
    logger.warn(`cannot watch ${dir}: ${(err as Error).message}; use /reindex`);
    return null;
  }
}
