import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removed, removeOnExit } from './cleanup.js';

const CHUNK = 256 * 1024;

/**
 * Copies standard input to a temporary file, chunk by chunk (a feed of any size
 * in bounded memory), so that it is read like any named file: decoded, split
 * into items, checked in worker threads. The caller removes it when done.
 */
export function spoolStdin(fd = 0): Spooled {
  return spool((out) => {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); // non-blocking stdin: wait for more
          continue;
        }
        if (code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      writeSync(out, buffer, 0, n);
    }
  });
}

/** A string given in place of standard input (the API's checkText), spooled the same way. */
export function spoolText(text: string): Spooled {
  return spool((out) => writeSync(out, text));
}

export interface Spooled {
  path: string;
  dispose: () => void;
}

function spool(write: (fd: number) => void): Spooled {
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-stdin-'));
  removeOnExit(dir);
  const path = join(dir, 'stdin');
  const out = openSync(path, 'w');
  try {
    write(out);
  } catch (error) {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
    removed(dir);
    throw error;
  }
  closeSync(out);
  return {
    path,
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
      removed(dir);
    },
  };
}
