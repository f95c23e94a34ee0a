import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined | null;

/** V8's full garbage collection, made available without a command-line flag; null when the runtime refuses. */
function fullCollection(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  return gc;
}

/**
 * Collects garbage after every `budget` characters of input checked. A
 * streamed run keeps only ~40 MB alive, but V8 lets a heap grow to several
 * times that before a full collection; collecting on a schedule (a few tens
 * of milliseconds every few seconds) keeps peak memory flat on feeds of any
 * size, in the main thread and in each worker.
 */
export class GarbageSchedule {
  private since = 0;

  constructor(private readonly budget = 8 * 1024 * 1024) {}

  checked(characters: number): void {
    this.since += characters;
    if (this.since < this.budget) return;
    this.since = 0;
    fullCollection()?.();
  }
}
