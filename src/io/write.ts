import { closeSync, existsSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { removed, removeOnExit } from './cleanup.js';

/** Writing an output file failed: the message names the file and the reason, in one line. */
export class OutputError extends Error {}

const BUFFER_CHARS = 256 * 1024;

/**
 * Writes a file from pieces (buffered: a large report is never one string), atomically: into a
 * temporary file beside it, renamed over it once complete, so a failed or killed write leaves
 * the previous file as it was. Targets that are not regular files (/dev/null, /dev/stdout, a
 * FIFO) are written in place. Yields to the event loop after each buffer, so a signal that stops
 * the run while a large report is written is handled at once (its handler removes the temporary file).
 */
export async function writeFileAtomic(path: string, pieces: Iterable<string>, options: { mode?: number } = {}): Promise<void> {
  let special = false;
  try {
    special = !statSync(path).isFile();
  } catch {
    // does not exist yet
  }
  const target = special ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    makeFolders(dirname(path));
    if (!special) removeOnExit(target);
    fd = openSync(target, 'w');
    if (options.mode !== undefined && !special) fchmodSync(fd, options.mode); // a fixed article keeps its permissions
    let buffered = '';
    for (const piece of pieces) {
      buffered += piece;
      if (buffered.length >= BUFFER_CHARS) {
        writeSync(fd, buffered);
        buffered = '';
        await new Promise<void>((done) => setImmediate(done));
      }
    }
    if (buffered) writeSync(fd, buffered);
    if (!special) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!special) renameSync(target, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (!special) rmSync(target, { force: true });
    throw new OutputError(`cannot write ${path}: ${describe(error)}`);
  } finally {
    if (!special) removed(target);
  }
}

/**
 * mkdir -p, one folder at a time from the nearest that exists: Node's recursive mkdirSync
 * never returns for a path under /proc (it retries the ENOENT).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is not a folder',
    ENOENT: 'a folder on the path cannot be made',
    EISDIR: 'it is a folder',
  };
  return (e.code && reasons[e.code]) ?? e.message;
}
