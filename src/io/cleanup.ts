import { rmSync } from 'node:fs';

/**
 * Temporary files and folders this process has made and not yet removed (report
 * temp files, the document spool): removed if the process is stopped by a signal,
 * so a killed run leaves nothing behind in $TMPDIR or beside a report.
 */
const pending = new Set<string>();

export function removeOnExit(path: string): void {
  pending.add(path);
}

export function removed(path: string): void {
  pending.delete(path);
}

/** Removes every path still registered (called from the CLI's signal handler). */
export function removeAll(): void {
  for (const path of pending) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // nothing more to do while exiting
    }
  }
  pending.clear();
}
