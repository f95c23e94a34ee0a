import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removed, removeOnExit } from '../io/cleanup.js';
import { readLines } from '../io/lines.js';

/** Past this many characters of JSON (by default), a spool moves from memory to a temporary file. */
const MEMORY_LIMIT = 8 * 1024 * 1024;
/** Write size: as small as keeps system calls rare; strings this big are V8 large objects, kept until a full collection. */
const WRITE_BUFFER = 256 * 1024;

/**
 * Values appended in order and read back, as often as needed, in the same
 * order: in memory for small runs, in a temporary JSON Lines file for big
 * ones, so a run of a million documents keeps none of them in memory.
 */
export class Spool<T> implements Iterable<T> {
  private lines: string[] = [];
  private chars = 0;
  private file: { dir: string; path: string; fd: number; pending: string } | undefined;
  length = 0;

  constructor(private readonly memoryLimit = MEMORY_LIMIT) {}

  append(value: T): void {
    const line = JSON.stringify(value);
    this.length++;
    if (!this.file && this.chars + line.length <= this.memoryLimit) {
      this.lines.push(line);
      this.chars += line.length;
      return;
    }
    if (!this.file) this.spill();
    const file = this.file!;
    file.pending += `${line}\n`;
    if (file.pending.length >= WRITE_BUFFER) this.flush();
  }

  *[Symbol.iterator](): Iterator<T> {
    if (!this.file) {
      for (const line of this.lines) yield JSON.parse(line) as T;
      return;
    }
    this.flush();
    for (const line of readLines(this.file.path)) yield JSON.parse(line) as T;
  }

  /** Removes the temporary file, if any. */
  dispose(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    removed(this.file.dir);
    this.file = undefined;
  }

  private spill(): void {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-'));
    removeOnExit(dir);
    const path = join(dir, 'documents.jsonl');
    this.file = { dir, path, fd: openSync(path, 'w'), pending: this.lines.map((l) => `${l}\n`).join('') };
    this.lines = [];
    this.chars = 0;
    this.flush();
  }

  private flush(): void {
    if (!this.file || !this.file.pending) return;
    writeSync(this.file.fd, this.file.pending);
    this.file.pending = '';
  }
}
