import { lazy } from '../lazy.js';

/** Loaded when the schedule first looks at the heap: a run in the main thread alone never does. */
const v8 = lazy<typeof import('node:v8')>('node:v8');
const vm = lazy<typeof import('node:vm')>('node:vm');

type Collect = () => void;

let gc: Collect | undefined | null;

/** gc() of --expose-gc, made available without a command-line flag; null when the runtime refuses. */
function fullCollection(): Collect | null {
  if (gc === undefined) {
    try {
      v8().setFlagsFromString('--expose-gc');
      gc = vm().runInNewContext('gc') as Collect;
    } catch {
      gc = null;
    }
  }
  return gc;
}

const MB = 1024 * 1024;

/**
 * Keeps the main thread's heap small while workers check. The main thread has
 * no heap limits, and V8 lets such a heap grow to several times what it keeps
 * alive before a full collection. Every `budget` characters sent, the heap is
 * looked at, and collected (compacted) when it holds more than `limit`.
 *
 * Only for a thread that runs no rules. Any forced full collection (gc(),
 * whose { type: 'major' } option runs a mere scavenge in Node 20, or V8's
 * %CollectGarbage) drops the object maps that only optimised code still
 * refers to, which V8 otherwise keeps for a few collections, so nearly every
 * optimised function is deoptimised and compiled again: on a 60 MB feed, 364
 * deoptimisations for 9 collections against 1 for V8's own 6. Threads that run
 * rules are kept small by their heap limits instead (see pool.ts).
 */
export class GarbageSchedule {
  private since = 0;

  /** Measured on a 250 MB feed with two workers: 8 MB/64 MB, 315 MB peak RSS; 4 MB/32 MB, 287 MB and ~3 % more time. */
  constructor(
    private readonly budget = 4 * MB,
    private readonly limit = 32 * MB,
    private readonly collect: () => void = () => fullCollection()?.(),
    private readonly heapUsed: () => number = () => v8().getHeapStatistics().used_heap_size,
  ) {}

  checked(characters: number): void {
    this.since += characters;
    if (this.since < this.budget) return;
    this.since = 0;
    if (this.heapUsed() >= this.limit) this.collect();
  }
}
